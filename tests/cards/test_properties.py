"""Property-based tests of the JSON reader, its source map, the formatter and the card parser.

Every test runs a fixed, derandomised set of examples (reproducible in CI) in a few seconds.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.cards import parse
from designer.cards.edits import format_json, minify_json
from designer.cards.jsontext import read_json, split_pointer
from designer.cards.markdown import parse_markdown, plain_text

FAST = settings(
    max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

# Keys and strings that make texts look like cards (and like JSON pointers' special cases).
_WORDS = st.sampled_from(["tag", "elements", "content", "a", "", "~", "/", "a/b~c", "😀", "中文", "\\"])
_KEYS = _WORDS | st.text(max_size=6)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | _KEYS
    | st.text(max_size=20)
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(_KEYS, children, max_size=5),
    max_leaves=25,
)


@st.composite
def json_texts(draw: st.DrawFn) -> str:
    """A JSON text of a random value, written in one of several styles."""
    value = draw(JSON_VALUES)
    indent = draw(st.sampled_from([None, 0, 1, 2, "\t"]))
    ensure_ascii = draw(st.booleans())
    separators = draw(st.sampled_from([None, (",", ":"), (" , ", " : ")]))
    text = json.dumps(value, indent=indent, ensure_ascii=ensure_ascii, separators=separators)
    return draw(st.sampled_from(["", " ", "\n", "\r\n\t"])) + text + draw(st.sampled_from(["", "\n", "  "]))


@st.composite
def near_json_texts(draw: st.DrawFn) -> str:
    """A JSON text with a few characters deleted, inserted or replaced: mostly broken JSON."""
    text = draw(json_texts())
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        insert = draw(
            st.sampled_from(['"', "{", "}", "[", "]", ",", ":", "\\", "\n", "1", "-", "e", "", "'"])
        )
        cut = draw(st.integers(0, 2))
        text = text[:at] + insert + text[at + cut :]
    return text


def _strict_loads(text: str) -> tuple[bool, Any]:
    """json.loads, counting as "not accepted" what the card reader refuses on purpose: NaN and
    Infinity (not JSON), duplicate keys (kept, with a warning: values differ on purpose)."""

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in pairs]
        if len(set(keys)) != len(keys):
            raise ValueError("duplicate key")
        return dict(pairs)

    def no_constant(name: str) -> Any:
        raise ValueError(name)

    try:
        return True, json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)
    except (ValueError, RecursionError):
        return False, None


def _has_lone_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        current = stack.pop()
        if isinstance(current, str):
            if any("\ud800" <= char <= "\udfff" for char in current):
                return True
        elif isinstance(current, dict):
            stack.extend(current.keys())
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return False


def _at(value: Any, pointer: str) -> Any:
    for token in split_pointer(pointer):
        value = value[int(token)] if isinstance(value, list) else value[token]
    return value


def _check_reader_agrees_with_json(text: str) -> None:
    read = read_json(text)  # never raises
    if not read.ok:
        (problem,) = [d for d in read.diagnostics if d.rule == "json-syntax"]
        assert problem.line >= 1 and problem.column >= 1
    accepted, expected = _strict_loads(text)
    if accepted and not _has_lone_surrogate(expected):
        assert read.ok, read.diagnostics
        assert read.value == expected
        assert not read.diagnostics
    elif read.ok:  # only what json.loads refuses on duplicates (or a lone surrogate) differs
        assert json.loads(text) == read.value or _has_lone_surrogate(json.loads(text))


@FAST
@given(st.text())
def test_any_text_reads_without_raising_and_agrees_with_json(text: str) -> None:
    _check_reader_agrees_with_json(text)


@FAST
@given(json_texts() | near_json_texts())
def test_json_like_text_reads_as_json_loads_does(text: str) -> None:
    _check_reader_agrees_with_json(text)


@FAST
@given(st.text() | near_json_texts())
def test_parse_never_raises(text: str) -> None:
    doc = parse(text)
    assert doc.text == text
    for problem in doc.diagnostics:
        assert problem.line >= 1 and problem.column >= 1 and problem.message


@FAST
@given(json_texts())
def test_every_span_rereads_to_its_value(text: str) -> None:
    read = read_json(text)
    assert read.ok
    for pointer, span in read.source_map.values.items():
        assert json.loads(text[span.offset : span.end_offset]) == _at(read.value, pointer), pointer
        line_start = text.rfind("\n", 0, span.offset) + 1
        assert (span.line, span.column) == (
            text.count("\n", 0, span.offset) + 1,
            span.offset - line_start + 1,
        )
    for pointer, span in read.source_map.keys.items():
        key = json.loads(text[span.offset : span.end_offset])
        assert pointer == "" or split_pointer(pointer)[-1] == key
        assert key in _at(read.value, pointer.rsplit("/", 1)[0])


@FAST
@given(json_texts())
def test_pointer_at_names_the_deepest_value_or_key(text: str) -> None:
    read = read_json(text)
    source_map = read.source_map
    for table in (source_map.values, source_map.keys):
        for span in table.values():
            found = source_map.pointer_at(span.offset)
            assert found is not None
            # The answer's key or value contains the offset and is no larger than the span asked about.
            holding = [
                s.end_offset - s.offset
                for s in (source_map.keys.get(found), source_map.values.get(found))
                if s is not None and s.offset <= span.offset <= s.end_offset
            ]
            assert holding and min(holding) <= span.end_offset - span.offset


@FAST
@given(json_texts())
def test_format_is_idempotent_and_keeps_the_value(text: str) -> None:
    formatted = format_json(text)
    assert format_json(formatted) == formatted
    assert json.loads(formatted) == json.loads(text)
    assert json.loads(minify_json(text)) == json.loads(text)
    assert format_json(minify_json(formatted)) == formatted


@FAST
@given(near_json_texts())
def test_format_refuses_broken_json_with_a_position(text: str) -> None:
    try:
        formatted = format_json(text)
    except ValueError as problem:
        assert str(problem).startswith("line ")
        assert not read_json(text).ok
    else:
        assert read_json(text).ok
        assert format_json(formatted) == formatted
        assert read_json(formatted).value == read_json(text).value


# Markup fragments of lark_md / markdown, so random texts hit the constructs, not just letters.
_MARKUP = st.sampled_from(
    [
        "*",
        "**",
        "_",
        "__",
        "~~",
        "`",
        "```",
        "[",
        "]",
        "(",
        ")",
        "!",
        ":OK:",
        ":",
        "<",
        ">",
        "</",
        "<font color='red'>",
        "</font>",
        "<at id=ou_1>",
        "<at ids=a,b>",
        "</at>",
        "<person id=x>",
        "</person>",
        "<a href='https://x.cn'>",
        "</a>",
        "<link url=https://x.cn>",
        "</link>",
        "<text_tag color=red>",
        "</text_tag>",
        "<br>",
        "&amp;",
        "&#x1F600;",
        "&",
        "# ",
        "> ",
        "- ",
        "1. ",
        "    ",
        "\t",
        "|",
        "|---|",
        "---",
        "\n",
        "\r",
        " ",
        "a",
        "😀",
        "İ",
        "http://",
        "https://x",
    ]
)
MARKDOWN_TEXTS = st.lists(_MARKUP | st.text(max_size=3), max_size=30).map("".join) | st.text()


@FAST
@given(MARKDOWN_TEXTS, st.sampled_from(["lark_md", "markdown"]))
def test_markdown_parsing_is_total(text: str, dialect: Any) -> None:
    blocks = parse_markdown(text, dialect=dialect)
    plain_text(blocks)  # every block can be read back as text


def _positional(text: str) -> Any:
    """What the hand-written positional reader alone makes of ``text`` (``read_json`` hands a
    plainly valid text to ``json.loads`` and scans the spans on first use instead)."""
    from designer.cards.jsontext import _Reader

    return _Reader(text).read()


@FAST
@given(json_texts() | near_json_texts())
def test_the_fast_path_gives_what_the_positional_reader_gives(text: str) -> None:
    read, expected = read_json(text), _positional(text)
    assert (read.ok, read.value, read.diagnostics) == (expected.ok, expected.value, expected.diagnostics)
    assert dict(read.source_map.values) == dict(expected.source_map.values)
    assert dict(read.source_map.keys) == dict(expected.source_map.keys)
    for offset in range(len(text) + 1):
        assert read.source_map.pointer_at(offset) == expected.source_map.pointer_at(offset), offset
