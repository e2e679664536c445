"""History: append, newest first, updates and deletes, a cut-off last line, threads, compaction."""

from __future__ import annotations

import logging
import subprocess
import sys
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


def test_compaction_on_writing_keeps_the_latest_state() -> None:
    store = HistoryStore(min_compact_lines=0)
    entry = _entry(1)
    store.append(entry)
    for number in range(40):
        store.update(entry.id, chat_name=f"name {number}")
    # The file was rewritten along the way (41 lines otherwise), and holds the latest state.
    assert len(store.path.read_text().splitlines()) < 10
    assert [e.chat_name for e in store.entries()] == ["name 39"]
    assert store.compact() and len(store.path.read_text().splitlines()) == 1
    assert [e.chat_name for e in HistoryStore().entries()] == ["name 39"]


def test_reading_never_rewrites_the_file() -> None:
    writer = HistoryStore(min_compact_lines=10**9)  # never compacts these 51 lines
    first = _entry(1)
    writer.append(first)
    for number in range(2, 12):
        writer.append(_entry(number))
    for number in range(40):
        writer.update(first.id, chat_name=f"name {number}")
    before = writer.path.read_bytes()
    reader = HistoryStore(keep=5)
    assert [e.recipient for e in reader.entries()] == ["ou_11", "ou_10", "ou_9", "ou_8", "ou_7"]
    assert reader.get(first.id) is None  # beyond keep: not listed, but still in the file
    assert writer.path.read_bytes() == before


def test_only_the_newest_sends_are_kept() -> None:
    store = HistoryStore(keep=5, min_compact_lines=0)
    for number in range(8):
        store.append(_entry(number))
    assert [e.recipient for e in store.entries()] == ["ou_7", "ou_6", "ou_5", "ou_4", "ou_3"]
    store.compact()
    assert len(store.path.read_text().splitlines()) == 5
    assert [e.recipient for e in store.entries()] == ["ou_7", "ou_6", "ou_5", "ou_4", "ou_3"]


def test_one_send_per_process_still_keeps_the_file_bounded() -> None:
    # Each `card-designer send` is a process of its own appending one line: the file must not
    # grow for ever because no single process appends much.
    for number in range(40):
        HistoryStore(keep=5).append(_entry(number))
    lines = len(HistoryStore().path.read_text().splitlines())
    assert lines <= 2 * 5 + 1
    assert [e.recipient for e in HistoryStore(keep=5).entries()] == [
        "ou_39",
        "ou_38",
        "ou_37",
        "ou_36",
        "ou_35",
    ]


_WRITER = """
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from designer.store.history import HistoryEntry, HistoryStore

path, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
# compact_ratio 1.1: compaction is due again and again while the other process appends.
store = HistoryStore(path, keep=10_000, compact_ratio=1.1)
start = datetime(2026, 1, 1, tzinfo=UTC)
for number in range(count):
    entry = HistoryEntry(
        sent_at=start + timedelta(seconds=number), profile=name, base_url="https://open.feishu.cn",
        chat_id="oc_team", recipient_kind="open_id", recipient=f"ou_{name}_{number}",
        message_id=f"om_{name}_{number}", card={"elements": []}, status="sent",
    )
    store.append(entry)
    if number % 4 == 0:
        # A later state of the same entry supersedes the line: compaction has work to do.
        store.append(entry.model_copy(update={"status": "deleted"}))
    if number % 50 == 0:
        store.entries()  # the history pane reloads meanwhile
"""


def test_two_processes_appending_while_compacting_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    count = 1500
    writers = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(path), name, str(count)], stderr=subprocess.PIPE)
        for name in ("a", "b")
    ]
    for writer in writers:
        _, errors = writer.communicate(timeout=150)
        assert writer.returncode == 0, errors.decode()
    entries = HistoryStore(path, keep=10_000).entries()
    expected = {f"om_{name}_{number}" for name in ("a", "b") for number in range(count)}
    assert {e.message_id for e in entries} == expected
    assert len(entries) == 2 * count
    deleted = {e.message_id for e in entries if e.status == "deleted"}
    assert deleted == {f"om_{name}_{number}" for name in ("a", "b") for number in range(0, count, 4)}
    # It was compacted on the way: 3,750 lines were appended.
    assert len(path.read_text(encoding="utf-8").splitlines()) < 2 * count + 2 * count // 4


def test_an_older_file_reads_into_the_enums_and_is_written_the_same_way(tmp_path: Path) -> None:
    # Kinds and statuses are enums in the code, the same plain words in the file: a file
    # written before (by hand here, exactly as older versions wrote it) still loads.
    from designer.feishu import RecipientKind
    from designer.store.history import SendStatus

    path = tmp_path / "history.jsonl"
    path.write_text(
        '{"id":"a1","sent_at":"2026-01-01T00:00:00Z","profile":"work","base_url":"https://open.feishu.cn",'
        '"chat_id":"oc_1","chat_name":null,"recipient_kind":"email","recipient":"li@example.com",'
        '"recipient_name":null,"message_id":"om_1","card":{},"status":"delete_failed","error":"x",'
        '"deleted_at":null}\n',
        encoding="utf-8",
    )
    store = HistoryStore(path)
    [entry] = store.entries()
    assert entry.recipient_kind is RecipientKind.EMAIL and entry.status is SendStatus.DELETE_FAILED
    store.mark_deleted("om_1")
    last = path.read_text(encoding="utf-8").splitlines()[-1]
    assert '"status":"deleted"' in last and '"recipient_kind":"email"' in last


def test_an_entry_deleted_already_keeps_its_time_of_deletion() -> None:
    store = HistoryStore()
    store.append(_entry(1))
    first = store.mark_deleted("om_1")
    assert first is not None and first.deleted_at is not None
    # "Already deleted" from the service, or a failed retry: the first deletion stands.
    assert store.mark_deleted("om_1") == first
    assert store.mark_deleted("om_1", error="gone") == first
    assert store.get(first.id) == first
