"""A text's repeated list items and table cells are parsed once per parse (issue 9: each was
parsed again, a third of parsing a 30 KB table)."""

from __future__ import annotations

import pytest

from designer.cards import markdown
from designer.cards.markdown import Inline, parse_markdown


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    real = markdown.parse_inline

    def counted(text: str, *, dialect: markdown.Dialect = "lark_md") -> tuple[Inline, ...]:
        parsed.append(text)
        return real(text, dialect=dialect)

    monkeypatch.setattr(markdown, "parse_inline", counted)
    return parsed


def test_repeated_items_and_cells_are_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = _counting(monkeypatch)
    items = "- **todo** 📝\n" * 500
    table = "| a | b |\n|---|---|\n" + "| 1 | **done** |\n" * 500
    blocks = parse_markdown(items + "\n" + table, dialect="markdown")
    assert sorted(parsed) == ["**done**", "**todo** 📝", "1", "a", "b"]
    list_block, table_block = blocks[0], blocks[-1]
    assert isinstance(list_block, markdown.ListBlock) and isinstance(table_block, markdown.Table)
    assert len(list_block.items) == 500 and len(table_block.rows) == 500
    assert table_block.rows[0][1] == (Inline("text", "done", bold=True),)
    # alike cells are one object: a table's drawing finds them by it
    assert all(row[1] is table_block.rows[0][1] for row in table_block.rows)
