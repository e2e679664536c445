"""The preview reads the same component specs as lint, the outline and the palette
(designer/cards/specs.py): every component has a drawer, containers draw the children of the
member their spec names, and each component answers the click kind its spec gives."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from designer.cards import entry
from designer.cards.specs import CHILD_LISTS, SPECS, ComponentSpec
from designer.render.context import DRAWERS, LIST_FIELDS
from tests.helpers.render import Drawn

Draw = Callable[..., Drawn]

# Drawn by their holder, not on their own: a column by its column_set, a note's texts and icons
# by the note.
_DRAWN_BY_HOLDER = {spec.tag for spec in SPECS if spec.note_only or spec.only_in is not None}


def test_every_component_has_a_drawer() -> None:
    tags = {spec.tag for spec in SPECS}
    assert tags - _DRAWN_BY_HOLDER <= set(DRAWERS) <= tags


def test_list_fields_are_the_specs_lists() -> None:
    for spec in SPECS:
        expected = ((spec.children,) if spec.children else ()) + spec.data_lists
        assert LIST_FIELDS.get(spec.tag, ()) == expected


def _standing(element: dict[str, Any], version: str) -> tuple[dict[str, Any], str]:
    """A card holding ``element`` where it may stand, and the element's pointer."""
    if element["tag"] == "column":
        element = {"tag": "column_set", "columns": [element]}
        return _card([element], version), _base(version) + "/columns/0"
    return _card([element], version), _base(version)


def _card(elements: list[dict[str, Any]], version: str) -> dict[str, Any]:
    if version == "2.0":
        return {"schema": "2.0", "body": {"elements": elements}}
    return {"elements": elements}


def _base(version: str) -> str:
    return "/body/elements/0" if version == "2.0" else "/elements/0"


@pytest.mark.parametrize("tag", sorted(set(CHILD_LISTS) - {"note"}))
def test_containers_draw_the_children_their_spec_names(draw: Draw, tag: str) -> None:
    member = CHILD_LISTS[tag]
    child = {"tag": "button", "text": {"tag": "plain_text", "content": "Inner"}}
    if tag == "column_set":
        child = {"tag": "column", "elements": []}
    version = "1.0" if tag == "action" else "2.0"
    # a panel is drawn open so its children are drawn
    card, pointer = _standing({"tag": tag, member: [child], "expanded": True}, version)
    drawn = draw(card)
    assert drawn.at(f"{pointer}/{member}/0").tag == child["tag"]


def test_a_note_draws_the_items_of_its_spec_list(draw: Draw) -> None:
    note = {"tag": "note", "elements": [{"tag": "plain_text", "content": "Remark"}]}
    drawn = draw(_card([note], "1.0"))
    assert "Remark" in drawn.at("/elements/0").text


@pytest.mark.parametrize(
    "spec", [spec for spec in SPECS if spec.interaction and spec.catalog], ids=lambda spec: spec.tag
)
def test_each_component_answers_the_click_its_spec_names(draw: Draw, spec: ComponentSpec) -> None:
    version = "2.0" if "2.0" in spec.versions else "1.0"
    element = entry(spec.tag).snippet_for(version)
    card, pointer = _standing(element, version)
    drawn = draw(card)
    kinds = {
        node.interaction.kind
        for node, _rect in drawn.scene.nodes()
        if node.interaction is not None and node.interaction.pointer == pointer
    }
    assert kinds == {spec.interaction}
