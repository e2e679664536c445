"""The ``audio`` component (JSON 2.0, Feishu 7.49+): a player with a play button, a progress bar
and the time, drawn from the fields of the audio page (card-json-v2-components/content-components/
audio). The element is read from its raw dict (no model is needed to draw it).

What the page documents and the preview draws:
- ``style``: ``normal`` a triangle on a round base, ``flat`` the triangle alone, ``speak`` a voice
  mark; ``fill_color`` (default ``grey-800``) colours the button, the played part and the time.
- ``show_progress_bar`` / ``show_time`` (both default true); ``time_display`` ``default`` (one time:
  the total before playing) or ``both`` (played / total); ``time_position`` ``end`` (after the
  bar), ``start`` (before it) or ``both_sides`` (played before, total after).
- ``padding`` (default 12px), ``background_style`` (``default``: light grey), ``border`` (none by
  default; ``color``, ``corner_radius`` default 8px), ``width`` (``default``, ``fill`` or a px
  width of at least 100), ``disabled`` (drawn faded).
The duration is stored with the uploaded file, which the preview does not have: the total shows
as ``--:--`` and the played time as ``00:00`` (nothing played yet).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from designer.render.context import BuildContext, one_of, padding_of, px, register
from designer.render.nodes import Node
from designer.render.text import card_font
from designer.render.theme import background_color, font_color

BUTTON = 24.0  # the play button's circle
TIME_SIZE = 12
BAR_HEIGHT = 4.0
GAP = 8.0
# "default" width: the page's picture shows it well short of the card's width ("fill"); the
# preview takes 300 px, and never more than the room there is.
DEFAULT_WIDTH = 300.0
UNKNOWN_TOTAL = "--:--"
PLAYED = "00:00"


class AudioNode(Node):
    """A drawn audio player. After layout: ``button``, ``bar`` (None when hidden) and ``times``
    (text, rect) in the node's coordinates tell what was drawn where."""

    def __init__(
        self,
        pointer: str,
        *,
        style: str,
        show_bar: bool,
        times: list[tuple[str, str]],  # (text, "before" | "after" the bar)
        padding: tuple[float, float, float, float],
        width: float | None,  # None: the whole width ("fill")
        colors: dict[str, str],
        radius: float,
        disabled: bool,
    ) -> None:
        super().__init__("audio", pointer)
        self.style = style
        self.show_bar = show_bar
        self.time_texts = times
        self.padding = padding
        self.width_wanted = width
        self.colors = colors
        self.radius = radius
        self.disabled = disabled
        self.font = card_font(TIME_SIZE)
        self.shrink = width is not None
        self.text = " ".join(text for text, _ in times)
        self.button = QRectF()
        self.bar: QRectF | None = None
        self.times: list[tuple[str, QRectF]] = []

    def preferred_width(self) -> float:
        return self.width_wanted if self.width_wanted is not None else 10_000.0

    def do_layout(self, width: float) -> float:
        top, right, bottom, left = self.padding
        metrics = QFontMetricsF(self.font)
        row = max(BUTTON, metrics.height())
        middle = top + row / 2
        self.button = QRectF(left, middle - BUTTON / 2, BUTTON, BUTTON)
        x = self.button.right() + GAP
        end = max(x, width - right)
        self.times = []
        before = [t for t, where in self.time_texts if where == "before"]
        after = [t for t, where in self.time_texts if where == "after"]
        for text in before:
            w = metrics.horizontalAdvance(text) + 1
            self.times.append((text, QRectF(x, middle - metrics.height() / 2, w, metrics.height())))
            x += w + GAP
        tail: list[tuple[str, QRectF]] = []
        for text in reversed(after):
            w = metrics.horizontalAdvance(text) + 1
            end -= w
            tail.insert(0, (text, QRectF(end, middle - metrics.height() / 2, w, metrics.height())))
            end -= GAP
        self.times.extend(tail)
        self.bar = (
            QRectF(x, middle - BAR_HEIGHT / 2, max(0.0, end - x), BAR_HEIGHT) if self.show_bar else None
        )
        return top + row + bottom

    def paint(self, painter: QPainter) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.disabled:
            painter.setOpacity(0.4)  # a disabled player is there but cannot be played
        box = self.rect().adjusted(0.5, 0.5, -0.5, -0.5)
        border = self.colors.get("border")
        painter.setPen(QPen(QColor(border), 1.0) if border else Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(self.colors["background"])))
        painter.drawRoundedRect(box, self.radius, self.radius)
        fill = QColor(self.colors["fill"])
        self._paint_button(painter, fill)
        if self.bar is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(self.colors["track"])))
            painter.drawRoundedRect(self.bar, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
            painter.setBrush(QBrush(fill))  # the playhead, at the start: nothing played yet
            painter.drawEllipse(QPointF(self.bar.left() + 3, self.bar.center().y()), 3, 3)
        painter.setPen(fill)
        painter.setFont(self.font)
        for text, rect in self.times:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def _paint_button(self, painter: QPainter, fill: QColor) -> None:
        b = self.button
        c = b.center()
        if self.style == "speak":  # a voice mark: a dot and two arcs opening to the right
            pen = QPen(fill, 2.0)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(QBrush(fill))
            painter.drawEllipse(QPointF(c.x() - 6, c.y()), 2, 2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for r in (6.0, 10.0):
                path = QPainterPath()
                path.arcMoveTo(QRectF(c.x() - 6 - r, c.y() - r, 2 * r, 2 * r), 45)
                path.arcTo(QRectF(c.x() - 6 - r, c.y() - r, 2 * r, 2 * r), 45, -90)
                painter.drawPath(path)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        triangle_color = fill
        if self.style != "flat":  # normal: a white triangle on a round base
            painter.setBrush(QBrush(fill))
            painter.drawEllipse(b)
            triangle_color = QColor(self.colors["button_mark"])
        painter.setBrush(QBrush(triangle_color))
        size = b.width() * (0.36 if self.style != "flat" else 0.6)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(c.x() - size * 0.4, c.y() - size / 2),
                    QPointF(c.x() + size * 0.6, c.y()),
                    QPointF(c.x() - size * 0.4, c.y() + size / 2),
                ]
            )
        )


def _times(element: dict[str, Any]) -> list[tuple[str, str]]:
    if element.get("show_time", True) is False:
        return []
    both = element.get("time_display") == "both"
    position = element.get("time_position", "end")
    if position == "both_sides":
        return [(PLAYED, "before"), (UNKNOWN_TOTAL, "after")]
    where = "before" if position == "start" else "after"
    # default: one time, the total until played; both: played / total
    return [(f"{PLAYED} / {UNKNOWN_TOTAL}" if both else UNKNOWN_TOTAL, where)]


def _width(value: Any) -> float | None:
    """``fill``: the whole row (None); a px width read as every number is (cards/numbers.py holds
    the page's [100, inf) range); anything else the default."""
    return None if value == "fill" else px("audio", "width", value, DEFAULT_WIDTH)


def draw_audio(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    custom = ctx.custom_colors
    raw_fill = element.get("fill_color")
    fill = font_color(t, raw_fill if isinstance(raw_fill, str) else None, custom) or t.text
    # "default": the page's light grey; a name or custom colour as the containers take it.
    background = background_color(t, element.get("background_style"), custom) or t.placeholder_background
    colors = {"background": background, "fill": fill, "track": t.border, "button_mark": t.surface}
    border = element.get("border")
    radius = 8.0
    if isinstance(border, dict):
        raw_border = border.get("color")
        colors["border"] = (
            font_color(t, raw_border if isinstance(raw_border, str) else None, custom) or t.border
        )
        radius = px("audio", "corner_radius", border.get("corner_radius"), 8.0)
    style = element.get("style")
    return AudioNode(
        pointer,
        style=one_of(style, ("normal", "flat", "speak")),
        show_bar=element.get("show_progress_bar", True) is not False,
        times=_times(element),
        padding=padding_of(element.get("padding"), (12, 12, 12, 12)),
        width=_width(element.get("width")),
        colors=colors,
        radius=radius,
        disabled=element.get("disabled") is True,
    )


register({"audio": draw_audio})
