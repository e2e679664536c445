"""Files are never lost: open, save, recent files, drag and drop, the command line, the title,
asking on close, autosave and restoring after a crash; the template gallery."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from designer.cards import parse
from designer.store.settings import load_settings
from designer.ui import MainWindow
from designer.ui.app_settings import AppSettings
from designer.ui.template_gallery import TemplateGallery, load_templates
from tests.ui.conftest import SMALL_CARD, TEMPLATES, Answers, set_text

Button = QMessageBox.StandardButton


def _shown_title(window: MainWindow) -> str:
    """The title as the window manager shows it (Qt fills in the ``[*]`` mark)."""
    return window.windowTitle().replace("[*]", "*" if window.isWindowModified() else "")


def _kill(window: MainWindow) -> None:
    """Destroy the window without a close event (so without a clean exit), as a crash would."""
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _card_file(tmp_path: Path, name: str = "card.json", text: str = SMALL_CARD) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_open_edit_save_shows_the_name_and_unsaved_mark(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings_file: Path
) -> None:
    path = _card_file(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.commands.open_action.trigger()
    assert window.editor.toPlainText() == SMALL_CARD
    assert _shown_title(window) == "card.json — Card Designer"
    assert [e.tag for e in window.preview_view().drawn_elements() if e.pointer == "/elements/1"] == ["hr"]
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.insertPlainText("\n")
    assert _shown_title(window) == "card.json* — Card Designer"
    window.commands.save_action.trigger()
    assert path.read_text(encoding="utf-8") == SMALL_CARD + "\n"
    assert _shown_title(window) == "card.json — Card Designer"
    assert load_settings(settings_file).recent_files[0] == str(path.resolve())


def test_save_as_writes_a_new_file_and_renames_the_window(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_text(window, SMALL_CARD)
    target = tmp_path / "out" / "approval"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert _shown_title(window) == "Untitled* — Card Designer"
    window.commands.save_action.trigger()  # untitled: Save asks where
    saved = target.with_suffix(".json")
    assert saved.read_text(encoding="utf-8") == SMALL_CARD
    assert _shown_title(window) == "approval.json — Card Designer"


def test_a_file_that_is_not_text_is_refused_with_its_name(
    window: MainWindow, tmp_path: Path, answers: Answers
) -> None:
    bad = tmp_path / "picture.json"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    before = window.editor.toPlainText()
    assert not window.files.open_file(bad)
    assert window.editor.toPlainText() == before
    assert answers.warnings and str(bad) in answers.warnings[0] and "UTF-8" in answers.warnings[0]
    assert not window.files.open_file(tmp_path / "missing.json")
    assert "missing.json" in answers.warnings[1]


def test_recent_files_menu_reopens_a_file(window: MainWindow, tmp_path: Path) -> None:
    first = _card_file(tmp_path, "first.json")
    second = _card_file(tmp_path, "second.json", '{"elements": []}')
    window.files.open_file(first)
    window.files.open_file(second)
    window.commands.recent_menu.aboutToShow.emit()
    names = [action.text() for action in window.commands.recent_menu.actions()]
    assert names == [str(second.resolve()), str(first.resolve())]
    window.commands.recent_menu.actions()[1].trigger()
    assert window.editor.toPlainText() == SMALL_CARD


def test_dropping_a_file_on_the_window_opens_it(window: MainWindow, tmp_path: Path) -> None:
    path = _card_file(tmp_path, "dropped.json")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = window.editor.viewport().rect().center()  # QPoint: PySide6 6.11 has no QPointF overload
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for event in (QDragEnterEvent(point, *args), QDropEvent(point, *args)):
        QApplication.sendEvent(window.editor.viewport(), event)
        assert event.isAccepted()
    assert window.editor.toPlainText() == SMALL_CARD
    assert _shown_title(window) == "dropped.json — Card Designer"


def test_a_file_given_on_the_command_line_is_opened(
    make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    path = _card_file(tmp_path, "cli.json")
    window = make_window(str(path))
    assert window.editor.toPlainText() == SMALL_CARD
    assert window.outline_view.view.model().rowCount() == 4  # header + 3 elements
    missing = make_window(str(tmp_path / "nope.json"))
    assert missing.notice.isVisible() and "nope.json" in missing.notice.text()


def test_closing_with_unsaved_changes_asks(window: MainWindow, answers: Answers) -> None:
    set_text(window, SMALL_CARD)
    answers.queue = [Button.Cancel]
    window.close()
    assert window.isVisible()  # Cancel keeps the window and the text
    assert "unsaved changes" in answers.asked[0]
    answers.queue = [Button.Discard]
    window.close()
    assert not window.isVisible()


def test_autosave_and_restore_after_a_crash(
    qtbot: QtBot, settings_file: Path, answers: Answers, make_window: Callable[..., MainWindow]
) -> None:
    crashed = MainWindow(settings=AppSettings.of(settings_file))
    set_text(crashed, SMALL_CARD)
    crashed.recovery.autosave_now()  # what the timer does every few seconds
    # "Kill" the app: no close event, no clean exit; the window is simply gone.
    _kill(crashed)
    del crashed
    gc.collect()
    answers.queue = [Button.Yes]
    window = make_window()
    qtbot.waitUntil(lambda: window.editor.toPlainText() == SMALL_CARD, timeout=3000)
    assert "did not close properly" in answers.asked[0]
    assert window.isWindowModified()
    assert _shown_title(window) == "Recovered card* — Card Designer"
    # Restored once: a clean close means nothing is offered the next time.
    window.editor.document().setModified(False)
    window.close()
    again = make_window()
    QApplication.processEvents()
    assert again.editor.toPlainText() != SMALL_CARD
    assert len(answers.asked) == 1


def test_declining_the_restore_forgets_the_autosave(
    settings_file: Path, answers: Answers, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    crashed = MainWindow(settings=AppSettings.of(settings_file))
    set_text(crashed, SMALL_CARD)
    crashed.recovery.autosave_now()
    _kill(crashed)
    del crashed
    gc.collect()
    answers.queue = [Button.No]
    window = make_window()
    qtbot.waitUntil(lambda: len(answers.asked) == 1, timeout=3000)
    assert window.editor.toPlainText() != SMALL_CARD
    assert window.recovery.store.recoverable() == []


def test_the_dock_layout_is_remembered(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    window.problems_dock.close()
    window.close()
    again = make_window()
    assert not again.problems_dock.isVisible()
    assert again.preview_dock.isVisible()


def test_templates_are_all_readable_cards() -> None:
    templates = load_templates(TEMPLATES)
    assert len(templates) >= 12
    for template in templates:
        assert template.problem is None, template.problem
        document = parse(template.text)
        assert document.card is not None, template.title


def test_new_from_the_template_gallery(window: MainWindow, qtbot: QtBot) -> None:
    wanted = load_templates(TEMPLATES)[0]

    def choose() -> None:
        gallery = QApplication.activeModalWidget()
        assert isinstance(gallery, TemplateGallery)
        assert gallery.select_title(wanted.title)
        assert gallery.preview.drawn_elements()  # the template is previewed before choosing
        gallery.accept()

    QTimer.singleShot(0, choose)
    window.commands.new_action.trigger()
    assert window.editor.toPlainText() == wanted.text
    assert _shown_title(window) == f"{wanted.title} — Card Designer"
    assert json.loads(window.editor.toPlainText())


def test_save_as_asks_before_the_added_suffix_overwrites_a_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    # The dialog confirmed "approval" (no such file); the ".json" added after it names a file that exists.
    existing = tmp_path / "approval.json"
    existing.write_text("keep me", encoding="utf-8")
    set_text(window, SMALL_CARD)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "approval"), ""))
    answers.queue.append(QMessageBox.StandardButton.No)
    assert not window.files.save_as()
    assert existing.read_text(encoding="utf-8") == "keep me"
    assert len(answers.asked) == 1 and "approval.json" in answers.asked[0]
    answers.queue.append(QMessageBox.StandardButton.Yes)
    assert window.files.save_as()
    assert existing.read_text(encoding="utf-8") == SMALL_CARD
