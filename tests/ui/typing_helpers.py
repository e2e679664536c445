"""Acting in the JSON editor as a person does: click at a text position, wait for the parse.

Positions here are code points of the text (what ``designer.cards`` speaks); the click goes to
the pixel Qt's ``cursorRect`` gives for the matching UTF-16 position, so emoji count right.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from designer.cards import utf16_offset
from designer.ui import MainWindow


def click_at(window: MainWindow, qtbot: QtBot, offset: int) -> None:
    """Click in the editor just where code point ``offset`` of the text begins."""
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(utf16_offset(editor.toPlainText(), offset))
    rect = editor.cursorRect(cursor)
    if not editor.viewport().rect().contains(rect):
        # Scroll the place into view first, as a person would (the click then puts the caret
        # there again), and aim at where it is now.
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        rect = editor.cursorRect(cursor)
    # The caret rectangle is a thin bar left of the character: its middle is that position.
    point = QPoint(rect.x() + rect.width() // 2, rect.center().y())
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=point)


def wait_for_parse(window: MainWindow, qtbot: QtBot) -> None:
    """Let the debounced parse run (and every pane take the new ``Document``), if one is due.

    Waits for the parse timer, not for ``document_changed``: a change of colours alone (a theme
    switch) also starts the timer, and then the parse finds the text unchanged and says nothing.
    """
    qtbot.waitUntil(lambda: not window.session.pending(), timeout=5000)
    qtbot.wait(1)  # anything the panes posted while taking the document
