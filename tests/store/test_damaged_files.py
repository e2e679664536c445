"""Files damaged outside the app (bad bytes, wrong shapes, hand-written times) never stop it."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from designer.store.autosave import _read_autosave
from designer.store.history import HistoryEntry, HistoryStore
from designer.store.profiles import ProfileStore
from designer.store.settings import Settings, load_settings


@pytest.mark.parametrize("content", [b"\xff\xfe{}", b'{"preview": 5}', b'{"version": 1, "preview": [1]}'])
def test_a_damaged_settings_file_gives_defaults_and_is_kept(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    settings = load_settings(path)
    assert settings.recent_files == Settings().recent_files
    kept = list(tmp_path.glob("settings.json.corrupt-*"))
    if kept:  # set aside for the user to look at
        assert kept[0].read_bytes() == content


def test_profiles_that_are_not_utf8_are_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    path.write_bytes(b"\xff\xfe{}")
    store = ProfileStore(path)
    assert store.list() == []
    assert store.load_problem and "could not be read" in store.load_problem
    assert [p.read_bytes() for p in tmp_path.glob("profiles.json.corrupt-*")] == [b"\xff\xfe{}"]


def _entry(**changes: object) -> dict[str, object]:
    data = HistoryEntry(
        profile="p",
        base_url="http://127.0.0.1:1",
        chat_id="oc_1",
        recipient_kind="open_id",
        recipient="ou_1",
        card={"elements": []},
        status="sent",
        message_id="om_1",
    ).model_dump(mode="json")
    data.update(changes)
    return data


def test_a_history_line_without_a_time_zone_still_sorts(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    lines = [_entry(id="a"), _entry(id="b", sent_at="2024-01-01T00:00:00", message_id="om_2")]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    entries = HistoryStore(path).entries()
    assert [e.id for e in entries] == ["a", "b"]
    assert entries[1].sent_at == datetime(2024, 1, 1, tzinfo=UTC)


def test_an_autosave_without_a_time_zone_is_taken_as_utc(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_text(
        json.dumps({"doc_id": "d", "text": "{}", "file_path": None, "saved_at": "2024-01-01T00:00:00"})
    )
    recovered = _read_autosave(path)
    assert recovered is not None and recovered.saved_at.tzinfo is not None


@pytest.mark.parametrize("value", ["-1", "0", "nan", "inf", "soon"])
def test_a_bad_timeout_is_a_usage_error_not_a_traceback(value: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "designer", "delete", "om_x", "--timeout", value],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "--timeout" in result.stderr and "Traceback" not in result.stderr


def test_concurrent_updates_from_threads_keep_every_change(tmp_path: Path) -> None:
    import threading

    from designer.store.settings import update_settings

    path = tmp_path / "settings.json"

    def add(index: int) -> None:
        update_settings(lambda s: s.recent_files.insert(0, f"/cards/{index}.json"), path)

    threads = [threading.Thread(target=add, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(load_settings(path).recent_files) == 8
