"""Who an open_id is: a small cache of chat members' names, kept between runs (no Qt).

A callback names the person who clicked only by ids (``operator.open_id``); the send history
knows the people cards were sent to, not everyone in a chat who may click a posted card. The
window's member loads (the Send pane's member list, and the callback's chat loaded on
demand) fill this cache; the Callbacks pane and ``card-designer listen`` read it.

Keyed by the app id: an open_id is an app's own id for a person (Feishu gives each app a
different one), so every profile of the same app shares its names, and no other app's are
mixed in. At most ``MAX_PER_APP`` names per app are kept, the most recently seen. The file
(``member-names.json`` in the data folder) is written whole and atomically, under the
store's file lock, and only when a load brought a name not known yet; an unreadable file
reads as empty (the cache is only a convenience: it is rebuilt by the next loads).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Protocol

from designer.store._filelock import file_lock
from designer.store.atomic import write_text_atomic
from designer.store.paths import data_dir

__all__ = ["FILE_NAME", "MAX_PER_APP", "known_name", "remember_member_names", "remember_names"]

log = logging.getLogger("designer.store")

FILE_NAME = "member-names.json"
MAX_PER_APP = 5000


def _file(path: Path | None) -> Path:
    return path if path is not None else data_dir() / FILE_NAME


def _read(path: Path) -> dict[str, dict[str, str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("member names: %s is unreadable (%s); starting afresh", path, error)
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        app: {k: v for k, v in names.items() if isinstance(k, str) and isinstance(v, str)}
        for app, names in data.items()
        if isinstance(app, str) and isinstance(names, dict)
    }


def remember_names(app_id: str, names: Mapping[str, str], path: Path | None = None) -> None:
    """Keep ``names`` (open_id -> name) for ``app_id``'s members. Blocks on the disk: worker
    threads and the command line only. Raises ``OSError`` when the file cannot be written."""
    fresh = {open_id: name for open_id, name in names.items() if open_id and name}
    if not app_id or not fresh:
        return
    target = _file(path)
    with file_lock(target):
        data = _read(target)
        known = data.get(app_id, {})
        if len(known) < MAX_PER_APP and all(known.get(open_id) == name for open_id, name in fresh.items()):
            # Nothing new and nobody to evict: the file stays as it is (a chat shown again
            # writes nothing). Once full, names seen again move last, so the evicted are those
            # not seen for longest, not the earliest added.
            return
        for open_id in fresh:
            known.pop(open_id, None)  # re-inserted below: the most recently seen come last
        known.update(fresh)
        if len(known) > MAX_PER_APP:
            known = dict(list(known.items())[-MAX_PER_APP:])
        data[app_id] = known
        write_text_atomic(target, json.dumps(data, ensure_ascii=False, indent=0))


def known_name(app_id: str, open_id: str, path: Path | None = None) -> str:
    """The name last seen for ``open_id`` in ``app_id``'s chats, or "" (blocks on the disk)."""
    if not app_id or not open_id:
        return ""
    return _read(_file(path)).get(app_id, {}).get(open_id, "")


class _Named(Protocol):
    """A chat member as the client gives it (``designer.feishu.Member``; the store may not import it)."""

    @property
    def member_id(self) -> str: ...
    @property
    def member_id_type(self) -> str: ...
    @property
    def name(self) -> str: ...


def remember_member_names(app_id: str, members: Iterable[_Named], path: Path | None = None) -> None:
    """``remember_names`` for a page of chat members (those listed by open_id); a file that
    cannot be written is logged, never raised: the load that fills the cache goes on."""
    names = {m.member_id: m.name for m in members if m.member_id_type == "open_id"}
    try:
        remember_names(app_id, names, path)
    except OSError as error:
        log.warning("member names: not kept (%s)", error)
