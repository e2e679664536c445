"""What each way of starting ``card-designer`` loads (issue 10): only what the chosen command needs.

Every check runs a fresh interpreter (this test process has loaded everything already) and
reads ``sys.modules`` when the command is done.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from designer import __version__

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "cards" / "data" / "ephemeral_example.json"

# Run the command as the entry point does, then print the top-level packages loaded and the
# sub-command modules loaded, whatever way the command ended.
_RUN_CLI = """
import json, sys
from designer.cli import main
try:
    status = main(sys.argv[1:])
except SystemExit as stop:
    status = stop.code
loaded = sorted(sys.modules)
print(json.dumps({
    "status": status,
    "packages": sorted({name.split(".")[0] for name in loaded}),
    "designer": [name for name in loaded if name.startswith("designer")],
}))
"""

HEAVY = {"PySide6", "pydantic", "httpx", "keyring"}
SUB_COMMAND_MODULES = {
    "designer._cli.validate",
    "designer._cli.render",
    "designer._cli.send",
    "designer._cli.delete",
    "designer._cli.profile",
    "designer._cli.sandbox",
    "designer._cli.listen",
    "designer._cli.gui",
}


def _loaded_by(*args: str) -> dict[str, object]:
    """Exit status, loaded top-level packages and loaded designer modules of one command."""
    done = subprocess.run(
        [sys.executable, "-c", _RUN_CLI, *args],
        cwd=ROOT,
        env=dict(os.environ),  # the test's own platform folders (tests/conftest.py)
        capture_output=True,
        text=True,
        timeout=120,
    )
    last_line = done.stdout.strip().splitlines()[-1]
    result: dict[str, object] = json.loads(last_line)
    result["output"] = done.stdout
    return result


def test_version_loads_no_sub_command_and_no_heavy_package() -> None:
    result = _loaded_by("--version")
    assert result["status"] == 0
    assert f"card-designer {__version__}" in str(result["output"])
    assert HEAVY.isdisjoint(result["packages"])  # type: ignore[arg-type]
    assert SUB_COMMAND_MODULES.isdisjoint(result["designer"])  # type: ignore[arg-type]


def test_help_lists_every_sub_command_without_loading_them() -> None:
    result = _loaded_by("--help")
    assert result["status"] == 0
    for name in ("validate", "render", "send", "delete", "profile", "sandbox", "listen"):
        assert f"    {name} " in str(result["output"])
    assert "check card JSON files and print diagnostics" in str(result["output"])
    assert HEAVY.isdisjoint(result["packages"])  # type: ignore[arg-type]
    assert SUB_COMMAND_MODULES.isdisjoint(result["designer"])  # type: ignore[arg-type]


def test_validate_loads_the_card_format_only() -> None:
    result = _loaded_by("validate", str(EXAMPLE))
    # The example carries an element-level i18n, an error for the ephemeral API.
    assert result["status"] == 1
    assert "[ephemeral-element-i18n]" in str(result["output"])
    assert {"PySide6", "httpx", "keyring"}.isdisjoint(result["packages"])  # type: ignore[arg-type]
    loaded = set(result["designer"])  # type: ignore[arg-type]
    assert loaded & SUB_COMMAND_MODULES == {"designer._cli.validate"}
    assert not {name for name in loaded if name.startswith(("designer.store", "designer.feishu"))}


def test_a_sub_command_help_shows_its_arguments_and_loads_only_it() -> None:
    result = _loaded_by("sandbox", "--help")
    assert result["status"] == 0
    assert "--app-secret" in str(result["output"])
    assert set(result["designer"]) & SUB_COMMAND_MODULES == {"designer._cli.sandbox"}  # type: ignore[arg-type]


def test_an_unknown_option_of_a_sub_command_is_a_usage_error() -> None:
    result = _loaded_by("validate", "--no-such-option")
    assert result["status"] == 2
