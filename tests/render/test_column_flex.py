"""column_set ``flex_mode`` ([feishu column-set]): how the columns adapt on a narrow screen.

The phone preview is the narrow screen: ``stretch`` stacks the columns at full width, ``flow``
wraps them, ``bisect`` / ``trisect`` lay 2 / 3 equal columns per row, ``none`` keeps them side
by side, shrunk. On the desktop every mode draws the columns side by side as before.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QRectF

from designer.render.theme import LIGHT
from tests.helpers.render import Drawn

Draw = Callable[..., Drawn]

MODES = ("none", "stretch", "flow", "bisect", "trisect")
SET = "/elements/1/columns"  # pointer prefix of the report's metric columns
ROW_GAP = LIGHT.metrics.column_row_spacing
SPACING = 8  # horizontal_spacing "default"


def metric(title: str, value: str, **extra: Any) -> dict[str, Any]:
    return {
        "tag": "column",
        "width": "weighted",
        "weight": 1,
        "background_style": "grey",
        "padding": "8px",
        "elements": [{"tag": "markdown", "text_align": "center", "content": f"{title}\n**{value}**"}],
        **extra,
    }


def report(mode: str | None, columns: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A report card: a title, then a column_set of metrics (4 by default) in ``mode``."""
    column_set: dict[str, Any] = {
        "tag": "column_set",
        "horizontal_spacing": "default",
        "columns": columns
        if columns is not None
        else [
            metric("已审批", "128"),
            metric("耗时", "3.5h"),
            metric("待批率", "4%"),
            metric("驳回率", "2%"),
        ],
    }
    if mode is not None:
        column_set["flex_mode"] = mode
    return {"elements": [{"tag": "markdown", "content": "**总览**"}, column_set]}


def rects(drawn: Drawn, count: int) -> tuple[QRectF, list[QRectF]]:
    """The column_set's rect and its columns' rects relative to it."""
    outer = drawn.at("/elements/1").rect
    found = [drawn.at(f"{SET}/{index}").rect.translated(-outer.x(), -outer.y()) for index in range(count)]
    return outer, found


def assert_row(columns: list[QRectF], top: float, lefts: list[float], width: float) -> None:
    for rect, left in zip(columns, lefts, strict=True):
        assert rect.top() == pytest.approx(top)
        assert rect.left() == pytest.approx(left)
        assert rect.width() == pytest.approx(width)


def test_none_on_mobile_keeps_columns_side_by_side(draw: Draw) -> None:
    outer, cols = rects(draw(report("none"), platform="mobile"), 4)
    assert outer.width() == 351 - 24  # phone card minus the body padding
    cell = (outer.width() - 3 * SPACING) / 4
    assert_row(cols, 0, [i * (cell + SPACING) for i in range(4)], cell)
    assert outer.height() == pytest.approx(max(c.height() for c in cols))


def test_stretch_on_mobile_stacks_full_width_columns(draw: Draw) -> None:
    outer, cols = rects(draw(report("stretch"), platform="mobile"), 4)
    top = 0.0
    for rect in cols:
        assert rect.left() == 0 and rect.width() == pytest.approx(outer.width())
        assert rect.top() == pytest.approx(top)
        top = rect.bottom() + ROW_GAP
    assert outer.height() == pytest.approx(cols[-1].bottom())


@pytest.mark.parametrize(("mode", "per_row"), [("bisect", 2), ("trisect", 3)])
def test_bisect_and_trisect_lay_equal_columns_per_row(draw: Draw, mode: str, per_row: int) -> None:
    outer, cols = rects(draw(report(mode), platform="mobile"), 4)
    cell = (outer.width() - SPACING * (per_row - 1)) / per_row
    first, second = cols[:per_row], cols[per_row:]
    assert_row(first, 0, [i * (cell + SPACING) for i in range(per_row)], cell)
    below = max(c.bottom() for c in first) + ROW_GAP
    # the last row keeps the grid's cell width even when it is not full
    assert_row(second, below, [i * (cell + SPACING) for i in range(len(second))], cell)
    assert outer.height() == pytest.approx(max(c.bottom() for c in second))


def test_flow_wraps_a_column_that_does_not_fit(draw: Draw) -> None:
    long_text = "一段很长的说明文字，在手机上一行放不下这一列"
    columns = [
        metric("A", "1"),
        metric("B", "2"),
        {"tag": "column", "width": "weighted", "elements": [{"tag": "markdown", "content": long_text}]},
    ]
    outer, cols = rects(draw(report("flow", columns), platform="mobile"), 3)
    # the two short metrics share the first row, filling it
    assert cols[0].top() == cols[1].top() == 0
    assert cols[0].left() == 0
    assert cols[1].left() == pytest.approx(cols[0].right() + SPACING)
    assert cols[1].right() == pytest.approx(outer.width())
    # the long column has a row of its own, at full width
    assert cols[2].top() == pytest.approx(max(cols[0].bottom(), cols[1].bottom()) + ROW_GAP)
    assert cols[2].left() == 0 and cols[2].width() == pytest.approx(outer.width())


def test_flow_keeps_columns_in_one_row_when_they_fit(draw: Draw) -> None:
    outer, cols = rects(draw(report("flow", [metric("A", "1"), metric("B", "2")]), platform="mobile"), 2)
    assert cols[0].top() == cols[1].top() == 0
    assert cols[0].width() == pytest.approx(cols[1].width())  # equal content: equal share
    assert cols[1].right() == pytest.approx(outer.width())


@pytest.mark.parametrize("mode", [*MODES, None, "zigzag"])
def test_desktop_keeps_columns_side_by_side(draw: Draw, mode: str | None) -> None:
    outer, cols = rects(draw(report(mode)), 4)
    assert outer.width() == 600 - 24
    cell = (outer.width() - 3 * SPACING) / 4
    assert_row(cols, 0, [i * (cell + SPACING) for i in range(4)], cell)


def test_unknown_mode_on_mobile_is_none(draw: Draw) -> None:
    _outer, unknown = rects(draw(report("zigzag"), platform="mobile"), 4)
    _outer, none = rects(draw(report("none"), platform="mobile"), 4)
    assert unknown == none


def test_none_shrinks_auto_columns_that_are_too_wide_together(draw: Draw) -> None:
    text = "北京首都国际机场 T3 出发"
    columns = [
        {"tag": "column", "width": "auto", "elements": [{"tag": "markdown", "content": text}]},
        {"tag": "column", "width": "auto", "elements": [{"tag": "markdown", "content": text}]},
        {"tag": "column", "width": "100px", "elements": [{"tag": "markdown", "content": "08:30"}]},
    ]
    outer, cols = rects(draw(report("none", columns), platform="mobile"), 3)
    assert cols[2].right() == pytest.approx(outer.width())  # the last column ends at the set's edge
    assert cols[0].width() == pytest.approx(cols[1].width())  # shrunk in proportion
    assert cols[2].width() < 100  # the px column shrinks too
    for left, right in itertools.pairwise(cols):
        assert right.left() == pytest.approx(left.right() + SPACING)
    # on the desktop they fit: auto columns keep their content width, px its px
    outer, wide = rects(draw(report("none", columns)), 3)
    assert wide[2].width() == 100
    assert wide[0].width() == pytest.approx(wide[1].width())
    assert wide[0].width() > cols[0].width()
    assert wide[2].right() < outer.width()


def test_vertical_align_within_a_row(draw: Draw) -> None:
    columns = [
        metric("A", "1"),
        {
            "tag": "column",
            "width": "weighted",
            "vertical_align": "center",
            "elements": [{"tag": "markdown", "content": "x"}],
        },
        metric("C", "3"),
        {
            "tag": "column",
            "width": "weighted",
            "vertical_align": "bottom",
            "elements": [{"tag": "markdown", "content": "y"}],
        },
    ]
    _outer, cols = rects(draw(report("bisect", columns), platform="mobile"), 4)
    assert cols[1].center().y() == pytest.approx(cols[0].center().y())
    assert cols[3].bottom() == pytest.approx(cols[2].bottom())
    assert cols[3].top() > cols[2].top()


def test_nested_stretch_stacks_inside_its_column(draw: Draw) -> None:
    inner = {
        "tag": "column_set",
        "flex_mode": "stretch",
        "columns": [metric("A", "1"), metric("B", "2")],
    }
    card = report("bisect", [{"tag": "column", "width": "weighted", "elements": [inner]}, metric("C", "3")])
    drawn = draw(card, platform="mobile")
    host = drawn.at(f"{SET}/0").rect
    a = drawn.at(f"{SET}/0/elements/0/columns/0").rect
    b = drawn.at(f"{SET}/0/elements/0/columns/1").rect
    assert a.width() == pytest.approx(host.width()) == pytest.approx(b.width())
    assert b.top() == pytest.approx(a.bottom() + ROW_GAP)
