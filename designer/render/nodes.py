"""The drawn card as a tree of nodes: the base ``Node`` and the layout primitives every drawer
composes (text, stacks, flows, columns, rows, boxed messages, icon marks).

Each node knows its JSON pointer, lays itself out and paints. A component's own leaf node (a
button, a field, an image, a table ...) lives beside its drawer in ``render/components/``.

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
    QPainter,
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
        """Paint this node (``scene.paint_node`` paints the children afterwards)."""

    def rect(self) -> QRectF:
        return QRectF(0, 0, self.w, self.h)


def walk(node: Node, origin: QPointF | None = None) -> list[tuple[Node, QRectF]]:
    """Every node with its rectangle in the root's coordinates, parents before children."""
    base = origin or QPointF(0, 0)
    top_left = QPointF(base.x() + node.x, base.y() + node.y)
    result = [(node, QRectF(top_left, QSizeF(node.w, node.h)))]
    for child in node.children:
        result.extend(walk(child, top_left))
    return result


def line_pen(color: str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(color))
    pen.setWidthF(width)
    pen.setStyle(style)
    return pen


def rounded(painter: QPainter, rect: QRectF, radius: float, fill: str | None, border: str | None) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(line_pen(border) if border else Qt.PenStyle.NoPen)
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
                painter.setPen(line_pen(self.border, 1, Qt.PenStyle.DashLine))
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
        painter.setPen(line_pen(self.colors["border"], 1, Qt.PenStyle.DashLine))
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
