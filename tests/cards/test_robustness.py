"""Any input string gives a Document with diagnostics: never an exception or RecursionError."""

from __future__ import annotations

import random

import pytest

from designer.cards import Document, outline, parse


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
        _check(example_text[:end])


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
    assert not _check('{"elements": [], "x": 1e400}').errors
    assert _check("[1, 2]").errors  # a card is an object
    assert _check("null").errors
