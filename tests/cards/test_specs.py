"""One spec per tag (designer/cards/specs.py): every tag of the models has one, and every table
derived from the specs agrees with them and with the models, so a component cannot be
half-added (a tag with a model but no spec, a child list the model does not have, a palette
entry without an icon, a value field the component does not know)."""

from __future__ import annotations

import re
import typing
from pathlib import Path
from typing import Any

import pytest

from designer.cards import CATALOG, entry
from designer.cards.catalog import _INSIDE
from designer.cards.lint import _NESTING_TAGS, _PICKER_CHECKS, _PICKER_VALUES
from designer.cards.models import COMPONENT_TAGS, CardModel, Element, annotation_of
from designer.cards.placement import _HOLDS_ONLY, misplacement
from designer.cards.schema import _field_annotations
from designer.cards.specs import (
    ACTION_TAGS,
    BY_TAG,
    CHILD_LISTS,
    FORM_FIELD_TAGS,
    MIN_CLIENT,
    NOTE_TAGS,
    SPECS,
    VALUE_FIELDS,
    Holds,
    InteractionKind,
    holds_only,
)
from designer.cards.tree import walk_elements

ROOT = Path(__file__).resolve().parents[2]


def _models() -> dict[str, type[CardModel]]:
    """tag -> the model of that component (from the ``Element`` union)."""
    found: dict[str, type[CardModel]] = {}
    for model in typing.get_args(typing.get_args(Element)[0]):
        for tag in typing.get_args(annotation_of(model, "tag")):
            found[tag] = model
    return found


MODELS = _models()


def _is_list_field(model: type[CardModel], name: str) -> bool:
    annotation = annotation_of(model, name)  # resolves 'list[Element]'
    return any(typing.get_origin(arm) is list for arm in (annotation, *typing.get_args(annotation)))


def test_every_model_tag_has_exactly_one_spec() -> None:
    assert len({spec.tag for spec in SPECS}) == len(SPECS), "a tag has two specs"
    assert set(BY_TAG) == set(COMPONENT_TAGS) == set(MODELS)


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.tag)
def test_each_spec_agrees_with_its_model(spec: Any) -> None:
    model = MODELS[spec.tag]
    fields = _field_annotations(model)
    if spec.children is not None:
        assert spec.children in fields and _is_list_field(model, spec.children)
    for member in spec.data_lists:
        assert member in fields and _is_list_field(model, member)
    if spec.single_child is not None:
        assert spec.single_child in fields
    if spec.value_field is not None:
        assert spec.value_field in fields and spec.interaction is not None
    assert spec.versions and spec.versions <= {"1.0", "2.0"}
    if spec.versions != {"1.0", "2.0"} and "2.0" not in spec.versions:
        assert spec.removed_hint, "say what to use instead in JSON 2.0"
    for named in (spec.v1_never, spec.v2_never, spec.v1_only or frozenset()):
        assert named <= COMPONENT_TAGS
    if spec.v1_never or spec.v2_never or spec.v1_only or spec.takes_inserts or spec.nesting:
        assert spec.children is not None, "only a container holds components"
    if spec.only_in is not None:
        assert spec.only_in in CHILD_LISTS
    if spec.min_client is not None:
        assert re.fullmatch(r"\d+\.\d+", spec.min_client)
    assert not (spec.note_only and spec.catalog is not None), "a note's part is not in the palette"


def test_derived_tables_agree_with_the_specs() -> None:
    assert dict(CHILD_LISTS) == {s.tag: s.children for s in SPECS if s.children}
    assert {s.tag for s in SPECS if s.action} == ACTION_TAGS
    assert {s.tag for s in SPECS if s.form_field} == FORM_FIELD_TAGS
    assert {s.tag for s in SPECS if s.in_note} == NOTE_TAGS
    assert dict(MIN_CLIENT) == {s.tag: s.min_client for s in SPECS if s.min_client}
    assert {s.tag for s in SPECS if s.nesting} == _NESTING_TAGS
    assert set(_INSIDE) == {s.tag for s in SPECS if s.takes_inserts}
    assert set(_HOLDS_ONLY) == set(Holds) - {Holds.ANY}
    # Each kind of input reads one field: the preview's form submission relies on it.
    for spec in SPECS:
        if spec.value_field is not None:
            assert VALUE_FIELDS[InteractionKind(str(spec.interaction))] == spec.value_field
    # Every picker lint checks says how its value is written.
    for tag in _PICKER_VALUES:
        assert BY_TAG[tag].value_format and BY_TAG[tag].interaction in _PICKER_CHECKS
    assert {spec.interaction for spec in SPECS if spec.value_format} == set(_PICKER_CHECKS)
    # A container's short list names only specs that may stand in it.
    for spec in SPECS:
        only = holds_only(spec.tag)
        assert (only is None) == (spec.holds is Holds.ANY)
        for tag in only or ():
            assert misplacement(tag, (spec.tag,), "1.0") is None


def test_the_catalog_is_the_specs_entries() -> None:
    assert [item.tag for item in CATALOG] == [s.tag for s in SPECS if s.catalog is not None]
    for spec in SPECS:
        if spec.catalog is None:
            continue
        item = entry(spec.tag)
        assert (item.title, item.group, item.schema_versions, item.min_client) == (
            spec.catalog.title,
            spec.catalog.group,
            spec.versions,
            spec.min_client,
        )
        assert (ROOT / "resources" / "icons" / "elements" / item.icon).is_file()
        for version in spec.versions:
            assert item.snippet_for(version)["tag"] == spec.tag


def test_the_walk_follows_every_child_list() -> None:
    """A card with one of each container, each holding a markdown: the walk meets every one."""
    elements = [
        {"tag": tag, member: [{"tag": "markdown", "content": tag}]} for tag, member in CHILD_LISTS.items()
    ]
    elements.append({"tag": "div", "extra": {"tag": "markdown", "content": "div"}})
    visits = list(walk_elements({"elements": elements}, ""))
    inner = {visit.ancestors[-1] for visit in visits if visit.ancestors}
    assert inner == set(CHILD_LISTS) | {"div"}


def test_the_client_version_table_in_the_docs_is_the_specs() -> None:
    """docs/feishu/card-limits.md lists the minimum clients: it must say what the specs say."""
    text = (ROOT / "docs" / "feishu" / "card-limits.md").read_text(encoding="utf-8")
    table = text.split("## Client versions", 1)[1]
    documented: dict[str, str] = {}
    for line in table.splitlines():
        match = re.fullmatch(r"\| (.+?) \| (\d+\.\d+) \|", line.strip())
        if match:
            for tag in re.findall(r"\b[a-z_]+\b", match.group(1).split("(")[0]):
                if tag in BY_TAG:
                    documented[tag] = match.group(2)
    assert documented == dict(MIN_CLIENT)
