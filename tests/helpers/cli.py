"""What one ``card-designer`` command printed (the ``cli`` fixture in tests/cli/conftest.py runs it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Result:
    status: int
    out: str
    err: str


Run = Callable[..., Result]


def written_files(root: Path) -> dict[Path, bytes]:
    """Every file under ``root`` (the test's private XDG folders) with its bytes."""
    return {path: path.read_bytes() for path in root.rglob("*") if path.is_file()}
