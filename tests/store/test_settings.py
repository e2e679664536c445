"""Settings: schema defaults, saving, migration from version 1, bad values, recent lists."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from types import SimpleNamespace

import pytest
from pydantic import ValidationError

from designer.store.settings import (
    VERSION,
    RecentChat,
    RecentRecipient,
    Settings,
    load_settings,
    save_settings,
    settings_path,
    update_settings,
)


def test_defaults_when_there_is_no_file() -> None:
    settings = load_settings()
    assert settings == Settings()
    assert (
        settings.version == VERSION and settings.preview.theme == "light" and settings.editor_font_size == 12
    )


def test_round_trip_through_the_config_folder(tmp_path: Path) -> None:
    settings = Settings()
    settings.window_geometry = "AdnQywADAAAAAAAA"
    settings.preview.theme = "dark"
    settings.preview.width = 400
    settings.add_recent_file(tmp_path / "card.json")
    settings.remember_chat("work", {"chat_id": "oc_1", "name": "研发群"})
    save_settings(settings)
    assert settings_path() == tmp_path / "xdg/xdg_config_home/card-designer/settings.json"
    assert load_settings() == settings
    assert json.loads(settings_path().read_text(encoding="utf-8"))["version"] == VERSION


def test_migration_from_version_1(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "recent_files": ["/cards/a.json"],
                "preview_theme": "dark",
                "preview_width": "compact",
                "preview_zoom": 1.5,
                "recent_chat_ids": ["oc_a", "oc_b"],
                "editor_font_size": 14,
            }
        )
    )
    settings = load_settings(path)
    assert settings.version == VERSION
    assert (
        settings.preview.theme == "dark"
        and settings.preview.width == "compact"
        and settings.preview.zoom == 1.5
    )
    assert settings.recent_chats == {"default": [RecentChat(chat_id="oc_a"), RecentChat(chat_id="oc_b")]}
    assert settings.recent_files == ["/cards/a.json"] and settings.editor_font_size == 14
    save_settings(settings, path)
    saved = json.loads(path.read_text())
    assert saved["version"] == VERSION and "preview_theme" not in saved and "recent_chat_ids" not in saved


def test_a_bad_value_falls_back_alone(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": VERSION, "editor_font_size": "huge", "recent_files": ["/a.json"]}))
    with caplog.at_level(logging.WARNING, logger="designer.store"):
        settings = load_settings(path)
    assert settings.editor_font_size == 12 and settings.recent_files == ["/a.json"]
    assert "editor_font_size" in caplog.text and str(path) in caplog.text


def test_not_json_is_moved_aside(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "conf" / "settings.json"
    path.parent.mkdir()
    path.write_text('{"version": 2, "recent_files": [')
    with caplog.at_level(logging.WARNING, logger="designer.store"):
        assert load_settings(path) == Settings()
    assert "could not be read" in caplog.text
    assert [p.name.startswith("settings.json.corrupt-") for p in path.parent.iterdir()] == [True]


def test_newer_version_keeps_what_it_knows(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": VERSION + 5, "editor_font_size": 20, "hologram": True}))
    with caplog.at_level(logging.WARNING, logger="designer.store"):
        assert load_settings(path).editor_font_size == 20
    assert "newer Card Designer" in caplog.text


def test_assignment_is_validated() -> None:
    settings = Settings()
    with pytest.raises(ValidationError, match="editor_font_size"):
        settings.editor_font_size = 2


def test_recent_lists_are_most_recent_first_unique_and_capped(tmp_path: Path) -> None:
    settings = Settings()
    for number in range(12):
        settings.remember_chat("work", {"chat_id": f"oc_{number}", "name": f"chat {number}"})
    settings.remember_chat("work", SimpleNamespace(chat_id="oc_5", name="renamed"))  # like feishu.Chat
    chats = settings.recent_chats["work"]
    assert len(chats) == 10
    assert chats[0] == RecentChat(chat_id="oc_5", name="renamed")
    assert [c.chat_id for c in chats].count("oc_5") == 1
    assert chats[1].chat_id == "oc_11"
    assert "other" not in settings.recent_chats  # per profile

    settings.remember_recipient("work", SimpleNamespace(kind="email", value="li@example.com", name="李雷"))
    settings.remember_recipient("work", {"kind": "open_id", "value": "ou_1", "name": None})
    settings.remember_recipient("work", {"kind": "email", "value": "li@example.com", "name": "李雷"})
    assert settings.recent_recipients["work"] == [
        RecentRecipient(kind="email", value="li@example.com", name="李雷"),
        RecentRecipient(kind="open_id", value="ou_1"),
    ]
    with pytest.raises(ValidationError, match="kind"):
        settings.remember_recipient("work", {"kind": "phone", "value": "1"})

    settings.add_recent_file("card.json")
    settings.add_recent_file(Path.cwd() / "card.json")
    assert settings.recent_files == [str(Path.cwd() / "card.json")]

    settings.forget_profile("work")
    assert settings.recent_chats == {} and settings.recent_recipients == {}


def test_window_theme_defaults_to_the_system_scheme_and_old_choices_stay(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert Settings().ui_theme == "system"
    path = tmp_path / "settings.json"
    # A version-2 file written before the field existed: the default, nothing else lost.
    path.write_text(json.dumps({"version": 2, "editor_font_size": 16}))
    assert (load_settings(path).ui_theme, load_settings(path).editor_font_size) == ("system", 16)
    # Files written before "system" existed always hold the field: their choice stays.
    for kept in ("light", "dark"):
        path.write_text(json.dumps({"version": 2, "ui_theme": kept}))
        assert load_settings(path).ui_theme == kept
    save_settings(Settings(), path)
    assert json.loads(path.read_text())["ui_theme"] == "system"
    path.write_text(json.dumps({"version": 2, "ui_theme": "purple", "editor_font_size": 16}))
    with caplog.at_level(logging.WARNING, logger="designer.store"):
        settings = load_settings(path)
    assert (settings.ui_theme, settings.editor_font_size) == ("system", 16)
    assert "ui_theme" in caplog.text


def test_update_settings_changes_the_file_as_it_is_now(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    stale = load_settings(path)  # one part read the settings long ago...
    update_settings(lambda s: s.remember_chat("work", {"chat_id": "oc_1"}), path)  # ...another saved
    stale.ui_theme = "dark"
    saved = update_settings(lambda s: setattr(s, "ui_theme", stale.ui_theme), path)
    assert saved == load_settings(path)
    assert saved.ui_theme == "dark" and saved.recent_chats["work"][0].chat_id == "oc_1"

    def refuse(settings: Settings) -> None:
        settings.ui_theme = "dark"
        raise ValueError("no")

    path.unlink()
    with pytest.raises(ValueError, match="no"):
        update_settings(refuse, path)
    assert not path.exists()  # a change that failed writes nothing


_SETTINGS_WRITER = """
import sys
from pathlib import Path
from designer.store.settings import update_settings

path, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
for number in range(count):
    update_settings(lambda s: s.remember_chat(f"{name}{number}", {"chat_id": f"oc_{name}{number}"}), path)
"""


def test_two_processes_updating_the_settings_lose_nothing(tmp_path: Path) -> None:
    # The CLI remembers its chats while a window saves its own: each read-modify-write holds the
    # file lock across processes, so neither undoes the other's change.
    import subprocess
    import sys

    path = tmp_path / "settings.json"
    count = 150
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _SETTINGS_WRITER, str(path), name, str(count)], stderr=subprocess.PIPE
        )
        for name in ("a", "b")
    ]
    for writer in writers:
        _, errors = writer.communicate(timeout=120)
        assert writer.returncode == 0, errors.decode()
    recent = load_settings(path).recent_chats
    assert set(recent) == {f"{name}{number}" for name in ("a", "b") for number in range(count)}


def test_a_send_is_remembered_the_same_way_from_the_window_and_the_command_line() -> None:
    from designer.feishu import Recipient

    settings = Settings()
    settings.remember_sends("work", [{"chat_id": "oc_old"}], [Recipient("email", "old@example.com")])
    settings.remember_sends(
        "work",
        [{"chat_id": "oc_a", "name": "研发群"}, {"chat_id": "oc_b"}],
        [Recipient("open_id", "ou_1", "Li"), Recipient("user_id", "u2")],
    )
    assert [c.chat_id for c in settings.recent_chats["work"]] == ["oc_a", "oc_b", "oc_old"]
    assert [(r.kind, r.value, r.name) for r in settings.recent_recipients["work"]] == [
        ("open_id", "ou_1", "Li"),
        ("user_id", "u2", None),
        ("email", "old@example.com", None),
    ]
