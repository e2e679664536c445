"""App secrets in the operating system's keyring, one entry per profile.

The entry is service ``card-designer``, user name = the profile name. A backend that would
keep the secret in plain text, or that cannot keep it at all, counts as *no keyring*: we
raise ``KeyringUnavailable`` saying what to install, and never fall back to a file.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from designer.errors import DesignerError
from designer.messages import Message, Text

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# ``keyring`` itself is imported by the functions that reach the keyring, not here: its
# backend discovery is a large part of a start-up that needs no secret (issue 10).

SERVICE = "card-designer"

# Backends that do not keep a secret safely: keyring's own "no backend" and "null" ones,
# and the file backends of keyrings.alt (plain text, or a file next to the config).
_PLAIN_TEXT = Text("the only keyring backend stores secrets in a plain-text file")
_REFUSED_BACKENDS = {
    "keyring.backends.fail.Keyring": Text("no keyring backend was found")(),
    "keyring.backends.null.Keyring": Text("the keyring is switched off (null backend)")(),
    "keyrings.alt.file.PlaintextKeyring": _PLAIN_TEXT(),
}
# What is said (designer.messages: translated where shown).
_NOT_OPENED = Text("the keyring could not be opened ({kind})")
_REFUSED_READ = Text("the keyring refused to read the secret of profile {profile}: {reason}")
_REFUSED_STORE = Text("the keyring refused to store the secret of profile {profile}: {reason}")
_REFUSED_DELETE = Text("the keyring refused to delete the secret of profile {profile}: {reason}")
NAME_EMPTY = Text("profile name is empty")  # (profiles.check_profile_name says it too)
_EMPTY_SECRET = Text("the app secret of profile {profile} is empty")
_MACOS = Text(
    "On macOS the login Keychain works out of the box: open Keychain Access and make sure "
    "the login keychain exists and is unlocked."
)
_WINDOWS = Text(
    "On Windows the Credential Manager works out of the box: make sure you are signed in "
    "to a normal (not a service) account."
)
_LINUX = Text(
    "Install and start a Secret Service keyring: GNOME Keyring (Debian/Ubuntu: "
    "sudo apt install gnome-keyring) or KDE Wallet (sudo apt install kwalletmanager), then "
    "log out and in again. On a machine without a desktop, run inside dbus-run-session with "
    "an unlocked gnome-keyring-daemon, or give scripts FEISHU_APP_ID and FEISHU_APP_SECRET "
    "in the environment. Card Designer never stores the app secret in a plain-text file."
)


def how_to_fix_text(platform: str = sys.platform) -> str:
    """What a person on ``platform`` should do to get a working keyring."""
    if platform == "darwin":
        return _MACOS()
    if platform.startswith("win"):
        return _WINDOWS()
    return _LINUX()


REFUSED_HOW_TO_FIX: Message = Text(
    "Unlock the keyring (your desktop may be asking for the login password) and try again; "
    "if it keeps failing, log out and in again so the keyring service restarts."
)()


class KeyringUnavailable(DesignerError):
    """No safe place for the app secret: the message says why, ``hint`` what to install or
    start on this platform."""

    default_hint = how_to_fix_text()


class KeyringRefused(KeyringUnavailable):
    """The keyring is there but refused a read, a write or a delete (locked, its service gone)."""

    default_hint = REFUSED_HOW_TO_FIX


def _backend_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _refusal(backend: KeyringBackend) -> str | None:
    """Why ``backend`` cannot hold a secret safely, or None when it can."""
    children = getattr(backend, "backends", None)
    if _backend_name(backend) == "keyring.backends.chainer.ChainerBackend" and children is not None:
        if not children:
            return _REFUSED_BACKENDS["keyring.backends.fail.Keyring"]
        # A chain writes to its first backend and reads from all: every one must be safe.
        for child in children:
            problem = _refusal(child)
            if problem:
                return problem
        return None
    name = _backend_name(backend)
    if name in _REFUSED_BACKENDS:
        return _REFUSED_BACKENDS[name]
    if "plaintext" in name.lower():
        return _PLAIN_TEXT()
    return None


def _usable_backend() -> KeyringBackend:
    import keyring

    try:
        backend: KeyringBackend = keyring.get_keyring()
    except Exception as exc:  # keyring's backend discovery can fail in many ways
        raise KeyringUnavailable(_NOT_OPENED(kind=type(exc).__name__)) from None
    problem = _refusal(backend)
    if problem:
        raise KeyringUnavailable(problem)
    return backend


def _describe(exc: BaseException) -> str:
    # Backend messages say what failed (locked, dismissed, no service); they never hold the secret.
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def require_keyring() -> None:
    """Raises ``KeyringUnavailable`` (what is wrong, how to fix it) unless a safe keyring exists."""
    _usable_backend()


def keyring_problem() -> str | None:
    """None when a safe keyring backend exists; else the problem and how to fix it (for a dialog)."""
    try:
        _usable_backend()
    except KeyringUnavailable as exc:
        return exc.describe()
    return None


def _check_profile(profile: str) -> None:
    if not profile or not profile.strip():
        raise ValueError(NAME_EMPTY())


def get_secret(profile: str) -> str | None:
    """The app secret of ``profile``, or None when none is stored.

    Raises ``KeyringUnavailable`` when there is no safe keyring or it refused to answer.
    """
    _check_profile(profile)
    backend = _usable_backend()
    try:
        secret: str | None = backend.get_password(SERVICE, profile)
    except Exception as exc:  # backends raise their own errors too (D-Bus, Keychain, ...)
        raise KeyringRefused(
            _REFUSED_READ(profile=repr(profile), reason=_describe(exc))
        ) from None
    return secret


def set_secret(profile: str, secret: str) -> None:
    """Store the app secret of ``profile`` (replacing an older one).

    Raises ``ValueError`` for an empty secret, ``KeyringUnavailable`` when there is no safe
    keyring or it refused to store it (e.g. it is locked and the unlock was dismissed).
    """
    _check_profile(profile)
    if not secret or not secret.strip():
        raise ValueError(_EMPTY_SECRET(profile=repr(profile)))
    backend = _usable_backend()
    try:
        backend.set_password(SERVICE, profile, secret)
    except Exception as exc:  # backends raise their own errors too (D-Bus, Keychain, ...)
        # The message of the backend never contains the secret, only what went wrong.
        raise KeyringRefused(
            _REFUSED_STORE(profile=repr(profile), reason=_describe(exc))
        ) from None


def delete_secret(profile: str) -> None:
    """Forget the app secret of ``profile``; nothing happens when none is stored.

    Raises ``KeyringUnavailable`` when there is no safe keyring or it refused.
    """
    import keyring.errors

    _check_profile(profile)
    backend = _usable_backend()
    try:
        backend.delete_password(SERVICE, profile)
    except keyring.errors.PasswordDeleteError:
        return  # nothing stored: already the state we want
    except Exception as exc:  # backends raise their own errors too (D-Bus, Keychain, ...)
        raise KeyringRefused(
            _REFUSED_DELETE(profile=repr(profile), reason=_describe(exc))
        ) from None
