"""Secrets in the real Secret Service keyring; refusing unsafe backends; resolving credentials."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from designer.store.credentials import (
    Credentials,
    KeyringUnavailable,
    MissingCredentials,
    delete_secret,
    get_secret,
    keyring_problem,
    resolve_credentials,
    set_secret,
)
from designer.store.profiles import Profile, ProfileStore


def _all_file_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


@pytest.fixture
def profile_name(secret_service: None) -> Iterator[str]:
    name = f"test-{uuid.uuid4().hex[:8]}"
    yield name
    delete_secret(name)


@pytest.mark.keyring
def test_secret_round_trip_in_the_real_keyring(profile_name: str) -> None:
    from keyring.backends import SecretService

    assert isinstance(keyring.get_keyring(), SecretService.Keyring)
    assert keyring_problem() is None
    assert get_secret(profile_name) is None
    set_secret(profile_name, "first-secret")
    set_secret(profile_name, "second-secret")
    # Stored under our service name with the profile as user, where other tools can see it.
    assert keyring.get_password("card-designer", profile_name) == "second-secret"
    assert get_secret(profile_name) == "second-secret"
    delete_secret(profile_name)
    assert get_secret(profile_name) is None
    delete_secret(profile_name)  # nothing stored: no error


@pytest.mark.keyring
def test_empty_secret_or_profile_is_refused(profile_name: str) -> None:
    with pytest.raises(ValueError, match="empty"):
        set_secret(profile_name, "  ")
    with pytest.raises(ValueError, match="profile name is empty"):
        set_secret("", "x")
    assert get_secret(profile_name) is None


@pytest.mark.keyring
def test_no_backend_explains_what_to_install_and_writes_nothing(secret_service: None, tmp_path: Path) -> None:
    name = f"test-{uuid.uuid4().hex[:8]}"
    secret = "never-written-" + uuid.uuid4().hex
    keyring.set_keyring(fail.Keyring())  # keyring's own "no backend found"
    problem = keyring_problem()
    assert problem is not None and "no keyring backend was found" in problem
    assert "gnome-keyring" in problem and "KDE Wallet" in problem
    with pytest.raises(KeyringUnavailable) as caught:
        set_secret(name, secret)
    assert "sudo apt install gnome-keyring" in caught.value.hint
    assert secret not in str(caught.value)
    with pytest.raises(KeyringUnavailable):
        get_secret(name)
    assert secret.encode() not in _all_file_bytes(tmp_path)
    # ... and nothing reached the real keyring either.
    from keyring.backends import SecretService

    keyring.set_keyring(SecretService.Keyring())
    assert get_secret(name) is None


def test_null_backend_is_refused() -> None:
    keyring.set_keyring(null.Keyring())
    found = keyring_problem()
    assert found is not None and "switched off" in found
    with pytest.raises(KeyringUnavailable):
        set_secret("p", "s")


def test_plaintext_file_backend_is_refused() -> None:
    from keyring.backend import KeyringBackend

    class PlaintextKeyring(KeyringBackend):  # shaped like keyrings.alt.file.PlaintextKeyring
        priority = 0.5  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            raise AssertionError("must not be used")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("must not be used")

        def delete_password(self, service: str, username: str) -> None:
            raise AssertionError("must not be used")

    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(KeyringUnavailable, match="plain-text file"):
        set_secret("p", "s")


def test_credentials_repr_hides_the_secret() -> None:
    creds = Credentials(
        base_url="https://open.feishu.cn", app_id="cli_1", app_secret="sup3r-s3cret", profile="w"
    )
    assert "sup3r-s3cret" not in repr(creds)
    assert "sup3r-s3cret" not in str(creds)
    assert "cli_1" in repr(creds)


def test_environment_credentials() -> None:
    env = {"FEISHU_APP_ID": "cli_env", "FEISHU_APP_SECRET": "env-secret"}
    creds = resolve_credentials(env=env)
    assert (creds.base_url, creds.app_id, creds.app_secret, creds.profile) == (
        "https://open.feishu.cn",
        "cli_env",
        "env-secret",
        None,
    )
    creds = resolve_credentials(env={**env, "FEISHU_BASE_URL": "http://127.0.0.1:9/"})
    assert creds.base_url == "http://127.0.0.1:9"
    assert (
        resolve_credentials(env=env, base_url="https://open.larksuite.com").base_url
        == "https://open.larksuite.com"
    )


def test_half_set_environment_names_the_missing_variable() -> None:
    with pytest.raises(MissingCredentials, match="FEISHU_APP_ID is set but FEISHU_APP_SECRET is not"):
        resolve_credentials(env={"FEISHU_APP_ID": "cli_env"})
    with pytest.raises(MissingCredentials, match="FEISHU_APP_SECRET is set but FEISHU_APP_ID is not"):
        resolve_credentials(env={"FEISHU_APP_SECRET": "x"})


def test_nothing_configured_says_how_to_fix() -> None:
    with pytest.raises(MissingCredentials) as caught:
        resolve_credentials(env={})
    assert "FEISHU_APP_ID" in str(caught.value) and "card-designer profile add" in str(caught.value)


def test_plain_http_to_another_machine_is_refused() -> None:
    env = {
        "FEISHU_APP_ID": "cli_env",
        "FEISHU_APP_SECRET": "env-secret",
        "FEISHU_BASE_URL": "http://example.com",
    }
    with pytest.raises(ValueError, match=re.escape("FEISHU_BASE_URL: 'http://example.com' uses http")):
        resolve_credentials(env=env)
    with pytest.raises(ValueError, match="--base-url"):
        resolve_credentials(env=env, base_url="ftp://x")


@pytest.mark.keyring
def test_profile_credentials_from_the_keyring(profile_name: str, tmp_path: Path) -> None:
    store = ProfileStore()
    store.save(Profile(profile_name, "lark", "cli_lark"))
    with pytest.raises(MissingCredentials, match=f"set-secret {profile_name}"):
        resolve_credentials(env={})
    set_secret(profile_name, "kept-in-keyring-" + profile_name)
    creds = resolve_credentials(env={})  # the active profile (the first one saved)
    assert creds == Credentials(
        "https://open.larksuite.com", "cli_lark", "kept-in-keyring-" + profile_name, profile_name
    )
    # An explicit profile wins over the environment; the environment wins over the active one.
    env = {"FEISHU_APP_ID": "cli_env", "FEISHU_APP_SECRET": "env-secret"}
    assert resolve_credentials(profile_name, env=env).app_id == "cli_lark"
    assert resolve_credentials(env=env).app_id == "cli_env"
    with pytest.raises(
        MissingCredentials, match=f"no profile named 'nope' \\(saved profiles: {profile_name}\\)"
    ):
        resolve_credentials("nope", env={})
    assert b"kept-in-keyring" not in _all_file_bytes(tmp_path)


def test_a_failing_backend_becomes_keyring_unavailable() -> None:
    """A backend that exists but fails (D-Bus gone, keychain locked) is reported, not a traceback."""
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringLocked

    class LockedKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            raise KeyringLocked("the login keyring is locked")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise ConnectionError("org.freedesktop.secrets went away")

        def delete_password(self, service: str, username: str) -> None:
            raise KeyringLocked("the login keyring is locked")

    keyring.set_keyring(LockedKeyring())
    assert keyring_problem() is None  # a real backend: the problem shows when it is used
    with pytest.raises(KeyringUnavailable, match="refused to read the secret of profile 'p': KeyringLocked"):
        get_secret("p")
    with pytest.raises(
        KeyringUnavailable, match=re.escape("ConnectionError: org.freedesktop.secrets went away")
    ) as caught:
        set_secret("p", "hidden-value")
    assert "hidden-value" not in str(caught.value)
    assert caught.value.hint.startswith("Unlock the keyring")
    with pytest.raises(KeyringUnavailable, match="refused to delete"):
        delete_secret("p")
