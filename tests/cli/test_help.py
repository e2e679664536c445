"""``card-designer --help`` says how to open the window as well as listing the commands."""

from __future__ import annotations

import pytest

from designer._cli.gui import build_parser
from designer.cli import main


def _help(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main([*args, "--help"])
    assert exit_info.value.code == 0
    return capsys.readouterr().out


def test_help_says_how_to_open_the_window_and_run_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys)
    usage = text.split("\n\n")[0]
    assert "card-designer [FILE] [--sandbox]" in usage and "open the designer window" in usage
    assert "card-designer COMMAND" in usage
    # The window's arguments, with the help the window's own parser gives them (one home).
    window_help = build_parser().format_help()
    for argument in ("FILE", "--sandbox", "--self-check"):
        assert argument in window_help
        assert f"  {argument} " in text
    assert "start the built-in sandbox" in text
    for command in ("validate", "render", "send", "delete", "profile", "sandbox", "listen", "self-check"):
        assert f"    {command} " in text


def test_a_command_help_has_its_own_one_line_usage(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "validate")
    assert text.startswith("usage: card-designer validate [-h]")
    assert "[FILE] [--sandbox]" not in text and "open the designer window" not in text
