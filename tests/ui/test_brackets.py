"""Bracket matching local to the caret (issue 10): correct (strings, emoji, broken JSON) and
reading only the lines between the bracket and its partner."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from designer.ui.brackets import find_partner

_TOKENS = re.compile(r'"(?:[^"\\\n]|\\.)*"|[{}\[\]]')


def _whole_text_pairs(text: str) -> dict[int, int]:
    """The reference: every bracket's partner from one pass over the whole text (the editor's
    former way, run on each keystroke)."""
    pairs: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in ("{", "["):
            stack.append((token, match.start()))
        elif token in ("}", "]") and stack and stack[-1][0] == {"}": "{", "]": "["}[token]:
            _, opened = stack.pop()
            pairs[opened] = match.start()
            pairs[match.start()] = opened
    return pairs


def _partner_in(text: str, position: int, limit: int = 10**9) -> int | None:
    """``find_partner`` for the bracket at ``text[position]``, as a position in ``text``."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    number = max(index for index, start in enumerate(starts) if start <= position)
    column = position - starts[number]
    found, _ = find_partner(
        lines[number], column, iter(lines[number + 1 :]), iter(lines[:number][::-1]), limit
    )
    if found is None:
        return None
    away, partner_column = found
    partner_line = number + away if text[position] in "{[" else number - away
    return starts[partner_line] + partner_column


_STRINGS = st.text(alphabet='{}[]"\\:, a😀费\t', max_size=8)
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | _STRINGS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_STRINGS, inner, max_size=4),
    max_leaves=25,
)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(value=_VALUES, indent=st.sampled_from([None, 0, 2]))
def test_every_bracket_of_a_json_text_gets_the_partner_a_whole_text_pass_gives(
    value: Any, indent: int | None
) -> None:
    # Brackets, quotes and emoji inside strings, on one line or many.
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    pairs = _whole_text_pairs(text)
    for position, char in enumerate(text):
        if char in "{}[]":
            assert _partner_in(text, position) == pairs.get(position), (text, position)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.text(alphabet='{}[]"\\\na😀', max_size=40))
def test_broken_json_pairs_as_a_whole_text_pass_does(text: str) -> None:
    pairs = _whole_text_pairs(text)
    for position, char in enumerate(text):
        if char in "{}[]":
            # A bracket inside a string has no partner (the reference pairs none of those).
            assert _partner_in(text, position) == pairs.get(position), (text, position)


def test_a_bracket_inside_a_string_or_no_bracket_matches_nothing() -> None:
    line = '"a{": [1]'
    assert find_partner(line, 2, iter(()), iter(()))[0] is None  # the { in the string
    assert find_partner(line, 1, iter(()), iter(()))[0] is None  # not a bracket
    assert find_partner(line, 6, iter(()), iter(()))[0] == (0, 8)
    assert find_partner("😀 [1]", 4, iter(()), iter(()))[0] == (0, 2)  # code points, after an emoji


class _Lines:
    """Lines handed out one at a time, counting how many were taken."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.taken = 0

    def __iter__(self) -> Iterator[str]:
        for line in self.lines:
            self.taken += 1
            yield line


def test_only_the_lines_up_to_the_partner_are_read() -> None:
    filler = ['    {"tag": "markdown", "content": "[x] {y}"},'] * 5000  # a long card around
    after = _Lines(["      1,", "    ]", *filler])
    before = _Lines(filler)
    found, examined = find_partner('    "a": [', 9, after, before)
    assert found == (2, 4)
    assert (after.taken, before.taken) == (2, 0)
    assert examined == len('    "a": [') + len("      1,") + len("    ]")
    # Beside no bracket, nothing beyond the caret's line is read.
    after, before = _Lines(filler), _Lines(filler)
    assert find_partner('    "text": "abc",', 10, after, before) == (None, len('    "text": "abc",'))
    assert (after.taken, before.taken) == (0, 0)


def test_a_partner_beyond_the_limit_is_not_looked_for_further() -> None:
    lines = _Lines(["  1,"] * 10_000 + ["]"])
    found, examined = find_partner("[", 0, lines, iter(()), limit=1_000)
    assert found is None
    assert examined <= 1_000
    assert lines.taken <= 1_000 // 4 + 1
