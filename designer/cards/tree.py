"""Walking the components of a raw card (``Document.card``), valid or not.

Lint, the outline and the catalog's insert planning all need the same facts: which arrays
hold components, which component holds which, in what order. They live here once.
The walk uses an explicit stack and tolerates any shape (a string where an object
should be is skipped, not a crash).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from designer.cards.jsontext import join_pointer, split_pointer

# component tag -> the member holding its child components (in Feishu's own names)
CHILD_LISTS: dict[str, str] = {
    "column_set": "columns",
    "column": "elements",
    "form": "elements",
    "collapsible_panel": "elements",
    "interactive_container": "elements",
    "action": "actions",
    "note": "elements",
}

# Components that go in an ``action`` row in 1.0 (action.md; JSON 2.0 lets them stand alone).
ACTION_TAGS: frozenset[str] = frozenset(
    {
        "button",
        "overflow",
        "select_static",
        "multi_select_static",
        "select_person",
        "multi_select_person",
        "date_picker",
        "picker_time",
        "picker_datetime",
    }
)

# Components whose value a form submits (form-container.md): each needs a unique ``name``.
FORM_FIELD_TAGS: frozenset[str] = frozenset(
    {
        "input",
        "select_static",
        "multi_select_static",
        "select_person",
        "multi_select_person",
        "date_picker",
        "picker_time",
        "picker_datetime",
        "checker",
        "select_img",
    }
)


@dataclass(frozen=True, slots=True)
class ElementVisit:
    """One component met by ``walk_elements``.

    ``ancestors`` are the tags of the enclosing components, outermost first;
    ``array_pointer`` is the array it stands in (``None`` for ``div.extra``);
    ``language`` is the ``i18n_elements`` key it belongs to (``None`` otherwise).
    """

    pointer: str
    element: dict[str, Any]
    tag: str
    ancestors: tuple[str, ...]
    array_pointer: str | None
    index: int
    language: str | None


def top_level_arrays(card: Any, card_pointer: str) -> list[tuple[str, list[Any], str | None]]:
    """The arrays of top-level components: ``(pointer, array, language)``."""
    arrays: list[tuple[str, list[Any], str | None]] = []
    if not isinstance(card, dict):
        return arrays
    elements = card.get("elements")
    if isinstance(elements, list):
        arrays.append((join_pointer(card_pointer, "elements"), elements, None))
    body = card.get("body")
    if isinstance(body, dict) and isinstance(body.get("elements"), list):
        arrays.append((join_pointer(join_pointer(card_pointer, "body"), "elements"), body["elements"], None))
    i18n = card.get("i18n_elements")
    if isinstance(i18n, dict):
        base = join_pointer(card_pointer, "i18n_elements")
        for language, array in i18n.items():
            if isinstance(array, list):
                arrays.append((join_pointer(base, language), array, language))
    return arrays


def body_array_pointer(card: Any, card_pointer: str, version: str) -> str:
    """Where new top-level components go: ``/elements`` (1.0) or ``/body/elements`` (2.0)."""
    if version == "2.0":
        return join_pointer(join_pointer(card_pointer, "body"), "elements")
    return join_pointer(card_pointer, "elements")


def walk_elements(card: Any, card_pointer: str) -> Iterator[ElementVisit]:
    """Every component in document order (depth first), with where it stands."""
    stack: list[tuple[str, Any, tuple[str, ...], str | None, int, str | None]] = []
    for array_pointer, array, language in reversed(top_level_arrays(card, card_pointer)):
        for index in reversed(range(len(array))):
            stack.append(
                (join_pointer(array_pointer, index), array[index], (), array_pointer, index, language)
            )
    while stack:
        pointer, element, ancestors, array_pointer, index, language = stack.pop()
        if not isinstance(element, dict):
            continue
        tag = element.get("tag")
        tag = tag if isinstance(tag, str) else ""
        yield ElementVisit(pointer, element, tag, ancestors, array_pointer, index, language)
        inner = (*ancestors, tag)
        children: list[tuple[str, Any, tuple[str, ...], str | None, int, str | None]] = []
        member = CHILD_LISTS.get(tag)
        if member and isinstance(element.get(member), list):
            child_array = join_pointer(pointer, member)
            for child_index, child in enumerate(element[member]):
                children.append(
                    (join_pointer(child_array, child_index), child, inner, child_array, child_index, language)
                )
        if tag == "div" and isinstance(element.get("extra"), dict):
            children.append((join_pointer(pointer, "extra"), element["extra"], inner, None, 0, language))
        stack.extend(reversed(children))


def get_pointer(data: Any, pointer: str) -> Any:
    """The value at ``pointer`` (RFC 6901), or ``None`` when there is none."""
    current = data
    for token in split_pointer(pointer):
        if isinstance(current, dict):
            if token not in current:
                return None
            current = current[token]
        elif isinstance(current, list):
            if not token.isdigit() or int(token) >= len(current):
                return None
            current = current[int(token)]
        else:
            return None
    return current


def text_of(value: Any) -> str:
    """The visible text of a text object (or a markdown ``content``), ``""`` when none."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        content = value.get("content")
        if isinstance(content, str):
            return content
        for key in ("i18n", "i18n_content"):
            translations = value.get(key)
            if isinstance(translations, dict):
                for text in translations.values():
                    if isinstance(text, str) and text:
                        return text
    return ""
