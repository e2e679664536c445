"""One settings object per file and process: the windows and the send features share it, a
change is announced to all of them, and the preview controls are kept as ``RenderOptions``."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from designer.feishu import Recipient
from designer.render import RenderOptions
from designer.store.settings import PreviewSettings, RecentChat, load_settings
from designer.ui import MainWindow
from designer.ui.app_settings import AppSettings


def test_one_object_per_file_shared_by_the_windows_and_the_send_features(
    make_window: Callable[..., MainWindow], settings_file: Path
) -> None:
    first, second = make_window(), make_window()
    assert first.app_settings is second.app_settings is AppSettings.of(settings_file)
    assert first.send_features._settings is first.app_settings
    assert AppSettings.of(settings_file) is not AppSettings.of(settings_file.with_name("other.json"))


def test_the_send_features_keep_their_recent_picks_through_the_windows_one_settings_object(
    qtbot: QtBot, make_window: Callable[..., MainWindow], settings_file: Path
) -> None:
    # The session read and wrote the file itself (a path handed through the constructors):
    # the window's object held stale settings and heard nothing of the picks.
    window = make_window()
    session = window.send_features.session
    chat = RecentChat(chat_id="oc_team", name="团队 Team 🚀")
    with qtbot.waitSignal(window.app_settings.changed) as changed:
        session.remember("demo", chat, [Recipient("email", "li@example.com", "李娜")])
    assert changed.args[0].recent_chats["demo"] == [chat]
    assert window.app_settings.current.recent_recipients["demo"][0].value == "li@example.com"
    assert session.recent_chats("demo") == [chat] == load_settings(settings_file).recent_chats["demo"]
    assert session.settings is window.app_settings


def test_a_change_made_anywhere_reaches_every_window(
    qtbot: QtBot, make_window: Callable[..., MainWindow], settings_file: Path
) -> None:
    first, second = make_window(), make_window()
    settings = AppSettings.of(settings_file)
    with qtbot.waitSignal(settings.changed) as changed:
        settings.update(lambda saved: setattr(saved, "ui_theme", "dark"))
    assert changed.args[0].ui_theme == "dark"
    assert first.commands.dark_action.isChecked() and second.commands.dark_action.isChecked()
    assert first.theme == second.theme == "dark"
    assert load_settings(settings_file).ui_theme == "dark"
    first.commands.light_action.trigger()  # the window theme is the application's: leave it light
    assert second.commands.light_action.isChecked()


def test_the_preview_controls_are_kept_as_render_options(tmp_path: Path) -> None:
    # The file's preview object and RenderOptions have the same fields: one converts to the other
    # (but the badge's language, which follows the window's unless a card language is chosen).
    assert {field.name for field in dataclasses.fields(RenderOptions)} - {"badge_language"} == set(
        PreviewSettings.model_fields
    )
    path = tmp_path / "settings.json"
    chosen = RenderOptions(
        theme="dark",
        platform="mobile",
        width=480,
        language="en_us",
        badge=False,
        zoom=1.5,
    )
    AppSettings.of(path).set_preview_options(chosen)
    assert AppSettings.of(path).preview_options == chosen
    assert AppSettings(path).preview_options == chosen  # what the next run reads from the file
