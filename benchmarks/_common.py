"""What the benchmarks share: the repository paths, timing and statistics, the machine line,
and a throw-away profile for anything that starts the app.

Each ``bench_*.py`` stays runnable alone (``.venv/bin/python benchmarks/bench_parse.py``):
it puts the checkout on ``sys.path`` and then imports this module as ``benchmarks._common``.
"""

from __future__ import annotations

import contextlib
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

__all__ = [
    "EXAMPLE",
    "ROOT",
    "Stats",
    "executable",
    "isolated_profile",
    "machine",
    "qt_application",
    "repeat_ms",
    "summarize",
]

ROOT = Path(__file__).resolve().parents[1]
# The example card of Feishu's ephemeral send API page (the request body, as the page shows it).
EXAMPLE = ROOT / "tests" / "cards" / "data" / "ephemeral_example.json"


@dataclass(frozen=True, slots=True)
class Stats:
    """Summary of repeated measurements, in the unit they were taken in."""

    median: float
    minimum: float
    maximum: float
    p95: float
    runs: int


def summarize(samples: Sequence[float]) -> Stats:
    if not samples:
        raise ValueError("no measurements to summarize")
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return Stats(statistics.median(ordered), ordered[0], ordered[-1], p95, len(ordered))


def repeat_ms(fn: Callable[[], object], runs: int, *, warmup: int = 1) -> Stats:
    """Call ``fn`` ``warmup`` times unmeasured (imports, fonts, Qt's caches), then ``runs``
    times, each timed alone, in milliseconds."""
    for _ in range(warmup):
        fn()
    samples: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return summarize(samples)


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lower().startswith("model name"):
                return line.partition(":")[2].strip()
    return platform.processor() or platform.machine() or "unknown CPU"


def _ram_gb() -> float | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    except (AttributeError, ValueError, OSError):  # no sysconf (Windows) or no such name
        return None


def machine() -> str:
    """One line naming what the figures were measured on (CPU, cores, RAM, Python, PySide6)."""
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = "not installed"
    ram = _ram_gb()
    parts = [
        _cpu_model(),
        f"{os.cpu_count() or '?'} cores",
        f"{ram:.0f} GB RAM" if ram is not None else "RAM unknown",
        f"{platform.system()} {platform.release()}",
        f"Python {platform.python_version()}",
        f"PySide6 {pyside}",
    ]
    if hasattr(os, "getloadavg"):
        # Other work on the machine skews every figure; the load says how much there was.
        parts.append("load {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    return ", ".join(parts)


@contextlib.contextmanager
def isolated_profile() -> Iterator[dict[str, str]]:
    """Point this process (and the environment it returns, for subprocesses) at empty
    platform folders, so a benchmark starts the app as on a first run and never reads or
    writes the person's settings, history or autosaves. Qt runs offscreen."""
    keys = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "QT_QPA_PLATFORM")
    saved = {key: os.environ.get(key) for key in keys}
    with tempfile.TemporaryDirectory(prefix="card-designer-bench-") as home:
        for key in keys[:-1]:
            folder = Path(home) / key.lower()
            folder.mkdir()
            os.environ[key] = str(folder)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        try:
            yield dict(os.environ)
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def executable(name: str) -> Path:
    """A console script installed next to this Python (the venv's ``bin``)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name} is not installed next to {sys.executable}: run pip install -e . first")


def qt_application() -> QApplication:
    """The process's QApplication (offscreen), made on first use: only the benchmarks that
    draw load Qt, so the start-up floors are not skewed by it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(["card-designer-bench"])
    assert isinstance(app, QApplication)
    return app
