"""The element catalog and insert planning."""

from __future__ import annotations

from pathlib import Path

import pytest

from designer.cards import CATALOG, entry, insert_element, parse, plan_insert
from designer.cards.catalog import CatalogEntry
from tests.helpers.cards import card_text

ICONS = Path(__file__).parents[2] / "resources" / "icons" / "elements"


def test_entries_are_complete_and_unique() -> None:
    tags = [item.tag for item in CATALOG]
    assert len(tags) == len(set(tags))
    for item in CATALOG:
        assert item.title and item.description and item.icon == f"{item.tag}.svg"
        assert item.schema_versions <= {"1.0", "2.0"} and item.schema_versions
        assert item.group in ("text", "layout", "interaction", "media", "form")
    assert entry("table").min_client == "7.4" and entry("markdown").min_client is None
    assert entry("note").schema_versions == {"1.0"}


def test_unknown_entry_names_the_tag() -> None:
    with pytest.raises(KeyError, match="buton"):
        entry("buton")


def test_snippets_are_fresh_copies() -> None:
    item: CatalogEntry = entry("button")
    first = item.snippet_for("1.0")
    first["text"]["content"] = "changed"
    assert item.snippet_for("1.0")["text"]["content"] == "Button"
    assert "behaviors" in item.snippet_for("2.0") and "behaviors" not in item.snippet_for("1.0")


V1 = {
    "elements": [
        {"tag": "markdown", "content": "a"},
        {"tag": "action", "actions": [{"tag": "button", "text": {"tag": "plain_text", "content": "b"}}]},
        {
            "tag": "column_set",
            "columns": [{"tag": "column", "elements": [{"tag": "markdown", "content": "c"}]}],
        },
        {
            "tag": "form",
            "name": "f",
            "elements": [
                {"tag": "input", "name": "i"},
                {
                    "tag": "button",
                    "name": "s",
                    "text": {"tag": "plain_text", "content": "s"},
                    "action_type": "form_submit",
                },
            ],
        },
        {"tag": "note", "elements": [{"tag": "plain_text", "content": "n"}]},
        {
            "tag": "div",
            "text": {"tag": "plain_text", "content": "d"},
            "extra": {"tag": "img", "img_key": "k"},
        },
    ]
}


@pytest.mark.parametrize(
    ("tag", "anchor", "ok", "array", "index", "wrap"),
    [
        ("markdown", None, True, "/elements", 6, False),
        ("markdown", "/elements/0", True, "/elements", 1, False),
        ("markdown", "/elements/0/content", True, "/elements", 1, False),
        ("button", None, True, "/elements", 6, True),
        ("button", "/elements/1", True, "/elements/1/actions", 1, False),
        ("button", "/elements/1/actions/0/text", True, "/elements/1/actions", 1, False),
        ("markdown", "/elements/1/actions/0", False, "/elements/1/actions", 1, False),
        ("markdown", "/elements/2/columns/0", True, "/elements/2/columns/0/elements", 1, False),
        ("button", "/elements/2/columns/0/elements/0", True, "/elements/2/columns/0/elements", 1, True),
        ("column", "/elements/2", True, "/elements/2/columns", 1, False),
        ("column", None, False, "/elements", 6, False),
        ("form", "/elements/3", False, "/elements/3/elements", 2, False),
        ("button", "/elements/3", True, "/elements/3/elements", 2, False),
        ("markdown", "/elements/4/elements/0", False, "/elements/4/elements", 1, False),
        ("hr", "/elements/5/extra", True, "/elements", 6, False),
    ],
)
def test_plan_insert_v1(tag: str, anchor: str | None, ok: bool, array: str, index: int, wrap: bool) -> None:
    plan = plan_insert(parse(card_text(V1)), tag, anchor)
    assert plan.ok is ok, plan.message
    assert (plan.array_pointer, plan.index, plan.wrap_in_action) == (array, index, wrap)
    assert plan.message


def test_plan_insert_v2_refuses_note_and_action_and_keeps_buttons_alone() -> None:
    doc = parse(card_text({"schema": "2.0", "body": {"elements": []}}))
    assert not plan_insert(doc, "note", None).ok
    assert "JSON 2.0" in plan_insert(doc, "action", None).message
    plan = plan_insert(doc, "button", None)
    assert plan.ok and not plan.wrap_in_action and plan.array_pointer == "/body/elements"


def test_plan_insert_refusals_say_why() -> None:
    assert "fix the JSON" in plan_insert(parse("{"), "markdown", None).message
    template = parse(card_text({"type": "template", "data": {"template_id": "x"}}))
    assert "template" in plan_insert(template, "markdown", None).message
    assert not plan_insert(parse("{}"), "nope", None).ok


@pytest.mark.parametrize("text", ["", "  \n"])
def test_blank_text_gets_a_whole_card(text: str) -> None:
    doc = parse(text)
    plan = plan_insert(doc, "button", None)
    assert plan.ok and plan.wrap_in_action
    new = parse(insert_element(doc, plan, entry("button").snippet_for("1.0")).apply(text))
    assert not new.errors and new.card is not None
    assert new.card["elements"][0]["actions"][0]["tag"] == "button"


@pytest.mark.parametrize("item", CATALOG, ids=lambda item: item.tag)
def test_every_entry_inserts_into_a_card_of_each_version(item: CatalogEntry) -> None:
    # The 2.0 card is not forwardable, as a card holding an audio must be (test_audio.py checks
    # that inserting one into a forwardable card says so).
    v2 = {"schema": "2.0", "config": {"enable_forward": False}, "body": {"elements": [{"tag": "hr"}]}}
    for version, card in (("1.0", V1), ("2.0", v2)):
        if version not in item.schema_versions:
            assert not plan_insert(parse(card_text(card)), item.tag, None).ok
            continue
        doc = parse(card_text(card))
        anchor = "/elements/2" if item.tag == "column" and version == "1.0" else None
        if item.tag == "column" and version == "2.0":
            continue  # a 2.0 body here has no column_set to put it in; the 1.0 case covers it
        plan = plan_insert(doc, item.tag, anchor)
        assert plan.ok, plan.message
        new = parse(insert_element(doc, plan, item.snippet_for(version)).apply(doc.text))
        assert not new.errors, [d.format() for d in new.errors]


def test_every_entry_has_its_icon_file() -> None:
    missing = [item.icon for item in CATALOG if not (ICONS / item.icon).is_file()]
    assert not missing, f"no icon under {ICONS} for {missing}"


@pytest.mark.parametrize(
    ("card", "why"),
    [
        ({"elements": 5}, "/elements is not an array"),
        ({"schema": "2.0", "body": 5}, "/body is not an object"),
        (
            {"elements": [{"tag": "form", "name": "f", "elements": "x"}]},
            "/elements/0/elements is not an array",
        ),
    ],
)
def test_plan_refuses_where_the_json_is_mid_edit(card: dict[str, object], why: str) -> None:
    doc = parse(card_text(card))
    anchor = "/elements/0" if "form" in card_text(card) else None
    plan = plan_insert(doc, "markdown", anchor)
    assert not plan.ok and why in plan.message
