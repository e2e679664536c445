"""Shared test set-up.

* Qt runs offscreen (no display needed).
* Every test gets its own platform folders (config, data, cache, state) under
  ``tmp_path``, so nothing touches the developer's real settings.
* A real Secret Service keyring for the tests that ask for it (the ``secret_service``
  fixture; such tests are marked ``keyring``, so ``-m "not keyring"`` runs without it): the
  first of them starts a private D-Bus session bus and an unlocked ``gnome-keyring-daemon``
  with a throw-away HOME (CONTRIBUTING.md, "Tests"), so ``keyring`` talks to the same backend
  a Linux desktop uses; it runs until the session ends. ``.ci/run`` installs gnome-keyring.
  No test reaches the developer's own keyring: the session bus of the desktop is forgotten.
* ``sandbox``: a running sandbox server on loopback, the one copy every test area uses.
* Every Qt test (one that uses ``qapp`` or ``qtbot``) fails when it leaves a modal dialog
  unanswered, background work running or a top-level window open (tests/helpers/qt.py).
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

from designer.sandbox import SandboxServer
from tests.helpers.clock import ManualClock, clock_of

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# keyring must never pick a plain-text file backend in tests, nor the desktop's own keyring
# (a test that did not ask for the test keyring finds none).
for _name in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL"):
    os.environ.pop(_name, None)

_KEYRING_HOME = Path(tempfile.mkdtemp(prefix="card-designer-keyring-"))
_keyring_problem: str | None = None
_keyring_processes: list[int] = []


def _start_secret_service() -> None:
    """Start dbus-daemon + unlocked gnome-keyring for this test process (and the processes it
    starts: their address is in ``os.environ``)."""
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


def pytest_unconfigure(config: pytest.Config) -> None:
    import signal

    for pid in _keyring_processes:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
    shutil.rmtree(_KEYRING_HOME, ignore_errors=True)


@pytest.fixture(autouse=True)
def _qt_guards(request: pytest.FixtureRequest) -> Iterator[None]:
    """The guards of tests/helpers/qt.py for a test that uses Qt; nothing (and no Qt import)
    for the others, so the Qt-free tests run without Qt."""
    if "qapp" not in request.fixturenames:  # qtbot brings qapp along
        yield
        return
    from tests.helpers.qt import guard_qt_test

    yield from guard_qt_test(request.getfixturevalue("qapp"))


@pytest.fixture
def clock() -> ManualClock:
    """The time of this test's sandbox (and client), moved on by ``clock.advance(seconds)``."""
    return ManualClock()


@pytest.fixture
def sandbox(request: pytest.FixtureRequest) -> Iterator[SandboxServer]:
    """The sandbox (designer.sandbox) serving on a free loopback port for this test; on the
    test's ``clock`` when it asks for one."""
    with SandboxServer(clock=clock_of(request)) as server:
        yield server


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


@pytest.fixture(autouse=True)
def _no_keyring_unless_asked(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """A test that did not ask for ``secret_service`` finds no keyring (nor do the processes it
    starts), whether or not an earlier test started the test keyring: the same answer in any order."""
    if "secret_service" in request.fixturenames:
        yield
        return
    import keyring
    from keyring.backends import fail

    for name in ("DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL"):
        monkeypatch.delenv(name, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that uses the real keyring is marked ``keyring``, whichever fixture brought it in."""
    for item in items:
        if "secret_service" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.keyring)


@pytest.fixture(scope="session")
def _secret_service_daemon() -> None:
    """The test keyring's daemons, started by the first test that needs them (about 0.5 s)."""
    _start_secret_service()


@pytest.fixture
def secret_service(_secret_service_daemon: None) -> Iterator[None]:
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
