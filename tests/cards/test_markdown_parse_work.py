"""A text's repeated list items and table cells are parsed once per parse (issue 9: each was
parsed again, a third of parsing a 30 KB table)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.cards import markdown
from designer.cards.markdown import Inline, parse_markdown


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    real = markdown.parse_inline

    def counted(text: str) -> tuple[Inline, ...]:
        parsed.append(text)
        return real(text)

    monkeypatch.setattr(markdown, "parse_inline", counted)
    return parsed


def test_repeated_items_and_cells_are_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    markdown.clear_inline_cache()
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


def _attempts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Where the inline parser tried a construct (a "*", "<", "[" ...)."""
    tried: list[int] = []
    real = markdown._InlineParser._construct

    def counted(parser: markdown._InlineParser, scan: markdown._Scan, pos: int, *args: object) -> int | None:
        tried.append(pos)
        return real(parser, scan, pos, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(markdown._InlineParser, "_construct", counted)
    return tried


def test_a_key_in_a_long_text_parses_only_the_line_it_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every line of a 30 KB text was parsed again on every key (issue 9).
    markdown.clear_inline_cache()
    lines = [f"**b{n}** *i* [l](https://x.cn/{n}) <at id=ou_{n}></at> :OK: 飞书 😀" for n in range(600)]
    before = parse_markdown("\n".join(lines), dialect="markdown")
    tried = _attempts(monkeypatch)
    lines[300] = "typed **here**"
    after = parse_markdown("\n".join(lines), dialect="markdown")
    assert len(tried) == 1  # the one "**" of the line typed in
    assert isinstance(after[0], markdown.Paragraph) and isinstance(before[0], markdown.Paragraph)
    assert after[0].inlines.count(Inline("text", "here", bold=True)) == 1
    assert len(after[0].inlines) < len(before[0].inlines)
    markdown.clear_inline_cache()


@pytest.mark.parametrize(
    ("line", "most"),
    [
        ("*a " * 5_000, 2),  # no "*" closes: the first tells, the rest are text
        ("_a " * 5_000 + "~b " * 5_000, 4),
        ("a<br>" * 5_000, 0),  # text and breaks only: split, nothing tried
    ],
)
def test_a_long_line_tries_no_construct_that_cannot_be(
    monkeypatch: pytest.MonkeyPatch, line: str, most: int
) -> None:
    # Each of these one-line texts tried a construct at every marker: 40-55 ms for 30 KB; and
    # the first "*" walked every "*" after it, one by one, to find none closes.
    markdown.clear_inline_cache()
    tried = _attempts(monkeypatch)
    walked: list[int] = []
    step = markdown._Scan._past_spaced

    def counted(scan: markdown._Scan, marker: str, at: int) -> int | None:
        walked.append(at)
        return step(scan, marker, at)

    monkeypatch.setattr(markdown._Scan, "_past_spaced", counted)
    (paragraph,) = parse_markdown(line)
    assert len(tried) <= most
    assert len(walked) <= most
    assert isinstance(paragraph, markdown.Paragraph)
    assert markdown.plain_text([paragraph]) == line.replace("<br>", "\n")
    markdown.clear_inline_cache()


INLINE_PIECES = st.sampled_from(
    [
        *("*", "**", "_", "__", "~~", "~", " ", "a", "飞", "😀", "<br>", "<br/>", "\n", "[", "]", "(", ")"),
        *("https://x.cn", "`", ":OK:", ":", "&amp;", "<font color='red'>", "</font>", "<at id=1>", "</at>"),
        *("<text_tag color='red'>", "</text_tag>", "!", "<", "- ", "# ", "|"),
    ]
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(INLINE_PIECES, max_size=40).map("".join), st.sampled_from(["lark_md", "markdown"]))
def test_the_quick_ways_read_as_trying_every_construct(text: str, dialect: markdown.Dialect) -> None:
    """Lines remembered, text and <br> split, markers that can no longer open passed over: the
    same runs as the parser trying a construct at every special character of every line."""
    markdown.clear_inline_cache()
    quick = parse_markdown(text, dialect=dialect)
    markdown.clear_inline_cache()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(markdown, "_special_without", lambda special, _char: special)

        def every_construct(line: str) -> tuple[Inline, ...]:
            parser = markdown._InlineParser()
            parser.parse(line, markdown._Style())
            return markdown._joined(parser.out)

        patch.setattr(markdown, "_line_runs", every_construct)
        slow = parse_markdown(text, dialect=dialect)
    assert quick == slow
