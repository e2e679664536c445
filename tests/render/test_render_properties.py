"""Property-based: any JSON value drawn as a card (as ``card-designer render`` does) draws
without raising, in bounded time and size. Derandomised, a few seconds."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.cards import parse
from designer.cards.catalog import CATALOG
from designer.cards.sizes import MAX_CANVAS_HEIGHT, MAX_IMAGE_PIXELS
from designer.render import RenderOptions
from designer.render.image import render_scene


def _vocabulary() -> tuple[list[str], list[Any]]:
    """Every key and every scalar the catalog's snippets use: random cards built from them
    reach the components' drawing code, not just "unknown tag"."""
    keys: set[str] = set()
    scalars: list[Any] = []
    stack: list[Any] = [entry.snippet_for(v) for entry in CATALOG for v in sorted(entry.schema_versions)]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            keys.update(value)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif value not in scalars:
            scalars.append(value)
    return sorted(keys), scalars


KEYS, SCALARS = _vocabulary()
SNIPPETS = [entry.snippet_for(v) for entry in CATALOG for v in sorted(entry.schema_versions)]

_scalar = (
    st.sampled_from(SCALARS)
    | st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["2.0", "lark_md", "plain_text", "markdown", "**b** <at id=all></at>", "😀\n中文"])
)
_values = st.recursive(
    _scalar,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=4), children, max_size=5)
        | st.sampled_from(SNIPPETS)
    ),
    max_leaves=30,
)


@st.composite
def cards(draw: st.DrawFn) -> Any:
    """Mostly card-shaped objects (schema, header, elements or body) of random components."""
    elements = draw(st.lists(st.sampled_from(SNIPPETS) | _values, max_size=5))
    shape = draw(st.sampled_from(["v1", "v2", "any"]))
    if shape == "any":
        return draw(_values)
    card: dict[str, Any] = {"header": draw(_values)} if draw(st.booleans()) else {}
    if shape == "v2":
        card.update({"schema": "2.0", "body": {"elements": elements}})
    else:
        card["elements"] = elements
    card.update(draw(st.dictionaries(st.sampled_from(KEYS), _values, max_size=2)))
    return card


@settings(max_examples=120, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(cards(), st.sampled_from(["light", "dark"]), st.sampled_from(["desktop", "mobile"]))
def test_any_json_value_draws_as_a_card(qapp: Any, card: Any, theme: Any, platform: Any) -> None:
    doc = parse(json.dumps(card, ensure_ascii=False))
    image, scene = render_scene(doc, RenderOptions(theme=theme, platform=platform))
    assert not image.isNull()
    assert image.height() <= MAX_CANVAS_HEIGHT and image.width() * image.height() <= MAX_IMAGE_PIXELS
    scene.drawn_elements()  # what was drawn where can be asked of any card
