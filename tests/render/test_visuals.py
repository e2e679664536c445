"""Images, colours and icons (issue 12): Feishu's colour table with shades and custom colours,
the img ``size`` / ``corner_radius`` / ``scale_type``, img_combination layouts, icons."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer

from designer.cards import parse
from designer.cards.colors import COLOR_ENUM
from designer.cards.markdown import parse_markdown
from designer.render.icons import FEISHU_ICONS, glyph_of, icon_image
from designer.render.theme import DARK, LIGHT, background_color, font_color
from tests.helpers.render import Drawn, close, load_card
from tests.render.test_components import png, v2

Draw = Callable[..., Drawn]
ROOT = Path(__file__).resolve().parents[2]

CUSTOM = {
    "style": {"color": {"cus-0": {"light_mode": "rgba(5,157,178,1)", "dark_mode": "rgba(78,23,108,1)"}}}
}


def md(text: str) -> dict[str, Any]:
    return {"tag": "markdown", "content": text}


# -- colours --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "light", "dark"),
    [
        ("blue-50", "#f0f4ff", "#152340"),
        ("grey-100", "#f2f3f5", "#292929"),
        ("grey-00", "#ffffff", "#0a0a0a"),
        ("red-500", "#e22e28", "#f05b56"),
        ("blue", "#1456f0", "#75a4ff"),
    ],
)
def test_shades_keep_their_own_colour(name: str, light: str, dark: str) -> None:
    # A shade is not its hue: blue-50 is a pale tint, red-500 is not red (red-600).
    assert font_color(LIGHT, name) == light
    assert font_color(DARK, name) == dark


def test_every_enum_colour_is_drawn_and_accepted_by_lint() -> None:
    # One table: each name the renderer draws is a name lint accepts, and the other way round.
    for name in COLOR_ENUM:
        card = v2({"tag": "column_set", "background_style": name, "columns": [{"tag": "column"}]})
        assert not [d for d in parse(json.dumps(card)).diagnostics if "colour" in d.message]
        assert font_color(LIGHT, name) and font_color(DARK, name)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_column_set_column_and_container_backgrounds_take_shades_and_custom_colours(
    draw: Draw, theme: Any
) -> None:
    card = v2(
        {
            "tag": "column_set",
            "background_style": "blue-50",
            "columns": [
                {"tag": "column", "background_style": "cus-0", "elements": [md("custom 自定义 🎨")]},
                {"tag": "column", "elements": [md("shade")]},
            ],
        },
        {"tag": "interactive_container", "background_style": "red-100", "elements": [md("container")]},
    )
    card["config"] = CUSTOM
    drawn = draw(card, theme=theme.name)
    dark = theme is DARK
    column_set = drawn.at("/body/elements/0")
    column = drawn.at("/body/elements/0/columns/0")
    container = drawn.at("/body/elements/1")
    custom = "#4e176c" if dark else "#059db2"
    assert close(
        drawn.pixel(column_set.rect.right() - 3, column_set.rect.bottom() - 3), COLOR_ENUM["blue-50"][dark], 3
    )
    assert close(drawn.pixel(column.rect.left() + 3, column.rect.bottom() - 3), custom, 3)
    assert close(
        drawn.pixel(container.rect.right() - 4, container.rect.bottom() - 4), COLOR_ENUM["red-100"][dark], 3
    )


def test_background_style_names() -> None:
    assert background_color(LIGHT, "default") is None
    assert background_color(LIGHT, "grey") == LIGHT.placeholder_background
    assert background_color(LIGHT, "blue-100") == "#e0e9ff"
    assert background_color(DARK, "cus-0", {"cus-0": "#123456"}) == "#123456"
    assert background_color(LIGHT, "nonsense") is None


def test_font_colour_shade_in_markdown_is_drawn(draw: Draw) -> None:
    drawn = draw(
        v2(md("<font color='grey-900'>深灰深灰深灰</font> <font color='blue-300'>淡蓝淡蓝淡蓝</font>"))
    )
    node = drawn.at("/body/elements/0")
    colors = drawn.colors_in(node.rect)
    assert any(close(QColor(c), "#94b4ff", 12) for c in colors)
    assert any(close(QColor(c), "#1f2329", 12) for c in colors)


# -- images ---------------------------------------------------------------------------------------
def img(**members: Any) -> dict[str, Any]:
    return {"tag": "img", "img_key": "img_v3_k", "alt": {"tag": "plain_text", "content": "🖼 图"}, **members}


@pytest.mark.parametrize(
    ("members", "size"),
    [
        ({"size": "large"}, (160, 160)),
        ({"size": "medium"}, (80, 80)),
        ({"size": "small"}, (40, 40)),
        ({"size": "tiny"}, (16, 16)),
        ({"size": "120px 60px"}, (120, 60)),
        ({"size": "small", "scale_type": "crop_top"}, (40, 40)),
        ({"mode": "small"}, (40, 40)),
    ],
)
@pytest.mark.parametrize("with_picture", [True, False], ids=["picture", "placeholder"])
def test_img_size_is_the_documented_box(
    draw: Draw, members: dict[str, Any], size: tuple[int, int], with_picture: bool
) -> None:
    source = (lambda key: png("#00aa00", 300, 200)) if with_picture else None
    drawn = draw(v2(img(**members), md("after 之后")), image_source=source)
    rect = drawn.at("/body/elements/0").rect
    assert (round(rect.width()), round(rect.height())) == size
    # the next element follows the picture, not a full-width 16:9 box
    assert drawn.at("/body/elements/1").rect.top() < rect.bottom() + 20


def test_img_size_ignored_when_fit_horizontal_and_stretch_fills(draw: Draw) -> None:
    drawn = draw(v2(img(size="small", scale_type="fit_horizontal"), img(size="stretch")), width="default")
    body = drawn.at("/body/elements/0").rect
    assert body.width() > 500
    assert drawn.at("/body/elements/1").rect.width() == body.width()


def test_img_size_narrowed_in_a_narrow_column_keeps_its_shape(draw: Draw) -> None:
    card = v2(
        {
            "tag": "column_set",
            "columns": [{"tag": "column", "width": "60px", "elements": [img(size="120px 60px")]}],
        }
    )
    rect = draw(card).at("/body/elements/0/columns/0/elements/0").rect
    assert rect.width() <= 60 and abs(rect.height() - rect.width() / 2) <= 1


@pytest.mark.parametrize("radius", ["50%", "20px"])
def test_round_avatar_corner_radius(draw: Draw, radius: str) -> None:
    drawn = draw(v2(img(size="small", corner_radius=radius)), image_source=lambda key: png("#00aa00", 64, 64))
    rect = drawn.at("/body/elements/0").rect
    assert close(drawn.pixel(rect.center().x(), rect.center().y()), "#00aa00", 8)
    # the corner is cut away: the card shows through, and the edge midpoints are the picture
    assert close(drawn.pixel(rect.left() + 2, rect.top() + 2), LIGHT.surface, 8)
    assert close(drawn.pixel(rect.left() + 1, rect.center().y()), "#00aa00", 30)


def test_square_corner_radius_zero(draw: Draw) -> None:
    drawn = draw(v2(img(size="small", corner_radius="0px")), image_source=lambda key: png("#00aa00", 64, 64))
    rect = drawn.at("/body/elements/0").rect
    assert close(drawn.pixel(rect.left() + 1, rect.top() + 1), "#00aa00", 8)


def test_crop_top_keeps_the_top_of_the_picture(draw: Draw) -> None:
    tall = QImage(40, 120, QImage.Format.Format_ARGB32)
    tall.fill(QColor("#0000ff"))
    for y in range(40):
        for x in range(40):
            tall.setPixelColor(x, y, QColor("#ff0000"))  # red top third, blue below
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    tall.save(buffer, "PNG")
    picture = bytes(data.data())
    for scale_type, expected in (("crop_top", "#ff0000"), ("crop_center", "#0000ff")):
        drawn = draw(
            v2(img(size="40px 40px", scale_type=scale_type, corner_radius="0px")),
            image_source=lambda key: picture,
        )
        rect = drawn.at("/body/elements/0").rect
        assert close(drawn.pixel(rect.center().x(), rect.center().y()), expected, 10), scale_type


# -- img_combination ------------------------------------------------------------------------------
def combination(mode: str, count: int, **members: Any) -> dict[str, Any]:
    images = [{"img_key": f"img_{i}"} for i in range(count)]
    return {"tag": "img_combination", "combination_mode": mode, "img_list": images, **members}


def cells(drawn: Drawn, count: int) -> list[Any]:
    return [drawn.at(f"/body/elements/0/img_list/{i}").rect for i in range(count)]


def test_double_is_a_narrow_portrait_beside_a_wide_landscape(draw: Draw) -> None:
    drawn = draw(v2(combination("double", 2)), width="default")
    left, right = cells(drawn, 2)
    whole = drawn.at("/body/elements/0").rect
    assert left.top() == right.top() and left.height() == right.height()
    assert abs(right.width() - 2 * left.width()) <= 1  # a third and two thirds
    assert abs(left.height() - left.width() * 4 / 3) <= 1  # 3:4 portrait, 3:2 landscape
    assert left.left() == whole.left() and abs(right.right() - whole.right()) <= 1


def test_triple_is_a_large_square_beside_two_small_ones(draw: Draw) -> None:
    drawn = draw(v2(combination("triple", 3)), width="default")
    big, top, bottom = cells(drawn, 3)
    for rect in (big, top, bottom):
        assert abs(rect.width() - rect.height()) <= 1  # squares
    assert abs(big.height() - (bottom.bottom() - top.top())) <= 1  # the large one spans both
    assert top.left() == bottom.left() > big.right()
    assert top.bottom() < bottom.top()
    assert abs(big.width() - 2 * top.width() - 4) <= 1


@pytest.mark.parametrize(
    ("mode", "columns", "limit"), [("bisect", 2, 6), ("trisect", 3, 9), ("double", 2, 2), ("triple", 3, 3)]
)
def test_pictures_past_the_limit_are_not_shown(draw: Draw, mode: str, columns: int, limit: int) -> None:
    drawn = draw(v2(combination(mode, limit + 2)))
    shown = [e for e in drawn.elements if e.pointer.startswith("/body/elements/0/img_list/")]
    assert len(shown) == limit
    if mode in ("bisect", "trisect"):
        rects = cells(drawn, limit)
        assert len({r.top() for r in rects}) == 3 and len({r.left() for r in rects}) == columns


def test_combination_corner_radius(draw: Draw) -> None:
    source = lambda key: png("#00aa00", 64, 64)  # noqa: E731
    drawn = draw(v2(combination("bisect", 2, corner_radius="50%")), image_source=source)
    rect = cells(drawn, 2)[0]
    assert close(drawn.pixel(rect.center().x(), rect.center().y()), "#00aa00", 8)
    assert close(drawn.pixel(rect.left() + 3, rect.top() + 3), LIGHT.surface, 8)


def test_complete_images_and_colours_card(draw: Draw) -> None:
    """The complete card (tests/render/cards/images_colours_v2.json): no lint complaint about its
    colours, every picture its documented size, both themes."""
    for theme in (LIGHT, DARK):
        drawn = draw(load_card("images_colours_v2"), theme=theme.name, width="default")
        assert not [d for d in drawn.doc.diagnostics if "colour" in d.message], drawn.doc.diagnostics
        avatar = drawn.at("/body/elements/1/columns/0/elements/0").rect
        assert (avatar.width(), avatar.height()) == (40, 40)
        assert drawn.at("/body/elements/2").rect.size().toTuple() == (80, 80)
        assert drawn.at("/body/elements/3").rect.size().toTuple() == (200, 100)
        assert drawn.at("/body/elements/4").rect.size().toTuple() == (16, 16)
        column_set = drawn.at("/body/elements/1")
        dark = theme is DARK
        assert close(
            drawn.pixel(column_set.rect.left() + 45, column_set.rect.top() + 2),
            COLOR_ENUM["blue-50"][dark],
            3,
        )


# -- icons ----------------------------------------------------------------------------------------
def icon_picture(token: str, color: str = "#000000") -> QImage:
    return icon_image(token, color, 16, scale=2)


def test_every_mapped_icon_has_its_glyph_and_every_glyph_is_mapped() -> None:
    folder = ROOT / "resources" / "icons" / "feishu"
    shipped = {path.stem for path in folder.glob("*.svg")}
    assert set(FEISHU_ICONS.values()) == shipped
    assert (folder / "LICENSE-lucide.txt").is_file()
    for glyph in shipped:
        assert QSvgRenderer(str(folder / f"{glyph}.svg")).isValid(), glyph


def test_standard_icons_are_recognisable_glyphs(qapp: Any) -> None:
    # Different tokens draw different glyphs; a token's styles share one; an unknown token is
    # the generic mark, which no mapped token draws.
    calendar, bell, generic = (
        icon_picture(t) for t in ("calendar_outlined", "bell_outlined", "nope_outlined")
    )
    assert calendar != bell and calendar != generic and bell != generic
    assert icon_picture("calendar_filled") == calendar
    assert glyph_of("chat-history_outlined") == "history" and glyph_of("nope_outlined") is None


def test_icon_colour_tints_the_glyph(qapp: Any) -> None:
    image = icon_picture("calendar_outlined", "#c02a26")
    inked = {
        image.pixelColor(x, y).name()
        for x in range(32)
        for y in range(32)
        if image.pixelColor(x, y).alpha() > 250
    }
    assert inked == {"#c02a26"}


def ink_of(drawn: Drawn, rect: Any, color: str) -> int:
    return sum(
        1
        for y in range(int(rect.top()), int(rect.bottom()))
        for x in range(int(rect.left()), int(rect.right()))
        if close(drawn.pixel(x, y), color, 40)
    )


def test_button_icon_before_its_label_and_icon_only_button(draw: Draw) -> None:
    icon = {"tag": "standard_icon", "token": "forward-com_outlined", "color": "red"}
    drawn = draw(
        v2(
            {"tag": "button", "text": {"tag": "plain_text", "content": "转发 ➡"}, "icon": icon},
            {"tag": "button", "icon": {"tag": "standard_icon", "token": "more_outlined"}},
        )
    )
    button = drawn.at("/body/elements/0")
    mark = drawn.at("/body/elements/0/icon").rect
    assert button.text == "转发 ➡"
    assert button.rect.contains(mark) and mark.right() < button.rect.center().x()
    assert ink_of(drawn, mark, COLOR_ENUM["red"][0]) > 10
    only = drawn.at("/body/elements/1")
    assert only.text == ""  # no stand-in word "Button"
    assert only.rect.width() == only.rect.height()
    glyph = drawn.at("/body/elements/1/icon").rect
    assert abs(glyph.center().x() - only.rect.center().x()) <= 1
    assert ink_of(drawn, glyph, LIGHT.buttons["default"].foreground) > 3


@pytest.mark.parametrize(
    ("element", "icon_pointer"),
    [
        ({"tag": "div", "text": {"tag": "plain_text", "content": "div 文本 🔔"}}, "/body/elements/0/icon"),
        ({"tag": "person_list", "persons": [{"id": "ou_1"}]}, "/body/elements/0/icon"),
    ],
    ids=["div", "person_list"],
)
def test_div_and_person_list_icons_are_drawn(draw: Draw, element: dict[str, Any], icon_pointer: str) -> None:
    element = {**element, "icon": {"tag": "standard_icon", "token": "bell_outlined", "color": "orange"}}
    drawn = draw(v2(element))
    mark = drawn.at(icon_pointer).rect
    whole = drawn.at("/body/elements/0").rect
    assert mark.left() == whole.left() and mark.width() == 16
    assert ink_of(drawn, mark, COLOR_ENUM["orange"][0]) > 10


def test_link_icon_is_drawn_before_the_link(draw: Draw) -> None:
    blocks = parse_markdown("<link icon='chat_outlined' url='https://a.cn'>链接</link>", dialect="markdown")
    runs = blocks[0].inlines  # type: ignore[union-attr]
    assert (runs[0].kind, runs[0].key) == ("icon", "chat_outlined")
    with_icon = draw(v2(md("<link icon='chat_outlined' url='https://a.cn'>链接 link</link>")))
    without = draw(v2(md("<link url='https://a.cn'>链接 link</link>")))

    def last_inked_column(drawn: Drawn) -> int:
        rect = drawn.at("/body/elements/0").rect
        columns = range(int(rect.left()), int(rect.right()))
        rows = range(int(rect.top()), int(rect.bottom()))
        return max(x for x in columns if any(close(drawn.pixel(x, y), LIGHT.link, 40) for y in rows))

    # the icon (16 px and a thin space) comes first: the link text ends that much further right
    assert last_inked_column(with_icon) >= last_inked_column(without) + 16
    assert with_icon.at("/body/elements/0").text == without.at("/body/elements/0").text


@pytest.mark.parametrize(
    ("rule", "platform", "shown"),
    [("always", "desktop", True), ("on_hover", "desktop", False), ("on_hover", "mobile", True)],
)
def test_checker_button_area(draw: Draw, rule: str, platform: str, shown: bool) -> None:
    buttons = [
        {"tag": "button", "type": "text", "icon": {"tag": "standard_icon", "token": "edit_outlined"}},
        {"tag": "button", "type": "text", "text": {"tag": "plain_text", "content": "删除"}},
    ]
    checker = {
        "tag": "checker",
        "text": {"tag": "plain_text", "content": "任务 task ✅"},
        "button_area": {"pc_display_rule": rule, "buttons": buttons},
    }
    drawn = draw(v2(checker), platform=platform)
    pointers = [e.pointer for e in drawn.elements]
    assert ("/body/elements/0/button_area/buttons/1" in pointers) is shown
    if shown:
        row = drawn.at("/body/elements/0").rect
        first = drawn.at("/body/elements/0/button_area/buttons/0").rect
        second = drawn.at("/body/elements/0/button_area/buttons/1").rect
        assert first.right() < second.left() and abs(second.right() - row.right()) <= 1
        assert drawn.at("/body/elements/0/button_area/buttons/1").text == "删除"


def test_complete_icons_card(draw: Draw) -> None:
    """The complete card (tests/render/cards/icons_v2.json): every icon object is drawn, in its
    colour, in both themes, with no lint complaint about the colours."""
    icons = [
        ("/header/icon", None),
        ("/body/elements/0/icon", "red"),
        ("/body/elements/2/icon", "orange-500"),
        ("/body/elements/4/columns/0/elements/0/icon", None),
        ("/body/elements/4/columns/1/elements/0/icon", None),
        ("/body/elements/4/columns/2/elements/0/icon", "red-400"),
        ("/body/elements/5/button_area/buttons/0/icon", None),
        ("/body/elements/5/button_area/buttons/1/icon", "grey"),
    ]
    for theme in (LIGHT, DARK):
        drawn = draw(load_card("icons_v2"), theme=theme.name)
        assert not [d for d in drawn.doc.diagnostics if "colour" in d.message], drawn.doc.diagnostics
        for pointer, color in icons:
            rect = drawn.at(pointer).rect
            assert rect.width() in (14, 16), pointer
            if color:
                assert ink_of(drawn, rect, COLOR_ENUM[color][theme is DARK]) > 5, pointer
        person_icon = drawn.at("/body/elements/3/icon").rect
        assert ink_of(drawn, person_icon, "#b88ffe" if theme is DARK else "#7a35f0") > 5  # cus-icon
        assert drawn.at("/body/elements/4/columns/1/elements/0").text == ""


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_collapsible_panel_border_and_background_colours(draw: Draw, theme: Any) -> None:
    panel = {
        "tag": "collapsible_panel",
        "expanded": True,
        "background_color": "yellow-50",
        "border": {"color": "green-500", "corner_radius": "0px"},
        "header": {"title": {"tag": "plain_text", "content": "面板 panel"}},
        "elements": [md("body 内容")],
    }
    drawn = draw(v2(panel), theme=theme.name)
    rect = drawn.at("/body/elements/0").rect
    dark = theme is DARK
    assert close(drawn.pixel(rect.left() + 0.5, rect.center().y()), COLOR_ENUM["green-500"][dark], 40)
    assert close(drawn.pixel(rect.right() - 4, rect.bottom() - 4), COLOR_ENUM["yellow-50"][dark], 3)
