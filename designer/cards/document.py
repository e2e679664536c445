"""The result of parsing card text: the value, where each part of it is, and what is wrong.

``Document`` is the one object every consumer reads (editor marks, problems list,
outline, preview, send). It is immutable once built; a new parse makes a new one.

Positions:
* ``offset`` / ``end_offset`` are indices into ``Document.text`` in Python code points.
  (Qt text positions count UTF-16 units: convert with ``utf16_offset`` before handing
  them to a ``QTextCursor``, and back with ``code_point_offset``; these two are the only
  converters, the editor uses them too.)
* ``line`` and ``column`` are 1-based; the column counts code points from the line start.
* JSON pointers follow RFC 6901 (``""`` is the root, ``/card/elements/0/text``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from designer.messages import Message, Text, Translate, english


class Severity(StrEnum):
    """How bad a diagnostic is: an error blocks sending, a warning and an info do not."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def shown(self, translate: Translate = english) -> str:
        """The severity as a person reads it (``error``; ``错误`` in Chinese)."""
        return _SEVERITY_NAMES[self].translated(translate)


_SEVERITY_NAMES = {
    Severity.ERROR: Text("error")(),
    Severity.WARNING: Text("warning")(),
    Severity.INFO: Text("info")(),
}


@dataclass(frozen=True, slots=True)
class Span:
    """Where a JSON value sits in the text: ``text[offset:end_offset]``."""

    offset: int
    end_offset: int
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem: ``file:line:col: severity: message [rule] (pointer)``.

    ``message`` is the English sentence and, being a ``Message``, also its id and parameters, so
    the window and the terminal can show it in the reader's language (``designer.messages``).
    """

    severity: Severity
    rule: str  # stable id, e.g. "json-syntax", "unknown-tag", "ephemeral-element-i18n"
    message: Message
    pointer: str
    span: Span

    @property
    def suggestion(self) -> str | None:
        """What the author probably meant (e.g. "button" for "buton"): the message's
        ``suggestion`` parameter, the one place it is kept."""
        value = self.message.params.get("suggestion")
        return value if isinstance(value, str) else None

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def column(self) -> int:
        return self.span.column

    def format(self, filename: str = "<card>", translate: Translate = english) -> str:
        """The line ``validate`` prints; in the language of ``translate`` (English by default)."""
        return (
            f"{filename}:{self.span.line}:{self.span.column}: {self.severity.shown(translate)}: "
            f"{self.message.translated(translate)} [{self.rule}] ({self.pointer or '/'})"
        )


# What a source map is built from: value spans, key spans, and optionally the ``pointer_at``
# index when whoever built the spans had it for free (see ``jsontext.scan_spans``).
PointerIndex = tuple[list[int], list[int], list[str], list[int]]  # starts, ends, pointers, parents
SpanTables = tuple[Mapping[str, "Span"], Mapping[str, "Span"], PointerIndex | None]


class SpanTable(Mapping[str, Span]):
    """pointer -> ``Span``, stored as bare offsets and turned into a ``Span`` on lookup.

    A 30 KB card has thousands of spans and most parses look up a handful (a diagnostic, the
    cursor): computing line and column and building a ``Span`` for each one up front cost more
    than reading the JSON. Each ``Span`` is made once, then kept.
    """

    __slots__ = ("_made", "_offsets", "_starts")

    def __init__(self, offsets: dict[str, tuple[int, int]], starts: list[int]) -> None:
        self._offsets = offsets
        self._starts = starts
        self._made: dict[str, Span] = {}

    def __getitem__(self, pointer: str) -> Span:
        span = self._made.get(pointer)
        if span is None:
            start, end = self._offsets[pointer]
            line, column = position(self._starts, start)
            end_line, end_column = position(self._starts, end)
            span = self._made[pointer] = Span(start, end, line, column, end_line, end_column)
        return span

    def get(self, pointer: str, default: Any = None) -> Any:
        return self[pointer] if pointer in self._offsets else default

    def __contains__(self, pointer: object) -> bool:
        return pointer in self._offsets

    def __iter__(self) -> Iterator[str]:
        return iter(self._offsets)

    def __len__(self) -> int:
        return len(self._offsets)


class SourceMap:
    """JSON pointer -> span of the value (and of the key, for object members).

    The spans may be built on first use (``SourceMap.deferred``): a valid text is read by
    ``json.loads`` at C speed and its positions are only scanned for when something asks
    for one (a diagnostic to mark, the pointer under the cursor).

    ``pointer_at`` is called on every cursor move, so it does not scan: the spans of a
    JSON text nest (a value lies inside its parent), which lets a sorted list of span
    starts plus each span's enclosing span answer in O(log n + depth).
    """

    __slots__ = ("_build", "_index", "_keys", "_values")

    def __init__(
        self, values: Mapping[str, Span] | None = None, keys: Mapping[str, Span] | None = None
    ) -> None:
        self._build: Callable[[], SpanTables] | None = None
        self._values: Mapping[str, Span] = values if values is not None else {}
        self._keys: Mapping[str, Span] = keys if keys is not None else {}
        self._index: PointerIndex | None = None  # built on first ``pointer_at``

    @classmethod
    def deferred(cls, build: Callable[[], SpanTables]) -> SourceMap:
        """A source map whose spans ``build`` makes on first access (once)."""
        source_map = cls()
        source_map._build = build
        return source_map

    def _built(self) -> None:
        build = self._build
        if build is not None:
            # Cleared only once the tables are in place: a document read from two threads at
            # once is at worst scanned twice, never seen empty.
            values, keys, index = build()
            self._values, self._keys, self._index = values, keys, index
            self._build = None

    @property
    def values(self) -> Mapping[str, Span]:
        self._built()
        return self._values

    @property
    def keys(self) -> Mapping[str, Span]:
        self._built()
        return self._keys

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SourceMap):
            return NotImplemented
        return dict(self.values) == dict(other.values) and dict(self.keys) == dict(other.keys)

    __hash__ = None  # type: ignore[assignment]  # mutable caches inside; as the dataclass was

    def __repr__(self) -> str:
        return f"SourceMap({len(self.values)} values, {len(self.keys)} keys)"

    def span(self, pointer: str) -> Span | None:
        return self.values.get(pointer)

    def key_span(self, pointer: str) -> Span | None:
        return self.keys.get(pointer)

    def locate(self, pointer: str, *, key: bool = False) -> Span:
        """The span to mark for ``pointer``: its key (when ``key`` and it has one), its value,
        else the nearest enclosing value that exists (a missing field marks its parent)."""
        values, keys = self.values, self.keys
        if key and pointer in keys:
            return keys[pointer]
        current = pointer
        while True:
            span = values.get(current)
            if span is not None:
                return span
            if not current:
                return Span(0, 0, 1, 1, 1, 1)
            current = current.rsplit("/", 1)[0]

    def pointer_at(self, offset: int) -> str | None:
        """The deepest pointer whose value (or key) span contains ``offset`` (ends inclusive)."""
        self._built()
        if self._index is None:
            self._index = self._build_index()
        starts, ends, pointers, parents = self._index
        index = bisect.bisect_right(starts, offset) - 1
        while index >= 0:
            if starts[index] <= offset <= ends[index]:
                return pointers[index]
            index = parents[index]
        return None

    def _build_index(self) -> PointerIndex:
        entries = [(span.offset, -span.end_offset, pointer) for pointer, span in self._values.items()]
        entries += [(span.offset, -span.end_offset, pointer) for pointer, span in self._keys.items()]
        entries.sort()
        starts: list[int] = []
        ends: list[int] = []
        pointers: list[str] = []
        parents: list[int] = []
        open_spans: list[int] = []  # indices of spans enclosing the current one
        for start, negative_end, pointer in entries:
            while open_spans and ends[open_spans[-1]] <= start:
                open_spans.pop()
            parents.append(open_spans[-1] if open_spans else -1)
            open_spans.append(len(starts))
            starts.append(start)
            ends.append(-negative_end)
            pointers.append(pointer)
        return starts, ends, pointers, parents


SchemaVersion = Literal["1.0", "2.0", "template"]


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed card.

    ``data`` is the whole JSON value (``None`` when the text is not JSON at all).
    When the text is an ephemeral request body (it has a ``card`` member),
    ``card`` is that member and ``card_pointer`` is ``"/card"``; otherwise
    ``card`` is the root and ``card_pointer`` is ``""``. Pointers in
    ``diagnostics`` and ``source_map`` are always pointers into ``data``.
    ``model`` is the checked card model (models.py), or ``None`` when the
    card does not fit the schema (the raw ``card`` is still there to draw).
    """

    text: str
    data: Any
    card: dict[str, Any] | None
    card_pointer: str
    is_request_body: bool
    schema_version: SchemaVersion
    source_map: SourceMap
    diagnostics: tuple[Diagnostic, ...]
    model: Any = None
    size_bytes: int = 0

    @property
    def ok(self) -> bool:
        """True when the JSON could be read at all."""
        return self.data is not None

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity is Severity.WARNING)


def line_starts(text: str) -> list[int]:
    """Offsets where each line begins (``str.find`` runs in C: fast on 30 KB cards)."""
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def position(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based (line, column) of a code-point offset."""
    line_index = bisect.bisect_right(starts, offset) - 1
    return line_index + 1, offset - starts[line_index] + 1


def utf16_offset(text: str, offset: int) -> int:
    """Qt's position for a code-point ``offset`` in ``text`` (astral chars count twice)."""
    head = text[:offset]
    if head.isascii():  # the common case, and no copy to encode
        return len(head)
    # UTF-16 encoding counts astral characters as two units, in C (fast on every cursor move).
    return len(head.encode("utf-16-le", "surrogatepass")) // 2


def code_point_offset(text: str, position: int) -> int:
    """The code-point offset of Qt's (UTF-16) ``position`` in ``text``; a position inside a
    surrogate pair rounds down to the character's start."""
    if text.isascii() or utf16_offset(text, len(text)) == len(text):  # no astral character
        return min(position, len(text))
    units = 0
    for index, char in enumerate(text):
        width = 2 if ord(char) > 0xFFFF else 1
        if units + width > position:
            return index
        units += width
    return len(text)
