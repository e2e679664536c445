"""The history of sent cards: what went to whom, its message id, and what became of it.

Two kinds of entries (``kind``): an ephemeral card shown to one member (it can be deleted), and
a card posted to the whole chat (``group``: it can be updated in place while it is a shared card
younger than 14 days, and recalled within 24 hours). ``actions_now(entry)`` is the one place
that says what can still be done to an entry; lines written before kinds existed load as
ephemeral sends.

``history.jsonl`` in the data folder, one JSON object per line, append-only: a change to an
entry (a delete) appends the entry again, and the last line with an id wins. Appending never
rewrites what is there, so a crash can at worst cut the last line short; reading skips a line
that is not JSON (logged), and the next append starts on a fresh line.

Several processes may write the file at once (two windows, the CLI, a bulk send): every write
holds the file lock (``history.jsonl.lock``), so a compaction, which rewrites the file
atomically with the latest state, re-reads it under that lock and can never drop a line another
process appended meanwhile. Compaction happens only on the write path: when the file holds more
than ``compact_ratio`` times ``MAX_ENTRIES`` lines (checked by every writing process, one CLI send
as well as a window), or has grown ``compact_ratio`` times since this store last compacted (so its
cost stays proportional to what was appended); it removes superseded lines and keeps the newest
``MAX_ENTRIES`` sends. Reading never rewrites the file.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    ValidationError,
    field_validator,
)

from designer.cards import is_shared_card
from designer.errors import DesignerError
from designer.feishu._constants import RECALL_WINDOW, UPDATE_WINDOW
from designer.messages import Message, Text, message_data, message_from_data
from designer.recipients import RecipientKind, SendKind
from designer.store._filelock import file_lock
from designer.store.atomic import write_text_atomic
from designer.store.paths import data_dir

log = logging.getLogger("designer.store")

FILE_NAME = "history.jsonl"
MAX_ENTRIES = 2000  # newest sends kept; older ones are dropped when the file is compacted
# No compaction below this many lines: rewriting a small file saves nothing worth the write.
MIN_COMPACT_LINES = 64

NO_ENTRY = Text("no history entry with id {entry_id}")


class SendStatus(StrEnum):
    """The state of one history entry; the file holds the values, so older files read the same."""

    SENT = "sent"
    FAILED = "failed"
    DELETED = "deleted"
    DELETE_FAILED = "delete_failed"
    RECALLED = "recalled"
    RECALL_FAILED = "recall_failed"


class Action(StrEnum):
    """What can be done to a sent card afterwards."""

    DELETE = "delete"
    UPDATE = "update"
    RECALL = "recall"


def _now() -> datetime:
    return datetime.now(UTC)


def _read_words(value: object) -> str | None:
    return None if value is None else message_from_data(value)


def _kept_words(value: str | None) -> str | dict[str, Any] | None:
    return None if value is None else message_data(value)


# What went wrong, kept in no one's language: a core ``Message`` is written as its id and
# parameters (a Feishu failure's code and msg among them, as data) and read back as a Message,
# which whoever shows the entry words in their language (the window its own, a command the
# locale's). Plain text (a line written before, or a failure no Message says) stays as it is.
RecordedWords = Annotated[str | None, PlainValidator(_read_words), PlainSerializer(_kept_words)]


class HistoryEntry(BaseModel):
    """One send (or failed send): an ephemeral card to one member of a chat, or (``kind`` group)
    a card posted to the whole chat, then updated (``card`` is the latest, ``updated_at``) or
    recalled."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    sent_at: datetime = Field(default_factory=_now)
    profile: str = Field(description='profile name, or "" when the credentials came from the environment')
    base_url: str
    chat_id: str
    chat_name: str | None = None
    kind: SendKind = SendKind.EPHEMERAL  # lines from before group posts have none: ephemeral sends
    recipient_kind: RecipientKind | None = Field(
        default=None, description="open_id, user_id or email; none for a group post"
    )
    recipient: str = ""
    recipient_name: str | None = None
    message_id: str | None = None
    card: dict[str, Any]
    status: SendStatus
    error: RecordedWords = None
    deleted_at: datetime | None = None
    updated_at: datetime | None = None  # a group post's last update in place
    recalled_at: datetime | None = None

    @field_validator("sent_at", "deleted_at", "updated_at", "recalled_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        # A line written by hand or by another tool may lack the zone; sorting naive and aware
        # times together raises, so a time without a zone is taken as UTC.
        return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


# Why an action cannot be done now (a tooltip in the history; translated where shown).
DELETED_ALREADY = Text("it was deleted already")
WAS_RECALLED = Text("it was recalled")
RECALLED_ALREADY = Text("it was recalled already")
NOT_SHARED = Text(
    'it is not a shared card (its config has no "update_multi": true): recall it and post again'
)
TOO_OLD_TO_UPDATE = Text("Feishu updates a card only within 14 days of posting it")
TOO_OLD_TO_RECALL = Text("a message can be recalled only within 24 hours")


def actions_now(entry: HistoryEntry, now: datetime | None = None) -> dict[Action, Message | None]:
    """What can be done to ``entry`` at ``now`` (default: the clock): each action that applies to
    its kind, mapped to None when it can be done, else the reason it cannot (for a tooltip).

    Ephemeral cards are deleted; group posts are updated in place (a shared card, within 14
    days) and recalled (within 24 hours, the tenant's default) [docs/feishu/messages.md]. An
    entry without a message id (the send failed) offers nothing.
    """
    if entry.message_id is None:
        return {}
    if entry.kind == SendKind.EPHEMERAL:
        return {Action.DELETE: DELETED_ALREADY() if entry.status == SendStatus.DELETED else None}
    if entry.status == SendStatus.RECALLED:
        return {Action.UPDATE: WAS_RECALLED(), Action.RECALL: RECALLED_ALREADY()}
    age = (now or _now()) - entry.sent_at
    update: Message | None = None
    if not is_shared_card(entry.card):
        update = NOT_SHARED()
    elif age > timedelta(seconds=UPDATE_WINDOW):
        update = TOO_OLD_TO_UPDATE()
    recall = None if age <= timedelta(seconds=RECALL_WINDOW) else TOO_OLD_TO_RECALL()
    return {Action.UPDATE: update, Action.RECALL: recall}


def group_post_entry(
    profile: str,
    base_url: str,
    chat_id: str,
    chat_name: str | None,
    card: dict[str, Any],
    *,
    message_id: str | None = None,
    sent_at: datetime | None = None,
    error: str | None = None,
) -> HistoryEntry:
    """The history line of a card posted to a whole chat (``error``: the post failed)."""
    return HistoryEntry(
        profile=profile,
        base_url=base_url,
        chat_id=chat_id,
        chat_name=chat_name,
        kind=SendKind.GROUP,
        message_id=message_id,
        card=card,
        status=SendStatus.FAILED if error is not None else SendStatus.SENT,
        error=error,
        **({"sent_at": sent_at} if sent_at is not None else {}),
    )


class UnknownEntry(DesignerError, LookupError):
    """No history entry has the id asked for."""


class HistoryStore:
    """Read and append the history; safe to share between threads.

    Raises ``UnknownEntry`` from ``update`` for an id that is not there, ``pydantic.ValidationError``
    for changes that do not fit ``HistoryEntry``, ``OSError`` when the file cannot be written.
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        compact_ratio: float = 2.0,
        keep: int = MAX_ENTRIES,
        min_compact_lines: int = MIN_COMPACT_LINES,
    ) -> None:
        self._path = path
        self._compact_ratio = compact_ratio
        self._keep = keep
        self._min_compact_lines = min_compact_lines
        # Lines in the file as this store counts them (None: not counted yet; other processes'
        # appends are not seen until the next count) and the count at which an append next
        # checks whether compaction is due: counting is cheap, parsing every line is not.
        self._lines: int | None = None
        self._check_at = 0

    @property
    def path(self) -> Path:
        return self._path if self._path is not None else data_dir() / FILE_NAME

    @contextmanager
    def _writing(self) -> Iterator[None]:
        # One writer at a time across threads and processes: an append during a compaction
        # would otherwise go to the file the compaction is about to replace, and be lost.
        path = self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        with file_lock(path):
            yield

    def append(self, entry: HistoryEntry) -> None:
        with self._writing():
            self._append_line(entry)

    def entries(self) -> list[HistoryEntry]:
        """The latest state of the newest ``keep`` entries, newest send first. Never writes."""
        return self._read()[0][: self._keep]

    def get(self, entry_id: str) -> HistoryEntry | None:
        return next((e for e in self.entries() if e.id == entry_id), None)

    def find_message(self, message_id: str) -> HistoryEntry | None:
        return next((e for e in self.entries() if e.message_id == message_id), None)

    def update(self, entry_id: str, **changes: Any) -> HistoryEntry:
        """Change fields of the entry ``entry_id``; returns the new state."""
        with self._writing():
            current = next((e for e in self._read()[0] if e.id == entry_id), None)
            if current is None:
                raise UnknownEntry(NO_ENTRY(entry_id=repr(entry_id)))
            changed = HistoryEntry.model_validate({**current.model_dump(), **changes, "id": entry_id})
            self._append_line(changed)
            return changed

    def mark_deleted(self, message_id: str, error: str | None = None) -> HistoryEntry | None:
        """Record a delete of ``message_id``: ``deleted`` (now), or ``delete_failed`` with ``error``.

        Returns the updated entry, or None when the message is not in the history (sent by
        another tool or another machine). An entry already deleted stays as it is (the
        service's "already deleted" answer does not move its time of deletion).
        """
        with self._writing():
            current = next((e for e in self._read()[0] if e.message_id == message_id), None)
            if current is None or current.status is SendStatus.DELETED:
                return current
            if error is None:
                return self.update(current.id, status=SendStatus.DELETED, error=None, deleted_at=_now())
            return self.update(current.id, status=SendStatus.DELETE_FAILED, error=error)

    def record_update(
        self, message_id: str, card: dict[str, Any], error: str | None = None
    ) -> HistoryEntry | None:
        """Record an update in place of the group post ``message_id``: its card is now ``card``
        (or, with ``error``, the update failed and the card is unchanged). None: not in the history."""
        with self._writing():
            current = next((e for e in self._read()[0] if e.message_id == message_id), None)
            if current is None:
                return None
            if error is None:
                return self.update(current.id, card=card, updated_at=_now(), error=None)
            return self.update(current.id, error=error)

    def mark_recalled(self, message_id: str, error: str | None = None) -> HistoryEntry | None:
        """Record a recall of ``message_id``: ``recalled`` (now), or ``recall_failed`` with ``error``."""
        with self._writing():
            current = next((e for e in self._read()[0] if e.message_id == message_id), None)
            if current is None:
                return None
            if error is None:
                return self.update(current.id, status=SendStatus.RECALLED, error=None, recalled_at=_now())
            return self.update(current.id, status=SendStatus.RECALL_FAILED, error=error)

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
        """Append one line (the caller holds the write lock), then compact when it is due."""
        path = self.path
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
        if self._lines is None:
            self._count_lines()
        else:
            self._lines += 1
        assert self._lines is not None
        if self._lines >= self._check_at:
            self.compact(only_if_due=True)

    def _count_lines(self) -> None:
        try:
            self._lines = self.path.read_bytes().count(b"\n")
        except FileNotFoundError:
            self._lines = 0
        # Far beyond what compaction keeps: due now, whoever let it grow (other processes).
        limit = int(self._compact_ratio * self._keep)
        self._check_at = min(limit, max(self._min_compact_lines, int(self._compact_ratio * self._lines)))

    def compact(self, *, only_if_due: bool = False) -> bool:
        """Rewrite the file with one line per entry (oldest first), keeping the newest ``keep``.

        Holds the write lock and reads the file under it, so every line appended before (by
        any process) is in the result. ``only_if_due``: only when the file holds more than
        ``keep`` entries or ``compact_ratio`` times more lines than entries. True when rewritten.
        """
        with self._writing():
            entries, line_count = self._read()
            due = len(entries) > self._keep or line_count > self._compact_ratio * len(entries)
            rewrite = line_count > 0 and (due or not only_if_due)
            if rewrite:
                kept = entries[: self._keep]
                write_text_atomic(self.path, "".join(e.model_dump_json() + "\n" for e in reversed(kept)))
            self._count_lines()
            return rewrite
