"""A watchdog against modal dialogs nobody answers: offscreen, such a dialog would hang the
test until the 180 s timeout. Any modal widget still open after ``limit_ms`` is closed (the
code behind it goes on as after Escape) and the test fails, naming the dialog.

Used by the window tests and the send UI tests (their conftests make it autouse).
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

LIMIT_MS = 8000


class ModalGuard:
    """Polls ``QApplication.activeModalWidget()`` (also from inside a modal's own event loop)."""

    def __init__(self, limit_ms: int = LIMIT_MS) -> None:
        self.limit_s = limit_ms / 1000
        self.closed: list[str] = []
        self._seen: QWidget | None = None
        self._since = 0.0
        self._timer = QTimer()
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    def _check(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal is not self._seen:
            self._seen, self._since = modal, time.monotonic()
            return
        if time.monotonic() - self._since < self.limit_s:
            return
        text = getattr(modal, "text", None)
        detail = text() if callable(text) else ""
        self.closed.append(f"{type(modal).__name__} {modal.windowTitle()!r} {detail!r}".strip())
        self._seen = None
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()

    def stop(self) -> None:
        self._timer.stop()


def guard_modals() -> Iterator[ModalGuard]:
    """Fixture body: yields the guard, fails the test when it had to close a dialog."""
    guard = ModalGuard()
    yield guard
    guard.stop()
    assert not guard.closed, f"modal dialog left unanswered (closed by the test guard): {guard.closed}"
