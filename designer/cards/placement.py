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
from designer.messages import Message, Text

# Every fact by tag (versions, what a container holds, where a component may stand) is in its
# spec (``specs.py``); this module turns them into lint's verdict and its message.

V2_REMOVED = Text("'{tag}' does not exist in JSON 2.0: {hint}")
V2_ONLY = Text(
    '\'{tag}\' exists only in JSON 2.0 cards: add "schema": "2.0" and put the components in body.elements'
)
FORM_IN_FORM = Text("a form may not contain another form")
ONLY_IN = Text("'{tag}' may only stand in a {parent}'s '{member}'")
NOTE_ONLY = Text("'{tag}' is not a component on its own (only inside a note): use a div or a markdown")
OUTSIDE_ACTION = Text(
    "'{tag}' must be inside an 'action' row in the classic schema "
    '(wrap it: {{"tag": "action", "actions": [...]}})'
)
V2_MAY_NOT_HOLD = Text("a {parent} may not hold a {tag} in JSON 2.0")
V1_MAY_NOT_HOLD = Text("a {parent} may not hold a {tag} in the classic schema")
V1_HOLDS_ONLY = Text("a {parent} holds only {allowed} in the classic schema, found '{tag}'")

# What a container with a short list of children takes, in words.
_HOLDS_ONLY: dict[Holds, Text] = {
    Holds.COLUMNS: Text("a column_set's 'columns' holds only 'column', found '{tag}'"),
    Holds.NOTE_ITEMS: Text("a note holds only texts, icons and images, found '{tag}'"),
    Holds.ACTION_ITEMS: Text("an action row holds only buttons, menus and pickers, found '{tag}'"),
}


@dataclass(frozen=True, slots=True)
class Misplacement:
    """Why a component may not stand where it is: the lint rule id and a message."""

    rule: str
    message: Message


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
                "v2-removed-component",
                V2_REMOVED(tag=tag, hint=spec.removed_hint() if spec.removed_hint else ""),
            )
        return Misplacement(
            "misplaced-component",
            V2_ONLY(tag=tag),
        )
    if tag == "form" and "form" in ancestors:
        return Misplacement("form-in-form", FORM_IN_FORM())
    if spec.only_in is not None and parent != spec.only_in:
        return Misplacement(
            "misplaced-component",
            ONLY_IN(tag=tag, parent=spec.only_in, member=CHILD_LISTS[spec.only_in]),
        )
    only = holds_only(parent) if parent is not None else None
    if only is not None and parent is not None:
        if tag in only:
            return None
        return Misplacement("misplaced-component", _HOLDS_ONLY[BY_TAG[parent].holds](tag=tag))
    if spec.note_only and standalone:
        return Misplacement(
            "misplaced-component",
            NOTE_ONLY(tag=tag),
        )
    if version != "2.0" and spec.action and parent is None:
        return Misplacement(
            "button-outside-action",
            OUTSIDE_ACTION(tag=tag),
        )
    return _container_rule(tag, parent, version)


def _container_rule(tag: str, parent: str | None, version: str) -> Misplacement | None:
    container = BY_TAG.get(parent) if parent is not None else None
    if container is None:
        return None
    if version == "2.0":
        if tag in container.v2_never:
            return Misplacement("misplaced-component", V2_MAY_NOT_HOLD(parent=parent, tag=tag))
        return None
    if tag in container.v1_never:
        return Misplacement("misplaced-component", V1_MAY_NOT_HOLD(parent=parent, tag=tag))
    allowed = container.v1_only
    if allowed is not None and tag not in allowed:
        return Misplacement(
            "misplaced-component", V1_HOLDS_ONLY(parent=parent, allowed=", ".join(sorted(allowed)), tag=tag)
        )
    return None
