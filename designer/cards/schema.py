"""Checking a card against the pydantic models, with every error mapped back to the text.

pydantic reports ``loc`` paths through its own model structure (a discriminated union adds
the tag, e.g. ``("elements", 0, "button", "text")``); ``pointer_for_loc`` walks the raw
data alongside so the diagnostic carries the RFC 6901 pointer and span of what the author
wrote. Messages say what was expected and what was found.
"""

from __future__ import annotations

import difflib
import functools
import json
from typing import Any

from pydantic import BaseModel, ValidationError

from designer.cards.document import Diagnostic, Severity, SourceMap, Span
from designer.cards.jsontext import CONTAINERS, join_pointer, split_pointer
from designer.cards.models import COMPONENT_TAGS
from designer.cards.placeholders import filled_in_later, is_placeholder
from designer.cards.rules import diagnostic
from designer.cards.tree import get_pointer

# Fields that CardKit (Feishu's card builder) writes into the JSON it exports and Feishu accepts.
_TOOL_FIELDS = frozenset({"_varloop"})

_TYPE_NAMES: dict[str, str] = {
    "string_type": "a string",
    "bool_type": "true or false",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
    "list_type": "an array",
}


def quoted(text: str, limit: int = 60) -> str:
    """``text`` in double quotes for a one-line message: shortened, newlines and quotes escaped."""
    shown = text if len(text) <= limit else text[: limit - 3] + "..."
    return json.dumps(shown, ensure_ascii=False)


def describe_value(value: Any) -> str:
    """A short description of a JSON value for messages: ``the string "abc"``, ``number 3``..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"number {value}"
    if isinstance(value, str):
        return f"the string {quoted(value, 30)}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def nearest(word: str, candidates: Any) -> str | None:
    """The closest candidate by spelling (difflib), for "did you mean ...?"."""
    matches = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return matches[0] if matches else None


def pointer_for_loc(data: Any, base: str, loc: tuple[int | str, ...]) -> tuple[str, str | None]:
    """The pointer a pydantic ``loc`` names in ``data``, and the missing member name if any."""
    current = data
    pointer = base
    for position, step in enumerate(loc):
        inside = (isinstance(current, dict) and step in current) or (
            isinstance(current, list) and isinstance(step, int) and 0 <= step < len(current)
        )
        if inside:
            current = current[step]
            pointer = join_pointer(pointer, step)
        elif isinstance(current, dict) and isinstance(step, str) and position == len(loc) - 1:
            return pointer, step
        # else: a union member name pydantic added ("button", "str"): not in the data.
    return pointer, None


def check_model(
    model: type[BaseModel], data: Any, base: str, source_map: SourceMap, *, unknown_is_error: bool = False
) -> tuple[BaseModel | None, list[Diagnostic]]:
    """Validate ``data`` (found at pointer ``base``); the model or ``None``, and the diagnostics.

    ``unknown_is_error``: JSON 2.0 rejects fields it does not know, where 1.0 ignores them
    (card-json-v2-breaking-changes-release-notes.md, 属性校验变更).
    """
    try:
        validated = model.model_validate(data)
    except ValidationError as exc:
        found: list[Diagnostic] = []
        placeholders: set[str] = set()
        for error in exc.errors(include_url=False):
            problem = _error_diagnostic(error, data, base, source_map)
            if problem is None:
                continue
            if problem.rule == "template-placeholder":
                # A union (int | str...) reports one error per member: one line per value is enough.
                if problem.pointer in placeholders:
                    continue
                placeholders.add(problem.pointer)
            found.append(problem)
        return None, found
    except RecursionError:  # pragma: no cover - the parser caps depth well below this
        span = source_map.locate(base)
        return None, [diagnostic("nesting-too-deep", "the card is nested too deeply to check", base, span)]
    return validated, unknown_fields(validated, base, source_map, unknown_is_error=unknown_is_error)


def _error_diagnostic(error: Any, data: Any, base: str, source_map: SourceMap) -> Diagnostic | None:
    kind: str = error["type"]
    value = error.get("input")
    pointer, missing = pointer_for_loc(data, base, tuple(error["loc"]))
    if is_placeholder(value):
        # A template fills it in later: what it will be is not known here.
        return diagnostic(
            "template-placeholder", filled_in_later(quoted(value)), pointer, source_map.locate(pointer)
        )
    field = _field_name(pointer)
    if kind == "union_tag_invalid":
        tag = str(error.get("ctx", {}).get("tag", ""))
        if is_placeholder(tag):
            tag_pointer = join_pointer(pointer, "tag")
            return diagnostic(
                "template-placeholder",
                filled_in_later(quoted(tag)),
                tag_pointer,
                source_map.locate(tag_pointer),
            )
        expected_text = str(error.get("ctx", {}).get("expected_tags", ""))
        expected_tags = [part.strip(" '") for part in expected_text.split(",")]
        tag_pointer = join_pointer(pointer, "tag")
        if tag in COMPONENT_TAGS or tag == "markdown":
            # A real tag in the wrong kind of slot (e.g. a component where a text object goes).
            return diagnostic(
                "invalid-value",
                f"'{tag}' is not allowed here; expected {expected_text.replace(', ', ' or ')}",
                tag_pointer,
                source_map.locate(tag_pointer),
            )
        slot_is_component = set(expected_tags) == set(COMPONENT_TAGS)
        guess = nearest(tag, expected_tags)
        hint = f"; did you mean '{guess}'?" if guess else ""
        what = (
            "a component"
            if slot_is_component
            else f"a valid tag here (expected {expected_text.replace(', ', ' or ')})"
        )
        return diagnostic(
            "unknown-tag",
            f"'{tag}' is not {what}{hint}",
            tag_pointer,
            source_map.locate(tag_pointer),
            suggestion=guess,
        )
    if kind == "union_tag_not_found":
        return diagnostic(
            "missing-required",
            'component has no \'tag\' (e.g. "tag": "markdown")',
            pointer,
            _object_mark(source_map, pointer),
        )
    if kind in ("missing", "missing_content"):
        field_name = missing if kind == "missing" and missing is not None else "content"
        what = f"missing required field '{field_name}'" if kind == "missing" else str(error["msg"])
        typo = _misspelt_member(data, base, pointer, field_name)
        hint = f" ('{typo}' is there: a typo?)" if typo else ""
        return diagnostic(
            "missing-required",
            f"{what}{_where(data, base, pointer)}{hint}",
            pointer,
            _object_mark(source_map, pointer),
            suggestion=field_name if typo else None,
        )
    if kind in _TYPE_NAMES:
        return diagnostic(
            "wrong-type",
            f"{field}: expected {_TYPE_NAMES[kind]}, found {describe_value(value)}",
            pointer,
            source_map.locate(pointer),
        )
    if kind == "literal_error":
        expected = str(error.get("ctx", {}).get("expected", ""))
        allowed = [part.strip(" '") for part in expected.replace(" or ", ", ").split(",")]
        guess = nearest(value, allowed) if isinstance(value, str) else None
        hint = f"; did you mean '{guess}'?" if guess else ""
        return diagnostic(
            "invalid-value",
            f"{field}: {describe_value(value)} is not allowed; expected {expected}{hint}",
            pointer,
            source_map.locate(pointer),
            suggestion=guess,
        )
    return diagnostic("invalid-value", f"{field}: {error['msg']}", pointer, source_map.locate(pointer))


def _misspelt_member(data: Any, base: str, pointer: str, wanted: str) -> str | None:
    """A member of the object at ``pointer`` spelt close to the missing ``wanted`` ("contnet")."""
    relative = pointer[len(base) :] if pointer.startswith(base) else pointer
    obj = get_pointer(data, relative)
    if not isinstance(obj, dict):
        return None
    others = [key for key in obj if key != wanted]
    matches = difflib.get_close_matches(wanted, others, n=1, cutoff=0.7)
    return matches[0] if matches else None


def _object_mark(source_map: SourceMap, pointer: str) -> Span:
    """Where to mark something missing from the object at ``pointer``: its member name when it has
    one (``"text": {``), else its opening brace — not the whole object, which may span 50 lines."""
    key = source_map.key_span(pointer)
    if key is not None:
        return key
    span = source_map.locate(pointer)
    return Span(span.offset, span.offset + 1, span.line, span.column, span.line, span.column + 1)


def _field_name(pointer: str) -> str:
    """How a message names the value at ``pointer``: ``'content'``, or ``item 3 of 'elements'``."""
    tokens = split_pointer(pointer)
    if not tokens:
        return "the card"
    if tokens[-1].isdigit():
        owner = f" of '{tokens[-2]}'" if len(tokens) > 1 else ""
        return f"item {tokens[-1]}{owner}"
    return f"'{tokens[-1]}'"


def _where(data: Any, base: str, pointer: str) -> str:
    """`` in 'button'`` for a component or text, `` in 'columns' item 0`` otherwise (names the object)."""
    relative = pointer[len(base) :] if pointer.startswith(base) else pointer
    value = get_pointer(data, relative)
    if isinstance(value, dict) and isinstance(value.get("tag"), str):
        return f" in '{value['tag']}'"
    tokens = split_pointer(relative)
    if tokens:
        return f" in {_field_name(pointer)}"
    return ""


# What may hold a model (a tuple for isinstance: ``A | B`` in an expression is built per call).
_WALKED = (BaseModel, *CONTAINERS)
# Most fields of a model are unset or text: a type lookup skips them cheaper than isinstance
# (anything else pushed is a model, a container, or ignored when popped).
_SCALARS = frozenset({str, int, float, bool})

# Where a value sits, without formatting its pointer: the pointer string (the root), or
# (where its parent sits, its key or index). Only a value with something to report needs its
# pointer, and formatting one for every value of a 30 KB card was a tenth of its parse + lint.
_Location = str | tuple["_Location", str | int]


def _pointer_of(location: _Location) -> str:
    tokens: list[str | int] = []
    while isinstance(location, tuple):
        location, token = location
        tokens.append(token)
    for token in reversed(tokens):
        location = join_pointer(location, token)
    return location


@functools.cache
def _json_names(model: type[BaseModel]) -> dict[str, str]:
    """Attribute -> JSON name of each field of ``model``: the same for every instance."""
    return {name: info.alias or name for name, info in model.model_fields.items()}


def unknown_fields(
    model: BaseModel, pointer: str, source_map: SourceMap, *, unknown_is_error: bool = False
) -> list[Diagnostic]:
    """A diagnostic for every member Feishu does not know (kept in ``model_extra``): a warning,
    or an error where Feishu rejects such members (JSON 2.0)."""
    found: list[Diagnostic] = []
    severity = Severity.ERROR if unknown_is_error else Severity.WARNING
    consequence = "JSON 2.0 rejects unknown fields" if unknown_is_error else "Feishu ignores it"
    # Only models and containers can hold a model: scalars are not walked.
    stack: list[tuple[Any, _Location]] = [(model, pointer)]
    while stack:
        value, at = stack.pop()
        if isinstance(value, BaseModel):
            names = _json_names(type(value))
            extra = value.model_extra
            if extra:
                where = _pointer_of(at)
                known = list(names.values())
                for name in extra:
                    if name in _TOOL_FIELDS:
                        continue
                    member = join_pointer(where, name)
                    guess = nearest(name, known)
                    hint = f"; did you mean '{guess}'?" if guess else ""
                    tag = getattr(value, "tag", None)
                    owner = f" of '{tag}'" if isinstance(tag, str) else ""
                    found.append(
                        diagnostic(
                            "unknown-field",
                            f"unknown field '{name}'{owner}: {consequence}{hint}",
                            member,
                            source_map.locate(member, key=True),
                            severity=severity,
                            suggestion=guess,
                        )
                    )
            # A model's __dict__ holds exactly its fields, in order (extras live apart):
            # reading it beats a getattr per field of every model.
            for name, child in vars(value).items():
                if child is not None and type(child) not in _SCALARS:
                    stack.append((child, (at, names[name])))
        elif isinstance(value, list):
            stack.extend((item, (at, index)) for index, item in enumerate(value) if isinstance(item, _WALKED))
        elif isinstance(value, dict):
            stack.extend((item, (at, key)) for key, item in value.items() if isinstance(item, _WALKED))
    return found
