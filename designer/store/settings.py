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

import copy
import dataclasses
import json
import logging
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar, Literal, TypeVar, get_args

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
PreviewTheme = Literal["light", "dark"]
PreviewPlatform = Literal["desktop", "mobile"]
WidthMode = Literal["auto", "compact", "default", "fill"]

T = TypeVar("T")

# Why not pydantic (issue 10): these models are read before the window's first frame, and
# importing pydantic and building their schemas cost ~150 ms of a ~600 ms start. The checks are
# few and written out below; a bad value still raises ``pydantic.ValidationError`` (built only
# then, from ``pydantic_core``), so callers and messages are as before.


class _Invalid(Exception):
    """One bad value: where (field path) and what is wrong, turned into a ValidationError."""

    def __init__(self, loc: tuple[str | int, ...], message: str, value: object) -> None:
        super().__init__(message)
        self.loc, self.message, self.value = loc, message, value


def _validation_error(title: str, problems: list[_Invalid]) -> Exception:
    from pydantic_core import ValidationError  # only on a bad value: it costs ~100 ms to import

    return ValidationError.from_exception_data(
        title,
        [
            {"type": "value_error", "loc": p.loc, "input": p.value, "ctx": {"error": p.message}}
            for p in problems
        ],
    )


def _choice(options: tuple[str, ...]) -> Callable[[object], object]:
    def check(value: object) -> object:
        if isinstance(value, str) and value in options:
            return value
        raise ValueError("expected " + " or ".join(repr(o) for o in options) + f", got {value!r}")

    return check


def _text(*, min_length: int = 0, optional: bool = False) -> Callable[[object], object]:
    def check(value: object) -> object:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise ValueError(f"expected a string, got {value!r}")
        if len(value) < min_length:
            raise ValueError(f"expected at least {min_length} character(s)")
        return value

    return check


def _number(
    kind: type[int] | type[float], low: float | None = None, high: float | None = None
) -> Callable[[object], object]:
    def check(value: object) -> object:
        # bool is an int in Python, never a size; an int is a fine float (people write zoom 1).
        wanted = "an integer" if kind is int else "a number"
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (kind is int and isinstance(value, float))
        ):
            raise ValueError(f"expected {wanted}, got {value!r}")
        if (low is not None and value < low) or (high is not None and value > high):
            raise ValueError(f"expected from {low} to {high}, got {value!r}")
        return kind(value)

    return check


def _list_of(item: Callable[[object], object]) -> Callable[[object], object]:
    def check(value: object) -> object:
        if not isinstance(value, list):
            raise ValueError(f"expected a list, got {type(value).__name__}")
        return [item(entry) for entry in value]

    return check


def _recent_per_profile(model: Any) -> Callable[[object], object]:
    def check(value: object) -> object:
        if not isinstance(value, dict):
            raise ValueError(f"expected an object keyed by profile, got {type(value).__name__}")
        return {str(profile): _list_of(model.model_validate)(items) for profile, items in value.items()}

    return check


class _Model:
    """What the app uses of a pydantic model: checked fields (also on assignment),
    ``model_validate``, ``model_dump``, ``model_copy``, ``model_fields``."""

    _checks: ClassVar[dict[str, Callable[[object], object]]] = {}
    model_fields: ClassVar[dict[str, object]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.model_fields = dict.fromkeys(cls._checks)

    def __post_init__(self) -> None:
        # The frozen models' __init__ bypasses __setattr__: check (and convert) every field here.
        for name in type(self)._checks:
            _Model.__setattr__(self, name, getattr(self, name))

    def __setattr__(self, name: str, value: object) -> None:
        check = type(self)._checks.get(name)
        if check is not None:
            try:
                value = check(value)
            except _Invalid as exc:
                raise _validation_error(
                    type(self).__name__, [_Invalid((name, *exc.loc), exc.message, exc.value)]
                ) from None
            except ValueError as exc:
                raise _validation_error(type(self).__name__, [_Invalid((name,), str(exc), value)]) from None
        object.__setattr__(self, name, value)

    @classmethod
    def model_validate(cls: type[T], data: object) -> T:
        if isinstance(data, cls):
            return data
        if not isinstance(data, dict):
            raise ValueError(f"expected an object, got {type(data).__name__}")
        known = {key: value for key, value in data.items() if key in cls._checks}  # type: ignore[attr-defined]
        return cls(**known)

    def model_dump(self, mode: str = "python") -> dict[str, Any]:
        dumped = dataclasses.asdict(self)  # type: ignore[call-overload]
        return json.loads(json.dumps(dumped)) if mode == "json" else dumped  # type: ignore[no-any-return]

    def model_copy(self: T, *, deep: bool = False) -> T:
        return copy.deepcopy(self) if deep else copy.copy(self)


@dataclasses.dataclass(frozen=True)
class RecentChat(_Model):
    """A chat recently sent to (``chat_id`` is ``oc_…``)."""

    _checks: ClassVar[dict[str, Callable[[object], object]]] = {
        "chat_id": _text(min_length=1),
        "name": _text(optional=True),
    }

    chat_id: str
    name: str | None = None


def _recipient_kind(value: object) -> object:
    if isinstance(value, str) and value in RecipientKind.__members__.values():
        return RecipientKind(value)
    raise ValueError(
        "expected " + " or ".join(repr(kind.value) for kind in RecipientKind) + f", got {value!r}"
    )


@dataclasses.dataclass(frozen=True)
class RecentRecipient(_Model):
    """A member recently sent to, by the id kind the ephemeral API takes."""

    _checks: ClassVar[dict[str, Callable[[object], object]]] = {
        "kind": _recipient_kind,
        "value": _text(min_length=1),
        "name": _text(optional=True),
    }

    kind: RecipientKind
    value: str
    name: str | None = None


def _flag(value: object) -> object:
    if isinstance(value, bool):
        return value
    raise ValueError(f"expected true or false, got {value!r}")


def _width(value: object) -> object:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return _choice(get_args(WidthMode))(value)


@dataclasses.dataclass
class PreviewSettings(_Model):
    """The preview controls, as ``designer.render.RenderOptions`` takes them."""

    _checks: ClassVar[dict[str, Callable[[object], object]]] = {
        "theme": _choice(get_args(PreviewTheme)),  # card colours
        "platform": _choice(get_args(PreviewPlatform)),  # client to imitate
        "width": _width,  # card width mode, or pixels
        "language": _text(optional=True),  # i18n language shown; None = the card's first
        "badge": _flag,  # draw the "only visible to you" badge
        "zoom": _number(float, 0.25, 4.0),
    }

    theme: PreviewTheme = "light"
    platform: PreviewPlatform = "desktop"
    width: WidthMode | int = "auto"
    language: str | None = None
    badge: bool = True
    zoom: float = 1.0


def _preview(value: object) -> object:
    try:
        return PreviewSettings.model_validate(value)
    except ValueError as exc:
        if hasattr(exc, "errors"):  # a ValidationError: one of the preview's fields
            first = exc.errors()[0]
            raise _Invalid(tuple(first["loc"]), first["msg"], first["input"]) from None
        raise


@dataclasses.dataclass
class Settings(_Model):
    """Everything remembered between runs except profiles (``profiles.py``) and secrets (keyring)."""

    _checks: ClassVar[dict[str, Callable[[object], object]]] = {
        "version": _number(int),  # schema version of the file
        "recent_files": _list_of(_text()),  # most recent first
        "recent_chats": _recent_per_profile(RecentChat),  # per profile name, most recent first
        "recent_recipients": _recent_per_profile(RecentRecipient),  # per profile, most recent first
        "window_geometry": _text(),  # base64 of QWidget.saveGeometry()
        "window_state": _text(),  # base64 of QMainWindow.saveState()
        "preview": _preview,
        "editor_font_size": _number(int, 6, 48),  # points
        "last_template_dir": _text(),  # folder of the last template / card opened
        "ui_language": _text(optional=True),  # None = the system language
        # colours of the window itself; system = the desktop's light / dark scheme
        "ui_theme": _choice(get_args(ThemeChoice)),
    }

    version: int = VERSION
    recent_files: list[str] = dataclasses.field(default_factory=list)
    recent_chats: dict[str, list[RecentChat]] = dataclasses.field(default_factory=dict)
    recent_recipients: dict[str, list[RecentRecipient]] = dataclasses.field(default_factory=dict)
    window_geometry: str = ""
    window_state: str = ""
    preview: PreviewSettings = dataclasses.field(default_factory=PreviewSettings)
    editor_font_size: int = 12
    last_template_dir: str = ""
    ui_language: str | None = None
    ui_theme: ThemeChoice = "system"

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
    if isinstance(value, _Model | dict):
        return value.model_dump() if isinstance(value, _Model) else value
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
    good: dict[str, object] = {}
    for name, check in Settings._checks.items():
        if name not in data:
            continue
        try:
            good[name] = check(data[name])
        except _Invalid as exc:
            where = ".".join(str(part) for part in (name, *exc.loc))
            log.warning("%s: %s: %s; using the default", path, where, exc.message)
        except ValueError as exc:
            log.warning("%s: %s: %s; using the default", path, name, exc)
    return Settings(**good)  # type: ignore[arg-type]


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
