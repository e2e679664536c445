"""Every component: a minimal card, a complete card and an invalid card, checked on what was drawn.

"What was drawn" is the scene's record (pointer, tag, rect, text, colours) plus pixels sampled from
the rendered image, so a wrong colour, a missing text or a broken layout fails here.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QImage

from designer.cards.lint import HEADER_TEMPLATES
from designer.render.components.person import AvatarNode
from designer.render.components.table import TableNode
from designer.render.theme import DARK, LIGHT
from tests.helpers.render import Drawn, close

Draw = Callable[..., Drawn]


def v1(*elements: Any, header: dict[str, Any] | None = None) -> dict[str, Any]:
    card: dict[str, Any] = {"elements": list(elements)}
    if header:
        card["header"] = header
    return card


def v2(*elements: Any) -> dict[str, Any]:
    return {"schema": "2.0", "body": {"elements": list(elements)}}


def pt(text: str) -> dict[str, str]:
    return {"tag": "plain_text", "content": text}


def md(text: str) -> dict[str, str]:
    return {"tag": "lark_md", "content": text}


def has_color(drawn: Drawn, rect: QRectF, expected: str, tolerance: int = 30) -> bool:
    return any(close(QColor(name), expected, tolerance) for name in drawn.colors_in(rect))


def rules(drawn: Drawn) -> list[tuple[str, str]]:
    return [(d.rule, d.pointer) for d in drawn.doc.diagnostics]


def png(color: str, width: int = 40, height: int = 20) -> bytes:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


# -- header ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("template", HEADER_TEMPLATES)
def test_header_template_colours(draw: Draw, template: str, theme: Any) -> None:
    drawn = draw(v1(header={"template": template, "title": pt("Title 标题")}), theme=theme.name)
    header = drawn.at("/header")
    expected = theme.headers[template]
    assert header.colors["background"] == expected.background
    assert close(drawn.pixel(header.rect.left() + 10, header.rect.bottom() - 3), expected.background, 2)
    title = drawn.at("/header/title")
    assert title.text == "Title 标题"
    assert has_color(drawn, title.rect, expected.foreground, 40)


def test_header_complete(draw: Draw) -> None:
    header = {
        "template": "red",
        "title": pt("主标题"),
        "subtitle": pt("副标题"),
        "text_tag_list": [
            {"tag": "text_tag", "text": pt("标签一"), "color": "blue"},
            {"tag": "text_tag", "text": pt("two"), "color": "green"},
            {"tag": "text_tag", "text": pt("three"), "color": "neutral"},
            {"tag": "text_tag", "text": pt("fourth is hidden"), "color": "red"},
        ],
    }
    drawn = draw(v1({"tag": "hr"}, header=header))
    title = drawn.at("/header/title")
    subtitle = drawn.at("/header/subtitle")
    assert subtitle.text == "副标题" and subtitle.rect.top() >= title.rect.bottom()
    tags = [e for e in drawn.elements if e.tag == "text_tag"]
    assert [t.text for t in tags] == ["标签一", "two", "three"]  # Feishu shows 3 tags at most
    assert title.rect.left() < tags[0].rect.left() < title.rect.center().x()  # right after the title
    assert tags[0].colors["background"] == LIGHT.tags["blue"].background
    assert close(
        drawn.pixel(tags[1].rect.left() + 3, tags[1].rect.center().y()), LIGHT.tags["green"].background, 3
    )


def tag(text: str, color: str = "neutral") -> dict[str, Any]:
    return {"tag": "text_tag", "text": pt(text), "color": color}


def header_tags(drawn: Drawn) -> list[QRectF]:
    return [e.rect for e in drawn.elements if e.tag == "text_tag"]


def assert_hugs_title(drawn: Drawn, tag_rect: QRectF, background: str) -> None:
    """The title's ink ends just before the tag: a gap of about 8 px, no more."""
    columns = [
        x
        for x in range(int(tag_rect.left()) - 60, int(tag_rect.left()))
        if drawn.ink(QRectF(x, tag_rect.top(), 1, tag_rect.height()), background)
    ]
    assert columns, "no title text before the tag"
    assert 5 <= tag_rect.left() - max(columns) <= 12


def test_header_title_takes_the_width_and_tags_follow_its_text(draw: Draw) -> None:
    header = {
        "template": "blue",
        "title": pt("告警：订单服务"),
        "text_tag_list": [tag("P1", "red"), tag("未认领")],
    }
    drawn = draw(v1({"tag": "hr"}, header=header))
    box, title = drawn.at("/header").rect, drawn.at("/header/title").rect
    inner = box.width() - 2 * LIGHT.metrics.header_padding_h
    assert abs(title.width() - inner) < 1  # not squeezed into a column beside the tags
    first, second = header_tags(drawn)
    assert title.top() <= first.top() and first.bottom() <= title.bottom() + 1  # on the title's line
    assert abs(first.center().y() - second.center().y()) < 1 and second.left() > first.right()
    assert first.left() < title.left() + 150  # after the text, not pushed to the right edge
    assert_hugs_title(drawn, first, LIGHT.headers["blue"].background)


def test_header_long_title_wraps_at_full_width_with_tags_after_its_last_line(draw: Draw) -> None:
    header = {
        "template": "red",
        "title": pt("P1 告警：订单服务错误率过高，支付回调接口大量超时"),
        "text_tag_list": [tag("P1", "red")],
    }
    drawn = draw(v1({"tag": "hr"}, header=header), width=300)
    box, title = drawn.at("/header").rect, drawn.at("/header/title").rect
    assert abs(title.width() - (box.width() - 2 * LIGHT.metrics.header_padding_h)) < 1
    assert title.height() > 40  # two lines
    (only,) = header_tags(drawn)
    assert only.top() > title.top() + 20 and only.bottom() <= title.bottom() + 1  # on the last line
    assert_hugs_title(drawn, only, LIGHT.headers["red"].background)


def test_header_tags_without_room_wrap_below_the_title(draw: Draw) -> None:
    header = {
        "template": "red",
        "title": pt("告警"),
        "text_tag_list": [tag("a rather long first label"), tag("another long second label")],
    }
    drawn = draw(v1({"tag": "hr"}, header=header), width=300)
    title = drawn.at("/header/title").rect
    first, second = header_tags(drawn)
    assert first.top() < title.bottom() and first.left() < title.center().x()  # still after the title
    assert second.top() >= title.bottom() and abs(second.left() - title.left()) < 1  # a row below
    assert drawn.at("/header").rect.bottom() > second.bottom()  # the header grows to hold them


def test_header_invalid_template_draws_default(draw: Draw) -> None:
    drawn = draw(v1({"tag": "div", "text": pt("body")}, header={"template": "pink", "title": pt("T")}))
    assert ("header-template", "/header/template") in rules(drawn)
    assert drawn.at("/header").colors["background"] == LIGHT.headers["default"].background
    assert drawn.at("/elements/0").text == "body"


# -- div / text -----------------------------------------------------------------------------------
def test_div_minimal(draw: Draw) -> None:
    drawn = draw(v1({"tag": "div", "text": pt("你好 world")}))
    div = drawn.at("/elements/0")
    assert div.tag == "div" and div.text == "你好 world"
    assert drawn.ink(div.rect, LIGHT.surface) > 30  # the text was painted


def test_div_complete_fields_two_to_a_row(draw: Draw) -> None:
    element = {
        "tag": "div",
        "text": md("**Title**"),
        "fields": [
            {"is_short": True, "text": md("**A**\n1")},
            {"is_short": True, "text": md("**B**\n2")},
            {"is_short": False, "text": md("**C** long")},
        ],
        "extra": {"tag": "button", "text": pt("Go"), "type": "primary", "value": {"k": 1}},
    }
    drawn = draw(v1(element))
    a, b, c = (drawn.at(f"/elements/0/fields/{i}") for i in range(3))
    assert (a.text, b.text, c.text) == ("A\n1", "B\n2", "C long")
    assert a.rect.top() == b.rect.top() and b.rect.left() > a.rect.right()
    assert abs(a.rect.width() - b.rect.width()) < 2
    assert c.rect.top() >= a.rect.bottom() and c.rect.width() > a.rect.width() * 1.8
    extra = drawn.at("/elements/0/extra")
    assert extra.tag == "button" and extra.rect.left() > c.rect.right()  # extra sits on the right


def test_div_invalid_text_type_still_draws_rest(draw: Draw) -> None:
    drawn = draw(
        v1({"tag": "div", "text": {"tag": "plain_text", "content": 5}}, {"tag": "div", "text": pt("next")})
    )
    assert any(rule == "wrong-type" for rule, _ in rules(drawn))
    assert drawn.at("/elements/1").text == "next"


def test_lark_md_styles_in_colour(draw: Draw) -> None:
    drawn = draw(
        v1(
            {
                "tag": "div",
                "text": md(
                    "<font color='red'>红色红色红色</font> [link link](https://a.cn) <at id=all></at>"
                ),
            }
        )
    )
    div = drawn.at("/elements/0")
    assert div.text == "红色红色红色 link link @all"
    assert has_color(drawn, div.rect, LIGHT.font_colors["red"])
    assert has_color(drawn, div.rect, LIGHT.link)


def test_text_size_and_colour_of_plain_text(draw: Draw) -> None:
    small = draw(v2({"tag": "div", "text": {"tag": "plain_text", "content": "x", "text_size": "notation"}}))
    big = draw(v2({"tag": "div", "text": {"tag": "plain_text", "content": "x", "text_size": "heading-0"}}))
    assert big.at("/body/elements/0").rect.height() > small.at("/body/elements/0").rect.height() * 1.8


def test_raw_html_in_text_is_shown_as_text(draw: Draw) -> None:
    drawn = draw(v1({"tag": "div", "text": md("<b>not bold</b><script>x</script>")}))
    assert drawn.at("/elements/0").text == "<b>not bold</b><script>x</script>"


def test_markdown_element_lists_code_and_rule(draw: Draw) -> None:
    content = "- one\n- two\n---\n```\ncode line\n```\n1. first"
    drawn = draw(v1({"tag": "markdown", "content": content}))
    element = drawn.at("/elements/0")
    assert element.tag == "markdown"
    assert element.text == "one\ntwo\n\ncode line\nfirst"
    assert has_color(drawn, element.rect, LIGHT.code_background, 3)


def test_markdown_v2_heading_is_bigger(draw: Draw) -> None:
    plain = draw(v2({"tag": "markdown", "content": "Heading"}))
    heading = draw(v2({"tag": "markdown", "content": "# Heading"}))
    assert heading.at("/body/elements/0").rect.height() > plain.at("/body/elements/0").rect.height()


def test_markdown_missing_content(draw: Draw) -> None:
    drawn = draw(v1({"tag": "markdown"}, {"tag": "hr"}))
    assert ("missing-required", "/elements/0") in rules(drawn)
    assert drawn.at("/elements/1").tag == "hr"


# -- emoji ----------------------------------------------------------------------------------------
def colour_ink(drawn: Drawn, rect: QRectF) -> int:
    """Pixels of strong colour in ``rect``: a colour emoji has them, grey text or an empty box not."""
    count = 0
    for y in range(int(rect.top()), int(rect.bottom())):
        for x in range(int(rect.left()), int(rect.right())):
            colour = drawn.pixel(x, y)
            if colour.hsvSaturation() > 120 and colour.value() > 90:
                count += 1
    return count


@pytest.mark.parametrize(
    "text",
    [pt("🚨"), pt("❤️"), md(":OK:"), md(":THUMBSUP: **:Fire:**"), {"tag": "markdown", "content": "🎉"}],
    ids=["unicode", "variation-selector", "shortcode", "shortcodes-bold", "markdown-unicode"],
)
def test_emoji_draw_in_colour(draw: Draw, text: dict[str, str]) -> None:
    drawn = draw(v1({"tag": "div", "text": text}))
    div = drawn.at("/elements/0").rect
    assert colour_ink(drawn, div) > 40  # the emoji picture, not a grey box or the key in a pill
    assert ":" not in drawn.at("/elements/0").text


def test_emoji_in_a_header_title(draw: Draw) -> None:
    drawn = draw(v1({"tag": "hr"}, header={"template": "grey", "title": pt("🚨 告警")}))
    assert colour_ink(drawn, drawn.at("/header/title").rect) > 40


def test_plain_text_and_an_unknown_key_stay_grey(draw: Draw) -> None:
    drawn = draw(v1({"tag": "div", "text": md(":NOT_A_KEY: plain ✔")}))
    assert colour_ink(drawn, drawn.at("/elements/0").rect) == 0  # the control: no false colour


def test_text_tag_in_markdown_is_a_rounded_pill(draw: Draw) -> None:
    drawn = draw(
        v1({"tag": "div", "text": md("状态 <text_tag color='blue'>进行中 in progress</text_tag> 后")})
    )
    rect = drawn.at("/elements/0").rect
    tint = LIGHT.tags["blue"].background
    points = [
        (x, y)
        for y in range(int(rect.top()), int(rect.bottom()))
        for x in range(int(rect.left()), int(rect.right()))
        if close(drawn.pixel(x, y), tint, 4)
    ]
    assert points, "no tag tint drawn"
    left, right = min(x for x, _ in points), max(x for x, _ in points)
    top, bottom = min(y for _, y in points), max(y for _, y in points)
    assert right - left > 80 and bottom - top >= 14  # the whole label on its tint
    assert close(drawn.pixel(left, (top + bottom) / 2), tint, 4)  # the straight side ...
    for x, y in ((left, top), (right, top), (left, bottom), (right, bottom)):
        assert not close(drawn.pixel(x, y), tint, 4)  # ... and rounded corners
    assert drawn.ink(QRectF(left, top, right - left, bottom - top), tint) > 40  # its text


def test_a_text_tag_that_wraps_leaves_no_sliver_at_the_line_end(draw: Draw) -> None:
    tint = LIGHT.tags["blue"].background
    for count in range(8, 24):  # the tag lands at every place of the line, the line end included
        drawn = draw(
            v1({"tag": "div", "text": md("字" * count + " <text_tag color='blue'>tag</text_tag> end")}),
            width=260,
        )
        rect = drawn.at("/elements/0").rect
        rows = [
            y
            for y in range(int(rect.top()), int(rect.bottom()))
            if any(close(drawn.pixel(x, y), tint, 4) for x in range(int(rect.left()), int(rect.right())))
        ]
        assert rows and rows[-1] - rows[0] < 24, f"tag tint on two lines with {count} characters before it"


# -- hr -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_hr(draw: Draw, theme: Any) -> None:
    drawn = draw(
        v1({"tag": "div", "text": pt("a")}, {"tag": "hr"}, {"tag": "div", "text": pt("b")}), theme=theme.name
    )
    hr = drawn.at("/elements/1")
    assert hr.rect.height() == 1
    assert hr.rect.top() > drawn.at("/elements/0").rect.bottom()
    assert close(drawn.pixel(hr.rect.center().x(), hr.rect.top()), theme.hr, 3)


def test_hr_with_unknown_field_still_draws(draw: Draw) -> None:
    drawn = draw(v1({"tag": "hr", "extra": 1}))
    assert ("unknown-field", "/elements/0/extra") in rules(drawn)
    assert drawn.at("/elements/0").tag == "hr"


# -- img ------------------------------------------------------------------------------------------
def test_img_placeholder_with_alt(draw: Draw) -> None:
    drawn = draw(v1({"tag": "img", "img_key": "img_v2_x", "alt": pt("架构图")}))
    img = drawn.at("/elements/0")
    assert img.text == "架构图"
    assert 60 <= img.rect.height() <= 200
    assert close(drawn.pixel(img.rect.left() + 20, img.rect.top() + 20), LIGHT.placeholder_background, 3)


def test_img_from_image_source_is_drawn(draw: Draw) -> None:
    calls: list[str] = []

    def source(key: str) -> bytes | None:
        calls.append(key)
        return png("#ff0000", 80, 40) if key == "img_v2_red" else None

    drawn = draw(
        v1(
            {"tag": "img", "img_key": "img_v2_red", "alt": pt("red")},
            {"tag": "img", "img_key": "img_v2_missing", "alt": pt("gone")},
        ),
        image_source=source,
    )
    red = drawn.at("/elements/0")
    assert abs(red.rect.height() - red.rect.width() / 2) < 2  # the picture's 2:1 aspect
    assert close(drawn.pixel(red.rect.center().x(), red.rect.center().y()), "#ff0000", 3)
    gone = drawn.at("/elements/1")
    assert close(drawn.pixel(gone.rect.left() + 20, gone.rect.top() + 20), LIGHT.placeholder_background, 3)
    assert calls == ["img_v2_red", "img_v2_missing"]


def test_img_custom_width(draw: Draw) -> None:
    # image.md: custom_width is 278..580 px (a smaller one shows as 278, cards/numbers.py)
    drawn = draw(v1({"tag": "img", "img_key": "k", "alt": pt("a"), "custom_width": 300}))
    assert drawn.at("/elements/0").rect.width() >= 300  # the node spans the row; the picture is 300
    assert close(
        drawn.pixel(drawn.at("/elements/0").rect.left() + 320, drawn.at("/elements/0").rect.top() + 10),
        LIGHT.surface,
        3,
    )


def test_img_without_key(draw: Draw) -> None:
    drawn = draw(v1({"tag": "img"}, {"tag": "div", "text": pt("after")}))
    assert ("missing-required", "/elements/0") in rules(drawn)
    assert drawn.at("/elements/0").tag == "img"
    assert drawn.at("/elements/1").text == "after"


def test_img_combination(draw: Draw) -> None:
    drawn = draw(
        v2(
            {
                "tag": "img_combination",
                "combination_mode": "trisect",  # three equal squares in a row (triple: test_visuals)
                "img_list": [{"img_key": f"k{i}"} for i in range(3)],
            }
        )
    )
    cells = [drawn.at(f"/body/elements/0/img_list/{i}") for i in range(3)]
    assert len({c.rect.top() for c in cells}) == 1
    assert cells[0].rect.right() < cells[1].rect.left() < cells[1].rect.right() < cells[2].rect.left()


# -- note -----------------------------------------------------------------------------------------
def test_note(draw: Draw) -> None:
    drawn = draw(
        v1(
            {
                "tag": "note",
                "elements": [{"tag": "img", "img_key": "k", "alt": pt("")}, pt("备注 note"), md("**粗**")],
            }
        )
    )
    note = drawn.at("/elements/0")
    assert note.tag == "note" and note.text == "备注 note 粗"
    text = drawn.at("/elements/0/elements/1")
    assert text.rect.height() < 24  # notation size (12 px) line
    assert has_color(drawn, text.rect, LIGHT.note, 40)
    icon = drawn.at("/elements/0/elements/0")
    assert icon.rect.width() == 16 and icon.rect.right() < text.rect.left()


def test_note_with_a_button_inside(draw: Draw) -> None:
    drawn = draw(v1({"tag": "note", "elements": [{"tag": "button", "text": pt("x")}, pt("kept")]}))
    assert ("misplaced-component", "/elements/0/elements/0/tag") in rules(drawn)
    assert drawn.at("/elements/0/elements/1").text == "kept"


# -- action and buttons ---------------------------------------------------------------------------
BUTTON_TYPES = [
    "default",
    "primary",
    "danger",
    "text",
    "primary_text",
    "danger_text",
    "primary_filled",
    "danger_filled",
    "laser",
]


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_button_styles(draw: Draw, theme: Any) -> None:
    actions = [{"tag": "button", "text": pt(kind), "type": kind} for kind in BUTTON_TYPES]
    drawn = draw(v1({"tag": "action", "actions": actions}), theme=theme.name)
    for index, kind in enumerate(BUTTON_TYPES):
        button = drawn.at(f"/elements/0/actions/{index}")
        style = theme.buttons[kind]
        assert button.text == kind and button.colors["type"] == kind
        assert button.rect.height() == 32
        inside = drawn.pixel(button.rect.left() + 6, button.rect.center().y())
        assert close(inside, style.background or theme.surface, 6), kind
        assert has_color(drawn, button.rect, style.foreground, 40), kind
        if style.border:
            assert close(drawn.pixel(button.rect.center().x(), button.rect.top()), style.border, 60), kind


def test_action_row_lays_buttons_out_side_by_side_and_wraps(draw: Draw) -> None:
    actions = [{"tag": "button", "text": pt(f"Button number {i}")} for i in range(8)]
    drawn = draw(v1({"tag": "action", "actions": actions}), width="compact")
    rects = [drawn.at(f"/elements/0/actions/{i}").rect for i in range(8)]
    assert rects[1].top() == rects[0].top() and rects[1].left() > rects[0].right()
    assert rects[-1].top() > rects[0].bottom()  # wrapped to another line
    row = drawn.at("/elements/0")
    assert all(row.rect.contains(r) for r in rects)


def test_button_disabled_size_and_width(draw: Draw) -> None:
    actions = [
        {"tag": "button", "text": pt("off"), "type": "primary", "disabled": True},
        {"tag": "button", "text": pt("small"), "size": "small"},
        {"tag": "button", "text": pt("fixed"), "width": "200px"},
    ]
    drawn = draw(v1({"tag": "action", "actions": actions}))
    off = drawn.at("/elements/0/actions/0")
    assert off.colors["type"] == "disabled" and off.colors["text"] == LIGHT.button_disabled.foreground
    assert drawn.at("/elements/0/actions/1").rect.height() == 28
    assert drawn.at("/elements/0/actions/2").rect.width() == 200


def test_v2_standalone_button_keeps_its_width_unless_fill(draw: Draw) -> None:
    drawn = draw(
        v2({"tag": "button", "text": pt("OK")}, {"tag": "button", "text": pt("Wide"), "width": "fill"})
    )
    narrow, wide = drawn.at("/body/elements/0"), drawn.at("/body/elements/1")
    assert narrow.rect.width() < 120 and wide.rect.width() > 500


def test_button_invalid_type_draws_default(draw: Draw) -> None:
    drawn = draw(v1({"tag": "action", "actions": [{"tag": "button", "text": pt("x"), "type": "primry"}]}))
    assert ("invalid-value", "/elements/0/actions/0/type") in rules(drawn)
    assert drawn.at("/elements/0/actions/0").colors["type"] == "default"


def test_action_with_wrong_actions_type(draw: Draw) -> None:
    drawn = draw(v1({"tag": "action", "actions": "x"}, {"tag": "div", "text": pt("ok")}))
    assert ("wrong-type", "/elements/0/actions") in rules(drawn)
    marked = drawn.at("/elements/0")
    assert (marked.tag, marked.text) == ("unsupported", "cannot draw action: 'actions' is not a list")
    assert marked.rect.height() > 20 and drawn.at("/elements/1").text == "ok"


def test_action_layout_bisected(draw: Draw) -> None:
    actions = [{"tag": "button", "text": pt(str(i))} for i in range(3)]
    drawn = draw(v1({"tag": "action", "layout": "bisected", "actions": actions}))
    a, b, c = (drawn.at(f"/elements/0/actions/{i}").rect for i in range(3))
    assert abs(a.width() - b.width()) < 1 and a.top() == b.top() and c.top() > a.bottom()


# -- overflow, selects, pickers --------------------------------------------------------------------
def test_overflow(draw: Draw) -> None:
    drawn = draw(
        v1({"tag": "action", "actions": [{"tag": "overflow", "options": [{"text": pt("A"), "value": "a"}]}]})
    )
    overflow = drawn.at("/elements/0/actions/0")
    assert overflow.tag == "overflow" and overflow.rect.width() == overflow.rect.height() == 32


@pytest.mark.parametrize(
    "tag", ["select_static", "multi_select_static", "select_person", "multi_select_person"]
)
def test_select_placeholder(draw: Draw, tag: str) -> None:
    drawn = draw(
        v1(
            {
                "tag": "action",
                "actions": [
                    {"tag": tag, "placeholder": pt("请选择"), "options": [{"text": pt("一"), "value": "1"}]}
                ],
            }
        )
    )
    select = drawn.at("/elements/0/actions/0")
    assert select.tag == tag and select.text == "请选择"
    assert has_color(drawn, select.rect, LIGHT.text_secondary, 40)


def test_select_complete_initial_option(draw: Draw) -> None:
    options = [{"text": pt("一"), "value": "1"}, {"text": pt("二"), "value": "2"}]
    drawn = draw(
        v1(
            {
                "tag": "action",
                "actions": [
                    {
                        "tag": "select_static",
                        "placeholder": pt("p"),
                        "initial_option": "2",
                        "options": options,
                    },
                    {
                        "tag": "multi_select_static",
                        "placeholder": pt("p"),
                        "selected_values": ["1", "2"],
                        "options": options,
                    },
                    {"tag": "select_static", "placeholder": pt("p"), "initial_index": 1, "options": options},
                ],
            }
        )
    )
    assert drawn.at("/elements/0/actions/0").text == "二"
    assert drawn.at("/elements/0/actions/1").text == "一, 二"
    assert drawn.at("/elements/0/actions/2").text == "一"


def test_select_without_options(draw: Draw) -> None:
    drawn = draw(v1({"tag": "action", "actions": [{"tag": "select_static", "placeholder": pt("empty")}]}))
    assert any(rule == "missing-required" for rule, _ in rules(drawn))
    assert drawn.at("/elements/0/actions/0").text == "empty"


@pytest.mark.parametrize(
    ("tag", "initial", "value"),
    [
        ("date_picker", "initial_date", "2024-6-30"),
        ("picker_time", "initial_time", "19:09"),
        ("picker_datetime", "initial_datetime", "2024-6-30 18:00"),
    ],
)
def test_pickers(draw: Draw, tag: str, initial: str, value: str) -> None:
    drawn = draw(
        v1(
            {
                "tag": "action",
                "actions": [
                    {"tag": tag, "placeholder": pt("选择")},
                    {"tag": tag, "placeholder": pt("x"), initial: value},
                ],
            }
        )
    )
    empty, filled = drawn.at("/elements/0/actions/0"), drawn.at("/elements/0/actions/1")
    assert (empty.tag, empty.text) == (tag, "选择")
    assert filled.text == value
    assert has_color(drawn, filled.rect, LIGHT.text, 40)


def test_picker_invalid_date(draw: Draw) -> None:
    drawn = draw(v1({"tag": "action", "actions": [{"tag": "date_picker", "initial_date": "yesterday"}]}))
    assert ("invalid-date", "/elements/0/actions/0/initial_date") in rules(drawn)
    assert drawn.at("/elements/0/actions/0").text == "yesterday"  # shown as written


# -- column_set -----------------------------------------------------------------------------------
def column(width: str, *elements: Any, **extra: Any) -> dict[str, Any]:
    return {"tag": "column", "width": width, "elements": list(elements), **extra}


def test_column_set_weights(draw: Draw) -> None:
    card = v1(
        {
            "tag": "column_set",
            "columns": [
                column("weighted", {"tag": "div", "text": pt("one")}, weight=1),
                column("weighted", {"tag": "div", "text": pt("two")}, weight=2),
            ],
        }
    )
    drawn = draw(card)
    left, right = drawn.at("/elements/0/columns/0"), drawn.at("/elements/0/columns/1")
    assert left.rect.top() == right.rect.top()
    assert abs(right.rect.width() / left.rect.width() - 2) < 0.05
    assert drawn.at("/elements/0/columns/1/elements/0").text == "two"


def test_column_set_fixed_width_and_background(draw: Draw) -> None:
    card = v2(
        {
            "tag": "column_set",
            "columns": [
                column("100px", {"tag": "markdown", "content": "fixed"}),
                column("weighted", {"tag": "markdown", "content": "rest"}, weight=1, background_style="grey"),
            ],
        }
    )
    drawn = draw(card)
    fixed, rest = drawn.at("/body/elements/0/columns/0"), drawn.at("/body/elements/0/columns/1")
    assert fixed.rect.width() == 100
    assert rest.colors["background"] == LIGHT.placeholder_background
    assert close(drawn.pixel(rest.rect.right() - 3, rest.rect.center().y()), LIGHT.placeholder_background, 3)


def test_column_set_invalid_weight(draw: Draw) -> None:
    drawn = draw(
        v1(
            {
                "tag": "column_set",
                "columns": [column("weighted", {"tag": "div", "text": pt("still")}, weight="x")],
            }
        )
    )
    assert ("wrong-type", "/elements/0/columns/0/weight") in rules(drawn)
    assert drawn.at("/elements/0/columns/0/elements/0").text == "still"


# -- form, input, checker --------------------------------------------------------------------------
def form(*elements: Any) -> dict[str, Any]:
    return {"tag": "form", "name": "f", "elements": list(elements)}


def test_input_minimal_and_complete(draw: Draw) -> None:
    drawn = draw(
        v2(
            form(
                {"tag": "input", "name": "a", "placeholder": pt("请输入")},
                {"tag": "input", "name": "b", "label": pt("姓名"), "default_value": "张三", "width": "200px"},
                {
                    "tag": "input",
                    "name": "c",
                    "input_type": "multiline_text",
                    "rows": 3,
                    "placeholder": pt("多行"),
                },
            )
        )
    )
    a, b, c = (drawn.at(f"/body/elements/0/elements/{i}") for i in range(3))
    assert a.text == "请输入" and b.text == "张三"
    assert b.rect.width() == 200 and b.rect.height() > a.rect.height()  # the label sits above
    assert c.rect.height() >= 3 * 22
    assert close(drawn.pixel(a.rect.left(), a.rect.center().y()), LIGHT.control_border, 50)


def test_input_without_name_in_form(draw: Draw) -> None:
    drawn = draw(v2(form({"tag": "input"}, {"tag": "markdown", "content": "after"})))
    assert ("form-field-name", "/body/elements/0/elements/0") in rules(drawn)
    assert drawn.at("/body/elements/0/elements/1").text == "after"


def test_checker(draw: Draw) -> None:
    drawn = draw(
        v2({"tag": "checker", "text": pt("待办")}, {"tag": "checker", "checked": True, "text": pt("完成")})
    )
    off, on = drawn.at("/body/elements/0"), drawn.at("/body/elements/1")
    assert (off.text, off.colors["state"], on.colors["state"]) == ("待办", "unchecked", "checked")
    box = QRectF(on.rect.left(), on.rect.top() + 3, 16, 16)
    assert close(drawn.pixel(box.left() + 2, box.top() + 2), LIGHT.primary, 10)
    assert not close(drawn.pixel(off.rect.left() + 4, off.rect.top() + 7), LIGHT.primary, 40)


def test_checker_without_text(draw: Draw) -> None:
    drawn = draw(v2({"tag": "checker"}, {"tag": "markdown", "content": "x"}))
    assert drawn.at("/body/elements/0").tag == "checker"
    assert drawn.at("/body/elements/1").text == "x"


def test_form_contains_its_fields(draw: Draw) -> None:
    drawn = draw(
        v2(
            form(
                {"tag": "input", "name": "a"},
                {"tag": "button", "text": pt("提交"), "form_action_type": "submit", "name": "s"},
            )
        )
    )
    outer = drawn.at("/body/elements/0")
    assert outer.tag == "form"
    assert outer.rect.contains(drawn.at("/body/elements/0/elements/1").rect)


def test_form_without_name(draw: Draw) -> None:
    drawn = draw(v2({"tag": "form", "elements": [{"tag": "input", "name": "a"}]}))
    assert ("missing-required", "/body/elements/0") in rules(drawn)
    assert drawn.at("/body/elements/0/elements/0").tag == "input"


def select_img_card(layout: str, ratio: str, *, form: bool) -> dict[str, Any]:
    options = [{"img_key": f"img_{i}", "value": str(i)} for i in range(4)]
    element = {"tag": "select_img", "name": "p", "layout": layout, "aspect_ratio": ratio, "options": options}
    if not form:
        return v2(element)
    return v2({"tag": "form", "name": "f", "elements": [element]})


@pytest.mark.parametrize(
    ("layout", "ratio", "per_row", "aspect"),
    [("bisect", "16:9", 2, 9 / 16), ("trisect", "1:1", 3, 1.0), ("stretch", "4:3", 1, 3 / 4)],
)
def test_select_img_layout_and_aspect(
    draw: Draw, layout: str, ratio: str, per_row: int, aspect: float
) -> None:
    drawn = draw(select_img_card(layout, ratio, form=False))
    options = [drawn.at(f"/body/elements/0/options/{i}").rect for i in range(4)]
    assert sum(1 for r in options if abs(r.top() - options[0].top()) < 1) == per_row
    width = drawn.at("/body/elements/0").rect.width()
    assert abs(options[0].width() - (width - 8 * (per_row - 1)) / per_row) < 1
    assert abs(options[0].height() - min(180.0, options[0].width() * aspect)) < 1.5


def test_select_img_in_a_form_shows_radio_buttons(draw: Draw) -> None:
    outside = draw(select_img_card("bisect", "16:9", form=False))
    inside = draw(select_img_card("bisect", "16:9", form=True))
    corner = QRectF(-24, 8, 16, 16)  # the radio button, from the option's top right
    for drawn, pointer, expected in (
        (outside, "/body/elements/0/options/0", False),
        (inside, "/body/elements/0/elements/0/options/0", True),
    ):
        option = drawn.at(pointer).rect
        box = corner.translated(option.right(), option.top())
        assert has_color(drawn, box, LIGHT.control_border, 12) is expected


# -- containers -----------------------------------------------------------------------------------
def test_collapsible_panel(draw: Draw) -> None:
    panel = {
        "tag": "collapsible_panel",
        "header": {"title": {"tag": "markdown", "content": "**详情**"}},
        "elements": [{"tag": "markdown", "content": "inside"}],
    }
    closed = draw(v2(panel))
    opened = draw(v2({**panel, "expanded": True, "border": {"color": "grey", "corner_radius": "5px"}}))
    assert closed.at("/body/elements/0").colors["state"] == "collapsed"
    assert not [e for e in closed.elements if e.pointer == "/body/elements/0/elements/0"]
    inside = opened.at("/body/elements/0/elements/0")
    assert inside.text == "inside"
    assert opened.at("/body/elements/0").rect.height() > closed.at("/body/elements/0").rect.height()


def test_collapsible_panel_without_header(draw: Draw) -> None:
    drawn = draw(v2({"tag": "collapsible_panel"}, {"tag": "markdown", "content": "after"}))
    assert ("missing-required", "/body/elements/0") in rules(drawn)
    assert drawn.at("/body/elements/1").text == "after"


def test_interactive_container(draw: Draw) -> None:
    drawn = draw(
        v2(
            {
                "tag": "interactive_container",
                "has_border": True,
                "elements": [{"tag": "markdown", "content": "click me"}],
            }
        )
    )
    box = drawn.at("/body/elements/0")
    assert box.colors["border"] == LIGHT.border
    assert box.rect.contains(drawn.at("/body/elements/0/elements/0").rect)


# -- table, person ------------------------------------------------------------------------------
def test_table(draw: Draw) -> None:
    table = {
        "tag": "table",
        "page_size": 2,
        "columns": [{"name": "n", "display_name": "姓名"}, {"name": "s", "display_name": "分数"}],
        "rows": [{"n": "张三", "s": 90}, {"n": "李四", "s": 85}, {"n": "王五", "s": 70}],
    }
    drawn = draw(v2(table))
    element = drawn.at("/body/elements/0")
    assert element.text == "姓名\t分数\n张三\t90\n李四\t85"  # page_size rows
    assert close(drawn.pixel(element.rect.left() + 5, element.rect.top() + 5), LIGHT.table_header, 3)


def table_node(drawn: Drawn) -> TableNode:
    return next(node for node, _rect in drawn.scene.nodes() if isinstance(node, TableNode))


def _header_cell(drawn: Drawn) -> QRectF:
    """The first header cell of the table at /body/elements/0, inside its padding."""
    rect = drawn.at("/body/elements/0").rect
    node = table_node(drawn)
    return QRectF(rect.left() + 2, rect.top() + 2, node.column_widths[0] - 4, node.row_heights[0] - 4)


def test_table_header_style_bold_false_draws_the_header_in_regular_weight(draw: Draw) -> None:
    """table.md header_style.bold (default true): false draws the header row like the rows."""

    def header_ink(style: dict[str, Any]) -> tuple[bool, int]:
        table = {
            "tag": "table",
            "header_style": style,
            "columns": [{"name": "n", "display_name": "Header text"}],
            "rows": [{"n": "x"}],
        }
        drawn = draw(v2(table))
        return table_node(drawn).header_font.bold(), drawn.ink(_header_cell(drawn), LIGHT.table_header)

    bold, bold_ink = header_ink({})
    regular, regular_ink = header_ink({"bold": False})
    assert bold and not regular
    assert regular_ink < bold_ink  # thinner strokes: fewer dark pixels for the same text


def test_table_header_style_text_align_places_the_header_text(draw: Draw) -> None:
    """table.md header_style.text_align (default left): right puts the header text at the right."""

    def ink_halves(style: dict[str, Any]) -> tuple[int, int]:
        table = {
            "tag": "table",
            "header_style": style,
            "columns": [{"name": "n", "display_name": "Hdr"}, {"name": "m", "display_name": "Other"}],
            "rows": [{"n": "a much longer cell text", "m": "y"}],
        }
        drawn = draw(v2(table))
        cell = _header_cell(drawn)
        left = QRectF(cell.left(), cell.top(), cell.width() / 2, cell.height())
        right = left.translated(cell.width() / 2, 0)
        return drawn.ink(left, LIGHT.table_header), drawn.ink(right, LIGHT.table_header)

    left_ink, right_ink = ink_halves({})
    assert left_ink > 0 and right_ink == 0
    left_ink, right_ink = ink_halves({"text_align": "right"})
    assert left_ink == 0 and right_ink > 0


def test_table_wraps_long_text_and_keeps_narrow_columns_narrow(draw: Draw) -> None:
    long_text = "周四凌晨数据库演练，期间可能有 30 秒写入抖动，请提前通知业务方"
    table = {
        "tag": "table",
        "columns": [{"name": "p", "display_name": "级别"}, {"name": "d", "display_name": "说明"}],
        "rows": [{"p": "P2", "d": long_text}],
    }
    drawn = draw(v2(table), platform="mobile")
    rect = drawn.at("/body/elements/0").rect
    node = table_node(drawn)
    narrow, wide = node.column_widths
    assert narrow < 80 and abs(narrow + wide - rect.width()) < 1  # the long column gets the room
    header_height, row_height = node.row_heights
    assert row_height > 2 * (node.row_height - 16)  # two lines or more, not cut off with "…"
    cell = QRectF(rect.left() + narrow + 12, rect.top() + header_height + 4, wide - 24, row_height - 8)
    upper = QRectF(cell.left(), cell.top(), cell.width(), cell.height() / 2)
    assert drawn.ink(upper, LIGHT.surface) > 50
    assert drawn.ink(upper.translated(0, cell.height() / 2), LIGHT.surface) > 50


def test_table_cuts_a_word_too_long_for_its_cell(draw: Draw) -> None:
    table = {
        "tag": "table",
        "columns": [{"name": c, "display_name": c} for c in "abcd"],
        "rows": [{"a": "ou_449b53ad6aee526f7ed311b216aabcef", "b": "x", "c": "y", "d": "z"}],
    }
    drawn = draw(v2(table), platform="mobile")
    node = table_node(drawn)
    assert node.row_heights[1] == node.row_height  # one line: the id is cut, not broken into many


def test_table_invalid_columns(draw: Draw) -> None:
    drawn = draw(v2({"tag": "table", "columns": "x"}, {"tag": "markdown", "content": "ok"}))
    assert ("wrong-type", "/body/elements/0/columns") in rules(drawn)
    assert drawn.at("/body/elements/1").text == "ok"


def test_person_and_person_list(draw: Draw) -> None:
    drawn = draw(
        v2(
            {"tag": "person", "user_id": "ou_1", "size": "large"},
            {"tag": "person_list", "persons": [{"id": "ou_a"}, {"id": "ou_b"}]},
        )
    )
    person = drawn.at("/body/elements/0")
    assert person.text == "ou_1" and person.rect.height() == 36
    a, b = drawn.at("/body/elements/1/persons/0"), drawn.at("/body/elements/1/persons/1")
    assert a.rect.top() == b.rect.top() and b.rect.left() > a.rect.right()
    assert close(drawn.pixel(person.rect.left() + 18, person.rect.top() + 4), LIGHT.primary, 30)


def avatar_node(drawn: Drawn, pointer: str) -> AvatarNode:
    nodes = [n for n, _r in drawn.scene.nodes() if isinstance(n, AvatarNode) and n.pointer == pointer]
    assert len(nodes) == 1, pointer
    return nodes[0]


def test_person_defaults_avatar_without_name(draw: Draw) -> None:
    # person page: show_avatar true, show_name false, size medium by default
    drawn = draw(v2({"tag": "person", "user_id": "ou_1"}))
    person = drawn.at("/body/elements/0")
    node = avatar_node(drawn, "/body/elements/0")
    assert (node.show_avatar, node.show_name, node.size) == (True, False, 24)
    assert person.rect.width() == 24 and person.rect.height() == 24
    named = avatar_node(draw(v2({"tag": "person", "user_id": "ou_1", "show_name": True})), "/body/elements/0")
    assert named.show_name and named.preferred_width() > 24 + 6


def test_person_capsule_is_a_rounded_tint_around_avatar_and_name(draw: Draw) -> None:
    element = {"tag": "person", "user_id": "ou_1", "show_name": True, "style": "capsule", "size": "large"}
    drawn = draw(v2(element))
    rect = drawn.at("/body/elements/0").rect
    node = avatar_node(drawn, "/body/elements/0")
    tint = LIGHT.tags["neutral"].background
    assert rect.height() == 36 + 4  # the avatar inside the capsule's round end
    assert close(drawn.pixel(rect.right() - 4, rect.center().y()), tint, 4)  # tint after the name
    assert not close(drawn.pixel(rect.right() - 1, rect.top() + 1), tint, 4)  # a round end
    avatar = node.avatar_rect().translated(rect.topLeft())
    assert close(drawn.pixel(avatar.center().x(), avatar.top() + 3), LIGHT.primary, 30)
    assert drawn.ink(QRectF(rect.left() + node.name_left(), rect.top() + 4, 40, rect.height() - 8), tint) > 20


def test_person_list_defaults_names_only(draw: Draw) -> None:
    # person_list page: show_name true, show_avatar false, size medium by default
    drawn = draw(v2({"tag": "person_list", "persons": [{"id": "ou_a"}, {"id": "ou_b"}]}))
    a = avatar_node(drawn, "/body/elements/0/persons/0")
    assert (a.show_name, a.show_avatar, a.size) == (True, False, 24)
    rect = drawn.at("/body/elements/0/persons/0").rect
    assert not any(
        close(drawn.pixel(x, rect.center().y()), LIGHT.primary, 30)
        for x in range(int(rect.left()), int(rect.left()) + 24)
    )


def test_person_list_without_names_is_a_chain_of_overlapping_avatars(draw: Draw) -> None:
    persons = [{"id": f"ou_{i}"} for i in range(4)]
    drawn = draw(v2({"tag": "person_list", "persons": persons, "show_name": False, "size": "small"}))
    rects = [drawn.at(f"/body/elements/0/persons/{i}").rect for i in range(4)]
    assert all(r.width() == 20 for r in rects)
    for first, second in itertools.pairwise(rects):
        assert second.top() == first.top()
        assert first.left() < second.left() < first.right()  # overlapping, each to the right
    # the later avatar is on top, parted from the one before by a ring in the card's colour
    ring_x = rects[1].left() - 0.8
    assert close(drawn.pixel(ring_x, rects[1].center().y()), LIGHT.surface, 40)
    single = draw(v2({"tag": "person_list", "persons": persons[:1], "show_name": False}))
    assert avatar_node(single, "/body/elements/0/persons/0").show_avatar  # one person: its avatar


def test_person_without_id(draw: Draw) -> None:
    drawn = draw(v2({"tag": "person"}))
    assert ("missing-required", "/body/elements/0") in rules(drawn)
    assert drawn.at("/body/elements/0").text == "unknown user"


# -- what cannot be drawn -------------------------------------------------------------------------
def test_unknown_tag_draws_a_dashed_box_and_the_rest(draw: Draw) -> None:
    drawn = draw(v1({"tag": "buton", "text": pt("x")}, {"tag": "div", "text": pt("after")}))
    assert ("unknown-tag", "/elements/0/tag") in rules(drawn)
    box = drawn.at("/elements/0")
    assert box.tag == "unsupported" and box.text == "unsupported in preview: buton"
    assert drawn.at("/elements/1").text == "after"


@pytest.mark.parametrize("element", [5, "text", None, [], {"no": "tag"}])
def test_elements_that_are_not_components(draw: Draw, element: Any) -> None:
    drawn = draw({"elements": [element, {"tag": "hr"}]})
    assert drawn.at("/elements/0").tag == "unsupported"
    assert drawn.at("/elements/1").tag == "hr"


def test_known_but_undrawn_component(draw: Draw) -> None:
    # a column is a component only inside a column_set; alone it has no drawer (charts are drawn now)
    drawn = draw(v2({"tag": "column", "elements": []}))
    assert drawn.at("/body/elements/0").text == "unsupported in preview: column"


def test_template_card_draws_a_placeholder_naming_the_template(draw: Draw) -> None:
    body = {
        "chat_id": "oc_1",
        "open_id": "ou_1",
        "msg_type": "interactive",
        "card": {"type": "template", "data": {"template_id": "AAqk1234", "template_version_name": "1.0.2"}},
    }
    drawn = draw(body)
    box = drawn.at("/card/data")
    assert "AAqk1234" in box.text and "1.0.2" in box.text


def test_table_cells_by_data_type(draw: Draw) -> None:
    table = {
        "tag": "table",
        "columns": [
            {"name": "t", "display_name": "工单", "data_type": "lark_md"},
            {"name": "d", "display_name": "日期", "data_type": "date", "date_format": "MM/DD"},
            {"name": "n", "display_name": "数", "data_type": "number", "format": {"precision": 2}},
            {"name": "o", "display_name": "级别", "data_type": "options"},
        ],
        "rows": [
            {
                "t": "[INC-1](https://a.cn)",
                "d": 1764576000000,
                "n": 1234.5,
                "o": [{"text": "P2", "color": "orange"}],
            }
        ],
    }
    drawn = draw(v2(table))
    assert drawn.at("/body/elements/0").text.splitlines()[1] == "INC-1\t12/01\t1,234.50\tP2"


def test_header_icon_before_the_title(draw: Draw) -> None:
    header = {
        "template": "blue",
        "title": pt("标题"),
        "icon": {"tag": "standard_icon", "token": "chat_outlined", "color": "orange"},
    }
    drawn = draw(v1({"tag": "hr"}, header=header))
    icon, title = drawn.at("/header/icon"), drawn.at("/header/title")
    assert icon.text == "chat_outlined" and (icon.rect.width(), icon.rect.height()) == (16, 16)
    assert icon.rect.right() < title.rect.left()
    assert has_color(drawn, icon.rect, LIGHT.font_colors["orange"], 10)  # the chat glyph, in orange
    custom = draw(
        v1({"tag": "hr"}, header={**header, "icon": {"tag": "custom_icon", "img_key": "img_i"}}),
        image_source=lambda key: png("#00aa00", 32, 32),
    )
    mark = custom.at("/header/icon")
    assert close(custom.pixel(mark.rect.center().x(), mark.rect.center().y()), "#00aa00", 3)


def test_checker_strikethrough_when_checked(draw: Draw) -> None:
    element = {
        "tag": "checker",
        "checked": True,
        "text": pt("完成的事项 done"),
        "checked_style": {"show_strikethrough": True},
    }
    plain = draw(v2({**element, "checked_style": {}}))
    struck = draw(v2(element))
    rect = struck.at("/body/elements/0").rect
    assert struck.ink(rect, LIGHT.surface) > plain.ink(plain.at("/body/elements/0").rect, LIGHT.surface)


def _action(item: dict[str, Any]) -> dict[str, Any]:
    return v1({"tag": "action", "actions": [item]}, {"tag": "hr"})


INVALID = [
    (
        "overflow",
        _action({"tag": "overflow", "options": "x"}),
        "/elements/0/actions/0",
        "wrong-type",
        "/elements/0/actions/0/options",
    ),
    (
        "multi_select_static",
        _action({"tag": "multi_select_static", "options": [{"value": 1}]}),
        "/elements/0/actions/0",
        "wrong-type",
        "/elements/0/actions/0/options/0/value",
    ),
    (
        "select_person",
        _action({"tag": "select_person", "options": [{"value": 5}]}),
        "/elements/0/actions/0",
        "wrong-type",
        "/elements/0/actions/0/options/0/value",
    ),
    (
        "picker_time",
        _action({"tag": "picker_time", "initial_time": "25:99"}),
        "/elements/0/actions/0",
        "invalid-date",
        "/elements/0/actions/0/initial_time",
    ),
    (
        "picker_datetime",
        _action({"tag": "picker_datetime", "initial_datetime": "soon"}),
        "/elements/0/actions/0",
        "invalid-date",
        "/elements/0/actions/0/initial_datetime",
    ),
    (
        "button size",
        _action({"tag": "button", "text": pt("b"), "size": "huge"}),
        "/elements/0/actions/0",
        "invalid-value",
        "/elements/0/actions/0/size",
    ),
    (
        "note elements",
        v1({"tag": "note", "elements": "x"}, {"tag": "hr"}),
        "/elements/0",
        "wrong-type",
        "/elements/0/elements",
    ),
    (
        "column tag",
        v1({"tag": "column_set", "columns": [{"tag": "colum", "elements": []}]}, {"tag": "hr"}),
        "/elements/0",
        "unknown-tag",
        "/elements/0/columns/0/tag",
    ),
    (
        "img_combination",
        v2(
            {"tag": "img_combination", "combination_mode": "hexagon", "img_list": [{"img_key": "a"}]},
            {"tag": "hr"},
        ),
        "/body/elements/0",
        "invalid-value",
        "/body/elements/0/combination_mode",
    ),
    (
        "interactive_container",
        v2({"tag": "interactive_container", "elements": "x"}, {"tag": "hr"}),
        "/body/elements/0",
        "wrong-type",
        "/body/elements/0/elements",
    ),
    (
        "person_list",
        v2({"tag": "person_list", "persons": "x"}, {"tag": "hr"}),
        "/body/elements/0",
        "wrong-type",
        "/body/elements/0/persons",
    ),
    (
        "checker checked",
        v2({"tag": "checker", "checked": "yes", "text": pt("x")}, {"tag": "hr"}),
        "/body/elements/0",
        "wrong-type",
        "/body/elements/0/checked",
    ),
    (
        "collapsible expanded",
        v2(
            {"tag": "collapsible_panel", "expanded": "yes", "header": {"title": pt("t")}, "elements": []},
            {"tag": "hr"},
        ),
        "/body/elements/0",
        "wrong-type",
        "/body/elements/0/expanded",
    ),
    (
        "input_type",
        v2({"tag": "input", "input_type": "number-ish"}, {"tag": "hr"}),
        "/body/elements/0",
        "invalid-value",
        "/body/elements/0/input_type",
    ),
    (
        "table rows",
        v2({"tag": "table", "columns": [{"name": "a"}], "rows": "x"}, {"tag": "hr"}),
        "/body/elements/0",
        "wrong-type",
        "/body/elements/0/rows",
    ),
]


@pytest.mark.parametrize(
    ("card", "element", "rule", "where"), [case[1:] for case in INVALID], ids=[case[0] for case in INVALID]
)
def test_invalid_component_is_diagnosed_and_still_drawn(
    draw: Draw, card: dict[str, Any], element: str, rule: str, where: str
) -> None:
    drawn = draw(card)
    assert (rule, where) in rules(drawn)
    drawn_element = drawn.at(element)  # drawn as far as it can be, or marked
    if rule == "wrong-type" and where.rsplit("/", 1)[1] in ("elements", "persons", "rows", "options"):
        assert drawn_element.tag == "unsupported" or drawn_element.rect.height() > 0
    last = "/body/elements/1" if "schema" in card else "/elements/1"
    assert drawn.at(last).tag == "hr"  # and the rest of the card after it


@pytest.mark.parametrize(
    ("platform", "heights"), [("desktop", [24, 28, 32, 40]), ("mobile", [28, 28, 36, 48])]
)
def test_button_sizes_per_platform(draw: Draw, platform: str, heights: list[int]) -> None:
    actions = [
        {"tag": "button", "text": pt(size), "size": size} for size in ("tiny", "small", "medium", "large")
    ]
    drawn = draw(v1({"tag": "action", "actions": actions}), platform=platform)
    assert [drawn.at(f"/elements/0/actions/{i}").rect.height() for i in range(4)] == heights


def test_markdown_table_in_v2(draw: Draw) -> None:
    drawn = draw(
        v2({"tag": "markdown", "content": "| 名称 | 数量 |\n|---|---|\n| 苹果 | 3 |"}, {"tag": "hr"})
    )
    element = drawn.at("/body/elements/0")
    assert element.text == "名称\t数量\n苹果\t3"
    assert element.rect.height() > 60  # two bordered rows
    assert has_color(drawn, element.rect, LIGHT.table_header, 2)
    assert has_color(drawn, element.rect, LIGHT.border, 12)


def test_v2_horizontal_direction(draw: Draw) -> None:
    card = {
        "schema": "2.0",
        "body": {
            "direction": "horizontal",
            "horizontal_spacing": "large",
            "elements": [
                {"tag": "button", "text": pt("一")},
                {"tag": "button", "text": pt("二")},
                {"tag": "markdown", "content": "三"},
            ],
        },
    }
    drawn = draw(card)
    one, two, three = (drawn.at(f"/body/elements/{i}").rect for i in range(3))
    assert one.top() == two.top() == three.top()
    assert two.left() - one.right() == 12  # "large" spacing
    assert three.left() > two.right()


def test_markdown_icon_prefix(draw: Draw) -> None:
    element = {
        "tag": "markdown",
        "content": "带图标的文字",
        "icon": {"tag": "standard_icon", "token": "alarm_outlined", "color": "red"},
    }
    drawn = draw(v1(element))
    text, icon = drawn.at("/elements/0"), drawn.at("/elements/0/icon")
    assert (text.tag, text.text) == ("markdown", "带图标的文字")
    assert icon.rect.width() == 16 and icon.rect.left() == text.rect.left()
    assert close(drawn.pixel(icon.rect.center().x(), icon.rect.center().y()), LIGHT.font_colors["red"], 10)


def test_custom_colours_and_sizes_from_config_style(draw: Draw) -> None:
    card = {
        "schema": "2.0",
        "config": {
            "style": {
                "color": {"brand": {"light_mode": "rgba(0,170,0,1)", "dark_mode": "rgba(255,0,255,1)"}},
                "text_size": {"huge": {"default": "medium", "pc": "heading-0", "mobile": "notation"}},
            }
        },
        "body": {
            "elements": [
                {"tag": "markdown", "content": "<font color='brand'>品牌色品牌色品牌色</font>"},
                {"tag": "div", "text": {"tag": "plain_text", "content": "大字", "text_size": "huge"}},
            ]
        },
    }
    light, dark = draw(card), draw(card, theme="dark")
    assert has_color(light, light.at("/body/elements/0").rect, "#00aa00", 30)
    assert has_color(dark, dark.at("/body/elements/0").rect, "#ff00ff", 30)
    desktop, mobile = (
        light.at("/body/elements/1").rect,
        draw(card, platform="mobile").at("/body/elements/1").rect,
    )
    assert desktop.height() > 40 > mobile.height()  # 30 px text on the desktop, 12 px on mobile


def test_plain_text_lines_limit(draw: Draw) -> None:
    text = "第一行\n第二行\n第三行\n第四行"
    full = draw(v2({"tag": "div", "text": {"tag": "plain_text", "content": text}}))
    two = draw(v2({"tag": "div", "text": {"tag": "plain_text", "content": text, "lines": 2}}))
    full_h, two_h = full.at("/body/elements/0").rect.height(), two.at("/body/elements/0").rect.height()
    assert abs(two_h - full_h / 2) < 3


def test_number_tag_is_a_circle_in_its_colours(draw: Draw) -> None:
    card = {
        "schema": "2.0",
        "body": {
            "elements": [
                {
                    "tag": "markdown",
                    "content": "😀 角标<number_tag background_color='grey' font_color='white'>7</number_tag> 后",
                },
                {"tag": "markdown", "content": "默认<number_tag>42</number_tag>"},
            ]
        },
    }
    drawn = draw(card)
    for pointer, tint in (
        ("/body/elements/0", LIGHT.font_colors["grey"]),
        ("/body/elements/1", LIGHT.primary),
    ):
        element = drawn.at(pointer)
        assert "number_tag" not in element.text
        rect = element.rect
        points = [
            (x, y)
            for y in range(int(rect.top()), int(rect.bottom()))
            for x in range(int(rect.left()), int(rect.right()))
            if close(drawn.pixel(x, y), tint, 4)
        ]
        assert points, f"no badge drawn at {pointer}"
        left, right = min(x for x, _ in points), max(x for x, _ in points)
        top, bottom = min(y for _, y in points), max(y for _, y in points)
        assert bottom - top >= 14 and right - left >= bottom - top - 2  # at least a circle
        assert right - left <= 3 * (bottom - top)  # a badge, not a long bar
        # round ends: the middle of the left side is tinted, its corners not
        assert close(drawn.pixel(left, (top + bottom) / 2), tint, 4)
        for x, y in ((left, top), (left, bottom), (right, top), (right, bottom)):
            assert not close(drawn.pixel(x, y), tint, 4)
        white = [
            (x, y)
            for x in range(left, right)
            for y in range(top, bottom)
            if drawn.pixel(x, y).lightness() > 230
        ]
        assert len(white) > 5  # the number, in white


def test_the_markdown_pages_number_tags_and_the_person_pages_capsules(draw: Draw) -> None:
    base = "tests/data/cards/"
    with open(base + "v2-markdown-syntax.json", encoding="utf-8") as handle:
        markdown = draw(handle.read())
    assert not any("number_tag" in e.text for e in markdown.elements)
    with open(base + "v2-person.json", encoding="utf-8") as handle:
        people = draw(handle.read())
    capsules = [n for n, _r in people.scene.nodes() if isinstance(n, AvatarNode) and n.capsule]
    assert len(capsules) == 2  # the page's "small" and "large" capsule examples
