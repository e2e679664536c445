"""Keystroke to preview: how long after a key press in the editor the preview shows the change.

In the real ``MainWindow`` (offscreen), with the card open from a file: a character is typed
into the first ``content`` string (``QTest.keyClick``), then removed with Backspace (the caret
put back there before each key), each keystroke timed alone, from the key press to the moment the preview's canvas has painted the
new document. That includes the editor's parse debounce (``parse_delay_ms``), the parse and
lint, every pane's update and the repaint. Numbers, not asserts.

Run: ``.venv/bin/python benchmarks/bench_keystroke.py [--runs 30]`` (the ephemeral example and
the card near 30 KB).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # runs from a checkout

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks._common import EXAMPLE, Stats, isolated_profile, qt_application, summarize
from benchmarks.bench_parse import large_card
from designer.cards import utf16_offset
from designer.ui import MainWindow
from designer.ui.app_settings import AppSettings

TIMEOUT_MS = 60_000  # a keystroke whose preview never repaints ends the benchmark, not hangs it


class _RepaintClock(QObject):
    """Times one keystroke: started before the key, stopped once the preview canvas has
    painted after the window announced the new document."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._changed = False
        self._started = 0.0
        self._stopped: float | None = None
        self._loop = QEventLoop(self)
        window.document_changed.connect(self._on_document_changed)
        window.preview_view().canvas().installEventFilter(self)

    def _on_document_changed(self, _document: object) -> None:
        self._changed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._changed and self._stopped is None:
            self._changed = False
            # The filter runs before the paint: stop once it (and the rest of this frame) is done.
            QTimer.singleShot(0, self._stop)
        return False

    def _stop(self) -> None:
        self._stopped = time.perf_counter()
        self._loop.quit()

    def time_ms(self, press: Callable[[], None]) -> float:
        """Run ``press()`` (one keystroke) and wait for the repaint it causes."""
        self._changed = False
        self._stopped = None
        guard = QTimer(self)
        guard.setSingleShot(True)
        guard.timeout.connect(self._loop.quit)
        self._started = time.perf_counter()
        press()
        guard.start(TIMEOUT_MS)
        if self._stopped is None:
            self._loop.exec()
        guard.stop()
        if self._stopped is None:
            raise RuntimeError(f"the preview did not repaint within {TIMEOUT_MS} ms of a keystroke")
        return (self._stopped - self._started) * 1000


def measure(text: str, runs: int) -> Stats:
    """``runs`` keystrokes (a letter, then Backspace, in turn) into a window showing ``text``."""
    app = qt_application()
    samples: list[float] = []
    with isolated_profile(), tempfile.TemporaryDirectory(prefix="card-designer-bench-") as folder:
        path = Path(folder) / "card.json"
        path.write_text(text, encoding="utf-8")
        window = MainWindow(str(path), settings=AppSettings.of(Path(folder) / "settings.json"), offer_restore=False)
        try:
            window.show()
            if not QTest.qWaitForWindowExposed(window):
                raise RuntimeError("the window was never shown")
            _drain(app)
            clock = _RepaintClock(window)
            editor = window.editor
            loaded = editor.toPlainText()
            found = re.search(r'"content":\s*"', loaded)
            if found is None:
                raise ValueError("the card has no content string to type into")
            where = utf16_offset(loaded, found.end() + 1)  # after the string's first character

            def put_caret(position: int) -> None:
                # Before every keystroke, outside the clock: what happens after a parse must
                # not decide where the next key lands (a window that moves the caret, or
                # selects, would otherwise have the benchmark edit somewhere else).
                cursor = editor.textCursor()
                cursor.setPosition(position)
                editor.setTextCursor(cursor)

            def type_letter() -> None:
                QTest.keyClick(editor, Qt.Key.Key_X)

            def backspace() -> None:
                QTest.keyClick(editor, Qt.Key.Key_Backspace)

            editor.setFocus()
            # The first keystroke warms up (the first build of a changed card fills caches).
            for index in range(runs + 1):
                _drain(app)
                typing = index % 2 == 0
                put_caret(where if typing else where + 1)
                took = clock.time_ms(type_letter if typing else backspace)
                if index:
                    samples.append(took)
            if runs % 2 == 0:  # the last key typed a letter: take it out again, nothing to save
                _drain(app)
                put_caret(where + 1)
                clock.time_ms(backspace)
            if editor.toPlainText() != loaded:
                raise RuntimeError(
                    "the keystrokes changed the card otherwise than typing and deleting one letter"
                )
        finally:
            window.editor.document().setModified(False)
            window.close()
            window.deleteLater()
            _drain(app)
    return summarize(samples)


def _drain(app: QApplication) -> None:
    """Let queued events, timers and deferred deletions run, so keystrokes do not overlap."""
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QTest.qWait(50)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="keystrokes per card")
    args = parser.parse_args()
    for name, text in (
        ("ephemeral example", EXAMPLE.read_text(encoding="utf-8")),
        ("near 30 KB", large_card()),
    ):
        took = measure(text, args.runs)
        print(
            f"{name:20s} median {took.median:6.1f} ms, min {took.minimum:6.1f}, max {took.maximum:6.1f}, "
            f"p95 {took.p95:6.1f} ({took.runs} keystrokes)"
        )


if __name__ == "__main__":
    main()
