"""``--help``, usage and argparse's own errors follow the locale as the commands' other output
does: Chinese with ``LANG=zh_CN.UTF-8`` (our descriptions and argparse's words alike, with no
English sentence left: option names, ids and metavars aside), English with ``LANG=C``."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from designer.cli import SUBCOMMANDS, _build_parser
from designer.messages import Message, catalog
from tests.helpers.cli import CJK, english_left, run_in_locale

PROFILE_ACTIONS = ("add", "list", "remove", "set-secret", "use", "test")
HELPS = [(), *((name,) for name in SUBCOMMANDS), *(("profile", action) for action in PROFILE_ACTIONS)]

# What a person mistypes: a required option left out, a choice that is none, an option that is
# no option, a value of the wrong type; and the window's own parser (no COMMAND).
USAGE_ERRORS = [
    ("post", "card.json"),
    ("listen", "--toast-type", "loud"),
    ("validate", "--bogus"),
    ("render", "card.json", "-o", "out.png", "--width", "3"),
    ("send", "card.json", "--timeout", "soon"),
    ("--bogus",),
]


@pytest.mark.parametrize("command", HELPS, ids=lambda command: " ".join(command) or "card-designer")
def test_every_help_is_chinese_in_a_chinese_locale_and_english_in_c(tmp_path: Path, command: tuple[str, ...]) -> None:
    chinese = run_in_locale("zh_CN.UTF-8", tmp_path, *command, "--help")
    assert chinese.returncode == 0, chinese.stderr
    assert chinese.stdout.startswith("用法："), chinese.stdout
    assert "显示此帮助信息后退出" in chinese.stdout
    prog = " ".join(("card-designer", *command))  # (the command as typed is no sentence)
    assert CJK.search(chinese.stdout) and not english_left(chinese.stdout.replace(prog, "")), chinese.stdout
    english = run_in_locale("C", tmp_path, *command, "--help")
    assert english.returncode == 0, english.stderr
    assert english.stdout.startswith("usage: ") and "show this help message and exit" in english.stdout
    assert not CJK.search(english.stdout), english.stdout


@pytest.mark.parametrize("args", USAGE_ERRORS, ids=lambda args: " ".join(args))
def test_usage_errors_are_chinese_in_a_chinese_locale_and_english_in_c(tmp_path: Path, args: tuple[str, ...]) -> None:
    (tmp_path / "card.json").write_text('{"elements": []}', encoding="utf-8")
    chinese = run_in_locale("zh_CN.UTF-8", tmp_path, *args, env={"QT_QPA_PLATFORM": "offscreen"})
    assert chinese.returncode == 2, chinese.stderr
    usage, *_, said = chinese.stderr.splitlines()
    assert usage.startswith("用法：card-designer") and "：错误：" in said, chinese.stderr
    prog = " ".join(("card-designer", *args[:1])) if not args[0].startswith("-") else "card-designer"
    assert not english_left(chinese.stderr.replace(prog, "")), chinese.stderr
    english = run_in_locale("C", tmp_path, *args)
    assert english.returncode == 2, english.stderr
    assert english.stderr.startswith("usage: card-designer") and ": error: " in english.stderr
    assert not CJK.search(english.stderr), english.stderr



@pytest.mark.parametrize(
    ("lang", "language", "chinese"),
    [("zh_CN.UTF-8", "en_US:en", False), ("en_US.UTF-8", "zh_CN:en", True)],
    ids=["chinese-locale-english-first", "english-locale-chinese-first"],
)
def test_language_names_one_language_for_the_help_and_argparse_alike(
    tmp_path: Path, lang: str, language: str, chinese: bool
) -> None:
    """gettext (argparse's words) reads ``LANGUAGE`` first; our own words follow the same rule,
    so a help is never half one language and half the other."""
    shown = run_in_locale(lang, tmp_path, "post", "--help", env={"LANGUAGE": language}).stdout
    if chinese:
        assert shown.startswith("用法：") and "在群聊中发送全员可见的卡片" in shown, shown
    else:
        assert shown.startswith("usage: ") and "post a card for the whole chat to see" in shown, shown
        assert not CJK.search(shown), shown


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:  # (argparse keeps its sub-parsers only there)
        if isinstance(action.choices, dict):
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_every_help_text_is_a_message_with_a_translation() -> None:
    """A help, description or epilog written as a plain string would stay English in Chinese."""
    chinese = catalog("zh_CN")
    for name in (None, *SUBCOMMANDS):
        for parser in _parsers(_build_parser(name)):
            said = [parser.description, parser.epilog]
            said += [action.help for action in parser._actions if action.dest != "help"]
            for text in filter(None, said):
                assert isinstance(text, Message), f"{parser.prog}: {text!r} is no Text (the locale's language)"
                assert chinese.get(text.id), f"{parser.prog}: {text.id!r} has no zh_CN translation"
