"""The ``chart`` component: bars, lines, areas, pies and dots drawn from the VChart spec.

Checked on the chart node's record of what it placed where (bars, slices, points, legend,
ticks) and on pixels of the rendered image, so a wrong height, angle or colour fails here.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from designer.cards import parse
from designer.render import CardView
from designer.render.components.chart import ChartNode, nice_ticks
from designer.render.theme import DARK, LIGHT
from tests.helpers.render import Drawn, close

Draw = Callable[..., Drawn]
POINTER = "/body/elements/0"


def card(spec: Any, **fields: Any) -> dict[str, Any]:
    return {"schema": "2.0", "body": {"elements": [{"tag": "chart", "chart_spec": spec, **fields}]}}


def chart_of(drawn: Drawn) -> ChartNode:
    nodes = [node for node, _rect in drawn.scene.nodes() if isinstance(node, ChartNode)]
    assert len(nodes) == 1, [e.tag for e in drawn.elements]
    return nodes[0]


def origin(drawn: Drawn) -> QPointF:
    return drawn.at(POINTER).rect.topLeft()


def at(drawn: Drawn, point: QPointF) -> Any:
    """The image pixel at ``point`` in the chart node's coordinates."""
    base = origin(drawn)
    return drawn.pixel(base.x() + point.x(), base.y() + point.y())


SALES = [("Mon", 10), ("Tue", 20), ("Wed", 40), ("Thu", 5)]
BAR = {
    "type": "bar",
    "title": {"text": "Weekly sales"},
    "data": {"values": [{"day": d, "sales": v} for d, v in SALES]},
    "xField": "day",
    "yField": "sales",
}
GROUPED = {
    "type": "bar",
    "data": {
        "values": [
            {"year": y, "kind": k, "value": v}
            for y, a, b in (("2024", 30, 10), ("2025", 60, 20))
            for k, v in (("north", a), ("south", b))
        ]
    },
    "xField": ["year", "kind"],
    "yField": "value",
    "seriesField": "kind",
}
PIE = {
    "type": "pie",
    "data": {
        "values": [{"type": "A", "value": "50"}, {"type": "B", "value": 30}, {"type": "C", "value": 20}]
    },
    "categoryField": "type",
    "valueField": "value",
}


# -- bars ------------------------------------------------------------------------------------------
def test_bar_heights_are_proportional_to_the_values(draw: Draw) -> None:
    drawn = draw(card(BAR))
    chart = chart_of(drawn)
    bars = {bar.category: bar for bar in chart.bars}
    assert list(bars) == [d for d, _ in SALES]
    unit = bars["Mon"].rect.height() / 10
    for day, value in SALES:
        assert bars[day].rect.height() == pytest.approx(unit * value, rel=1e-6)
        assert bars[day].rect.bottom() == pytest.approx(chart.plot.bottom())
    # The bars are drawn in the first brand colour; above the tallest bar is not.
    brand = LIGHT.chart.palettes["brand"][0]
    assert close(at(drawn, bars["Wed"].rect.center()), brand, 3)
    assert not close(at(drawn, QPointF(bars["Thu"].rect.center().x(), bars["Thu"].rect.top() - 8)), brand, 60)


def test_bar_title_ticks_and_labels(draw: Draw) -> None:
    drawn = draw(card(BAR))
    chart = chart_of(drawn)
    assert drawn.at(POINTER).tag == "chart"
    assert drawn.at(POINTER).text.startswith("Weekly sales")
    assert [value for value, _ in chart.ticks] == [0, 10, 20, 30, 40]
    assert [text for text, _ in chart.category_labels] == ["Mon", "Tue", "Wed", "Thu"]
    assert chart.legend == []  # one unnamed series: no legend
    assert drawn.ink(chart.title_rect.translated(origin(drawn)), LIGHT.surface) > 30


def test_grouped_bars_side_by_side_with_a_legend(draw: Draw) -> None:
    drawn = draw(card(GROUPED))
    chart = chart_of(drawn)
    by = {(bar.category, bar.series): bar for bar in chart.bars}
    north, south = by[("2024", "north")], by[("2024", "south")]
    assert north.rect.right() <= south.rect.left()  # side by side, not stacked
    assert north.rect.bottom() == pytest.approx(south.rect.bottom())
    assert north.rect.height() == pytest.approx(3 * south.rect.height())
    assert by[("2025", "north")].rect.height() == pytest.approx(2 * north.rect.height())
    palette = LIGHT.chart.palettes["brand"]
    assert (north.color, south.color) == palette[:2]
    assert [(name, color) for name, color, _ in chart.legend] == [
        ("north", palette[0]),
        ("south", palette[1]),
    ]
    assert "north south" in drawn.at(POINTER).text
    for name, color, rect in chart.legend:  # the swatch in the series colour, then the name
        assert close(at(drawn, QPointF(rect.left() + 6, rect.center().y())), color, 8), name
        assert drawn.ink(rect.adjusted(16, 0, 0, 0).translated(origin(drawn)), LIGHT.surface) > 10


def test_series_of_one_x_field_are_stacked(draw: Draw) -> None:
    drawn = draw(card(dict(GROUPED, xField="year")))
    chart = chart_of(drawn)
    by = {(bar.category, bar.series): bar for bar in chart.bars}
    lower, upper = by[("2024", "north")], by[("2024", "south")]
    assert upper.rect.bottom() == pytest.approx(lower.rect.top())
    assert upper.rect.left() == pytest.approx(lower.rect.left())
    assert chart.ticks[-1][0] >= 80  # the axis covers the stack (60 + 20), not the largest bar


def test_horizontal_bars_grow_along_x(draw: Draw) -> None:
    spec = dict(BAR, direction="horizontal", xField="sales", yField="day")
    chart = chart_of(draw(card(spec)))
    bars = {bar.category: bar for bar in chart.bars}
    assert bars["Wed"].rect.width() == pytest.approx(4 * bars["Mon"].rect.width())
    assert bars["Mon"].rect.top() < bars["Tue"].rect.top()
    assert bars["Mon"].rect.left() == pytest.approx(chart.plot.left())


def test_numeric_strings_are_values_and_missing_values_leave_a_gap(draw: Draw) -> None:
    rows = [{"day": "a", "v": "2.5"}, {"day": "b"}, {"day": "c", "v": 5}]
    chart = chart_of(draw(card({"type": "bar", "data": {"values": rows}, "xField": "day", "yField": "v"})))
    assert [(bar.category, bar.value) for bar in chart.bars] == [("a", 2.5), ("c", 5.0)]
    assert [text for text, _ in chart.category_labels] == ["a", "b", "c"]


# -- lines and areas -------------------------------------------------------------------------------
def test_one_line_per_series_at_the_values(draw: Draw) -> None:
    spec = dict(GROUPED, type="line", xField="year")
    drawn = draw(card(spec))
    chart = chart_of(drawn)
    assert set(chart.lines) == {"north", "south"}
    bottom, top = chart.ticks[0][1], chart.ticks[-1][1]
    scale = (bottom - top) / (chart.ticks[-1][0] - chart.ticks[0][0])
    for name, values in (("north", (30, 60)), ("south", (10, 20))):
        points = chart.lines[name]
        assert [bottom - p.y() for p in points] == pytest.approx([v * scale for v in values])
    # Halfway along the north line is drawn in its colour.
    a, b = chart.lines["north"]
    assert close(at(drawn, (a + b) / 2), LIGHT.chart.palettes["brand"][0], 40)
    assert [name for name, _, _ in chart.legend] == ["north", "south"]


def test_area_is_filled_under_its_line(draw: Draw) -> None:
    spec = dict(BAR, type="area")
    drawn = draw(card(spec))
    chart = chart_of(drawn)
    points = chart.lines["sales"]
    below = QPointF(points[1].x(), (points[1].y() + chart.plot.bottom()) / 2)
    above = QPointF(points[1].x(), (points[1].y() + chart.plot.top()) / 2)
    filled = at(drawn, below)
    assert not close(filled, LIGHT.surface, 10)
    assert filled.blue() > filled.red()  # a tint of the brand blue
    assert close(at(drawn, above), LIGHT.surface, 30) or close(at(drawn, above), LIGHT.chart.grid, 10)
    # The line chart of the same data is not filled.
    line = draw(card(dict(BAR, type="line")))
    assert close(at(line, below), LIGHT.surface, 30) or close(at(line, below), LIGHT.chart.grid, 10)


# -- pies -------------------------------------------------------------------------------------------
def test_pie_slice_angles_follow_the_values(draw: Draw) -> None:
    drawn = draw(card(PIE))
    chart = chart_of(drawn)
    assert [(s.category, s.span) for s in chart.slices] == [
        ("A", pytest.approx(180.0)),
        ("B", pytest.approx(108.0)),
        ("C", pytest.approx(72.0)),
    ]
    assert [s.start for s in chart.slices] == pytest.approx([0.0, 180.0, 288.0])
    centre = chart.plot.center()
    radius = chart.plot.width() / 2
    for piece in chart.slices:  # each slice's middle, half way out, is drawn in its colour
        middle = math.radians(piece.start + piece.span / 2)
        point = QPointF(
            centre.x() + math.sin(middle) * radius / 2, centre.y() - math.cos(middle) * radius / 2
        )
        assert close(at(drawn, point), piece.color, 4), piece.category
    assert [name for name, _, _ in chart.legend] == ["A", "B", "C"]


def test_donut_is_hollow_and_labels_give_percentages(draw: Draw) -> None:
    spec = dict(PIE, innerRadius=0.5, label={"visible": True})
    drawn = draw(card(spec))
    chart = chart_of(drawn)
    assert close(at(drawn, chart.plot.center()), LIGHT.surface, 2)
    assert [text for text, _ in chart.value_labels] == ["50.0%", "30.0%", "20.0%"]
    for _text, rect in chart.value_labels:  # outside the pie, inside the chart
        assert rect.left() >= 0 and rect.right() <= chart.w
        assert drawn.ink(rect.translated(origin(drawn)), LIGHT.surface) > 5


def test_negative_pie_value_is_named(draw: Draw) -> None:
    spec = dict(PIE, data={"values": [{"type": "A", "value": 1}, {"type": "B", "value": -2}]})
    box = draw(card(spec)).at(POINTER)
    assert box.text == "chart: valueField 'value' of data row 2 is negative (-2)"


# -- other kinds ------------------------------------------------------------------------------------
def test_scatter_places_dots_on_two_value_axes(draw: Draw) -> None:
    rows = [{"x": 0, "y": 0}, {"x": 10, "y": 5}, {"x": 20, "y": 10}]
    chart = chart_of(draw(card({"type": "scatter", "data": {"values": rows}, "xField": "x", "yField": "y"})))
    first, middle, last = (point for _, point in chart.dots)
    assert middle.x() == pytest.approx((first.x() + last.x()) / 2)
    assert middle.y() == pytest.approx((first.y() + last.y()) / 2)
    assert chart.x_ticks[0][0] == 0


def test_common_chart_draws_bars_and_a_line_from_two_data_sets() -> None:
    path = "tests/data/cards/chart-combined.json"
    with open(path, encoding="utf-8") as handle:
        spec = json.load(handle)["elements"][0]["chart_spec"]
    from designer.render.components.chart_spec import read_chart_spec

    model = read_chart_spec(spec)
    assert [(s.name, s.kind) for s in model.series] == [("早餐", "bar"), ("午餐", "bar"), ("饮料", "line")]
    assert model.categories[:2] == ["周一", "周二"] and len(model.categories) == 7
    assert not model.stacked and model.labels


# -- size, theme, palette ---------------------------------------------------------------------------
@pytest.mark.parametrize(("ratio", "factor"), [("1:1", 1.0), ("2:1", 2.0), ("4:3", 4 / 3), ("16:9", 16 / 9)])
def test_aspect_ratio_sets_the_height(draw: Draw, ratio: str, factor: float) -> None:
    rect = draw(card(BAR, aspect_ratio=ratio)).at(POINTER).rect
    assert rect.height() == pytest.approx(rect.width() / factor)


def test_default_ratio_is_16_9_on_desktop_1_1_on_mobile_and_height_wins(draw: Draw) -> None:
    desktop = draw(card(BAR)).at(POINTER).rect
    assert desktop.height() == pytest.approx(desktop.width() * 9 / 16)
    mobile = draw(card(BAR), platform="mobile").at(POINTER).rect
    assert mobile.height() == pytest.approx(mobile.width())
    fixed = draw(card(BAR, aspect_ratio="1:1", height="150px")).at(POINTER).rect
    assert fixed.height() == 150


def test_a_tiny_fixed_height_stays_in_its_box(draw: Draw) -> None:
    drawn = draw(card(BAR, height="12px"))
    box = drawn.at(POINTER).rect
    assert box.height() == 12
    below = box.adjusted(0, box.height() + 1, 0, 11)  # the body's spacing under the chart
    assert drawn.ink(below, LIGHT.surface) == 0


def test_many_categories_keep_their_labels_apart(draw: Draw) -> None:
    rows = [{"day": f"day {i}", "v": i} for i in range(200)]
    chart = chart_of(draw(card({"type": "line", "data": {"values": rows}, "xField": "day", "yField": "v"})))
    assert len(chart.lines["v"]) == 200
    labels = [rect for _, rect in chart.category_labels]
    assert 3 <= len(labels) < 200
    assert all(a.right() <= b.left() + 0.01 for a, b in itertools.pairwise(labels))


def test_dark_theme_colours(draw: Draw) -> None:
    drawn = draw(card(GROUPED), theme="dark")
    chart = chart_of(drawn)
    palette = DARK.chart.palettes["brand"]
    assert palette != LIGHT.chart.palettes["brand"]
    by = {(bar.category, bar.series): bar for bar in chart.bars}
    assert close(at(drawn, by[("2025", "north")].rect.center()), palette[0], 3)
    assert close(at(drawn, by[("2025", "south")].rect.center()), palette[1], 3)
    _value, y = chart.ticks[-1]  # a grid line in the dark grid colour, between two groups
    x = (by[("2024", "south")].rect.right() + by[("2025", "north")].rect.left()) / 2
    column = [at(drawn, QPointF(x, y + dy)) for dy in (-1, 0, 1)]
    assert any(close(color, DARK.chart.grid, 6) for color in column)
    assert drawn.at(POINTER).colors["series:north"] == palette[0]


def test_color_theme_picks_the_palette(draw: Draw) -> None:
    chart = chart_of(draw(card(GROUPED, color_theme="rainbow")))
    assert [bar.color for bar in chart.bars[:2]] == list(LIGHT.chart.palettes["rainbow"][:2])
    unknown = chart_of(draw(card(GROUPED, color_theme="neon")))
    assert unknown.bars[0].color == LIGHT.chart.palettes["brand"][0]


def test_nice_ticks() -> None:
    assert nice_ticks(0, 40) == [0, 10, 20, 30, 40]
    assert nice_ticks(0, 17) == [0, 5, 10, 15, 20]
    assert nice_ticks(-12, 30) == [-20, 0, 20, 40]
    assert nice_ticks(0, 1284) == [0, 500, 1000, 1500]
    assert nice_ticks(0, 0) == [0, 0.25, 0.5, 0.75, 1]


# -- radar, funnel, progress, word cloud (the chart page's examples) --------------------------------
RADAR = {
    "type": "radar",
    "data": {
        "values": [{"key": k, "value": v} for k, v in (("力量", 5), ("速度", 4), ("射程", 3), ("持续", 2))]
    },
    "categoryField": "key",
    "valueField": "value",
    "area": {"visible": True},
}
FUNNEL = {
    "type": "funnel",
    "data": {
        "values": [{"name": n, "value": v} for n, v in (("Sent", 5676), ("Viewed", 3872), ("Clicked", 1668))]
    },
    "categoryField": "name",
    "valueField": "value",
}
LINEAR = {
    "type": "linearProgress",
    "data": {"values": [{"type": "Tradition", "value": 0.795}, {"type": "Business", "value": 0.25}]},
    "direction": "horizontal",
    "xField": "value",
    "yField": "type",
    "seriesField": "type",
}
CIRCULAR = {
    "type": "circularProgress",
    "data": {"values": [{"type": "Industries", "value": 0.75}, {"type": "Companies", "value": 0.25}]},
    "valueField": "value",
    "categoryField": "type",
    "seriesField": "type",
    "radius": 0.7,
    "innerRadius": 0.4,
}
WORDS = {
    "type": "wordCloud",
    "data": {
        "values": [
            {"name": w, "count": c}
            for w, c in (
                ("宅家剧场", 128),
                ("观影报告", 103),
                ("搞笑😀", 70),
                ("热门", 54),
                ("正能量", 52),
                ("情感", 34),
            )
        ]
    },
    "nameField": "name",
    "valueField": "count",
}


def test_radar_axes_clockwise_from_the_top_and_values_along_them(draw: Draw) -> None:
    drawn = draw(card(RADAR))
    chart = chart_of(drawn)
    centre = chart.plot.center()
    radius = chart.plot.width() / 2
    assert [name for name, _ in chart.spokes] == ["力量", "速度", "射程", "持续"]
    top = chart.spokes[0][1]
    assert math.isclose(top.x(), centre.x(), abs_tol=0.01) and math.isclose(top.y(), centre.y() - radius)
    right = chart.spokes[1][1]  # four axes: the second points to 3 o'clock
    assert math.isclose(right.x(), centre.x() + radius) and math.isclose(right.y(), centre.y(), abs_tol=0.01)
    (points,) = chart.polygons.values()
    distances = [math.hypot(p.x() - centre.x(), p.y() - centre.y()) for p in points]
    scale = radius / chart.high
    assert [round(d / scale, 6) for d in distances] == [5, 4, 3, 2]
    # area.visible fills the polygon with the series colour, faded
    inside = at(drawn, QPointF(centre.x() + 5, centre.y() - 5))
    assert inside.name() != LIGHT.surface and close(inside, "#d6e2fd", 40)


def test_funnel_layers_are_as_wide_as_their_values(draw: Draw) -> None:
    drawn = draw(card(FUNNEL))
    chart = chart_of(drawn)
    names = [name for name, _v, _shape, _c in chart.layers]
    assert names == ["Sent", "Viewed", "Clicked"]
    tops = [shape[1].x() - shape[0].x() for _n, _v, shape, _c in chart.layers]
    assert math.isclose(tops[1] / tops[0], 3872 / 5676) and math.isclose(tops[2] / tops[0], 1668 / 5676)
    # trapezoids: each layer narrows to the next one's width
    first = chart.layers[0][2]
    assert math.isclose(first[2].x() - first[3].x(), tops[1])
    assert all(a[2][3].y() <= b[2][0].y() for a, b in itertools.pairwise(chart.layers))  # top down
    palette = LIGHT.chart.palettes["brand"]
    for index, (_n, _v, shape, _c) in enumerate(chart.layers):
        middle = shape.boundingRect().center()
        assert close(at(drawn, middle), palette[index], 3)
    assert [name for name, _c, _r in chart.legend] == names
    assert chart.transforms == []


def test_funnel_transform_steps_and_labels(draw: Draw) -> None:
    spec = {**FUNNEL, "isTransform": True, "label": {"visible": True}}
    chart = chart_of(draw(card(spec)))
    assert len(chart.transforms) == 2
    assert [text for text, _ in chart.value_labels] == ["68%", "43%"]  # 3872/5676, 1668/3872
    assert [text for text, _ in chart.inside_labels] == ["Sent", "Viewed", "Clicked"]


def test_linear_progress_fills_its_share_of_the_track(draw: Draw) -> None:
    drawn = draw(card(LINEAR, aspect_ratio="2:1"))
    chart = chart_of(drawn)
    assert [(c, round(f, 3)) for c, _s, f, _t, _f in chart.tracks] == [
        ("Tradition", 0.795),
        ("Business", 0.25),
    ]
    palette = LIGHT.chart.palettes["brand"]
    for index, (_c, _s, fraction, track, fill) in enumerate(chart.tracks):
        assert math.isclose(fill.width(), track.width() * fraction)
        assert close(at(drawn, QPointF(fill.center().x(), fill.center().y())), palette[index], 3)
        empty = QPointF(track.right() - track.height(), track.center().y())
        assert close(at(drawn, empty), LIGHT.chart.grid, 3)
    scaled = chart_of(draw(card({**LINEAR, "axes": [{"orient": "bottom", "min": 0, "max": 2}]})))
    assert [round(f, 4) for _c, _s, f, _t, _f in scaled.tracks] == [0.3975, 0.125]


def test_circular_progress_rings_run_clockwise_from_the_top(draw: Draw) -> None:
    drawn = draw(card(CIRCULAR))
    chart = chart_of(drawn)
    assert [(c, f) for c, _s, f, _r, _t in chart.tracks] == [("Industries", 0.75), ("Companies", 0.25)]
    palette = LIGHT.chart.palettes["brand"]
    centre = chart.plot.center()
    for index, (_c, _s, fraction, circle, _size) in enumerate(chart.tracks):
        r = circle.width() / 2
        assert r < chart.plot.width() / 2

        def on_ring(turn: float, r: float = r) -> Any:
            angle = 2 * math.pi * turn
            return at(drawn, QPointF(centre.x() + math.sin(angle) * r, centre.y() - math.cos(angle) * r))

        assert close(on_ring(fraction / 2), palette[index], 3)  # filled clockwise from 12 o'clock
        assert close(on_ring((1 + fraction) / 2 + 0.02), LIGHT.chart.grid, 3)  # the rest is the track
    outer, inner = (t[3].width() for t in chart.tracks)
    assert outer > inner  # the first category outside


def test_word_cloud_sizes_words_by_value_without_overlap(draw: Draw) -> None:
    chart = chart_of(draw(card(WORDS)))
    words = [w for w, _r, _c, _s in chart.words]
    assert words == ["宅家剧场", "观影报告", "搞笑😀", "热门", "正能量", "情感"]
    sizes = [s for _w, _r, _c, s in chart.words]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-1]
    rects = [r for _w, r, _c, _s in chart.words]
    assert all(chart.plot.contains(r) for r in rects)
    assert not any(a.intersects(b) for a, b in itertools.combinations(rects, 2))
    again = chart_of(draw(card(WORDS)))
    assert [(w, r) for w, r, _c, _s in again.words] == [(w, r) for w, r, _c, _s in chart.words]
    palette = LIGHT.chart.palettes["brand"]
    assert [c for _w, _r, c, _s in chart.words][:3] == list(palette[:3])  # a colour per word


def test_word_cloud_of_many_words_keeps_the_biggest(draw: Draw) -> None:
    values = [{"name": f"word{i}", "count": 1000 - i} for i in range(400)]
    chart = chart_of(draw(card({**WORDS, "data": {"values": values}})))
    placed = [w for w, _r, _c, _s in chart.words]
    assert 0 < len(placed) <= 100 and placed[0] == "word0"


# -- the spec's own colours ---------------------------------------------------------------------------
def test_color_list_replaces_the_theme_palette(draw: Draw) -> None:
    drawn = draw(card({**GROUPED, "color": ["#ff0000", "rgb(0, 128, 0)"]}, color_theme="rainbow"))
    chart = chart_of(drawn)
    by = {(bar.category, bar.series): bar for bar in chart.bars}
    assert by[("2025", "north")].color == "#ff0000"
    assert close(at(drawn, by[("2025", "south")].rect.center()), "#008000", 3)


def test_color_scale_specified_domain_and_bad_entries(draw: Draw) -> None:
    spec = {**PIE, "color": {"range": ["navy", "not a colour", "#00ff00"], "specified": {"C": "#123456"}}}
    chart = chart_of(draw(card(spec)))
    assert [s.color for s in chart.slices] == ["#000080", "#00ff00", "#123456"]
    ordered = {
        **PIE,
        "color": {"type": "ordinal", "domain": ["C", "B", "A"], "range": ["#111111", "#222222", "#333333"]},
    }
    chart = chart_of(draw(card(ordered)))
    assert [s.color for s in chart.slices] == ["#333333", "#222222", "#111111"]
    for spec in (RADAR, FUNNEL, LINEAR, CIRCULAR, WORDS):
        chart = chart_of(draw(card({**spec, "color": ["#abcdef"]})))
        assert set(chart.series_colors.values()) == {"#abcdef"}, spec["type"]


# -- specs the preview cannot draw ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (None, "chart: no chart_spec"),
        ("bar", "chart: chart_spec is not an object"),
        ({}, "chart: chart_spec has no type"),
        (
            {"type": "sankey", "data": {"values": []}},
            "chart: type 'sankey' is not drawn in the preview",
        ),
        (
            {
                "type": "funnel",
                "data": {"values": [{"n": "a", "v": 3}, {"n": "b", "v": -1}]},
                "categoryField": "n",
                "valueField": "v",
            },
            "chart: valueField 'v' of data row 2 is negative (-1)",
        ),
        (
            {
                "type": "linearProgress",
                "data": {"values": [{"t": "a", "v": 3}]},
                "xField": "v",
                "yField": "t",
                "axes": [{"orient": "bottom", "min": 5, "max": 5}],
            },
            "chart: the axis max (5) is not above its min (5)",
        ),
        (
            {
                "type": "bar",
                "data": {"values": [{"a": "x", "b": 1}]},
                "xField": "a",
                "yField": "b",
                "color": 7,
            },
            "chart: color is not a list of colours or a colour scale",
        ),
        ({"type": "bar", "xField": "a", "yField": "b"}, "chart: chart_spec has no data"),
        ({"type": "bar", "data": {"values": "x"}}, "chart: data 0 has no 'values' list"),
        (
            {"type": "bar", "data": {"values": []}, "xField": "a", "yField": "b"},
            "chart: the data has no values",
        ),
        ({"type": "bar", "data": {"values": [{"a": 1}]}, "yField": "a"}, "chart: no xField"),
        (
            {"type": "bar", "data": {"values": [{"a": 1}]}, "xField": "a", "yField": "sales"},
            "chart: yField 'sales' not in the data",
        ),
        (
            {
                "type": "line",
                "data": {"values": [{"a": "x", "b": 1}, {"a": "y", "b": "lots"}]},
                "xField": "a",
                "yField": "b",
            },
            "chart: yField 'b' of data row 2 is not a number ('lots')",
        ),
        (
            {"type": "pie", "data": {"values": [{"t": "a", "v": 1}]}, "valueField": "v"},
            "chart: no categoryField",
        ),
        (
            {
                "type": "pie",
                "data": {"values": [{"t": "a", "v": 0}]},
                "categoryField": "t",
                "valueField": "v",
            },
            "chart: the pie's values add up to 0",
        ),
        ({"type": "common", "data": {"values": [{"a": 1}]}}, "chart: a 'common' chart has no series list"),
        (
            {"type": "common", "data": {"values": [{"a": 1}]}, "series": [{"type": "radar"}]},
            "chart: series 0 type 'radar' is not drawn in the preview",
        ),
        (
            {
                "type": "bar",
                "data": [{"values": [{"a": 1, "b": 2}]}],
                "dataIndex": 3,
                "xField": "a",
                "yField": "b",
            },
            "chart: dataIndex 3 is not in the data",
        ),
        (
            {"type": "bar", "data": {"values": [{"a": "x", "b": -1e300}]}, "xField": "a", "yField": "b"},
            "chart: yField 'b' of data row 1 is too large to draw (-1e+300)",
        ),
    ],
)
def test_invalid_spec_gives_a_box_naming_the_problem(draw: Draw, spec: Any, message: str) -> None:
    element: dict[str, Any] = {"tag": "chart"}
    if spec is not None:
        element["chart_spec"] = spec
    drawn = draw({"schema": "2.0", "body": {"elements": [element, {"tag": "hr"}]}})
    box = drawn.at(POINTER)
    assert (box.tag, box.text) == ("unsupported", message)
    assert drawn.ink(box.rect.adjusted(8, 8, -8, -8), LIGHT.placeholder_background) > 30  # the text shows
    assert drawn.at("/body/elements/1").tag == "hr"  # the rest of the card still draws


# -- clicks ----------------------------------------------------------------------------------------
def test_clicking_the_chart_selects_it(qtbot: QtBot) -> None:
    view = CardView()
    qtbot.addWidget(view)
    view.resize(700, 700)
    view.show()
    view.set_document(parse(json.dumps(card(PIE))))
    rect = next(e.rect for e in view.drawn_elements() if e.pointer == POINTER)
    with qtbot.waitSignal(view.element_clicked) as blocker:
        qtbot.mouseClick(
            view.canvas(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(round(rect.center().x()), round(rect.center().y())),
        )
    assert blocker.args == [POINTER]


def test_progress_axis_of_extreme_bounds_still_draws(draw: Draw) -> None:
    axes = [{"orient": "bottom", "min": -1e308, "max": 10**400}]
    chart = chart_of(draw(card({**LINEAR, "axes": axes})))
    assert all(0.0 <= f <= 1.0 and math.isfinite(f) for _c, _s, f, _t, _f in chart.tracks)
    assert all(math.isfinite(fill.width()) for _c, _s, _f, _t, fill in chart.tracks)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("v2-chart-radar", "radar"),
        ("v2-chart-funnel", "funnel"),
        ("v2-chart-linear-progress", "linearProgress"),
        ("v2-chart-circular-progress", "circularProgress"),
        ("v2-chart-word-cloud", "wordCloud"),
    ],
)
def test_the_chart_pages_examples_are_drawn(draw: Draw, name: str, kind: str) -> None:
    path = f"tests/data/cards/{name}.json"
    with open(path, encoding="utf-8") as handle:
        drawn = draw(handle.read())
    assert "unsupported" not in drawn.tags()
    chart = chart_of(drawn)
    assert chart.model.kind == kind
    drawn_parts = chart.polygons or chart.layers or chart.tracks or chart.words
    assert drawn_parts
