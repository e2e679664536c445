"""Text edits: each applied to the text and re-parsed."""

from __future__ import annotations

import json

import pytest

from designer.cards import (
    delete_element,
    entry,
    format_json,
    insert_element,
    minify_json,
    move_element,
    parse,
    plan_insert,
)
from designer.cards.catalog import InsertPlan
from tests.helpers.cards import FIXTURES

CARD = """{
    "header": {"title": {"tag": "plain_text", "content": "T"}},
    "elements": [
        {"tag": "markdown", "content": "one"},
        {"tag": "hr"},
        {"tag": "markdown", "content": "three"}
    ]
}"""


def _contents(text: str) -> list[str]:
    doc = parse(text)
    assert doc.card is not None and not doc.errors, [d.format() for d in doc.errors]
    return [e.get("content", e["tag"]) for e in doc.card["elements"]]


def test_insert_after_keeps_the_authors_indent() -> None:
    doc = parse(CARD)
    plan = plan_insert(doc, "markdown", "/elements/0")
    edit = insert_element(doc, plan, {"tag": "markdown", "content": "new"})
    text = edit.apply(CARD)
    assert _contents(text) == ["one", "new", "hr", "three"]
    assert '\n        {\n            "tag": "markdown",\n            "content": "new"\n        },' in text
    # Everything outside the edit is untouched.
    assert text.startswith(CARD[: edit.start]) and text.endswith(CARD[edit.end :])


def test_insert_at_the_start_and_end() -> None:
    doc = parse(CARD)
    first = insert_element(doc, InsertPlan(True, "", "/elements", 0), {"tag": "hr"}).apply(CARD)
    assert _contents(first) == ["hr", "one", "hr", "three"]
    last = insert_element(doc, plan_insert(doc, "hr", None), {"tag": "hr"}).apply(CARD)
    assert _contents(last) == ["one", "hr", "three", "hr"]


def test_insert_into_a_one_line_array_stays_on_one_line() -> None:
    text = '{"elements": [{"tag": "hr"}]}'
    doc = parse(text)
    new = insert_element(doc, plan_insert(doc, "markdown", None), {"tag": "markdown", "content": "x"}).apply(
        text
    )
    assert new == '{"elements": [{"tag": "hr"}, {"tag": "markdown", "content": "x"}]}'


def test_insert_into_an_empty_array_and_a_missing_one() -> None:
    text = '{\n  "elements": []\n}'
    doc = parse(text)
    new = insert_element(doc, plan_insert(doc, "hr", None), {"tag": "hr"}).apply(text)
    assert new == '{\n  "elements": [\n    {\n      "tag": "hr"\n    }\n  ]\n}'
    text = '{\n  "schema": "2.0",\n  "header": {"title": {"tag": "plain_text", "content": "T"}}\n}'
    doc = parse(text)
    new = insert_element(doc, plan_insert(doc, "button", None), entry("button").snippet_for("2.0")).apply(
        text
    )
    after = parse(new)
    assert not after.errors and after.card is not None
    assert after.card["body"]["elements"][0]["tag"] == "button"
    empty = parse("{}")
    new = insert_element(empty, plan_insert(empty, "hr", None), {"tag": "hr"}).apply("{}")
    assert new == '{"elements": [{"tag": "hr"}]}'
    flat = parse('{"elements": []}')
    assert insert_element(flat, plan_insert(flat, "hr", None), {"tag": "hr"}).apply(flat.text) == new


def test_insert_wraps_in_action_and_refuses_a_refused_plan() -> None:
    doc = parse(CARD)
    new = insert_element(doc, plan_insert(doc, "button", None), entry("button").snippet).apply(CARD)
    assert parse(new).card["elements"][-1]["tag"] == "action"  # type: ignore[index]
    with pytest.raises(ValueError, match="column"):
        insert_element(doc, plan_insert(doc, "column", None), {"tag": "column"})


def test_insert_with_tabs() -> None:
    text = '{\n\t"elements": [\n\t\t{"tag": "hr"}\n\t]\n}'
    doc = parse(text)
    new = insert_element(doc, plan_insert(doc, "hr", None), {"tag": "hr"}).apply(text)
    assert new == '{\n\t"elements": [\n\t\t{"tag": "hr"},\n\t\t{\n\t\t\t"tag": "hr"\n\t\t}\n\t]\n}'


@pytest.mark.parametrize(
    ("pointer", "expected"),
    [("/elements/0", ["hr", "three"]), ("/elements/1", ["one", "three"]), ("/elements/2", ["one", "hr"])],
)
def test_delete_element(pointer: str, expected: list[str]) -> None:
    text = delete_element(parse(CARD), pointer).apply(CARD)
    assert _contents(text) == expected
    assert "\n        {" in text  # the remaining items keep their lines and indent


def test_delete_the_only_element_and_object_members() -> None:
    text = '{"elements": [{"tag": "hr"}]}'
    assert delete_element(parse(text), "/elements/0").apply(text) == '{"elements": []}'
    text = '{\n  "header": {},\n  "elements": []\n}'
    assert json.loads(delete_element(parse(text), "/header").apply(text)) == {"elements": []}
    assert json.loads(delete_element(parse(text), "/elements").apply(text)) == {"header": {}}
    assert delete_element(parse('{"a": 1}'), "/a").apply('{"a": 1}') == "{}"


def test_delete_refuses_the_root_and_missing_pointers() -> None:
    with pytest.raises(ValueError, match="whole card"):
        delete_element(parse(CARD), "")
    with pytest.raises(ValueError, match="/elements/9"):
        delete_element(parse(CARD), "/elements/9")


def test_move_element() -> None:
    doc = parse(CARD)
    down = move_element(doc, "/elements/0", 1)
    assert down is not None and _contents(down.apply(CARD)) == ["hr", "one", "three"]
    up = move_element(doc, "/elements/2", -1)
    assert up is not None and _contents(up.apply(CARD)) == ["one", "three", "hr"]
    far = move_element(doc, "/elements/0", 2)
    assert far is not None and _contents(far.apply(CARD)) == ["hr", "three", "one"]
    assert move_element(doc, "/elements/0", -1) is None
    assert move_element(doc, "/elements/2", 1) is None
    assert move_element(doc, "/header", 1) is None


def test_format_and_minify() -> None:
    text = '{"elements":[{"tag":"markdown","content":"飞书"}]}'
    pretty = format_json(text)
    assert (
        pretty
        == '{\n  "elements": [\n    {\n      "tag": "markdown",\n      "content": "飞书"\n    }\n  ]\n}\n'
    )
    assert format_json(text, indent=4).startswith('{\n    "elements"')
    assert minify_json(pretty) == text
    with pytest.raises(ValueError, match="line 1, column 14"):
        format_json('{"elements": }')
    with pytest.raises(ValueError, match="empty"):
        minify_json("")


def test_format_keeps_literals_as_written() -> None:
    text = '{"n": 1e2, "s": "caf\\u00e9 \\"q\\"", "a": [], "o": {}, "a": [true, null, -0.5]}'
    pretty = format_json(text)
    assert '"n": 1e2' in pretty and '"s": "caf\\u00e9 \\"q\\""' in pretty
    assert pretty.count('"a"') == 2  # a duplicate stays visible (and warned about), not dropped
    assert '"a": [],' in pretty and '"o": {},' in pretty
    assert minify_json(pretty) == text.replace(", ", ",").replace(": ", ":")


def test_format_matches_json_dumps_layout_on_real_cards(example_text: str) -> None:
    for text in [
        example_text,
        *(p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.json"))[:10]),
    ]:
        value = json.loads(text)
        assert json.loads(format_json(text)) == value
        assert json.loads(minify_json(text)) == value
    plain = '{"elements": [{"tag": "markdown", "content": "x", "n": 1}], "config": {}}'
    assert format_json(plain, indent=4) == json.dumps(json.loads(plain), indent=4) + "\n"
