"""API profiles: a name, the region (Feishu, Lark or a custom base URL) and the app id.

Kept as ``profiles.json`` in the config folder, written atomically. The file never holds a
secret: the app secret of each profile lives in the keyring (``designer.store.credentials``).

A store can also hold *run-only* profiles (``add_run_profile``): kept in memory by this store
alone, never written to the file, gone when the run ends however it ends. The built-in sandbox
uses one (its address changes every run), so a killed sandbox run leaves nothing behind and a
person's own profiles, and which one is active, are never touched by it.

File layout (version 1)::

    {"version": 1, "active": "work", "profiles": [
        {"name": "work", "region": "feishu", "app_id": "cli_a1b2", "base_url": null}]}
"""

from __future__ import annotations

import builtins
import json
import logging
import threading
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from designer.errors import DesignerError
from designer.feishu._urls import BASE_URLS, Region, check_base_url
from designer.messages import Text, either, message_of
from designer.store import _keyring
from designer.store._filelock import file_lock
from designer.store._keyring import NAME_EMPTY
from designer.store.atomic import write_text_atomic
from designer.store.paths import config_dir

log = logging.getLogger("designer.store")

REGIONS: tuple[str, ...] = tuple(Region)  # for argparse's choices and messages
FILE_NAME = "profiles.json"
FILE_VERSION = 1
MAX_NAME_LENGTH = 64

# What the store says (designer.messages: translated where shown).
NAME_SPACE = Text("profile name {name} starts or ends with a space")
NAME_LONG = Text("profile name {name}… is longer than {limit} characters")
NAME_CONTROL = Text("profile name {name} contains a control character")
PROFILE_WHERE = Text("profile {name}")
BAD_REGION = Text("{where}: region {region} is not {regions}")
BAD_APP_ID = Text("{where}: app id {app_id} is empty or has spaces around it")
NO_CUSTOM_URL = Text("{where}: the custom region needs a base URL (e.g. http://127.0.0.1:8765)")
ITS_BASE_URL = Text("{where}: base URL")
URL_NOT_CUSTOM = Text("{where}: a base URL is only used with region custom ({region} is {url})")
NOT_AN_OBJECT = Text("{where}: expected an object, found {found}")
NOT_TEXT = Text("{where}: missing or not text: {fields}")
URL_NOT_TEXT = Text("{where}: base_url must be text or null")
NO_PROFILE_LIST = Text("expected an object with a list of profiles")
NEWER_FILE = Text("written by a newer Card Designer (file version {version})")
NAME_TWICE = Text("{where}: the name {name} is used twice")
SET_ASIDE = Text("{path} could not be read ({reason}); it was moved to {backup}")
UNKNOWN = Text("no profile named {name} ({known})")
SAVED_PROFILES = Text("saved profiles: {names}")
NO_PROFILES_SAVED = Text("no profiles are saved yet")
NAME_TAKEN = Text("a saved profile is already named {name}")


class UnknownProfile(DesignerError, LookupError):
    """No profile has the name asked for; the message lists the ones there are."""


def check_profile_name(name: str) -> str:
    """``name`` if it can name a profile (and a keyring entry); else ``ValueError`` saying why."""
    if not isinstance(name, str) or not name.strip():
        raise ValueError(NAME_EMPTY())
    if name != name.strip():
        raise ValueError(NAME_SPACE(name=repr(name)))
    if len(name) > MAX_NAME_LENGTH:
        raise ValueError(NAME_LONG(name=repr(name[:20]), limit=MAX_NAME_LENGTH))
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise ValueError(NAME_CONTROL(name=repr(name)))
    return name


@dataclass(frozen=True, slots=True)
class Profile:
    """One app on one open platform. ``base_url`` is only for ``region="custom"``.

    Raises ``ValueError`` naming the field when a value cannot work: an empty name or app
    id, an unknown region, a custom region without base URL, a non-loopback http URL.
    """

    name: str
    region: Region
    app_id: str
    base_url: str | None = None

    def __post_init__(self) -> None:
        check_profile_name(self.name)
        where = PROFILE_WHERE(name=repr(self.name))
        if self.region not in REGIONS:
            raise ValueError(BAD_REGION(where=where, region=repr(self.region), regions=either(REGIONS)))
        # A plain string from a file or a caller becomes the enum: one type wherever it is read.
        object.__setattr__(self, "region", Region(self.region))
        if not isinstance(self.app_id, str) or not self.app_id.strip() or self.app_id != self.app_id.strip():
            raise ValueError(BAD_APP_ID(where=where, app_id=repr(self.app_id)))
        if self.region is Region.CUSTOM:
            if not self.base_url:
                raise ValueError(NO_CUSTOM_URL(where=where))
            object.__setattr__(self, "base_url", check_base_url(self.base_url, ITS_BASE_URL(where=where)))
        elif self.base_url is not None:
            raise ValueError(URL_NOT_CUSTOM(where=where, region=self.region, url=BASE_URLS[self.region]))

    @property
    def api_base_url(self) -> str:
        """Where the API of this profile answers."""
        if self.region is Region.CUSTOM:
            assert self.base_url is not None  # checked in __post_init__
            return self.base_url
        return BASE_URLS[self.region]

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "region": self.region.value,
            "app_id": self.app_id,
            "base_url": self.base_url,
        }

    @classmethod
    def from_json(cls, data: Any, where: str) -> Profile:
        """Raises ``ValueError`` naming ``where`` when ``data`` is not a profile."""
        if not isinstance(data, dict):
            raise ValueError(NOT_AN_OBJECT(where=where, found=type(data).__name__))
        missing = [key for key in ("name", "region", "app_id") if not isinstance(data.get(key), str)]
        if missing:
            raise ValueError(NOT_TEXT(where=where, fields=", ".join(missing)))
        base_url = data.get("base_url")
        if base_url is not None and not isinstance(base_url, str):
            raise ValueError(URL_NOT_TEXT(where=where))
        return cls(name=data["name"], region=data["region"], app_id=data["app_id"], base_url=base_url)


class ProfileStore:
    """The saved profiles and which one is active.

    Every call reads the file, so several stores (or processes) see each other's changes.
    Reading takes no lock (the file is only ever replaced whole, ``write_text_atomic``);
    every change reads, changes and writes under the store's file lock
    (``profiles.json.lock``, threads and processes, as the history and the settings do), so
    a window and the CLI saving profiles at once never undo each other. The lock is never
    held across a keyring call (a locked keyring may prompt and wait for minutes).
    A file that cannot be read is moved aside to ``profiles.json.corrupt-<time>`` (so nothing
    is lost) and ``load_problem`` says so; the store then starts empty.

    Raises ``UnknownProfile`` for a name that is not saved, ``ValueError`` for a bad profile,
    ``KeyringUnavailable`` from ``remove`` when the keyring refused to delete the secret.
    """

    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self.load_problem: str | None = None
        self._run_profiles: dict[str, Profile] = {}
        # A run-only profile chosen as the active one: overrides the file's choice, which is
        # left as it is (and so is what the person finds active again after this run).
        self._run_active: str | None = None
        self._run_lock = threading.RLock()  # the run-only profiles, shared by this store's threads

    @property
    def path(self) -> Path:
        return self._path if self._path is not None else config_dir() / FILE_NAME

    # -- reading and writing the file ---------------------------------------------------

    def _read(self) -> tuple[str | None, list[Profile]]:
        path = self.path
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None, []
        try:
            data = json.loads(raw.decode("utf-8"))  # UnicodeDecodeError is a ValueError too
            if not isinstance(data, dict) or not isinstance(data.get("profiles", []), list):
                raise ValueError(NO_PROFILE_LIST())
            version = data.get("version", FILE_VERSION)
            if not isinstance(version, int) or version > FILE_VERSION:
                raise ValueError(NEWER_FILE(version=version))
            profiles: list[Profile] = []
            for index, item in enumerate(data.get("profiles", [])):
                profile = Profile.from_json(item, f"profiles[{index}]")
                if any(p.name == profile.name for p in profiles):
                    raise ValueError(NAME_TWICE(where=f"profiles[{index}]", name=repr(profile.name)))
                profiles.append(profile)
            active = data.get("active")
            if not isinstance(active, str) or all(p.name != active for p in profiles):
                active = None
        except (ValueError, TypeError) as exc:  # json.JSONDecodeError is a ValueError
            self._set_aside(path, raw, message_of(exc))
            return None, []
        return active, profiles

    def _set_aside(self, path: Path, raw: bytes, reason: str) -> None:
        backup = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        with file_lock(path):
            # A reader holds no lock: another process may have written a good file since
            # this one read the bad bytes, and that file must not be moved aside.
            try:
                if path.read_bytes() != raw:
                    return
            except FileNotFoundError:
                return
            path.replace(backup)
        self.load_problem = SET_ASIDE(path=path, reason=reason, backup=backup.name)
        log.warning("%s", self.load_problem)

    def _write(self, active: str | None, profiles: list[Profile]) -> None:
        data = {"version": FILE_VERSION, "active": active, "profiles": [p.to_json() for p in profiles]}
        write_text_atomic(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")

    # -- the contract ---------------------------------------------------------------------

    @contextmanager
    def _changing(self) -> Iterator[tuple[str | None, builtins.list[Profile]]]:
        """The file's (active, profiles) read under the file lock, held until the change is written."""
        with file_lock(self.path):
            yield self._read()

    def list(self) -> list[Profile]:
        """The profiles in the order they were added (this run's own ones last)."""
        saved = self._read()[1]
        with self._run_lock:
            return [*saved, *self._run_profiles.values()]

    def names(self) -> builtins.list[str]:
        return [p.name for p in self.list()]

    def get(self, name: str) -> Profile | None:
        return next((p for p in self.list() if p.name == name), None)

    def require(self, name: str) -> Profile:
        """The profile ``name``; ``UnknownProfile`` (listing the saved ones) when there is none."""
        profile = self.get(name)
        if profile is None:
            raise UnknownProfile(self._unknown(name))
        return profile

    def _unknown(self, name: str) -> str:
        names = self.names()
        known = SAVED_PROFILES(names=", ".join(names)) if names else NO_PROFILES_SAVED()
        return UNKNOWN(name=repr(name), known=known)

    def save(self, profile: Profile) -> None:
        """Add ``profile`` or replace the one with its name. The first profile becomes active.

        A run-only profile stays run-only (its changes last for this run)."""
        with self._run_lock:
            if profile.name in self._run_profiles:
                self._run_profiles[profile.name] = profile
                return
        with self._changing() as (active, profiles):
            for index, existing in enumerate(profiles):
                if existing.name == profile.name:
                    profiles[index] = profile
                    break
            else:
                profiles.append(profile)
            self._write(active if active is not None else profile.name, profiles)

    def remove(self, name: str) -> None:
        """Remove the profile ``name`` and its secret in the keyring.

        When there is no keyring at all, no secret can exist, so the profile is just removed;
        when the keyring refuses the delete, ``KeyringUnavailable`` is raised and the profile
        stays (so the user can try again and no secret is left behind unnamed).

        The keyring is asked before the file lock is taken: a keyring that prompts must not
        hold up every other process's profile changes.
        """
        if self.discard_run_profile(name):
            return  # never in the file nor the keyring
        if all(p.name != name for p in self._read()[1]):
            raise UnknownProfile(self._unknown(name))
        if _keyring.keyring_problem() is None:
            _keyring.delete_secret(name)
        with self._changing() as (active, profiles):
            remaining = [p for p in profiles if p.name != name]
            if len(remaining) != len(profiles):  # else another process removed it meanwhile
                self._write(None if active == name else active, remaining)

    @property
    def active_name(self) -> str | None:
        """The profile used when none is named; None when there is none."""
        with self._run_lock:
            if self._run_active is not None:
                return self._run_active
        return self._read()[0]

    @active_name.setter
    def active_name(self, name: str | None) -> None:
        with self._run_lock:
            if name is not None and name in self._run_profiles:
                self._run_active = name  # the file keeps the person's own choice
                return
        with self._changing() as (_, profiles):
            if name is not None and all(p.name != name for p in profiles):
                raise UnknownProfile(self._unknown(name))
            self._run_active = None
            self._write(name, profiles)

    def active(self) -> Profile | None:
        name = self.active_name
        return next((p for p in self.list() if p.name == name), None) if name is not None else None

    # -- run-only profiles ------------------------------------------------------------------

    def add_run_profile(self, profile: Profile) -> None:
        """Hold ``profile`` for this run only (memory, this store). Its name must be free:
        ``ValueError`` when a saved profile has it (see ``free_name``)."""
        with self._run_lock:
            if any(p.name == profile.name for p in self._read()[1]):
                raise ValueError(NAME_TAKEN(name=repr(profile.name)))
            self._run_profiles[profile.name] = profile

    def discard_run_profile(self, name: str) -> bool:
        """Forget the run-only profile ``name``; False (and nothing touched) when ``name`` is not
        one, e.g. a saved profile of that name made meanwhile."""
        with self._run_lock:
            if self._run_profiles.pop(name, None) is None:
                return False
            if self._run_active == name:
                self._run_active = None  # the file's own choice is active again
            return True

    def free_name(self, base: str) -> str:
        """``base``, or ``base 2``, ``base 3``…: the first name no profile has."""
        taken = set(self.names())
        name, number = base, 1
        while name in taken:
            number += 1
            name = f"{base} {number}"
        return name
