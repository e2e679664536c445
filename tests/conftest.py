"""Shared test set-up.

* Qt runs offscreen (no display needed).
* Every test gets its own platform folders (config, data, cache, state) under
  ``tmp_path``, so nothing touches the developer's real settings.
* A real Secret Service keyring: for the whole session we start a private D-Bus
  session bus and an unlocked ``gnome-keyring-daemon`` with a throw-away HOME
  (CONTRIBUTING.md, "Tests"), so ``keyring`` talks to the same backend a
  Linux desktop uses. ``.ci/run`` installs gnome-keyring.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# keyring must never pick a plain-text file backend in tests.
os.environ.pop("PYTHON_KEYRING_BACKEND", None)

_KEYRING_HOME = Path(tempfile.mkdtemp(prefix="card-designer-keyring-"))
_keyring_problem: str | None = None
_keyring_processes: list[int] = []


def _start_secret_service() -> None:
    """Start dbus-daemon + unlocked gnome-keyring for this test process."""
    global _keyring_problem
    dbus = shutil.which("dbus-daemon")
    gkd = shutil.which("gnome-keyring-daemon")
    if not dbus or not gkd:
        _keyring_problem = (
            "no Secret Service for the keyring tests: install dbus and gnome-keyring "
            "(Debian: apt-get install dbus gnome-keyring), as .ci/run does"
        )
        return
    env = dict(
        os.environ,
        HOME=str(_KEYRING_HOME),
        XDG_DATA_HOME=str(_KEYRING_HOME / "data"),
        XDG_RUNTIME_DIR=str(_KEYRING_HOME),
    )
    out = subprocess.run(
        [dbus, "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=20,
    ).stdout.split()
    address, pid = out[0], int(out[1])
    _keyring_processes.append(pid)
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    result = subprocess.run(
        [gkd, "--unlock", "--components=secrets", "--daemonize"],
        input="test-keyring-password",
        capture_output=True,
        text=True,
        env=env,
        timeout=20,
    )
    for line in result.stdout.splitlines():
        name, _, value = line.partition("=")
        if name == "GNOME_KEYRING_CONTROL":
            os.environ[name] = value
        elif name == "GNOME_KEYRING_PID" and value.isdigit():
            _keyring_processes.append(int(value))
    if result.returncode != 0:
        _keyring_problem = f"gnome-keyring-daemon failed: {result.stderr.strip()}"


_start_secret_service()


def pytest_unconfigure(config: pytest.Config) -> None:
    import signal

    for pid in _keyring_processes:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
    shutil.rmtree(_KEYRING_HOME, ignore_errors=True)


@pytest.fixture(autouse=True)
def _isolated_platform_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """platformdirs on Linux follows the XDG variables: point them into tmp_path."""
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = tmp_path / "xdg" / name.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv("FEISHU_APP_ID", raising=False)
    monkeypatch.delenv("FEISHU_APP_SECRET", raising=False)
    monkeypatch.delenv("FEISHU_BASE_URL", raising=False)
    yield


@pytest.fixture
def secret_service() -> Iterator[None]:
    """The real Secret Service keyring backend; fails (never skips) when it is missing."""
    if _keyring_problem:
        pytest.fail(_keyring_problem)
    import keyring
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield
    finally:
        keyring.set_keyring(previous)
