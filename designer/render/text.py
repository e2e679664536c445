"""Card text drawn with Qt: a ``QTextDocument`` built run by run from the markdown tree.

Every run goes in through ``QTextCursor.insertText`` with a ``QTextCharFormat``; nothing from a
card ever reaches ``setHtml``/``setMarkdown``, so text in a card is always shown as text.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from bisect import bisect_right
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
    QTextBoundaryFinder,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPyTextObject,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextLayout,
    QTextLength,
    QTextLine,
    QTextOption,
)

from designer.bounded_cache import BoundedCache
from designer.cards.markdown import (
    Block,
    CodeBlock,
    Dialect,
    Heading,
    Inline,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Table,
    parse_markdown,
)
from designer.render.icons import icon_image
from designer.render.theme import FONT_FAMILIES, MONO_FAMILIES, Theme, font_color

_HEADING_SCALE = {1: 1.5, 2: 1.3, 3: 1.15, 4: 1.0, 5: 1.0, 6: 1.0}


def card_font(pixel_size: int, *, bold: bool = False) -> QFont:
    return QFont(_card_font(max(1, pixel_size), bold))  # a copy: callers may change theirs


@lru_cache(maxsize=64)
def _card_font(pixel_size: int, bold: bool) -> QFont:
    # Thousands of texts share a handful of fonts; resolving the family list each time showed
    # in the profile of a long card.
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def mono_font(pixel_size: int) -> QFont:
    font = QFont()
    font.setFamilies(list(MONO_FAMILIES))
    font.setPixelSize(max(1, pixel_size))
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How a text element looks: size in px, colour (None = the theme's text), alignment, weight."""

    size: int = 14
    color: str | None = None
    bold: bool = False
    align: str = "left"  # left / center / right
    max_lines: int = 0  # 0 = unlimited (plain_text "lines")


@lru_cache(maxsize=512)
def parsed_markdown(content: str, dialect: Dialect) -> tuple[Block, ...]:
    """``parse_markdown``, remembered: a text is parsed once for its document and its words."""
    return tuple(parse_markdown(content, dialect=dialect))


@lru_cache(maxsize=1)
def has_emoji_font() -> bool:
    """Whether an emoji font is installed (else emoji would draw as empty boxes)."""
    return any("emoji" in family.lower() for family in QFontDatabase.families())


def _translate(text: str) -> str:
    return QCoreApplication.translate("CardText", text)


def mention_label(run: Inline, language: str) -> str:
    """``@all`` as the client words it; a person by the name in the tag, else the id."""
    if run.user_id == "all":
        return "@所有人" if language.startswith("zh") else "@" + _translate("all")
    return "@" + (run.text.strip() or run.user_id or "")


# Char format property holding a text tag's tint (painted as a rounded pill under the text).
PILL_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
ROUND_PILL_PROPERTY = int(QTextFormat.Property.UserProperty) + 2  # a <number_tag>: fully round ends
_HAS_PILLS = "cardHasPills"  # dynamic property of a document with pills, so others skip the scan


_PLAIN_FORMATS: dict[tuple[int, bool, int], QTextCharFormat] = {}
# What a char format depends on in one document: size, bold, and the run's style flags if any.
_CharLook = tuple[int | None, bool] | tuple[int | None, bool, bool, bool, bool, bool, str | None, str | None]


def _styled(run: Inline) -> bool:
    return bool(run.bold or run.italic or run.strike or run.code or run.color or run.href)


class _Builder:
    def __init__(
        self, theme: Theme, style: TextStyle, language: str, custom: Mapping[str, str] | None = None
    ) -> None:
        self.theme = theme
        self.custom = custom
        self.style = style
        self.language = language
        self.base_font = card_font(style.size, bold=style.bold)
        self.doc = _new_document(self.base_font, style.align)
        self.cursor = QTextCursor(self.doc)
        self.in_cell = False  # building a pipe table's cell (a text tag there is a square tint)
        # One edit block around the whole build: outside one, every insertText lays out its block
        # again to place the cursor, which made a long paragraph quadratic (12,000 short lines
        # of markdown took seconds, issue 9). ``done`` ends it.
        self._edit = QTextCursor(self.doc)
        self._edit.beginEditBlock()
        self.first_block = True
        self._block_formats: dict[tuple[float, float, str | None], QTextBlockFormat] = {}
        # Styled char formats by look, made once per document: 30 KB of bold, italic and link
        # runs spent a sixth of their first show making a font and format per run (issue 9).
        self._char_formats: dict[_CharLook, QTextCharFormat] = {}
        self.text_color = QColor(font_color(theme, style.color, custom) or theme.text)

    def done(self) -> QTextDocument:
        """The document, built: its edit block ends here, so it is laid out once, when asked."""
        self._edit.endEditBlock()
        return self.doc

    def block(self, *, indent: float = 0, text_indent: float = 0, background: str | None = None) -> None:
        # One format per look, made once: 4,000 list items spent a third of their build making
        # the same block format over again (issue 9). insertBlock copies it.
        key = (indent, text_indent, background)
        fmt = self._block_formats.get(key)
        if fmt is None:
            fmt = self._block_formats[key] = QTextBlockFormat()
            # At least line_height x the font size (Feishu: 22 px lines for 14 px text).
            # Proportional height would multiply the CJK font's own tall line spacing instead.
            fmt.setLineHeight(round(self.style.size * self.theme.metrics.line_height), 3)  # 3 = MinimumHeight
            fmt.setAlignment(_alignment(self.style.align))
            fmt.setLeftMargin(indent)
            fmt.setTextIndent(text_indent)
            if background:
                fmt.setBackground(QColor(background))
        if self.first_block:
            self.cursor.setBlockFormat(fmt)
            self.first_block = False
        else:
            self.cursor.insertBlock(fmt)

    def char_format(
        self, run: Inline | None = None, *, size: int | None = None, bold: bool = False
    ) -> QTextCharFormat:
        plain = size is None and not bold and (run is None or not _styled(run))
        if plain:  # most runs: the text's own font and colour, made once per look
            key = (self.style.size, self.style.bold, self.text_color.rgba())
            cached = _PLAIN_FORMATS.get(key)
            if cached is None:
                cached = _PLAIN_FORMATS[key] = self._new_format(None, size=None, bold=False)
            return QTextCharFormat(cached)  # a copy: callers set their own colours on it
        look: _CharLook = (size, bold)
        if run is not None:  # the fields _new_format reads
            look = (size, bold, run.bold, run.italic, run.strike, run.code, run.color, run.href)
        made = self._char_formats.get(look)
        if made is None:
            made = self._char_formats[look] = self._new_format(run, size=size, bold=bold)
        return QTextCharFormat(made)  # a copy, as above

    def _new_format(self, run: Inline | None, *, size: int | None, bold: bool) -> QTextCharFormat:
        fmt = QTextCharFormat()
        font = QFont(self.base_font)
        if size is not None:
            font.setPixelSize(size)
        if bold or (run is not None and run.bold):
            font.setBold(True)
        if run is not None:
            font.setItalic(run.italic)
            font.setStrikeOut(run.strike)
            if run.code:
                font = mono_font(font.pixelSize() - 1)
                fmt.setBackground(QColor(self.theme.code_background))
        fmt.setFont(font)
        color = self.text_color
        if run is not None and run.color:
            resolved = font_color(self.theme, run.color, self.custom)
            if resolved:
                color = QColor(resolved)
        if run is not None and run.href:
            color = QColor(self.theme.link)
            fmt.setAnchor(True)
            fmt.setAnchorHref(run.href)
        fmt.setForeground(color)
        return fmt

    def inlines(self, runs: tuple[Inline, ...], *, size: int | None = None, bold: bool = False) -> None:
        for run in runs:
            if run.kind == "break":
                self.cursor.insertText("\u2028", self.char_format(size=size))
            elif run.kind == "mention":
                fmt = self.char_format(run, size=size, bold=bold)
                fmt.setForeground(QColor(self.theme.mention))
                self.cursor.insertText(mention_label(run, self.language), fmt)
            elif run.kind == "text_tag":
                pair = self.theme.tags.get((run.tag_color or "neutral").lower(), self.theme.tags["neutral"])
                self.pill(run.text, pair.background, pair.foreground)
            elif run.kind == "number_tag":
                # Rich-text page, "数字角标": background_color / font_color are colour names; with
                # neither, Feishu's badge is its primary blue with a white number.
                background = font_color(self.theme, run.tag_color, self.custom) or self.theme.primary
                foreground = font_color(self.theme, run.color, self.custom) or "#ffffff"
                self.pill(run.text, background, foreground, rounded=True, href=run.href)
            elif run.kind == "emoji" and not has_emoji_font():
                # No colour emoji font installed: show the key in a pill rather than a box.
                pair = self.theme.tags["neutral"]
                self.pill(run.key or run.text, pair.background, pair.foreground)
            elif run.kind == "icon":
                self.icon(run, size)
            elif run.kind == "image":
                fmt = self.char_format(size=size)
                fmt.setForeground(QColor(self.theme.text_secondary))
                self.cursor.insertText(f"[{_translate('image')}: {run.text or run.href}]", fmt)
            else:
                self.cursor.insertText(run.text, self.char_format(run, size=size, bold=bold))

    def icon(self, run: Inline, size: int | None) -> None:
        """The icon of a ``<link icon=...>``: the token's glyph, text-sized, in the link's colour
        (the text's when the link has no web url), then a thin space before the link text."""
        px = size or self.style.size
        color = QColor(self.theme.link) if run.href else self.text_color
        name = f"icon:{run.key}:{color.name(QColor.NameFormat.HexArgb)}:{px}"
        self.doc.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(name),
            icon_image(run.key or "", color.name(QColor.NameFormat.HexArgb), px),
        )
        fmt = QTextImageFormat()
        fmt.setName(name)
        fmt.setWidth(px)
        fmt.setHeight(px)
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
        if run.href:
            fmt.setAnchor(True)
            fmt.setAnchorHref(run.href)
        self.cursor.insertImage(fmt)
        self.cursor.insertText("\u2009", self.char_format(run, size=size))

    def pill(
        self, text: str, background: str, foreground: str, *, rounded: bool = False, href: str | None = None
    ) -> None:
        """A ``<text_tag>``: smaller text on a rounded tint (also in a heading: tags keep their
        size); ``rounded``: a ``<number_tag>`` circle (a pill for two digits). The tint is painted
        by ``paint_pills`` (a char format's background is a square box); inside a table it stays
        a square box. ``href``: a click on it opens that link."""
        fmt = self.char_format(size=self.style.size - 2)
        if not self.in_cell:
            fmt.setProperty(PILL_PROPERTY, background)
            if rounded:
                fmt.setProperty(ROUND_PILL_PROPERTY, True)
            self.doc.setProperty(_HAS_PILLS, True)
        else:
            fmt.setBackground(QColor(background))
        if href:
            fmt.setAnchor(True)
            fmt.setAnchorHref(href)
        fmt.setForeground(QColor(foreground))
        self.cursor.insertText(f"\u2007{text}\u2007", fmt)  # figure spaces: padding that never breaks off

    def table(self, block: Table | TableRows) -> None:
        """A pipe table, or some rows of one (``TableRows``): one object in a block of its own,
        drawn by ``GridTable``.

        A ``QTextTable`` laid every cell out two or three times over, all of them before the
        first paint: 300 ms for a 3,000-row table (issue 9). The cells are built here with the
        same formats, into one side document, a block each; ``GridTable`` places them in columns
        measured over all the table's rows (``column_sizes``)."""
        if isinstance(block, Table):
            block = TableRows(block, self.column_sizes(block))
        self.block()
        own = self.cursor.blockFormat()  # the table's line is the table: no minimum line height
        own.setLineHeight(0, int(QTextBlockFormat.LineHeightTypes.SingleHeight.value))
        self.cursor.setBlockFormat(own)
        grid = GridTable(self.theme, self.base_font, self.style.align, block.columns, block.first, block.last)
        grid.look = self._cell_look()
        main_cursor = self.cursor
        self.cursor = QTextCursor(grid.cells_doc)
        self.in_cell = True
        table = block.table
        columns = max(1, len(table.header))
        # A cell alike in content and column to one built before shares its block (and so its
        # lines, laid out at the same width): tables repeat (numbers, statuses), and building a
        # block per cell was most of showing a 30 KB table, again after every key (issue 9).
        # (The parse gives cells of the same text one object: found by it, a cell is not hashed
        # run by run, which was most of the time spent finding it.)
        built: dict[tuple[Hashable, int], int] = {}
        same_object: dict[tuple[int, bool, int], int] = {}
        shown = (table.header, *table.rows) if block.first else table.rows
        for row_index, row in enumerate(shown, 0 if block.first else 1):
            for column in range(columns):
                cell = row[column] if column < len(row) else ()
                key = (row_index == 0, cell)
                grid.keys.append(key)
                number = same_object.get((id(cell), row_index == 0, column))
                if number is None:
                    number = built.get((key, column))
                    if number is None:
                        number = built[(key, column)] = len(built)
                        if number:
                            self.cursor.insertBlock()
                        self.inlines(cell, bold=row_index == 0)
                    same_object[(id(cell), row_index == 0, column)] = number
                grid.block_of.append(number)
        self.in_cell = False
        self.cursor = main_cursor
        grid.finish(len(shown), columns)
        fmt = QTextCharFormat()
        fmt.setObjectType(TABLE_OBJECT)
        fmt.setProperty(_TABLE_INDEX, _table_handler(self.doc).add(grid))
        self.cursor.insertText("\ufffc", fmt)  # the object replacement character

    def _cell_look(self) -> Hashable:
        """What a cell's size depends on besides its runs: its font, and the words of mentions."""
        return (self.base_font.key(), self.style.align, self.language, self.theme.name)

    def column_sizes(self, table: Table) -> ColumnSizes:
        """The widths of ``table``'s columns, measured over all its rows from the fonts' advances
        (no ``QTextLayout``): what Qt's table layout needs to share out its width. A long table is
        drawn in pieces of rows (long_text.py), each laid out when it shows, and all share these
        columns; laying out every cell to measure it was most of showing a 30 KB table whose rows
        are all new, on every show (issue 9).

        Per column: its widest cell on one line (the ``naturalTextWidth`` of its line) and its
        widest character (a cell's ``minimumWidth``: its text breaks anywhere if it must). A cell
        of text runs (most) is measured run by run, its characters gathered per column and font;
        any other (mentions, tags, icons) through the runs its build inserts (``_Recorder``)."""
        columns = max(1, len(table.header))
        widest = [0.0] * columns
        narrowest = [0.0] * columns
        texts: list[dict[str, list[str]]] = [{} for _ in range(columns)]  # per column, by font
        fonts: dict[tuple[bool, bool, bool, bool], tuple[str, QFontMetricsF]] = {}  # by run look
        for header, rows in ((True, (table.header,)), (False, table.rows)):
            for column in range(columns):
                # (alike cells are one object: each is measured once, see table)
                cells = {id(row[column]): row[column] for row in rows if column < len(row)}
                for cell in cells.values():
                    width = self._text_cell_width(cell, header, fonts, texts[column])
                    if width is None:  # mentions, tags, icons: through the runs they insert
                        width, glyph = self._cell_advances(cell, header)
                        narrowest[column] = max(narrowest[column], glyph)
                    widest[column] = max(widest[column], width)
        for column, by_font in enumerate(texts):
            for font_key, parts in by_font.items():
                glyph = _widest_glyph(font_key, _METRICS[font_key], "".join(parts))
                narrowest[column] = max(narrowest[column], glyph)
        padding = 2 * _CELL_PADDING

        def padded(widths: list[float]) -> tuple[float, ...]:
            return tuple(math.ceil(max(1.0, width) + padding) for width in widths)

        return ColumnSizes(padded(narrowest), padded(widest))

    def _text_cell_width(
        self,
        cell: tuple[Inline, ...],
        header: bool,
        fonts: dict[tuple[bool, bool, bool, bool], tuple[str, QFontMetricsF]],
        texts: dict[str, list[str]],
    ) -> float | None:
        """The width of a cell of text runs on one line, run by run (its texts go in ``texts``
        by font, for its column's widest character); None for a cell of other runs."""
        for run in cell:
            if run.kind != "text":
                return None
        width = 0.0
        font: tuple[str, QFontMetricsF] | None = None
        for run in cell:
            run_look = (header or run.bold, run.italic, run.strike, run.code)
            font = fonts.get(run_look)
            if font is None:
                font = fonts[run_look] = _metrics(self.char_format(run, bold=header).font())
            width += _run_advance(font, run.text)
            texts.setdefault(font[0], []).append(run.text)
        if font is not None:  # (the last run's)
            text = cell[-1].text
            shown = text.rstrip(" ")
            if len(shown) < len(text):  # spaces at the end take no room
                width -= _run_advance(font, text[len(shown) :])
            width -= _overhang(shown[-1:], font)
        return width

    def _cell_advances(self, cell: tuple[Inline, ...], header: bool) -> tuple[float, float]:
        """(widest line, widest character) of any cell, from the runs its build would insert."""
        key = ((header, cell), self._cell_look())
        sizes = _CELL_ADVANCES.get(key)
        if sizes is None:
            main_cursor, recorder = self.cursor, _Recorder()
            self.cursor, self.in_cell = recorder, True
            try:
                self.inlines(cell, bold=header)
            finally:
                self.cursor, self.in_cell = main_cursor, False
            sizes = _CELL_ADVANCES.put(key, _advances(recorder.pieces))
        return sizes

    def blocks(self, blocks: Sequence[Block | TableRows]) -> None:
        metrics = self.theme.metrics
        for block in blocks:
            if isinstance(block, Paragraph):
                self.block()
                self.inlines(_coalesced(block.inlines))
            elif isinstance(block, Heading):
                self.block()
                size = round(self.style.size * _HEADING_SCALE.get(block.level, 1.0))
                self.inlines(block.inlines, size=size, bold=True)
            elif isinstance(block, Quote):
                self.block(indent=4)
                bar = self.char_format()
                bar.setForeground(QColor(self.theme.border))
                self.cursor.insertText("▍ ", bar)
                fmt_color = self.text_color
                self.text_color = QColor(self.theme.text_secondary)
                self.inlines(_coalesced(block.inlines))
                self.text_color = fmt_color
            elif isinstance(block, ListBlock):
                for item in block.items:
                    indent = metrics.list_indent * (item.depth + 1)
                    self.block(indent=indent, text_indent=-metrics.list_indent + 4)
                    marker = f"{item.number}." if item.ordered else ("•" if item.depth % 2 == 0 else "◦")
                    # the marker is plain text: it goes in with the item's plain text
                    self.inlines(_coalesced((Inline("text", marker + "\u2002"), *item.inlines)))
            elif isinstance(block, CodeBlock):
                for line in block.code.split("\n") or [""]:
                    self.block(indent=8, background=self.theme.code_background)
                    fmt = self.char_format()
                    fmt.setFont(mono_font(self.style.size - 1))
                    self.cursor.insertText(line or " ", fmt)
            elif isinstance(block, Table | TableRows):
                self.table(block)
            elif isinstance(block, Rule):
                self.block()
                rule = self.cursor.blockFormat()
                rule.setProperty(
                    QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                    QTextLength(QTextLength.Type.PercentageLength, 100),
                )
                self.cursor.setBlockFormat(rule)
        if self.first_block:
            self.block()


def _coalesced(runs: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """``runs`` with each stretch of plain text and line breaks made one run (a break is the
    line separator it is drawn as): one ``insertText`` instead of one per run. 12,000 short
    lines spent a third of their drawing time making and inserting a format per line (issue 9).
    Only for runs drawn in the text's own size and weight (where a break's format is the plain
    text's)."""
    if len(runs) < 2:
        return runs
    merged: list[Inline] = []
    stretch: list[str] = []
    for run in runs:
        if run.kind == "break" or (run.kind == "text" and not _styled(run)):
            stretch.append("\u2028" if run.kind == "break" else run.text)
            continue
        if stretch:
            merged.append(Inline("text", "".join(stretch)))
            stretch.clear()
        merged.append(run)
    if stretch:
        merged.append(Inline("text", "".join(stretch)))
    return tuple(merged)


def _new_document(font: QFont, align: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setUndoRedoEnabled(False)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setAlignment(_alignment(align))
    doc.setDefaultTextOption(option)
    return doc


def _alignment(align: str) -> Qt.AlignmentFlag:
    return {
        "center": Qt.AlignmentFlag.AlignHCenter,
        "right": Qt.AlignmentFlag.AlignRight,
    }.get(align, Qt.AlignmentFlag.AlignLeft)


def rich_document(
    content: str,
    dialect: Dialect,
    theme: Theme,
    style: TextStyle,
    language: str,
    custom: Mapping[str, str] | None = None,
) -> QTextDocument:
    """A document for lark_md / markdown ``content`` (``custom``: the card's colour names)."""
    return blocks_document(parsed_markdown(content, dialect), theme, style, language, custom)


def blocks_document(
    blocks: Sequence[Block | TableRows],
    theme: Theme,
    style: TextStyle,
    language: str,
    custom: Mapping[str, str] | None = None,
) -> QTextDocument:
    """A document for parsed markdown ``blocks`` (all of a text, or a piece of a long one)."""
    builder = _Builder(theme, style, language, custom)
    builder.blocks(blocks)
    return builder.done()


def table_columns(
    table: Table, theme: Theme, style: TextStyle, language: str, custom: Mapping[str, str] | None = None
) -> ColumnSizes:
    """The columns of ``table`` drawn in a text of this look (``_Builder.column_sizes``)."""
    builder = _Builder(theme, style, language, custom)
    try:
        return builder.column_sizes(table)
    finally:
        builder.done()


def plain_document(
    content: str, theme: Theme, style: TextStyle, language: str, custom: Mapping[str, str] | None = None
) -> QTextDocument:
    """A document for ``plain_text``: every character literal, ``\\n`` breaks lines."""
    builder = _Builder(theme, style, language, custom)
    for index, line in enumerate(content.split("\n")):
        if index:
            builder.cursor.insertText("\u2028", builder.char_format())
        else:
            builder.block()
        builder.cursor.insertText(line, builder.char_format())
    return builder.done()


def paint_pills(doc: QTextDocument, painter: QPainter) -> None:
    """Rounded tints under the document's text tags (call before ``drawContents``)."""
    if not doc.property(_HAS_PILLS):
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    # Only what shows (the painter's clip), and for each tag only its own lines: scanning every
    # line of the paragraph for every tag was quadratic, on every paint (800 one-line tags:
    # 700 ms a scroll step).
    clip = painter.clipBoundingRect() if painter.hasClipping() else None
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        origin = layout.position()
        if clip is not None and not layout.boundingRect().translated(origin).intersects(clip):
            block = block.next()
            continue
        for piece in block.textFormats():
            background = piece.format.property(PILL_PROPERTY)
            if not isinstance(background, str):
                continue
            start = piece.start
            end = piece.start + piece.length
            first = layout.lineForTextPosition(start)
            if clip is not None and first.isValid():
                # Only the tags in the clip: a paragraph of 800 tags measured and drew all of
                # them on every paint (issue 9). Tags come in text order, so in line order.
                if origin.y() + first.y() > clip.bottom():
                    break
                last = layout.lineForTextPosition(end - 1)
                if last.isValid() and origin.y() + last.y() + last.height() < clip.top():
                    continue
            for index in range(first.lineNumber() if first.isValid() else 0, layout.lineCount()):
                line = layout.lineAt(index)
                line_end = line.textStart() + line.textLength()
                if line.textStart() >= end:
                    break
                if line_end <= start:
                    continue
                left = _x_at(line, max(start, line.textStart()))
                right = _x_at(line, min(end, line_end))
                if right - left < 3:  # only the padding of a label that wrapped to the next line
                    continue
                metrics = QFontMetricsF(piece.format.font())
                # centred on the line's baseline band, a little taller than the small text
                top = line.y() + line.ascent() - metrics.ascent() - 2
                rect = QRectF(left, top, right - left, metrics.height() + 4).translated(origin)
                radius = 4.0
                if piece.format.property(ROUND_PILL_PROPERTY) is True:
                    radius = rect.height() / 2  # a circle for one digit, a capsule for two
                    if rect.width() < rect.height():
                        grow = (rect.height() - rect.width()) / 2
                        rect.adjust(-grow, 0, grow, 0)
                painter.setBrush(QColor(background))
                painter.drawRoundedRect(rect, radius, radius)
        block = block.next()
    painter.restore()


def _x_at(line: QTextLine, position: int) -> float:
    result: object = line.cursorToX(position)  # (x, position) in PySide6
    value = result[0] if isinstance(result, tuple) else result
    return float(value) if isinstance(value, int | float) else 0.0


# A pipe table is one object character of this type; the char format's _TABLE_INDEX property says
# which of the document's ``GridTable``s it is.
TABLE_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
_TABLE_INDEX = int(QTextFormat.Property.UserProperty) + 2
_TABLES = "cardTables"  # object name of a document's _TableHandler
_CELL_PADDING = 6.0  # as the QTextTable had: 6 px padding, 1 px borders, no spacing
_BORDER = 1.0
_TABLE_MARGIN = 1.0  # the QTextTable's frame: 1 px before its top and left borders,
_TABLE_BOTTOM = 2.0  # and 2 px under its bottom border
_TEXT_NUDGE = QPointF(0.5, 0.5)  # where its cells' text sat (so glyphs fall on the same pixels)
_UNBOUNDED = 1e7
_FIXED = (
    64  # Qt's layout counts in 64ths of a pixel  # a line this wide never wraps: a cell's own (widest) width
)


# Cell sizes by content and look, across tables and renders: laid out (widest line, height at
# that width) and from the fonts' advances (widest line, widest character; see column_sizes). Enough for the cells of a few 30 KB tables.
_CELL_SIZES_KEPT = 20_000
_CELL_CHARS_KEPT = 2_000_000  # (a key typed in a long cell makes a new key as long: bounded)


def _cell_chars(key: Hashable) -> int:
    """The characters of the cell text in a cell-size key ``((header, runs), look)``."""
    cell = key[0][1] if isinstance(key, tuple) and isinstance(key[0], tuple) else ()
    return sum(len(run.text) for run in cell if isinstance(run, Inline))


_CELL_SIZES: BoundedCache[Hashable, tuple[float, float]] = BoundedCache(
    _CELL_SIZES_KEPT, max_weight=_CELL_CHARS_KEPT, weigh=_cell_chars
)
_CELL_ADVANCES: BoundedCache[Hashable, tuple[float, float]] = BoundedCache(
    _CELL_SIZES_KEPT, max_weight=_CELL_CHARS_KEPT, weigh=_cell_chars
)


def clear_cell_sizes() -> None:
    """Forget the cells measured so far (a benchmark's first show)."""
    _CELL_SIZES.clear()
    _CELL_ADVANCES.clear()
    _RUN_ADVANCES.clear()


@dataclass(frozen=True, slots=True)
class ColumnSizes:
    """A pipe table's columns measured over all its rows, padded, in whole pixels, per column:
    its widest character (``narrowest``: a cell's text may break anywhere) and its widest cell
    on one line (``widest``)."""

    narrowest: tuple[float, ...]
    widest: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class TableRows:
    """Rows of a pipe table drawn as a table of their own in the columns of the whole one.

    ``table`` holds the header and these rows; ``first``: they begin the table (its top border
    and the header row are drawn); ``last``: they end it (its bottom margin). Pieces of rows one
    under another draw exactly what the whole table draws (a long text's pieces, long_text.py)."""

    table: Table
    columns: ColumnSizes
    first: bool = True
    last: bool = True


class _Recorder(QTextCursor):
    """Stands in for the builder's cursor while a cell is measured: what would go into the
    document is noted (text and font; an inline image's width), not inserted, so the measure
    sees exactly the runs the cell is built of."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[tuple[str, QFont | None, float]] = []

    def insertText(self, text: str, fmt: QTextCharFormat | None = None) -> None:
        self.pieces.append((text, fmt.font() if fmt is not None else None, 0.0))

    def insertImage(self, fmt: QTextImageFormat) -> None:  # type: ignore[override]
        self.pieces.append(("\ufffc", None, fmt.width()))


_METRICS: dict[str, QFontMetricsF] = {}  # by QFont.key(): a handful of fonts
# (font key, character) -> its advance / its _overhang; (font key, text) -> its advance.
_GLYPH_ADVANCES: BoundedCache[tuple[str, str], float] = BoundedCache(_CELL_SIZES_KEPT)
_OVERHANGS: BoundedCache[tuple[str, str], float] = BoundedCache(_CELL_SIZES_KEPT)
_RUN_ADVANCES: BoundedCache[tuple[str, str], float] = BoundedCache(
    _CELL_SIZES_KEPT, max_weight=_CELL_CHARS_KEPT, weigh=lambda key: len(key[1])
)
# Categories of code points drawn as one character with another (marks, joiners, selectors,
# skin tones); regional indicators (flags) are symbols: found by their range.
_JOINING = frozenset({"Mn", "Mc", "Me", "Cf", "Sk"})


def _metrics(font: QFont | None) -> tuple[str, QFontMetricsF]:
    key = font.key() if font is not None else ""
    metrics = _METRICS.get(key)
    if metrics is None:
        metrics = _METRICS[key] = QFontMetricsF(font if font is not None else QFont())
    return key, metrics


def _graphemes(text: str) -> set[str]:
    """The characters of ``text`` as drawn (a letter and its accent, an emoji and its skin
    tone, a flag's two letters are one)."""
    chars = set(text)
    if all(
        char.isascii()
        or (unicodedata.category(char) not in _JOINING and not "\U0001f1e6" <= char <= "\U0001f1ff")
        for char in chars
    ):
        return chars  # (most texts: a code point is a character; no text is walked)
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    found: list[int] = [0]  # in UTF-16 units, as Qt counts
    while (position := finder.toNextBoundary()) > 0:
        found.append(position)
    units = text.encode("utf-16-le", "surrogatepass")
    return {units[2 * a : 2 * b].decode("utf-16-le", "surrogatepass") for a, b in itertools.pairwise(found)}


def _advances(pieces: list[tuple[str, QFont | None, float]]) -> tuple[float, float]:
    """A cell's (widest line, widest character) from its pieces' advances: what ``QTextLayout``
    gives as its one line's ``naturalTextWidth`` (the advances, spaces at the end left out, and
    the overhang of a last glyph that reaches past its advance) and as its ``minimumWidth`` (a
    cell's text breaks between words, or anywhere: its widest glyph). A break (U+2028) starts
    a line."""
    lines: list[float] = [0.0]
    last: tuple[str, tuple[str, QFontMetricsF] | None] = ("", None)  # the line's last character
    trailing = 0.0  # the width of the spaces after it
    narrowest = 0.0
    for text, font, width in pieces:
        if font is None:  # an inline image
            lines[-1] += trailing + width
            trailing, last = 0.0, ("", None)
            narrowest = max(narrowest, width)
            continue
        measured = _metrics(font)
        key, metrics = measured
        for index, part in enumerate(text.split("\u2028")):
            if index:  # a line break
                lines[-1] -= _overhang(*last)
                lines.append(0.0)
                trailing, last = 0.0, ("", None)
            if not part:
                continue
            shown = part.rstrip(" ")
            if shown:
                lines[-1] += trailing + metrics.horizontalAdvance(shown)
                last = (shown[-1], measured)
                trailing = 0.0
            trailing += metrics.horizontalAdvance(part[len(shown) :]) if len(shown) < len(part) else 0.0
        narrowest = max(narrowest, _widest_glyph(key, metrics, text))
    lines[-1] -= _overhang(*last)
    return max(lines), narrowest


def _widest_glyph(key: str, metrics: QFontMetricsF, text: str) -> float:
    """The advance of ``text``'s widest character in the font (``key``, ``metrics``)."""
    widest = 0.0
    for grapheme in _graphemes(text):
        known = _GLYPH_ADVANCES.get((key, grapheme))
        if known is None:
            known = _GLYPH_ADVANCES.put(
                (key, grapheme), 0.0 if grapheme.isspace() else metrics.horizontalAdvance(grapheme)
            )
        widest = max(widest, known)
    return widest


def _run_advance(font: tuple[str, QFontMetricsF], text: str) -> float:
    """The advance of ``text`` in ``font`` (its key and metrics), remembered: a table's cells
    repeat words, and a key typed in it leaves most of them as they were."""
    key = (font[0], text)
    known = _RUN_ADVANCES.get(key)
    if known is None:
        known = _RUN_ADVANCES.put(key, font[1].horizontalAdvance(text))
    return known


def _overhang(char: str, font: tuple[str, QFontMetricsF] | None) -> float:
    """How far a line's last glyph reaches past its advance (a negative right bearing, as of a
    "t" or "v"), which ``QTextLine.naturalTextWidth`` counts in; negative, or 0."""
    if font is None or len(char) != 1 or ord(char) >= 0x10000:
        return 0.0
    key = (font[0], char)
    known = _OVERHANGS.get(key)
    if known is None:
        known = _OVERHANGS.put(key, min(0.0, font[1].rightBearing(char)))
    return known


class GridTable:
    """A markdown pipe table laid out and painted by us: a grid of cells, each one block of a
    side document (``cells_doc``, row by row) whose ``QTextLayout`` is laid out by hand.

    Its columns are measured over all the table's rows from the fonts' advances (``columns``,
    ``_Builder.column_sizes``), so its cells may be some of the table's rows (``first``: they
    begin it, ``last``: they end it; a long text's piece, long_text.py). A cell is laid out once
    at its own width (its widest line, its height), and cells of the same content share that
    measure (tables repeat: numbers, statuses). Rows are placed by arithmetic; a cell's lines are
    made only when it wraps or when it is painted, and painting draws only the rows in the
    painter's clip. Columns are shared out as Qt's table layout did (each at least its widest
    character; then each up to its widest cell, in turns; what is left, equally), so the table
    looks as the ``QTextTable`` it replaced.
    """

    def __init__(
        self, theme: Theme, font: QFont, align: str, columns: ColumnSizes, first: bool, last: bool
    ) -> None:
        self.sizes = columns  # the whole table's columns (these may be some of its rows)
        self.first = first  # the rows begin the table: its top border and header row
        self.last = last  # they end it: its bottom margin
        self.cells_doc = _new_document(font, align)
        self._edit = QTextCursor(self.cells_doc)
        self._edit.beginEditBlock()  # one edit for the whole build (see _Builder.__init__)
        self.option = self.cells_doc.defaultTextOption()
        self.left_aligned = _alignment(align) == Qt.AlignmentFlag.AlignLeft
        self.border = QColor(theme.border)
        self.header = QColor(theme.table_header)
        self.rows = 0
        self.columns = 1
        self.blocks: list[QTextBlock] = []  # per cell, row by row: its block in cells_doc
        self.block_of: list[int] = []  # per cell: the number of its block (shared by cells alike)
        self.keys: list[Hashable] = []  # per cell, row by row: its content (same key, same look)
        # With a look, cells are measured once across tables (_CELL_SIZES): a key typed in a long
        # table measured all of its cells again (issue 9).
        self.look: Hashable | None = None
        self._widest: list[float] = []  # per cell: its width on one line
        self._own_height: list[float] = []  # its height at that width
        self._laid_at: list[float] = []  # per block: the width its lines have (0: none yet)
        self._heights: dict[tuple[int, float], float] = {}  # (block, width): wrapped height
        self._width: float | None = -1.0  # what the layout is for (None: the table's own width)
        self._inner: list[float] = []  # per column: the width its cells' text has
        self.column_x: list[float] = []  # left of each column's cells (past the border), + right end
        self.row_y: list[float] = []  # top of each row's cells, + the bottom end
        self.width = 0.0
        self.height = 0.0

    def finish(self, rows: int, columns: int) -> None:
        """The cells are all in ``cells_doc`` (``rows`` x ``columns``, row by row, their contents
        in ``keys``): measure them."""
        self._edit.endEditBlock()
        self.rows, self.columns = rows, columns
        distinct: list[QTextBlock] = []
        block = self.cells_doc.begin()
        while block.isValid():
            distinct.append(block)
            block = block.next()
        self.blocks = [distinct[number] for number in self.block_of]
        self.measure()

    def measure(self) -> None:
        """Each cell's own width and height on one line (its columns are given)."""
        self._widest, self._own_height = [], []
        self._laid_at = [0.0] * (max(self.block_of, default=-1) + 1)
        self._heights.clear()
        seen: dict[int, tuple[float, float]] = {}  # by block: cells alike share one
        for index, block in enumerate(self.blocks):
            number = self.block_of[index]
            sizes = seen.get(number)
            if sizes is None:
                key = self.keys[index]
                shared = (key, self.look) if self.look is not None else None
                sizes = _CELL_SIZES.get(shared) if shared is not None else None
                if sizes is None:
                    height, wide = self._lay_out(block.layout(), _UNBOUNDED)
                    sizes = (wide, height)
                    self._laid_at[number] = _UNBOUNDED
                    if shared is not None:
                        _CELL_SIZES.put(shared, sizes)
                seen[number] = sizes
            self._widest.append(sizes[0])
            self._own_height.append(sizes[1])
        self._width = -1.0

    def _lay_out(self, layout: QTextLayout, width: float) -> tuple[float, float]:
        """Lines of ``width`` for a cell: (its height, its widest line)."""
        layout.setTextOption(self.option)
        layout.beginLayout()
        y = widest = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
            widest = max(widest, line.naturalTextWidth())
        layout.endLayout()
        return y, widest

    def _wanted(self, index: int) -> float:
        """The width cell ``index``'s lines must have: its own when it fits on one line (left
        aligned, so the line's width does not move the text), else its column's."""
        inner = self._inner[index % self.columns]
        return _UNBOUNDED if self.left_aligned and self._widest[index] <= inner else inner

    def layout(self, width: float | None) -> None:
        """Place columns and rows for a table ``width`` wide (None: as wide as its cells want)."""
        if width == self._width:
            return
        self._width = width
        columns = self.columns
        # The room the QTextTable gave its columns (padding included): its width less 4 px and
        # 1 px a column (its frame, borders, and the way it counted them).
        frame = 4 * _BORDER
        if width is None:
            widths = list(self.sizes.widest)
            width = sum(widths) + frame + columns * _BORDER
        else:
            room = width - frame - columns * _BORDER
            widths = _share(room, list(self.sizes.narrowest), list(self.sizes.widest))
        self._inner = [max(1.0, column_width - 2 * _CELL_PADDING) for column_width in widths]
        self.column_x = [_TABLE_MARGIN + _BORDER]
        for column_width in widths:
            self.column_x.append(self.column_x[-1] + column_width + _BORDER)
        # (rows that go on another piece's rows begin right under that piece's last border)
        self.row_y = [_TABLE_MARGIN + _BORDER if self.first else 0.0]
        for row in range(self.rows):
            tallest = 0.0
            for index in range(row * columns, row * columns + columns):
                wanted = self._wanted(index)
                height = self._own_height[index]
                if wanted != _UNBOUNDED:  # wraps (or is centred): its height at that width
                    key = (self.block_of[index], wanted)  # (a block: cells alike)
                    known = self._heights.get(key)
                    if known is None:
                        known = self._heights[key] = self._lay_out(self.blocks[index].layout(), wanted)[0]
                        self._laid_at[self.block_of[index]] = wanted
                    height = known
                tallest = max(tallest, height)
            self.row_y.append(self.row_y[-1] + math.floor(tallest + 2 * _CELL_PADDING + 0.5) + _BORDER)
        self.width = width
        self.height = self.row_y[-1] + (_TABLE_BOTTOM if self.last else 0.0)

    def _cell(self, index: int) -> QTextLayout:
        """Cell ``index``'s layout, its lines made for the current widths."""
        layout = self.blocks[index].layout()
        wanted = self._wanted(index)
        if self._laid_at[self.block_of[index]] != wanted:
            self._lay_out(layout, wanted)
            self._laid_at[self.block_of[index]] = wanted
        return layout

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        """The rows that show in the painter's clip (all of them without one), at ``rect``."""
        if not self.row_y:
            return
        area = painter.clipBoundingRect() if painter.hasClipping() else rect
        top = max(0, bisect_right(self.row_y, area.top() - rect.y()) - 1)
        bottom = min(self.rows, bisect_right(self.row_y, area.bottom() - rect.y()))
        if top >= bottom:
            return
        painter.save()
        painter.translate(rect.topLeft())
        left, right = self.column_x[0], self.column_x[-1] - _BORDER  # inside the outer borders
        if top == 0 and self.first:
            painter.fillRect(
                QRectF(left, self.row_y[0], right - left, self.row_y[1] - self.row_y[0]), self.header
            )
        # the line above each row, and the one under the last; the first row of rows that go on
        # another piece's has its line there (drawn by that piece)
        first_line = top + (0 if self.first or top else 1)
        upper, lower = self.row_y[top] - _BORDER if first_line == top else 0.0, self.row_y[bottom]
        for row in range(first_line, bottom + 1):
            y = self.row_y[row] - _BORDER
            painter.fillRect(QRectF(_TABLE_MARGIN, y, right + _BORDER - _TABLE_MARGIN, _BORDER), self.border)
        for x in self.column_x:
            painter.fillRect(QRectF(x - _BORDER, upper, _BORDER, lower - upper), self.border)
        for row in range(top, bottom):
            y = self.row_y[row] + _CELL_PADDING
            for column in range(self.columns):
                layout = self._cell(row * self.columns + column)
                layout.draw(painter, QPointF(self.column_x[column] + _CELL_PADDING, y) + _TEXT_NUDGE)
        painter.restore()

    def anchor_at(self, x: float, y: float) -> str:
        """The link under (x, y) (from the table's top left), or ""."""
        row = bisect_right(self.row_y, y) - 1
        column = bisect_right(self.column_x, x) - 1
        if not (0 <= row < self.rows and 0 <= column < self.columns):
            return ""
        index = row * self.columns + column
        layout = self._cell(index)
        x -= self.column_x[column] + _CELL_PADDING
        y -= self.row_y[row] + _CELL_PADDING
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            if (
                line.y() <= y < line.y() + line.height()
                and line.x() <= x < line.x() + line.naturalTextWidth()
            ):
                position = line.xToCursor(x, QTextLine.CursorPosition.CursorOnCharacter)
                for piece in self.blocks[index].textFormats():
                    if piece.start <= position < piece.start + piece.length:
                        return piece.format.anchorHref() if piece.format.isAnchor() else ""
        return ""


def _share(room: float, narrowest: list[float], widest: list[float]) -> list[float]:
    """Column widths in ``room`` as Qt's table layout gives them to columns of no set width:
    each its narrowest; then in turns each up to its widest; what is left, in equal parts; then
    rounded to whole pixels, carrying each one's error to the next. Counted as Qt counts, in
    64ths of a pixel with divisions that round down (in floats, the turns took another course)."""
    count = len(narrowest)
    widths = [round(width * _FIXED) for width in narrowest]
    most = [max(round(high * _FIXED), low) for high, low in zip(widest, widths, strict=True)]
    remaining = round(room * _FIXED) - sum(widths)
    if remaining > 0:
        last = remaining
        while remaining > 0:
            for k in range(count):
                give = min(most[k] - widths[k], remaining // (count - k))
                widths[k] += give
                remaining -= give
            if remaining == last:
                break
            last = remaining
        if remaining > 0:
            widths = [width + remaining // count for width in widths]
    error = 0
    for k in range(count):
        exact = widths[k]
        widths[k] = (exact - error + _FIXED // 2) // _FIXED * _FIXED  # to whole pixels, halves up
        error = widths[k] - exact
    return [width / _FIXED for width in widths]


class _TableHandler(QPyTextObject):
    """Sizes and draws a document's table objects (owned by the document)."""

    def __init__(self, doc: QTextDocument) -> None:
        super().__init__(doc)
        self.setObjectName(_TABLES)
        self.tables: list[GridTable] = []
        doc.documentLayout().registerHandler(TABLE_OBJECT, self)

    def add(self, table: GridTable) -> int:
        self.tables.append(table)
        return len(self.tables) - 1

    def table(self, fmt: QTextFormat) -> GridTable:
        return self.tables[int(fmt.property(_TABLE_INDEX))]

    def intrinsicSize(self, doc: QTextDocument, _position: int, fmt: QTextFormat) -> QSizeF:
        table = self.table(fmt)
        width = doc.textWidth()
        table.layout(width if width > 0 else None)
        return QSizeF(table.width, table.height)

    def drawObject(
        self, painter: QPainter, rect: QRectF | QRect, _doc: QTextDocument, _position: int, fmt: QTextFormat
    ) -> None:
        self.table(fmt).draw(painter, QRectF(rect))


def _table_handler(doc: QTextDocument) -> _TableHandler:
    handler = doc.findChild(QObject, _TABLES)
    return handler if isinstance(handler, _TableHandler) else _TableHandler(doc)


def tables_of(doc: QTextDocument) -> list[GridTable]:
    """The pipe tables drawn in ``doc``."""
    handler = doc.findChild(QObject, _TABLES)
    return handler.tables if isinstance(handler, _TableHandler) else []


def anchor_at(doc: QTextDocument, point: QPointF) -> str:
    """The link at ``point`` of a laid-out ``doc``: in its text, or in a cell of one of its tables."""
    layout = doc.documentLayout()
    href = layout.anchorAt(point)
    if href or not tables_of(doc):
        return href
    block = doc.findBlock(layout.hitTest(point, Qt.HitTestAccuracy.FuzzyHit))
    for piece in block.textFormats():
        if piece.format.objectType() != TABLE_OBJECT:
            continue
        lines = block.layout()
        line = lines.lineForTextPosition(piece.start)
        if not line.isValid():
            continue
        origin = lines.position() + QPointF(_x_at(line, piece.start), line.y())
        table = _table_handler(doc).table(piece.format)
        return table.anchor_at(point.x() - origin.x(), point.y() - origin.y())
    return ""


def strike_through(doc: QTextDocument) -> None:
    """Strike out all of ``doc`` (a checked ``checker`` with ``show_strikethrough``)."""
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    fmt = QTextCharFormat()
    fmt.setFontStrikeOut(True)
    cursor.mergeCharFormat(fmt)
    for table in tables_of(doc):  # the cells of its tables too (their layouts are made anew)
        cells = QTextCursor(table.cells_doc)
        cells.select(QTextCursor.SelectionType.Document)
        cells.mergeCharFormat(fmt)
        table.measure()
