"""Every command the README shows works as written.

CI runs exactly the README's test command; the app command installs the app alone; the
walk-through runs against the sandbox; each option of the command synopsis exists; the package
lists are the start-up check's own tables; the scopes are the ones the sandbox enforces.
"""

from __future__ import annotations

import os
import re
import shlex
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from designer._cli.qt_preflight import QT_GUI_LIBRARIES, XCB_LIBRARIES, required_packages
from designer.cli import main
from designer.sandbox import _service

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks() -> list[tuple[int, list[str]]]:
    """The README's indented code blocks: (line number, lines without the indent)."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    previous_blank = True
    for number, line in enumerate(README.splitlines()):
        if line.startswith("    ") and (current or previous_blank):
            if not current:
                blocks.append((number, current))
            current.append(line[4:])
        else:
            current = []
        previous_blank = not line.strip()
    return blocks


def _block_after(heading: str) -> list[str]:
    """The first code block after the line that starts with ``heading``."""
    lines = README.splitlines()
    (at,) = [number for number, line in enumerate(lines) if line.startswith(heading)]
    return next(block for number, block in _blocks() if number > at)


def test_ci_runs_the_readme_test_command() -> None:
    commands = [line for _, block in _blocks()[:2] for line in block]
    assert len(commands) == 2, "the README opens with the set-up-and-run and the set-up-and-test commands"
    app_command, test_command = commands
    assert app_command.endswith(".venv/bin/card-designer --sandbox")
    # Opening the app installs the app alone, not the test tools.
    assert "pip install -q -e . &&" in app_command
    assert test_command.endswith("python -m pytest")
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert test_command in ci_lines


def test_the_readme_names_python_3_11_and_plain_installs() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'requires-python = ">=3.11"' in pyproject
    assert "Python 3.11 or later" in README
    assert "`pip install .`" in README and "`pipx install .`" in README


def test_the_package_lists_are_the_start_up_checks_own() -> None:
    libraries = (*QT_GUI_LIBRARIES, *XCB_LIBRARIES)
    block = _block_after("**System libraries.**")
    assert block == [
        "sudo apt-get install " + " ".join(required_packages(libraries, "apt")),
        "sudo dnf install " + " ".join(required_packages(libraries, "dnf")),
    ]


def test_each_scope_named_is_one_the_api_accepts_for_that_feature() -> None:
    rows = re.findall(r"^\| ([^|]+) \| (`[^|]+) \| ([^|]+) \|$", README, re.MULTILINE)
    by_feature = {feature.strip(): set(re.findall(r"`([^`]+)`", scopes)) for feature, _, scopes in rows}
    expected = {
        "send and delete ephemeral cards": _service.SEND_SCOPES,
        # One scope must do for all three calls: one their pages all accept.
        "post, update and recall a card for the whole chat": tuple(
            set(_service.POST_SCOPES) & set(_service.UPDATE_SCOPES) & set(_service.RECALL_SCOPES)
        ),
        "pick a chat the bot is in": _service.CHAT_SCOPES,
        "pick a member of the chat": _service.MEMBER_SCOPES,
        "send to an email address": _service.CONTACT_SCOPES,
    }
    assert set(by_feature) == set(expected)
    for feature, scopes in by_feature.items():
        assert scopes and scopes <= set(expected[feature]), feature


def _help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 0
    return capsys.readouterr().out


def test_every_option_of_the_command_synopsis_exists(capsys: pytest.CaptureFixture[str]) -> None:
    block = _block_after("## Command line")
    assert len(block) >= 9
    subcommands = _help(["--help"], capsys)
    for line in block:
        words = shlex.split(line.split("#", 1)[0])
        assert words[0] == "card-designer", line
        sub = words[1] if re.fullmatch(r"[a-z][a-z-]*", words[1]) else None
        if sub is None:
            # The window's own options (card-designer [FILE] [--sandbox] / --self-check).
            from designer._cli.gui import build_parser

            text = build_parser().format_help()
        else:
            assert f"    {sub} " in subcommands, f"no sub-command {sub!r}"
            text = _help([sub, "--help"], capsys)
            # "profile add NAME ..." and "profile list | use NAME | ...": actions of the sub-command.
            actions = [words[2], *(words[i + 1] for i, word in enumerate(words[:-1]) if word == "|")]
            actions = [action for action in actions if re.fullmatch(r"[a-z][a-z-]*", action)]
            for action in actions:
                assert re.search(rf"^    {action}\b", text, re.MULTILINE), f"{line!r}: no {sub} {action}"
            if len(actions) == 1:
                text = _help([sub, actions[0], "--help"], capsys)
        for option in re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", line.split("#", 1)[0]):
            assert re.search(rf"(?<![\w-]){re.escape(option)}\b", text), f"{line!r}: no option {option}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_the_send_walk_through_runs_as_written(tmp_path: Path) -> None:
    """The sandbox, send and delete commands, in bash, with ``card-designer`` on the PATH.

    Only the port changes (8765 may be taken on a machine running several test suites).
    """
    script = "\n".join(_block_after("Try the send path without an account"))
    assert "--port 8765" in script
    script = script.replace("8765", str(_free_port()))
    done = 'echo "sent and deleted $MESSAGE_ID"'
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    result = subprocess.run(
        # The trap stops the background sandbox however the script ends, so it cannot outlive
        # the test (nor hold the output pipe open until the time-out).
        ["bash", "-e", "-c", f"trap 'kill $(jobs -p) 2>/dev/null || true' EXIT\n{script}\n{done}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^deleted om_\w+$", result.stdout, re.MULTILINE), result.stdout
    assert re.search(r"^sent and deleted om_\w+$", result.stdout, re.MULTILINE), result.stdout
