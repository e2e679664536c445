"""The ``audio`` component (JSON 2.0): a player drawn from the audio page's fields, not a box.

Checked on the node's record of where it put the button, the bar and the times, and on pixels.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF

from designer.render.components.audio import AudioNode
from designer.render.theme import LIGHT
from tests.helpers.render import Drawn, close

Draw = Callable[..., Drawn]
POINTER = "/body/elements/0"
REAL = Path(__file__).parents[1] / "data" / "cards" / "v2-audio.json"


def card(**fields: Any) -> dict[str, Any]:
    element = {"tag": "audio", "file_key": "file_v3_x", **fields}
    return {"schema": "2.0", "body": {"elements": [element]}}


def player(drawn: Drawn) -> AudioNode:
    nodes = [node for node, _rect in drawn.scene.nodes() if isinstance(node, AudioNode)]
    assert len(nodes) == 1, drawn.tags()
    return nodes[0]


def at(drawn: Drawn, point: QPointF) -> Any:
    base = drawn.at(POINTER).rect.topLeft()
    return drawn.pixel(base.x() + point.x(), base.y() + point.y())


def test_default_player_button_bar_and_total(draw: Draw) -> None:
    drawn = draw(card())
    element = drawn.at(POINTER)
    assert element.tag == "audio"
    node = player(drawn)
    assert node.w == 300 and node.h == 12 + 24 + 12  # default width; padding 12px around a 24 px row
    assert node.button.left() == 12 and node.button.width() == 24
    assert node.bar is not None and node.bar.left() > node.button.right()
    assert [text for text, _ in node.times] == ["--:--"]  # default: one time, after the bar
    assert node.times[0][1].left() > node.bar.right()
    # normal style: the button's round base in fill_color (grey-800: the text colour), on light grey
    edge = QPointF(node.button.left() + 3, node.button.center().y())
    assert close(at(drawn, edge), LIGHT.text, 12)
    assert close(at(drawn, QPointF(node.w - 4, node.h / 2)), LIGHT.placeholder_background, 3)


@pytest.mark.parametrize(("width", "expected"), [("fill", None), ("120px", 120.0), ("50px", 100.0)])
def test_width(draw: Draw, width: str, expected: float | None) -> None:
    node = player(draw(card(width=width)))
    default = player(draw(card(), width_px=800))
    assert default.w == 300
    if expected is None:  # fill: the card's whole content width
        assert node.w > 300
    else:
        assert node.w == expected


def test_time_positions_and_display(draw: Draw) -> None:
    start = player(draw(card(time_position="start")))
    assert start.bar is not None and start.times[0][1].right() < start.bar.left()
    sides = player(draw(card(time_position="both_sides")))
    assert sides.bar is not None
    (played, before), (total, after) = sides.times
    assert (played, total) == ("00:00", "--:--")
    assert before.right() < sides.bar.left() < sides.bar.right() < after.left()
    both = player(draw(card(time_display="both")))
    assert [text for text, _ in both.times] == ["00:00 / --:--"]


def test_hidden_bar_and_time(draw: Draw) -> None:
    node = player(draw(card(show_progress_bar=False, show_time=False)))
    assert node.bar is None and node.times == []
    assert node.text == ""


def test_colours_border_and_styles(draw: Draw) -> None:
    drawn = draw(card(fill_color="blue", border={"color": "red", "corner_radius": "4px"}))
    node = player(drawn)
    edge = QPointF(node.button.left() + 3, node.button.center().y())
    assert close(at(drawn, edge), LIGHT.font_colors["blue"], 12)
    assert close(at(drawn, QPointF(node.w / 2, 0.5)), LIGHT.font_colors["red"], 40)
    flat = draw(card(style="flat"))
    flat_node = player(flat)
    # flat: no round base, the triangle alone on the player's background
    assert close(
        at(flat, QPointF(flat_node.button.left() + 2, flat_node.button.top() + 4)),
        LIGHT.placeholder_background,
        3,
    )


def test_disabled_player_is_faded(draw: Draw) -> None:
    drawn = draw(card(disabled=True))
    node = player(drawn)
    edge = at(drawn, QPointF(node.button.left() + 3, node.button.center().y()))
    assert edge.lightness() > 120  # the dark button shows at 40 %: a light grey


def test_every_audio_of_the_documented_card_is_a_player(draw: Draw) -> None:
    drawn = draw(json.loads(REAL.read_text(encoding="utf-8")))
    audios = [
        e
        for e in drawn.elements
        if e.pointer and e.pointer.count("/") == 3 and e.tag in ("audio", "unsupported")
    ]
    assert audios and {e.tag for e in audios} == {"audio"}
