"""Card text drawn with Qt: a ``QTextDocument`` built run by run from the markdown tree.

Every run goes in through ``QTextCursor.insertText`` with a ``QTextCharFormat``; nothing from a
card ever reaches ``setHtml``/``setMarkdown``, so text in a card is always shown as text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextLine,
    QTextOption,
    QTextTableFormat,
)

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
        self.doc = QTextDocument()
        self.doc.setDocumentMargin(0)
        self.doc.setUndoRedoEnabled(False)
        self.base_font = card_font(style.size, bold=style.bold)
        self.doc.setDefaultFont(self.base_font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setAlignment(_alignment(style.align))
        self.doc.setDefaultTextOption(option)
        self.cursor = QTextCursor(self.doc)
        # One edit block around the whole build: outside one, every insertText lays out its block
        # again to place the cursor, which made a long paragraph quadratic (12,000 short lines
        # of markdown took seconds, issue 9). ``done`` ends it.
        self._edit = QTextCursor(self.doc)
        self._edit.beginEditBlock()
        self.first_block = True
        self.text_color = QColor(font_color(theme, style.color, custom) or theme.text)

    def done(self) -> QTextDocument:
        """The document, built: its edit block ends here, so it is laid out once, when asked."""
        self._edit.endEditBlock()
        return self.doc

    def block(self, *, indent: float = 0, text_indent: float = 0, background: str | None = None) -> None:
        fmt = QTextBlockFormat()
        # At least line_height x the font size (Feishu: 22 px lines for 14 px text). Proportional
        # height would multiply the CJK font's own tall line spacing instead.
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
        return self._new_format(run, size=size, bold=bold)

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
        if self.cursor.currentTable() is None:
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

    def table(self, block: Table) -> None:
        """A pipe table as a ``QTextTable``: bordered cells, the header row bold on a tint."""
        self.block()
        columns = max(1, len(block.header))
        fmt = QTextTableFormat()
        fmt.setBorder(1)
        fmt.setBorderBrush(QColor(self.theme.border))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(6)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table = self.cursor.insertTable(len(block.rows) + 1, columns, fmt)
        for row_index, row in enumerate((block.header, *block.rows)):
            for column in range(columns):
                cell = table.cellAt(row_index, column)
                if row_index == 0:
                    cell_format = cell.format()
                    cell_format.setBackground(QColor(self.theme.table_header))
                    cell.setFormat(cell_format)
                self.cursor = cell.firstCursorPosition()
                self.inlines(row[column] if column < len(row) else (), bold=row_index == 0)
        self.cursor = table.lastCursorPosition()
        self.cursor.movePosition(QTextCursor.MoveOperation.NextBlock)

    def blocks(self, blocks: tuple[Block, ...]) -> None:
        metrics = self.theme.metrics
        for block in blocks:
            if isinstance(block, Paragraph):
                self.block()
                self.inlines(block.inlines)
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
                self.inlines(block.inlines)
                self.text_color = fmt_color
            elif isinstance(block, ListBlock):
                for item in block.items:
                    indent = metrics.list_indent * (item.depth + 1)
                    self.block(indent=indent, text_indent=-metrics.list_indent + 4)
                    marker = f"{item.number}." if item.ordered else ("•" if item.depth % 2 == 0 else "◦")
                    self.cursor.insertText(marker + "\u2002", self.char_format())
                    self.inlines(item.inlines)
            elif isinstance(block, CodeBlock):
                for line in block.code.split("\n") or [""]:
                    self.block(indent=8, background=self.theme.code_background)
                    fmt = self.char_format()
                    fmt.setFont(mono_font(self.style.size - 1))
                    self.cursor.insertText(line or " ", fmt)
            elif isinstance(block, Table):
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
    builder = _Builder(theme, style, language, custom)
    builder.blocks(parsed_markdown(content, dialect))
    return builder.done()


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


DocumentFactory = Callable[[], QTextDocument]


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


def strike_through(doc: QTextDocument) -> None:
    """Strike out all of ``doc`` (a checked ``checker`` with ``show_strikethrough``)."""
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    fmt = QTextCharFormat()
    fmt.setFontStrikeOut(True)
    cursor.mergeCharFormat(fmt)
