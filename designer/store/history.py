"""The history of sent cards: what went to whom, its message id, and whether it was deleted.

``history.jsonl`` in the data folder, one JSON object per line, append-only: a change to an
entry (a delete) appends the entry again, and the last line with an id wins. Appending never
rewrites what is there, so a crash can at worst cut the last line short; reading skips a line
that is not JSON (logged), and the next append starts on a fresh line. When the file holds
many more lines than entries, it is compacted (rewritten atomically with the latest state),
keeping the newest ``MAX_ENTRIES`` sends.
"""

from __future__ import annotations

import logging
import os
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from designer.store.atomic import write_text_atomic
from designer.store.paths import data_dir

log = logging.getLogger("designer.store")

FILE_NAME = "history.jsonl"
MAX_ENTRIES = 2000  # newest sends kept; older ones are dropped when the history is read
SendStatus = Literal["sent", "failed", "deleted", "delete_failed"]


def _now() -> datetime:
    return datetime.now(UTC)


class HistoryEntry(BaseModel):
    """One send (or failed send) of a card to one member of one chat."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    sent_at: datetime = Field(default_factory=_now)
    profile: str = Field(description='profile name, or "" when the credentials came from the environment')
    base_url: str
    chat_id: str
    chat_name: str | None = None
    recipient_kind: str = Field(description="open_id, user_id or email")
    recipient: str
    recipient_name: str | None = None
    message_id: str | None = None
    card: dict[str, Any]
    status: SendStatus
    error: str | None = None
    deleted_at: datetime | None = None

    @field_validator("sent_at", "deleted_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        # A line written by hand or by another tool may lack the zone; sorting naive and aware
        # times together raises, so a time without a zone is taken as UTC.
        return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


class UnknownEntry(LookupError):
    """No history entry has the id asked for."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown history entry"


_locks: dict[Path, threading.RLock] = {}
_locks_guard = threading.Lock()


def _lock_for(path: Path) -> threading.RLock:
    # The history view and the send worker may each hold a HistoryStore of the same file.
    with _locks_guard:
        return _locks.setdefault(path.resolve(), threading.RLock())


class HistoryStore:
    """Read and append the history; safe to share between threads.

    Raises ``UnknownEntry`` from ``update`` for an id that is not there, ``pydantic.ValidationError``
    for changes that do not fit ``HistoryEntry``, ``OSError`` when the file cannot be written.
    """

    def __init__(
        self, path: Path | None = None, *, compact_ratio: float = 2.0, keep: int = MAX_ENTRIES
    ) -> None:
        self._path = path
        self._compact_ratio = compact_ratio
        self._keep = keep

    @property
    def path(self) -> Path:
        return self._path if self._path is not None else data_dir() / FILE_NAME

    def append(self, entry: HistoryEntry) -> None:
        with _lock_for(self.path):
            self._append_line(entry)

    def entries(self) -> list[HistoryEntry]:
        """The latest state of every entry, newest send first."""
        with _lock_for(self.path):
            entries, line_count = self._read()
            # Reading parsed everything anyway: a good moment to drop superseded lines and
            # the oldest sends beyond ``keep`` (each holds a copy of its card, up to 30 KB).
            if len(entries) > self._keep or line_count > max(32, self._compact_ratio * len(entries)):
                entries = entries[: self._keep]
                self.compact(entries)
            return entries

    def get(self, entry_id: str) -> HistoryEntry | None:
        return next((e for e in self.entries() if e.id == entry_id), None)

    def find_message(self, message_id: str) -> HistoryEntry | None:
        return next((e for e in self.entries() if e.message_id == message_id), None)

    def update(self, entry_id: str, **changes: Any) -> HistoryEntry:
        """Change fields of the entry ``entry_id``; returns the new state."""
        with _lock_for(self.path):
            current = next((e for e in self._read()[0] if e.id == entry_id), None)
            if current is None:
                raise UnknownEntry(f"no history entry with id {entry_id!r}")
            changed = HistoryEntry.model_validate({**current.model_dump(), **changes, "id": entry_id})
            self._append_line(changed)
            return changed

    def mark_deleted(self, message_id: str, error: str | None = None) -> HistoryEntry | None:
        """Record a delete of ``message_id``: ``deleted`` (now), or ``delete_failed`` with ``error``.

        Returns the updated entry, or None when the message is not in the history (sent by
        another tool or another machine).
        """
        with _lock_for(self.path):
            current = next((e for e in self._read()[0] if e.message_id == message_id), None)
            if current is None:
                return None
            if error is None:
                return self.update(current.id, status="deleted", error=None, deleted_at=_now())
            return self.update(current.id, status="delete_failed", error=error)

    # -- the file ---------------------------------------------------------------------------

    def _read(self) -> tuple[list[HistoryEntry], int]:
        """(latest entries newest first, number of lines in the file)."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return [], 0
        latest: dict[str, HistoryEntry] = {}
        lines = raw.split(b"\n")
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                entry = HistoryEntry.model_validate_json(line)
            except ValidationError as exc:
                last = number == len(lines)
                log.warning(
                    "%s:%d: skipped a %s line (%s)",
                    self.path,
                    number,
                    "cut-off last" if last else "damaged",
                    exc.errors()[0]["msg"],
                )
                continue
            latest.pop(entry.id, None)
            latest[entry.id] = entry
        entries = sorted(latest.values(), key=lambda e: e.sent_at, reverse=True)
        return entries, sum(1 for line in lines if line.strip())

    def _append_line(self, entry: HistoryEntry) -> None:
        path = self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        line = entry.model_dump_json().encode("utf-8") + b"\n"
        with open(path, "ab") as handle:
            # After a crash mid-write the file may end inside a line: start a fresh one, so
            # the new entry is not glued to the broken fragment.
            if handle.tell() > 0:
                with open(path, "rb") as reader:
                    reader.seek(-1, os.SEEK_END)
                    if reader.read(1) != b"\n":
                        line = b"\n" + line
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())

    def compact(self, entries: list[HistoryEntry] | None = None) -> None:
        """Rewrite the file with one line per entry (oldest first), atomically."""
        with _lock_for(self.path):
            if entries is None:
                entries = self._read()[0]
            text = "".join(entry.model_dump_json() + "\n" for entry in reversed(entries))
            write_text_atomic(self.path, text)
