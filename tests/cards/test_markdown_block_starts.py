"""Lines that cannot start a block are paragraph text at once (issue 9: six block patterns tried
on every line were half of parsing 30 KB of short lines), and the blocks are the same as when
every pattern is tried."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from designer.cards import markdown
from designer.cards.markdown import parse_markdown

_PATTERNS = ("_FENCE", "_HR", "_HEADING", "_TABLE_ROW", "_QUOTE", "_LIST")


class _Counted:
    def __init__(self, pattern: re.Pattern[str], tried: list[str]) -> None:
        self.pattern = pattern
        self.tried = tried

    def match(self, text: str) -> Any:
        self.tried.append(text)
        return self.pattern.match(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def test_plain_lines_are_not_tried_as_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[str] = []
    for name in _PATTERNS:
        monkeypatch.setattr(markdown, name, _Counted(getattr(markdown, name), tried))
    text = "".join(f"line {n} 飞书 😀\n" for n in range(1_000)) + "- item\n"
    blocks = parse_markdown(text, dialect="markdown")
    assert tried and set(tried) <= {"- item", ""}  # only the item (and the end) tried as blocks
    assert len(blocks) == 2


LINE = st.text(alphabet=st.sampled_from(list(" \t#->*_+1.)`~|:a飞😀\u3000\u00a0")), max_size=12)


EVERY_BLOCK = [
    " ___",
    "***",
    "---",
    "- a",
    "+ a",
    "* a",
    "1. a",
    "2) a",
    "# a",
    "> a",
    "| a |",
    "|---|",
    "| b |",
]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(LINE, max_size=12), st.sampled_from(["markdown", "lark_md"]))
@example([*EVERY_BLOCK, "```", "code"], "markdown")  # (a fence runs to the end: one at the end)
@example([*EVERY_BLOCK, "~~~", "code"], "markdown")
def test_the_blocks_are_those_of_trying_every_pattern(lines: list[str], dialect: Any) -> None:
    text = "\n".join(lines)
    quick = parse_markdown(text, dialect=dialect)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(markdown, "_BLOCK_STARTS", _Everything())  # every line tries every pattern
        patch.setattr(markdown, "_STARTS", {name: _Everything() for name in markdown._STARTS})
        patch.setattr(markdown, "_ITEMS", _Forgetful())  # (no list item remembered)
        every = parse_markdown(text, dialect=dialect)
    assert quick == every


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


class _Forgetful:
    """A cache that remembers nothing (each parse tries every pattern)."""

    def get(self, key: str) -> None:
        return None

    def put(self, key: str, value: Any) -> Any:
        return value


def test_a_key_in_a_long_list_reads_only_the_item_it_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every line of 4,000 items was tried against the block patterns again on each key (issue 9).
    markdown.clear_inline_cache()
    lines = [f"- item {n} **飞书** 😀" for n in range(4_000)]
    parse_markdown("\n".join(lines), dialect="markdown")
    tried: list[str] = []
    for name in _PATTERNS:
        monkeypatch.setattr(markdown, name, _Counted(getattr(markdown, name), tried))
    lines[2_000] = "- typed"
    (block,) = parse_markdown("\n".join(lines), dialect="markdown")
    assert tried == ["- typed", "- typed"]  # is it a rule? a list item
    assert isinstance(block, markdown.ListBlock) and len(block.items) == 4_000
    assert markdown.inline_text(block.items[2_000].inlines) == "typed"
    markdown.clear_inline_cache()
