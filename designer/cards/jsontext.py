"""A JSON reader that remembers where every value and key is.

Python's ``json`` module gives values but no positions, and stops with one terse
message. The editor needs the span of every value (to underline it, to map the
cursor to a JSON pointer) and a message a person can act on ("expected ',' or '}'
after object member"). So this is a small hand-written reader:

* it never raises: any string gives a ``JsonText`` (``value`` is ``None`` and one
  ``json-syntax`` diagnostic says where and what was expected when it is not JSON);
* it uses an explicit stack, not recursion, so deep nesting cannot hit Python's
  recursion limit; nesting deeper than ``MAX_DEPTH`` is reported instead of parsed
  (Feishu accepts 5 levels of components, a few dozen JSON levels at most);
* duplicate keys keep the last value (as Feishu's server does) and give a warning.

Strings are matched with a regular expression and decoded by ``json.loads`` (C
speed), so a 30 KB card reads in a few milliseconds.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from designer.cards.document import (
    Diagnostic,
    PointerIndex,
    Severity,
    SourceMap,
    Span,
    SpanTable,
    SpanTables,
    line_starts,
    position,
)
from designer.messages import Message, Text

MAX_DEPTH = 512

# What the reader says (designer.messages). "{found}" is one of the _FOUND_* phrases or a quoted word.
END_OF_TEXT = Text("the end of the text")
FOUND_SINGLE_QUOTE = Text("a single quote (JSON strings use double quotes)")
FOUND_COMMENT = Text("a comment (JSON has no comments)")
FOUND_CHARACTER = Text("character {code}")
LONE_SURROGATE_ESCAPE = Text("invalid \\u escape: a lone surrogate (\\ud800-\\udfff) is not a character")
SHORT_U_ESCAPE = Text("invalid \\u escape: expected 4 hex digits after '\\u'")
INVALID_ESCAPE = Text("invalid escape '\\{escape}' in string (write '\\\\' for a backslash)")
LINE_BREAK_IN_STRING = Text("unterminated string: a line break inside a string must be written '\\n'")
CONTROL_CHARACTER = Text("control character {code} in string must be escaped (e.g. '\\t')")
UNTERMINATED_STRING = Text("unterminated string: expected a closing '\"'")
EXPECTED_NUMBER = Text("expected a number, found {found}")
NUMBER_TOO_LONG = Text("number is too long to read")
NOT_JSON_WORD = Text("'{word}' is not JSON: use true, false, null, a number or a string")
SINGLE_QUOTED_VALUE = Text("expected a value: JSON strings use double quotes, not single quotes")
EXPECTED_VALUE = Text("expected a value, found {found}")
BROKEN_CHARACTER = Text("the text holds a broken character (a lone UTF-16 surrogate)")
EMPTY_TEXT = Text('the text is empty: expected a JSON object such as {{"elements": []}}')
NESTING_TOO_DEEP = Text("nesting is deeper than {limit} levels")
AFTER_THE_VALUE = Text("unexpected {found} after the JSON value (only one value is allowed)")
TRAILING_COMMA = Text("trailing comma: expected a value after ',' before '{closer}'")
AFTER_MEMBER = Text("expected ',' or '{closer}' after object member, found {found}")
AFTER_ELEMENT = Text("expected ',' or '{closer}' after array element, found {found}")
NAME_AFTER_COMMA = Text("expected a member name in double quotes after ',', found {found}")
NAME_OR_CLOSE = Text("expected a member name in double quotes or '}}', found {found}")
COLON_AFTER_NAME = Text("expected ':' after member name \"{key}\", found {found}")
DUPLICATE_KEY = Text('duplicate member "{key}": only the last one counts')

_SPACE_CHARS = " \t\n\r\ufeff"
_WHITESPACE = re.compile(r"[ \t\n\r\ufeff]*")
_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"')
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
# A lone UTF-16 surrogate is no character: it cannot be sent as UTF-8 (Feishu would garble it).
_SURROGATE = re.compile("[\ud800-\udfff]")
_LITERALS: dict[str, Any] = {"true": True, "false": False, "null": None}
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def escape_pointer_token(token: str) -> str:
    """RFC 6901: ``~`` -> ``~0``, ``/`` -> ``~1``."""
    if "~" not in token and "/" not in token:
        return token
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    """RFC 6901: ``~1`` -> ``/``, ``~0`` -> ``~`` (in that order)."""
    if "~" not in token:
        return token
    return token.replace("~1", "/").replace("~0", "~")


def split_pointer(pointer: str) -> list[str]:
    """``"/a/0/b~1c"`` -> ``["a", "0", "b/c"]``; ``""`` -> ``[]``."""
    if not pointer:
        return []
    return [unescape_pointer_token(part) for part in pointer.split("/")[1:]]


def join_pointer(parent: str, token: str | int) -> str:
    """The pointer of member or index ``token`` under ``parent``."""
    # Called for nearly every value of a card: a plain token (most) costs no further call.
    if isinstance(token, str) and ("~" in token or "/" in token):
        token = escape_pointer_token(token)
    return f"{parent}/{token}"


# The JSON containers, as a tuple for isinstance: ``dict | list`` in an expression builds the
# union on every call, which doubled the cost of the checks in loops over every value.
CONTAINERS: tuple[type, ...] = (dict, list)


@dataclass
class JsonText:
    """What was read: the value (``None`` when the text is not JSON), where each part is, problems."""

    value: Any
    ok: bool
    source_map: SourceMap
    diagnostics: list[Diagnostic] = field(default_factory=list)
    depth: int | None = None  # the nesting depth of ``value``, when reading had to measure it


class _SyntaxProblem(Exception):
    """Internal: stops the reader at the first syntax error."""

    def __init__(self, offset: int, message: Message) -> None:
        super().__init__(message)
        self.offset = offset
        self.message = message


@dataclass
class _Frame:
    is_object: bool
    container: Any
    pointer: str
    start: int
    key: str | None = None  # object: the key of the member being read
    key_span: Span | None = None


def _describe(text: str, offset: int) -> str:
    """What the reader found at ``offset``, for "expected X, found Y"."""
    if offset >= len(text):
        return END_OF_TEXT()
    char = text[offset]
    word = _WORD.match(text, offset)
    if word:
        return f"'{word.group()}'"
    if char == "'":
        return FOUND_SINGLE_QUOTE()
    if char == "/" and text.startswith(("//", "/*"), offset):
        return FOUND_COMMENT()
    return f"'{char}'" if char.isprintable() else FOUND_CHARACTER(code=f"U+{ord(char):04X}")


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = line_starts(text)
        self.values: dict[str, Span] = {}
        self.keys: dict[str, Span] = {}
        self.diagnostics: list[Diagnostic] = []
        self.stack: list[_Frame] = []

    def span(self, start: int, end: int) -> Span:
        line, column = position(self.starts, start)
        end_line, end_column = position(self.starts, end)
        return Span(start, end, line, column, end_line, end_column)

    def skip(self, offset: int) -> int:
        if offset < len(self.text) and self.text[offset] not in _SPACE_CHARS:
            return offset
        match = _WHITESPACE.match(self.text, offset)
        return match.end() if match else offset

    def read_string(self, offset: int) -> tuple[str, int]:
        """The decoded string starting at the ``"`` at ``offset``, and the offset after it."""
        match = _STRING.match(self.text, offset)
        if match:
            literal = match.group()
            # Most strings have no escapes: slicing is much faster than decoding.
            if "\\" not in literal:
                return literal[1:-1], match.end()
            value: str = json.loads(literal)
            if "\\u" in literal and _SURROGATE.search(value):
                raise _SyntaxProblem(offset, LONE_SURROGATE_ESCAPE())
            return value, match.end()
        raise self._string_problem(offset)

    def _string_problem(self, offset: int) -> _SyntaxProblem:
        index = offset + 1
        text = self.text
        while index < len(text):
            char = text[index]
            if char == '"':
                break
            if char == "\\":
                escape = text[index + 1 : index + 2]
                if escape == "u":
                    digits = text[index + 2 : index + 6]
                    if len(digits) < 4 or any(c not in "0123456789abcdefABCDEF" for c in digits):
                        return _SyntaxProblem(index, SHORT_U_ESCAPE())
                    index += 6
                    continue
                if escape and escape in '"\\/bfnrt':
                    index += 2
                    continue
                return _SyntaxProblem(index, INVALID_ESCAPE(escape=escape or END_OF_TEXT()))
            if char == "\n":
                return _SyntaxProblem(index, LINE_BREAK_IN_STRING())
            if ord(char) < 0x20:
                return _SyntaxProblem(index, CONTROL_CHARACTER(code=f"U+{ord(char):04X}"))
            index += 1
        return _SyntaxProblem(offset, UNTERMINATED_STRING())

    def read_scalar(self, offset: int) -> tuple[Any, int]:
        text = self.text
        char = text[offset] if offset < len(text) else ""
        if char == '"':
            return self.read_string(offset)
        if char == "-" or char.isdigit():
            match = _NUMBER.match(text, offset)
            if not match:
                raise _SyntaxProblem(offset, EXPECTED_NUMBER(found=_describe(text, offset)))
            literal = match.group()
            try:
                number: Any = float(literal) if any(c in literal for c in ".eE") else int(literal)
            except ValueError:
                raise _SyntaxProblem(offset, NUMBER_TOO_LONG()) from None
            return number, match.end()
        word = _WORD.match(text, offset)
        if word and word.group() in _LITERALS:
            return _LITERALS[word.group()], word.end()
        if word and word.group() in ("True", "False", "None", "NaN", "Infinity", "undefined"):
            raise _SyntaxProblem(offset, NOT_JSON_WORD(word=word.group()))
        if char == "'":
            raise _SyntaxProblem(offset, SINGLE_QUOTED_VALUE())
        raise _SyntaxProblem(offset, EXPECTED_VALUE(found=_describe(text, offset)))

    def read(self) -> JsonText:
        try:
            value = self._read()
        except _SyntaxProblem as problem:
            offset = min(problem.offset, len(self.text))
            # The innermost container still open is where the reader was.
            pointer = self.stack[-1].pointer if self.stack else ""
            self.diagnostics.append(
                Diagnostic(Severity.ERROR, "json-syntax", problem.message, pointer, self.span(offset, offset))
            )
            return JsonText(None, False, SourceMap(self.values, self.keys), self.diagnostics)
        return JsonText(value, True, SourceMap(self.values, self.keys), self.diagnostics)

    def _read(self) -> Any:
        text = self.text
        length = len(text)
        raw_surrogate = _SURROGATE.search(text)
        if raw_surrogate:
            raise _SyntaxProblem(raw_surrogate.start(), BROKEN_CHARACTER())
        stack = self.stack
        offset = self.skip(0)
        if offset >= length:
            raise _SyntaxProblem(offset, EMPTY_TEXT())
        root: Any = None
        expecting_value = True
        while True:
            if expecting_value:
                pointer = self._child_pointer(stack)
                char = text[offset] if offset < length else ""
                if char == "{" or char == "[":  # not `char in "{["`: "" (the end) is in every string
                    if len(stack) >= MAX_DEPTH:
                        raise _SyntaxProblem(offset, NESTING_TOO_DEEP(limit=MAX_DEPTH))
                    is_object = char == "{"
                    frame = _Frame(is_object, {} if is_object else [], pointer, offset)
                    stack.append(frame)
                    offset = self.skip(offset + 1)
                    closer = "}" if is_object else "]"
                    if offset < length and text[offset] == closer:
                        offset += 1
                        root = self._close(stack, offset)
                        expecting_value = False
                    elif is_object:
                        offset = self._read_key(frame, offset, after_comma=False)
                    continue
                value, end = self.read_scalar(offset)
                self.values[pointer] = self.span(offset, end)
                if stack:
                    self._store(stack[-1], value)
                else:
                    root = value
                offset = end
                expecting_value = False
                continue
            # After a value: a separator, a closer, or the end.
            offset = self.skip(offset)
            if not stack:
                if offset < length:
                    raise _SyntaxProblem(offset, AFTER_THE_VALUE(found=_describe(text, offset)))
                return root
            frame = stack[-1]
            char = text[offset] if offset < length else ""
            closer = "}" if frame.is_object else "]"
            if char == ",":
                offset = self.skip(offset + 1)
                if offset < length and text[offset] == closer:
                    raise _SyntaxProblem(offset, TRAILING_COMMA(closer=closer))
                if frame.is_object:
                    offset = self._read_key(frame, offset, after_comma=True)
                expecting_value = True
            elif char == closer:
                offset += 1
                root = self._close(stack, offset)
            else:
                after = AFTER_MEMBER if frame.is_object else AFTER_ELEMENT
                raise _SyntaxProblem(offset, after(closer=closer, found=_describe(text, offset)))

    def _child_pointer(self, stack: list[_Frame]) -> str:
        if not stack:
            return ""
        frame = stack[-1]
        if frame.is_object:
            return join_pointer(frame.pointer, frame.key or "")
        return join_pointer(frame.pointer, len(frame.container))

    def _read_key(self, frame: _Frame, offset: int, *, after_comma: bool) -> int:
        """Read ``"key" :`` and return the offset of the member's value."""
        text = self.text
        if offset >= len(text) or text[offset] != '"':
            found = _describe(text, offset)
            if after_comma:
                raise _SyntaxProblem(offset, NAME_AFTER_COMMA(found=found))
            raise _SyntaxProblem(offset, NAME_OR_CLOSE(found=found))
        key, end = self.read_string(offset)
        if key in frame.container:
            # The earlier value is overridden: forget where its parts were before reading the new one.
            self._forget_parts(join_pointer(frame.pointer, key), frame.container[key])
        frame.key = key
        frame.key_span = self.span(offset, end)
        offset = self.skip(end)
        if offset >= len(text) or text[offset] != ":":
            raise _SyntaxProblem(offset, COLON_AFTER_NAME(key=key, found=_describe(text, offset)))
        return self.skip(offset + 1)

    def _forget_parts(self, pointer: str, value: Any) -> None:
        """Drop the spans of everything inside ``value``, the overridden value at ``pointer``
        (its own span is replaced when the new value is read).

        This walks that value only: scanning every pointer read so far for the prefix made each
        duplicate key cost the whole text (a 152 KB card took 25 s). Each value is walked at most
        once: once overridden it is out of the tree. An explicit stack, as deep as the text.
        """
        stack: list[tuple[str, Any]] = [(pointer, value)]
        while stack:
            parent, current = stack.pop()
            if isinstance(current, dict):
                members: Any = current.items()
            elif isinstance(current, list):
                members = enumerate(current)
            else:
                continue
            for token, child in members:
                child_pointer = join_pointer(parent, token)
                self.values.pop(child_pointer, None)
                self.keys.pop(child_pointer, None)
                stack.append((child_pointer, child))

    def _store(self, frame: _Frame, value: Any) -> None:
        if not frame.is_object:
            frame.container.append(value)
            return
        key = frame.key or ""
        pointer = join_pointer(frame.pointer, key)
        assert frame.key_span is not None
        if key in frame.container:
            self.diagnostics.append(
                Diagnostic(
                    Severity.WARNING,
                    "duplicate-key",
                    DUPLICATE_KEY(key=key),
                    pointer,
                    frame.key_span,
                )
            )
        frame.container[key] = value
        self.keys[pointer] = frame.key_span

    def _close(self, stack: list[_Frame], end: int) -> Any:
        """Finish the innermost container; ``end`` is the offset just after its closer."""
        frame = stack.pop()
        self.values[frame.pointer] = self.span(frame.start, end)
        if stack:
            self._store(stack[-1], frame.container)
        return frame.container


def read_json(text: str) -> JsonText:
    """Read ``text`` as JSON with positions. Never raises.

    A text ``json.loads`` reads exactly as this reader would (no duplicate key, no NaN, no
    lone surrogate, not too deep) is read by it, at C speed, and its spans are scanned for
    only when first asked for: parse + lint of a 30 KB card took 31 ms with the positional
    reader doing all the work, 59 % of it reading. Anything else goes to the positional
    reader, which recovers the spans read so far and says what is wrong and where.
    """
    fast = _read_valid(text)
    return fast if fast is not None else _Reader(text).read()


class _NotPlain(ValueError):
    """Internal: the text needs the positional reader (a duplicate key, NaN, Infinity)."""


def _unique_members(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    members = dict(pairs)
    if len(members) != len(pairs):
        raise _NotPlain("duplicate key")  # the reader warns about it and forgets the first one's spans
    return members


def _no_constant(name: str) -> Any:
    raise _NotPlain(name)  # json.loads would accept NaN / Infinity; JSON (and Feishu) does not


# What json.loads accepts and the reader rejects: a ``\u`` escape that may decode to a lone
# surrogate (a pair is fine, but rare enough to leave to the reader); raw ones are found by
# encoding, which is many times faster than searching for a character range.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _read_valid(text: str) -> JsonText | None:
    """``text`` read by ``json.loads`` with deferred spans, or ``None`` when the reader must read it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a raw lone surrogate
        return None
    if "\\u" in text and _ESCAPED_SURROGATE.search(text):
        return None
    try:
        value = json.loads(text, object_pairs_hook=_unique_members, parse_constant=_no_constant)
    except (ValueError, RecursionError):  # not JSON, a number too long, NaN, a duplicate, too deep
        return None
    # Counting brackets is an upper bound on the depth (strings may hold some): cheap, and only
    # a text with that many brackets needs walking.
    depth = nesting_depth(value) if text.count("{") + text.count("[") > MAX_DEPTH else None
    if depth is not None and depth > MAX_DEPTH:
        return None
    return JsonText(value, True, SourceMap.deferred(lambda: scan_spans(text)), [], depth)


def nesting_depth(value: Any) -> int:
    """Nesting depth of a JSON value (a scalar is 0, ``[]`` is 1), without recursion.

    Level by level, containers only: a 30 KB card has hundreds of them and thousands of scalars.
    """
    level: list[Any] = [value] if isinstance(value, CONTAINERS) else []
    depth = 0
    while level:
        depth += 1
        inner: list[Any] = []
        for container in level:
            children = container.values() if isinstance(container, dict) else container
            inner += [child for child in children if isinstance(child, CONTAINERS)]
        level = inner
    return depth


# The tokens of a valid JSON text that start a span: a string (group 1; a key when a ':'
# follows, group 2), an opener, a closer, or a number / literal (group 3). Each match takes the
# whitespace and comma after it: left to ``finditer`` to skip, every indenting space was a
# failed match of all the alternatives, which made the scan twice as slow.
_SPAN_TOKEN = re.compile(
    r'(?:("[^"\\]*(?:\\.[^"\\]*)*")([ \t\n\r]*:)?|[{\[]|[}\]]|([^ \t\n\r,:{}\[\]"]+))[ \t\n\r,]*'
)


def scan_spans(text: str) -> SpanTables:
    """The value spans, key spans and ``pointer_at`` index of ``text``, which must be valid JSON
    without duplicate keys (``_read_valid`` checked it): one pass, no error handling needed.

    Spans are stored as offsets (a ``SpanTable`` makes each ``Span`` when asked for). The
    index comes for free: tokens arrive in start order and the enclosing span is the innermost
    open container.
    """
    values: dict[str, tuple[int, int]] = {}
    keys: dict[str, tuple[int, int]] = {}
    index_starts: list[int] = []
    index_ends: list[int] = []
    index_pointers: list[str] = []
    parents: list[int] = []
    # The innermost open container, in locals (this loop runs once per token): its pointer,
    # its index entry (-1 outside any), and the next array index (-1 for an object).
    pointer = ""
    entry = -1
    count = -1
    enclosing: list[tuple[str, int, int]] = []
    member = ""  # the pointer of the member whose name was read last
    for match in _SPAN_TOKEN.finditer(text):
        start = match.start()
        char = text[start]
        if char == "}" or char == "]":
            end = start + 1
            index_ends[entry] = end
            values[pointer] = (index_starts[entry], end)
            pointer, entry, count = enclosing.pop()
            continue
        if match.lastindex == 2:  # a member name and its ':'
            literal = match.group(1)
            end = match.end(1)
            member = join_pointer(pointer, json.loads(literal) if "\\" in literal else literal[1:-1])
            keys[member] = (start, end)
            index_starts.append(start)
            index_ends.append(end)
            index_pointers.append(member)
            parents.append(entry)
            continue
        if entry < 0:
            child = ""
        elif count < 0:
            child = member
        else:
            child = f"{pointer}/{count}"
            count += 1
        parents.append(entry)
        index_starts.append(start)
        index_pointers.append(child)
        if char == "{" or char == "[":
            index_ends.append(-1)  # set when it closes
            enclosing.append((pointer, entry, count))
            pointer, entry, count = child, len(index_starts) - 1, -1 if char == "{" else 0
        else:
            end = match.end(match.lastindex or 0)  # the string's or the number's own end
            index_ends.append(end)
            values[child] = (start, end)
    index: PointerIndex = (index_starts, index_ends, index_pointers, parents)
    starts = line_starts(text)  # here, not when reading: a clean card never needs them
    return SpanTable(values, starts), SpanTable(keys, starts), index
