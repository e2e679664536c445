"""Issue 9 in the window: the cards whose sizes are "nanpx", "infpx", "1e308px", "1e400px" open
and draw (they crashed the app, exit 139); an exception in any slot is logged and shown, and the
app goes on."""

from __future__ import annotations

import logging
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from designer._cli.gui import build_parser, open_window
from designer.ui import MainWindow
from designer.ui.exception_hook import install_exception_hook

from .conftest import set_text

NUMBERS = Path(__file__).parents[1] / "data" / "numbers"
ISSUE_CARDS = sorted(NUMBERS.glob("*.json"))


@pytest.mark.parametrize("path", ISSUE_CARDS, ids=lambda p: p.stem)
def test_the_issue_cards_open_draw_and_list_their_errors(
    window: MainWindow, qtbot: QtBot, path: Path
) -> None:
    # pytest-qt fails this test on any exception in a slot or paint method (none may happen).
    assert window.files.open_file(path, interactive=False)
    document = window.session.flush()
    assert len(document.errors) == 3
    qtbot.waitUntil(lambda: window.problems_model.rowCount() == len(document.diagnostics))
    pointers = {
        window.problems_model.diagnostic(row).pointer for row in range(window.problems_model.rowCount())
    }
    assert {"/body/padding", "/body/vertical_spacing", "/body/elements/0/margin"} <= pointers
    assert document.card is not None
    view = window.preview_view()
    canvas = view.grab()  # paints the preview now, as the screen would
    assert not canvas.isNull()
    drawn = [e for e in view.drawn_elements() if e.pointer == "/body/elements/0"]
    assert drawn and all(math.isfinite(v) for v in drawn[0].rect.getRect())


@pytest.mark.qt_no_exception_capture  # the app's own hook is under test, not pytest-qt's
def test_an_exception_in_a_slot_is_logged_and_shown_and_the_app_goes_on(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    printed: list[Any] = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: printed.append(info))  # restored after
    install_exception_hook()
    button = QPushButton("Break", window)
    button.show()

    def broken_slot() -> None:
        raise ZeroDivisionError("a slot divided by zero")

    button.clicked.connect(broken_slot)
    with caplog.at_level(logging.ERROR, logger="designer.ui"):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # Logged with its traceback ...
    assert len([r for r in caplog.records if r.exc_info and r.exc_info[0] is ZeroDivisionError]) == 1
    assert "broken_slot" in caplog.text
    # ... shown without a dialog (the test's modal guard fails on one) ...
    assert window.notice.isVisible()
    assert "ZeroDivisionError: a slot divided by zero" in window.notice.text()
    assert "ZeroDivisionError" in window.statusBar().currentMessage()
    assert printed == []  # handled, not passed on to the default printer
    # ... and the window goes on working: an edit still parses and draws.
    set_text(window, '{"elements": [{"tag": "markdown", "content": "still here 🙂"}]}')
    assert [
        e.pointer for e in window.preview_view().drawn_elements() if e.pointer.startswith("/elements/")
    ] == ["/elements/0"]


@pytest.mark.qt_no_exception_capture
def test_the_hook_passes_ctrl_c_on(monkeypatch: pytest.MonkeyPatch) -> None:
    printed: list[Any] = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: printed.append(info[0]))
    install_exception_hook()
    install_exception_hook()  # twice: still one hook, not a chain
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert printed == [KeyboardInterrupt]


@pytest.mark.qt_no_exception_capture
def test_the_gui_start_installs_the_hook(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    original: Callable[..., Any] = lambda *info: None  # noqa: E731 - a stand-in, restored after
    monkeypatch.setattr(sys, "excepthook", original)
    window = open_window(build_parser().parse_args([]))
    try:
        assert sys.excepthook is not original
        assert type(sys.excepthook).__name__ == "_GuiExceptionHook"
    finally:
        window.close()
        window.deleteLater()
