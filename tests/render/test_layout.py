"""Card widths, platforms, themes, languages, the badge, fonts and cards that cannot be drawn."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter

from designer.cards import parse
from designer.render import THEMES, RenderOptions, card_languages, render_image
from designer.render.text import card_font
from designer.render.theme import DARK, LIGHT, font_color
from tests.helpers.render import Drawn, close, load_card

Draw = Callable[..., Drawn]


def pt(text: str) -> dict[str, str]:
    return {"tag": "plain_text", "content": text}


def card_with(width_mode: str | None = None) -> dict[str, Any]:
    card: dict[str, Any] = {"elements": [{"tag": "div", "text": pt("x")}]}
    if width_mode:
        card["config"] = {"width_mode": width_mode}
    return card


@pytest.mark.parametrize(
    ("width_mode", "option", "width_px", "expected"),
    [
        (None, "auto", None, 600),
        ("compact", "auto", None, 400),
        ("fill", "auto", None, 800 - 32),
        ("fill", "auto", 1000, 1000 - 32),
        (None, "compact", None, 400),
        ("compact", "default", None, 600),
        (None, "fill", 700, 700 - 32),
        (None, 480, None, 480),
    ],
)
def test_desktop_widths(
    draw: Draw, width_mode: str | None, option: Any, width_px: int | None, expected: int
) -> None:
    drawn = draw(card_with(width_mode), width=option, width_px=width_px)
    assert drawn.at("").rect.width() == expected
    assert drawn.image.width() == max(expected + 32, width_px or 0)


@pytest.mark.parametrize("width_mode", [None, "compact", "fill"])
def test_mobile_is_a_phone(draw: Draw, width_mode: str | None) -> None:
    drawn = draw(card_with(width_mode), platform="mobile")
    assert drawn.image.width() == 375
    assert drawn.at("").rect.width() == 375 - 24


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_theme_backdrop_and_surface(draw: Draw, theme: Any) -> None:
    drawn = draw(card_with(), theme=theme.name)
    card = drawn.at("").rect
    assert close(drawn.pixel(3, 3), theme.backdrop, 1)
    assert close(drawn.pixel(card.right() - 10, card.bottom() - 6), theme.surface, 1)
    assert close(drawn.pixel(card.center().x(), card.top()), theme.border, 40)


@pytest.mark.parametrize(("language", "text"), [("en_us", "Only visible to you"), ("zh_cn", "仅对你可见")])
def test_badge(draw: Draw, language: str, text: str) -> None:
    drawn = draw(card_with(), badge_language=language)
    badge = drawn.scene.badge
    assert badge is not None and badge.text == text
    card = drawn.at("").rect
    assert badge.y >= card.bottom()
    rect = QRectF(badge.x, badge.y, 200, badge.h)
    assert drawn.ink(rect, LIGHT.backdrop) > 20
    without = draw(card_with(), badge=False)
    assert without.scene.badge is None and without.image.height() < drawn.image.height()


@pytest.mark.parametrize(
    ("window", "card_language", "text"),
    [
        ("zh_CN", None, "仅对你可见"),  # a Chinese window: the badge as a Chinese client shows it
        ("en_US", None, "Only visible to you"),
        ("en_US", "zh_cn", "仅对你可见"),  # the card language the person chose wins
        ("zh_CN", "en_us", "Only visible to you"),
    ],
)
def test_badge_follows_window_unless_a_card_language_is_chosen(
    draw: Draw, window: str, card_language: str | None, text: str
) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(window))
    try:
        drawn = draw(card_with(), language=card_language)
    finally:
        QLocale.setDefault(before)
    assert drawn.scene.badge is not None and drawn.scene.badge.text == text


def test_card_level_i18n(draw: Draw) -> None:
    card = {
        "i18n_header": {"en_us": {"title": pt("Hello")}, "ja_jp": {"title": pt("こんにちは")}},
        "i18n_elements": {
            "en_us": [{"tag": "div", "text": pt("english")}],
            "ja_jp": [{"tag": "div", "text": pt("日本語")}],
        },
    }
    assert card_languages(card) == ["en_us", "ja_jp"]
    default = draw(card)  # no zh_cn: the first language the card has
    assert default.at("/i18n_elements/en_us/0").text == "english"
    assert default.at("/i18n_header/en_us/title").text == "Hello"
    japanese = draw(card, language="ja_jp")
    assert japanese.at("/i18n_elements/ja_jp/0").text == "日本語"


def test_element_level_i18n_and_v2_i18n_content(draw: Draw) -> None:
    card = {
        "schema": "2.0",
        "header": {
            "title": {
                "tag": "plain_text",
                "content": "fallback",
                "i18n_content": {"zh_cn": "标题", "en_us": "Title"},
            }
        },
        "body": {
            "elements": [
                {
                    "tag": "markdown",
                    "content": "x",
                    "i18n_content": {"zh_cn": "**中文**", "en_us": "**English**"},
                }
            ]
        },
    }
    assert card_languages(card) == ["zh_cn", "en_us"]
    assert draw(card).at("/body/elements/0").text == "中文"
    english = draw(card, language="en_us")
    assert english.at("/body/elements/0").text == "English"
    assert english.at("/header/title").text == "Title"


@pytest.mark.parametrize(("requested", "expected"), [(None, "zh_cn"), ("en_us", "en_us"), ("fr_fr", "zh_cn")])
def test_language_fallback(requested: str | None, expected: str) -> None:
    from designer.render.scene import choose_language

    card = {"i18n_elements": {"en_us": [], "zh_cn": []}}
    assert choose_language(card, requested) == expected
    assert (
        choose_language({"i18n_elements": {"ja_jp": []}}, requested if requested != "en_us" else None)
        == "ja_jp"
    )
    assert choose_language({}, "en_us") == "en_us"


def test_locales_limit_languages() -> None:
    card = {
        "schema": "2.0",
        "config": {"locales": ["en_us"]},
        "header": {"title": {"tag": "plain_text", "i18n_content": {"zh_cn": "a", "en_us": "b"}}},
    }
    assert card_languages(card) == ["en_us"]


def test_cjk_text_uses_a_real_cjk_font(qapp: Any) -> None:
    font = card_font(14)
    metrics = QFontMetricsF(font)
    assert metrics.inFontUcs4(ord("飞")), "no CJK font: install fonts-noto-cjk (as .ci/run does)"
    # The glyph's ink differs from the "missing glyph" box of a private-use code point.
    glyphs = []
    for char in ("飞", "\ue000"):
        image = QImage(40, 40, QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.setFont(font)
        painter.drawText(8, 28, char)
        painter.end()
        glyphs.append([image.pixel(x, y) for y in range(40) for x in range(40)])
    assert glyphs[0] != glyphs[1]
    assert sum(1 for p in glyphs[0] if p != 0xFFFFFFFF) > 20


def test_cjk_and_latin_share_one_line(draw: Draw) -> None:
    drawn = draw({"elements": [{"tag": "div", "text": pt("飞书 Feishu 卡片")}]})
    assert drawn.at("/elements/0").rect.height() < 30  # one line, not tofu-wrapped


def test_ephemeral_request_body_is_drawn_from_its_card(draw: Draw) -> None:
    drawn = draw(load_card("ephemeral_example"))
    assert drawn.at("/card").tag == "card"
    pickers = [e for e in drawn.elements if e.tag in ("date_picker", "picker_time", "picker_datetime")]
    assert [p.text for p in pickers] == [
        "请选择日期(配有confirm)",
        "2002-2-22",
        "请选择日期(配有confirm)",
        "19:09",
        "请选择日期(配有confirm)",
        "2002-2-22 18:00",
    ]
    assert drawn.at("/card/elements/0/fields/0").text == "组件模块:\noverflow & datePicker"


@pytest.mark.parametrize(
    ("text", "message"), [("{not json", "the JSON is not valid"), ("[1, 2]", "it is not a JSON object")]
)
def test_unreadable_card_says_why(draw: Draw, text: str, message: str) -> None:
    drawn = draw(text)
    assert drawn.scene.message is not None and message in drawn.scene.message.text
    assert drawn.image.width() > 100


def test_empty_card_draws_an_empty_frame(draw: Draw) -> None:
    drawn = draw({})
    assert drawn.at("").rect.height() == 2 * LIGHT.metrics.body_padding_v
    assert [e.tag for e in drawn.elements] == ["card"]


def test_render_image_scale_and_zoom(qapp: Any) -> None:
    doc = parse(load_card("ephemeral_example"))
    one = render_image(doc, RenderOptions())
    two = render_image(doc, RenderOptions(), scale=2)
    zoomed = render_image(doc, RenderOptions(zoom=1.5))
    assert (two.width(), two.height()) == (one.width() * 2, one.height() * 2)
    assert abs(zoomed.width() - one.width() * 1.5) <= 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("red", "#c02a26"),  # the colour table: red is red-600
        ("grey", "#646a73"),
        ("green", "#1a7526"),
        ("#123456", "#123456"),
        ("rgba(255,0,0,0.5)", "#80ff0000"),
        ("nonsense", None),
        ("", None),
    ],
)
def test_font_colors(value: str, expected: str | None) -> None:
    assert font_color(THEMES["light"], value) == expected


def test_every_theme_defines_every_button_and_tag() -> None:
    for theme in THEMES.values():
        assert set(theme.buttons) == set(LIGHT.buttons)
        assert set(theme.headers) == set(LIGHT.headers)
        assert set(theme.tags) == set(LIGHT.tags)


def test_fonts_are_pixel_sized() -> None:
    assert QFont(card_font(14)).pixelSize() == 14


def test_drawing_fetches_nothing_from_the_network(draw: Draw, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("the preview must not touch the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    card = {
        "header": {"title": pt("t"), "icon": {"tag": "custom_icon", "img_key": "https://example.com/i.png"}},
        "elements": [
            {"tag": "img", "img_key": "https://example.com/a.png", "alt": pt("remote")},
            {"tag": "markdown", "content": "![x](https://example.com/b.png) [link](https://example.com)"},
        ],
    }
    drawn = draw(card)
    assert attempts == []
    assert drawn.at("/elements/0").text == "remote"  # a placeholder, not a download


def test_the_renderer_does_not_load_qt_networking(tmp_path: Any) -> None:
    """Qt's own sockets bypass Python's: prove the renderer never even loads QtNetwork."""
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtGui import QGuiApplication; app = QGuiApplication([])\n"
        "from designer.cards import parse; from designer.render import RenderOptions, render_image\n"
        'render_image(parse(\'{"elements": [{"tag": "img", "img_key": "https://e.com/a.png"}]}\'), RenderOptions())\n'
        "print('PySide6.QtNetwork' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_many_qt_calls_do_not_exhaust_none(tmp_path: Any) -> None:
    """PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void Qt call, and the
    process aborts after some 10^4 calls; pyproject.toml keeps that release out. 200 000 such
    calls must not abort the process."""
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import designer.render\n"
        "from PySide6.QtGui import QGuiApplication, QImage, QPainter\n"
        "app = QGuiApplication([]); image = QImage(4, 4, QImage.Format.Format_ARGB32); p = QPainter(image)\n"
        "for _ in range(100_000):\n    p.save(); p.restore()\n"
        "p.end(); print('alive')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0 and result.stdout.strip() == "alive", result.stderr[-500:]
