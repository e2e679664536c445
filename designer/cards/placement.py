"""Where a component may stand: one set of rules for lint (errors) and the palette (refusals).

Sources (doc-hub-mcp, ``build-card-with-json/``): ``card-json-v2-breaking-changes-release-notes.md``
(容器类组件新增可内嵌的组件类型 — the 1.0 and 2.0 nesting tables, note/action removed in 2.0),
``card-components/containers/*.md``, ``card-components/content-components/note.md`` and the
classic ``action`` module (buttons, menus and pickers stand in an action row).
"""

from __future__ import annotations

from dataclasses import dataclass

from designer.cards.models import COMPONENT_TAGS
from designer.cards.tree import ACTION_TAGS
from designer.messages import Message, Text

# note.md: what a note may hold; the text objects and icons stand nowhere else as components.
NOTE_TAGS = frozenset({"plain_text", "lark_md", "img", "standard_icon", "custom_icon"})
NOTE_ONLY_TAGS = NOTE_TAGS - {"img"}

# Components only JSON 2.0 has (audio.md: "音频组件仅支持 JSON 2.0 版本的卡片").
V2_ONLY_TAGS = frozenset({"audio"})

# JSON 1.0: what each container may NOT hold directly ...
_V1_FORBIDDEN: dict[str, frozenset[str]] = {
    "form": frozenset({"table", "chart", "form"}),
    "collapsible_panel": frozenset({"form", "table"}),
    "column": frozenset({"table", "form", "img_combination"}),
}
# ... and the one container with a short list of what it may hold.
_V1_ONLY: dict[str, frozenset[str]] = {
    "interactive_container": frozenset(
        {"div", "markdown", "img", "note", "column_set", "checker", "interactive_container"}
    ),
}
# JSON 2.0: form, interactive_container, collapsible_panel and column hold anything but form and table.
_V2_CONTAINERS = frozenset({"form", "interactive_container", "collapsible_panel", "column"})
_V2_FORBIDDEN = frozenset({"form", "table"})


NOTE_REMOVED = Text("'note' does not exist in JSON 2.0: use a div with a small grey text")
ACTION_REMOVED = Text("'action' does not exist in JSON 2.0: buttons stand alone in JSON 2.0")
V2_ONLY = Text(
    '\'{tag}\' exists only in JSON 2.0 cards: add "schema": "2.0" and put the components in body.elements'
)
FORM_IN_FORM = Text("a form may not contain another form")
COLUMN_OUTSIDE = Text("'column' may only stand in a column_set's 'columns'")
COLUMN_SET_HOLDS = Text("a column_set's 'columns' holds only 'column', found '{tag}'")
NOTE_HOLDS = Text("a note holds only texts, icons and images, found '{tag}'")
NOTE_ONLY = Text("'{tag}' is not a component on its own (only inside a note): use a div or a markdown")
ACTION_HOLDS = Text("an action row holds only buttons, menus and pickers, found '{tag}'")
OUTSIDE_ACTION = Text(
    "'{tag}' must be inside an 'action' row in the classic schema "
    '(wrap it: {{"tag": "action", "actions": [...]}})'
)
V2_MAY_NOT_HOLD = Text("a {parent} may not hold a {tag} in JSON 2.0")
V1_MAY_NOT_HOLD = Text("a {parent} may not hold a {tag} in the classic schema")
V1_HOLDS_ONLY = Text("a {parent} holds only {allowed} in the classic schema, found '{tag}'")


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
    parent = ancestors[-1] if ancestors else None
    if version == "2.0" and tag in ("note", "action"):
        return Misplacement("v2-removed-component", (NOTE_REMOVED if tag == "note" else ACTION_REMOVED)())
    if version != "2.0" and tag in V2_ONLY_TAGS:
        return Misplacement("misplaced-component", V2_ONLY(tag=tag))
    if tag == "form" and "form" in ancestors:
        return Misplacement("form-in-form", FORM_IN_FORM())
    if tag == "column" and parent != "column_set":
        return Misplacement("misplaced-component", COLUMN_OUTSIDE())
    if parent == "column_set" and tag != "column":
        return Misplacement("misplaced-component", COLUMN_SET_HOLDS(tag=tag))
    if parent == "note":
        if tag not in NOTE_TAGS:
            return Misplacement("misplaced-component", NOTE_HOLDS(tag=tag))
        return None
    if tag in NOTE_ONLY_TAGS and standalone:
        return Misplacement("misplaced-component", NOTE_ONLY(tag=tag))
    if parent == "action":
        if tag not in ACTION_TAGS:
            return Misplacement("misplaced-component", ACTION_HOLDS(tag=tag))
        return None
    if version != "2.0" and tag in ACTION_TAGS and parent is None:
        return Misplacement("button-outside-action", OUTSIDE_ACTION(tag=tag))
    return _container_rule(tag, parent, version)


def _container_rule(tag: str, parent: str | None, version: str) -> Misplacement | None:
    if parent is None:
        return None
    if version == "2.0":
        if parent in _V2_CONTAINERS and tag in _V2_FORBIDDEN:
            return Misplacement("misplaced-component", V2_MAY_NOT_HOLD(parent=parent, tag=tag))
        return None
    if tag in _V1_FORBIDDEN.get(parent, frozenset()):
        return Misplacement("misplaced-component", V1_MAY_NOT_HOLD(parent=parent, tag=tag))
    allowed = _V1_ONLY.get(parent)
    if allowed is not None and tag not in allowed:
        return Misplacement(
            "misplaced-component", V1_HOLDS_ONLY(parent=parent, allowed=", ".join(sorted(allowed)), tag=tag)
        )
    return None
