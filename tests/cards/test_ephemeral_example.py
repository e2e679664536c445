"""The request body example of Feishu's ephemeral send page, and the real-world fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from designer.cards import Severity, parse
from designer.cards.models import CardV1
from tests.helpers.cards import FIXTURES, line_of


def test_example_parses_as_a_request_body(example_text: str) -> None:
    doc = parse(example_text)
    assert doc.is_request_body and doc.card_pointer == "/card" and doc.schema_version == "1.0"
    assert isinstance(doc.model, CardV1)


def test_overflow_option_i18n_is_the_only_error_at_its_line(example_text: str) -> None:
    doc = parse(example_text)
    (problem,) = doc.errors
    assert problem.rule == "ephemeral-element-i18n"
    assert problem.pointer == "/card/elements/2/actions/0/options/3/text/i18n"
    assert problem.line == line_of(example_text, '"i18n"')
    assert problem.column == example_text.splitlines()[problem.line - 1].index('"i18n"') + 1


def test_unpadded_dates_are_no_false_alarm(example_text: str) -> None:
    doc = parse(example_text)
    assert "2002-2-22" in example_text and "2002-2-22 18:00" in example_text
    assert not [d for d in doc.diagnostics if d.rule == "invalid-date"]
    assert not doc.warnings


def test_the_card_alone_only_warns_about_i18n(example_text: str) -> None:
    doc = parse(example_text)
    assert doc.card is not None
    bare = parse(json.dumps(doc.card, ensure_ascii=False, indent=2))
    assert not bare.errors
    assert [d.severity for d in bare.diagnostics if d.rule == "ephemeral-element-i18n"] == [Severity.WARNING]


def test_there_are_real_world_fixtures() -> None:
    # Collected by another engineer; this test picks up every file as it lands.
    assert sorted(FIXTURES.glob("*.json")), f"no fixtures in {FIXTURES}"


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda p: p.name)
def test_real_world_card_validates_without_errors(path: Path) -> None:
    doc = parse(path.read_text(encoding="utf-8"))
    assert doc.ok
    assert not doc.errors, [d.format(path.name) for d in doc.errors]


# Diagnostics that would be false alarms on a card Feishu publishes as working: the schema or a
# rule not knowing what the docs allow. (Warnings about the ephemeral API or alt text are fair.)
_FALSE_ALARMS = {"unknown-field", "unknown-tag", "unknown-color", "empty-text", "link-scheme", "number-range"}


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda p: p.name)
def test_real_world_card_gets_no_false_alarm(path: Path) -> None:
    doc = parse(path.read_text(encoding="utf-8"))
    found = [d.format(path.name) for d in doc.diagnostics if d.rule in _FALSE_ALARMS]
    assert not found, found


def test_every_fixture_says_where_it_came_from() -> None:
    sources = (FIXTURES / "SOURCES.md").read_text(encoding="utf-8")
    missing = [path.name for path in sorted(FIXTURES.glob("*.json")) if f"| {path.name} |" not in sources]
    assert not missing, missing
