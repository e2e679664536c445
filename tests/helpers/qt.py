"""The guards of every Qt test (tests/conftest.py applies them to each test that uses ``qapp``
or ``qtbot``):

* a watchdog against modal dialogs nobody answers: offscreen, such a dialog would hang the
  test until the 180 s timeout. Any modal widget still open after ``limit_ms`` is closed (the
  code behind it goes on as after Escape) and the test fails, naming the dialog;
* no background run outlives its test (a late callback would hit the next test's widgets);
* no test leaves a visible top-level window behind (napari's strict_qt, simplified).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from designer.ui.worker import cancel_all_and_wait

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


def _visible_top_levels() -> set[int]:
    return {id(widget) for widget in QApplication.topLevelWidgets() if widget.isVisible()}


def _new_top_levels(before: set[int]) -> list[QWidget]:
    """The visible top-level windows that were not open before the test."""
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]


def guard_qt_test(app: QApplication) -> Iterator[ModalGuard]:
    """Fixture body: yields the modal guard; afterwards fails the test that left a modal dialog
    unanswered, background work running or a top-level window open (each is ended first, so
    the next test starts clean)."""
    before = _visible_top_levels()
    # The window's language is process-wide (QLocale.setDefault at start): a test that opens
    # a Chinese window would otherwise leave the next test's templates and badge in Chinese.
    locale = QLocale()
    guard = ModalGuard()
    try:
        yield guard
    finally:
        guard.stop()
        QLocale.setDefault(locale)
    drained = cancel_all_and_wait(10_000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    leaked = _new_top_levels(before)
    if leaked:
        # A window whose last reference went in a cycle is deleted only by the collector: it
        # is no leak. (Collected only now: a collection after every Qt test doubles their time.)
        del leaked
        gc.collect()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        leaked = _new_top_levels(before)
    for widget in leaked:
        widget.close()
    assert not guard.closed, f"modal dialog left unanswered (closed by the test guard): {guard.closed}"
    assert drained, "background work still running after the test"
    assert not leaked, (
        f"test left top-level windows open: {[w.objectName() or type(w).__name__ for w in leaked]}"
    )
