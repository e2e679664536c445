"""The autosave's writes run on a writer thread, in order, and a clean exit waits for them."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from designer.store import autosave as autosave_module
from designer.store.autosave import LOCK_NAME, AutosaveStore


def _saved(store: AutosaveStore) -> dict[str, str]:
    found: dict[str, str] = {}
    for path in store.session_folder.glob("*.json"):
        if path.name != LOCK_NAME:
            record = json.loads(path.read_text(encoding="utf-8"))
            found[record["doc_id"]] = record["text"]
    return found


class _SlowWrites:
    """``write_text_atomic`` that records each write's thread and text, and can be held back."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.release.set()
        self.started = threading.Event()
        self.threads: list[threading.Thread] = []
        self.texts: list[str] = []
        self._write = autosave_module.write_text_atomic

    def __call__(self, path: Path, text: str) -> None:
        self.threads.append(threading.current_thread())
        self.started.set()
        self.release.wait(10)
        if path.name != LOCK_NAME:
            self.texts.append(json.loads(text)["text"])
        self._write(path, text)


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> _SlowWrites:
    recorder = _SlowWrites()
    monkeypatch.setattr(autosave_module, "write_text_atomic", recorder)
    return recorder


def test_save_later_writes_on_another_thread_and_returns_at_once(writes: _SlowWrites) -> None:
    store = AutosaveStore()
    writes.release.clear()  # the disk is slow: the caller must not wait for it
    store.save_later("doc", "typed 😀", None)
    assert writes.started.wait(5)
    assert _saved(store) == {}  # still writing, and we are back already
    writes.release.set()
    assert store.flush()
    assert _saved(store) == {"doc": "typed 😀"}
    assert writes.threads and all(thread is not threading.main_thread() for thread in writes.threads)


def test_an_older_snapshot_never_overwrites_a_newer_one(writes: _SlowWrites) -> None:
    store = AutosaveStore()
    writes.release.clear()
    store.save_later("doc", "v0", None)
    assert writes.started.wait(5)  # v0 is being written; the next ones wait behind it
    for version in range(1, 50):
        store.save_later("doc", f"v{version}", None)
        store.save_later("other", f"o{version}", None)
    writes.release.set()
    assert store.flush()
    assert _saved(store) == {"doc": "v49", "other": "o49"}
    doc_writes = [text for text in writes.texts if text.startswith("v")]
    assert doc_writes == sorted(doc_writes, key=lambda text: int(text[1:]))  # in order
    assert len(doc_writes) < 50  # waiting snapshots were replaced, not all written


def test_a_save_now_is_not_overwritten_by_an_older_waiting_snapshot(writes: _SlowWrites) -> None:
    store = AutosaveStore()
    writes.release.clear()
    store.save_later("busy", "x", None)
    assert writes.started.wait(5)
    store.save_later("doc", "older", None)  # waits behind "busy"
    writes.release.set()
    store.save("doc", "newer", None)
    assert store.flush()
    assert _saved(store)["doc"] == "newer"


def test_a_clean_exit_waits_for_the_write_in_flight_and_leaves_nothing(writes: _SlowWrites) -> None:
    store = AutosaveStore()
    writes.release.clear()
    store.save_later("doc", "in flight", None)
    assert writes.started.wait(5)
    store.save_later("doc2", "waiting", None)
    threading.Timer(0.2, writes.release.set).start()
    store.mark_clean_exit()
    assert store.flush()
    time.sleep(0.05)  # a stray write would come now
    assert not store.session_folder.exists()  # nothing came back to look like a crashed run
    assert AutosaveStore().recoverable() == []


def test_discard_drops_a_waiting_snapshot(writes: _SlowWrites) -> None:
    store = AutosaveStore()
    writes.release.clear()
    store.save_later("busy", "x", None)
    assert writes.started.wait(5)
    store.save_later("doc", "closed unsaved", None)
    threading.Timer(0.1, writes.release.set).start()
    store.discard("doc")
    assert store.flush()
    assert "doc" not in _saved(store)


def test_a_failed_write_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(path: Path, text: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(autosave_module, "write_text_atomic", failing)
    store = AutosaveStore()
    errors: list[OSError] = []
    store.save_later("doc", "text", None, on_error=errors.append)
    assert store.flush()
    assert [error.strerror for error in errors] == ["No space left on device"]
    store.save_later("doc", "again", None)  # the writer is still there for the next one
    assert store.flush()
