"""Structural changes to card text as single text edits.

The text is the source of truth (docs/ARCHITECTURE.md): the palette, the outline and the property
editors change the card by applying ONE ``TextEdit`` through the editor, so one undo step
covers the change and the author's formatting survives everywhere else. Offsets are code
points into ``Document.text`` (convert with ``utf16_offset`` for a ``QTextCursor``).

Raised errors: ``ValueError`` with a message naming what is wrong (a refused plan, a pointer
that is not an element, broken JSON to format).
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from designer.cards.catalog import InsertPlan
from designer.cards.document import Document, Span
from designer.cards.jsontext import join_pointer, read_json, split_pointer, unescape_pointer_token
from designer.cards.tree import get_pointer
from designer.messages import Text

# Why an edit cannot be made (raised as ValueError(Message): the window says it in the reader's language).
NOTHING_IN_TEXT = Text("nothing at {pointer} in the text")
CANNOT_INSERT_HERE = Text("cannot insert here: {reason}")
NOT_JSON_TO_INSERT = Text("the text is not valid JSON: fix it before inserting")
CANNOT_CREATE = Text("cannot create {array}: {pointer} is not an array or object")
CHOOSE_AN_ELEMENT = Text("choose an element first: the whole card cannot be deleted or moved this way")
NOTHING_IN_CARD = Text("nothing at {pointer} in the card")
NO_MEMBER_NAMES = Text("cannot find the member names around {pointer}")
AT_LINE = Text("line {line}, column {column}: {problem}")


@dataclass(frozen=True, slots=True)
class TextEdit:
    """Replace ``text[start:end]`` with ``new_text``."""

    start: int
    end: int
    new_text: str

    def apply(self, text: str) -> str:
        """``text`` with this edit made (the GUI applies it through the editor instead)."""
        return text[: self.start] + self.new_text + text[self.end :]


_LEADING = re.compile(r"[ \t]*")


def _line_indent(text: str, offset: int) -> str:
    """The whitespace that starts the line holding ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    match = _LEADING.match(text, start)
    return match.group() if match else ""


def _indent_unit(text: str) -> str:
    """The author's indent step: the most common growth of indentation from one line to the next."""
    steps: Counter[str] = Counter()
    previous = ""
    for line in text.splitlines():
        if not line.strip():
            continue
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if len(indent) > len(previous) and indent.startswith(previous):
            steps[indent[len(previous) :]] += 1
        previous = indent
    return steps.most_common(1)[0][0] if steps else "  "


def _one_line(text: str) -> bool:
    """Minified text stays minified: new parts go in on the same line."""
    return "\n" not in text.strip()


def _dump(value: Any, indent: str, unit: str | None) -> str:
    """``value`` as JSON whose continuation lines start with ``indent`` (one line when no unit)."""
    if unit is None:
        return json.dumps(value, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False, indent=unit).replace("\n", "\n" + indent)


def _span(doc: Document, pointer: str) -> Span:
    span = doc.source_map.span(pointer)
    if span is None:
        raise ValueError(NOTHING_IN_TEXT(pointer=pointer or "/"))
    return span


def _item_spans(doc: Document, pointer: str, count: int) -> list[Span]:
    return [_span(doc, join_pointer(pointer, index)) for index in range(count)]


def insert_element(doc: Document, plan: InsertPlan, element: dict[str, Any]) -> TextEdit:
    """The edit that puts ``element`` where ``plan`` says, indented like its neighbours."""
    if not plan.ok:
        raise ValueError(CANNOT_INSERT_HERE(reason=plan.message))
    if plan.wrap_in_action:
        element = {"tag": "action", "actions": [element]}
    text = doc.text
    if not text.strip():
        card = {"elements": [element]}
        return TextEdit(0, len(text), json.dumps(card, ensure_ascii=False, indent=2) + "\n")
    if doc.data is None:
        raise ValueError(NOT_JSON_TO_INSERT())
    unit = _indent_unit(text)
    array = get_pointer(doc.data, plan.array_pointer)
    if isinstance(array, list):
        return _insert_into_array(doc, plan.array_pointer, array, plan.index, element, unit)
    # The array does not exist yet: create it (and its missing parents) in the nearest object.
    value: Any = [element]
    pointer = plan.array_pointer
    while True:
        parent_pointer, _, token = pointer.rpartition("/")
        value = {unescape_pointer_token(token): value}
        parent = get_pointer(doc.data, parent_pointer)
        if isinstance(parent, dict) and unescape_pointer_token(token) not in parent:
            return _add_member(doc, parent_pointer, parent, value, unit)
        if parent_pointer == "" or parent is not None:
            raise ValueError(CANNOT_CREATE(array=plan.array_pointer, pointer=pointer))
        pointer = parent_pointer


def _insert_into_array(
    doc: Document, pointer: str, array: list[Any], index: int, element: dict[str, Any], unit: str
) -> TextEdit:
    text = doc.text
    span = _span(doc, pointer)
    items = _item_spans(doc, pointer, len(array))
    if not items and _one_line(text):
        return TextEdit(span.offset, span.end_offset, f"[{_dump(element, '', None)}]")
    if not items:
        outer = _line_indent(text, span.offset)
        inner = outer + unit
        return TextEdit(span.offset, span.end_offset, f"[\n{inner}{_dump(element, inner, unit)}\n{outer}]")
    multiline = items[0].line != span.line
    indent = _line_indent(text, items[0].offset) if multiline else ""
    dumped = _dump(element, indent, unit if multiline else None)
    separator = ",\n" + indent if multiline else ", "
    index = max(0, min(index, len(items)))
    if index == len(items):
        end = items[-1].end_offset
        return TextEdit(end, end, separator + dumped)
    start = items[index].offset
    return TextEdit(start, start, dumped + separator)


def _add_member(
    doc: Document, pointer: str, obj: dict[str, Any], member: dict[str, Any], unit: str
) -> TextEdit:
    """Append ``member`` (one key) to the object at ``pointer``."""
    text = doc.text
    span = _span(doc, pointer)
    ((key, value),) = member.items()
    if not obj and _one_line(text):
        return TextEdit(
            span.offset, span.end_offset, "{" + json.dumps(member, ensure_ascii=False)[1:-1] + "}"
        )
    if not obj:
        outer = _line_indent(text, span.offset)
        inner = outer + unit
        body = f"{json.dumps(key, ensure_ascii=False)}: {_dump(value, inner, unit)}"
        return TextEdit(span.offset, span.end_offset, "{\n" + inner + body + "\n" + outer + "}")
    last = join_pointer(pointer, list(obj)[-1])
    last_key = doc.source_map.key_span(last)
    last_value = _span(doc, last)
    multiline = last_key is not None and last_key.line != span.line
    indent = _line_indent(text, last_key.offset) if multiline and last_key else ""
    dumped = _dump(value, indent, unit if multiline else None)
    separator = ",\n" + indent if multiline else ", "
    body = f"{json.dumps(key, ensure_ascii=False)}: {dumped}"
    return TextEdit(last_value.end_offset, last_value.end_offset, separator + body)


def _parent(doc: Document, pointer: str) -> tuple[str, Any, str]:
    if not pointer or doc.data is None:
        raise ValueError(CHOOSE_AN_ELEMENT())
    parent_pointer = pointer.rpartition("/")[0]
    parent = get_pointer(doc.data, parent_pointer)
    name = split_pointer(pointer)[-1]
    if isinstance(parent, list) and name.isdigit() and int(name) < len(parent):
        return parent_pointer, parent, name
    if isinstance(parent, dict) and name in parent:
        return parent_pointer, parent, name
    raise ValueError(NOTHING_IN_CARD(pointer=pointer))


def delete_element(doc: Document, pointer: str) -> TextEdit:
    """The edit that removes the value at ``pointer`` with its comma (array item or member)."""
    parent_pointer, parent, name = _parent(doc, pointer)
    container = _span(doc, parent_pointer)
    if isinstance(parent, list):
        items = _item_spans(doc, parent_pointer, len(parent))
        index = int(name)
        if len(items) == 1:
            return TextEdit(container.offset, container.end_offset, "[]")
        if index > 0:
            return TextEdit(items[index - 1].end_offset, items[index].end_offset, "")
        return TextEdit(items[0].offset, items[1].offset, "")
    keys = list(parent)
    position = keys.index(name)
    if len(keys) == 1:
        return TextEdit(container.offset, container.end_offset, "{}")
    if position > 0:
        previous = _span(doc, join_pointer(parent_pointer, keys[position - 1]))
        return TextEdit(previous.end_offset, _span(doc, pointer).end_offset, "")
    this_key = doc.source_map.key_span(pointer)
    next_key = doc.source_map.key_span(join_pointer(parent_pointer, keys[1]))
    if this_key is None or next_key is None:
        raise ValueError(NO_MEMBER_NAMES(pointer=pointer))
    return TextEdit(this_key.offset, next_key.offset, "")


def move_element(doc: Document, pointer: str, delta: int) -> TextEdit | None:
    """Move the array item at ``pointer`` by ``delta`` places (``-1`` up, ``+1`` down).

    ``None`` when it cannot move that way (first/last item, or not an array item).
    The items keep their own text; the separators between them stay where they were.
    """
    try:
        parent_pointer, parent, name = _parent(doc, pointer)
    except ValueError:
        return None
    if not isinstance(parent, list) or delta == 0:
        return None
    index = int(name)
    target = index + delta
    if not 0 <= target < len(parent):
        return None
    low, high = min(index, target), max(index, target)
    spans = _item_spans(doc, parent_pointer, len(parent))[low : high + 1]
    text = doc.text
    pieces = [text[span.offset : span.end_offset] for span in spans]
    separators = [text[a.end_offset : b.offset] for a, b in itertools.pairwise(spans)]
    order = list(range(len(pieces)))
    order.insert(target - low, order.pop(index - low))
    moved = pieces[order[0]]
    for separator, position in zip(separators, order[1:], strict=True):
        moved += separator + pieces[position]
    return TextEdit(spans[0].offset, spans[-1].end_offset, moved)


# One JSON token after optional whitespace (the text is known to be valid JSON when this runs).
_TOKEN = re.compile(r'[ \t\n\r\ufeff]*("(?:[^"\\]|\\.)*"|[{}\[\],:]|[^ \t\n\r\ufeff{}\[\],:"]+)')


def _tokens(text: str) -> list[str]:
    """The tokens of valid JSON text, each exactly as written (escapes and number spelling kept)."""
    read = read_json(text)
    if not read.ok:
        problem = read.diagnostics[-1]
        raise ValueError(AT_LINE(line=problem.line, column=problem.column, problem=problem.message))
    return _TOKEN.findall(text)


def format_json(text: str, indent: int = 2) -> str:
    """``text`` re-indented: members in their order, strings and numbers exactly as written
    (so ``1e2`` stays ``1e2`` and a duplicate key is not silently dropped).

    Raises ``ValueError`` naming the line and column when the text is not valid JSON.
    """
    tokens = _tokens(text)
    unit = " " * indent
    out: list[str] = []
    depth = 0
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token in ("{", "["):
            closer = "}" if token == "{" else "]"
            if index + 1 < len(tokens) and tokens[index + 1] == closer:
                out.append(token + closer)
                index += 2
                continue
            depth += 1
            out.append(token + "\n" + unit * depth)
        elif token in ("}", "]"):
            depth -= 1
            out.append("\n" + unit * depth + token)
        elif token == ",":
            out.append(",\n" + unit * depth)
        elif token == ":":
            out.append(": ")
        else:
            out.append(token)
        index += 1
    return "".join(out) + "\n"


def minify_json(text: str) -> str:
    """``text`` on one line without spaces; ``ValueError`` (line, column) on broken JSON."""
    return "".join(_tokens(text))
