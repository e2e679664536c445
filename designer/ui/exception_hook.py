"""An exception in a Qt slot or virtual method: logged and shown in the window, never the end.

PySide6 hands an exception raised in a slot, an event handler or a paint method to
``sys.excepthook`` and carries on. Python's default hook only prints it to a terminal the
user may not have, and the widget that threw is left half updated (in issue 9 a layout that
threw on an infinite padding left the preview in a state Qt then crashed on). This hook writes
the traceback to the log and puts a non-modal notice in every open designer window, so the
person knows something went wrong and that their text is still there.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

log = logging.getLogger("designer.ui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class _GuiExceptionHook:
    """The installed hook (callable); ``previous`` handles what is not ours to show."""

    def __init__(self, previous: ExceptHook) -> None:
        self.previous = previous
        self._reporting = False

    def __call__(
        self, kind: type[BaseException], error: BaseException, traceback: TracebackType | None
    ) -> None:
        if not issubclass(kind, Exception):  # Ctrl+C, SystemExit: not an error to report
            self.previous(kind, error, traceback)
            return
        log.error("unexpected error in the window (the app keeps running)", exc_info=(kind, error, traceback))
        if self._reporting:  # showing the notice itself failed: the log has it, stop here
            return
        self._reporting = True
        try:
            _show_notice(f"{kind.__name__}: {error}")
        except Exception:
            log.exception("could not show the error in the window")
        finally:
            self._reporting = False


def _show_notice(what: str) -> None:
    from designer.ui.main_window import MainWindow  # the window imports Qt widgets; load it late

    text = QCoreApplication.translate(
        "ExceptionHook",
        "Something went wrong ({0}). It was logged; your card text is unchanged. "
        "Save your work if the window misbehaves.",
    ).format(what[:200])
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            widget.show_notice(text)


def install_exception_hook() -> None:
    """Make ``sys.excepthook`` the GUI's (once; installing again keeps the first)."""
    if isinstance(sys.excepthook, _GuiExceptionHook):
        return
    sys.excepthook = _GuiExceptionHook(sys.excepthook)
