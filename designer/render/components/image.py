"""Drawers of the pictures: img and img_combination (content-components pages), with their nodes:
``ImageNode`` (also a picture of a note and of select_img) and ``MosaicNode``."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from designer.cards.numbers import read_number
from designer.render.context import (
    BuildContext,
    elements_of,
    px,
    register,
    tr,
)
from designer.render.nodes import (
    Node,
    elided,
    line_pen,
    rounded,
)
from designer.render.text import card_font


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


register(
    {
        "img": draw_img,
        "img_combination": draw_img_combination,
    }
)
