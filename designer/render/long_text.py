"""Long markdown in the preview, laid out where it shows: ``LongTextNode``.

One ``QTextDocument`` for 30 KB of markdown is built and laid out whole before anything shows:
4,000 list items took ~40 ms to build and ~20 ms to lay out, on every first show and after every
keystroke (issue 9). Here the parsed blocks are cut into pieces of about ``PIECE_LINES`` lines,
each its own small document, built and laid out only when it is looked at (``settle``) or when
the view has time (``refine``, a piece at a time). Until then a piece counts with an estimate of
its height, from its lines' lengths, so the scroll height converges as the pieces are done.

A piece ends where one block ends and the next begins; blocks of many lines (a paragraph of line
breaks, a list, a code block) are cut at a line, which is how they are drawn anyway (a break is a
new line, every list item and code line a block of its own), so the pieces draw exactly as the
one document would (tests/render/test_lazy_text.py compares the pixels). A pipe table is cut
between rows: each piece's rows are a table of their own (``TableRows``) in the columns of the
whole one, measured over all its rows from the fonts' advances (``table_columns``), so a 30 KB
table whose every row is new lays out only the rows that show.

Built pieces are kept by their blocks, look and width (``_PIECES``): an edit in one piece of a
long text builds that piece again, not the others. (The width is in the key so that two texts
alike laid out at two widths never share a document and lay it out over and over.)
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QPainter, QTextDocument

from designer.cards.markdown import (
    Block,
    CodeBlock,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Table,
)
from designer.render.nodes import TextNode
from designer.render.text import (
    _HEADING_SCALE,
    ColumnSizes,
    TableRows,
    TextStyle,
    anchor_at,
    blocks_document,
    card_font,
    paint_pills,
    table_columns,
)
from designer.render.theme import Theme

PIECE_LINES = 40  # about a screenful of 22 px lines: the first show builds one or two pieces
LONG_TEXT_LINES = 3 * PIECE_LINES  # shorter texts stay one document (nothing to gain)
_PIECE_CACHE_SIZE = 320  # pieces of 40 lines: two 30 KB texts' worth

_Look = tuple[str, TextStyle, str, tuple[tuple[str, str], ...]]
_PIECES: OrderedDict[_PieceKey, QTextDocument] = OrderedDict()


Part = Block | TableRows  # what a piece is made of: a long table goes in pieces of its rows


def _line_count(block: Part) -> int:
    if isinstance(block, Paragraph | Quote):
        return [run.kind for run in block.inlines].count("break") + 1
    if isinstance(block, ListBlock):
        return len(block.items)
    if isinstance(block, CodeBlock):
        return block.code.count("\n") + 1
    if isinstance(block, Table):
        return len(block.rows) + 1
    if isinstance(block, TableRows):
        return len(block.table.rows) + block.first
    return 1


def _cut(block: Block, count: int, columns: Callable[[Table], ColumnSizes]) -> list[tuple[Part, int]]:
    """``block`` (of ``count`` lines) as blocks of at most ``PIECE_LINES`` lines that draw as it
    does, each with its number of lines. A table's rows go in tables of their own, all in the
    columns of the whole table (``columns``: measured over all its rows)."""
    if count <= PIECE_LINES:
        return [(block, count)]
    parts: list[Part]
    if isinstance(block, Paragraph):
        breaks = [index for index, run in enumerate(block.inlines) if run.kind == "break"]
        # the break between two parts is where the new block starts: it goes
        ends = breaks[PIECE_LINES - 1 :: PIECE_LINES]
        starts = [0, *(end + 1 for end in ends)]
        parts = [
            Paragraph(block.inlines[a:b]) for a, b in zip(starts, [*ends, len(block.inlines)], strict=True)
        ]
    elif isinstance(block, ListBlock):
        items = block.items
        parts = [ListBlock(items[i : i + PIECE_LINES]) for i in range(0, len(items), PIECE_LINES)]
    elif isinstance(block, CodeBlock):
        code = block.code.split("\n")
        parts = [
            replace(block, code="\n".join(code[i : i + PIECE_LINES]))
            for i in range(0, len(code), PIECE_LINES)
        ]
    elif isinstance(block, Table):
        sizes = columns(block)
        rows = block.rows
        ends = [*range(PIECE_LINES - 1, len(rows), PIECE_LINES), len(rows)]  # (the header, a line)
        starts = [0, *ends[:-1]]
        parts = [
            TableRows(Table(block.header, rows[a:b]), sizes, first=a == 0, last=b == len(rows))
            for a, b in zip(starts, ends, strict=True)
        ]
    else:
        return [(block, count)]  # a quote
    return [(part, PIECE_LINES) for part in parts[:-1]] + [
        (parts[-1], count - PIECE_LINES * (len(parts) - 1))
    ]


def split_pieces(
    blocks: tuple[Block, ...], columns: Callable[[Table], ColumnSizes]
) -> list[tuple[Part, ...]] | None:
    """``blocks`` in pieces of about ``PIECE_LINES`` lines; None when they are too few to cut.
    (``columns``: how the columns of a table cut in pieces are measured.)"""
    counts = [_line_count(block) for block in blocks]
    if sum(counts) < LONG_TEXT_LINES:
        return None
    pieces: list[tuple[Part, ...]] = []
    piece: list[Part] = []
    lines = 0
    for block, count in zip(blocks, counts, strict=True):
        for part, part_count in _cut(block, count, columns):
            if piece and lines + part_count > PIECE_LINES:
                pieces.append(tuple(piece))
                piece, lines = [], 0
            piece.append(part)
            lines += part_count
    if piece:
        pieces.append(tuple(piece))
    return pieces


@lru_cache(maxsize=64)
def _font_numbers(size: int, bold: bool, least_line: float) -> tuple[float, float, float]:
    """(line height, average character advance, wide character advance) of the card font."""
    metrics = QFontMetricsF(card_font(size, bold=bold))
    return max(least_line, metrics.lineSpacing()), metrics.averageCharWidth(), float(size)


class _Piece:
    """A run of blocks drawn as one small document, built on demand."""

    __slots__ = ("_estimate", "_lines", "blocks", "blocks_hash", "doc", "looked_up", "style", "theme")

    def __init__(self, blocks: tuple[Part, ...], theme: Theme, style: TextStyle) -> None:
        self.blocks = blocks
        self.theme = theme
        self.style = style
        self.doc: QTextDocument | None = None
        self.looked_up = -1.0  # the width it was last looked up at in _PIECES
        self.blocks_hash: int | None = None
        self._lines: list[tuple[float, float, list[float]]] | None = None
        self._estimate = (-1.0, 0.0)  # (width, the guess at that width)

    def estimate(self, width: float) -> float:
        """A guess of the piece's height at ``width``, from its lines' lengths."""
        if self._estimate[0] != width:
            total = 0.0
            for height, room, advances in self._line_sizes():
                limit = max(1.0, width - room)
                if not advances or max(advances) <= limit:  # (most lines: none wraps)
                    total += height * max(1, len(advances))
                else:
                    total += height * sum(max(1, math.ceil(advance / limit)) for advance in advances)
            self._estimate = (width, total)
        return self._estimate[1]

    def exact(self, width: float) -> bool:
        return self.doc is not None and self.doc.textWidth() == width

    def _line_sizes(self) -> list[tuple[float, float, list[float]]]:
        """Per block: its lines' (or table rows') height, the room they lose (indent, cell
        padding), and a guess of each one's advance. Made when first asked: most pieces of a
        re-shown text are exact already."""
        if self._lines is not None:
            return self._lines
        theme, style = self.theme, self.style
        groups: list[tuple[float, float, list[float]]] = []
        least = float(round(style.size * theme.metrics.line_height))
        for block in self.blocks:
            if isinstance(block, Table | TableRows):
                table = block if isinstance(block, Table) else block.table
                shown = (table.header, *table.rows) if isinstance(block, Table) or block.first else table.rows
                height, average, wide = _font_numbers(style.size, False, 0.0)
                cells = max(1, len(table.header))
                rows = [
                    max(
                        (
                            _advance(
                                cell[0].text if len(cell) == 1 else "".join([r.text for r in cell]),
                                average,
                                wide,
                            )
                            for cell in row
                        ),
                        default=0.0,
                    )
                    * cells
                    for row in shown
                ]
                groups.append((height + 13, 14.0 * cells, rows))
                continue
            size, bold = style.size, style.bold
            if isinstance(block, Heading):
                size, bold = round(style.size * _HEADING_SCALE.get(block.level, 1.0)), True
            height, average, wide = _font_numbers(size, bold, least)
            if isinstance(block, ListBlock):
                texts = ["".join([run.text for run in item.inlines]) for item in block.items]
                room = theme.metrics.list_indent * (1 + block.items[0].depth if block.items else 1)
                groups.append((height, room, [_advance(text, average, wide) + 2 * wide for text in texts]))
            elif isinstance(block, CodeBlock):
                groups.append((height, 8.0, [len(line) * average for line in block.code.split("\n")]))
            elif isinstance(block, Paragraph | Heading | Quote):
                text = "".join(["\n" if run.kind == "break" else run.text for run in block.inlines])
                groups.append((height, 0.0, [_advance(line, average, wide) for line in text.split("\n")]))
            else:  # a rule
                groups.append((height, 0.0, [0.0]))
        self._lines = groups
        return groups


class _PieceKey:
    """A built piece's key in ``_PIECES``: its blocks, look and width, hashed once (hashing the
    blocks, dataclass by dataclass, is most of a lookup)."""

    __slots__ = ("_hash", "blocks", "look", "width")

    def __init__(self, piece: _Piece, look: _Look, width: float) -> None:
        if piece.blocks_hash is None:
            piece.blocks_hash = hash(piece.blocks)
        self.blocks = piece.blocks
        self.look = look
        self.width = width
        self._hash = hash((piece.blocks_hash, look, width))

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, _PieceKey)
            and self.width == other.width
            and self.look == other.look
            and self.blocks == other.blocks
        )


def _advance(text: str, average: float, wide: float) -> float:
    """A guess of how wide ``text`` is on one line: wide (CJK, emoji) characters are about
    a font size each, the others the font's average (three UTF-8 bytes tell a wide one)."""
    if text.isascii():
        return len(text) * average
    wide_count = min(len(text), (len(text.encode("utf-8", "surrogatepass")) - len(text)) // 2)
    return (len(text) - wide_count) * average + wide_count * wide


class LongTextNode(TextNode):
    """A long markdown text whose pieces are built and laid out where they show.

    ``doc`` (the whole text as one document) is made only when something asks for it; the node
    then draws from it like any ``TextNode``."""

    def __init__(
        self,
        tag: str,
        pointer: str | None,
        pieces: list[tuple[Part, ...]],
        whole: Callable[[], QTextDocument],
        text: str,
        color: str,
        look: tuple[Theme, TextStyle, str, Mapping[str, str] | None],
    ) -> None:
        super().__init__(tag, pointer, QTextDocument(), text, color)
        self._whole: QTextDocument | None = None  # (the stand-in given above is dropped)
        self._make_whole = whole
        self._look = look
        theme, style, language, custom = look
        self._key: _Look = (theme.name, style, language, tuple(sorted((custom or {}).items())))
        self.pieces = [_Piece(blocks, theme, style) for blocks in pieces]
        self.tops: list[float] = []  # each piece's top, then the bottom of the last
        self.width = 0.0
        self.layouts = 0  # pieces laid out (tests count the work done)

    @property
    def doc(self) -> QTextDocument:
        if self._whole is None:
            self._whole = self._make_whole()
        return self._whole

    @doc.setter
    def doc(self, value: QTextDocument) -> None:
        self._whole = value

    # -- layout -----------------------------------------------------------------------------
    def do_layout(self, width: float) -> float:
        if self._whole is not None:
            return super().do_layout(width)
        self.width = max(1.0, width)
        return self._place()

    def _place(self) -> float:
        """Pieces one under another: exact heights where laid out, else estimates."""
        y = 0.0
        self.tops = []
        for piece in self.pieces:
            self.tops.append(y)
            y += self._height(piece)
        self.tops.append(y)
        return y

    def _height(self, piece: _Piece) -> float:
        doc = self._doc(piece, build=False)
        return doc.size().height() if doc is not None else piece.estimate(self.width)

    def _lay_out(self, piece: _Piece) -> QTextDocument:
        doc = self._doc(piece, build=True)
        assert doc is not None
        return doc

    def _doc(self, piece: _Piece, *, build: bool) -> QTextDocument | None:
        """The piece's document laid out at the node's width: its own, one built before for
        the same blocks (an earlier version of the text: an edit leaves the other pieces as
        they were), or (``build``) a new one."""
        if piece.exact(self.width):
            return piece.doc
        key = _PieceKey(piece, self._key, self.width)
        if piece.looked_up != self.width:
            piece.looked_up = self.width
            known = _PIECES.get(key)
            if known is not None:  # (no reordering: kept in the order built, hashed once)
                piece.doc = known
                return known
        if not build:
            return None
        theme, style, language, custom = self._look
        doc = blocks_document(piece.blocks, theme, style, language, custom)
        doc.setTextWidth(self.width)
        doc.size()  # the layout itself
        self.layouts += 1
        piece.doc = _PIECES[key] = doc
        if len(_PIECES) > _PIECE_CACHE_SIZE:
            _PIECES.popitem(last=False)
        return doc

    def piece_at(self, y: float) -> int | None:
        """The piece at ``y`` (node px), None when drawn whole."""
        if self._whole is not None or not self.pieces or not self.tops:
            return None
        return min(len(self.pieces) - 1, max(0, bisect_right(self.tops, y) - 1))

    def pending(self) -> bool:
        """Whether some piece's height is still an estimate."""
        return self._whole is None and not all(piece.exact(self.width) for piece in self.pieces)

    def settle(self, top: float, bottom: float) -> bool:
        """Lay out exactly every piece that shows between ``top`` and ``bottom`` (node px);
        True when the node's height changed (its parents are to be laid out again)."""
        if self._whole is not None or not self.tops:
            return False
        before = self.h
        while True:
            first = max(0, bisect_right(self.tops, top) - 1)
            todo = [
                piece
                for index, piece in enumerate(self.pieces[first:], first)
                if self.tops[index] <= bottom and not piece.exact(self.width)
            ]
            if not todo:
                break
            for piece in todo:
                self._lay_out(piece)
            self.h = self._place()  # the pieces under them moved: look again
        return self.h != before

    def refine(self, more: Callable[[], bool]) -> bool:
        """Lay out the pieces still estimated, first to last, while ``more()`` says there is
        time; True when the node's height changed."""
        if self._whole is not None:
            return False
        before = self.h
        for piece in self.pieces:
            if not piece.exact(self.width):
                if not more():
                    break
                self._lay_out(piece)
        self.h = self._place()
        return self.h != before

    # -- paint and hit ----------------------------------------------------------------------
    def paint(self, painter: QPainter) -> None:
        if self._whole is not None:
            super().paint(painter)
            return
        area = QRectF(0, 0, self.w, self.h)
        if painter.hasClipping():
            area = area.intersected(painter.clipBoundingRect())
        if area.isEmpty() or not self.tops:
            return
        first = max(0, bisect_right(self.tops, area.top()) - 1)
        for index in range(first, len(self.pieces)):
            top = self.tops[index]
            if top > area.bottom():
                break
            # (the view settles what shows before it paints: this lays out nothing, or is a net)
            doc = self._lay_out(self.pieces[index])
            slot = QRectF(0, 0, self.w, self.tops[index + 1] - top)
            painter.save()
            painter.translate(0, top)
            paint_pills(doc, painter)
            shown = slot.intersected(area.translated(0, -top))
            if not shown.isEmpty():
                doc.drawContents(painter, shown)
            painter.restore()

    def anchor_at(self, x: float, y: float) -> str:
        if self._whole is not None or not self.tops:
            return super().anchor_at(x, y)
        index = min(len(self.pieces) - 1, max(0, bisect_right(self.tops, y) - 1))
        return anchor_at(self._lay_out(self.pieces[index]), QPointF(x, y - self.tops[index]))


def clear_piece_cache() -> None:
    """Forget the pieces built so far (a benchmark's first show)."""
    _PIECES.clear()


def long_text_node(
    tag: str,
    pointer: str | None,
    blocks: tuple[Block, ...],
    text: str,
    color: str,
    look: tuple[Theme, TextStyle, str, Mapping[str, str] | None],
) -> LongTextNode | None:
    """A ``LongTextNode`` for ``blocks``, or None when they are short (one document is as quick)."""
    theme, style, language, custom = look
    pieces = split_pieces(blocks, lambda table: table_columns(table, theme, style, language, custom))
    if pieces is None:
        return None
    return LongTextNode(
        tag,
        pointer,
        pieces,
        lambda: blocks_document(blocks, theme, style, language, custom),
        text,
        color,
        look,
    )


__all__ = ["PIECE_LINES", "LongTextNode", "clear_piece_cache", "long_text_node", "split_pieces"]
