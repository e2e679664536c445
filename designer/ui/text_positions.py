"""Converting between Python string indices (code points) and Qt text positions (UTF-16 units).

The card core speaks code points; ``QTextCursor`` speaks UTF-16. They differ only after a
character outside the Basic Multilingual Plane (most emoji), which cards do contain.
"""

from __future__ import annotations

import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def to_qt(text: str, index: int) -> int:
    """The Qt position of code-point ``index`` in ``text``."""
    if not _ASTRAL.search(text, 0, index):
        return index
    return index + len(_ASTRAL.findall(text, 0, index))


def from_qt(text: str, position: int) -> int:
    """The code-point index of Qt ``position`` in ``text`` (a position inside a pair rounds down)."""
    if not _ASTRAL.search(text):
        return position
    units = 0
    for index, char in enumerate(text):
        width = 2 if ord(char) > 0xFFFF else 1
        if units + width > position:
            return index
        units += width
    return len(text)
