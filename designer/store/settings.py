"""The app's settings: one declared schema (pydantic), saved as versioned JSON with migrations.

``settings.json`` in the config folder holds ``{"version": N, ...fields}``. When the file is
older than ``VERSION``, the functions of ``MIGRATIONS`` bring it up step by step
(``MIGRATIONS[n - 1]`` turns version ``n`` into ``n + 1``). Reading never fails: a file that is
not JSON is moved aside (``settings.json.corrupt-<time>``) and a field with a bad value falls
back to its default; both are logged on ``designer.store``. No secret ever goes here.

Several parts of the app keep fields in the same file (the window its layout and preview, the
send features the recent chats per profile), so a part changes the file with
``update_settings(change)``: read, change, write at once, never a copy read long before.
A field added with a default (``ui_theme``) needs no version step: older files simply get
the default. Changing a default needs none either, as long as files always held the field:
``save_settings`` writes every field, so a file that has ``ui_theme`` keeps its choice.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from designer.recipients import RecipientKind
from designer.store._filelock import file_lock
from designer.store.atomic import write_text_atomic
from designer.store.paths import config_dir

log = logging.getLogger("designer.store")

FILE_NAME = "settings.json"
VERSION = 2
RECENT_LIMIT = 10

# The window's colours as the user chose them; "system" follows the desktop's light / dark scheme.
ThemeChoice = Literal["system", "light", "dark"]

T = TypeVar("T")


class RecentChat(BaseModel):
    """A chat recently sent to (``chat_id`` is ``oc_…``)."""

    model_config = ConfigDict(frozen=True)

    chat_id: str = Field(min_length=1)
    name: str | None = None


class RecentRecipient(BaseModel):
    """A member recently sent to, by the id kind the ephemeral API takes."""

    model_config = ConfigDict(frozen=True)

    kind: RecipientKind
    value: str = Field(min_length=1)
    name: str | None = None


class PreviewSettings(BaseModel):
    """The preview controls, as ``designer.render.RenderOptions`` takes them."""

    model_config = ConfigDict(validate_assignment=True)

    theme: Literal["light", "dark"] = Field("light", description="card colours")
    platform: Literal["desktop", "mobile"] = Field("desktop", description="client to imitate")
    width: Literal["auto", "compact", "default", "fill"] | int = Field(
        "auto", description="card width mode, or pixels"
    )
    language: str | None = Field(None, description="i18n language shown; None = the card's first")
    badge: bool = Field(True, description='draw the "only visible to you" badge')
    zoom: float = Field(1.0, ge=0.25, le=4.0)


class Settings(BaseModel):
    """Everything remembered between runs except profiles (``profiles.py``) and secrets (keyring)."""

    model_config = ConfigDict(validate_assignment=True, extra="ignore")

    version: int = Field(VERSION, description="schema version of the file")
    recent_files: list[str] = Field(default_factory=list, description="most recent first")
    recent_chats: dict[str, list[RecentChat]] = Field(
        default_factory=dict, description="per profile name, most recent first"
    )
    recent_recipients: dict[str, list[RecentRecipient]] = Field(
        default_factory=dict, description="per profile name, most recent first"
    )
    window_geometry: str = Field("", description="base64 of QWidget.saveGeometry()")
    window_state: str = Field("", description="base64 of QMainWindow.saveState()")
    preview: PreviewSettings = Field(default_factory=PreviewSettings)
    editor_font_size: int = Field(12, ge=6, le=48, description="points")
    last_template_dir: str = Field("", description="folder of the last template / card opened")
    ui_language: str | None = Field(None, description="None = the system language")
    ui_theme: ThemeChoice = Field(
        "system", description="colours of the window itself; system = the desktop's light / dark scheme"
    )

    def add_recent_file(self, path: str | os.PathLike[str]) -> None:
        """Put ``path`` (made absolute) first in ``recent_files``, without duplicates, keep 10."""
        entry = os.path.abspath(os.fspath(path))
        self.recent_files = _most_recent_first(entry, self.recent_files, key=lambda item: item)

    def remember_chat(self, profile: str, chat: Any) -> None:
        """Put ``chat`` first among ``profile``'s recent chats (keep 10).

        ``chat`` is a ``RecentChat``, a mapping or any object with ``chat_id`` and ``name``
        (``designer.feishu.Chat``). Raises ``pydantic.ValidationError`` when it has no chat id.
        """
        item = RecentChat.model_validate(_plain(chat, ("chat_id", "name")))
        chats = dict(self.recent_chats)
        chats[profile] = _most_recent_first(item, chats.get(profile, []), key=lambda c: c.chat_id)
        self.recent_chats = chats

    def remember_recipient(self, profile: str, recipient: Any) -> None:
        """Put ``recipient`` first among ``profile``'s recent recipients (keep 10).

        ``recipient`` is a ``RecentRecipient``, a mapping or an object with ``kind``, ``value``
        and ``name`` (``designer.feishu.Recipient``).
        """
        item = RecentRecipient.model_validate(_plain(recipient, ("kind", "value", "name")))
        recipients = dict(self.recent_recipients)
        recipients[profile] = _most_recent_first(
            item, recipients.get(profile, []), key=lambda r: (r.kind, r.value)
        )
        self.recent_recipients = recipients

    def remember_sends(self, profile: str, chats: Sequence[Any], recipients: Sequence[Any]) -> None:
        """Put the chats and recipients of a send first in ``profile``'s recent lists, the first
        given first (the window's and the command line's sends alike; see ``remember_chat``)."""
        for chat in reversed(chats):
            self.remember_chat(profile, chat)
        for recipient in reversed(recipients):
            self.remember_recipient(profile, recipient)

    def forget_profile(self, profile: str) -> None:
        """Drop what was remembered for a removed profile."""
        self.recent_chats = {k: v for k, v in self.recent_chats.items() if k != profile}
        self.recent_recipients = {k: v for k, v in self.recent_recipients.items() if k != profile}


def _plain(value: Any, fields: tuple[str, ...]) -> Any:
    if isinstance(value, BaseModel | dict):
        return value.model_dump() if isinstance(value, BaseModel) else value
    return {name: getattr(value, name, None) for name in fields}


def _most_recent_first(item: T, items: list[T], *, key: Callable[[T], object]) -> list[T]:
    return [item, *(other for other in items if key(other) != key(item))][:RECENT_LIMIT]


# -- migrations -----------------------------------------------------------------------------


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 (the first prototype) kept the preview options as flat ``preview_*`` keys and
    one list of recent chat ids for all profiles (the profile was then always ``default``)."""
    preview = dict(data["preview"]) if isinstance(data.get("preview"), dict) else {}
    for key in ("theme", "width", "language", "zoom"):
        if f"preview_{key}" in data:
            preview[key] = data.pop(f"preview_{key}")
    data["preview"] = preview
    old_chats = data.pop("recent_chat_ids", None)
    if isinstance(old_chats, list):
        data["recent_chats"] = {
            "default": [{"chat_id": chat_id} for chat_id in old_chats if isinstance(chat_id, str) and chat_id]
        }
    return data


MIGRATIONS: list[Callable[[dict[str, Any]], dict[str, Any]]] = [_v1_to_v2]
assert len(MIGRATIONS) == VERSION - 1, "one migration per version step"


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` of any older version brought to ``VERSION`` (a file without version is 1)."""
    version = data.get("version", 1)
    if not isinstance(version, int) or version < 1:
        version = 1
    while version < VERSION:
        data = MIGRATIONS[version - 1](dict(data))
        version += 1
        data["version"] = version
    return data


# -- load / save ----------------------------------------------------------------------------


def settings_path() -> Path:
    return config_dir() / FILE_NAME


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, migrated to the current version; defaults when there are none."""
    path = path if path is not None else settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    try:
        data = json.loads(raw.decode("utf-8"))  # UnicodeDecodeError is a ValueError too
        if not isinstance(data, dict):
            raise ValueError(f"expected an object, found {type(data).__name__}")
        if isinstance(data.get("version"), int) and data["version"] > VERSION:
            log.warning(
                "%s is from a newer Card Designer (version %s); unknown fields are ignored",
                path,
                data["version"],
            )
        data = migrate(data)
    except (ValueError, TypeError, AttributeError, KeyError) as exc:
        return _set_aside(path, exc)
    data["version"] = VERSION
    return _validate_keeping_good_fields(data, path)


def _set_aside(path: Path, problem: Exception) -> Settings:
    """Keep an unreadable file for the user to look at, and go on with the defaults."""
    backup = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        path.replace(backup)
    except OSError as exc:
        log.warning("%s could not be read (%s) nor moved aside (%s); using defaults", path, problem, exc)
        return Settings()
    log.warning("%s could not be read (%s); moved to %s, using defaults", path, problem, backup.name)
    return Settings()


def _validate_keeping_good_fields(data: dict[str, Any], path: Path) -> Settings:
    # A bad value in one field (edited by hand, or a bug) must not wipe all the others.
    for _ in range(len(data) + 1):
        try:
            return Settings.model_validate(data)
        except ValidationError as exc:
            bad = {str(error["loc"][0]) for error in exc.errors() if error["loc"]}
            for error in exc.errors():
                where = ".".join(str(part) for part in error["loc"])
                log.warning("%s: %s: %s; using the default", path, where, error["msg"])
            if not bad:
                break
            data = {key: value for key, value in data.items() if key not in bad}
    return Settings()


def update_settings(change: Callable[[Settings], None], path: Path | None = None) -> Settings:
    """Apply ``change`` to the settings as they are in the file now, save and return them.

    Raises ``OSError`` when the file cannot be written, and whatever ``change`` raises (then
    nothing is written).
    """
    # The window (GUI thread), the send session (a worker) and the CLI (another process) all
    # update the file: without the history's file lock (threads and processes), one
    # read-modify-write could undo the other's change.
    with file_lock(path if path is not None else settings_path()):
        settings = load_settings(path)
        change(settings)
        save_settings(settings, path)
        return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write ``settings`` atomically. Raises ``OSError`` when the folder is not writable."""
    path = path if path is not None else settings_path()
    text = json.dumps(settings.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    write_text_atomic(path, text)
