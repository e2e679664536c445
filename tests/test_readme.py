"""CI runs exactly the README's test command (the brief's rule), so the two cannot drift apart."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    commands = [line.strip() for line in readme[:20] if line.startswith("    python3 -m venv")]
    assert len(commands) == 2, "the README opens with the set-up-and-run and the set-up-and-test commands"
    app_command, test_command = commands
    assert app_command.endswith("card-designer --sandbox")
    assert test_command.endswith("python -m pytest")
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert test_command in ci_lines
