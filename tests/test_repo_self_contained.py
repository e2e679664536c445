"""Nothing in the repository points outside it: a clone, an sdist or a user has only what is here.

Issue 11: the README, the packaging recipe, tests, benchmarks and docstrings cited notes in a
folder beside the checkout, and a test read a file from there. This checks every tracked text
file (but this one, whose examples are what it forbids) for the ways such a reference is written:

* a relative path climbing with ``../`` that does not land on a file or folder of the repository
  (``../../designer/ui/x.py`` in the translation file is fine; ``../notes/NOTES.md`` is not);
* an absolute path of a developer's machine (``/work/``, ``/home/<user>``, ``/Users/<user>``,
  ``C:\\Users\\``);
* Python that builds a path above the repository root (``ROOT.parent``, or
  ``Path(__file__).parents[n]`` with ``n`` past the root).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SELF = Path(__file__).resolve().relative_to(ROOT).as_posix()

# "../x", "../../x/y.md"; not the tail of an ellipsis ("feishu-cards/.../rich-text").
RELATIVE = re.compile(r"(?<![\w.~/-])((?:\.\./)+[\w.\-/]*)")
ABSOLUTE = re.compile(r"(?<![\w:/.~-])(/work/|/home/\w|/Users/\w|[A-Za-z]:\\{1,2}Users\\)")
ROOT_PARENT = re.compile(r"\bROOT\.parent\b")
FILE_PARENTS = re.compile(r"__file__.*?\.parents\[(\d+)\]")


def _tracked_files() -> list[str]:
    """The repository's files as git knows them (paths relative to the root, '/'-separated)."""
    result = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, f"git ls-files failed in {ROOT}: {result.stderr.strip()}"
    return [name for name in result.stdout.split("\0") if name]


TRACKED = _tracked_files()
TRACKED_SET = frozenset(TRACKED)
TRACKED_DIRS = frozenset(str(parent) for name in TRACKED for parent in Path(name).parents)


def _text(name: str) -> str | None:
    data = (ROOT / name).read_bytes()
    if b"\0" in data:
        return None  # an image, an icon bundle: no text to cite anything
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _inside_repository(name: str, reference: str) -> bool:
    """Whether ``reference`` (relative to the folder of file ``name``) is a file or folder here."""
    target = Path(name).parent / reference.rstrip(".").rstrip("/")
    parts: list[str] = []
    for part in target.parts:
        if part == "..":
            if not parts:
                return False  # climbs above the repository root
            parts.pop()
        elif part != ".":
            parts.append(part)
    resolved = "/".join(parts) or "."
    return resolved in TRACKED_SET or resolved in TRACKED_DIRS


def outside_references(name: str, text: str) -> list[str]:
    """``line: reference`` for every place in ``text`` (the file ``name``) that leaves the repository."""
    found: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        for match in RELATIVE.finditer(line):
            if not _inside_repository(name, match.group(1)):
                found.append(f"{name}:{number}: {match.group(1)}")
        found.extend(f"{name}:{number}: {match.group(1)}" for match in ABSOLUTE.finditer(line))
        if name.endswith(".py"):
            found.extend(f"{name}:{number}: ROOT.parent" for _ in ROOT_PARENT.finditer(line))
            depth = len(Path(name).parts) - 1  # parents[depth] of the file is the root
            found.extend(
                f"{name}:{number}: parents[{match.group(1)}]"
                for match in FILE_PARENTS.finditer(line)
                if int(match.group(1)) > depth
            )
    return found


def test_no_tracked_file_refers_outside_the_repository() -> None:
    problems = [
        problem
        for name in TRACKED
        if name != SELF and (ROOT / name).is_file() and (text := _text(name)) is not None
        for problem in outside_references(name, text)
    ]
    assert problems == [], "these point outside the repository; bring what they need into docs/:\n" + "\n".join(
        problems
    )


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("README.md", "See `../notes/NOTES.md`."),
        ("packaging/card-designer.spec", "# see ../notes LINUX.md"),
        ("tests/conftest.py", "(see ../notes/LINUX.md)"),
        ("docs/feishu/api.md", "[the notes](../../../notes.md)"),
        ("tests/x.py", 'DOC = ROOT.parent / "notes" / "feishu" / "page.md"'),
        ("tests/x.py", 'DOC = Path(__file__).resolve().parents[2] / "notes"'),
        ("benchmarks/x.py", "# copied from /work/notes/feishu/calls.md"),
        ("docs/x.md", "C:\\Users\\me\\card.json"),
    ],
)
def test_each_way_of_pointing_outside_is_caught(name: str, text: str) -> None:
    assert outside_references(name, text) != []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("resources/translations/card_designer_zh_CN.ts", 'filename="../../designer/ui/main_window.py"'),
        ("docs/ARCHITECTURE.md", "[CONTRIBUTING.md](../CONTRIBUTING.md)"),
        ("docs/feishu/api.md", "[ephemeral.md](ephemeral.md) and [the layers](../ARCHITECTURE.md)"),
        ("designer/cards/markdown.py", "pages under ``feishu-cards/.../content-components/rich-text``"),
        ("tests/ui/conftest.py", 'T = Path(__file__).resolve().parents[2] / "resources"'),
        ("docs/x.md", "https://example.com/home/user/Users/x"),
    ],
)
def test_references_inside_the_repository_pass(name: str, text: str) -> None:
    assert outside_references(name, text) == []
