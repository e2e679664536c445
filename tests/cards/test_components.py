"""Every component: a valid sample parses without errors; a broken one is reported at the
right line with the right pointer (and the expected rule)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from designer.cards import CATALOG, entry, parse
from designer.cards.models import COMPONENT_TAGS, CardV1, CardV2
from designer.cards.specs import ACTION_TAGS
from tests.helpers.cards import card_text, line_of, parse_card


def _card_with(element: dict[str, Any], version: str) -> tuple[dict[str, Any], str]:
    """A card holding ``element`` where Feishu accepts it, and the element's pointer."""
    if element["tag"] == "column":
        element = {"tag": "column_set", "columns": [element]}
        suffix = "/columns/0"
    elif element["tag"] in ACTION_TAGS and version == "1.0":
        element = {"tag": "action", "actions": [element]}
        suffix = "/actions/0"
    else:
        suffix = ""
    if version == "2.0":
        # not forwardable: a card holding an audio must say so (audio.md), the others do not mind
        config = {"enable_forward": False}
        return {
            "schema": "2.0",
            "config": config,
            "body": {"elements": [element]},
        }, "/body/elements/0" + suffix
    return {"elements": [element]}, "/elements/0" + suffix


def test_every_model_tag_has_a_catalog_entry_or_is_a_part() -> None:
    parts = {"plain_text", "lark_md", "standard_icon", "custom_icon"}
    assert {item.tag for item in CATALOG} | parts == set(COMPONENT_TAGS)


@pytest.mark.parametrize(
    ("tag", "version"),
    [(item.tag, version) for item in CATALOG for version in sorted(item.schema_versions)],
)
def test_valid_sample_parses_without_errors(tag: str, version: str) -> None:
    card, _ = _card_with(entry(tag).snippet_for(version), version)
    doc = parse_card(card)
    assert not doc.errors, [d.format() for d in doc.errors]
    assert isinstance(doc.model, CardV2 if version == "2.0" else CardV1)


# tag -> (field, broken value, rule): a value of the wrong type or outside the allowed set.
BROKEN: dict[str, tuple[str, Any, str]] = {
    "markdown": ("content", 12345, "wrong-type"),
    "div": ("text", 12345, "wrong-type"),
    "note": ("elements", 12345, "wrong-type"),
    "person": ("user_id", 12345, "wrong-type"),
    "person_list": ("persons", 12345, "wrong-type"),
    "table": ("page_size", "12345", "wrong-type"),
    "hr": ("margin", 12345, "wrong-type"),
    "audio": ("time_position", "middle", "invalid-value"),
    "column_set": ("flex_mode", "12345", "invalid-value"),
    "column": ("weight", "12345", "wrong-type"),
    "collapsible_panel": ("expanded", "12345", "wrong-type"),
    "interactive_container": ("has_border", "12345", "wrong-type"),
    "action": ("actions", 12345, "wrong-type"),
    "button": ("type", "12345", "invalid-value"),
    "overflow": ("options", 12345, "wrong-type"),
    "select_static": ("options", 12345, "wrong-type"),
    "multi_select_static": ("options", 12345, "wrong-type"),
    "select_person": ("placeholder", 12345, "wrong-type"),
    "multi_select_person": ("placeholder", 12345, "wrong-type"),
    "date_picker": ("initial_date", 12345, "wrong-type"),
    "picker_time": ("initial_time", 12345, "wrong-type"),
    "picker_datetime": ("initial_datetime", 12345, "wrong-type"),
    "checker": ("checked", "12345", "wrong-type"),
    "img": ("img_key", 12345, "wrong-type"),
    "img_combination": ("combination_mode", "12345", "invalid-value"),
    "chart": ("chart_spec", 12345, "wrong-type"),
    "select_img": ("options", 12345, "wrong-type"),
    "form": ("elements", 12345, "wrong-type"),
    "input": ("max_length", "12345", "wrong-type"),
}


def test_every_catalog_component_has_a_broken_sample() -> None:
    assert set(BROKEN) == {item.tag for item in CATALOG}


@pytest.mark.parametrize("tag", sorted(BROKEN))
def test_broken_sample_is_reported_at_its_line_and_pointer(tag: str) -> None:
    field, value, rule = BROKEN[tag]
    item = entry(tag)
    version = "1.0" if "1.0" in item.schema_versions else "2.0"
    element = copy.deepcopy(item.snippet_for(version))
    element[field] = value
    card, pointer = _card_with(element, version)
    text = card_text(card)
    doc = parse(text)
    needle = f'"{field}": {card_text(value)}'
    expected_pointer = f"{pointer}/{field}"
    found = [d for d in doc.errors if d.pointer == expected_pointer]
    assert found, [d.format() for d in doc.diagnostics]
    assert found[0].rule == rule
    assert found[0].line == line_of(text, needle)
    assert doc.model is None


@pytest.mark.parametrize(
    ("element", "missing"),
    [
        ({"tag": "div", "text": {"tag": "plain_text"}}, "content"),
        ({"tag": "img", "alt": {"tag": "plain_text", "content": ""}}, "img_key"),
        ({"tag": "form", "elements": []}, "name"),
        ({"tag": "chart"}, "chart_spec"),
        ({"tag": "markdown"}, "content"),
    ],
)
def test_missing_required_field_names_the_field(element: dict[str, Any], missing: str) -> None:
    doc = parse_card({"elements": [element]})
    (problem,) = [d for d in doc.errors if d.rule == "missing-required"]
    assert f"'{missing}'" in problem.message
    assert problem.pointer.startswith("/elements/0")
    # Marked at the object's name or opening brace, not underlining the whole object.
    marked = doc.text[problem.span.offset : problem.span.end_offset]
    assert marked in ("{", '"text"'), marked


def test_unknown_tag_suggests_the_nearest() -> None:
    text = card_text({"elements": [{"tag": "markdown", "content": "a"}, {"tag": "buton"}]})
    doc = parse(text)
    (problem,) = doc.errors
    assert problem.rule == "unknown-tag" and problem.suggestion == "button"
    assert "did you mean 'button'" in problem.message
    assert problem.pointer == "/elements/1/tag"
    assert problem.line == line_of(text, '"buton"')


def test_component_in_a_text_slot_is_an_invalid_value() -> None:
    doc = parse_card({"elements": [{"tag": "div", "text": {"tag": "button", "content": "x"}}]})
    (problem,) = doc.errors
    assert problem.rule == "invalid-value" and problem.pointer == "/elements/0/text/tag"
    assert "'plain_text' or 'lark_md'" in problem.message


def test_unknown_field_is_a_warning_with_a_suggestion() -> None:
    text = card_text({"elements": [{"tag": "markdown", "contnet": "x", "content": "y"}]})
    doc = parse(text)
    assert not doc.errors
    (problem,) = [d for d in doc.warnings if d.rule == "unknown-field"]
    assert problem.suggestion == "content" and problem.pointer == "/elements/0/contnet"
    assert problem.line == line_of(text, '"contnet"')
    assert doc.model is not None


def test_template_card_and_request_body() -> None:
    template = {"type": "template", "data": {"template_id": "AAq", "template_variable": {"n": "${name}"}}}
    doc = parse_card(template)
    assert doc.schema_version == "template" and not doc.errors
    doc = parse_card({"type": "template", "data": {"template_version_name": "1.0.0"}})
    assert [d.rule for d in doc.errors] == ["missing-required"] and "template_id" in doc.errors[0].message
    body = {"chat_id": "oc_1", "open_id": "ou_1", "msg_type": "interactive", "card": template}
    doc = parse_card(body)
    assert doc.is_request_body and doc.card_pointer == "/card" and not doc.errors
    assert doc.card == template
    doc = parse_card({"open_id": "ou_1", "msg_type": "interactive", "card": {"elements": []}})
    assert any("'chat_id'" in d.message for d in doc.errors)


def test_placeholders_are_never_errors() -> None:
    card = {
        "header": {"title": {"tag": "plain_text", "content": "${title}"}, "template": "${colour}"},
        "elements": [
            {
                "tag": "img",
                "img_key": "${img}",
                "alt": {"tag": "plain_text", "content": ""},
                "preview": "${p}",
            },
            {"tag": "${kind}", "content": "x"},
            {"tag": "column_set", "columns": "${columns}"},
            {
                "tag": "action",
                "actions": [
                    {"tag": "date_picker", "initial_date": "${date}"},
                    {"tag": "button", "text": {"tag": "plain_text", "content": "go"}, "url": "${url}"},
                ],
            },
        ],
    }
    doc = parse_card(card)
    assert not doc.errors, [d.format() for d in doc.errors]


def test_misspelt_text_tag_suggests_a_text_tag() -> None:
    text = card_text({"elements": [{"tag": "div", "text": {"tag": "plain_txt", "content": "x"}}]})
    (problem,) = parse(text).errors
    assert problem.rule == "unknown-tag" and problem.suggestion == "plain_text"
    assert "expected 'plain_text' or 'lark_md'" in problem.message
    assert problem.line == line_of(text, '"plain_txt"')


def test_messages_name_array_items_and_untagged_objects() -> None:
    doc = parse_card({"elements": ["hr", {"tag": "table", "columns": [{"display_name": "x"}]}]})
    messages = [d.message for d in doc.errors]
    assert "item 0 of 'elements': expected an object, found the string \"hr\"" in messages
    assert "missing required field 'name' in item 0 of 'columns'" in messages


def test_classic_header_icons_without_tag_as_documented() -> None:
    # card-json-structure.md: "icon": {"img_key": ...}, "ud_icon": {"token": ..., "style": {...}}
    header = {
        "title": {"tag": "plain_text", "content": "t"},
        "icon": {"img_key": "img_v2_38811724"},
        "ud_icon": {"token": "chat-forbidden_outlined", "style": {"color": "red"}},
    }
    doc = parse_card({"header": header, "elements": []})
    assert doc.diagnostics == ()
    note = {"tag": "note", "elements": [{"token": "x"}]}
    assert [d.rule for d in parse_card({"elements": [note]}).errors] == ["missing-required"]


def test_unknown_field_is_an_error_in_json_2_0() -> None:
    text = card_text(
        {"schema": "2.0", "body": {"elements": [{"tag": "markdown", "content": "x", "colour": "red"}]}}
    )
    (problem,) = parse(text).errors
    assert problem.rule == "unknown-field" and "JSON 2.0 rejects" in problem.message
    assert problem.line == line_of(text, '"colour"')
    v2 = {"schema": "2.0", "body": {"elements": [{"tag": "markdown", "content": "x", "element_id": "md1"}]}}
    assert not parse_card(v2).errors


def test_missing_field_next_to_a_misspelt_one_says_so() -> None:
    doc = parse_card({"elements": [{"tag": "markdown", "contnet": "x"}]})
    (problem,) = doc.errors
    assert "'contnet' is there: a typo?" in problem.message and problem.suggestion == "content"
    (plain,) = parse_card({"elements": [{"tag": "img"}]}).errors
    assert "typo" not in plain.message and plain.suggestion is None


def test_what_the_image_pages_document_is_no_unknown_field() -> None:
    # multi-image-laylout.md (JSON 2.0 结构) gives each img_list entry "transparent"; the
    # multi-language page lets every img_key (images, select_img options, icons) have i18n_img_key.
    key = {"en_us": "img_v3_en"}
    card = {
        "schema": "2.0",
        "config": {"enable_forward": False},
        "body": {
            "elements": [
                {
                    "tag": "img_combination",
                    "combination_mode": "double",
                    "img_list": [
                        {"img_key": "a", "transparent": False, "i18n_img_key": key},
                        {"img_key": "b"},
                    ],
                },
                {"tag": "select_img", "options": [{"img_key": "c", "i18n_img_key": key}]},
                {
                    "tag": "div",
                    "text": {"tag": "plain_text", "content": "x"},
                    "icon": {"tag": "custom_icon", "img_key": "d", "i18n_img_key": key},
                },
            ]
        },
    }
    doc = parse_card(card)
    assert not doc.errors, [d.format() for d in doc.errors]
    assert "unknown-field" not in {d.rule for d in doc.diagnostics}
