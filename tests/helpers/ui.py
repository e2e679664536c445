"""Acting on the main window as a person does: paste a card, click at a text position, wait for
the parse, answer the questions it asks (the window fixtures: tests/ui/conftest.py).

Positions are code points of the text (what ``designer.cards`` speaks); a click goes to the
pixel Qt's ``cursorRect`` gives for the matching UTF-16 position, so emoji count right.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from designer.cards import utf16_offset
from designer.ui import MainWindow

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"

SMALL_CARD = """{
  "header": {
    "title": {
      "tag": "plain_text",
      "content": "Hello"
    }
  },
  "elements": [
    {
      "tag": "div",
      "text": {
        "tag": "plain_text",
        "content": "First"
      }
    },
    {
      "tag": "hr"
    },
    {
      "tag": "action",
      "actions": [
        {
          "tag": "button",
          "text": {
            "tag": "plain_text",
            "content": "OK"
          },
          "type": "primary",
          "value": {
            "choice": "ok"
          }
        }
      ]
    }
  ]
}
"""


class Answers:
    """Stands in for the person at the keyboard: records each question and gives the next answer.

    A modal box nobody expected would hang an offscreen test: it fails the test instead.
    """

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.warnings: list[str] = []
        self.queue: list[QMessageBox.StandardButton] = []

    def question(
        self, parent: QWidget | None, title: str, text: str, *args: Any, **kwargs: Any
    ) -> QMessageBox.StandardButton:
        self.asked.append(text)
        assert self.queue, f"unexpected question: {title}: {text}"
        return self.queue.pop(0)

    def warning(
        self, parent: QWidget | None, title: str, text: str, *args: Any, **kwargs: Any
    ) -> QMessageBox.StandardButton:
        self.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    @staticmethod
    def unexpected(kind: str) -> Any:
        def ask(parent: QWidget | None, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            raise AssertionError(f"unexpected QMessageBox.{kind}: {title}: {text}")

        return ask


def set_text(window: MainWindow, text: str) -> None:
    """Replace the text as a paste would (one undo step) and wait for the parse."""
    window.editor.selectAll()
    window.editor.insertPlainText(text)
    window.session.flush()


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
