"""Where a component may stand: one set of rules for lint (errors) and the palette (refusals).

Sources (doc-hub-mcp, ``build-card-with-json/``): ``card-json-v2-breaking-changes-release-notes.md``
(容器类组件新增可内嵌的组件类型 — the 1.0 and 2.0 nesting tables, note/action removed in 2.0),
``card-components/containers/*.md``, ``card-components/content-components/note.md`` and the
classic ``action`` module (buttons, menus and pickers stand in an action row).
"""

from __future__ import annotations

from dataclasses import dataclass

from designer.cards.models import COMPONENT_TAGS
from designer.cards.specs import BY_TAG, CHILD_LISTS, Holds, holds_only

# Every fact by tag (versions, what a container holds, where a component may stand) is in its
# spec (``specs.py``); this module turns them into lint's verdict and its message.

# What a container with a short list of children takes, in words.
_HOLDS_ONLY: dict[Holds, str] = {
    Holds.COLUMNS: "a column_set's 'columns' holds only 'column', found '{tag}'",
    Holds.NOTE_ITEMS: "a note holds only texts, icons and images, found '{tag}'",
    Holds.ACTION_ITEMS: "an action row holds only buttons, menus and pickers, found '{tag}'",
}


@dataclass(frozen=True, slots=True)
class Misplacement:
    """Why a component may not stand where it is: the lint rule id and a message."""

    rule: str
    message: str


def misplacement(
    tag: str, ancestors: tuple[str, ...], version: str, *, standalone: bool = True
) -> Misplacement | None:
    """Why ``tag`` may not stand inside ``ancestors`` (tags, outermost first), or ``None``.

    ``standalone`` is False for a component that is a field of another (``div.extra``), where
    texts and icons are fine. Unknown tags are not judged here (the schema reports them).
    """
    if tag not in COMPONENT_TAGS:
        return None
    spec = BY_TAG[tag]
    parent = ancestors[-1] if ancestors else None
    shown_in = "2.0" if version == "2.0" else "1.0"  # anything else reads as a classic card
    if shown_in not in spec.versions:
        if shown_in == "2.0":
            return Misplacement(
                "v2-removed-component", f"'{tag}' does not exist in JSON 2.0: {spec.removed_hint}"
            )
        return Misplacement(
            "misplaced-component",
            f'\'{tag}\' exists only in JSON 2.0 cards: add "schema": "2.0" and put the components in body.elements',
        )
    if tag == "form" and "form" in ancestors:
        return Misplacement("form-in-form", "a form may not contain another form")
    if spec.only_in is not None and parent != spec.only_in:
        return Misplacement(
            "misplaced-component",
            f"'{tag}' may only stand in a {spec.only_in}'s '{CHILD_LISTS[spec.only_in]}'",
        )
    only = holds_only(parent) if parent is not None else None
    if only is not None and parent is not None:
        if tag in only:
            return None
        return Misplacement("misplaced-component", _HOLDS_ONLY[BY_TAG[parent].holds].format(tag=tag))
    if spec.note_only and standalone:
        return Misplacement(
            "misplaced-component",
            f"'{tag}' is not a component on its own (only inside a note): use a div or a markdown",
        )
    if version != "2.0" and spec.action and parent is None:
        return Misplacement(
            "button-outside-action",
            f"'{tag}' must be inside an 'action' row in the classic schema "
            f'(wrap it: {{"tag": "action", "actions": [...]}})',
        )
    return _container_rule(tag, parent, version)


def _container_rule(tag: str, parent: str | None, version: str) -> Misplacement | None:
    container = BY_TAG.get(parent) if parent is not None else None
    if container is None:
        return None
    if version == "2.0":
        if tag in container.v2_never:
            return Misplacement("misplaced-component", f"a {parent} may not hold a {tag} in JSON 2.0")
        return None
    if tag in container.v1_never:
        return Misplacement("misplaced-component", f"a {parent} may not hold a {tag} in the classic schema")
    allowed = container.v1_only
    if allowed is not None and tag not in allowed:
        return Misplacement(
            "misplaced-component",
            f"a {parent} holds only {', '.join(sorted(allowed))} in the classic schema, found '{tag}'",
        )
    return None
