"""Syntax colours for card JSON: member names, strings, numbers, literals, brackets.

JSON strings cannot span lines, so each line is coloured on its own (no block state).
Member names get their own colour because a card is read by its keys (``tag``, ``elements``).
"""

from __future__ import annotations

import re
from enum import StrEnum

from PySide6.QtGui import QColor, QFont, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from designer.cards import utf16_offset
from designer.ui.app_theme import is_dark

_TOKEN = re.compile(
    r'(?P<string>"(?:[^"\\]|\\.)*"?)(?P<key>\s*:)?'
    r"|(?P<number>-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)"
    r"|(?P<literal>\b(?:true|false|null)\b)"
    r"|(?P<bracket>[{}\[\]])"
)


class Token(StrEnum):
    """What a stretch of card JSON is, for its colour; the values name ``_TOKEN``'s groups."""

    KEY = "key"
    STRING = "string"
    NUMBER = "number"
    LITERAL = "literal"
    BRACKET = "bracket"
    TAG_VALUE = "tag_value"  # the value of "tag": the component's name


# token -> (light colour, dark colour, bold)
_SCHEME: dict[Token, tuple[str, str, bool]] = {
    Token.KEY: ("#1a56c9", "#7aa7ff", False),
    Token.STRING: ("#0b7a3e", "#8fd19e", False),
    Token.NUMBER: ("#b4530a", "#f0a35e", False),
    Token.LITERAL: ("#8a3ab9", "#d49bff", True),
    Token.BRACKET: ("#646a73", "#a2a6ad", False),
    Token.TAG_VALUE: ("#c0392b", "#ff8b7b", False),
}


class JsonHighlighter(QSyntaxHighlighter):
    """Colours a ``QTextDocument`` holding JSON; ``set_palette`` switches light/dark colours."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._formats: dict[Token, QTextCharFormat] = {}
        self.set_palette(palette)

    def set_palette(self, palette: QPalette) -> None:
        dark = is_dark(palette)
        self._formats = {}
        for kind, (light_color, dark_color, bold) in _SCHEME.items():
            text_format = QTextCharFormat()
            text_format.setForeground(QColor(dark_color if dark else light_color))
            if bold:
                text_format.setFontWeight(QFont.Weight.DemiBold)
            self._formats[kind] = text_format
        self.rehighlight()

    def _paint(self, text: str, start: int, end: int, kind: Token) -> None:
        qt_start = utf16_offset(text, start)
        self.setFormat(qt_start, utf16_offset(text, end) - qt_start, self._formats[kind])

    def highlightBlock(self, text: str) -> None:
        after_tag_key = False
        for match in _TOKEN.finditer(text):
            if match.group("string") is not None:
                if match.group("key") is not None:
                    start, end = match.span("string")
                    self._paint(text, start, end, Token.KEY)
                    after_tag_key = match.group("string") == '"tag"'
                    continue
                start, end = match.span("string")
                # The value of "tag" names the component: colour it so the eye finds elements.
                self._paint(text, start, end, Token.TAG_VALUE if after_tag_key else Token.STRING)
                after_tag_key = False
                continue
            after_tag_key = False
            start, end = match.span()
            # Every alternative of _TOKEN is a group named by a Token (here number, literal, bracket).
            assert match.lastgroup is not None
            self._paint(text, start, end, Token(match.lastgroup))
