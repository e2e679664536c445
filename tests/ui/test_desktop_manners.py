"""Desktop manners (issue 13): the Help menu (About, Keyboard Shortcuts), Quit, the clipboard
commands of the Edit menu, tooltips on the toolbar, and a window theme that follows the system."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QToolBar, QWidgetAction
from pytestqt.qtbot import QtBot

from designer import __version__
from designer.store.settings import Settings, load_settings, save_settings
from designer.ui import MainWindow, app_theme
from designer.ui.about_dialog import AboutDialog
from designer.ui.shortcuts_dialog import ShortcutsDialog, plain_text, shortcut_text
from tests.ui.conftest import Answers, set_text

Button = QMessageBox.StandardButton
CTRL = Qt.KeyboardModifier.ControlModifier
EMOJI_CARD = '{"elements": [{"tag": "markdown", "content": "Ship it 🚀 发布"}]}'


def _menu(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if plain_text(action) == title:
            menu = action.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError(f"no {title} menu in {[a.text() for a in window.menuBar().actions()]}")


def _item(menu: QMenu, text: str) -> QAction:
    for action in menu.actions():
        if plain_text(action) == text:
            return action
    raise AssertionError(f"no {text!r} in {[plain_text(a) for a in menu.actions()]}")


def _press_in(window: MainWindow, qtbot: QtBot, key: Qt.Key) -> None:
    """Ctrl+``key`` typed in ``window``'s editor; window shortcuts answer in the active window."""
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.editor, key, CTRL)


def _native(key: QKeySequence.StandardKey | str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


# ------------------------------------------------------------------ Help menu


def test_help_is_the_last_menu_with_shortcuts_and_about(window: MainWindow) -> None:
    titles = [plain_text(action) for action in window.menuBar().actions()]
    assert titles[-1] == "Help"
    help_menu = _menu(window, "Help")
    assert [plain_text(a) for a in help_menu.actions() if not a.isSeparator()] == [
        "Keyboard Shortcuts",
        "About Card Designer",
    ]


def test_about_shows_the_version_licence_and_docs(window: MainWindow, qtbot: QtBot) -> None:
    _item(_menu(window, "Help"), "About Card Designer").trigger()
    about = window.findChild(AboutDialog)
    assert about is not None and about.isVisible()
    text = about.text.text()
    assert f"Version {__version__}" in text
    assert "MIT" in text
    root = Path(__file__).resolve().parents[2]
    # The licence and the docs as links to the files of this checkout, which all exist.
    for name in ("LICENSE", "README.md", "docs/ARCHITECTURE.md"):
        assert (root / name).is_file()
        assert f'href="file://{(root / name).as_posix()}"' in text
    assert about.text.openExternalLinks()
    window.commands.about_action.trigger()  # asked again while open: the same dialog, not a second
    assert window.findChildren(AboutDialog) == [about]
    about.close()
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is None)  # deleted on close


def test_the_shortcuts_dialog_lists_each_action_shortcut_from_the_actions(
    window: MainWindow, qtbot: QtBot
) -> None:
    # Changed on the action, the dialog shows the change: it has no copy of its own.
    window.commands.goto_action.setShortcut(QKeySequence("F6"))
    _item(_menu(window, "Help"), "Keyboard Shortcuts").trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    assert ("File", "Quit", shortcut_text(window.commands.quit_action)) in rows
    assert ("File", "Close Window", shortcut_text(window.commands.close_action)) in rows
    assert "Ctrl+Q" in shortcut_text(window.commands.quit_action) and "Ctrl+W" in shortcut_text(window.commands.close_action)
    assert ("File", "Save", _native(QKeySequence.StandardKey.Save)) in rows
    assert ("Edit", "Copy", _native(QKeySequence.StandardKey.Copy)) in rows
    assert ("Edit", "Format Document", "Ctrl+Shift+F") in rows
    assert ("Edit", "Go to Line…", "F6") in rows
    # Commands in no menu are listed under the pane they act in.
    assert ("Send", "Send card", "Ctrl+Return, Ctrl+Enter") in rows
    assert ("Outline", "Move Up", "Alt+Up") in rows
    # Every command with a shortcut in a menu is listed, once.
    listed = {(command, keys) for _, command, keys in rows}
    assert len(listed) == len(rows)
    window.commands.shortcuts_action.trigger()
    assert window.findChildren(ShortcutsDialog) == [dialog]
    dialog.close()


# ------------------------------------------------------------------ toolbar tooltips


def test_every_toolbar_button_has_a_tooltip_naming_its_shortcut(window: MainWindow) -> None:
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    actions = [a for a in toolbar.actions() if not a.isSeparator() and not isinstance(a, QWidgetAction)]
    assert len(actions) >= 8  # new, open, save, undo, redo, format, copy card, send
    for action in actions:
        tip = action.toolTip()
        # More than Qt's default (the text itself): it says what the button does.
        assert tip and tip != plain_text(action), plain_text(action)
        for key in action.shortcuts():
            assert key.toString(QKeySequence.SequenceFormat.NativeText) in tip, (plain_text(action), tip)
    tips = {plain_text(action): action.toolTip() for action in actions}
    assert tips["Save"] == f"Save the card ({_native(QKeySequence.StandardKey.Save)})"
    assert tips["Format Document"] == "Indent the JSON (Ctrl+Shift+F)"  # the shortcut once, not twice
    # The toolbar's widgets (the profile switcher) say what they are too.
    for widget_action in (a for a in toolbar.actions() if isinstance(a, QWidgetAction)):
        widget = toolbar.widgetForAction(widget_action)
        assert widget is not None and widget.toolTip()


# ------------------------------------------------------------------ Quit


@pytest.fixture
def second_window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


def test_ctrl_q_closes_every_window_each_asking_about_unsaved_work(
    window: MainWindow, second_window: MainWindow, qtbot: QtBot, answers: Answers
) -> None:
    assert QKeySequence("Ctrl+Q") in window.commands.quit_action.shortcuts()
    assert QKeySequence("Ctrl+W") in window.commands.close_action.shortcuts()
    set_text(window, EMOJI_CARD)
    set_text(second_window, '{"elements": []}')
    # Cancel keeps the work: the quit stops at the window that asked, nothing is closed.
    answers.queue = [Button.Cancel]
    _press_in(window, qtbot, Qt.Key.Key_Q)
    assert len(answers.asked) == 1 and not answers.queue
    assert window.isVisible() and second_window.isVisible()
    assert window.editor.toPlainText() == EMOJI_CARD
    # Again: each window asks for itself; Discard both, and both are gone.
    answers.queue = [Button.Discard, Button.Discard]
    _press_in(second_window, qtbot, Qt.Key.Key_Q)
    assert len(answers.asked) == 3 and not answers.queue
    assert not window.isVisible() and not second_window.isVisible()


def test_close_window_closes_only_this_one(
    window: MainWindow, second_window: MainWindow, qtbot: QtBot
) -> None:
    _press_in(window, qtbot, Qt.Key.Key_W)
    assert not window.isVisible() and second_window.isVisible()


# ------------------------------------------------------------------ Cut / Copy / Paste / Select All


@pytest.fixture
def clipboard(qapp: QApplication) -> Iterator[object]:
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


def test_edit_menu_clipboard_commands_act_on_the_editor(
    window: MainWindow, clipboard: object, qtbot: QtBot
) -> None:
    board = QGuiApplication.clipboard()
    edit = _menu(window, "Edit")
    cut, copy, paste, select_all = (_item(edit, name) for name in ("Cut", "Copy", "Paste", "Select All"))
    set_text(window, EMOJI_CARD)
    cursor = window.editor.textCursor()
    cursor.clearSelection()
    window.editor.setTextCursor(cursor)
    # Nothing selected: nothing to cut or copy. An empty clipboard: nothing to paste.
    assert not cut.isEnabled() and not copy.isEnabled() and not paste.isEnabled()
    select_all.trigger()
    assert cut.isEnabled() and copy.isEnabled()
    copy.trigger()
    assert board.text() == EMOJI_CARD
    assert paste.isEnabled()  # follows the clipboard
    cut.trigger()
    assert window.editor.toPlainText() == "" and board.text() == EMOJI_CARD
    assert not cut.isEnabled() and not copy.isEnabled()
    paste.trigger()
    assert window.editor.toPlainText() == EMOJI_CARD
    board.clear()
    qtbot.waitUntil(lambda: not paste.isEnabled())


def test_clipboard_keys_in_another_pane_leave_the_editor_selection_alone(
    window: MainWindow, clipboard: object, qtbot: QtBot
) -> None:
    board = QGuiApplication.clipboard()
    set_text(window, EMOJI_CARD)
    window.editor.selectAll()
    board.setText("kept")
    window.preview.view.setFocus()
    qtbot.keyClick(window.preview.view, Qt.Key.Key_C, CTRL)
    qtbot.keyClick(window.preview.view, Qt.Key.Key_X, CTRL)
    assert board.text() == "kept"
    assert window.editor.toPlainText() == EMOJI_CARD
    # In the editor, the same keys do act (the editor's own handling, same as the menu).
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_C, CTRL)
    assert board.text() == EMOJI_CARD


# ------------------------------------------------------------------ system light / dark


@pytest.fixture
def fake_scheme(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[list[Qt.ColorScheme]]:
    """The desktop's scheme, which the offscreen platform cannot change: a fake getter, and
    the real ``colorSchemeChanged`` signal emitted as the platform would."""
    scheme = [Qt.ColorScheme.Light]
    monkeypatch.setattr(app_theme, "system_scheme", lambda: scheme[0])
    yield scheme
    for candidate in QApplication.topLevelWidgets():
        if isinstance(candidate, MainWindow) and candidate.isVisible():
            candidate.set_theme("light")
    app_theme.apply_theme(qapp, "light")


def _switch_desktop(scheme: list[Qt.ColorScheme], to: Qt.ColorScheme) -> None:
    scheme[0] = to
    QGuiApplication.styleHints().colorSchemeChanged.emit(to)


def _dark(window: MainWindow, qapp: QApplication) -> bool:
    app_dark = qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
    editor_dark = window.editor.palette().color(QPalette.ColorRole.Base).lightness() < 60
    assert app_dark == editor_dark
    return app_dark


def test_the_window_follows_the_system_scheme_unless_the_user_chose(
    make_window: Callable[..., MainWindow],
    settings_file: Path,
    fake_scheme: list[Qt.ColorScheme],
    qapp: QApplication,
) -> None:
    _switch_desktop(fake_scheme, Qt.ColorScheme.Dark)
    window = make_window()  # no settings yet: the default is System
    assert window.commands.system_theme_action.isChecked()
    assert _dark(window, qapp)
    _switch_desktop(fake_scheme, Qt.ColorScheme.Light)
    assert not _dark(window, qapp)
    # The user picks Dark: the desktop's changes no longer matter.
    theme_menu = _item(_menu(window, "View"), "Window Theme").menu()
    assert isinstance(theme_menu, QMenu)
    assert [plain_text(a) for a in theme_menu.actions()] == ["System", "Light", "Dark"]
    _item(theme_menu, "Dark").trigger()
    assert load_settings(settings_file).ui_theme == "dark"
    _switch_desktop(fake_scheme, Qt.ColorScheme.Light)
    assert _dark(window, qapp) and window.commands.dark_action.isChecked()
    # Back to System: the desktop's scheme at once, then its changes again.
    _item(theme_menu, "System").trigger()
    assert load_settings(settings_file).ui_theme == "system"
    assert not _dark(window, qapp)
    _switch_desktop(fake_scheme, Qt.ColorScheme.Dark)
    assert _dark(window, qapp)


def test_an_old_light_choice_stays_light_on_a_dark_desktop(
    make_window: Callable[..., MainWindow],
    settings_file: Path,
    fake_scheme: list[Qt.ColorScheme],
    qapp: QApplication,
) -> None:
    save_settings(Settings(ui_theme="light"), settings_file)
    _switch_desktop(fake_scheme, Qt.ColorScheme.Dark)
    window = make_window()
    assert window.commands.light_action.isChecked() and not _dark(window, qapp)



def test_a_theme_chosen_in_one_window_is_every_window_s_choice(
    make_window: Callable[..., MainWindow], fake_scheme: list[Qt.ColorScheme], qapp: QApplication
) -> None:
    first, second = make_window(), make_window()
    first.commands.dark_action.trigger()
    assert second.commands.dark_action.isChecked() and not second.commands.system_theme_action.isChecked()
    # The desktop turning light does not undo the choice through the other window.
    _switch_desktop(fake_scheme, Qt.ColorScheme.Light)
    assert _dark(first, qapp) and _dark(second, qapp)


def test_a_shortcut_that_reads_the_same_twice_is_listed_once(qtbot: QtBot) -> None:
    # Ctrl+Return and Ctrl+Enter both read "Ctrl+回车" in Chinese; the same key twice stands
    # for that here, whatever the test's language.
    action = QAction("Send")
    action.setShortcuts([QKeySequence("Ctrl+S"), QKeySequence("Ctrl+S"), QKeySequence("F5")])
    assert shortcut_text(action) == "Ctrl+S, F5"
