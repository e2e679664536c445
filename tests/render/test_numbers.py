"""The renderer reads every number through cards/numbers.py: clamped, never inf or NaN (issue 9).

A card whose spacing, padding or margin was "nanpx", "infpx", "1e308px" or "1e400px" made the
layout throw (``math.ceil(inf)``) and the window crash; any number anywhere must draw.
"""

from __future__ import annotations

import copy
import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.cards import parse
from designer.cards.jsontext import join_pointer, split_pointer
from designer.cards.numbers import NUMBER_RANGES
from designer.render import RenderOptions
from designer.render.image import render_scene
from tests.helpers.render import CARDS, Drawn

NUMBERS = Path(__file__).parents[1] / "data" / "numbers"
REAL_CARDS = Path(__file__).parents[1] / "data" / "cards"
_NUMBER_KEYS = frozenset(key for _, key in NUMBER_RANGES)


def _numeric_fields(card: Any) -> list[str]:
    """Pointers of every member that holds a number (a known number field, a JSON number, a
    px value) and of every number field a component of the card could have."""
    found: list[str] = []
    stack: list[tuple[Any, str]] = [(card, "")]
    while stack:
        value, pointer = stack.pop()
        if isinstance(value, dict) and isinstance(value.get("tag"), str):
            # the number fields this component may have, present or not (a missing one is added)
            found += [
                join_pointer(pointer, key) for (tag, key) in NUMBER_RANGES if tag in (None, value["tag"])
            ]
        children = (
            value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
        )
        for key, child in children:
            child_pointer = join_pointer(pointer, key)
            if (
                key in _NUMBER_KEYS
                or (isinstance(child, int | float) and not isinstance(child, bool))
                or (isinstance(child, str) and child.endswith("px"))
            ):
                found.append(child_pointer)
            if isinstance(child, dict | list):
                stack.append((child, child_pointer))
    return sorted(set(found))


def _put(card: Any, pointer: str, value: Any) -> None:
    *parents, last = split_pointer(pointer)
    holder = card
    for token in parents:
        holder = holder[int(token)] if isinstance(holder, list) else holder[token]
    if isinstance(holder, list):
        holder[int(last)] = value
    else:
        holder[last] = value


_SOURCES = [
    CARDS / "all_components.json",
    CARDS / "all_components_v2.json",
    *sorted(REAL_CARDS.glob("*.json")),
]
_CARDS = [(path.stem, json.loads(path.read_text(encoding="utf-8"))) for path in _SOURCES]
_FIELDS = [(name, card, pointer) for name, card in _CARDS for pointer in _numeric_fields(card)]

_NASTY_NUMBERS = st.sampled_from(
    [
        math.inf,
        -math.inf,
        math.nan,
        1e308,
        -1e308,
        3e9,
        10**400,
        -(10**400),
        0,
        -1,
        "nanpx",
        "infpx",
        "-infpx",
        "1e308px",
        "1e400px",
        "3e9px",
        "Infinity",
        "1e308px 1e308px",
        "-1e308px nanpx 4px infpx",
        "medium",
        "50%",
    ]
)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)


def test_every_real_card_has_number_fields_to_vary() -> None:
    assert len(_FIELDS) > 100  # the property below has material to work on
    assert {"margin", "padding", "vertical_spacing", "weight"} <= {
        p.rsplit("/", 1)[-1] for _, _, p in _FIELDS
    }


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(field=st.sampled_from(_FIELDS), value=_NASTY_NUMBERS | _JSON, mobile=st.booleans())
def test_any_value_in_any_number_field_renders(
    qapp: Any, field: tuple[str, dict[str, Any], str], value: Any, mobile: bool
) -> None:
    _, original, pointer = field
    card = copy.deepcopy(original)
    doc = parse(json.dumps(card, ensure_ascii=False))
    # Put the value into the parsed card, as the parser would hand over 1e400 (a float inf).
    _put(doc.data, pointer, value)
    image, scene = render_scene(doc, RenderOptions(platform="mobile" if mobile else "pc"))
    assert not image.isNull()
    assert math.isfinite(scene.width) and math.isfinite(scene.height)
    for element in scene.drawn_elements():
        rect = element.rect
        assert all(math.isfinite(v) for v in (rect.x(), rect.y(), rect.width(), rect.height())), element


@pytest.mark.parametrize("path", sorted(NUMBERS.glob("*.json")), ids=lambda p: p.stem)
def test_the_issue_cards_draw_with_clamped_sizes(draw: Any, path: Path) -> None:
    drawn: Drawn = draw(path.read_text(encoding="utf-8"))
    text = drawn.at("/body/elements/0")
    frame_height = drawn.scene.height
    if path.stem == "1e308px":
        # padding 99 px (0..99) and margin 99 px (-99..99) on every side: a big, finite card
        assert 2 * 99 + 2 * 99 <= frame_height < 1000
        assert text.rect.left() >= 99  # the element (its margin box) starts inside the 99 px padding
    else:
        # not a number: ignored, the default padding and no margin
        assert frame_height < 200 and text.rect.left() < 60


@pytest.mark.parametrize("path", sorted(NUMBERS.glob("*.json")), ids=lambda p: p.stem)
def test_render_command_draws_the_issue_cards(tmp_path: Path, path: Path) -> None:
    out = tmp_path / "card.png"
    result = subprocess.run(
        [sys.executable, "-m", "designer", "render", str(path), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert out.stat().st_size > 0


@pytest.mark.parametrize("color", ["rgba(1e400,0,0,1)", "rgb(inf,0,0)", "rgba(0,0,0,nan)"])
def test_a_colour_with_an_infinite_part_is_ignored(draw: Any, color: str) -> None:
    card = {
        "schema": "2.0",
        "config": {"style": {"color": {"c1": {"light_mode": color, "dark_mode": color}}}},
        "body": {
            "elements": [
                {"tag": "markdown", "content": f"<font color='{color}'>red 🔴</font>"},
                {"tag": "markdown", "content": "own", "text_color": "c1"},
            ]
        },
    }
    drawn = draw(card)
    # Drawn as text (in the text colour), not as an "unsupported" box or a traceback.
    assert [drawn.at(f"/body/elements/{i}").tag for i in (0, 1)] == ["markdown", "markdown"]
    assert "unsupported" not in drawn.tags()


@pytest.mark.parametrize(("max_length", "allowed"), [(10**400, 1000), (5000, 1000), (12, 12)])
def test_the_input_editor_takes_max_length_within_feishus_range(
    qtbot: Any, max_length: int, allowed: int
) -> None:
    from PySide6.QtWidgets import QLineEdit

    from designer.render import CardView

    view = CardView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    card = {"schema": "2.0", "body": {"elements": [{"tag": "input", "max_length": max_length}]}}
    view.set_document(parse(json.dumps(card)))
    view.click_element("/body/elements/0")  # as a click on the field: the editor opens
    editor = view.active_popup()
    assert isinstance(editor, QLineEdit) and editor.maxLength() == allowed


@pytest.mark.parametrize(
    ("value", "shown"), [(10**400, "a 401-digit number"), (-(10**400), "a 401-digit number")]
)
def test_a_chart_value_too_large_for_a_float_is_named_in_the_chart_box(
    draw: Any, value: int, shown: str
) -> None:
    spec = {
        "type": "bar",
        "data": {"values": [{"x": "a", "y": 1}, {"x": "b", "y": value}]},
        "xField": "x",
        "yField": "y",
    }
    drawn: Drawn = draw({"schema": "2.0", "body": {"elements": [{"tag": "chart", "chart_spec": spec}]}})
    box = drawn.at("/body/elements/0")
    assert box.tag == "unsupported" and "too large to draw" in box.text and shown in box.text
