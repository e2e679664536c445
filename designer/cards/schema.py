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
from designer.messages import Message, Text, either

# Fields that CardKit (Feishu's card builder) writes into the JSON it exports and Feishu accepts.
_TOOL_FIELDS = frozenset({"_varloop"})

A_STRING = Text("a string")
TRUE_OR_FALSE = Text("true or false")
A_WHOLE_NUMBER = Text("a whole number")
A_NUMBER = Text("a number")
AN_OBJECT = Text("an object")
AN_ARRAY = Text("an array")
NUMBER_VALUE = Text("number {value}")
STRING_VALUE = Text("the string {value}")
THE_CARD = Text("the card")
ITEM = Text("item {index}")
ITEM_OF = Text("item {index} of '{owner}'")

DID_YOU_MEAN = Text("{problem}; did you mean '{suggestion}'?")
FIELD_PROBLEM = Text("{field}: {problem}")
TOO_DEEP_TO_CHECK = Text("the card is nested too deeply to check")
TAG_NOT_ALLOWED = Text("'{tag}' is not allowed here; expected {expected}")
NOT_A_COMPONENT = Text("'{tag}' is not a component")
NOT_A_TAG_HERE = Text("'{tag}' is not a valid tag here (expected {expected})")
NO_TAG = Text('component has no \'tag\' (e.g. "tag": "markdown")')
MISSING_FIELD = Text("missing required field '{field}'")
MISSING_CONTENT_OR_I18N = Text("missing required field 'content' (or 'i18n')")
IN_OWNER = Text("{problem} in {owner}")
TYPO = Text("{problem} ('{typo}' is there: a typo?)")
WRONG_TYPE = Text("{field}: expected {expected}, found {found}")
NOT_ALLOWED = Text("{field}: {found} is not allowed; expected {expected}")
UNKNOWN_FIELD = Text("unknown field '{name}': {consequence}")
UNKNOWN_FIELD_OF = Text("unknown field '{name}' of '{tag}': {consequence}")
V2_REJECTS_UNKNOWN = Text("JSON 2.0 rejects unknown fields")
FEISHU_IGNORES = Text("Feishu ignores it")

_TYPE_NAMES: dict[str, Text] = {
    "string_type": A_STRING,
    "bool_type": TRUE_OR_FALSE,
    "int_type": A_WHOLE_NUMBER,
    "int_from_float": A_WHOLE_NUMBER,
    "float_type": A_NUMBER,
    "dict_type": AN_OBJECT,
    "model_type": AN_OBJECT,
    "model_attributes_type": AN_OBJECT,
    "list_type": AN_ARRAY,
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
        return NUMBER_VALUE(value=value)
    if isinstance(value, str):
        return STRING_VALUE(value=quoted(value, 30))
    if isinstance(value, list):
        return AN_ARRAY()
    if isinstance(value, dict):
        return AN_OBJECT()
    return type(value).__name__


def nearest(word: str, candidates: Any) -> str | None:
    """The closest candidate by spelling (difflib), for "did you mean ...?"."""
    matches = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return matches[0] if matches else None


def guessed(problem: Message, guess: str | None) -> Message:
    """``problem``, followed by "did you mean ...?" when there is a ``guess``: the guess is the
    message's ``suggestion`` parameter, its one home (``Diagnostic.suggestion`` reads it)."""
    return DID_YOU_MEAN(problem=problem, suggestion=guess) if guess else problem


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
        return None, [diagnostic("nesting-too-deep", TOO_DEEP_TO_CHECK(), base, span)]
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
                TAG_NOT_ALLOWED(tag=tag, expected=either(expected_tags)),
                tag_pointer,
                source_map.locate(tag_pointer),
            )
        if set(expected_tags) == set(COMPONENT_TAGS):
            problem = NOT_A_COMPONENT(tag=tag)
        else:
            problem = NOT_A_TAG_HERE(tag=tag, expected=either(expected_tags))
        return diagnostic(
            "unknown-tag",
            guessed(problem, nearest(tag, expected_tags)),
            tag_pointer,
            source_map.locate(tag_pointer),
        )
    if kind == "union_tag_not_found":
        return diagnostic(
            "missing-required",
            NO_TAG(),
            pointer,
            _object_mark(source_map, pointer),
        )
    if kind in ("missing", "missing_content"):
        field_name = missing if kind == "missing" and missing is not None else "content"
        if kind == "missing" or "'i18n'" not in str(error["msg"]):
            problem = MISSING_FIELD(field=field_name)
        else:
            problem = MISSING_CONTENT_OR_I18N()
        owner = _owner(data, base, pointer)
        if owner is not None:
            problem = IN_OWNER(problem=problem, owner=owner)
        typo = _misspelt_member(data, base, pointer, field_name)
        if typo:  # the field it meant to be is the suggestion
            problem = TYPO(problem=problem, typo=typo, suggestion=field_name)
        return diagnostic("missing-required", problem, pointer, _object_mark(source_map, pointer))
    if kind in _TYPE_NAMES:
        return diagnostic(
            "wrong-type",
            WRONG_TYPE(field=field, expected=_TYPE_NAMES[kind](), found=describe_value(value)),
            pointer,
            source_map.locate(pointer),
        )
    if kind == "literal_error":
        expected = str(error.get("ctx", {}).get("expected", ""))
        allowed = [part.strip(" '") for part in expected.replace(" or ", ", ").split(",")]
        guess = nearest(value, allowed) if isinstance(value, str) else None
        problem = NOT_ALLOWED(field=field, found=describe_value(value), expected=either(allowed))
        return diagnostic("invalid-value", guessed(problem, guess), pointer, source_map.locate(pointer))
    # pydantic's own English (a check without a message of ours)
    problem = FIELD_PROBLEM(field=field, problem=str(error["msg"]))
    return diagnostic("invalid-value", problem, pointer, source_map.locate(pointer))


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
        return THE_CARD()
    if tokens[-1].isdigit():
        if len(tokens) > 1:
            return ITEM_OF(index=tokens[-1], owner=tokens[-2])
        return ITEM(index=tokens[-1])
    return f"'{tokens[-1]}'"


def _owner(data: Any, base: str, pointer: str) -> str | None:
    """The object a missing field is missing from: ``'button'`` for a component or text,
    ``item 0 of 'columns'`` otherwise; None for the card itself."""
    relative = pointer[len(base) :] if pointer.startswith(base) else pointer
    value = get_pointer(data, relative)
    if isinstance(value, dict) and isinstance(value.get("tag"), str):
        return f"'{value['tag']}'"
    tokens = split_pointer(relative)
    if tokens:
        return _field_name(pointer)
    return None


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
    consequence = V2_REJECTS_UNKNOWN() if unknown_is_error else FEISHU_IGNORES()
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
                    tag = getattr(value, "tag", None)
                    if isinstance(tag, str):
                        problem = UNKNOWN_FIELD_OF(name=name, tag=tag, consequence=consequence)
                    else:
                        problem = UNKNOWN_FIELD(name=name, consequence=consequence)
                    found.append(
                        diagnostic(
                            "unknown-field",
                            guessed(problem, nearest(name, known)),
                            member,
                            source_map.locate(member, key=True),
                            severity=severity,
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
