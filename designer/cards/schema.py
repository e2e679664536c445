"""Checking a card against the models of ``models.py``, with every error mapped back to the text.

The check is pydantic's strict mode, reproduced for the few type forms the models use: the
same errors (``{"type", "loc", "msg", "input", "ctx"}``), in the same order, so the messages
read as before. pydantic itself is not imported: importing it and building the validators of
the card models took two thirds of `card-designer validate`'s start-up and a good part of the
window's (issue 10); checking a 30 KB card in Python costs about what pydantic's validation
plus the walk for unknown fields did. tests/cards/test_model_check.py compares both on many cards.

``loc`` paths go through the model structure (a discriminated union adds the tag, e.g.
``("elements", 0, "button", "text")``); ``pointer_for_loc`` walks the raw data alongside so
the diagnostic carries the RFC 6901 pointer and span of what the author wrote. Messages say
what was expected and what was found.
"""

from __future__ import annotations

import functools
import json
import types
import typing
from collections.abc import Callable
from typing import Annotated, Any, Literal, Union

from designer.cards.document import Diagnostic, Severity, SourceMap, Span
from designer.cards.jsontext import join_pointer, split_pointer
from designer.cards.models import COMPONENT_TAGS, Alias, CardModel, Discriminator, annotation_of
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
    import difflib  # only when something is misspelt: a clean card's check never needs it

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
    model: type[CardModel], data: Any, base: str, source_map: SourceMap, *, unknown_is_error: bool = False
) -> tuple[CardModel | None, list[Diagnostic]]:
    """Validate ``data`` (found at pointer ``base``); the model or ``None``, and the diagnostics.

    ``unknown_is_error``: JSON 2.0 rejects fields it does not know, where 1.0 ignores them
    (card-json-v2-breaking-changes-release-notes.md, 属性校验变更).
    """
    try:
        found_all, validated = model_errors(model, data)
    except RecursionError:  # pragma: no cover - the parser caps depth well below this
        span = source_map.locate(base)
        return None, [diagnostic("nesting-too-deep", TOO_DEEP_TO_CHECK(), base, span)]
    if validated is None:
        found: list[Diagnostic] = []
        placeholders: set[str] = set()
        for item in found_all:
            if item.error is None:
                continue
            problem = _error_diagnostic(item.error, data, base, source_map)
            if problem is None:
                continue
            if problem.rule == "template-placeholder":
                # A union (int | str...) reports one error per member: one line per value is enough.
                if problem.pointer in placeholders:
                    continue
                placeholders.add(problem.pointer)
            found.append(problem)
        return None, found
    return validated, _unknown_fields(found_all, base, source_map, unknown_is_error=unknown_is_error)


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
    import difflib

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


# --- the check ----------------------------------------------------------------------------------

# A failed value (its errors are in the found list); ``None`` is a valid value.
_INVALID: Any = object()
_MISSING: Any = object()


class _Label(str):
    """A ``loc`` step that names a union member ("button", "int"), not a member of the data."""

    __slots__ = ()


class _Found:
    """An error (pydantic's shape) or the unknown members of one object, found during a check.

    ``steps`` is its path, leaf first: each level appends its own step as the check returns,
    so a valid value costs no path at all.
    """

    __slots__ = ("error", "known", "names", "owner", "steps")

    def __init__(
        self,
        error: dict[str, Any] | None,
        names: tuple[str, ...] = (),
        known: tuple[str, ...] = (),
        owner: Any = None,
    ) -> None:
        self.error = error
        self.names = names
        self.known = known
        self.owner = owner
        self.steps: list[str | int] = []


def _error(kind: str, message: str, value: Any, ctx: dict[str, str] | None = None) -> _Found:
    error: dict[str, Any] = {"type": kind, "loc": (), "msg": message, "input": value}
    if ctx is not None:
        error["ctx"] = ctx
    return _Found(error)


def _prefix(found: list[_Found], start: int, step: str | int) -> None:
    """Put ``step`` in front of the paths of everything found since ``start``."""
    for index in range(start, len(found)):
        found[index].steps.append(step)


# A compiled check: (value, found) -> the checked value or _INVALID (errors appended to found).
_Check = Callable[[Any, list[_Found]], Any]
# A model's field: (attribute, index, check, plain type, Literal values, null allowed); see _plain.
_Field = tuple[str, int, "_Check | None", "type | None", "frozenset[str] | None", bool]

_SCALAR_ERRORS: dict[type, tuple[str, str]] = {
    str: ("string_type", "Input should be a valid string"),
    int: ("int_type", "Input should be a valid integer"),
    bool: ("bool_type", "Input should be a valid boolean"),
}


def _scalar_check(kind: type) -> _Check:
    error_type, message = _SCALAR_ERRORS[kind]

    def check(value: Any, found: list[_Found]) -> Any:
        # Strict: True is not an int, 3.0 not an int, "3" not an int.
        if type(value) is kind:
            return value
        found.append(_error(error_type, message, value))
        return _INVALID

    return check


def _literal_check(allowed: tuple[Any, ...]) -> _Check:
    if not all(type(option) is str for option in allowed):
        raise TypeError(f"only string literals are supported: {allowed!r}")
    options = frozenset(allowed)
    shown = [repr(option) for option in allowed]
    expected = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"
    message = f"Input should be {expected}"

    def check(value: Any, found: list[_Found]) -> Any:
        if type(value) is str and value in options:
            return value
        found.append(_error("literal_error", message, value, {"expected": expected}))
        return _INVALID

    return check


def _list_check(item: _Check | None) -> _Check:
    def check(value: Any, found: list[_Found]) -> Any:
        if type(value) is not list:
            found.append(_error("list_type", "Input should be a valid list", value))
            return _INVALID
        if item is None:
            return value
        result = []
        valid = True
        for index, member in enumerate(value):
            start = len(found)
            checked = item(member, found)
            if len(found) > start:
                _prefix(found, start, index)
                if checked is _INVALID:
                    valid = False
            result.append(checked)
        return result if valid else _INVALID

    return check


def _dict_check(item: _Check | None) -> _Check:
    def check(value: Any, found: list[_Found]) -> Any:
        if type(value) is not dict:
            found.append(_error("dict_type", "Input should be a valid dictionary", value))
            return _INVALID
        if item is None:
            return value
        result = {}
        valid = True
        for key, member in value.items():
            start = len(found)
            checked = item(member, found)
            if len(found) > start:
                _prefix(found, start, key)
                if checked is _INVALID:
                    valid = False
            result[key] = checked
        return result if valid else _INVALID

    return check


def _nullable_check(inner: _Check) -> _Check:
    def check(value: Any, found: list[_Found]) -> Any:
        return None if value is None else inner(value, found)

    return check


def _union_check(members: list[tuple[str, _Check]]) -> _Check:
    """The first member the value fits; else every member's errors, each under its label."""

    def check(value: Any, found: list[_Found]) -> Any:
        failures: list[_Found] = []
        for label, member in members:
            own: list[_Found] = []
            checked = member(value, own)
            if checked is not _INVALID:
                found += own
                return checked
            for item in own:
                item.steps.append(_Label(label))
            failures += own
        found += failures
        return _INVALID

    return check


def _tagged_check(key: str, members: dict[str, _Check]) -> _Check:
    """A discriminated union: the member is the one whose ``key`` literal the object names."""
    expected = ", ".join(repr(tag) for tag in members)
    shown_key = repr(key)

    def check(value: Any, found: list[_Found]) -> Any:
        if type(value) is not dict:
            found.append(
                _error(
                    "model_attributes_type",
                    "Input should be a valid dictionary or object to extract fields from",
                    value,
                )
            )
            return _INVALID
        tag = value.get(key, _MISSING)
        if tag is _MISSING:
            found.append(
                _error(
                    "union_tag_not_found",
                    f"Unable to extract tag using discriminator {shown_key}",
                    value,
                    {"discriminator": shown_key},
                )
            )
            return _INVALID
        member = members.get(tag) if type(tag) is str else None
        if member is None:
            found.append(
                _error(
                    "union_tag_invalid",
                    f"Input tag '{tag}' found using {shown_key} does not match any of the "
                    f"expected tags: {expected}",
                    value,
                    {"discriminator": shown_key, "tag": str(tag), "expected_tags": expected},
                )
            )
            return _INVALID
        start = len(found)
        checked = member(value, found)
        if len(found) > start:
            _prefix(found, start, _Label(tag))
        return checked

    return check


class _ModelCheck:
    """The compiled check of one model class: its fields, their checks and defaults."""

    def __init__(self, model: type[CardModel]) -> None:
        self.model = model
        # JSON name -> (attr, index, check, plain type, its allowed values, None allowed)
        self.fields: dict[str, _Field] = {}
        self.required: list[tuple[str, str, int]] = []  # (JSON name, attr, index), in field order
        self.template: dict[str, Any] = {}  # attr -> default (None for a required field), in order
        self.known: tuple[str, ...] = ()  # the JSON names, for "did you mean"
        self.ready = False  # fields compiled
        self.by_name: dict[str, tuple[str, _Field]] = {}  # aliased fields: Python name -> JSON name, field
        self.after = model.content_problem if model.content_problem is not CardModel.content_problem else None

    def compile(self) -> None:
        for index, (name, annotation) in enumerate(_field_annotations(self.model).items()):
            json_name = name
            if typing.get_origin(annotation) is Annotated:
                inner, *meta = typing.get_args(annotation)
                aliases = [item.name for item in meta if isinstance(item, Alias)]
                if aliases:
                    json_name, annotation = aliases[0], inner
            field = (name, index, _compile(annotation), *_plain(annotation))
            self.fields[json_name] = field
            if json_name != name:
                # Read under its Python name too where the JSON name is absent (pydantic's
                # populate_by_name); beside the JSON name, it is an unknown member.
                self.by_name[name] = (json_name, field)
            default = _default(self.model, name)
            if default is _MISSING:
                self.required.append((json_name, name, index))
            self.template[name] = None if default is _MISSING else default
            self.known += (json_name,)
        self.ready = True

    def check(self, value: Any, found: list[_Found]) -> Any:
        if type(value) is not dict:
            name = self.model.__name__
            found.append(
                _error(
                    "model_type",
                    f"Input should be a valid dictionary or instance of {name}",
                    value,
                    {"class_name": name},
                )
            )
            return _INVALID
        return self.check_fields(value, found)

    def check_fields(self, data: dict[str, Any], found: list[_Found]) -> Any:
        """``data`` (an object) as an instance of the model, or _INVALID."""
        if not self.ready:
            self.compile()
        fields = self.fields
        instance = object.__new__(self.model)
        values = instance.__dict__
        values.update(self.template)
        start_all = len(found)
        groups: list[tuple[int, int, int]] | None = None  # (field index, start, end) with findings
        valid = True
        extra: dict[str, Any] | None = None
        for key, value in data.items():
            field = fields.get(key)
            if field is None and key in self.by_name and self.by_name[key][0] not in data:
                field = self.by_name[key][1]
            if field is None:
                if extra is None:
                    extra = {}
                extra[key] = value
                continue
            name, index, check, plain, options, nullable = field
            # Most values are text, numbers or flags, or left out as null: answered here,
            # without a call (this loop runs for every member of a 30 KB card).
            if check is None or (
                (value is None and nullable)
                or (type(value) is plain and (options is None or value in options))
            ):
                values[name] = value
                continue
            start = len(found)
            checked = check(value, found)
            if len(found) > start:
                _prefix(found, start, key)
                if groups is None:
                    groups = []
                groups.append((index, start, len(found)))
                if checked is _INVALID:
                    valid = False
                    continue
            values[name] = checked
        for json_name, name, index in self.required:
            if json_name not in data and (name == json_name or name not in data):
                start = len(found)
                missing = _error("missing", "Field required", data)
                missing.steps.append(json_name)
                found.append(missing)
                if groups is None:
                    groups = []
                groups.append((index, start, start + 1))
                valid = False
        if groups is not None and len(groups) > 1:
            # pydantic reports in field order; the data may name them in any order.
            ordered = sorted(groups, key=lambda group: group[0])
            if ordered != groups:
                found[start_all:] = [item for _, start, end in ordered for item in found[start:end]]
        if not valid:
            return _INVALID
        instance.model_extra = extra if extra is not None else {}
        if self.after is not None:
            problem = self.after(instance)
            if problem is not None:
                found.append(_error("missing_content", problem, data))
                return _INVALID
        if extra:
            found.append(_Found(None, tuple(extra), self.known, data.get("tag")))
        return instance


def _plain(annotation: Any) -> tuple[type | None, frozenset[str] | None, bool]:
    """What a field's value may be without a call to its check: (a text, number or flag type,
    the allowed values of a ``Literal``, whether null is allowed)."""
    nullable = False
    if typing.get_origin(annotation) in (Union, types.UnionType):
        options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        nullable = len(options) < len(typing.get_args(annotation))
        if len(options) != 1:
            return None, None, nullable
        annotation = options[0]
    if annotation in _SCALAR_ERRORS:
        return annotation, None, nullable
    if typing.get_origin(annotation) is Literal and all(type(arg) is str for arg in typing.get_args(annotation)):
        return str, frozenset(typing.get_args(annotation)), nullable
    return None, None, nullable


_MODEL_CHECKS: dict[type[CardModel], _ModelCheck] = {}


def _model_check(model: type[CardModel]) -> _ModelCheck:
    """The model's check; its fields are compiled when it first checks an object, so a card
    compiles the models of the components it holds, not all ~60 (and models referring to
    each other in cycles need no care)."""
    compiled = _MODEL_CHECKS.get(model)
    if compiled is None:
        compiled = _MODEL_CHECKS[model] = _ModelCheck(model)
    return compiled


_OWN_ANNOTATIONS: dict[type, dict[str, Any]] = {}


def _field_annotations(model: type) -> dict[str, Any]:
    """Field name -> resolved annotation, base classes' fields first (an override keeps its
    place), as pydantic orders them."""
    fields: dict[str, Any] = {}
    for owner in reversed(model.__mro__):
        if owner is not CardModel and issubclass(owner, CardModel):
            fields.update(_own_annotations(owner))
    return fields


def _own_annotations(owner: type) -> dict[str, Any]:
    """The fields ``owner`` declares itself, resolved once (bases are shared by many models)."""
    own = _OWN_ANNOTATIONS.get(owner)
    if own is None:
        resolved = {name: annotation_of(owner, name) for name in vars(owner).get("__annotations__", {})}
        own = _OWN_ANNOTATIONS[owner] = {
            name: value for name, value in resolved.items() if typing.get_origin(value) is not typing.ClassVar
        }
    return own


def _default(model: type[CardModel], name: str) -> Any:
    """The default of field ``name``: set where it was last declared (an override without a
    value makes it required, as ``Icon.tag`` over ``IconRef.tag``)."""
    for owner in model.__mro__:
        if name in vars(owner).get("__annotations__", {}):
            return vars(owner).get(name, _MISSING)
    return _MISSING


def _label(annotation: Any) -> str:
    """How pydantic names a union member in ``loc`` ("int", "dict[str,any]", "literal['drop']")."""
    if annotation is Any:
        return "any"
    origin = typing.get_origin(annotation)
    if origin is Literal:
        return f"literal[{','.join(repr(option) for option in typing.get_args(annotation))}]"
    if origin in (list, dict):
        return f"{origin.__name__}[{','.join(_label(arg) for arg in typing.get_args(annotation))}]"
    return str(annotation.__name__)


@functools.cache
def _compile(annotation: Any) -> _Check | None:
    """The check of one annotation; ``None`` for ``Any`` (anything goes). Compiled once:
    ``list[Element]`` alone stands in a dozen models."""
    if annotation is Any:
        return None
    if annotation in _SCALAR_ERRORS:
        return _scalar_check(annotation)
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is Annotated:
        inner, *meta = args
        keys = [item.key for item in meta if isinstance(item, Discriminator)]
        if not keys:
            return _compile(inner)
        members: dict[str, _Check] = {}
        for member in typing.get_args(inner):
            compiled = _model_check(member)
            for tag in typing.get_args(annotation_of(member, keys[0])):
                members[tag] = compiled.check_fields
        return _tagged_check(keys[0], members)
    if origin in (Union, types.UnionType):
        options = [arg for arg in args if arg is not type(None)]
        inner_check = (
            _compile(options[0])
            if len(options) == 1
            else _union_check([(_label(option), _compile(option) or _accept) for option in options])
        )
        if len(options) == len(args):
            return inner_check
        return None if inner_check is None else _nullable_check(inner_check)
    if origin is Literal:
        return _literal_check(args)
    if origin is list:
        return _list_check(_compile(args[0]))
    if origin is dict:
        if args[0] is not str:
            raise TypeError(f"JSON object keys are strings: {annotation!r}")
        return _dict_check(_compile(args[1]))
    if isinstance(annotation, type) and issubclass(annotation, CardModel):
        return _model_check(annotation).check
    raise TypeError(f"a card model uses a type the check does not know: {annotation!r}")


def _accept(value: Any, found: list[_Found]) -> Any:
    return value


def model_errors(model: type[CardModel], data: Any) -> tuple[list[_Found], CardModel | None]:
    """Everything found checking ``data`` against ``model`` (errors, and unknown members of
    valid objects), each with its ``loc``; and the instance, or ``None`` when there are errors."""
    found: list[_Found] = []
    checked = _model_check(model).check(data, found)
    for item in found:
        if item.error is not None:
            item.error["loc"] = tuple(reversed(item.steps))
    return found, (None if checked is _INVALID else checked)


def _unknown_fields(
    found: list[_Found], base: str, source_map: SourceMap, *, unknown_is_error: bool = False
) -> list[Diagnostic]:
    """A diagnostic for every member Feishu does not know: a warning, or an error where Feishu
    rejects such members (JSON 2.0)."""
    problems: list[Diagnostic] = []
    severity = Severity.ERROR if unknown_is_error else Severity.WARNING
    consequence = V2_REJECTS_UNKNOWN() if unknown_is_error else FEISHU_IGNORES()
    for item in found:
        names = [name for name in item.names if name not in _TOOL_FIELDS]
        if not names:
            continue
        # Only a reported object's pointer is formatted (a tenth of a 30 KB card's parse + lint
        # went into formatting one for every value).
        where = base
        for step in reversed(item.steps):
            if not isinstance(step, _Label):
                where = join_pointer(where, step)
        for name in names:
            member = join_pointer(where, name)
            if isinstance(item.owner, str):
                problem = UNKNOWN_FIELD_OF(name=name, tag=item.owner, consequence=consequence)
            else:
                problem = UNKNOWN_FIELD(name=name, consequence=consequence)
            problems.append(
                diagnostic(
                    "unknown-field",
                    guessed(problem, nearest(name, item.known)),
                    member,
                    source_map.locate(member, key=True),
                    severity=severity,
                )
            )
    return problems
