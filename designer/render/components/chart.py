"""The ``chart`` component drawn with QPainter: bars, lines, areas, pies and dots, offline.

Feishu draws charts with VChart; the preview draws the same data in VChart's default look (title
top left, value grid, category axis, legend under the chart, ten-colour palette from the theme),
sized by ``aspect_ratio`` (16:9 on the desktop, 1:1 on mobile) or a fixed ``height``. A spec it
cannot draw becomes a box saying what is wrong (see ``chart_spec``).
"""

from __future__ import annotations

import math
import typing
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from designer.cards.models import ChartAspectRatio
from designer.render.components.chart_spec import ChartModel, ChartSpecError, read_chart_spec
from designer.render.context import BuildContext, px, register
from designer.render.nodes import BoxMessageNode, Node, elided
from designer.render.text import card_font
from designer.render.theme import ChartColors

# width / height of each aspect_ratio the card format allows
ASPECT_RATIOS: dict[str, float] = {
    ratio: int(ratio.split(":")[0]) / int(ratio.split(":")[1]) for ratio in typing.get_args(ChartAspectRatio)
}
LABEL_SIZE = 11  # tick labels, legend names (VChart's 12 px at the preview's card scale)
TITLE_SIZE = 14
GAP = 6.0


@dataclass(frozen=True, slots=True)
class Bar:
    series: str
    category: str
    value: float
    rect: QRectF  # in the node's coordinates
    color: str


@dataclass(frozen=True, slots=True)
class Slice:
    category: str
    value: float
    start: float  # degrees clockwise from 12 o'clock
    span: float  # degrees, clockwise
    color: str


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering ``low``..``high`` (1, 2, 2.5 or 5 times a power of ten).

    Values too far apart or too close for a float step get the two ends as ticks.
    """
    if high <= low:
        high = low + 1
    raw = (high - low) / max(1, count - 1)
    if not math.isfinite(raw) or raw < 1e-290:
        return [low, high]
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    start = math.floor(low / step) * step
    ticks = [start]
    while ticks[-1] < high - 1e-9 * step and len(ticks) <= 2 * count:
        ticks.append(ticks[-1] + step)
    return [round(t, 10) for t in ticks]


def tick_text(value: float) -> str:
    if abs(value) >= 1e4 and float(value).is_integer():
        return f"{value / 1000:g}k" if abs(value) < 1e6 else f"{value / 1e6:g}M"
    return f"{value:g}"


class ChartNode(Node):
    """A drawn chart. After ``layout``: ``plot`` (the plot rectangle), ``bars``, ``slices``,
    ``lines`` (series name -> points), ``dots``, ``legend`` (name, colour, rect) and ``ticks``
    (value -> y or x) tell what was drawn where, for clicks and tests."""

    def __init__(
        self,
        pointer: str,
        model: ChartModel,
        colors: ChartColors,
        palette: tuple[str, ...],
        aspect: float,
        fixed_height: float | None,
    ) -> None:
        super().__init__("chart", pointer)
        self.model = model
        self.chart_colors = colors
        self.palette = palette
        self.aspect = aspect
        self.fixed_height = fixed_height
        self.font = card_font(LABEL_SIZE)
        self.title_font = card_font(TITLE_SIZE, bold=True)
        self.series_colors = {s.name: palette[i % len(palette)] for i, s in enumerate(model.series)}
        if model.kind == "pie":
            self.series_colors = {c: palette[i % len(palette)] for i, c in enumerate(model.categories)}
        self.colors = {"title": colors.title, "grid": colors.grid, "label": colors.label}
        self.colors.update({f"series:{name}": color for name, color in self.series_colors.items()})
        names = self._legend_names()
        self.text = "\n".join(part for part in (model.title, " ".join(names)) if part)
        self.plot = QRectF()
        self.title_rect = QRectF()
        self.bars: list[Bar] = []
        self.slices: list[Slice] = []
        self.lines: dict[str, list[QPointF]] = {}
        self.dots: list[tuple[str, QPointF]] = []
        self.legend: list[tuple[str, str, QRectF]] = []
        self.ticks: list[tuple[float, float]] = []
        self.x_ticks: list[tuple[float, float]] = []  # scatter: the value axis along x
        self.category_labels: list[tuple[str, QRectF]] = []
        self.value_labels: list[tuple[str, QRectF]] = []
        self.low = 0.0
        self.high = 1.0

    def _legend_names(self) -> list[str]:
        if not self.model.legend:
            return []
        if self.model.kind == "pie":
            return list(self.model.categories)
        if len(self.model.series) > 1 or self.model.named_series:
            return [s.name for s in self.model.series]
        return []

    # -- layout -------------------------------------------------------------------------------
    def do_layout(self, width: float) -> float:
        height = self.fixed_height if self.fixed_height is not None else width / self.aspect
        metrics = QFontMetricsF(self.font)
        top = 0.0
        if self.model.title:
            title_height = QFontMetricsF(self.title_font).height()
            self.title_rect = QRectF(0, 0, width, title_height)
            top = title_height + GAP
        area = QRectF(0, top, width, max(20.0, height - top))
        area = self._layout_legend(area, metrics)
        self.bars, self.slices, self.lines, self.dots = [], [], {}, []
        self.value_labels, self.category_labels, self.ticks, self.x_ticks = [], [], [], []
        if self.model.kind == "pie":
            self._layout_pie(area, metrics)
        elif self.model.kind == "scatter":
            self._layout_scatter(area, metrics)
        else:
            self._layout_cartesian(area, metrics)
        return height

    def _layout_legend(self, area: QRectF, metrics: QFontMetricsF) -> QRectF:
        """Place the legend items (rows under / over the chart, or a column beside it)."""
        self.legend = []
        names = self._legend_names()
        if not names:
            return area
        item_height = metrics.height()
        widths = [12 + 4 + metrics.horizontalAdvance(n) for n in names]
        orient = self.model.legend_orient
        if orient in ("left", "right"):
            column = min(max(widths), area.width() * 0.35)
            x = area.right() - column if orient == "right" else area.left()
            total = len(names) * (item_height + 4)
            y = area.top() + max(0.0, (area.height() - total) / 2)
            for name in names:
                self.legend.append(
                    (name, self.series_colors.get(name, self.palette[0]), QRectF(x, y, column, item_height))
                )
                y += item_height + 4
            if orient == "right":
                return area.adjusted(0, 0, -column - GAP * 2, 0)
            return area.adjusted(column + GAP * 2, 0, 0, 0)
        rows: list[list[tuple[str, float]]] = [[]]
        used = 0.0
        for name, w in zip(names, widths, strict=True):
            w = min(w, area.width())
            if rows[-1] and used + w > area.width():
                rows.append([])
                used = 0.0
            rows[-1].append((name, w))
            used += w + 12
        rows = rows[:3]  # a long legend keeps the chart visible; the rest is elided
        block = len(rows) * (item_height + 4)
        y = area.bottom() - block + 4 if orient == "bottom" else area.top()
        for row in rows:
            row_width = sum(w for _, w in row) + 12 * (len(row) - 1)
            x = area.left() + max(0.0, (area.width() - row_width) / 2)
            for name, w in row:
                self.legend.append(
                    (name, self.series_colors.get(name, self.palette[0]), QRectF(x, y, w, item_height))
                )
                x += w + 12
            y += item_height + 4
        if orient == "bottom":
            return area.adjusted(0, 0, 0, -block - GAP)
        return area.adjusted(0, block + GAP, 0, 0)

    def _value_axis(self, low: float, high: float) -> None:
        ticks = nice_ticks(low, high)
        self.low, self.high = ticks[0], ticks[-1]
        self._tick_values = ticks

    def _layout_cartesian(self, area: QRectF, metrics: QFontMetricsF) -> None:
        model = self.model
        self._value_axis(*model.value_range())
        tick_width = max(metrics.horizontalAdvance(tick_text(t)) for t in self._tick_values)
        label_height = metrics.height()
        if model.horizontal:
            category_width = min(
                area.width() * 0.3, max((metrics.horizontalAdvance(c) for c in model.categories), default=0)
            )
            plot = QRectF(
                area.left() + category_width + GAP,
                area.top() + 2,
                max(10.0, area.width() - category_width - GAP - tick_width / 2 - 2),
                max(10.0, area.height() - label_height - GAP - 2),
            )
        else:
            plot = QRectF(
                area.left() + tick_width + GAP,
                area.top() + label_height / 2,
                max(10.0, area.width() - tick_width - GAP - 2),
                max(10.0, area.height() - label_height * 1.5 - GAP),
            )
        self.plot = plot
        span = self.high - self.low or 1.0
        if model.horizontal:
            self.ticks = [(t, plot.left() + (t - self.low) / span * plot.width()) for t in self._tick_values]
        else:
            self.ticks = [
                (t, plot.bottom() - (t - self.low) / span * plot.height()) for t in self._tick_values
            ]
        count = max(1, len(model.categories))
        band = (plot.height() if model.horizontal else plot.width()) / count
        bar_series = [s for s in model.series if s.kind == "bar"]
        self._layout_category_labels(plot, band, metrics)
        for index, category in enumerate(model.categories):
            start = (plot.top() if model.horizontal else plot.left()) + index * band
            group = band * 0.6
            slots = 1 if model.stacked else max(1, len(bar_series))
            slot = group / slots
            positive = negative = 0.0
            for number, series in enumerate(bar_series):
                if category not in series.values:
                    continue
                value = series.values[category]
                base = 0.0
                if model.stacked:
                    base = positive if value >= 0 else negative
                    if value >= 0:
                        positive += value
                    else:
                        negative += value
                offset = start + (band - group) / 2 + (0 if model.stacked else number * slot)
                thickness = slot - (2 if slots > 1 else 0)
                self.bars.append(
                    Bar(
                        series.name,
                        category,
                        value,
                        self._bar_rect(base, value, offset, thickness),
                        self.series_colors[series.name],
                    )
                )
        for series in model.series:
            if series.kind in ("line", "area"):
                points = []
                for index, category in enumerate(model.categories):
                    if category in series.values:
                        centre = plot.left() + (index + 0.5) * band
                        points.append(QPointF(centre, self._value_pos(series.values[category])))
                self.lines[series.name] = points
        if model.labels:
            self._layout_value_labels(metrics)

    def _value_pos(self, value: float) -> float:
        span = self.high - self.low or 1.0
        if self.model.horizontal:
            return self.plot.left() + (value - self.low) / span * self.plot.width()
        return self.plot.bottom() - (value - self.low) / span * self.plot.height()

    def _bar_rect(self, base: float, value: float, offset: float, thickness: float) -> QRectF:
        a, b = self._value_pos(base), self._value_pos(base + value)
        if self.model.horizontal:
            return QRectF(min(a, b), offset, abs(b - a), max(1.0, thickness))
        return QRectF(offset, min(a, b), max(1.0, thickness), abs(b - a))

    def _layout_category_labels(self, plot: QRectF, band: float, metrics: QFontMetricsF) -> None:
        categories = self.model.categories
        height = metrics.height()
        if self.model.horizontal:
            step = max(1, math.ceil(height / max(1.0, band)))
            for index in range(0, len(categories), step):
                y = plot.top() + (index + 0.5) * band - height / 2
                rect = QRectF(0, y, plot.left() - GAP, height)
                self.category_labels.append((categories[index], rect))
            return
        widest = max((metrics.horizontalAdvance(c) for c in categories), default=0.0) + 8
        step = max(1, math.ceil(widest / max(1.0, band)))
        for index in range(0, len(categories), step):
            centre = plot.left() + (index + 0.5) * band
            width = band * step
            self.category_labels.append(
                (categories[index], QRectF(centre - width / 2, plot.bottom() + GAP, width, height))
            )

    def _layout_value_labels(self, metrics: QFontMetricsF) -> None:
        height = metrics.height()
        for bar in self.bars:
            text = tick_text(bar.value)
            width = metrics.horizontalAdvance(text) + 4
            if self.model.horizontal:
                rect = QRectF(bar.rect.right() + 2, bar.rect.center().y() - height / 2, width, height)
            elif self.model.stacked:
                rect = QRectF(
                    bar.rect.center().x() - width / 2, bar.rect.center().y() - height / 2, width, height
                )
            else:
                rect = QRectF(bar.rect.center().x() - width / 2, bar.rect.top() - height, width, height)
            self.value_labels.append((text, rect))
        for name, points in self.lines.items():
            series = next(s for s in self.model.series if s.name == name)
            values = [series.values[c] for c in self.model.categories if c in series.values]
            for point, value in zip(points, values, strict=True):
                text = tick_text(value)
                width = metrics.horizontalAdvance(text) + 4
                self.value_labels.append(
                    (text, QRectF(point.x() - width / 2, point.y() - height - 3, width, height))
                )

    def _layout_pie(self, area: QRectF, metrics: QFontMetricsF) -> None:
        series = self.model.series[0]
        total = sum(series.values.values()) or 1.0
        height = metrics.height()
        label_width = metrics.horizontalAdvance("100.0%") + 8 if self.model.labels else 0.0
        label_height = height * 1.2 if self.model.labels else 0.0
        room = min(area.width() / 2 - label_width, area.height() / 2 - label_height)
        radius = max(4.0, room * min(1.0, self.model.outer_radius / 0.8))
        centre = area.center()
        self.plot = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        start = 0.0
        for category in self.model.categories:
            value = series.values.get(category, 0.0)
            span = value / total * 360.0
            self.slices.append(Slice(category, value, start, span, self.series_colors[category]))
            if self.model.labels and span > 0:
                middle = math.radians(start + span / 2)
                text = f"{value / total * 100:.1f}%"
                width = metrics.horizontalAdvance(text) + 4
                x = centre.x() + math.sin(middle) * (radius + 4)
                y = centre.y() - math.cos(middle) * (radius + height * 0.6)
                # Outside the slice: starting at the rim on the right, ending at it on the left.
                left = (
                    x if math.sin(middle) > 0.2 else x - width if math.sin(middle) < -0.2 else x - width / 2
                )
                self.value_labels.append((text, QRectF(left, y - height / 2, width, height)))
            start += span

    def _layout_scatter(self, area: QRectF, metrics: QFontMetricsF) -> None:
        xs = [x for s in self.model.series for x, _ in s.points]
        ys = [y for s in self.model.series for _, y in s.points]
        x_ticks = nice_ticks(min(xs), max(xs))
        self._value_axis(min(ys), max(ys))
        tick_width = max(metrics.horizontalAdvance(tick_text(t)) for t in self._tick_values)
        plot = QRectF(
            area.left() + tick_width + GAP,
            area.top() + metrics.height() / 2,
            max(10.0, area.width() - tick_width - GAP - metrics.height()),
            max(10.0, area.height() - metrics.height() * 1.5 - GAP),
        )
        self.plot = plot
        y_span = self.high - self.low or 1.0
        x_low, x_span = x_ticks[0], (x_ticks[-1] - x_ticks[0]) or 1.0
        self.ticks = [(t, plot.bottom() - (t - self.low) / y_span * plot.height()) for t in self._tick_values]
        self.x_ticks = [(t, plot.left() + (t - x_low) / x_span * plot.width()) for t in x_ticks]
        for series in self.model.series:
            for x, y in series.points:
                point = QPointF(
                    plot.left() + (x - x_low) / x_span * plot.width(),
                    plot.bottom() - (y - self.low) / y_span * plot.height(),
                )
                self.dots.append((series.name, point))

    # -- painting -----------------------------------------------------------------------------
    def paint(self, painter: QPainter) -> None:
        painter.setClipRect(self.rect())  # a tiny fixed height must not draw over the next element
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        c = self.chart_colors
        if self.model.title:
            painter.setFont(self.title_font)
            painter.setPen(QColor(c.title))
            painter.drawText(
                self.title_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                elided(self.model.title, self.title_font, self.title_rect.width()),
            )
        painter.setFont(self.font)
        if self.model.kind == "pie":
            self._paint_pie(painter)
        else:
            self._paint_axes(painter)
            self._paint_series(painter)
        self._paint_labels(painter, self.value_labels, c.label, Qt.AlignmentFlag.AlignCenter)
        self._paint_legend(painter)

    def _paint_axes(self, painter: QPainter) -> None:
        c = self.chart_colors
        plot = self.plot
        grid = QPen(QColor(c.grid))
        grid.setWidthF(1.0)
        height = QFontMetricsF(self.font).height()
        painter.setPen(QColor(c.label))
        for value, exact in self.ticks:
            pos = math.floor(exact) + 0.5  # a crisp 1 px line on the pixel grid
            painter.setPen(grid)
            if self.model.horizontal:
                painter.drawLine(QPointF(pos, plot.top()), QPointF(pos, plot.bottom()))
                rect = QRectF(pos - 40, plot.bottom() + GAP, 80, height)
                flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            else:
                painter.drawLine(QPointF(plot.left(), pos), QPointF(plot.right(), pos))
                rect = QRectF(0, pos - height / 2, plot.left() - GAP, height)
                flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.setPen(QColor(c.label))
            painter.drawText(rect, flags, tick_text(value))
        for value, pos in self.x_ticks:
            painter.setPen(grid)
            painter.drawLine(QPointF(pos, plot.top()), QPointF(pos, plot.bottom()))
            painter.setPen(QColor(c.label))
            painter.drawText(
                QRectF(pos - 40, plot.bottom() + GAP, 80, height),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                tick_text(value),
            )
        axis = QPen(QColor(c.axis))
        axis.setWidthF(1.0)
        painter.setPen(axis)
        if self.model.horizontal:
            painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        else:
            zero = self._value_pos(0.0) if self.model.kind != "scatter" else plot.bottom()
            painter.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero))
            align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        self._paint_labels(painter, self.category_labels, c.label, align)

    def _paint_series(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for bar in self.bars:
            painter.setBrush(QBrush(QColor(bar.color)))
            painter.drawRect(bar.rect)
        for series in self.model.series:
            points = self.lines.get(series.name)
            if not points:
                continue
            color = QColor(self.series_colors[series.name])
            if series.kind == "area" and len(points) > 1:
                fill = QColor(color)
                fill.setAlphaF(0.25)
                base = self._value_pos(max(self.low, min(0.0, self.high)))
                polygon = QPolygonF([QPointF(points[0].x(), base), *points, QPointF(points[-1].x(), base)])
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(fill))
                painter.drawPolygon(polygon)
            pen = QPen(color)
            pen.setWidthF(2.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.drawPath(path)
            painter.setBrush(QBrush(QColor(self.chart_colors.slice_border)))
            for point in points:
                painter.drawEllipse(point, 3, 3)
        painter.setPen(Qt.PenStyle.NoPen)
        for name, point in self.dots:
            color = QColor(self.series_colors[name])
            color.setAlphaF(0.85)
            painter.setBrush(QBrush(color))
            painter.drawEllipse(point, 4, 4)

    def _paint_pie(self, painter: QPainter) -> None:
        border = QPen(QColor(self.chart_colors.slice_border))
        border.setWidthF(1.5)
        painter.setPen(border)
        inner = self.plot.width() / 2 * self.model.inner_radius
        for piece in self.slices:
            if piece.span <= 0:
                continue
            painter.setBrush(QBrush(QColor(piece.color)))
            # Qt: 0 degrees at 3 o'clock, counter-clockwise, in 1/16 degree; VChart starts at
            # 12 o'clock and goes clockwise.
            painter.drawPie(self.plot, round((90 - piece.start) * 16), round(-piece.span * 16))
        if inner > 0:
            painter.setBrush(QBrush(QColor(self.chart_colors.slice_border)))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(self.plot.center(), inner, inner)

    def _paint_labels(
        self, painter: QPainter, labels: list[tuple[str, QRectF]], color: str, align: Qt.AlignmentFlag
    ) -> None:
        painter.setPen(QColor(color))
        painter.setFont(self.font)
        for text, rect in labels:
            painter.drawText(rect, align, elided(text, self.font, rect.width() + 2))

    def _paint_legend(self, painter: QPainter) -> None:
        for name, color, rect in self.legend:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(color)))
            mark = 8.0
            painter.drawRoundedRect(QRectF(rect.left() + 2, rect.center().y() - mark / 2, mark, mark), 2, 2)
            painter.setPen(QColor(self.chart_colors.label))
            text_rect = rect.adjusted(16, 0, 0, 0)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                elided(name, QFont(self.font), text_rect.width() + 1),
            )


def draw_chart(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    try:
        model = read_chart_spec(element.get("chart_spec"))
    except ChartSpecError as exc:
        return BoxMessageNode("unsupported", pointer, str(exc), ctx.message_colors(), t.metrics.notation_size)
    ratio = element.get("aspect_ratio")
    default = "1:1" if ctx.platform == "mobile" else "16:9"
    aspect = ASPECT_RATIOS.get(ratio if isinstance(ratio, str) else default, ASPECT_RATIOS[default])
    height = element.get("height")
    fixed = px("chart", "height", height, 0.0) if height not in (None, "auto") else 0.0
    theme_name = element.get("color_theme")
    palettes = t.chart.palettes
    palette = palettes.get(theme_name if isinstance(theme_name, str) else "brand", palettes["brand"])
    return ChartNode(pointer, model, t.chart, palette, aspect, min(999.0, fixed) if fixed >= 1 else None)


register({"chart": draw_chart})
