"""Parse + lint of a valid card near 30 KB does work in proportion to what it reports, not a
Python step per value where C can answer (issue 10: it took 31 ms, the budget was 10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from benchmarks.bench_parse import large_card
from designer.cards import numbers, parse, schema
from designer.cards.jsontext import join_pointer


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any) -> list[str]:
    """Every pointer ``module`` formats with ``join_pointer`` from now on."""
    made: list[str] = []

    def counted(parent: str, token: str | int) -> str:
        made.append(pointer := join_pointer(parent, token))
        return pointer

    monkeypatch.setattr(module, "join_pointer", counted)
    return made


def test_a_card_without_infinities_is_not_walked_value_by_value(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = parse(large_card())
    made = _counting(monkeypatch, numbers)
    assert list(numbers.non_finite_pointers(doc.card)) == []
    assert made == []
    # With one, it is still named.
    doc.card["elements"][6]["actions"][0]["value"]["id"] = float("inf")  # type: ignore[index]
    assert list(numbers.non_finite_pointers(doc.card)) == ["/elements/6/actions/0/value/id"]


def test_unknown_fields_formats_pointers_only_for_what_it_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    text = large_card()
    assert not parse(text).diagnostics
    made = _counting(monkeypatch, schema)
    assert not parse(text).diagnostics
    assert made == []
    # An unknown field is still found, deep inside, with its pointer and did-you-mean.
    typo = text.replace('"img_key": "img_v2_7"', '"img_key": "img_v2_7", "alts": 1', 1)
    (problem,) = parse(typo).diagnostics
    assert (problem.rule, problem.pointer, problem.suggestion) == (
        "unknown-field",
        "/elements/29/columns/1/elements/0/alts",
        "alt",
    )
    assert len(made) < 10


def test_the_nesting_depth_is_measured_once_per_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    from designer.cards import jsontext, parser

    calls: list[int] = []
    original: Callable[[Any], int] = jsontext.nesting_depth

    def counted(value: Any) -> int:
        calls.append(1)
        return original(value)

    monkeypatch.setattr(jsontext, "nesting_depth", counted)
    monkeypatch.setattr(parser, "nesting_depth", counted)
    assert parse(large_card()).ok
    assert len(calls) == 1
