"""Autosave of open documents, and recovery of what a crashed or killed run left behind.

Each run (``AutosaveStore``) owns a session folder ``autosave/<session>/`` in the data folder,
holding ``session.json`` (our pid and the process start time) and one JSON file per open
document, rewritten atomically on every ``save``. A clean exit deletes the folder
(``mark_clean_exit``), so a session folder whose process is gone means that run crashed or
was killed: its documents are ``recoverable()`` until the user restores or ``discard``s them.

The window saves ``SAVE_AFTER_CHANGE_MS`` after a change (the first of a burst): typing is kept
at least that often while it goes on, and within that time of its last key, so a crash or a kill
loses at most about that much typing. It hands the text over with ``save_later``: the write (13 ms
with its fsync) runs on a writer thread, never on the GUI thread that takes the snapshot.

Within one process, a session whose ``AutosaveStore`` no longer exists counts as ended too
(a window closed without a clean exit, as tests simulate a crash).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import sys
import threading
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from designer.store.atomic import write_text_atomic
from designer.store.paths import data_dir

log = logging.getLogger("designer.store")

LOCK_NAME = "session.json"
# Unsaved typing a crash may lose; also how often a document being typed into is written.
SAVE_AFTER_CHANGE_MS = 1000

# Sessions of this process whose store is still alive (weak: a dropped store has ended).
_live_sessions: weakref.WeakValueDictionary[str, AutosaveStore] = weakref.WeakValueDictionary()


@dataclass(frozen=True, slots=True)
class Recovered:
    """An autosaved document left by a run that did not exit cleanly."""

    doc_id: str
    text: str
    file_path: str | None
    saved_at: datetime
    source: Path  # the autosave file, for messages


def process_start_marker(pid: int) -> str | None:
    """Something that tells this process apart from a later one with the same pid.

    On Linux, the start time in clock ticks (field 22 of /proc/<pid>/stat); elsewhere None
    (then a live pid is trusted to be the same run).
    """
    if not sys.platform.startswith("linux"):
        return None
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name (field 2) may contain spaces and parentheses: split after its last ")".
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else None


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """A document's text as the window handed it over, numbered in the order given."""

    number: int
    text: str
    file_path: str | None
    on_error: Callable[[OSError], None] | None


def _doc_file_name(doc_id: str) -> str:
    # doc ids may hold any character (paths, "untitled-3"): hash them into a safe file name.
    return hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:32] + ".json"


class AutosaveStore:
    """Autosaves of this run, and the ones that earlier runs left behind.

    Raises ``OSError`` from ``save`` when the data folder cannot be written.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else data_dir() / "autosave"
        self.session_id = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self.session_folder = self.folder / self.session_id
        # Two locks, so handing a snapshot over never waits for a write (13 ms with its fsync;
        # far more on a slow disk): ``_lock`` guards the queue and is held for moments only,
        # ``_files`` serialises everything that touches the files.
        self._lock = threading.Lock()
        self._files = threading.Lock()
        self._idle = threading.Condition(self._lock)  # notified when the writer thread ends
        # Snapshots handed to ``save_later`` and not taken by the writer yet, oldest first, at
        # most one per document (a newer snapshot replaces the waiting one).
        self._pending: dict[str, _Snapshot] = {}
        self._writer: threading.Thread | None = None
        self._counter = 0  # numbers every snapshot, discard and clean exit, in the order made
        # (under _files) The newest number written or discarded per document, and the number
        # of the last clean exit: a snapshot not newer than these is stale and never written.
        self._done: dict[str, int] = {}
        self._floor = 0
        self._session_written = False
        _live_sessions[self.session_id] = self

    def _ensure_session(self) -> None:
        if self._session_written:
            return
        lock = {
            "pid": os.getpid(),
            "started": process_start_marker(os.getpid()),
            "session": self.session_id,
            "created_at": datetime.now(UTC).isoformat(),
        }
        write_text_atomic(self.session_folder / LOCK_NAME, json.dumps(lock) + "\n")
        self._session_written = True

    def save(self, doc_id: str, text: str, file_path: str | None) -> None:
        """Keep ``text`` of document ``doc_id`` (``file_path`` None while untitled), now."""
        with self._lock:
            self._pending.pop(doc_id, None)  # older than this text: never written after it
            number = self._next_number()
        with self._files:
            self._write_if_newest(_Snapshot(number, text, file_path, None), doc_id)

    def save_later(
        self,
        doc_id: str,
        text: str,
        file_path: str | None,
        on_error: Callable[[OSError], None] | None = None,
    ) -> None:
        """``save`` on the writer thread; returns at once. The snapshots of a document are
        written in the order they were given (one still waiting is replaced by a newer one), so
        an older text never overwrites a newer one. ``on_error`` is called on the writer thread
        when the write fails."""
        with self._lock:
            self._pending.pop(doc_id, None)  # re-inserted last: the order of the snapshots
            self._pending[doc_id] = _Snapshot(self._next_number(), text, file_path, on_error)
            if self._writer is None:
                # A thread per burst of saves, ending when nothing waits: an idle one would keep
                # the store alive, and a dropped store is how this process tells an ended session.
                self._writer = threading.Thread(target=self._write_pending, name="autosave", daemon=True)
                self._writer.start()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every snapshot given to ``save_later`` is written (False: timed out)."""
        with self._lock:
            return self._idle.wait_for(lambda: self._writer is None, timeout)

    def _next_number(self) -> int:
        self._counter += 1
        return self._counter

    def _write_pending(self) -> None:
        try:
            while True:
                with self._lock:
                    if not self._pending:
                        return
                    doc_id = next(iter(self._pending))
                    snapshot = self._pending.pop(doc_id)
                try:
                    with self._files:
                        self._write_if_newest(snapshot, doc_id)
                except OSError as exc:
                    if snapshot.on_error is not None:
                        snapshot.on_error(exc)
        finally:  # also if the thread dies: flush() must not wait for it
            with self._lock:
                self._writer = None
                self._idle.notify_all()

    def _write_if_newest(self, snapshot: _Snapshot, doc_id: str) -> None:
        """Write ``snapshot`` unless something newer was written or discarded (holding _files)."""
        if snapshot.number <= max(self._floor, self._done.get(doc_id, 0)):
            return
        self._write(doc_id, snapshot.text, snapshot.file_path)
        self._done[doc_id] = snapshot.number

    def _write(self, doc_id: str, text: str, file_path: str | None) -> None:
        """Write one snapshot (the caller holds the lock)."""
        record = {
            "doc_id": doc_id,
            "file_path": file_path,
            "saved_at": datetime.now(UTC).isoformat(),
            "text": text,
        }
        self._ensure_session()
        # json's default \u escapes keep any text, even a lone surrogate from an editor.
        write_text_atomic(
            self.session_folder / _doc_file_name(doc_id),
            json.dumps(record),
        )

    def discard(self, doc_id: str) -> None:
        """Forget ``doc_id``: our autosave of it (saved or closed) and any copy from an ended run."""
        with self._lock:
            self._pending.pop(doc_id, None)  # a snapshot still waiting would bring it back
            number = self._next_number()
        with self._files:
            self._done[doc_id] = number  # one taken by the writer already is stale now
            name = _doc_file_name(doc_id)
            with contextlib.suppress(FileNotFoundError):
                (self.session_folder / name).unlink()
            for session in self._ended_sessions():
                with contextlib.suppress(FileNotFoundError):
                    (session / name).unlink()
                self._remove_if_empty(session)

    def discard_all_recovered(self) -> None:
        """The user declined to restore: delete everything ended runs left."""
        with self._files:
            for session in self._ended_sessions():
                shutil.rmtree(session, ignore_errors=True)

    def mark_clean_exit(self) -> None:
        """This run ends normally: nothing of it needs recovering."""
        with self._lock:
            self._pending.clear()
            number = self._next_number()
        with self._files:  # after the write in flight, if any
            # Nothing written after the folder goes (it would look like a crashed run's).
            self._floor = number
            shutil.rmtree(self.session_folder, ignore_errors=True)
            self._session_written = False
            _live_sessions.pop(self.session_id, None)

    def recoverable(self) -> list[Recovered]:
        """Documents left by runs that did not exit cleanly, most recently saved first."""
        found: list[Recovered] = []
        with self._files:
            for session in self._ended_sessions():
                for path in sorted(session.glob("*.json")):
                    if path.name == LOCK_NAME:
                        continue
                    item = _read_autosave(path)
                    if item is not None:
                        found.append(item)
                self._remove_if_empty(session)
        found.sort(key=lambda item: item.saved_at, reverse=True)
        return found

    # -- sessions ----------------------------------------------------------------------------

    def _ended_sessions(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return [
            session
            for session in sorted(self.folder.iterdir())
            if session.is_dir() and session != self.session_folder and not self._session_alive(session)
        ]

    def _session_alive(self, session: Path) -> bool:
        try:
            lock: Any = json.loads((session / LOCK_NAME).read_text(encoding="utf-8"))
            pid = int(lock["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            return False  # no readable lock: the run died while creating it
        if pid == os.getpid():
            return session.name in _live_sessions
        if not pid_alive(pid):
            return False
        started = lock.get("started")
        current = process_start_marker(pid)
        # Same pid but a different start time: the pid was reused by another process.
        return started is None or current is None or started == current

    def _remove_if_empty(self, session: Path) -> None:
        if not any(path.name != LOCK_NAME for path in session.iterdir()):
            shutil.rmtree(session, ignore_errors=True)


def _aware(moment: datetime) -> datetime:
    """A time without a zone (a damaged or hand-made file) is taken as UTC, so sorting works."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _read_autosave(path: Path) -> Recovered | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        file_path = data.get("file_path")
        return Recovered(
            doc_id=str(data["doc_id"]),
            text=str(data["text"]),
            file_path=file_path if isinstance(file_path, str) else None,
            saved_at=_aware(datetime.fromisoformat(data["saved_at"])),
            source=path,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        # Written atomically, so this is damage from outside: say so, keep the file.
        log.warning("%s: not a readable autosave (%s); left in place", path, exc)
        return None
