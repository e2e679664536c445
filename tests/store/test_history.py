"""History: append, newest first, updates and deletes, a cut-off last line, threads, compaction."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from designer.store.history import HistoryEntry, HistoryStore, UnknownEntry

CARD = {"header": {"title": {"tag": "plain_text", "content": "发布通知"}}, "elements": []}


def _entry(number: int, **changes: Any) -> HistoryEntry:
    values: dict[str, Any] = {
        "sent_at": datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=number),
        "profile": "work",
        "base_url": "https://open.feishu.cn",
        "chat_id": "oc_team",
        "chat_name": "研发群",
        "recipient_kind": "open_id",
        "recipient": f"ou_{number}",
        "message_id": f"om_{number}",
        "card": CARD,
        "status": "sent",
    }
    return HistoryEntry(**{**values, **changes})


def test_entries_are_newest_first_and_kept_in_the_data_folder(tmp_path: Path) -> None:
    store = HistoryStore()
    for number in (2, 1, 3):
        store.append(_entry(number))
    assert [e.recipient for e in store.entries()] == ["ou_3", "ou_2", "ou_1"]
    assert store.path == tmp_path / "xdg/xdg_data_home/card-designer/history.jsonl"
    assert HistoryStore().entries()[0].card == CARD  # a second store reads the same file


def test_update_and_mark_deleted() -> None:
    store = HistoryStore()
    first, second = _entry(1), _entry(2)
    store.append(first)
    store.append(second)
    updated = store.update(first.id, chat_name="新名字")
    assert updated.chat_name == "新名字" and store.get(first.id) == updated
    deleted = store.mark_deleted("om_2")
    assert deleted is not None and deleted.status == "deleted" and deleted.deleted_at is not None
    failed = store.mark_deleted("om_1", error="already deleted (18051)")
    assert (
        failed is not None and failed.status == "delete_failed" and failed.error == "already deleted (18051)"
    )
    assert store.mark_deleted("om_unknown") is None
    assert [e.status for e in store.entries()] == ["deleted", "delete_failed"]
    with pytest.raises(UnknownEntry, match="no history entry with id 'nope'"):
        store.update("nope", status="deleted")


def test_update_is_validated() -> None:
    store = HistoryStore()
    entry = _entry(1)
    store.append(entry)
    with pytest.raises(ValueError, match="status"):
        store.update(entry.id, status="vanished")
    assert store.entries() == [entry]


def test_cut_off_last_line_is_skipped_and_the_next_append_is_intact(caplog: pytest.LogCaptureFixture) -> None:
    store = HistoryStore()
    store.append(_entry(1))
    store.append(_entry(2))
    # A crash in the middle of writing the third line:
    text = _entry(3).model_dump_json()
    with open(store.path, "a", encoding="utf-8") as handle:
        handle.write(text[: len(text) // 2])
    with caplog.at_level(logging.WARNING, logger="designer.store"):
        assert [e.recipient for e in store.entries()] == ["ou_2", "ou_1"]
    assert "history.jsonl:3: skipped a cut-off last line" in caplog.text
    store.append(_entry(4))
    assert [e.recipient for e in store.entries()] == ["ou_4", "ou_2", "ou_1"]


def test_many_threads_append_without_losing_or_mixing_lines() -> None:
    store = HistoryStore()

    def worker(offset: int) -> None:
        own = HistoryStore()  # each thread its own store on the same file, as the UI does
        for number in range(25):
            own.append(_entry(offset * 100 + number))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(store.entries()) == 200
    assert len(store.path.read_text().splitlines()) == 200


def test_compaction_keeps_the_latest_state() -> None:
    store = HistoryStore()
    entry = _entry(1)
    store.append(entry)
    for number in range(40):
        store.update(entry.id, chat_name=f"name {number}")
    assert len(store.path.read_text().splitlines()) == 41
    assert store.entries()[0].chat_name == "name 39"  # reading compacts
    assert len(store.path.read_text().splitlines()) == 1
    assert store.entries()[0].chat_name == "name 39"


def test_only_the_newest_sends_are_kept() -> None:
    store = HistoryStore(keep=5)
    for number in range(8):
        store.append(_entry(number))
    assert [e.recipient for e in store.entries()] == ["ou_7", "ou_6", "ou_5", "ou_4", "ou_3"]
    assert len(store.path.read_text().splitlines()) == 5
