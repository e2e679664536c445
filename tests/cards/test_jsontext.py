"""The positional JSON reader: values, spans, syntax errors, duplicate keys, pointer_at."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.cards import parse
from designer.cards.document import SourceMap
from designer.cards.jsontext import read_json
from tests.helpers.linearity import GROWTH_BOUND, growth


@pytest.mark.parametrize(
    "text",
    [
        '{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\n"], "b": {}}',
        "[]",
        '"just a string"',
        '{"emoji": "😀", "中文": "值"}',
        "\ufeff{}",
    ],
)
def test_values_match_the_json_module(text: str) -> None:
    result = read_json(text)
    assert result.ok
    assert result.value == json.loads(text.lstrip("\ufeff"))


def test_spans_of_values_and_keys() -> None:
    text = '{\n  "header": {"title": "T"},\n  "elements": [\n    {"tag": "hr"}\n  ]\n}'
    source_map = read_json(text).source_map
    span = source_map.span("/elements/0")
    assert span is not None
    assert text[span.offset : span.end_offset] == '{"tag": "hr"}'
    assert (span.line, span.column, span.end_line, span.end_column) == (4, 5, 4, 18)
    key = source_map.key_span("/header")
    assert key is not None and text[key.offset : key.end_offset] == '"header"'
    root = source_map.span("")
    assert root is not None and root.end_offset == len(text)


def test_pointer_tokens_are_escaped() -> None:
    source_map = read_json('{"a/b": {"c~d": 1}}').source_map
    assert source_map.span("/a~1b/c~0d") is not None


@pytest.mark.parametrize(
    ("text", "line", "column", "expected"),
    [
        ('{\n  "a": 1\n  "b": 2\n}', 3, 3, "expected ',' or '}' after object member"),
        ("[1,\n 2\n 3]", 3, 2, "expected ',' or ']' after array element"),
        ('{"a" 1}', 1, 6, "expected ':' after member name \"a\""),
        ('{"a": 1,}', 1, 9, "trailing comma"),
        ("{'a': 1}", 1, 2, "double quotes"),
        ('{"a": tru}', 1, 7, "expected a value, found 'tru'"),
        ('{"a": "x', 1, 7, "unterminated string"),
        ('{"a": "x\ny"}', 1, 9, "line break inside a string"),
        ('{"a": "\\q"}', 1, 8, "invalid escape"),
        ('{"a": 1} x', 1, 10, "after the JSON value"),
        ("", 1, 1, "the text is empty"),
        ("   \n  ", 2, 3, "the text is empty"),
        ('{"a": True}', 1, 7, "'True' is not JSON"),
        ('{"a": 1 // c\n}', 1, 9, "a comment"),
        ('{"a":', 1, 6, "expected a value, found the end of the text"),
        ("[", 1, 2, "expected a value, found the end of the text"),
        ('{"elements": [{"tag": "hr"},', 1, 29, "expected a value, found the end of the text"),
        ('{"a": 1', 1, 8, "expected ',' or '}' after object member, found the end of the text"),
    ],
)
def test_syntax_errors_say_where_and_what_was_expected(
    text: str, line: int, column: int, expected: str
) -> None:
    doc = parse(text)
    assert doc.data is None and not doc.ok
    (problem,) = doc.diagnostics
    assert problem.rule == "json-syntax"
    assert (problem.line, problem.column) == (line, column)
    assert expected in problem.message


def test_syntax_error_names_the_innermost_open_container() -> None:
    doc = parse('{"elements": [{"tag": "hr"} {"tag": "hr"}]}')
    assert doc.diagnostics[0].pointer == "/elements"


def test_duplicate_key_is_a_warning_and_the_last_value_counts() -> None:
    text = '{\n  "elements": [{"tag": "hr"}],\n  "elements": []\n}'
    doc = parse(text)
    assert doc.data == {"elements": []}
    (problem,) = [d for d in doc.diagnostics if d.rule == "duplicate-key"]
    assert problem.severity == "warning" and problem.line == 3 and problem.pointer == "/elements"
    # Pointers into the overridden value are forgotten.
    assert doc.source_map.span("/elements/0") is None


def _slow_pointer_at(source_map: SourceMap, offset: int) -> str | None:
    """The obvious scan the fast index must agree with."""
    best: str | None = None
    best_len = -1
    for table in (source_map.values, source_map.keys):
        for pointer, span in table.items():
            if span.offset <= offset <= span.end_offset:
                length = span.end_offset - span.offset
                if best is None or length < best_len:
                    best, best_len = pointer, length
    return best


def test_pointer_at_agrees_with_a_full_scan_at_every_offset(example_text: str) -> None:
    source_map = parse(example_text).source_map
    for offset in range(len(example_text) + 2):
        assert source_map.pointer_at(offset) == _slow_pointer_at(source_map, offset), offset


def test_pointer_at_inside_a_value() -> None:
    text = '{"elements": [{"tag": "markdown", "content": "hello"}]}'
    source_map = parse(text).source_map
    assert source_map.pointer_at(text.index("hello")) == "/elements/0/content"
    assert source_map.pointer_at(text.index('"tag"')) == "/elements/0/tag"
    assert source_map.pointer_at(0) == ""


def test_utf16_offset_counts_astral_characters_twice() -> None:
    from designer.cards import utf16_offset

    text = "a😀b中"
    assert [utf16_offset(text, i) for i in range(5)] == [0, 1, 3, 4, 5]


def test_code_point_offset_rounds_a_position_inside_a_pair_down() -> None:
    from designer.cards import code_point_offset

    text = "a😀b中"
    assert [code_point_offset(text, p) for p in range(6)] == [0, 1, 1, 2, 3, 4]
    assert code_point_offset("plain", 3) == 3


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from("a中\n😀🇨🇳\U0001f9d1"), max_size=30), st.data())
def test_the_two_converters_are_inverse(text: str, data: st.DataObject) -> None:
    # The one pair of converters the core and the editor share: a code-point offset survives
    # the round trip through Qt's UTF-16 position, emoji and flags included.
    from designer.cards import code_point_offset, utf16_offset

    offset = data.draw(st.integers(0, len(text)))
    assert code_point_offset(text, utf16_offset(text, offset)) == offset
    assert utf16_offset(text, offset) == len(text[:offset].encode("utf-16-le")) // 2


def test_locate_falls_back_to_the_nearest_existing_parent() -> None:
    source_map = read_json('{"elements": [{"tag": "img"}]}').source_map
    element = source_map.span("/elements/0")
    assert source_map.locate("/elements/0/img_key") == element
    assert source_map.locate("/elements/0/tag", key=True) == source_map.key_span("/elements/0/tag")
    assert source_map.locate("/nothing/here") == source_map.span("")


def test_duplicate_keys_read_in_linear_time() -> None:
    # Each duplicate scanned every pointer read so far: 152 KB of them took 25 s (issue 9).
    def make(size: int) -> Callable[[], object]:
        count = size // 30  # as many elements (pointers kept) as duplicate members
        elements = ", ".join(f'{{"tag": "hr", "n": {i}}}' for i in range(count))
        duplicates = ", ".join(f'"d": {{"n": [{i}]}}' for i in range(count))
        text = f'{{"elements": [{elements}], {duplicates}}}'
        return lambda: read_json(text)

    assert growth(make, 12_000) < GROWTH_BOUND


def test_only_the_overridden_value_is_forgotten() -> None:
    text = '{"a": {"x": [1, {"y": 2}], "z": 3}, "ab": {"x": 4}, "a": {"z": 5}, "a~1": [6]}'
    read = read_json(text)
    assert read.value == {"a": {"z": 5}, "ab": {"x": 4}, "a~1": [6]}
    values, keys = read.source_map.values, read.source_map.keys
    # Gone: the first "a"'s parts; kept: its namesake "ab" (a prefix of neither) and the new "a".
    assert sorted(values) == ["", "/a", "/a/z", "/ab", "/ab/x", "/a~01", "/a~01/0"]
    assert sorted(keys) == ["/a", "/a/z", "/ab", "/ab/x", "/a~01"]
    assert text[values["/a/z"].offset : values["/a/z"].end_offset] == "5"
    assert [d.pointer for d in read.diagnostics] == ["/a"]


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1, "a": {"b": 2}}',  # duplicate key: a warning, and the first one's spans forgotten
        '{"n": NaN}',
        '{"n": -Infinity}',
        '{"s": "\\ud800"}',  # a lone surrogate, escaped
        '{"s": "\ud800"}',  # ... and raw
        '{"s": "\\ud83d\\ude00"}',  # a pair is a character (😀)
        '{"n": 1' + "0" * 5000 + "}",  # too long for int()
        '{"n": 1e400}',
        "[" * 600 + "]" * 600,  # deeper than MAX_DEPTH
        "[" * 100_000 + "]" * 100_000,  # deeper than json.loads can recurse
        "\ufeff{}",
        '{"a": [1, {"b\\u0041/~": "x"}, []], "": {}, "c": -0}',
        "7",
        "",
    ],
)
def test_texts_json_loads_reads_differently_give_the_positional_readers_answer(text: str) -> None:
    from designer.cards.jsontext import _Reader

    read, expected = read_json(text), _Reader(text).read()
    assert (read.ok, read.value, read.diagnostics) == (expected.ok, expected.value, expected.diagnostics)
    assert read.source_map == expected.source_map


def test_a_valid_card_is_parsed_without_reading_positions_until_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Parse + lint of a 30 KB card took 31 ms, 59 % of it the pure-Python positional reader
    # making a span for every value, though a clean card asks for none (issue 10).
    from benchmarks.bench_parse import large_card
    from designer.cards import jsontext

    made: list[int] = []
    original_span = jsontext._Reader.span
    monkeypatch.setattr(jsontext._Reader, "span", lambda self, *a: made.append(1) or original_span(self, *a))
    text = large_card()
    doc = parse(text)
    assert doc.ok and not doc.diagnostics
    assert made == []
    scans: list[int] = []
    original_scan = jsontext.scan_spans
    monkeypatch.setattr(jsontext, "scan_spans", lambda *a: scans.append(1) or original_scan(*a))
    # Asked, the spans are there (scanned once, whatever is asked next).
    span = doc.source_map.span("/elements/3")
    assert span is not None and text[span.offset : span.end_offset] == '{\n      "tag": "hr"\n    }'
    assert doc.source_map.pointer_at(text.index('"hr"', span.offset)) == "/elements/3/tag"
    assert doc.source_map.locate("/elements/3/missing") == span
    assert made == [] and scans == [1]
