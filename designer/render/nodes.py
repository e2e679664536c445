"""The drawn card as a tree of nodes: each knows its JSON pointer, lays itself out and paints.

A node's ``x``/``y`` are relative to its parent; ``layout(width)`` sets its size and places its
children. Nodes keep the last width they were laid out at, so an unchanged subtree reused from the
build cache is not laid out again. Painting never reads the card JSON: the builder resolved every
colour and string from the theme first.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QTextDocument,
)

from designer.cards.specs import InteractionKind
from designer.render.icons import paint_icon
from designer.render.text import anchor_at, card_font, paint_pills

FILL = math.inf  # a preferred width meaning "the whole row" (width "fill")

_ALIGN_SHARE = {"center": 0.5, "right": 1.0, "bottom": 1.0}  # left and top: none


def align_share(align: str) -> float:
    """The part of the spare room that goes before something aligned ``align`` (an
    ``horizontal_align`` or ``vertical_align`` value; anything else aligns left / top)."""
    return _ALIGN_SHARE.get(align, 0.0)


@dataclass(slots=True)
class Interaction:
    """What clicking a node does (see ``card_view.CardView``)."""

    kind: InteractionKind  # which components answer which kind: their specs (cards/specs.py)
    element: dict[str, Any]
    pointer: str
    form: str | None = None  # pointer of the enclosing form, if any
    # (value, label): a menu's options; for select_img the one picture clicked
    options: list[tuple[str, str]] = field(default_factory=list)


class Node:
    """Base node: a box with optional children."""

    def __init__(self, tag: str, pointer: str | None = None) -> None:
        self.tag = tag
        self.pointer = pointer  # None for pieces that are not an element of the card
        self.x = 0.0
        self.y = 0.0
        self.w = 0.0
        self.h = 0.0
        self.children: list[Node] = []
        self.text = ""  # what a reader sees, for tests and accessibility
        self.colors: dict[str, str] = {}
        self.interaction: Interaction | None = None
        self.cursor_pointer = False
        self.shrink = False  # in a stack, take preferred_width() instead of the whole width
        # In a horizontal row, share the room its line leaves over (a column set, a rule): nodes
        # that have no content width of their own, and those whose preferred width is unknown.
        self.grow = False
        self._laid_width: float | None = None

    # -- layout -------------------------------------------------------------------------------
    def preferred_width(self) -> float:
        """The width the node wants in a row of controls (action rows, div extras)."""
        return 0.0

    def layout(self, width: float) -> None:
        if self._laid_width == width:
            return
        self._laid_width = width
        self.w = width
        self.h = self.do_layout(width)

    def do_layout(self, width: float) -> float:
        return 0.0

    def invalidate(self) -> None:
        self._laid_width = None

    # -- painting -----------------------------------------------------------------------------
    def paint(self, painter: QPainter) -> None:
        """Paint this node (children are painted by ``paint_tree`` afterwards)."""

    def rect(self) -> QRectF:
        return QRectF(0, 0, self.w, self.h)


def paint_tree(node: Node, painter: QPainter) -> None:
    painter.save()
    painter.translate(node.x, node.y)
    node.paint(painter)
    for child in node.children:
        paint_tree(child, painter)
    painter.restore()


def walk(node: Node, origin: QPointF | None = None) -> list[tuple[Node, QRectF]]:
    """Every node with its rectangle in the root's coordinates, parents before children."""
    base = origin or QPointF(0, 0)
    top_left = QPointF(base.x() + node.x, base.y() + node.y)
    result = [(node, QRectF(top_left, QSizeF(node.w, node.h)))]
    for child in node.children:
        result.extend(walk(child, top_left))
    return result


def _pen(color: str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(color))
    pen.setWidthF(width)
    pen.setStyle(style)
    return pen


def rounded(painter: QPainter, rect: QRectF, radius: float, fill: str | None, border: str | None) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(_pen(border) if border else Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
    inset = rect.adjusted(0.5, 0.5, -0.5, -0.5) if border else rect
    painter.drawRoundedRect(inset, radius, radius)


def elided(text: str, font: QFont, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width))


class TextNode(Node):
    """Text drawn from a ``QTextDocument`` (links are anchors, found with ``anchor_at``)."""

    def __init__(self, tag: str, pointer: str | None, doc: QTextDocument, text: str, color: str) -> None:
        super().__init__(tag, pointer)
        self.doc = doc
        self.text = text
        self.colors = {"text": color}
        self.max_lines = 0  # plain_text "lines": show at most this many lines (0 = all)
        self._natural_width: float | None = None

    def preferred_width(self) -> float:
        """The width of the text on unwrapped lines (its widest paragraph).

        ``idealWidth`` alone is the widest line at the width last laid out, so a text once drawn
        narrow would keep asking for that narrow width in a row: measure without wrapping, once.
        """
        if self._natural_width is None:
            laid = self.doc.textWidth()
            if laid >= 0:
                self.doc.setTextWidth(-1)
            self._natural_width = self.doc.idealWidth() + 1
            if laid >= 0:
                self.doc.setTextWidth(laid)
        return self._natural_width

    def do_layout(self, width: float) -> float:
        self._set_width(width)
        height = self.doc.size().height()
        if self.max_lines:
            height = min(height, self._height_of_lines(self.max_lines))
        return height

    def _height_of_lines(self, count: int) -> float:
        seen = 0
        block = self.doc.begin()
        while block.isValid():
            layout = block.layout()
            for index in range(layout.lineCount()):
                seen += 1
                if seen == count:
                    line = layout.lineAt(index)
                    return layout.position().y() + line.y() + line.height()
            block = block.next()
        return self.doc.size().height()

    def _set_width(self, width: float) -> None:
        # setTextWidth lays the whole document out again even at the same width: skip it then
        # (it is most of the cost of painting a long card's text).
        if self.doc.textWidth() != max(1.0, width):
            self.doc.setTextWidth(max(1.0, width))

    def paint(self, painter: QPainter) -> None:
        self._set_width(self.w)
        paint_pills(self.doc, painter)
        area = QRectF(0, 0, self.w, self.h)  # clips lines past max_lines
        if painter.hasClipping():  # only the part that shows: a 1,500-row table drawn whole on
            area = area.intersected(painter.clipBoundingRect())  # every scroll took 300 ms
        if not area.isEmpty():
            self.doc.drawContents(painter, area)

    def anchor_at(self, x: float, y: float) -> str:
        return anchor_at(self.doc, QPointF(x, y))


class StackNode(Node):
    """Children one under another (or side by side: ``direction='horizontal'``).

    JSON 2.0 containers (body, column, form, interactive_container, collapsible_panel) lay their
    children out by ``direction``, ``horizontal_spacing`` / ``vertical_spacing`` and
    ``horizontal_align`` / ``vertical_align`` (card-json-v2-structure, body: "正文或容器内组件的水平
    对齐方式 left/center/right", "垂直对齐方式 top/center/bottom").
    """

    def __init__(
        self,
        tag: str,
        pointer: str | None,
        *,
        spacing: float = 0,
        padding: tuple[float, float, float, float] = (0, 0, 0, 0),  # top, right, bottom, left
        background: str | None = None,
        border: str | None = None,
        radius: float = 0,
        dashed: bool = False,
    ) -> None:
        super().__init__(tag, pointer)
        self.spacing = spacing  # between children one under another, and between wrapped lines
        self.padding = padding
        self.background = background
        self.border = border
        self.radius = radius
        self.dashed = dashed
        self.horizontal = False  # JSON 2.0 direction: "horizontal"
        self.horizontal_spacing = 8.0
        self.horizontal_align = "left"  # where children narrower than the stack (or a line) sit
        self.vertical_align = "top"  # where children lower than their line sit (horizontal rows)
        self.fixed_width: float | None = None  # a px width of its own (interactive_container)
        # In a horizontal row, what a child with no content width of its own (a column set of
        # weighted columns, a rule) takes before the line's spare room is shared out.
        self.grow_min = 80.0
        if background:
            self.colors["background"] = background
        if border:
            self.colors["border"] = border

    def preferred_width(self) -> float:
        if self.fixed_width:
            return self.fixed_width
        _top, right, _bottom, left = self.padding
        if self.horizontal:  # everything on one line
            widths = [max(0.0, child.preferred_width()) for child in self.children]
            content = sum(widths) + self.horizontal_spacing * max(0, len(widths) - 1)
        else:
            content = max((child.preferred_width() for child in self.children), default=0.0)
        return content + left + right

    def _offset(self, room: float) -> float:
        """How far ``horizontal_align`` moves something that leaves ``room`` px free."""
        return max(0.0, room) * align_share(self.horizontal_align)

    def do_layout(self, width: float) -> float:
        top, right, bottom, left = self.padding
        inner = max(1.0, width - left - right)
        if self.horizontal:
            return self._layout_row(inner, top, left) + bottom
        y = top
        last = len(self.children) - 1
        for index, child in enumerate(self.children):
            child.layout(min(inner, max(1.0, child.preferred_width())) if child.shrink else inner)
            child.x = left + self._offset(inner - child.w)
            child.y = y
            y += child.h + (self.spacing if index < last else 0)
        return y + bottom

    def _layout_row(self, inner: float, top: float, left: float) -> float:
        """``direction: horizontal``: children side by side at their content widths.

        A child that does not fit after the others on a line starts the next line, ``spacing``
        (the container's vertical spacing) below; one wider than the container (a long text)
        has a line of its own and wraps inside it; a ``fill`` control takes a whole line. The
        room a line leaves is shared by the children that grow (column sets, rules, anything
        with no content width), what is still left places the line by ``horizontal_align``, and
        ``vertical_align`` places each child within its line's height.
        """
        lines: list[list[tuple[Node, float, bool]]] = [[]]
        used = 0.0
        for child in self.children:
            wanted = child.preferred_width()
            grows = child.grow or wanted <= 0
            basis = inner if wanted >= inner else (min(inner, self.grow_min) if wanted <= 0 else wanted)
            if lines[-1] and used + self.horizontal_spacing + basis > inner:
                lines.append([])
                used = 0.0
            used += (self.horizontal_spacing if lines[-1] else 0.0) + basis
            lines[-1].append((child, basis, grows))
        y = 0.0
        for number, line in enumerate(lines):
            if not line:
                continue
            if number:
                y += self.spacing
            free = inner - sum(basis for _c, basis, _g in line) - self.horizontal_spacing * (len(line) - 1)
            growing = sum(1 for _c, _b, grows in line if grows)
            share = max(0.0, free) / growing if growing else 0.0
            x = 0.0 if growing else self._offset(free)
            height = 0.0
            for child, basis, grows in line:
                child.layout(max(1.0, basis + (share if grows else 0.0)))
                child.x, child.y = left + x, top + y
                x += child.w + self.horizontal_spacing
                height = max(height, child.h)
            shift = align_share(self.vertical_align)
            for child, _basis, _grows in line:
                child.y += (height - child.h) * shift
            y += height
        return top + y

    def paint(self, painter: QPainter) -> None:
        if self.background or self.border:
            if self.dashed and self.border:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(_pen(self.border, 1, Qt.PenStyle.DashLine))
                painter.setBrush(
                    QBrush(QColor(self.background)) if self.background else Qt.BrushStyle.NoBrush
                )
                painter.drawRoundedRect(self.rect().adjusted(0.5, 0.5, -0.5, -0.5), self.radius, self.radius)
            else:
                rounded(painter, self.rect(), self.radius, self.background, self.border)


class FlowNode(Node):
    """Controls in a row that wraps (an ``action`` row, the buttons of a ``note``)."""

    def __init__(self, tag: str, pointer: str | None, *, spacing: float, line_spacing: float) -> None:
        super().__init__(tag, pointer)
        self.spacing = spacing
        self.line_spacing = line_spacing

    def preferred_width(self) -> float:
        """All the controls on one line."""
        widths = [max(0.0, child.preferred_width()) for child in self.children]
        return sum(widths) + self.spacing * max(0, len(widths) - 1)

    def do_layout(self, width: float) -> float:
        x = 0.0
        y = 0.0
        line_height = 0.0
        for child in self.children:
            wanted = min(width, max(1.0, child.preferred_width()))
            if x > 0 and x + wanted > width:
                x = 0.0
                y += line_height + self.line_spacing
                line_height = 0.0
            child.layout(wanted)
            child.x = x
            child.y = y
            x += wanted + self.spacing
            line_height = max(line_height, child.h)
        return y + line_height


class ColumnsNode(Node):
    """``column_set``: columns side by side, widths from ``weighted`` weights, ``auto`` or px."""

    def __init__(
        self, pointer: str | None, *, spacing: float, specs: list[tuple[str, float]], background: str | None
    ) -> None:
        super().__init__("column_set", pointer)
        self.spacing = spacing
        self.specs = specs  # per column: ("weighted", weight) | ("auto", 0) | ("px", width)
        self.background = background
        if background:
            self.colors["background"] = background
        self.vertical_align: list[str] = []
        self.grow = True  # weighted columns share whatever room they are given

    def preferred_width(self) -> float:
        """Every column at its content width (a px column at its width), side by side."""
        widths = [
            value if kind == "px" else max(0.0, child.preferred_width())
            for child, (kind, value) in zip(self.children, self.specs, strict=False)
        ]
        return sum(widths) + self.spacing * max(0, len(widths) - 1)

    def do_layout(self, width: float) -> float:
        count = len(self.children)
        if not count:
            return 0.0
        free = width - self.spacing * (count - 1)
        widths: list[float] = [0.0] * count
        weights = 0.0
        for index, (kind, value) in enumerate(self.specs):
            if kind == "px":
                widths[index] = min(value, max(0.0, free))
            elif kind == "auto":
                widths[index] = min(self.children[index].preferred_width() or free / count, free)
            else:
                weights += value
        rest = max(0.0, free - sum(widths))
        for index, (kind, value) in enumerate(self.specs):
            if kind == "weighted":
                widths[index] = rest * value / weights if weights else 0.0
        x = 0.0
        height = 0.0
        for child, child_width in zip(self.children, widths, strict=True):
            child.layout(max(1.0, child_width))
            child.x = x
            child.y = 0
            x += child_width + self.spacing
            height = max(height, child.h)
        for index, child in enumerate(self.children):
            align = self.vertical_align[index] if index < len(self.vertical_align) else "top"
            child.y = (height - child.h) * align_share(align)
        return height

    def paint(self, painter: QPainter) -> None:
        if self.background:
            rounded(painter, self.rect(), 4, self.background, None)


class RowNode(Node):
    """A main child that takes the room left by a trailing child (div ``extra``, header tags)."""

    def __init__(self, tag: str, pointer: str | None, main: Node, trailing: Node, gap: float) -> None:
        super().__init__(tag, pointer)
        self.children = [main, trailing]
        self.gap = gap
        self.hug = False  # True: trailing follows the main text (header tags), else right-aligned
        self.icon_first = False  # True: the first child is a fixed-width icon before the main

    def preferred_width(self) -> float:
        first, second = self.children
        return max(0.0, first.preferred_width()) + self.gap + max(0.0, second.preferred_width())

    def do_layout(self, width: float) -> float:
        if self.icon_first:  # a fixed leading icon, the rest takes what is left
            lead, rest = self.children
            lead_width = max(1.0, lead.preferred_width())
            lead.layout(lead_width)
            rest.layout(max(1.0, width - lead_width - self.gap))
            lead.x, lead.y = 0, 0
            rest.x, rest.y = lead_width + self.gap, 0
            return max(lead.h, rest.h)
        main, trailing = self.children
        trailing_width = min(trailing.preferred_width(), width * 0.5)
        trailing.layout(max(1.0, trailing_width))
        room = max(1.0, width - trailing_width - self.gap)
        main_width = min(room, max(1.0, main.preferred_width())) if self.hug else room
        main.layout(main_width)
        main.x, main.y = 0, 0
        trailing.x = main_width + self.gap if self.hug else width - trailing_width
        trailing.y = max(0.0, (main.h - trailing.h) / 2) if self.hug else 0
        return max(main.h, trailing.h)


class TrailingTagsNode(Node):
    """A text whose tags follow the end of its last line (a header ``title`` and its ``text_tag_list``).

    The text takes the whole width; the tags sit right after its last line, vertically centred on
    it, and wrap to rows below when there is no room left, as Feishu's header draws them.
    """

    def __init__(
        self, tag: str, text: TextNode, tags: list[Node], *, gap: float, spacing: float, line_spacing: float
    ) -> None:
        super().__init__(tag, None)
        self.children = [text, *tags]
        self.gap = gap  # between the text and the first tag
        self.spacing = spacing  # between tags
        self.line_spacing = line_spacing  # between a line and a row of wrapped tags

    def preferred_width(self) -> float:
        text, *tags = self.children
        widths = [tag.preferred_width() for tag in tags]
        return text.preferred_width() + self.gap + sum(widths) + self.spacing * max(0, len(widths) - 1)

    def do_layout(self, width: float) -> float:
        text, *tags = self.children
        assert isinstance(text, TextNode)
        text.layout(width)
        text.x, text.y = 0.0, 0.0
        end, line_top, line_height = _last_line(text)
        bottom = text.h
        if end is None or line_top + line_height > text.h + 0.5:  # no text, or its end is clipped
            x, row_top, row_height = 0.0, bottom + self.line_spacing, 0.0
        else:
            x, row_top, row_height = end + self.gap, line_top, line_height
        for tag in tags:
            wanted = min(width, max(1.0, tag.preferred_width()))
            tag.layout(wanted)
            if x > 0 and x + wanted > width:  # no room left on this line: a row of its own below
                x, row_top, row_height = 0.0, bottom + self.line_spacing, tag.h
            row_height = row_height or tag.h
            tag.x = x
            tag.y = row_top + max(0.0, (row_height - tag.h) / 2)
            bottom = max(bottom, tag.y + tag.h)
            x += wanted + self.spacing
        return bottom


def _last_line(text: TextNode) -> tuple[float | None, float, float]:
    """Where ``text``'s last line ends (x; None when there is no text), its top and its height."""
    if text.doc.isEmpty():
        return None, 0.0, 0.0
    block = text.doc.lastBlock()
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return None, 0.0, 0.0
    line = layout.lineAt(layout.lineCount() - 1)
    origin = layout.position()
    top = origin.y() + line.y()
    # The block's minimum line height spreads lines apart; the box of the last line runs to the
    # block's bottom, so the tags centre on the line as it is seen, not on the glyphs alone.
    height = max(line.height(), origin.y() + layout.boundingRect().bottom() - top)
    return origin.x() + line.x() + line.naturalTextWidth(), top, height


class ButtonNode(Node):
    """A button: a rounded pill with centred text in one of Feishu's styles."""

    def __init__(
        self,
        pointer: str | None,
        label: str,
        *,
        background: str,
        foreground: str,
        border: str,
        height: float,
        radius: float,
        font_size: int,
        fill: bool = False,
        fixed_width: float | None = None,
        laser: tuple[str, str] | None = None,
        tag: str = "button",
        padding: float = 16,
        icon: Node | None = None,
    ) -> None:
        super().__init__(tag, pointer)
        # The prefix icon (button page, "icon"): before the label, or alone and centred.
        self.children = [icon] if icon is not None else []
        self.icon_gap = 4.0
        self.label_left: float | None = None  # where the label starts when an icon precedes it
        self.text = label
        self.padding = padding  # room each side of the label (a text tag is tighter than a button)
        self.height = height
        self.radius = radius
        self.font = card_font(font_size)
        self.fill = fill
        self.fixed_width = fixed_width
        self.laser = laser
        self.colors = {"background": background, "text": foreground, "border": border}
        self.cursor_pointer = True
        self.shrink = not fill

    def preferred_width(self) -> float:
        if self.fixed_width:
            return self.fixed_width
        if self.fill:
            return FILL
        if self.children and not self.text:
            return self.height  # an icon-only button is square
        return self.content_width() + 2 * self.padding

    def content_width(self) -> float:
        text = QFontMetricsF(self.font).horizontalAdvance(self.text) if self.text else 0.0
        if not self.children:
            return text
        icon = self.children[0].preferred_width()
        return icon + (self.icon_gap + text if self.text else 0.0)

    def do_layout(self, width: float) -> float:
        if self.children:
            icon = self.children[0]
            icon.layout(icon.preferred_width())
            left = max(min(8.0, self.padding / 2), (width - self.content_width()) / 2)
            icon.x, icon.y = left, (self.height - icon.h) / 2
            self.label_left = left + icon.w + self.icon_gap
        return self.height

    def paint(self, painter: QPainter) -> None:
        rect = self.rect()
        if self.laser:
            gradient = QLinearGradient(rect.topLeft(), rect.topRight())
            gradient.setColorAt(0, QColor(self.laser[0]))
            gradient.setColorAt(1, QColor(self.laser[1]))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pen = QPen(QBrush(gradient), 1.5)
            painter.setPen(pen)
            painter.setBrush(QBrush(QColor(self.colors["background"])))
            painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), self.radius, self.radius)
        else:
            rounded(
                painter, rect, self.radius, self.colors["background"] or None, self.colors["border"] or None
            )
        painter.setFont(self.font)
        painter.setPen(QColor(self.colors["text"]))
        inset = min(8.0, self.padding / 2)
        if self.label_left is not None:
            if self.text:
                text_rect = rect.adjusted(self.label_left, 0, -inset, 0)
                painter.drawText(
                    text_rect,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    elided(self.text, self.font, text_rect.width()),
                )
            return
        painter.drawText(
            rect.adjusted(inset, 0, -inset, 0),
            Qt.AlignmentFlag.AlignCenter,
            elided(self.text, self.font, rect.width() - 2 * inset),
        )


class FieldNode(Node):
    """A select / picker / input box: a bordered field with a value or a grey placeholder."""

    def __init__(
        self,
        tag: str,
        pointer: str | None,
        *,
        value: str,
        placeholder: str,
        glyph: str,
        colors: dict[str, str],
        height: float,
        radius: float,
        font_size: int,
        width: float | None = None,
        label: str = "",
        label_node: Node | None = None,
        multiline: bool = False,
    ) -> None:
        super().__init__(tag, pointer)
        self.value = value
        self.placeholder = placeholder
        self.glyph = glyph
        self.text = value or placeholder
        self.colors = dict(colors)
        self.height = height
        self.radius = radius
        self.font = card_font(font_size)
        self.fixed_width = width
        self.label = label
        self.cursor_pointer = True
        self.label_node = label_node
        self.multiline = multiline
        self.shrink = width is not None and width != FILL  # a px width; "fill" spans the row
        if label_node is not None:
            self.children = [label_node]

    def preferred_width(self) -> float:
        if self.fixed_width:
            return self.fixed_width
        metrics = QFontMetricsF(self.font)
        return min(280.0, max(metrics.horizontalAdvance(self.text), 72.0) + 48)

    def field_rect(self) -> QRectF:
        top = self.children[0].h + 4 if self.children else 0.0
        return QRectF(0, top, self.w, self.h - top)

    def do_layout(self, width: float) -> float:
        top = 0.0
        if self.children:
            self.children[0].layout(width)
            self.children[0].x = 0
            self.children[0].y = 0
            top = self.children[0].h + 4
        return top + self.height

    def paint(self, painter: QPainter) -> None:
        rect = self.field_rect()
        rounded(painter, rect, self.radius, self.colors.get("background"), self.colors.get("border"))
        painter.setFont(self.font)
        text_rect = rect.adjusted(12, 0, -(28 if self.glyph else 12), 0)
        shown = self.value or self.placeholder
        painter.setPen(QColor(self.colors["text"] if self.value else self.colors["placeholder"]))
        flags = Qt.AlignmentFlag.AlignLeft | (
            Qt.AlignmentFlag.AlignTop if self.multiline else Qt.AlignmentFlag.AlignVCenter
        )
        if self.multiline:
            painter.drawText(text_rect.adjusted(0, 6, 0, -6), int(flags | Qt.TextFlag.TextWordWrap), shown)
        else:
            painter.drawText(text_rect, flags, elided(shown, self.font, text_rect.width()))
        if self.glyph:
            painter.setPen(QColor(self.colors["placeholder"]))
            glyph_rect = QRectF(rect.right() - 26, rect.top(), 20, rect.height())
            painter.drawText(glyph_rect, Qt.AlignmentFlag.AlignCenter, self.glyph)


class OverflowNode(Node):
    """The ``overflow`` "···" button that opens a menu of options."""

    def __init__(self, pointer: str | None, *, colors: dict[str, str], size: float, radius: float) -> None:
        super().__init__("overflow", pointer)
        self.colors = dict(colors)
        self.size = size
        self.radius = radius
        self.text = "···"
        self.cursor_pointer = True
        self.shrink = True

    def preferred_width(self) -> float:
        return self.size

    def do_layout(self, width: float) -> float:
        return self.size

    def paint(self, painter: QPainter) -> None:
        rect = QRectF(0, 0, self.size, self.size)
        rounded(painter, rect, self.radius, self.colors["background"], self.colors["border"])
        painter.setBrush(QBrush(QColor(self.colors["text"])))
        painter.setPen(Qt.PenStyle.NoPen)
        for dx in (-5, 0, 5):
            painter.drawEllipse(QPointF(rect.center().x() + dx, rect.center().y()), 1.6, 1.6)


class CheckerNode(Node):
    """``checker``: a check box and its text (struck through when checked, as the client does)."""

    def __init__(
        self,
        pointer: str | None,
        text_node: TextNode,
        *,
        checked: bool,
        colors: dict[str, str],
        box: float,
        buttons: list[Node] | None = None,
    ) -> None:
        super().__init__("checker", pointer)
        # button_area buttons (checker page: at most three) sit at the right end of the row.
        self.children = [text_node, *(buttons or [])]
        self.checked = checked
        self.colors = dict(colors)
        self.box = box
        self.text = text_node.text
        self.cursor_pointer = True

    def preferred_width(self) -> float:
        return self.box + 8 + self.children[0].preferred_width()

    def do_layout(self, width: float) -> float:
        text, *buttons = self.children
        gap = 4.0
        right = width
        tallest = 0.0
        for button in reversed(buttons):
            button.layout(min(max(1.0, button.preferred_width()), max(1.0, width / 3)))
            right -= button.w
            button.x, button.y = right, 0
            right -= gap
            tallest = max(tallest, button.h)
        text.layout(max(1.0, right - self.box - 8 - (4 if buttons else 0)))
        text.x = self.box + 8
        text.y = max(0.0, (tallest - text.h) / 2) if buttons else 0
        return max(text.h, self.box + 4, tallest)

    def paint(self, painter: QPainter) -> None:
        top = self.children[0].y + 3.0  # beside the first line of the text
        rect = QRectF(0, top, self.box, self.box)
        if self.checked:
            rounded(painter, rect, 3, self.colors["checked"], None)
            pen = _pen("#ffffff", 1.8)
            painter.setPen(pen)
            path = QPainterPath(QPointF(rect.left() + 3.5, rect.center().y()))
            path.lineTo(rect.left() + 6.8, rect.bottom() - 4)
            path.lineTo(rect.right() - 3.2, rect.top() + 4.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        else:
            rounded(painter, rect, 3, self.colors["background"], self.colors["border"])


class ImageNode(Node):
    """``img``: the uploaded picture when the app has it, else a sized placeholder with the alt text."""

    def __init__(
        self,
        pointer: str | None,
        *,
        image: QImage | None,
        alt: str,
        colors: dict[str, str],
        font_size: int,
        aspect: float | None,
        fixed_width: float | None = None,
        max_height: float | None = None,
        radius: float = 4,
        tag: str = "img",
        radius_percent: float | None = None,
        exact: bool = False,
        crop_top: bool = False,
    ) -> None:
        super().__init__(tag, pointer)
        self.image = image
        self.radius_percent = radius_percent  # corner_radius "N%": of the shorter side (50 % = round)
        self.exact = exact  # a fixed size (img size "small", "40px 40px"): fixed_width x width*aspect
        self.crop_top = crop_top  # scale_type crop_top: keep the top of a cropped picture
        self.alt = alt
        self.text = alt
        self.colors = dict(colors)
        self.font = card_font(font_size)
        self.aspect = aspect  # height / width
        self.fixed_width = fixed_width
        self.max_height = max_height
        self.radius = radius
        self.placeholder_height = 180.0
        self.drawn_width = 0.0  # the picture's width (a custom_width may be narrower than the row)

    def preferred_width(self) -> float:
        return self.fixed_width or 160.0

    def do_layout(self, width: float) -> float:
        drawn_width = min(width, self.fixed_width) if self.fixed_width else width
        if self.exact and self.aspect is not None:
            # A fixed box, narrowed in proportion when the column is narrower.
            self.drawn_width = drawn_width
            return drawn_width * self.aspect
        if self.image is not None and not self.image.isNull() and self.aspect is None:
            aspect = self.image.height() / max(1, self.image.width())
        else:
            aspect = self.aspect if self.aspect is not None else 9 / 16
        height = drawn_width * aspect
        if self.image is None or self.image.isNull():
            height = min(height, self.placeholder_height)  # unknown picture: a modest box
        if self.max_height:
            height = min(height, self.max_height)
        self.drawn_width = drawn_width
        return max(min(24.0, drawn_width), height)

    def corner(self, rect: QRectF) -> float:
        """The corner radius drawn, at most half the shorter side (a circle, as CSS draws it)."""
        short = min(rect.width(), rect.height())
        radius = short * self.radius_percent / 100 if self.radius_percent is not None else self.radius
        return max(0.0, min(radius, short / 2))

    def paint(self, painter: QPainter) -> None:
        rect = QRectF(0, 0, self.drawn_width or self.w, self.h)
        radius = self.corner(rect)
        if self.image is not None and not self.image.isNull():
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            path = QPainterPath()
            path.addRoundedRect(rect, radius, radius)
            painter.setClipPath(path)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            # crop to fill (object-fit: cover), as the client shows card images
            source = QRectF(self.image.rect())
            target_aspect = rect.height() / max(1.0, rect.width())
            if source.height() / max(1.0, source.width()) > target_aspect:
                new_h = source.width() * target_aspect
                source.setTop(0 if self.crop_top else (source.height() - new_h) / 2)
                source.setHeight(new_h)
            else:
                new_w = source.height() / max(1e-6, target_aspect)
                source.setLeft((source.width() - new_w) / 2)
                source.setWidth(new_w)
            painter.drawImage(rect, self.image, source)
            painter.restore()
            return
        rounded(painter, rect, radius, self.colors["background"], None)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(_pen(self.colors["border"], 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        if rect.height() < 24 or rect.width() < 24:
            return  # an icon-sized box: no room for the alt text
        # a small mountain-and-sun picture glyph, then the alt text
        painter.setPen(_pen(self.colors["text"], 1.2))
        centre = rect.center()
        icon = QRectF(centre.x() - 12, centre.y() - 22, 24, 18)
        if rect.height() >= 60:
            painter.drawRoundedRect(icon, 2, 2)
            painter.drawEllipse(QPointF(icon.left() + 7, icon.top() + 6), 2, 2)
            path = QPainterPath(QPointF(icon.left() + 2, icon.bottom() - 2))
            path.lineTo(icon.left() + 9, icon.top() + 9)
            path.lineTo(icon.left() + 14, icon.bottom() - 5)
            path.lineTo(icon.left() + 17, icon.top() + 11)
            path.lineTo(icon.right() - 2, icon.bottom() - 2)
            painter.drawPath(path)
            text_rect = QRectF(
                rect.left() + 6, centre.y(), rect.width() - 12, max(16.0, rect.height() / 2 - 6)
            )
        else:
            text_rect = rect.adjusted(6, 0, -6, 0)
        painter.setFont(self.font)
        painter.setPen(QColor(self.colors["text"]))
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            elided(self.alt, self.font, text_rect.width()),
        )


# Cells of an img_combination layout in units of ``s``, the side of its smallest picture, and
# of the gap ``g``: (x, y, w, h) as (s, g) multiples. See draw_img_combination for the sources.
Cell = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


class MosaicNode(Node):
    """``img_combination``: pictures on a grid whose unit ``s`` follows from the width.

    ``across`` is the row width as ``(a, b)``: ``a * s + b * gap``; each cell is ``(x, y, w, h)``,
    each as such an ``(s, gap)`` pair, so one table describes a layout at every width.
    """

    def __init__(
        self, pointer: str | None, cells: list[Cell], across: tuple[float, float], gap: float
    ) -> None:
        super().__init__("img_combination", pointer)
        self.cells = cells
        self.across = across
        self.gap = gap

    def do_layout(self, width: float) -> float:
        unit = max(1.0, (width - self.across[1] * self.gap) / max(1.0, self.across[0]))
        bottom = 0.0
        for child, cell in zip(self.children, self.cells, strict=False):
            x, y, w, h = ((a * unit + b * self.gap) for a, b in cell)
            if isinstance(child, ImageNode):
                child.fixed_width, child.aspect, child.exact = w, h / max(1.0, w), True
            child.invalidate()
            child.layout(w)
            child.x, child.y = x, y
            bottom = max(bottom, y + h)
        return bottom


class ImageOptionNode(ImageNode):
    """An option of ``select_img``: its picture, a ring when chosen and, in a form, a radio button
    (single choice) or a check box (``multi_select``) in the top right corner, as the client draws it."""

    def __init__(
        self,
        pointer: str | None,
        *,
        image: QImage | None,
        alt: str,
        colors: dict[str, str],
        font_size: int,
        aspect: float,
        selected: bool,
        mark: str | None,  # "radio", "check" or None (outside a form: a click submits at once)
        disabled: bool,
    ) -> None:
        super().__init__(
            pointer, image=image, alt=alt, colors=colors, font_size=font_size, aspect=aspect, radius=6
        )
        self.tag = "select_img_option"
        self.selected = selected
        self.mark = mark
        self.disabled = disabled
        self.colors["state"] = "selected" if selected else "unselected"

    def paint(self, painter: QPainter) -> None:
        super().paint(painter)
        rect = QRectF(0, 0, self.w, self.h)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.selected:
            painter.setPen(_pen(self.colors["accent"], 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), self.radius, self.radius)
        if self.mark is not None:
            box = QRectF(rect.right() - 24, 8, 16, 16)
            fill = self.colors["accent"] if self.selected else self.colors["control"]
            painter.setPen(_pen(self.colors["accent"] if self.selected else self.colors["control_border"]))
            painter.setBrush(QBrush(QColor(fill)))
            if self.mark == "radio":
                painter.drawEllipse(box)
                if self.selected:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QBrush(QColor("#ffffff")))
                    painter.drawEllipse(box.center(), 3, 3)
            else:
                painter.drawRoundedRect(box, 3, 3)
                if self.selected:
                    painter.setPen(_pen("#ffffff", 1.8))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    path = QPainterPath(QPointF(box.left() + 3.5, box.center().y()))
                    path.lineTo(box.left() + 6.8, box.bottom() - 4)
                    path.lineTo(box.right() - 3.2, box.top() + 4.5)
                    painter.drawPath(path)
        if self.disabled:  # greyed out like the client's disabled options
            veil = QColor(self.colors["surface"])
            veil.setAlpha(110)
            painter.fillRect(rect, veil)


class RuleNode(Node):
    """``hr``: a 1 px line."""

    def __init__(self, pointer: str | None, color: str) -> None:
        super().__init__("hr", pointer)
        self.colors = {"line": color}
        self.grow = True

    def do_layout(self, width: float) -> float:
        return 1.0

    def paint(self, painter: QPainter) -> None:
        painter.fillRect(QRectF(0, 0, self.w, 1), QColor(self.colors["line"]))


class AvatarNode(Node):
    """A person: a round avatar with the initial, and the name (``person`` / ``person_list``).

    ``show_avatar`` / ``show_name`` choose the parts (one of them at least: with neither the
    avatar stands in, so the person does not vanish); ``capsule`` puts both on a rounded tint
    (``colors["capsule"]``); ``colors["ring"]`` circles the avatar in the card's colour, which
    parts overlapping avatars in a chain.
    """

    CAPSULE_PAD = 8.0  # the name's room before the capsule's round end

    def __init__(
        self,
        pointer: str | None,
        *,
        name: str,
        size: float,
        colors: dict[str, str],
        font_size: int,
        show_name: bool = True,
        show_avatar: bool = True,
        capsule: bool = False,
        tag: str = "person",
    ) -> None:
        super().__init__(tag, pointer)
        self.text = name
        self.size = size
        self.colors = dict(colors)
        self.font = card_font(font_size)
        self.show_name = show_name
        self.show_avatar = show_avatar or not show_name
        self.capsule = capsule

    def _inset(self) -> float:
        return 2.0 if self.capsule else 0.0  # the avatar sits inside the capsule's end

    def name_left(self) -> float:
        if not self.show_avatar:
            return self.CAPSULE_PAD if self.capsule else 0.0
        return self._inset() + self.size + (4 if self.capsule else 6)

    def preferred_width(self) -> float:
        if not self.show_name:
            return self.size + 2 * self._inset()
        width = self.name_left() + QFontMetricsF(self.font).horizontalAdvance(self.text)
        return width + (self.CAPSULE_PAD if self.capsule else 2)

    def do_layout(self, width: float) -> float:
        return max(self.size + 2 * self._inset(), QFontMetricsF(self.font).height())

    def avatar_rect(self) -> QRectF:
        """The avatar's circle in the node's coordinates (empty when the avatar is hidden)."""
        if not self.show_avatar:
            return QRectF()
        return QRectF(self._inset(), (self.h - self.size) / 2, self.size, self.size)

    def paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        if self.capsule:
            painter.setBrush(QBrush(QColor(self.colors["capsule"])))
            painter.drawRoundedRect(self.rect(), self.h / 2, self.h / 2)
        if self.show_avatar:
            circle = self.avatar_rect()
            ring = self.colors.get("ring")
            if ring:
                painter.setBrush(QBrush(QColor(ring)))
                painter.drawEllipse(circle.adjusted(-1.5, -1.5, 1.5, 1.5))
            painter.setBrush(QBrush(QColor(self.colors["avatar"])))
            painter.drawEllipse(circle)
            initial = (self.text.lstrip("@") or "?")[0].upper()
            small = QFont(self.font)
            small.setPixelSize(max(8, int(self.size * 0.45)))
            painter.setFont(small)
            painter.setPen(QColor(self.colors["avatar_text"]))
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initial)
        if self.show_name:
            painter.setFont(self.font)
            painter.setPen(QColor(self.colors["text"]))
            left = self.name_left()
            rect = QRectF(left, 0, self.w - left - (self.CAPSULE_PAD if self.capsule else 0), self.h)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                elided(self.text, self.font, rect.width()),
            )


class TableNode(Node):
    """``table``: a header row and data rows in a bordered grid (first ``page_size`` rows)."""

    def __init__(
        self,
        pointer: str | None,
        *,
        headers: list[str],
        rows: list[list[str]],
        colors: dict[str, str],
        font_size: int,
        header_visible: bool,
    ) -> None:
        super().__init__("table", pointer)
        self.headers = headers
        self.rows = rows
        self.colors = dict(colors)
        self.font = card_font(font_size)
        self.bold = card_font(font_size, bold=True)
        self.header_visible = header_visible
        self.text = "\n".join(["\t".join(headers), *("\t".join(r) for r in rows)])
        self.row_height = QFontMetricsF(self.font).height() + 16  # the height of a one-line row
        self.column_widths: list[float] = []
        self.row_heights: list[float] = []

    def _lines(self) -> list[list[str]]:
        return ([self.headers] if self.header_visible else []) + self.rows

    def do_layout(self, width: float) -> float:
        lines = self._lines()
        self.column_widths = self._fit_columns(width)
        self.row_heights = []
        for row_index, row in enumerate(lines):
            font = self.bold if self.header_visible and row_index == 0 else self.font
            height = self.row_height
            for col, cell_w in enumerate(self.column_widths):
                value = row[col] if col < len(row) else ""
                text_height = _wrapped(value, font, cell_w - 2 * _CELL_PADDING)[2].height()
                height = max(height, text_height + 16)
            self.row_heights.append(height)
        return sum(self.row_heights) + 1

    def _fit_columns(self, width: float) -> list[float]:
        """Narrow columns keep the width of their text; the wide ones share the rest equally.

        A cell that still does not fit wraps to more lines (Feishu scrolls a wide table sideways;
        a still picture shows the whole text instead of cutting it off).
        """
        columns = max(1, len(self.headers))
        natural = [0.0] * columns
        metrics = {id(self.font): QFontMetricsF(self.font), id(self.bold): QFontMetricsF(self.bold)}
        for row_index, row in enumerate(self._lines()):
            font = self.bold if self.header_visible and row_index == 0 else self.font
            for col in range(columns):
                value = row[col] if col < len(row) else ""
                advance = metrics[id(font)].horizontalAdvance(value) + 2 * _CELL_PADDING + 1
                natural[col] = max(natural[col], advance)
        widths = [0.0] * columns
        left = list(range(columns))
        room = width
        while left:
            share = room / len(left)
            small = [col for col in left if natural[col] <= share]
            if not small or len(small) == len(left):  # the rest share what is left equally
                for col in left:
                    widths[col] = share
                break
            for col in small:
                widths[col] = natural[col]
                room -= natural[col]
                left.remove(col)
        return widths

    def paint(self, painter: QPainter) -> None:
        if not self.column_widths:
            return
        y = 0.0
        rounded(painter, self.rect(), 4, self.colors["background"], self.colors["border"])
        lines = self._lines()
        for row_index, row in enumerate(lines):
            is_header = self.header_visible and row_index == 0
            height = self.row_heights[row_index]
            if is_header:
                painter.fillRect(QRectF(1, 1, self.w - 2, height - 1), QColor(self.colors["header"]))
            font = self.bold if is_header else self.font
            painter.setFont(font)
            painter.setPen(QColor(self.colors["text"]))
            x = 0.0
            for col, cell_w in enumerate(self.column_widths):
                value = row[col] if col < len(row) else ""
                shown, flags, _size = _wrapped(value, font, cell_w - 2 * _CELL_PADDING)
                rect = QRectF(x + _CELL_PADDING, y, cell_w - 2 * _CELL_PADDING, height)
                painter.drawText(
                    rect, flags | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown
                )
                x += cell_w
            y += height
            if row_index < len(lines) - 1:
                painter.fillRect(QRectF(0, y, self.w, 1), QColor(self.colors["border"]))
        x = 0.0
        for cell_w in self.column_widths[:-1]:
            x += cell_w
            painter.fillRect(QRectF(x, 0, 1, self.h), QColor(self.colors["border"]))


_CELL_PADDING = 12.0


def _wrapped(text: str, font: QFont, width: float) -> tuple[str, int, QRectF]:
    """``text`` as drawn in ``width``: wrapped at words, or cut off with "…" when one word (an id,
    a URL) is longer than the width; with the Qt text flags and the size it takes."""
    metrics = QFontMetricsF(font)
    box = QRectF(0, 0, max(1.0, width), 1e6)
    flags = int(Qt.TextFlag.TextWordWrap)
    size = metrics.boundingRect(box, flags, text)
    if size.width() > box.width() + 0.5:
        shown = elided(text, font, box.width())
        return shown, 0, metrics.boundingRect(box, 0, shown)
    return text, flags, size


class CollapsibleNode(Node):
    """``collapsible_panel``: a title bar with a chevron; the body shows when expanded."""

    def __init__(
        self,
        pointer: str | None,
        title: TextNode,
        body: StackNode,
        *,
        expanded: bool,
        colors: dict[str, str],
        bordered: bool,
        radius: float,
    ) -> None:
        super().__init__("collapsible_panel", pointer)
        self.title = title
        self.body = body
        self.expanded = expanded
        self.colors = dict(colors)
        self.bordered = bordered
        self.radius = radius
        self.text = title.text
        self.children = [title, body] if expanded else [title]
        self.title_height = 0.0

    def do_layout(self, width: float) -> float:
        pad = 8.0
        self.title.layout(max(1.0, width - 2 * pad - 24))
        self.title.x = pad
        self.title.y = pad
        self.title_height = self.title.h + 2 * pad
        height = self.title_height
        if self.expanded:
            self.body.layout(width)
            self.body.x = 0
            self.body.y = height
            height += self.body.h
        return height

    def paint(self, painter: QPainter) -> None:
        rounded(
            painter,
            self.rect(),
            self.radius,
            self.colors.get("background"),
            self.colors.get("border") if self.bordered else None,
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(_pen(self.colors["text"], 1.4))
        cx = self.w - 18
        cy = self.title_height / 2
        path = QPainterPath()
        if self.expanded:  # chevron up
            path.moveTo(cx - 4, cy + 2)
            path.lineTo(cx, cy - 2)
            path.lineTo(cx + 4, cy + 2)
        else:  # chevron down
            path.moveTo(cx - 4, cy - 2)
            path.lineTo(cx, cy + 2)
            path.lineTo(cx + 4, cy - 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


class BoxMessageNode(Node):
    """A dashed box with one centred line: "unsupported in preview: <tag>", template placeholders."""

    def __init__(
        self,
        tag: str,
        pointer: str | None,
        message: str,
        colors: dict[str, str],
        font_size: int,
        height: float = 56,
    ) -> None:
        super().__init__(tag, pointer)
        self.text = message
        self.colors = dict(colors)
        self.font = card_font(font_size)
        self.height = height

    def do_layout(self, width: float) -> float:
        return self.height

    def paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(_pen(self.colors["border"], 1, Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(QColor(self.colors["background"])))
        painter.drawRoundedRect(self.rect().adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.setFont(self.font)
        painter.setPen(QColor(self.colors["text"]))
        painter.drawText(
            self.rect().adjusted(8, 0, -8, 0),
            Qt.AlignmentFlag.AlignCenter,
            elided(self.text, self.font, self.w - 16),
        )


class OffsetNode(Node):
    """A fixed-size node nudged down by ``top`` px (centres an icon on the first text line)."""

    def __init__(self, inner: Node, top: float) -> None:
        super().__init__("boxed", None)
        self.children = [inner]
        self.top = top

    def preferred_width(self) -> float:
        return self.children[0].preferred_width()

    def do_layout(self, width: float) -> float:
        inner = self.children[0]
        inner.layout(width)
        inner.x, inner.y = 0, self.top
        return inner.h + self.top


class IconMarkNode(Node):
    """A ``standard_icon``: its bundled glyph (render/icons.py) in the icon's colour, or for a
    token without one a generic mark (a ring with a dot), the icon's size (16 px)."""

    def __init__(self, pointer: str | None, token: str, color: str, size: float = 16) -> None:
        super().__init__("icon", pointer)
        self.text = token
        self.colors = {"icon": color}
        self.size = size

    def preferred_width(self) -> float:
        return self.size

    def do_layout(self, width: float) -> float:
        return self.size

    def paint(self, painter: QPainter) -> None:
        paint_icon(painter, QRectF(0, 0, self.size, self.size), self.text, self.colors["icon"])


def pair_of(nodes: list[Node], spacing: float) -> Node:
    """Two nodes side by side in equal halves (short div fields); one alone keeps its half."""
    columns = ColumnsNode(
        None, spacing=spacing, specs=[("weighted", 1.0), ("weighted", 1.0)], background=None
    )
    columns.tag = "fields"
    columns.children = list(nodes) + ([] if len(nodes) == 2 else [StackNode("spacer", None)])
    return columns


def row_of(nodes: list[Node], spacing: float) -> ColumnsNode:
    """Nodes side by side in equal widths (image combinations, bisected action rows)."""
    columns = ColumnsNode(None, spacing=spacing, specs=[("weighted", 1.0)] * len(nodes), background=None)
    columns.tag = "row"
    columns.children = nodes
    return columns
