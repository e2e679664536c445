"""Drawers of the content components: text (div, markdown, plain_text), hr, images, note,
person / person_list and table (pages under feishu-cards/.../content-components)."""

from __future__ import annotations

import datetime
import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath

from designer.cards.jsontext import join_pointer
from designer.cards.markdown import parse_markdown, plain_text
from designer.cards.numbers import read_number
from designer.cards.tree import single_child
from designer.render.context import (
    BuildContext,
    children_of,
    elements_of,
    px,
    register,
    tr,
)
from designer.render.nodes import (
    FlowNode,
    IconMarkNode,
    Node,
    OffsetNode,
    RowNode,
    StackNode,
    elided,
    line_pen,
    pair_of,
    rounded,
)
from designer.render.text import TextStyle, card_font
from designer.render.theme import font_color


def icon_node(
    ctx: BuildContext, icon: dict[str, Any], pointer: str | None, color: str, size: float = 16
) -> Node:
    """An ``icon`` object as a node: a ``custom_icon`` picture, or a ``standard_icon`` glyph in
    the icon's ``color`` (a colour name or custom colour; it applies to standard icons only, button
    page), else in ``color``, the colour of what it prefixes."""
    t = ctx.theme
    if icon.get("tag") == "custom_icon":
        colors = {"background": t.placeholder_background, "border": t.border, "text": t.text_secondary}
        mark = ImageNode(
            pointer,
            image=ctx.image(icon.get("img_key")),
            alt="",
            colors=colors,
            font_size=8,
            aspect=1.0,
            fixed_width=size,
            radius=3,
        )
        mark.tag = "icon"
        mark.text = str(icon.get("img_key") or "")
        return mark
    raw_color = icon.get("color")
    tint = font_color(t, raw_color if isinstance(raw_color, str) else None, ctx.custom_colors) or color
    return IconMarkNode(pointer, str(icon.get("token") or ""), tint, size)


def with_icon(
    ctx: BuildContext, icon: dict[str, Any], pointer: str, main: Node, color: str, *, element: bool = True
) -> Node:
    """``main`` with its prefix ``icon`` (``icon_node``), side by side."""
    mark = icon_node(ctx, icon, pointer, color)
    # element=True: the row becomes the element (icon and text select it); else only a layout row
    row = RowNode(
        main.tag if element else "icon_row",
        main.pointer if element else None,
        OffsetNode(mark, 2),
        main,
        gap=6,
    )
    row.icon_first = True
    row.text = main.text
    row.colors = dict(main.colors)
    if element:
        main.pointer = None
    return row


def draw_div(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    m = ctx.theme.metrics
    stack = StackNode("div", pointer, spacing=4)
    parts: list[str] = []
    text = element.get("text")
    if text is not None:
        node = ctx.text_node(text, None)
        stack.children.append(node)
        parts.append(node.text)
    fields = elements_of(element.get("fields"))
    row: list[Node] = []
    for index, field in enumerate(fields):
        if not isinstance(field, dict):
            continue
        field_node = ctx.text_node(field.get("text"), f"{pointer}/fields/{index}", tag="field")
        parts.append(field_node.text)
        if field.get("is_short"):
            row.append(field_node)
            if len(row) == 2:
                stack.children.append(pair_of(row, m.column_spacing))
                row = []
        else:
            if row:
                stack.children.append(pair_of(row, m.column_spacing))
                row = []
            stack.children.append(field_node)
    if row:
        stack.children.append(pair_of(row, m.column_spacing))
    stack.text = "\n".join(parts)
    extra = single_child(element, pointer)
    icon = element.get("icon")
    # plain-text page: ``icon`` is a prefix icon of the div's text, in the text's colour
    first = stack.children[0] if stack.children else None
    text_color = first.colors.get("text", ctx.theme.text) if first else ctx.theme.text
    if extra is not None:
        extra_pointer, extra_element = extra
        trailing = ctx.build(extra_element, extra_pointer)
        inner: Node = StackNode("div-text", None, spacing=4)
        inner.children = stack.children
        if isinstance(icon, dict):
            inner = with_icon(ctx, icon, f"{pointer}/icon", inner, text_color, element=False)
        row_node = RowNode("div", pointer, inner, trailing, gap=m.column_spacing)
        row_node.text = stack.text
        return row_node
    if isinstance(icon, dict):
        return with_icon(ctx, icon, f"{pointer}/icon", stack, text_color)
    return stack


def draw_markdown(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    dialect = "markdown" if ctx.schema == "2.0" else "lark_md"
    size = ctx.text_size(element.get("text_size")) or ctx.theme.metrics.text_size
    align = element.get("text_align") if isinstance(element.get("text_align"), str) else "left"
    value: Any = element if ("content" in element or "i18n_content" in element) else element.get("text", "")
    style = TextStyle(size=size, align=str(align))
    node: Node = ctx.text_node(value, pointer, tag="markdown", style=style, dialect=dialect)
    icon = element.get("icon")
    if isinstance(icon, dict):
        node = with_icon(ctx, icon, f"{pointer}/icon", node, ctx.theme.text)
    return node


def draw_plain_text(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    return ctx.text_node(element, pointer, tag=element.get("tag", "plain_text"))


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


def draw_hr(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    return RuleNode(pointer, ctx.theme.hr)


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
        painter.setPen(line_pen(self.colors["border"], 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        if rect.height() < 24 or rect.width() < 24:
            return  # an icon-sized box: no room for the alt text
        # a small mountain-and-sun picture glyph, then the alt text
        painter.setPen(line_pen(self.colors["text"], 1.2))
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


def image_size(ctx: BuildContext, element: dict[str, Any]) -> tuple[float, float] | None:
    """The fixed width x height an ``img`` asks for, or None to fill the width.

    img page: ``size`` ``large`` / ``medium`` / ``small`` / ``tiny`` are 160 / 80 / 40 / 16 px
    squares, ``"Wpx Hpx"`` is W x H, ``stretch`` fills the width; ``size`` applies only with
    ``scale_type`` ``crop_center`` (the default) or ``crop_top``. The legacy ``mode`` takes the
    same four names (and overrides ``custom_width``).
    """
    squares = ctx.theme.metrics.image_sizes
    mode = element.get("mode")
    if isinstance(mode, str) and mode in squares:
        return float(squares[mode]), float(squares[mode])
    size = element.get("size")
    if element.get("scale_type", "crop_center") not in ("crop_center", "crop_top") or not isinstance(
        size, str
    ):
        return None
    if size in squares:
        return float(squares[size]), float(squares[size])
    parts = size.split()
    if len(parts) == 2 and all(read_number(part) is not None for part in parts):
        return px("img", "size", parts[0], 1), px("img", "size", parts[1], 1)
    return None


def corner_radius(value: Any) -> tuple[float, bool]:
    """``corner_radius`` as (px, False) or, for ``"N%"`` (img page: ``[0,100]%``), (N, True)."""
    if isinstance(value, str) and value.strip().endswith("%"):
        number = read_number(value.strip()[:-1], "")
        if number is None:
            number = read_number(value.strip()[:-1])
        return (max(0.0, min(100.0, number)) if number is not None and math.isfinite(number) else 0.0), True
    return px(None, "corner_radius", value, 4), False


def draw_img(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    key = element.get("img_key")
    alt = ctx.i18n(element.get("alt")) or (str(key) if key else tr("image"))
    image = ctx.image(key)
    scale_type = element.get("scale_type") or element.get("mode")
    fixed: float | None = None
    box = image_size(ctx, element)
    if box is None and isinstance(element.get("custom_width"), int | float | str):
        fixed = px("img", "custom_width", element["custom_width"], 300)
    if box is None and element.get("compact_width") is True:
        fixed = min(fixed or math.inf, float(t.metrics.image_compact_width))
    # A picture keeps its own aspect; an unknown one is a 16:9 box. crop_* modes crop tall
    # pictures to 16:9 (img component page, "mode"/"scale_type").
    aspect: float | None = None if image is not None else 9 / 16
    if scale_type in ("crop_center", "crop_top") and image is not None:
        aspect = min(9 / 16, image.height() / max(1, image.width()))
    if box is not None:
        fixed, aspect = box[0], box[1] / box[0]
    radius, percent = corner_radius(element.get("corner_radius"))
    colors = {"background": t.placeholder_background, "border": t.border, "text": t.text_secondary}
    node = ImageNode(
        pointer,
        image=image,
        alt=alt,
        colors=colors,
        font_size=t.metrics.notation_size,
        aspect=aspect,
        fixed_width=fixed,
        max_height=None if box is not None else float(t.metrics.image_placeholder_height) * 2.5,
        radius=0.0 if percent else radius,
        radius_percent=radius if percent else None,
        exact=box is not None,
        crop_top=scale_type == "crop_top",
    )
    # a sized picture is its own size, not a row-wide box (selected, hit and measured as drawn)
    node.shrink = box is not None
    if image is None:
        node.colors["placeholder"] = "yes"
    return node


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


def _grid(columns: int, count: int) -> list[Cell]:
    """``count`` equal squares, ``columns`` to a row (bisect / trisect)."""
    return [
        ((index % columns, index % columns), (index // columns, index // columns), (1, 0), (1, 0))
        for index in range(count)
    ]


# img_combination page (multi-image-laylout): double holds at most 2 pictures, triple 3, bisect
# rows of 2 equal squares and trisect rows of 3, at most 3 rows; pictures past the limit are not
# shown, places without a picture stay blank. The mixed layouts as the client draws them (the
# page's example pictures): double is a portrait picture a third of the width beside a landscape
# one two thirds wide, of the same height (3:4 and 3:2); triple is a large square two thirds wide
# beside two small squares one over the other. Cells are (x, y, w, h) in (s, gap) units.
_MIXED: dict[str, tuple[list[Cell], tuple[float, float]]] = {
    "double": ([((0, 0), (0, 0), (1, 0), (4 / 3, 0)), ((1, 1), (0, 0), (2, 0), (4 / 3, 0))], (3, 1)),
    "triple": (
        [
            ((0, 0), (0, 0), (2, 1), (2, 1)),
            ((2, 2), (0, 0), (1, 0), (1, 0)),
            ((2, 2), (1, 1), (1, 0), (1, 0)),
        ],
        (3, 2),
    ),
}
_GRID_COLUMNS = {"bisect": 2, "trisect": 3}
_MAX_ROWS = 3


def draw_img_combination(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    images = elements_of(element.get("img_list"))
    mode = element.get("combination_mode")
    if not isinstance(mode, str) or (mode not in _MIXED and mode not in _GRID_COLUMNS):
        mode = "double"  # the page's default layout
    if mode in _MIXED:
        cells, across = _MIXED[mode]
    else:
        columns = _GRID_COLUMNS[mode]
        shown = min(len(images), columns * _MAX_ROWS)
        cells, across = _grid(columns, max(columns, shown)), (float(columns), float(columns - 1))
    radius, percent = corner_radius(element.get("corner_radius"))
    colors = {"background": t.placeholder_background, "border": t.border, "text": t.text_secondary}
    mosaic = MosaicNode(pointer, cells, across, gap=4)
    for index, item in enumerate(images[: len(cells)]):
        key = item.get("img_key") if isinstance(item, dict) else None
        mosaic.children.append(
            ImageNode(
                f"{pointer}/img_list/{index}",
                image=ctx.image(key),
                alt=str(key or tr("image")),
                colors=colors,
                font_size=t.metrics.notation_size,
                aspect=1.0,
                radius=0.0 if percent else radius,
                radius_percent=radius if percent else None,
            )
        )
    mosaic.text = " ".join(n.text for n in mosaic.children)
    return mosaic


def draw_note(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    flow = FlowNode("note", pointer, spacing=6, line_spacing=2)
    parts: list[str] = []
    items, base = children_of(element, pointer)
    for index, item in enumerate(items):
        item_pointer = join_pointer(base, index)
        if isinstance(item, dict) and item.get("tag") == "img":
            colors = {"background": t.placeholder_background, "border": t.border, "text": t.text_secondary}
            flow.children.append(
                ImageNode(
                    item_pointer,
                    image=ctx.image(item.get("img_key")),
                    alt="",
                    colors=colors,
                    font_size=10,
                    aspect=1.0,
                    fixed_width=16.0,
                    radius=2,
                )
            )
        else:
            node = ctx.text_node(
                item, item_pointer, style=TextStyle(size=t.metrics.notation_size, color=t.note)
            )
            flow.children.append(node)
            parts.append(node.text)
    flow.text = " ".join(parts)
    flow.colors = {"text": t.note}
    return flow


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


def _person_name(ctx: BuildContext, user: Any) -> str:
    if isinstance(user, dict):
        user = user.get("id") or user.get("user_id")
    return str(user) if user else tr("unknown user")


# Avatar sizes by ``size`` (person / person_list pages: extra_small, small, medium, large; the
# default is medium for both).
AVATAR_SIZES = {"extra_small": 16, "small": 20, "medium": 24, "large": 36}


def _avatar_size(element: dict[str, Any]) -> int:
    size = element.get("size", "medium")
    return AVATAR_SIZES.get(size if isinstance(size, str) else "medium", AVATAR_SIZES["medium"])


def draw_person(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    """``person``: by the page, the avatar shows and the name does not unless asked
    (``show_avatar`` true, ``show_name`` false by default); ``style: capsule`` is a rounded tint."""
    t = ctx.theme
    person = AvatarNode(
        pointer,
        name=_person_name(ctx, element.get("user_id")),
        size=_avatar_size(element),
        colors={
            "avatar": t.primary,
            "avatar_text": "#ffffff",
            "text": t.text,
            "capsule": t.tags["neutral"].background,
        },
        font_size=t.metrics.text_size,
        show_name=element.get("show_name") is True,
        show_avatar=element.get("show_avatar", True) is not False,
        capsule=element.get("style") == "capsule",
    )
    person.shrink = True
    return person


def draw_person_list(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    """``person_list``: names without avatars by default (``show_name`` true, ``show_avatar``
    false); without names, two or more people are a chain of overlapping avatars (the page's
    "葫芦串"), each ringed in the card's colour over the one before."""
    t = ctx.theme
    size = _avatar_size(element)
    persons = elements_of(element.get("persons"))
    show_name = element.get("show_name", True) is not False
    chain = not show_name and len(persons) > 1
    flow = FlowNode("person_list", pointer, spacing=-size / 4 if chain else 12, line_spacing=6)
    colors = {"avatar": t.primary, "avatar_text": "#ffffff", "text": t.text}
    if chain:
        colors["ring"] = t.surface
    for index, person in enumerate(persons):
        flow.children.append(
            AvatarNode(
                f"{pointer}/persons/{index}",
                name=_person_name(ctx, person),
                size=size,
                colors=colors,
                font_size=t.metrics.text_size,
                show_name=show_name,
                show_avatar=chain or element.get("show_avatar") is True,
            )
        )
    flow.text = " ".join(c.text for c in flow.children)
    icon = element.get("icon")
    if isinstance(icon, dict):  # user-list page: a prefix icon before the people
        return with_icon(ctx, icon, f"{pointer}/icon", flow, t.text)
    return flow


_DATE_TOKENS = (("YYYY", "%Y"), ("MM", "%m"), ("DD", "%d"), ("HH", "%H"), ("mm", "%M"))

_CHINA = datetime.timezone(datetime.timedelta(hours=8))  # the preview's stand-in user timezone


def _cell(ctx: BuildContext, value: Any, column: dict[str, Any]) -> str:
    """A table cell as text, by the column's ``data_type`` (table component page)."""
    kind = column.get("data_type")
    if kind == "date" and isinstance(value, int | float) and not isinstance(value, bool):
        fmt = str(column.get("date_format") or "YYYY/MM/DD")
        for token, code in _DATE_TOKENS:
            fmt = fmt.replace(token, code)
        try:
            return datetime.datetime.fromtimestamp(value / 1000, _CHINA).strftime(fmt)
        except (OverflowError, OSError, ValueError):
            return str(value)
    if kind == "number" and isinstance(value, int | float) and not isinstance(value, bool):
        precision = (
            column.get("format", {}).get("precision") if isinstance(column.get("format"), dict) else None
        )
        if isinstance(precision, int) and not isinstance(precision, bool):
            return f"{value:,.{int(px('table', 'precision', precision, 0))}f}"
        return f"{value:,}"
    if isinstance(value, str):
        if kind in ("lark_md", "markdown") or "<" in value or "*" in value:
            return plain_text(parse_markdown(value))
        return value
    if isinstance(value, list):
        return ", ".join(_cell(ctx, v, {}) for v in value)
    if isinstance(value, dict):
        return ctx.i18n(value) or str(value.get("text", value.get("name", value.get("id", ""))))
    return "" if value is None else str(value)


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


def draw_table(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    columns = [c for c in elements_of(element.get("columns")) if isinstance(c, dict)]
    headers = [str(c.get("display_name") or c.get("name") or "") for c in columns]
    page_size = element.get("page_size", 5)
    page = int(px("table", "page_size", page_size, 5))
    rows = [
        [_cell(ctx, row.get(str(column.get("name", ""))), column) for column in columns]
        for row in elements_of(element.get("rows"))[:page]
        if isinstance(row, dict)
    ]
    raw_style = element.get("header_style")
    header_style: dict[str, Any] = raw_style if isinstance(raw_style, dict) else {}
    return TableNode(
        pointer,
        headers=headers,
        rows=rows,
        colors={"border": t.border, "header": t.table_header, "text": t.text, "background": t.surface},
        font_size=t.metrics.text_size,
        header_visible=header_style.get("visible", True) is not False,
    )


register(
    {
        "div": draw_div,
        "markdown": draw_markdown,
        "lark_md": draw_plain_text,
        "plain_text": draw_plain_text,
        "hr": draw_hr,
        "img": draw_img,
        "img_combination": draw_img_combination,
        "note": draw_note,
        "person": draw_person,
        "person_list": draw_person_list,
        "table": draw_table,
    }
)
