"""Start-up time of the command line and of the window, against the floors they are measured by.

Run: ``.venv/bin/python benchmarks/bench_startup.py [RUNS]``. Each case is run RUNS times (default
15) as a fresh process, alternating cases so a load change hits all of them alike; prints the median
and the minimum in milliseconds (numbers to report, not asserts). Floors: ``python -c pass`` for the
command line, a bare PySide6 window for the designer window. Goals (issue 10): ``--version`` and
``validate`` within 5 x ``python -c pass``; the window to idle within 2 x the bare window.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "tests" / "cards" / "data" / "ephemeral_example.json"

# Both windows are shown and left at the first idle moment of the event loop.
_BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["bare"])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""
_DESIGNER_WINDOW = """
import argparse
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from designer._cli.gui import open_window
window = open_window(argparse.Namespace(file=None, sandbox=False))
window.show()
QTimer.singleShot(0, QApplication.quit)
QApplication.exec()
"""

# The installed console script, as a user runs it (``python -m designer`` where there is none).
_SCRIPT = shutil.which("card-designer", path=str(Path(sys.executable).parent))
_COMMAND = [_SCRIPT] if _SCRIPT else [sys.executable, "-m", "designer"]

CASES: dict[str, list[str]] = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "card-designer --version": [*_COMMAND, "--version"],
    "card-designer validate example": [*_COMMAND, "validate", str(EXAMPLE)],
    "bare PySide6 window": [sys.executable, "-c", _BARE_WINDOW],
    "designer window to idle": [sys.executable, "-c", _DESIGNER_WINDOW],
}


def main(runs: int) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # Bytecode caches as an installed app has them: with PYTHONDONTWRITEBYTECODE (set in some
    # sandboxes and CI images) every start compiles the app's modules again, which is not what
    # a user waits for. The first round (not counted) writes the caches.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(ROOT)  # this checkout's code, whatever the environment has installed
    # A scratch home: the window reads no one's settings, autosaves or history.
    home = Path("/tmp") / f"bench-startup-{os.getpid()}"
    env.update(XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    env.update(XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"))
    times: dict[str, list[float]] = {name: [] for name in CASES}
    for round_number in range(runs + 1):
        for name, command in CASES.items():
            start = time.perf_counter()
            done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True)
            # validate exits 1: the example carries an element-level i18n the ephemeral API rejects
            if done.returncode not in (0, 1):
                raise SystemExit(f"{name} failed:\n{done.stderr.decode(errors='replace')}")
            if round_number > 0:
                times[name].append((time.perf_counter() - start) * 1000)
    for name, values in times.items():
        print(f"{name:32} median {statistics.median(values):7.1f} ms   min {min(values):7.1f} ms")
    median = {name: statistics.median(values) for name, values in times.items()}
    for case, floor in (
        ("card-designer --version", "python -c pass"),
        ("card-designer validate example", "python -c pass"),
        ("designer window to idle", "bare PySide6 window"),
    ):
        print(f"{case} / {floor}: {median[case] / median[floor]:.1f} x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
