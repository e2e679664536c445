"""Number fields (issue 9): lint checks each against the range Feishu documents and reports a
number that is not finite; ``numbers.bounded`` gives the renderer the same value clamped."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.cards import parse
from designer.cards.numbers import MAX_GEOMETRY, NUMBER_RANGES, bounded, bounded_box, read_number
from designer.cli import main
from tests.helpers.cards import line_of, parse_card

NUMBERS = Path(__file__).parents[1] / "data" / "numbers"
ISSUE_CARDS = sorted(NUMBERS.glob("*.json"))


def test_the_four_issue_cards_are_there() -> None:
    assert [p.stem for p in ISSUE_CARDS] == ["1e308px", "1e400px", "infpx", "nanpx"]


@pytest.mark.parametrize("path", ISSUE_CARDS, ids=lambda p: p.stem)
def test_validate_reports_each_bad_number_with_line_and_pointer(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    text = path.read_text(encoding="utf-8")
    rule = "number-range" if path.stem == "1e308px" else "number-not-finite"
    for field, pointer in (
        ("padding", "/body/padding"),
        ("vertical_spacing", "/body/vertical_spacing"),
        ("margin", "/body/elements/0/margin"),
    ):
        line = line_of(text, f'"{field}"')
        found = [row for row in out.splitlines() if row.endswith(f"[{rule}] ({pointer})")]
        assert len(found) == 1, out
        assert found[0].startswith(f"{path}:{line}:"), found[0]
        assert ": error: " in found[0] and path.stem in found[0]


# (card, pointer of the one number error it has, or None for a card that is fine)
_V2 = "2.0"


def _v2(body: dict[str, Any]) -> dict[str, Any]:
    return {"schema": _V2, "body": {"elements": [], **body}}


def _el(element: dict[str, Any]) -> dict[str, Any]:
    return {"schema": _V2, "body": {"elements": [element]}}


def _col(**column: Any) -> dict[str, Any]:
    return _el({"tag": "column_set", "columns": [{"tag": "column", "elements": [], **column}]})


@pytest.mark.parametrize(
    ("card", "pointer"),
    [
        (_el({"tag": "hr", "margin": "-99px 99px"}), None),
        (_el({"tag": "hr", "margin": "-100px"}), "/body/elements/0/margin"),
        (_el({"tag": "hr", "margin": "0px 0px 0px 100px"}), "/body/elements/0/margin"),
        (_v2({"padding": "0px 99px"}), None),
        (_v2({"padding": "-1px"}), "/body/padding"),
        (_v2({"vertical_spacing": "extra_large"}), None),
        (_v2({"vertical_spacing": "99px"}), None),
        (_v2({"vertical_spacing": "100px"}), "/body/vertical_spacing"),
        (_v2({"vertical_spacing": "${gap}"}), None),  # a template variable is filled in later
        (_col(width="weighted", weight=5), None),
        (_col(width="weighted", weight=6), "/body/elements/0/columns/0/weight"),
        (_col(width="weighted", weight=1.5), "/body/elements/0/columns/0/weight"),
        (_col(width="600px"), None),
        (_col(width="3e9px"), "/body/elements/0/columns/0/width"),
        (
            _col(padding="8px", horizontal_spacing="Infinitypx"),
            "/body/elements/0/columns/0/horizontal_spacing",
        ),
        (_el({"tag": "chart", "chart_spec": {"padding": 500}, "height": "auto"}), None),  # VChart's own
        (_el({"tag": "chart", "chart_spec": {}, "height": "1000px"}), "/body/elements/0/height"),
        (_el({"tag": "interactive_container", "elements": [], "corner_radius": "50%"}), None),
        (
            _el({"tag": "interactive_container", "elements": [], "corner_radius": "-2px"}),
            "/body/elements/0/corner_radius",
        ),
        (
            _el(
                {
                    "tag": "collapsible_panel",
                    "header": {"title": {"tag": "plain_text", "content": "t"}, "padding": "200px"},
                    "elements": [],
                }
            ),
            "/body/elements/0/header/padding",
        ),
        (
            {
                "elements": [
                    {
                        "tag": "img",
                        "img_key": "k",
                        "alt": {"tag": "plain_text", "content": ""},
                        "custom_width": 300,
                    }
                ]
            },
            None,
        ),
        (
            {
                "elements": [
                    {
                        "tag": "img",
                        "img_key": "k",
                        "alt": {"tag": "plain_text", "content": ""},
                        "custom_width": 10**400,
                    }
                ]
            },
            "/elements/0/custom_width",
        ),
        (
            {"header": {"title": {"tag": "plain_text", "content": "t"}, "padding": "nanpx"}, "elements": []},
            "/header/padding",
        ),
        (
            _el(
                {
                    "tag": "table",
                    "columns": [{"name": "n", "data_type": "number", "format": {"precision": 11}}],
                }
            ),
            "/body/elements/0/columns/0/format/precision",
        ),
        (
            _el(
                {"tag": "table", "columns": [{"name": "n", "width": "25%"}, {"name": "m", "width": "600px"}]}
            ),
            None,
        ),
        (
            _el({"tag": "table", "columns": [{"name": "n", "width": "79px"}]}),
            "/body/elements/0/columns/0/width",
        ),
        (
            _el({"tag": "table", "columns": [], "header_style": {"lines": 0}}),
            "/body/elements/0/header_style/lines",
        ),
        (
            _el(
                {
                    "tag": "img",
                    "img_key": "k",
                    "alt": {"tag": "plain_text", "content": ""},
                    "size": "1000px 1px",
                }
            ),
            None,
        ),
        (
            _el(
                {
                    "tag": "img",
                    "img_key": "k",
                    "alt": {"tag": "plain_text", "content": ""},
                    "size": "1001px 1px",
                }
            ),
            "/body/elements/0/size",
        ),
    ],
)
def test_number_fields_against_feishus_ranges(card: dict[str, Any], pointer: str | None) -> None:
    doc = parse_card(card)
    found = [d for d in doc.diagnostics if d.rule in ("number-range", "number-not-finite")]
    if pointer is None:
        assert not found, [d.format() for d in doc.diagnostics]
    else:
        assert [(d.pointer, d.severity.value) for d in found] == [(pointer, "error")], [
            d.format() for d in doc.diagnostics
        ]


def test_a_400_digit_integer_is_named_briefly_not_printed() -> None:
    doc = parse_card(_col(width="weighted", weight=10**400))
    (problem,) = [d for d in doc.diagnostics if d.rule == "number-range"]
    assert "401-digit number" in problem.message and len(problem.message) < 120


def test_1e400_anywhere_is_an_error_before_sending() -> None:
    text = '{"elements": [{"tag": "markdown", "content": "x"}], "config": {"summary": {"n": -1e400}}}'
    for ephemeral in (None, True):
        doc = parse(text, ephemeral=ephemeral)
        assert [(d.rule, d.pointer) for d in doc.errors] == [("number-not-finite", "/config/summary/n")]
    body = parse('{"chat_id": "oc", "open_id": "ou", "msg_type": "interactive", "card": ' + text + "}")
    assert [(d.rule, d.pointer) for d in body.errors] == [("number-not-finite", "/card/config/summary/n")]


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        ("12px", "px", 12.0),
        (" 12 PX ", "px", 12.0),
        (7, "px", 7.0),
        (True, "px", None),
        ("medium", "px", None),
        ("3", "", None),  # a bare-number field: "3" is text
        (3, "", 3.0),
        ("nanpx", "px", math.nan),
        ("1e400px", "px", math.inf),
        (-(10**400), "", -math.inf),
    ],
)
def test_read_number(value: Any, unit: str, expected: float | None) -> None:
    got = read_number(value, unit)
    if expected is None or got is None:
        assert got is expected
    elif math.isnan(expected):
        assert math.isnan(got)
    else:
        assert got == expected


_ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["nanpx", "infpx", "-infpx", "1e308px", "1e400px", "3e9px", "Infinity", "medium"]),
    st.lists(st.text(max_size=6), max_size=5).map(" ".join),
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(key=st.sampled_from(sorted(NUMBER_RANGES, key=str)), value=_ANY_VALUE)
def test_bounded_is_always_finite_and_in_range(key: tuple[str | None, str], value: Any) -> None:
    allowed = NUMBER_RANGES[key]
    number = bounded(value, allowed, 0.0)
    assert math.isfinite(number)
    assert max(allowed.low, -MAX_GEOMETRY) <= number <= min(allowed.high, MAX_GEOMETRY) or number == 0.0
    for side in bounded_box(value, allowed, (0.0, 0.0, 0.0, 0.0)):
        assert math.isfinite(side) and abs(side) <= MAX_GEOMETRY


@pytest.mark.parametrize(("ratio", "ok"), [("16:9", True), ("2:1", True), ("3:1", False), ("1e400:1", False)])
def test_chart_aspect_ratio_is_one_feishu_offers(ratio: str, ok: bool) -> None:
    doc = parse_card(_el({"tag": "chart", "chart_spec": {}, "aspect_ratio": ratio}))
    found = [d for d in doc.errors if d.pointer == "/body/elements/0/aspect_ratio"]
    assert (found == []) is ok, [d.format() for d in doc.diagnostics]
    assert all(d.rule == "invalid-value" and "16:9" in d.message for d in found)
