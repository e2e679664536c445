"""Fixtures for the window tests: a shown ``MainWindow`` with its own settings file, and the
questions it asks answered by ``Answers`` (tests/helpers/ui.py). The leaked-window, modal and
background-work guards of every Qt test are in tests/conftest.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from designer.store.settings import settings_path
from designer.ui import MainWindow
from designer.ui.app_settings import AppSettings
from tests.helpers.ui import Answers


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
