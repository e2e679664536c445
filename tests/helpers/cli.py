"""What one ``card-designer`` command printed (the ``cli`` fixture in tests/cli/conftest.py runs it)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
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


# Three English words in a row outside quotes and code spans is an untranslated sentence; what a
# person types (`card-designer profile add`), a quoted name ('x'), a path, an option, an id
# (open_id), a list of choices ({light,dark}) or a metavar (CHAT_ID) is not.
_QUOTED = re.compile(r"`[^`]*`|'[^']*'|\"[^\"]*\"|\{[^}]*\}|[^\s`]*[/\\][^\s`]*|--[\w-]+|\b\w+_\w+\b")
_ENGLISH_RUN = re.compile(r"\b[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}\b")
CJK = re.compile(r"[\u4e00-\u9fff]")


def english_left(text: str) -> list[str]:
    """The runs of English words in ``text`` that are no name, path, option or code."""
    return _ENGLISH_RUN.findall(_QUOTED.sub(" ", text))


def run_in_locale(
    lang: str, cwd: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``card-designer *args`` run as a person in the locale ``LANG=lang`` runs it (no other
    locale variable, no FEISHU_* credentials from the test's own environment)."""
    names = ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")
    clean = {k: v for k, v in os.environ.items() if k not in names and not k.startswith("FEISHU_")}
    clean.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "designer", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=stdin,
        check=False,
        timeout=120,
        env={**clean, "PYTHONIOENCODING": "utf-8", "LANG": lang},
        cwd=cwd,
    )
