"""The window and the send features share one settings file without losing each other's fields;
the window theme is remembered; several crashed documents are restored with one question;
Accounts… is in the menu bar."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox
from pytestqt.qtbot import QtBot

from designer.store.settings import RecentChat, load_settings
from designer.ui import MainWindow
from designer.ui.app_settings import AppSettings
from designer.ui.app_theme import apply_theme
from tests.helpers.ui import SMALL_CARD, Answers, set_text

Button = QMessageBox.StandardButton


def _chat_ids(settings_file: Path, profile: str) -> list[str]:
    return [chat.chat_id for chat in load_settings(settings_file).recent_chats.get(profile, [])]


def test_recent_chats_survive_the_window_saving_its_settings(
    make_window: Callable[..., MainWindow], settings_file: Path
) -> None:
    window = make_window()
    # What the send panel does after a send: remember the chat for the profile.
    window.send_features.session.remember("work", RecentChat(chat_id="oc_team", name="研发群"), [])
    assert _chat_ids(settings_file, "work") == ["oc_team"]
    window.preview.zoom.setCurrentIndex(window.preview.zoom.findData(1.5))  # the window saves
    assert _chat_ids(settings_file, "work") == ["oc_team"]
    assert load_settings(settings_file).preview.zoom == 1.5
    window.close()  # the window saves its layout
    saved = load_settings(settings_file)
    assert _chat_ids(settings_file, "work") == ["oc_team"]
    assert saved.window_state and saved.preview.zoom == 1.5


def test_the_window_theme_is_remembered(
    make_window: Callable[..., MainWindow], settings_file: Path, qapp: QApplication
) -> None:
    window = make_window()
    # No choice yet: System (the offscreen platform reports no scheme, which counts as light).
    assert window.commands.system_theme_action.isChecked() and not window.commands.dark_action.isChecked()
    window.set_theme("dark")
    try:
        assert load_settings(settings_file).ui_theme == "dark"
        window.close()
        qapp.setPalette(QPalette())  # as a new run starts: the default (light) palette
        again = make_window()
        assert again.commands.dark_action.isChecked()
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
        assert again.editor.palette().color(QPalette.ColorRole.Base).lightness() < 60
        again.commands.light_action.trigger()  # the menu item switches and saves too
        assert load_settings(settings_file).ui_theme == "light"
    finally:
        for candidate in QApplication.topLevelWidgets():
            if isinstance(candidate, MainWindow) and candidate.isVisible():
                candidate.set_theme("light")
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200


def _crash_with(text: str, settings_file: Path) -> None:
    crashed = MainWindow(settings=AppSettings.of(settings_file), offer_restore=False)
    set_text(crashed, text)
    crashed.recovery.autosave_now()
    crashed.recovery.store.flush()  # its writer thread is done before the "crash"
    crashed.deleteLater()  # gone without a close event, as in a crash
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del crashed
    gc.collect()


def test_two_crashed_documents_are_restored_with_one_question(
    qtbot: QtBot, settings_file: Path, answers: Answers, make_window: Callable[..., MainWindow]
) -> None:
    second_text = SMALL_CARD.replace("Hello", "Second")
    _crash_with(SMALL_CARD, settings_file)
    _crash_with(second_text, settings_file)
    answers.queue = [Button.Yes]
    window = make_window()

    def restored() -> list[MainWindow]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w.isWindowModified()
        ]

    qtbot.waitUntil(lambda: len(restored()) == 2, timeout=3000)
    for _ in range(5):  # an extra window that offered again would ask now
        QApplication.processEvents()
    assert len(answers.asked) == 1, answers.asked
    texts = sorted(w.editor.toPlainText() for w in restored())
    assert texts == sorted([SMALL_CARD, second_text])
    assert window.recovery.store.recoverable() == []
    for extra in restored():
        if extra is not window:
            extra.editor.document().setModified(False)
            extra.close()


def test_accounts_is_in_the_tools_menu(window: MainWindow) -> None:
    accounts = window.send_features.accounts_action
    menus = {action.menu().objectName(): action.menu() for action in window.menuBar().actions()}
    tools = menus["toolsMenu"]
    assert accounts in tools.actions()
    assert accounts.text() == "Accounts…"


def _ink_lightness(icon: QIcon) -> int:
    """The lightness of an icon's most opaque pixel (the colour it is drawn in)."""
    image = icon.pixmap(24, 24).toImage()
    best = max(
        (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
        key=lambda color: color.alpha(),
    )
    assert best.alpha() > 0, "empty icon"
    return best.lightness()


def test_switching_the_theme_redraws_the_panes_and_send_icons(window: MainWindow) -> None:
    send_features = window.send_features
    first_component = window.palette_model.item(0).child(0)

    def icons() -> list[QIcon]:
        return [
            send_features.panel.send_action.icon(),
            send_features.switcher.icon(),
            window.palette_model.data(first_component.index(), Qt.ItemDataRole.DecorationRole),
            window.outline_view.delete_action.icon(),
        ]

    assert all(_ink_lightness(icon) < 100 for icon in icons())  # dark ink on a light window
    window.set_theme("dark")
    try:
        assert all(_ink_lightness(icon) > 150 for icon in icons())  # light ink on a dark window
    finally:
        window.set_theme("light")


def test_an_unticked_check_box_shows_its_box_on_a_dark_window(qtbot: QtBot, qapp: QApplication) -> None:
    apply_theme(qapp, "dark")
    try:
        box = QCheckBox()  # no text: what is drawn is the box alone
        qtbot.addWidget(box)
        box.resize(24, 24)
        box.show()
        image = box.grab().toImage()
        lightest = max(
            image.pixelColor(x, y).lightness() for x in range(image.width()) for y in range(image.height())
        )
        assert lightest > 90, f"the box outline is invisible on the dark window (lightness {lightest})"
    finally:
        apply_theme(qapp, "light")


def test_a_settings_file_that_cannot_be_written_is_reported_and_the_choice_kept(
    make_window: Callable[..., MainWindow], settings_file: Path
) -> None:
    window = make_window()
    settings_file.unlink(missing_ok=True)
    settings_file.mkdir()  # a folder where the file should be: every write fails
    window.set_theme("dark")
    try:
        assert "Settings not saved" in window.statusBar().currentMessage()
        assert window.commands.dark_action.isChecked()
        assert window.settings.ui_theme == "dark"  # still used for the rest of this run
    finally:
        window.set_theme("light")
        settings_file.rmdir()


def test_opening_a_crashed_file_directly_offers_its_unsaved_work(
    qtbot: QtBot,
    tmp_path: Path,
    settings_file: Path,
    answers: Answers,
    make_window: Callable[..., MainWindow],
) -> None:
    path = tmp_path / "card.json"
    path.write_text(SMALL_CARD, encoding="utf-8")
    edited = SMALL_CARD.replace("Hello", "Edited")
    crashed = MainWindow(str(path), settings=AppSettings.of(settings_file), offer_restore=False)
    set_text(crashed, edited)
    crashed.recovery.autosave_now()
    crashed.recovery.store.flush()  # its writer thread is done before the "crash"
    crashed.deleteLater()  # gone without a close event, as in a crash
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del crashed
    gc.collect()
    _crash_with(SMALL_CARD.replace("Hello", "Untitled work"), settings_file)  # another document

    answers.queue = [Button.Yes]
    window = make_window(str(path))
    qtbot.waitUntil(lambda: window.editor.toPlainText() == edited, timeout=3000)
    assert len(answers.asked) == 1 and str(path) in answers.asked[0]
    assert window.isWindowModified()
    # The other crashed document is left for the next plain start.
    left = [item.file_path for item in window.recovery.store.recoverable()]
    assert left == [None], left
