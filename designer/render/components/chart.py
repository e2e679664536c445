"""The ``chart`` component drawn with QPainter: bars, lines, areas, pies, dots, radars, funnels,
progress bars and rings and word clouds, offline.

Feishu draws charts with VChart; the preview draws the same data in VChart's default look (title
top left, value grid, category axis, legend under the chart, ten-colour palette from the theme),
sized by ``aspect_ratio`` (16:9 on the desktop, 1:1 on mobile) or a fixed ``height``. The spec's
own ``color`` replaces the palette, as in VChart. A spec it cannot draw becomes a box saying
what is wrong (see ``chart_spec``).
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
from designer.render.theme import ChartColors, Theme, font_color

# width / height of each aspect_ratio the card format allows
ASPECT_RATIOS: dict[str, float] = {
    ratio: int(ratio.split(":")[0]) / int(ratio.split(":")[1]) for ratio in typing.get_args(ChartAspectRatio)
}
MAX_WORDS = 100  # a word cloud places its biggest words; VChart too drops words that do not fit
SPIRAL_STEPS = 1500  # places tried per word before it is left out
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


class _Placed:
    """The words placed so far as (left, top, right, bottom), bucketed by 64 px cells: a new
    word is checked against the words near it, first against the one that blocked the last try
    (the spiral's next step is usually blocked by it too). Checking every placed word at every
    step made a 100-word cloud take seconds."""

    CELL = 64.0

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
        self.last: tuple[float, float, float, float] | None = None

    def _keys(self, left: float, top: float, right: float, bottom: float) -> list[tuple[int, int]]:
        c = self.CELL
        xs = range(int(left // c), int(right // c) + 1)
        return [(x, y) for y in range(int(top // c), int(bottom // c) + 1) for x in xs]

    def add(self, box: tuple[float, float, float, float]) -> None:
        for key in self._keys(*box):
            self.cells.setdefault(key, []).append(box)

    def hits(self, left: float, top: float, right: float, bottom: float) -> bool:
        last = self.last
        if last and left < last[2] and last[0] < right and top < last[3] and last[1] < bottom:
            return True
        for key in self._keys(left, top, right, bottom):
            for other in self.cells.get(key, ()):
                if left < other[2] and other[0] < right and top < other[3] and other[1] < bottom:
                    self.last = other
                    return True
        return False


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
        specified: dict[str, str] | None = None,
    ) -> None:
        super().__init__("chart", pointer)
        self.model = model
        self.chart_colors = colors
        self.palette = palette
        self.aspect = aspect
        self.fixed_height = fixed_height
        self.font = card_font(LABEL_SIZE)
        self.title_font = card_font(TITLE_SIZE, bold=True)
        # VChart's ordinal colour scale: a "specified" name keeps its colour; a name in the
        # domain takes the palette colour at its place there; the rest go in order.
        domain = {name: index for index, name in enumerate(model.color_domain)}
        self.series_colors = {
            name: (specified or {}).get(name) or palette[domain.get(name, i) % len(palette)]
            for i, name in enumerate(model.color_keys())
        }
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
        self.spokes: list[tuple[str, QPointF]] = []  # radar: category -> the axis end
        self.polygons: dict[str, list[QPointF]] = {}  # radar: series -> its points
        self.rings_grid: list[float] = []  # radar: the grid polygons' radii
        self.layers: list[tuple[str, float, QPolygonF, str]] = []  # funnel: name, value, shape, colour
        self.transforms: list[QPolygonF] = []  # funnel: the conversion steps between layers
        # progress: category, series, fraction, the track and the filled part (a linear bar), or
        # for a ring its centre-line circle's rect and thickness in fill.width()
        self.tracks: list[tuple[str, str, float, QRectF, QRectF]] = []
        self.words: list[tuple[str, QRectF, str, float]] = []  # word cloud: text, rect, colour, size
        self.inside_labels: list[tuple[str, QRectF]] = []  # funnel: names drawn on their layers

    def _legend_names(self) -> list[str]:
        if not self.model.legend or self.model.kind == "wordCloud":
            return []
        if self.model.kind in ("pie", "funnel"):
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
        self.spokes, self.polygons, self.rings_grid, self.layers = [], {}, [], []
        self.transforms, self.tracks, self.words, self.inside_labels = [], [], [], []
        kind = self.model.kind
        if kind == "pie":
            self._layout_pie(area, metrics)
        elif kind == "radar":
            self._layout_radar(area, metrics)
        elif kind == "funnel":
            self._layout_funnel(area, metrics)
        elif kind == "linearProgress":
            self._layout_linear_progress(area, metrics)
        elif kind == "circularProgress":
            self._layout_circular_progress(area)
        elif kind == "wordCloud":
            self._layout_words(area)
        elif kind == "scatter":
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

    def _layout_radar(self, area: QRectF, metrics: QFontMetricsF) -> None:
        """Polar axes, one per category clockwise from 12 o'clock, and a polygon per series."""
        model = self.model
        label_width = min(
            area.width() * 0.25, max((metrics.horizontalAdvance(c) for c in model.categories), default=0.0)
        )
        room = min(area.width() / 2 - label_width - GAP, area.height() / 2 - metrics.height() - GAP)
        radius = max(4.0, room * min(1.0, model.outer_radius / 0.8))
        centre = area.center()
        self.plot = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        values = [v for s in model.series for v in s.values.values()]
        self._value_axis(min(0.0, *values), max(values))
        span = self.high - self.low or 1.0
        self.rings_grid = [(t - self.low) / span * radius for t in self._tick_values]
        self.ticks = [(t, centre.y() - r) for t, r in zip(self._tick_values, self.rings_grid, strict=True)]
        count = max(1, len(model.categories))
        height = metrics.height()
        for index, category in enumerate(model.categories):
            angle = 2 * math.pi * index / count
            sin, cos = math.sin(angle), math.cos(angle)
            self.spokes.append((category, QPointF(centre.x() + sin * radius, centre.y() - cos * radius)))
            width = min(label_width, metrics.horizontalAdvance(category)) + 4
            x = centre.x() + sin * (radius + GAP)
            y = centre.y() - cos * (radius + GAP + height / 2)
            left = x if sin > 0.2 else x - width if sin < -0.2 else x - width / 2
            self.category_labels.append((category, QRectF(left, y - height / 2, width, height)))
        for series in model.series:
            points = []
            for index, category in enumerate(model.categories):
                angle = 2 * math.pi * index / count
                r = (series.values.get(category, self.low) - self.low) / span * radius
                points.append(QPointF(centre.x() + math.sin(angle) * r, centre.y() - math.cos(angle) * r))
            self.polygons[series.name] = points
            if model.labels:
                for point, category in zip(points, model.categories, strict=True):
                    if category in series.values:
                        text = tick_text(series.values[category])
                        width = metrics.horizontalAdvance(text) + 4
                        rect = QRectF(point.x() - width / 2, point.y() - height - 2, width, height)
                        self.value_labels.append((text, rect))

    def _layout_funnel(self, area: QRectF, metrics: QFontMetricsF) -> None:
        """Layers from the first category down, each as wide as its value against the largest.

        Without ``isTransform`` a layer narrows to the next one's width (the last to half its
        own); with it the layers are bars and a grey step between two shows the conversion.
        """
        model = self.model
        series = model.series[0]
        values = [series.values.get(c, 0.0) for c in model.categories]
        largest = max(values) or 1.0
        count = len(values)
        full = area.width() * 0.8
        centre = area.center().x()
        unit = area.height() / (count * 2 + (count - 1 if model.transform else 0))
        layer = unit * 2
        widths = [max(1.0, v / largest * full) for v in values]
        height = metrics.height()
        y = area.top()
        self.plot = QRectF(centre - full / 2, area.top(), full, area.height())
        for index, (category, value, width) in enumerate(zip(model.categories, values, widths, strict=True)):
            last = index == count - 1
            bottom = width if model.transform else (width / 2 if last else widths[index + 1])
            shape = QPolygonF(
                [
                    QPointF(centre - width / 2, y),
                    QPointF(centre + width / 2, y),
                    QPointF(centre + bottom / 2, y + layer - 1),
                    QPointF(centre - bottom / 2, y + layer - 1),
                ]
            )
            self.layers.append((category, value, shape, self.series_colors[category]))
            if model.labels:  # VChart writes the category inside its layer, in white
                rect = QRectF(centre - full / 2, y + layer / 2 - height / 2, full, height)
                self.inside_labels.append((category, rect))
            y += layer
            if model.transform and not last:
                step = QPolygonF(
                    [
                        QPointF(centre - width / 2, y),
                        QPointF(centre + width / 2, y),
                        QPointF(centre + widths[index + 1] / 2, y + unit),
                        QPointF(centre - widths[index + 1] / 2, y + unit),
                    ]
                )
                self.transforms.append(step)
                if value > 0:
                    text = f"{values[index + 1] / value * 100:.0f}%"
                    self.value_labels.append(
                        (text, QRectF(centre - 40, y + unit / 2 - height / 2, 80, height))
                    )
                y += unit

    def _fraction(self, value: float) -> float:
        low, high = self.model.scale
        return max(0.0, min(1.0, (value - low) / (high - low)))

    def _progress_items(self) -> list[tuple[str, str, float]]:
        """(category, series, value) of each track, categories in data order."""
        return [
            (category, series.name, series.values[category])
            for category in self.model.categories
            for series in self.model.series
            if category in series.values
        ]

    def _layout_linear_progress(self, area: QRectF, metrics: QFontMetricsF) -> None:
        """A rounded track per category, filled to (value - min) / (max - min) of its length."""
        items = self._progress_items()
        count = max(1, len(items))
        if self.model.horizontal:
            label_width = min(
                area.width() * 0.3, max((metrics.horizontalAdvance(c) for c, _, _ in items), default=0.0)
            )
            plot = QRectF(
                area.left() + label_width + GAP, area.top(), area.width() - label_width - GAP, area.height()
            )
            band = plot.height() / count
            thickness = min(band * 0.5, 20.0)  # VChart's progress bars are 20 px at most
            for index, (category, name, value) in enumerate(items):
                middle = plot.top() + (index + 0.5) * band
                track = QRectF(plot.left(), middle - thickness / 2, plot.width(), thickness)
                fill = QRectF(track.left(), track.top(), track.width() * self._fraction(value), thickness)
                self.tracks.append((category, name, self._fraction(value), track, fill))
                label = QRectF(area.left(), middle - metrics.height() / 2, label_width, metrics.height())
                self.category_labels.append((category, label))
        else:
            plot = QRectF(area.left(), area.top(), area.width(), area.height() - metrics.height() - GAP)
            band = plot.width() / count
            thickness = min(band * 0.5, 20.0)
            for index, (category, name, value) in enumerate(items):
                middle = plot.left() + (index + 0.5) * band
                track = QRectF(middle - thickness / 2, plot.top(), thickness, plot.height())
                filled = track.height() * self._fraction(value)
                fill = QRectF(track.left(), track.bottom() - filled, thickness, filled)
                self.tracks.append((category, name, self._fraction(value), track, fill))
                label = QRectF(middle - band / 2, plot.bottom() + GAP, band, metrics.height())
                self.category_labels.append((category, label))
        self.plot = plot

    def _layout_circular_progress(self, area: QRectF) -> None:
        """Concentric rings between ``innerRadius`` and ``radius``, the first category outside;
        each ring's arc starts at 12 o'clock and runs clockwise for its share of the scale."""
        items = self._progress_items()
        # VChart's ``radius``: a fraction of half the chart's shorter side (the page's example: 0.7)
        radius = max(4.0, min(area.width(), area.height()) / 2 * self.model.outer_radius)
        inner = radius * min(self.model.inner_radius / max(self.model.outer_radius, 0.01), 0.95)
        centre = area.center()
        self.plot = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        band = (radius - inner) / max(1, len(items))
        thickness = max(1.0, band - 2)  # VChart's innerPadding / outerPadding part the rings
        for index, (category, name, value) in enumerate(items):
            middle = radius - (index + 0.5) * band
            circle = QRectF(centre.x() - middle, centre.y() - middle, 2 * middle, 2 * middle)
            fraction = self._fraction(value)
            self.tracks.append((category, name, fraction, circle, QRectF(0, 0, thickness, thickness)))

    def _layout_words(self, area: QRectF) -> None:
        """Words sized by value, biggest first, each at the first free place on a spiral out
        from the centre: the same data always gives the same picture."""
        model = self.model
        entries = sorted(
            ((c, s.name, v) for s in model.series for c, v in s.values.items()),
            key=lambda entry: -entry[2],
        )[:MAX_WORDS]  # sorted() is stable: equal values keep their data order
        if not entries:
            return
        low, high = min(v for _, _, v in entries), max(v for _, _, v in entries)
        small, big = model.font_sizes
        # VChart's sizes suit a chart 400 px wide; a narrower one (a column) shrinks them, but
        # not below 60 % (the words would be unreadable)
        scale = max(0.6, min(1.0, area.width() / 400))
        self.plot = area
        placed = _Placed()
        centre = area.center()
        for word, name, value in entries:
            size = (small + (big - small) * ((value - low) / (high - low) if high > low else 1.0)) * scale
            size = float(max(6, round(size)))
            metrics = QFontMetricsF(card_font(round(size)))
            width, height = metrics.horizontalAdvance(word) + 2, metrics.height()
            spot = self._free_spot(area, centre, width, height, placed)
            if spot is None:
                continue
            color = self.series_colors.get(name if model.named_series else word, self.palette[0])
            self.words.append((word, spot, color, size))

    @staticmethod
    def _free_spot(
        area: QRectF, centre: QPointF, width: float, height: float, placed: _Placed
    ) -> QRectF | None:
        """The first place on an Archimedean spiral out from the centre where the word fits the
        area and overlaps no placed word; None when the spiral leaves the area or has taken
        SPIRAL_STEPS steps (a bound on the work per word, so a crowded cloud lays out quickly;
        the word is then left out, as VChart leaves out words that do not fit)."""
        limit = math.hypot(area.width(), area.height()) / 2
        aspect = min(area.width() / max(1.0, area.height()), 2.0)
        pitch = max(4.0, height / 3)  # the spiral's turns this far apart, its steps this long
        a_left, a_top, a_right, a_bottom = area.left(), area.top(), area.right(), area.bottom()
        cx, cy = centre.x() - width / 2, centre.y() - height / 2
        t = 0.0
        for _step in range(SPIRAL_STEPS):
            r = pitch * t / (2 * math.pi)
            if r > limit:
                return None
            left = cx + r * math.cos(t) * aspect
            top = cy + r * math.sin(t)
            right, bottom = left + width, top + height
            inside = a_left <= left and right <= a_right and a_top <= top and bottom <= a_bottom
            if inside and not placed.hits(left, top, right, bottom):
                placed.add((left, top, right, bottom))
                return QRectF(left, top, width, height)
            t += max(0.1, pitch / max(r, pitch))
        return None

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
        kind = self.model.kind
        if kind == "pie":
            self._paint_pie(painter)
        elif kind == "radar":
            self._paint_radar(painter)
        elif kind == "funnel":
            self._paint_funnel(painter)
        elif kind == "linearProgress":
            self._paint_linear_progress(painter)
        elif kind == "circularProgress":
            self._paint_circular_progress(painter)
        elif kind == "wordCloud":
            self._paint_words(painter)
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

    def _paint_radar(self, painter: QPainter) -> None:
        c = self.chart_colors
        centre = self.plot.center()
        grid = QPen(QColor(c.grid))
        grid.setWidthF(1.0)
        painter.setPen(grid)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        count = max(1, len(self.spokes))
        for r in self.rings_grid:  # VChart's radar grid is polygonal, one ring per tick
            ring = [
                QPointF(
                    centre.x() + math.sin(2 * math.pi * i / count) * r,
                    centre.y() - math.cos(2 * math.pi * i / count) * r,
                )
                for i in range(count)
            ]
            painter.drawPolygon(QPolygonF(ring))
        for _category, end in self.spokes:
            painter.drawLine(centre, end)
        height = QFontMetricsF(self.font).height()
        painter.setPen(QColor(c.label))
        for value, y in self.ticks[1:-1]:  # the outermost would sit on the top axis name
            painter.drawText(
                QRectF(centre.x() + 3, y - height, 60, height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                tick_text(value),
            )
        self._paint_labels(painter, self.category_labels, c.label, Qt.AlignmentFlag.AlignCenter)
        for name, points in self.polygons.items():
            color = QColor(self.series_colors[name])
            fill = QColor(color)
            fill.setAlphaF(0.2 if self.model.area else 0.0)
            pen = QPen(color)
            pen.setWidthF(2.0)
            painter.setPen(pen)
            painter.setBrush(QBrush(fill))
            painter.drawPolygon(QPolygonF(points))
            painter.setBrush(QBrush(QColor(c.slice_border)))
            for point in points:
                painter.drawEllipse(point, 3, 3)

    def _paint_funnel(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        step = QColor(self.chart_colors.grid)
        painter.setBrush(QBrush(step))
        for shape in self.transforms:
            painter.drawPolygon(shape)
        for _name, _value, shape, color in self.layers:
            painter.setBrush(QBrush(QColor(color)))
            painter.drawPolygon(shape)
        self._paint_labels(painter, self.inside_labels, "#ffffff", Qt.AlignmentFlag.AlignCenter)

    def _paint_linear_progress(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for _category, name, fraction, track, fill in self.tracks:
            radius = min(track.width(), track.height()) / 2
            painter.setBrush(QBrush(QColor(self.chart_colors.grid)))
            painter.drawRoundedRect(track, radius, radius)
            if fraction > 0:
                painter.setBrush(QBrush(QColor(self.series_colors[name])))
                painter.drawRoundedRect(fill, radius, radius)
        align = (
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            if self.model.horizontal
            else Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        )
        self._paint_labels(painter, self.category_labels, self.chart_colors.label, align)

    def _paint_circular_progress(self, painter: QPainter) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for _category, name, fraction, circle, size in self.tracks:
            pen = QPen(QColor(self.chart_colors.grid))
            pen.setWidthF(size.width())
            painter.setPen(pen)
            painter.drawEllipse(circle)
            if fraction <= 0:
                continue
            pen.setColor(QColor(self.series_colors[name]))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)  # the example's cornerRadius rounds the ends
            painter.setPen(pen)
            # Qt: 0 degrees at 3 o'clock, counter-clockwise, in 1/16 degree
            painter.drawArc(circle, 90 * 16, round(-fraction * 360 * 16))

    def _paint_words(self, painter: QPainter) -> None:
        for word, rect, color, size in self.words:
            painter.setFont(card_font(round(size)))
            painter.setPen(QColor(color))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, word)
        painter.setFont(self.font)

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
    # The spec's own colours win over color_theme (chart page: color_theme "若你在 chart_spec 字段中
    # 声明了样式类属性，该字段无效" - it does nothing once the spec declares styles).
    own = tuple(c for c in (css_color(t, v) for v in model.color_range) if c)
    specified = {k: c for k, c in ((k, css_color(t, v)) for k, v in model.color_specified.items()) if c}
    return ChartNode(
        pointer,
        model,
        t.chart,
        own or palette,
        aspect,
        min(999.0, fixed) if fixed >= 1 else None,
        specified,
    )


def css_color(theme: Theme, value: str) -> str | None:
    """A VChart colour (CSS: ``#rgb`` / ``#rrggbb``, ``rgb()`` / ``rgba()``, a CSS colour name) as
    a colour Qt draws, or None for anything else (that entry is skipped, as VChart's canvas
    ignores a colour it cannot parse)."""
    lowered = value.strip().lower()
    if lowered.startswith(("#", "rgb")):
        return font_color(theme, lowered)
    return QColor(lowered).name() if QColor.isValidColorName(lowered) else None


register({"chart": draw_chart})
