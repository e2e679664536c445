"""Run ``card-designer`` in-process and capture what it prints (``Result``: tests/helpers/cli.py);
keyring clean-up."""

from __future__ import annotations

import io
from collections.abc import Iterator

import keyring
import pytest

from designer.cli import main
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer
from tests.helpers.cli import Result, Run


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """``cli("send", "card.json", ..., stdin="text")``: exit status and output of one command.

    Standard input is a pipe here (not a terminal), as in a script.
    """

    def run(*args: str, stdin: str = "") -> Result:
        capsys.readouterr()
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        status = main(list(args))
        captured = capsys.readouterr()
        return Result(status, captured.out, captured.err)

    return run


@pytest.fixture
def keyring_profiles(secret_service: None) -> Iterator[None]:
    """The real keyring; the secrets of this test's profiles are deleted afterwards."""
    from designer.store.credentials import delete_secret
    from designer.store.profiles import ProfileStore

    yield
    for name in ProfileStore().names():
        delete_secret(name)


@pytest.fixture
def restore_keyring_backend() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def env_credentials(sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sandbox app's credentials in the environment (FEISHU_*), as a script sets them."""
    monkeypatch.setenv("FEISHU_APP_ID", DEMO_APP_ID)
    monkeypatch.setenv("FEISHU_APP_SECRET", DEMO_APP_SECRET)
    monkeypatch.setenv("FEISHU_BASE_URL", sandbox.base_url)
