"""Fixtures for the window tests: a shown ``MainWindow`` with its own settings file, helpers
to wait for the debounced parse, and a check that no test leaves a top-level window behind."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from designer.store.settings import settings_path
from designer.ui import MainWindow
from designer.ui.app_settings import AppSettings
from tests.ui.modal_guard import ModalGuard, guard_modals

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


def _visible_top_levels() -> set[int]:
    return {id(widget) for widget in QApplication.topLevelWidgets() if widget.isVisible()}


@pytest.fixture(autouse=True)
def _no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a visible top-level window (napari's strict_qt, simplified)."""
    before = _visible_top_levels()
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    gc.collect()
    leaked = [
        widget for widget in QApplication.topLevelWidgets() if widget.isVisible() and id(widget) not in before
    ]
    for widget in leaked:
        widget.close()
    assert not leaked, (
        f"test left top-level windows open: {[w.objectName() or type(w).__name__ for w in leaked]}"
    )


@pytest.fixture(autouse=True)
def _modal_guard(qapp: QApplication) -> Iterator[ModalGuard]:
    """No test hangs on a modal dialog (file dialogs, input dialogs, the gallery...): one left
    open for seconds is closed and fails the test."""
    yield from guard_modals()


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


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    found = Answers()
    monkeypatch.setattr(QMessageBox, "question", found.question)
    monkeypatch.setattr(QMessageBox, "warning", found.warning)
    for kind in ("critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, found.unexpected(kind))
    return found


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    """The window's settings file; the send features keep their recent picks in it too."""
    path = tmp_path / "window-settings.json"
    assert path != settings_path()
    return path


@pytest.fixture
def make_window(qtbot: QtBot, settings_file: Path) -> Iterator[Callable[..., MainWindow]]:
    made: list[MainWindow] = []

    def make(file: str | None = None) -> MainWindow:
        window = MainWindow(file, settings=AppSettings.of(settings_file))
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        # Not qtbot.addWidget: qtbot closes its widgets before fixtures end, and a window with
        # unsaved changes would ask. Here the test's changes are dropped, then it closes cleanly.
        if window.isVisible():
            window.editor.document().setModified(False)
            window.close()
        window.deleteLater()


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


def set_text(window: MainWindow, text: str) -> None:
    """Replace the text as a paste would (one undo step) and wait for the parse."""
    window.editor.selectAll()
    window.editor.insertPlainText(text)
    window.session.flush()
