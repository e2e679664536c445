"""Any input string gives a Document with diagnostics: never an exception or RecursionError."""

from __future__ import annotations

import gc
import json
import random

import pytest

from designer.cards import Document, delete_element, insert_element, move_element, outline, parse, plan_insert
from designer.cards.jsontext import read_json
from tests.helpers.cards import FIXTURES


def _check(text: str) -> Document:
    doc = parse(text)
    outline(doc)
    for problem in doc.diagnostics:
        assert problem.line >= 1 and problem.column >= 1
        assert 0 <= problem.span.offset <= len(text)
    if doc.data is None:
        assert doc.errors  # broken JSON, or JSON that is no card (null)
    return doc


def test_every_truncation_of_the_example(example_text: str) -> None:
    for end in range(0, len(example_text), 5):
        text = example_text[:end]
        doc = _check(text)
        (problem,) = doc.diagnostics  # the text ends early: that is the one problem
        assert problem.rule == "json-syntax"
        assert "nesting" not in problem.message, (text[-20:], problem.message)
        # ... reported where the text stops (its last line), not somewhere before.
        assert problem.line >= text.rstrip().count("\n"), (text[-20:], problem.format())


def test_random_bytes() -> None:
    rng = random.Random(20261125)
    for _ in range(300):
        raw = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 80)))
        _check(raw.decode("utf-8", errors="replace"))
        _check(raw.decode("latin-1"))


def test_random_mutations_of_a_card(example_text: str) -> None:
    rng = random.Random(7)
    alphabet = '{}[],:"\\ntruefalsenul0123456789-.eE \n\tabc"tag"'
    for _ in range(300):
        chars = list(example_text)
        for _ in range(rng.randrange(1, 6)):
            position = rng.randrange(len(chars))
            action = rng.randrange(3)
            if action == 0:
                del chars[position]
            elif action == 1:
                chars.insert(position, rng.choice(alphabet))
            else:
                chars[position] = rng.choice(alphabet)
        _check("".join(chars))


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        "[" * 5_000 + "]" * 5_000,
        '{"a":' * 20_000 + "1" + "}" * 20_000,
        '{"elements": [' + '{"tag": "form", "name": "f", "elements": [' * 300 + "]}" * 300 + "]}",
        '{"elements": ['
        + '{"tag": "column_set", "columns": [{"tag": "column", "elements": [' * 20
        + "]}]}" * 20
        + "]}",
    ],
)
def test_deep_nesting_gives_diagnostics(text: str) -> None:
    doc = _check(text)
    assert doc.diagnostics


def test_huge_number_and_odd_values() -> None:
    assert _check('{"a": ' + "9" * 5000 + "}").errors
    # 1e400 reads as infinity, which would be sent as Infinity (not JSON): an error, with its place
    assert [(d.rule, d.pointer) for d in _check('{"elements": [], "x": 1e400}').errors] == [
        ("number-not-finite", "/x")
    ]
    assert _check("[1, 2]").errors  # a card is an object
    assert _check("null").errors


_KEYS = [
    "tag", "elements", "columns", "actions", "text", "content", "i18n", "i18n_content", "extra", "fields",
    "header", "title", "template", "config", "body", "schema", "name", "url", "multi_url", "options",
    "initial_date", "initial_time", "initial_datetime", "img_key", "alt", "text_tag_list", "color",
    "element_id", "update_multi", "enable_forward", "card", "msg_type", "open_id", "email", "i18n_elements",
    "behaviors", "type", "data", "template_id", "value", "confirm", "chart_spec", "rows",
]  # fmt: skip
_TAGS = ["div", "markdown", "button", "action", "form", "column_set", "column", "note", "img", "plain_text",
         "lark_md", "table", "collapsible_panel", "date_picker", "picker_time", "input", "hr", "bogus", "template"]  # fmt: skip


def _random_value(rng: random.Random, depth: int) -> object:
    kind = rng.randrange(8 if depth < 6 else 5)
    if kind == 0:
        return rng.choice([None, True, False, 0, -1, 3.5, 10**30])
    if kind == 1:
        return rng.choice(
            ["", "x", "${v}", "2002-2-30", "99:99", "javascript:x", "https://a", "2.0", "interactive"]
        )
    if kind in (2, 3, 4):
        return rng.choice(_TAGS)
    if kind in (5, 6):
        return {rng.choice(_KEYS): _random_value(rng, depth + 1) for _ in range(rng.randrange(1, 6))}
    return [_random_value(rng, depth + 1) for _ in range(rng.randrange(0, 4))]


def test_random_card_shapes_never_crash_any_part() -> None:

    rng = random.Random(2026)
    for _ in range(400):
        card = _random_value(rng, 0)
        if rng.random() < 0.7:
            card = {"elements": [_random_value(rng, 1) for _ in range(rng.randrange(1, 5))], "header": card}
        text = json.dumps(card, ensure_ascii=False, indent=rng.choice([None, 2, "\t"]))
        doc = _check(text)
        pointers = list(doc.source_map.values)
        for _ in range(3):
            anchor = rng.choice(pointers) if pointers else None
            plan = plan_insert(doc, rng.choice(["markdown", "button", "column", "form", "note"]), anchor)
            if plan.ok:
                inserted = insert_element(doc, plan, {"tag": "hr"}).apply(text)
                assert read_json(inserted).ok, inserted
                _check(inserted)
            if anchor:
                moved = move_element(doc, anchor, rng.choice([-1, 1]))
                if moved is not None:
                    assert read_json(moved.apply(text)).ok
                    _check(moved.apply(text))
                try:
                    edit = delete_element(doc, anchor)
                except ValueError:
                    continue
                assert read_json(edit.apply(text)).ok, (anchor, edit.apply(text))
                _check(edit.apply(text))


@pytest.mark.parametrize("text", ['{"a": "\\ud800"}', '{"a": "\ud800"}', '{"a": "\\udfff x"}', "\udc80"])
def test_lone_surrogates_are_syntax_errors(text: str) -> None:
    doc = _check(text)
    assert [d.rule for d in doc.diagnostics] == ["json-syntax"]
    assert "surrogate" in doc.diagnostics[0].message


def test_random_code_points_in_strings() -> None:
    rng = random.Random(99)
    for _ in range(300):
        chars = "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randrange(1, 12)))
        escaped = "".join(f"\\u{rng.randrange(0x10000):04x}" for _ in range(rng.randrange(0, 3)))
        _check(
            '{"elements": [{"tag": "markdown", "content": "'
            + chars.replace('"', "").replace("\\", "")
            + escaped
            + '"}]}'
        )


def test_parse_leaves_the_garbage_collector_as_it_found_it() -> None:
    assert gc.isenabled()
    parse('{"elements": [{"tag": "hr"}]}')
    parse("{")
    assert gc.isenabled()
    gc.disable()
    try:
        parse('{"elements": []}')
        assert not gc.isenabled()
    finally:
        gc.enable()


def _mutate(value: object, rng: random.Random) -> object:
    """A copy of ``value`` with one random member or item replaced, dropped or retyped."""
    if isinstance(value, dict) and value and rng.random() < 0.8:
        key = rng.choice(list(value))
        copy = dict(value)
        if rng.random() < 0.3:
            del copy[key]
        else:
            copy[key] = _mutate(value[key], rng)
        return copy
    if isinstance(value, list) and value and rng.random() < 0.8:
        index = rng.randrange(len(value))
        copy_list = list(value)
        copy_list[index] = _mutate(value[index], rng)
        return copy_list
    return _random_value(rng, 4)


def test_mutated_real_cards_never_crash() -> None:
    rng = random.Random(11)
    for path in sorted(FIXTURES.glob("*.json")):
        original = json.loads(path.read_text(encoding="utf-8"))
        for _ in range(15):
            card = _mutate(original, rng)
            text = json.dumps(card, ensure_ascii=False, indent=2)
            doc = _check(text)
            anchor = rng.choice(list(doc.source_map.values)) if doc.source_map.values else None
            plan = plan_insert(doc, rng.choice(["markdown", "button", "column"]), anchor)
            if plan.ok:
                assert read_json(insert_element(doc, plan, {"tag": "hr"}).apply(text)).ok
