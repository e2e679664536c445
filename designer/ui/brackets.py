"""Bracket matching for the JSON editor, local to the caret (no Qt here: plain lines of text).

A JSON string cannot hold a raw line break, so each line can be split into strings and brackets
on its own: a bracket inside ``"…"`` is text, not structure. To find a bracket's partner the
lines are read outward from the bracket's line, one at a time, and only until the partner is
found, so a keystroke costs the distance to the partner, not a rescan of the whole card. A
``limit`` on the characters read bounds even that (a very long pasted file, a partner that does
not exist): past it the bracket is simply shown without a partner.

Positions here are code points of each line (Python ``str`` indices); the editor converts
to and from Qt's UTF-16 positions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A string (closed on its line) or a bracket; an unclosed quote matches neither, so the
# brackets after it on the line still count (the person is typing the string).
_TOKENS = re.compile(r'"(?:[^"\\\n]|\\.)*"|[{}\[\]]')
_OPENER_OF = {"}": "{", "]": "["}
_CLOSER_OF = {"{": "}", "[": "]"}

# Characters read at most to find a partner: more than the text of the largest card Feishu
# accepts (30 KB, about 60 000 characters once indented), so every bracket of a card that can
# be sent is matched, while no keystroke reads an unbounded text.
BRACKET_SCAN_LIMIT = 100_000


def brackets_of(line: str) -> list[tuple[int, str]]:
    """``(column, bracket)`` for each bracket of ``line`` that is outside a string."""
    return [(match.start(), match.group()) for match in _TOKENS.finditer(line) if match.group() in "{}[]"]


def find_partner(
    line: str,
    column: int,
    following: Iterable[str],
    preceding: Iterable[str],
    limit: int = BRACKET_SCAN_LIMIT,
) -> tuple[tuple[int, int] | None, int]:
    """The partner of the bracket at ``line[column]`` and the number of characters read.

    ``following`` yields the lines after ``line`` (nearest first), ``preceding`` the lines
    before it (nearest first); only as many are read as needed. The partner is ``(lines_away,
    column)``: ``lines_away`` is 0 on the same line, k for the k-th line of ``following`` (an
    opener) or of ``preceding`` (a closer). ``None`` when the bracket has no partner, is not a
    bracket outside a string, or the partner lies beyond ``limit`` characters.

    Broken JSON pairs as one pass over the whole text from the start would: a closer of the
    wrong kind for the innermost open bracket is skipped.
    """
    brackets = brackets_of(line)
    bracket = dict(brackets).get(column)
    if bracket is None:
        return None, len(line)
    forward = bracket in _CLOSER_OF
    want = _CLOSER_OF[bracket] if forward else _OPENER_OF[bracket]
    if forward:
        first = [found for found in brackets if found[0] > column]
        rest: Iterable[str] = following
    else:
        first = [found for found in reversed(brackets) if found[0] < column]
        rest = preceding
    examined = len(line)
    open_inside: list[str] = []  # brackets opened (forward) or closed (backward) in between
    lines_away = 0
    candidates = first
    rest_lines = iter(rest)
    while True:
        for found_column, found in candidates:
            if (found in _CLOSER_OF) == forward:  # same direction as ours: nests one deeper
                open_inside.append(found)
            elif forward:
                # A closer: it closes the innermost open bracket if it is of that kind; one
                # of the wrong kind is skipped. Ours when nothing is open in between.
                if not open_inside:
                    if found == want:
                        return (lines_away, found_column), examined
                elif _OPENER_OF[found] == open_inside[-1]:
                    open_inside.pop()
            else:
                # An opener, read backwards: closers of the wrong kind after it were skipped
                # when read forwards (this opener was the innermost open one then).
                while open_inside and _OPENER_OF[open_inside[-1]] != found:
                    open_inside.pop()
                if open_inside:
                    open_inside.pop()
                elif found == want:
                    return (lines_away, found_column), examined
                else:
                    return None, examined  # our closer is of the wrong kind: it was skipped
        next_line = next(rest_lines, None)
        if next_line is None or examined + len(next_line) > limit:
            return None, examined
        examined += len(next_line)
        lines_away += 1
        found_brackets = brackets_of(next_line)
        candidates = found_brackets if forward else found_brackets[::-1]
