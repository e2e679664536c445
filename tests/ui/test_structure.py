"""The window's code keeps one home per fact: checks over the source of ``designer/ui``."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "designer" / "ui"


def _sources() -> dict[str, str]:
    return {str(path.relative_to(UI)): path.read_text(encoding="utf-8") for path in sorted(UI.rglob("*.py"))}


def test_item_data_roles_are_named_in_one_enum() -> None:
    """``UserRole + 1`` meant a pointer, a tag and a diagnostic in three models: every role is an
    ``ItemRole`` member (designer/ui/roles.py), never a number spelled in a model."""
    spelled = [
        f"{name}:{number}: {line.strip()}"
        for name, text in _sources().items()
        if name != "roles.py"
        for number, line in enumerate(text.splitlines(), 1)
        if re.search(r"\bUserRole\b", line)
    ]
    assert not spelled, "roles spelled outside designer/ui/roles.py:\n" + "\n".join(spelled)


def test_every_signal_is_listened_to() -> None:
    """A signal nobody connects (nor a test waits on) is dead code that still reads as an API:
    every ``Signal`` of the window and the preview has a listener somewhere."""
    root = UI.parent.parent
    declared = {
        (match.group(1), str(path.relative_to(root)))
        for folder in (UI, root / "designer" / "render")
        for path in folder.rglob("*.py")
        for match in re.finditer(r"^\s+(\w+) = Signal\(", path.read_text(encoding="utf-8"), re.M)
    }
    code = "\n".join(
        path.read_text(encoding="utf-8")
        for folder in ("designer", "tests", "benchmarks")
        for path in (root / folder).rglob("*.py")
    )
    # Any use but emitting it: .connect, relayed as a slot, waitSignal / assertNotEmitted in a test.
    unheard = sorted(
        f"{where}: {name}" for name, where in declared if not re.search(rf"\.{name}\b(?!\.emit\()", code)
    )
    assert not unheard, "signals nobody listens to:\n" + "\n".join(unheard)


def test_signals_name_their_types() -> None:
    """``Signal(object)`` hides what a listener receives: a signal carries its class
    (``Signal(Document)``), and ``object`` is left only where the line says why (``X | None``,
    or any type, as the worker's)."""
    untyped = [
        f"{name}:{number}: {line.strip()}"
        for name, text in _sources().items()
        for number, line in enumerate(text.splitlines(), 1)
        if re.search(r"= Signal\([^)]*\bobject\b", line) and "#" not in line
    ]
    assert not untyped, "signals typed as object without a reason:\n" + "\n".join(untyped)
