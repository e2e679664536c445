"""JSON 2.0 layout (issue 12): ``direction``, ``horizontal_align`` / ``vertical_align``, column
widths under ``flex_mode``, the default widths of selects, pickers and interactive containers,
and the empty header subtitle. Geometry from ``drawn_elements`` (card-json-v2-structure and the
container / component pages of Feishu's docs)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from designer.render.text import card_font
from designer.render.theme import LIGHT
from tests.helpers.render import Drawn, load_card

Draw = Callable[..., Drawn]

M = LIGHT.metrics
BODY_LEFT = 16 + M.body_padding_h  # chat margin + body padding (desktop)
BODY_RIGHT = 16 + 600 - M.body_padding_h  # the default 600 px card


def card(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(load_card(name))
    return loaded


def md(text: str, **more: Any) -> dict[str, Any]:
    return {"tag": "markdown", "content": text, **more}


def button(text: str, **more: Any) -> dict[str, Any]:
    return {"tag": "button", "text": {"tag": "plain_text", "content": text}, "type": "primary", **more}


def body(*elements: dict[str, Any], **layout: Any) -> dict[str, Any]:
    return {"schema": "2.0", "body": {**layout, "elements": list(elements)}}


def label_width(text: str) -> float:
    return QFontMetricsF(card_font(M.text_size)).horizontalAdvance(text)


def overlap(a: QRectF, b: QRectF) -> bool:
    return a.intersected(b).width() > 0.5 and a.intersected(b).height() > 0.5


# -- direction: horizontal -------------------------------------------------------------------
def test_a_horizontal_body_lays_its_children_side_by_side_at_their_widths(draw: Draw) -> None:
    drawn = draw(card("layout_horizontal_min"))
    text, approve, select, note = (drawn.at(f"/body/elements/{i}").rect for i in range(4))
    # Nothing squeezed: the text on one line, the button as wide as its label, the fields usable.
    assert text.height() < 30
    assert text.width() >= label_width("Status")
    assert approve.width() >= label_width("Approve") + 2 * 16
    assert select.width() == M.field_default_width
    assert note.width() >= 100
    # One after another on the first line, 8 px apart (horizontal_spacing's default "8px").
    assert text.left() == BODY_LEFT
    for before, after in ((text, approve), (approve, select)):
        assert after.left() == pytest.approx(before.right() + 8, abs=0.5)
        assert after.top() == text.top()


@pytest.mark.parametrize("platform", ["desktop", "mobile"])
@pytest.mark.parametrize(
    "pointer",
    [
        "/body/elements/1/columns/0",  # an auto column of buttons
        "/body/elements/3",  # a form
        "/body/elements/4",  # an interactive container with a person list and a text
        "/body/elements/6/columns/0",  # a text too long for one line, then a button
    ],
)
def test_horizontal_children_never_shrink_below_their_content_nor_overlap(
    draw: Draw, platform: str, pointer: str
) -> None:
    drawn = draw(card("layout_v2_complete"), platform=platform)
    container = drawn.at(pointer).rect
    depth = pointer.count("/") + 2  # the container's own children: ".../elements/<i>"
    children = [
        e
        for e in drawn.elements
        if e.pointer.startswith(pointer + "/elements/") and e.pointer.count("/") == depth
    ]
    assert len(children) >= 2
    for child in children:
        assert child.rect.width() >= min(40.0, container.width()), child.pointer
        assert container.adjusted(-0.5, -0.5, 0.5, 0.5).contains(child.rect), child.pointer
    for index, first in enumerate(children):
        for second in children[index + 1 :]:
            assert not overlap(first.rect, second.rect), (first.pointer, second.pointer)


def test_what_does_not_fit_on_the_line_goes_to_the_next(draw: Draw) -> None:
    drawn = draw(card("layout_v2_complete"))
    column = drawn.at("/body/elements/6/columns/0").rect
    text = drawn.at("/body/elements/6/columns/0/elements/0").rect
    nxt = drawn.at("/body/elements/6/columns/0/elements/1").rect
    # The long text has the whole line and wraps in it; the button starts the next line.
    assert text.width() == column.width()
    assert text.height() > 30
    assert nxt.left() == column.left()
    assert nxt.top() >= text.bottom() + 8 - 0.5
    # On the phone the fields of the horizontal form wrap: none runs past the card.
    phone = draw(card("layout_v2_complete"), platform="mobile")
    form = phone.at("/body/elements/3").rect
    select = phone.at("/body/elements/3/elements/1").rect
    picker = phone.at("/body/elements/3/elements/2").rect
    assert picker.top() > select.bottom()
    assert picker.right() <= form.right() + 0.5


def test_a_fill_button_takes_a_line_of_its_own(draw: Draw) -> None:
    drawn = draw(body(md("Hi 😀"), button("Wide", width="fill"), md("after"), direction="horizontal"))
    hi, wide, after = (drawn.at(f"/body/elements/{i}").rect for i in range(3))
    assert wide.left() == BODY_LEFT and wide.right() == BODY_RIGHT
    assert hi.bottom() <= wide.top() and wide.bottom() <= after.top()


def test_a_column_set_in_a_horizontal_row_shares_the_room_left(draw: Draw) -> None:
    columns = {
        "tag": "column_set",
        "columns": [
            {"tag": "column", "width": "weighted", "elements": [md("a")]},
            {"tag": "column", "width": "weighted", "elements": [md("b")]},
        ],
    }
    drawn = draw(body(button("Go"), columns, direction="horizontal"))
    go = drawn.at("/body/elements/0").rect
    row = drawn.at("/body/elements/1").rect
    assert row.top() == go.top()
    assert row.left() == pytest.approx(go.right() + 8, abs=0.5)
    assert row.right() == pytest.approx(BODY_RIGHT, abs=0.5)


# -- horizontal_align / vertical_align --------------------------------------------------------
def test_a_horizontal_line_is_aligned_right_and_centred_vertically(draw: Draw) -> None:
    drawn = draw(card("layout_align_min"))
    text = drawn.at("/body/elements/0").rect
    ok = drawn.at("/body/elements/1").rect
    assert ok.right() == pytest.approx(BODY_RIGHT, abs=0.5)
    assert ok.left() == pytest.approx(text.right() + 8, abs=0.5)
    assert text.height() > ok.height()
    assert ok.center().y() == pytest.approx(text.center().y(), abs=0.5)


@pytest.mark.parametrize(("align", "share"), [("left", 0.0), ("center", 0.5), ("right", 1.0)])
def test_horizontal_align_places_controls_in_a_vertical_container(
    draw: Draw, align: str, share: float
) -> None:
    drawn = draw(body(button("Go 🚀"), md("text"), horizontal_align=align))
    go = drawn.at("/body/elements/0").rect
    assert go.left() - BODY_LEFT == pytest.approx(share * (BODY_RIGHT - BODY_LEFT - go.width()), abs=0.5)


@pytest.mark.parametrize(("align", "share"), [("top", 0.0), ("center", 0.5), ("bottom", 1.0)])
def test_vertical_align_places_a_low_child_in_its_line(draw: Draw, align: str, share: float) -> None:
    tall = md("one\n\ntwo\n\nthree")
    drawn = draw(body(tall, button("Go"), direction="horizontal", vertical_align=align))
    text = drawn.at("/body/elements/0").rect
    go = drawn.at("/body/elements/1").rect
    assert go.top() - text.top() == pytest.approx(share * (text.height() - go.height()), abs=0.5)


def test_a_column_set_centres_its_columns(draw: Draw) -> None:
    drawn = draw(card("layout_v2_complete"))
    row = drawn.at("/body/elements/1").rect
    column = drawn.at("/body/elements/1/columns/0").rect
    assert column.width() < row.width() - 100
    assert column.center().x() == pytest.approx(row.center().x(), abs=0.5)


@pytest.mark.parametrize(("align", "share"), [("left", 0.0), ("center", 0.5), ("right", 1.0)])
def test_interactive_container_and_form_read_their_alignment(draw: Draw, align: str, share: float) -> None:
    for tag in ("interactive_container", "form"):
        container = {"tag": tag, "horizontal_align": align, "elements": [button("Go", name="go")]}
        if tag == "form":
            container["name"] = "f"
        else:
            container["padding"] = "0px"
        drawn = draw(body(container))
        outer = drawn.at("/body/elements/0").rect
        go = drawn.at("/body/elements/0/elements/0").rect
        assert go.left() - outer.left() == pytest.approx(share * (outer.width() - go.width()), abs=0.5), tag


# -- column width and flex_mode ---------------------------------------------------------------
@pytest.mark.parametrize("platform", ["desktop", "mobile"])
def test_column_widths_apply_only_with_flex_mode_none(draw: Draw, platform: str) -> None:
    data = card("layout_column_width_min")
    drawn = draw(data, platform=platform)
    narrow = drawn.at("/body/elements/0/columns/0").rect
    wide = drawn.at("/body/elements/0/columns/1").rect
    assert narrow.width() == pytest.approx(wide.width(), abs=0.5)  # bisect: widths ignored
    data["body"]["elements"][0]["flex_mode"] = "none"
    drawn = draw(data, platform=platform)
    assert drawn.at("/body/elements/0/columns/0").rect.width() == 100


def test_an_auto_column_in_a_row_keeps_its_buttons_on_one_line(draw: Draw) -> None:
    drawn = draw(card("layout_column_width_min"))
    column = drawn.at("/body/elements/1/columns/0").rect
    buttons = [drawn.at(f"/body/elements/1/columns/0/elements/{i}").rect for i in range(3)]
    assert {b.top() for b in buttons} == {column.top()}
    assert column.width() == pytest.approx(buttons[2].right() - buttons[0].left(), abs=1)
    rest = drawn.at("/body/elements/1/columns/1").rect
    assert rest.left() == pytest.approx(column.right() + 8, abs=1)


# -- default widths of selects, pickers and interactive containers ----------------------------
@pytest.mark.parametrize(
    "element",
    [
        {"tag": "select_static", "options": []},
        {"tag": "multi_select_static", "options": []},
        {"tag": "select_person"},
        {"tag": "multi_select_person"},
        {"tag": "date_picker"},
        {"tag": "picker_time"},
        {"tag": "picker_datetime"},
    ],
    ids=lambda e: str(e["tag"]),
)
def test_selects_and_pickers_are_282_px_by_default(draw: Draw, element: dict[str, Any]) -> None:
    drawn = draw(body(dict(element), {**element, "width": "fill"}, {**element, "width": "150px"}))
    assert drawn.at("/body/elements/0").rect.width() == 282
    assert drawn.at("/body/elements/1").rect.width() == BODY_RIGHT - BODY_LEFT
    assert drawn.at("/body/elements/2").rect.width() == 150
    phone = draw(body(dict(element), {**element, "width": "600px"}), platform="mobile")
    room = 375 - 2 * 12 - 2 * M.body_padding_h
    assert phone.at("/body/elements/0").rect.width() == 282
    assert phone.at("/body/elements/1").rect.width() == room  # wider than the card: the card's width


def test_a_borderless_select_is_as_wide_as_its_text(draw: Draw) -> None:
    select = {"tag": "select_static", "type": "text", "placeholder": {"tag": "plain_text", "content": "Pick"}}
    drawn = draw(body(select))
    assert drawn.at("/body/elements/0").rect.width() < 200


def test_the_field_width_minimal_card(draw: Draw) -> None:
    drawn = draw(card("layout_field_width_min"))
    assert drawn.at("/body/elements/0").rect.width() == 282
    assert drawn.at("/body/elements/1").rect.width() == 282
    box = drawn.at("/body/elements/2").rect
    text = drawn.at("/body/elements/2/elements/0").rect
    # width "auto": as wide as its text and its default padding (12 px each side), not the row
    assert box.width() == pytest.approx(text.width() + 24, abs=1)
    assert box.width() < 150


def test_interactive_container_px_width(draw: Draw) -> None:
    drawn = draw(body({"tag": "interactive_container", "width": "200px", "elements": [md("x")]}))
    assert drawn.at("/body/elements/0").rect.width() == 200


# -- header subtitle --------------------------------------------------------------------------
def test_an_empty_subtitle_adds_no_line(draw: Draw) -> None:
    data = card("layout_subtitle_min")
    with_empty = draw(data)
    del data["header"]["subtitle"]
    without = draw(data)
    assert with_empty.at("/header").rect.height() == without.at("/header").rect.height()
    assert "subtitle" not in with_empty.tags()
    data["header"]["subtitle"] = {"tag": "plain_text", "content": "Sub 🧭"}
    shown = draw(data)
    assert shown.at("/header/subtitle").text == "Sub 🧭"
    assert shown.at("/header").rect.height() > without.at("/header").rect.height()


REAL_CARDS = Path(__file__).parents[1] / "data" / "cards"


@pytest.mark.parametrize("source", ["complete", "v2-custom-bot-west-lake.json", "v2-div-update-multi.json"])
def test_cards_with_an_empty_subtitle_have_no_blank_line(draw: Draw, source: str) -> None:
    """The complete test card, and real cards whose header carries Feishu's empty subtitle."""
    text = (
        load_card("layout_v2_complete") if source == "complete" else (REAL_CARDS / source).read_text("utf-8")
    )
    drawn = draw(text)
    assert json.loads(text)["header"]["subtitle"]["content"] == ""
    header = drawn.at("/header").rect
    title = drawn.at("/header/title").rect
    assert header.bottom() == pytest.approx(title.bottom() + M.header_padding_v, abs=0.5)


# -- any horizontal row -----------------------------------------------------------------------
_LABELS = ["OK", "Approve ✅", "A longer label 🚀", "下一步", "x" * 40]
_CHILDREN = st.one_of(
    st.builds(button, st.sampled_from(_LABELS)),
    st.builds(lambda t: button(t, width="fill"), st.sampled_from(_LABELS)),
    st.builds(md, st.sampled_from([*_LABELS, "word " * 60])),
    st.builds(
        lambda t: md(t, icon={"tag": "standard_icon", "token": "member_outlined"}), st.sampled_from(_LABELS)
    ),
    st.sampled_from(
        [
            {"tag": "select_static", "options": []},
            {"tag": "date_picker", "width": "fill"},
            {"tag": "input", "name": "i"},
            {"tag": "hr"},
            {"tag": "person_list", "persons": [{"id": "ou_1"}, {"id": "ou_2"}]},
            {
                "tag": "column_set",
                "columns": [{"tag": "column", "width": "weighted", "elements": [md("col 📦")]}],
            },
        ]
    ),
)


@settings(max_examples=30, deadline=None, derandomize=True)
@given(
    children=st.lists(_CHILDREN, min_size=1, max_size=7),
    spacing=st.sampled_from(["0px", "small", "large", "20px"]),
    align=st.sampled_from(["left", "center", "right", "middle", 7]),  # nonsense: the default
    valign=st.sampled_from(["top", "center", "bottom", None]),
    platform=st.sampled_from(["desktop", "mobile"]),
)
def test_any_horizontal_row_stays_in_the_card_without_overlaps(
    qapp: Any, children: list[dict[str, Any]], spacing: str, align: Any, valign: Any, platform: str
) -> None:
    from designer.cards import parse
    from designer.render import RenderOptions
    from designer.render.scene import CardScene

    layout = {"horizontal_spacing": spacing, "horizontal_align": align, "vertical_align": valign}
    doc = parse(json.dumps(body(*children, direction="horizontal", **layout)))
    scene = CardScene(doc, RenderOptions(platform=platform))
    scene.layout()
    drawn = {e.pointer: e.rect for e in scene.drawn_elements()}
    card_rect = drawn[""]
    inner = card_rect.adjusted(M.body_padding_h - 0.5, 0, 0.5 - M.body_padding_h, 0)
    rects = [drawn[f"/body/elements/{i}"] for i in range(len(children))]
    for index, rect in enumerate(rects):
        assert inner.left() <= rect.left() and rect.right() <= inner.right(), index
        assert rect.width() >= 16, index  # never squeezed to a sliver
        for later in rects[index + 1 :]:
            assert not overlap(rect, later), index
