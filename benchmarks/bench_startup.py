"""Start-up time of the window and of the command line, each next to its floor.

* the window: ``card-designer`` launched as a subprocess until its main window has painted
  and the event loop is idle (``CARD_DESIGNER_EXIT_WHEN_IDLE=1`` makes it quit then),
  offscreen, on an empty profile; and its peak resident memory;
* its floor: a bare PySide6 program that imports QtWidgets, shows a ``QMainWindow`` and quits
  the same way: what any Qt window costs here;
* ``card-designer --version`` and ``card-designer validate`` of the ephemeral example: what a
  script pays per call; their floor is ``python -c pass``.

Every figure includes the process's exit (the floors' too), since a subprocess is timed from
launch to end. Run: ``.venv/bin/python benchmarks/bench_startup.py [--runs 10]``. Numbers, not
asserts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # runs from a checkout

from benchmarks._common import EXAMPLE, Stats, executable, isolated_profile, summarize
from designer._cli.gui import EXIT_WHEN_IDLE

# What a window costs without the app: shown, and quit once painted and idle, the way
# EXIT_WHEN_IDLE ends the app (designer._cli.gui.quit_when_painted), without importing it.
BARE_WINDOW = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class QuitAfterPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication([])
window = QMainWindow()
window.installEventFilter(QuitAfterPaint(window))
window.show()
raise SystemExit(app.exec())
"""


@dataclass(frozen=True, slots=True)
class ChildRuns:
    """Wall time (s) and peak resident memory (MB) of repeated launches of one command."""

    seconds: Stats
    peak_rss_mb: Stats | None  # None where the OS does not report a child's memory


def run_child(
    argv: Sequence[str], env: dict[str, str], ok: Collection[int] = (0,)
) -> tuple[float, float | None]:
    """Launch ``argv`` and wait for it: (seconds from launch to exit, its peak RSS in MB).

    ``os.wait4`` reports the memory of this one child (``RUSAGE_CHILDREN`` would be the
    largest of every child so far). An exit status outside ``ok`` raises with its stderr.
    """
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(
            argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors
        )
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(child.pid, 0)
            seconds = time.perf_counter() - started
            child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
            # ru_maxrss is in KiB on Linux, in bytes on macOS.
            rss_mb: float | None = usage.ru_maxrss / (1024**2 if sys.platform == "darwin" else 1024)
        else:
            child.wait()
            seconds = time.perf_counter() - started
            rss_mb = None
        if child.returncode not in ok:
            errors.seek(0)
            message = errors.read().decode("utf-8", "replace").strip()
            raise RuntimeError(f"{' '.join(argv)} exited with {child.returncode}: {message[-2000:]}")
    return seconds, rss_mb


def measure(
    argv: Sequence[str], runs: int, env: dict[str, str], ok: Collection[int] = (0,), warmup: int = 1
) -> ChildRuns:
    """``runs`` launches after ``warmup`` unmeasured ones (which fill the OS's file cache and
    Python's bytecode caches)."""
    # Bytecode caches as an installed app has them: with PYTHONDONTWRITEBYTECODE (set in some
    # sandboxes and CI images) every start would compile the app's modules again, which is not
    # what a user waits for.
    env = {key: value for key, value in env.items() if key != "PYTHONDONTWRITEBYTECODE"}
    for _ in range(warmup):
        run_child(argv, env, ok)
    samples = [run_child(argv, env, ok) for _ in range(runs)]
    rss = [mb for _, mb in samples if mb is not None]
    return ChildRuns(summarize([seconds for seconds, _ in samples]), summarize(rss) if rss else None)


def startup(runs: int, env: dict[str, str], warmup: int = 1) -> ChildRuns:
    return measure([str(executable("card-designer"))], runs, {**env, EXIT_WHEN_IDLE: "1"}, warmup=warmup)


def startup_floor(runs: int, env: dict[str, str], warmup: int = 1) -> ChildRuns:
    return measure([sys.executable, "-c", BARE_WINDOW], runs, env, warmup=warmup)


def cli_version(runs: int, env: dict[str, str], warmup: int = 1) -> ChildRuns:
    return measure([str(executable("card-designer")), "--version"], runs, env, warmup=warmup)


def cli_validate(runs: int, env: dict[str, str], warmup: int = 1) -> ChildRuns:
    # Exit 1 is a complete run too: the example card has an error for the ephemeral API.
    return measure(
        [str(executable("card-designer")), "validate", str(EXAMPLE)], runs, env, ok=(0, 1), warmup=warmup
    )


def python_floor(runs: int, env: dict[str, str], warmup: int = 1) -> ChildRuns:
    return measure([sys.executable, "-c", "pass"], runs, env, warmup=warmup)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="launches of each command")
    args = parser.parse_args()
    medians: dict[str, float] = {}
    with isolated_profile() as env:
        for name, bench in (
            ("window (card-designer)", startup),
            ("floor: bare PySide6 window", startup_floor),
            ("card-designer --version", cli_version),
            ("card-designer validate", cli_validate),
            ("floor: python -c pass", python_floor),
        ):
            took = bench(args.runs, env)
            medians[name] = took.seconds.median
            line = (
                f"{name:28s} median {took.seconds.median:6.3f} s, min {took.seconds.minimum:6.3f}, "
                f"max {took.seconds.maximum:6.3f}"
            )
            if took.peak_rss_mb is not None:
                line += f", peak RSS {took.peak_rss_mb.median:5.0f} MB"
            print(line)
    # The goals (issue 10) are ratios to the floors of the same run: a loaded machine slows both.
    window = medians["window (card-designer)"] / medians["floor: bare PySide6 window"]
    validate = medians["card-designer validate"] / medians["floor: python -c pass"]
    print(f"window start {window:.1f} x the bare window (goal 2 x); validate {validate:.1f} x python (goal 5 x)")


if __name__ == "__main__":
    main()
