"""A table's ``header_style`` (table.md, JSON 1.0 and 2.0 pages) is checked like any component
field: a documented member of the wrong type or outside its values is an error at its line and
pointer, an unknown one is named with the member meant, and the page's own example is clean."""

from __future__ import annotations

from typing import Any

import pytest

from designer.cards import parse
from tests.helpers.cards import card_text, line_of

_COLUMNS = [{"name": "n", "display_name": "Name"}]


def _table_card(header_style: Any) -> str:
    table = {"tag": "table", "columns": _COLUMNS, "rows": [{"n": "x"}], "header_style": header_style}
    return card_text({"schema": "2.0", "body": {"elements": [table]}})


def test_the_pages_header_style_is_clean() -> None:
    style = {
        "text_align": "left",
        "text_size": "normal",
        "background_style": "none",
        "text_color": "grey",
        "bold": True,
        "lines": 1,
    }
    doc = parse(_table_card(style))
    assert not doc.errors and not doc.warnings, [d.format() for d in doc.diagnostics]


@pytest.mark.parametrize(
    ("member", "value", "rule"),
    [
        ("bold", "false", "wrong-type"),
        ("text_align", "middle", "invalid-value"),
        ("lines", "1", "wrong-type"),
    ],
)
def test_a_bad_member_is_reported_at_its_line_and_pointer(member: str, value: Any, rule: str) -> None:
    text = _table_card({member: value})
    found = [d for d in parse(text).errors if d.pointer == f"/body/elements/0/header_style/{member}"]
    assert found and found[0].rule == rule, [d.format() for d in parse(text).diagnostics]
    assert found[0].line == line_of(text, f'"{member}": "{value}"')


def test_an_unknown_member_is_named_with_the_member_meant() -> None:
    """JSON 2.0 rejects an unknown field (an error); it says which documented one was meant."""
    (problem,) = parse(_table_card({"bolt": True})).errors
    assert (problem.rule, problem.pointer, problem.suggestion) == (
        "unknown-field",
        "/body/elements/0/header_style/bolt",
        "bold",
    )
