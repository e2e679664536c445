"""Run ``card-designer`` in-process and capture what it prints; keyring clean-up."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest

from designer.cli import main


@dataclass
class Result:
    status: int
    out: str
    err: str


Run = Callable[..., Result]


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


def written_files(root: Path) -> dict[Path, bytes]:
    """Every file under ``root`` (the test's private XDG folders) with its bytes."""
    return {path: path.read_bytes() for path in root.rglob("*") if path.is_file()}
