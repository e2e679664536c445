"""Fill a card template's ``${name}`` placeholders with a form's submitted values.

The round trip of the ephemeral scenario: a member submits a form card (its ``form_value``
maps each field's ``name`` to what they entered) and the bot posts a finished card built from
a template whose texts say ``${field_name}`` where a value goes (CardKit's variable spelling,
``placeholders.py``). ``fill_card`` replaces them in every string of the card (keys stay), so
the result is a new card and the template is untouched.

A value that is not a string is written as a person reads it: a list (a multi-select, several
people) joined by ", ", a bool as true/false, a number as it is. A placeholder with no
submitted value is left as it is (``missing_names`` lists them, so the caller can say which).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

# ${name}: a field name as Feishu's form components take it (letters, digits, _ and -; any
# script, since \w is Unicode).
_VARIABLE = re.compile(r"\$\{([\w-]+)\}")


def shown_value(value: Any) -> str:
    """``value`` (from ``form_value``) as text in a card."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ", ".join(shown_value(item) for item in value)
    if value is None:
        return ""
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def fill_text(text: str, values: Mapping[str, Any]) -> str:
    """``text`` with each ``${name}`` whose name is in ``values`` replaced (one pass: a value
    that itself says ``${x}`` is kept as written, never filled again)."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        return shown_value(values[name]) if name in values else match.group(0)

    return _VARIABLE.sub(replace, text)


def fill_card(card: Any, values: Mapping[str, Any]) -> Any:
    """A copy of ``card`` (any JSON value) with ``${name}`` filled in every string value."""
    if isinstance(card, str):
        return fill_text(card, values)
    if isinstance(card, list):
        return [fill_card(item, values) for item in card]
    if isinstance(card, dict):
        return {key: fill_card(item, values) for key, item in card.items()}
    return card


def variable_names(card: Any) -> list[str]:
    """The ``${name}`` names in ``card``'s string values, first seen first, each once."""
    names: dict[str, None] = {}

    def walk(value: Any) -> None:
        if isinstance(value, str):
            names.update(dict.fromkeys(_VARIABLE.findall(value)))
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    walk(card)
    return list(names)


def missing_names(card: Any, values: Mapping[str, Any]) -> list[str]:
    """The template's ``${name}`` names that ``values`` does not give."""
    return [name for name in variable_names(card) if name not in values]
