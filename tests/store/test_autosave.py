"""Autosave and recovery after a crash: a killed process, a dead pid, a reused pid, in-process."""

from __future__ import annotations

import gc
import json
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from designer.store.autosave import LOCK_NAME, AutosaveStore, process_start_marker


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_nothing_to_recover_on_a_first_start(tmp_path: Path) -> None:
    store = AutosaveStore()
    assert store.folder == tmp_path / "xdg/xdg_data_home/card-designer/autosave"
    assert store.recoverable() == []


def test_a_killed_process_leaves_its_documents_recoverable(tmp_path: Path) -> None:
    folder = tmp_path / "autosave"
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from designer.store.autosave import AutosaveStore\n"
        "store = AutosaveStore(Path(sys.argv[1]))\n"
        "store.save('doc-1', '{\"elements\": []}', '/cards/a.json')\n"
        "store.save('untitled-2', '{\"header\": {}}  // 未保存', None)\n"
        "store.save('doc-1', '{\"elements\": [1]}', '/cards/a.json')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(folder)], timeout=60, check=False)
    assert result.returncode == -signal.SIGKILL
    store = AutosaveStore(folder)
    found = {item.doc_id: item for item in store.recoverable()}
    assert set(found) == {"doc-1", "untitled-2"}
    assert found["doc-1"].text == '{"elements": [1]}' and found["doc-1"].file_path == "/cards/a.json"
    assert found["untitled-2"].text.endswith("未保存") and found["untitled-2"].file_path is None
    # Still offered until the user decides ...
    assert len(store.recoverable()) == 2
    store.discard("doc-1")
    assert [item.doc_id for item in store.recoverable()] == ["untitled-2"]
    store.discard("untitled-2")
    assert store.recoverable() == []
    assert list(folder.iterdir()) == []  # the dead session's folder is gone


def test_a_clean_exit_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "autosave"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from designer.store.autosave import AutosaveStore\n"
        "store = AutosaveStore(Path(sys.argv[1]))\n"
        "store.save('doc-1', 'text', None)\n"
        "store.mark_clean_exit()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(folder)], timeout=60, check=True)
    assert AutosaveStore(folder).recoverable() == []


def test_session_lock_of_a_dead_pid(tmp_path: Path) -> None:
    folder = tmp_path / "autosave"
    store = AutosaveStore(folder)
    store.save("doc", "saved text", "/x.json")
    lock = store.session_folder / LOCK_NAME
    data = json.loads(lock.read_text())
    data["pid"] = _dead_pid()
    lock.write_text(json.dumps(data))
    newcomer = AutosaveStore(folder)
    assert [item.text for item in newcomer.recoverable()] == ["saved text"]


def test_a_reused_pid_is_not_mistaken_for_the_old_run(tmp_path: Path) -> None:
    folder = tmp_path / "autosave"
    session = folder / "old"
    session.mkdir(parents=True)
    # Linux (the CI machine): start times come from /proc.
    # A live pid (our parent) but a start time that is not its own: the pid was reused.
    parent = os.getppid()
    assert process_start_marker(parent) is not None
    (session / LOCK_NAME).write_text(json.dumps({"pid": parent, "started": "1"}))
    (session / "x.json").write_text(
        json.dumps({"doc_id": "d", "file_path": None, "saved_at": "2026-01-01T00:00:00+00:00", "text": "t"})
    )
    assert [item.doc_id for item in AutosaveStore(folder).recoverable()] == ["d"]
    # With its real start time, the run is still going: not offered.
    (session / LOCK_NAME).write_text(json.dumps({"pid": parent, "started": process_start_marker(parent)}))
    assert AutosaveStore(folder).recoverable() == []


def test_in_process_a_live_store_is_not_recovered_but_a_dropped_one_is(tmp_path: Path) -> None:
    folder = tmp_path / "autosave"
    first = AutosaveStore(folder)
    first.save("doc", "window one", None)
    second = AutosaveStore(folder)
    assert second.recoverable() == []  # two windows of one running app
    del first
    gc.collect()
    assert [item.text for item in second.recoverable()] == ["window one"]


def test_a_damaged_autosave_is_reported_and_kept(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "autosave"
    session = folder / "gone"
    session.mkdir(parents=True)
    (session / "bad.json").write_text("{")
    with caplog.at_level(logging.WARNING, logger="designer.store"):
        assert AutosaveStore(folder).recoverable() == []
    assert "not a readable autosave" in caplog.text
    assert (session / "bad.json").exists()


def test_discard_all_recovered(tmp_path: Path) -> None:
    folder = tmp_path / "autosave"
    first = AutosaveStore(folder)
    first.save("a", "1", None)
    first.save("b", "2", None)
    del first
    gc.collect()
    store = AutosaveStore(folder)
    store.save("mine", "3", None)
    store.discard_all_recovered()
    assert store.recoverable() == []
    assert [p.name for p in folder.iterdir()] == [store.session_id]


def test_any_text_survives_the_round_trip(tmp_path: Path) -> None:
    folder = tmp_path / "autosave"
    first = AutosaveStore(folder)
    text = '{"t": "中文 emoji 😀 and a lone surrogate \ud800"}'
    first.save("doc", text, "/路径/卡片.json")
    del first
    gc.collect()
    [item] = AutosaveStore(folder).recoverable()
    assert (item.text, item.file_path) == (text, "/路径/卡片.json")
