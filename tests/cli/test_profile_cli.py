"""``card-designer profile``: add / list / use / set-secret / remove with the real keyring."""

from __future__ import annotations

import os
import pty
import select
import sys
import time
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from designer.store.credentials import get_secret
from designer.store.profiles import Profile, ProfileStore
from tests.helpers.cli import Run, written_files


@pytest.mark.keyring
def test_add_list_use_set_secret_remove(cli: Run, keyring_profiles: None, tmp_path: Path) -> None:
    result = cli("profile", "add", "work", "--app-id", "cli_work", stdin="work-secret-1\n")
    assert result.status == 0, result.err
    assert "added profile work (feishu, https://open.feishu.cn, app cli_work)" in result.out
    assert "work is the active profile" in result.out
    assert get_secret("work") == "work-secret-1"

    result = cli(
        "profile", "add", "sandbox", "--app-id", "cli_demo", "--base-url", "http://127.0.0.1:8765", stdin="s2"
    )
    assert result.status == 0, result.err
    assert ProfileStore().get("sandbox") == Profile("sandbox", "custom", "cli_demo", "http://127.0.0.1:8765")

    result = cli("profile", "list")
    lines = result.out.splitlines()
    assert lines[0].split() == ["NAME", "REGION", "APP", "ID", "BASE", "URL", "SECRET"]
    assert lines[1].split() == ["*", "work", "feishu", "cli_work", "https://open.feishu.cn", "stored"]
    assert lines[2].split() == ["sandbox", "custom", "cli_demo", "http://127.0.0.1:8765", "stored"]

    assert cli("profile", "use", "sandbox").status == 0
    assert ProfileStore().active_name == "sandbox"

    assert cli("profile", "set-secret", "work", stdin="work-secret-2\n").status == 0
    assert get_secret("work") == "work-secret-2"

    result = cli("profile", "remove", "work")
    assert result.status == 0 and "removed profile work" in result.out
    assert get_secret("work") is None and ProfileStore().names() == ["sandbox"]

    for content in written_files(tmp_path / "xdg").values():
        assert b"secret-1" not in content and b"secret-2" not in content and b"s2" not in content


@pytest.mark.keyring
def test_mistakes_say_what_is_wrong(cli: Run, keyring_profiles: None) -> None:
    result = cli("profile", "add", "x", "--app-id", "cli_x", "--region", "custom")
    assert result.status == 2 and "profile 'x': the custom region needs a base URL" in result.err
    result = cli("profile", "add", "x", "--app-id", "cli_x", "--base-url", "http://example.com")
    assert result.status == 2 and "uses http" in result.err
    result = cli("profile", "add", "x", "--app-id", "cli_x", stdin="")
    assert result.status == 2 and "no app secret was given for profile 'x'" in result.err
    assert ProfileStore().list() == [] and get_secret("x") is None
    assert cli("profile", "add", "x", "--app-id", "cli_x", stdin="s\n").status == 0
    result = cli("profile", "add", "x", "--app-id", "cli_y", stdin="t\n")
    assert result.status == 1 and "profile 'x' exists already" in result.err
    assert get_secret("x") == "s"
    result = cli("profile", "use", "nope")
    assert result.status == 1 and "no profile named 'nope' (saved profiles: x)" in result.err
    result = cli("profile", "set-secret", "nope", stdin="s")
    assert result.status == 1 and "no profile named 'nope'" in result.err
    result = cli("profile", "remove", "nope")
    assert result.status == 1 and "no profile named 'nope'" in result.err
    assert "Traceback" not in result.err


def test_no_keyring_explains_and_writes_nothing(
    cli: Run, restore_keyring_backend: None, tmp_path: Path
) -> None:
    keyring.set_keyring(fail.Keyring())
    before = written_files(tmp_path / "xdg")
    result = cli("profile", "add", "work", "--app-id", "cli_work", stdin="never-stored-secret\n")
    assert result.status == 1
    assert result.err.startswith("error: no keyring backend was found — Install and start a Secret Service keyring")
    assert "sudo apt install gnome-keyring" in result.err
    assert written_files(tmp_path / "xdg") == before  # no profile without its secret, no secret in a file
    result = cli("profile", "list")
    assert result.status == 0 and "no profiles yet" in result.out


@pytest.mark.keyring
def test_the_prompt_on_a_terminal_hides_the_secret(keyring_profiles: None) -> None:
    """A real pseudo-terminal: the prompt appears, the typed secret is not echoed back."""
    secret = "typed-on-a-terminal-42"
    pid, fd = pty.fork()
    if pid == 0:  # the child: card-designer with the pty as its controlling terminal
        os.execv(
            sys.executable, [sys.executable, "-m", "designer", "profile", "add", "tty", "--app-id", "cli_t"]
        )
    try:
        screen = _read_until(fd, b"(input hidden): ")
        assert b"App secret of profile 'tty'" in screen
        os.write(fd, secret.encode() + b"\n")
        screen += _read_until(fd, b"active profile")
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, screen
    assert secret.encode() not in screen
    assert b"added profile tty" in screen
    assert get_secret("tty") == secret


def _read_until(fd: int, marker: bytes, timeout: float = 30.0) -> bytes:
    data = b""
    deadline = time.monotonic() + timeout
    while marker not in data and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
    return data
