"""Walking the components of a raw card (``Document.card``), valid or not.

Lint, the outline, the catalog's insert planning and the preview all need the same facts:
which arrays hold components, which component holds which, in what order. The members that
hold components come from each tag's spec (``specs.py``); the walk over them lives here once.
The walk uses an explicit stack and tolerates any shape (a string where an object
should be is skipped, not a crash).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from designer.cards.jsontext import join_pointer, split_pointer
from designer.cards.specs import spec_of


def child_array(
    element: dict[str, Any], pointer: str, tag: str | None = None
) -> tuple[str, list[Any]] | None:
    """The array of ``element``'s child components (its spec's ``children`` member) and its
    pointer; ``None`` when its tag holds none or the member is not an array (mid-edit).
    ``tag`` reads the element as that tag whatever its own says (the preview draws each member
    of a column_set's ``columns`` as a column)."""
    spec = spec_of(element.get("tag") if tag is None else tag)
    member = spec.children if spec is not None else None
    if member is None or not isinstance(element.get(member), list):
        return None
    return join_pointer(pointer, member), element[member]


def single_child(element: dict[str, Any], pointer: str) -> tuple[str, dict[str, Any]] | None:
    """The one component a member of ``element`` holds (``div.extra``) and its pointer."""
    spec = spec_of(element.get("tag"))
    member = spec.single_child if spec is not None else None
    if member is None or not isinstance(element.get(member), dict):
        return None
    return join_pointer(pointer, member), element[member]


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
        array = child_array(element, pointer)
        if array is not None:
            array_at, items = array
            for child_index, child in enumerate(items):
                children.append(
                    (join_pointer(array_at, child_index), child, inner, array_at, child_index, language)
                )
        single = single_child(element, pointer)
        if single is not None:
            children.append((*single, inner, None, 0, language))
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
