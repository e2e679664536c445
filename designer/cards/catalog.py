"""The element catalog the palette shows, and where a chosen element may be inserted.

One ``CatalogEntry`` per component: title and one-line description (English source strings;
the GUI translates them), the schema versions it exists in, a ready snippet per version,
the icon file under ``resources/icons/elements/`` and the oldest Feishu client that shows it.

``plan_insert`` answers "where would this go?" for the palette: after the element at the
cursor, inside it when it is a container that takes it, at the end of the card otherwise,
or refused with the reason Feishu would give.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from designer.cards.document import Document
from designer.cards.jsontext import join_pointer
from designer.cards.placement import misplacement
from designer.cards.specs import ACTION_TAGS, CHILD_LISTS, SPECS, ComponentSpec, Group, holds_only
from designer.cards.tree import (
    ElementVisit,
    body_array_pointer,
    get_pointer,
    walk_elements,
)
from designer.messages import Message, Text

__all__ = ["CATALOG", "CatalogEntry", "Group", "InsertPlan", "entry", "plan_insert"]


@dataclass(frozen=True)
class CatalogEntry:
    """A component the palette offers. ``snippet`` is the 1.0 form unless the tag is 2.0-only."""

    tag: str
    title: str
    description: str
    group: Group
    schema_versions: frozenset[str]
    snippet: dict[str, Any]
    icon: str
    min_client: str | None = None
    snippet_v2: dict[str, Any] | None = field(default=None, repr=False)

    def snippet_for(self, version: str) -> dict[str, Any]:
        """A fresh copy of the snippet for a card of schema ``version`` ("1.0", "2.0")."""
        chosen = self.snippet_v2 if version == "2.0" and self.snippet_v2 is not None else self.snippet
        return copy.deepcopy(chosen)


def _entry(spec: ComponentSpec) -> CatalogEntry | None:
    info = spec.catalog
    if info is None:
        return None
    return CatalogEntry(
        tag=spec.tag,
        title=info.title,
        description=info.description,
        group=info.group,
        schema_versions=spec.versions,
        snippet=info.snippet,
        icon=spec.icon,
        min_client=spec.min_client,
        snippet_v2=info.snippet_v2,
    )


# Every spec with a palette entry, in the specs' order (the palette's).
CATALOG: tuple[CatalogEntry, ...] = tuple(item for item in map(_entry, SPECS) if item is not None)

_BY_TAG: dict[str, CatalogEntry] = {item.tag: item for item in CATALOG}


def entry(tag: str) -> CatalogEntry:
    """The catalog entry of ``tag``; ``KeyError`` naming the tag when there is none."""
    try:
        return _BY_TAG[tag]
    except KeyError:
        raise KeyError(f"no catalog entry for component '{tag}'") from None


INSERT_INSIDE = Text("insert '{tag}' inside '{parent}'")
INSERT_IN_BODY = Text("insert '{tag}' in the card body")
NOT_AN_ARRAY = Text("{pointer} is not an array: fix it first")
NOT_AN_OBJECT = Text("{pointer} is not an object: fix it first")
NOT_IN_CATALOG = Text("'{tag}' is not in the catalog")
NOT_A_CARD_YET = Text("the text is not a card yet: fix the JSON errors first")
TEMPLATE_CARD = Text("a template card is built in CardKit: its components cannot be edited here")
NOT_IN_VERSION = Text("'{tag}' does not exist in JSON {version} cards")


@dataclass(frozen=True, slots=True)
class InsertPlan:
    """Where to insert: at ``index`` of the array at ``array_pointer`` (which may not exist yet).

    ``ok`` is False when Feishu would not accept the component there; ``message`` says why
    (or, when ok, where it goes). ``wrap_in_action``: a classic card needs the component
    inside an ``action`` row, so the edit wraps it in a new one.
    """

    ok: bool
    message: Message
    array_pointer: str
    index: int
    wrap_in_action: bool = False


# Containers that take new components inside them, and which tags they take (None = any).
_INSIDE: dict[str, frozenset[str] | None] = {
    spec.tag: holds_only(spec.tag) for spec in SPECS if spec.takes_inserts
}


def _length(doc: Document, pointer: str) -> int:
    value = get_pointer(doc.data, pointer)
    return len(value) if isinstance(value, list) else 0


def _plan(tag: str, version: str, array_pointer: str, index: int, ancestors: tuple[str, ...]) -> InsertPlan:
    # A classic card wants buttons, menus and pickers in an action row (a form takes them as is).
    wrap = (
        version != "2.0" and tag in ACTION_TAGS and ancestors[-1:] != ("action",) and "form" not in ancestors
    )
    problem = misplacement("action" if wrap else tag, ancestors, version)
    if problem is not None:
        return InsertPlan(False, problem.message, array_pointer, index)
    said = INSERT_INSIDE(tag=tag, parent=ancestors[-1]) if ancestors else INSERT_IN_BODY(tag=tag)
    return InsertPlan(True, said, array_pointer, index, wrap)


def plan_insert(doc: Document, tag: str, anchor: str | None) -> InsertPlan:
    """Where ``tag`` goes for a cursor at ``anchor`` (a pointer at or inside an element)."""
    plan = _where_to_insert(doc, tag, anchor)
    if not plan.ok or not doc.text.strip():
        return plan
    blocked = _blocked(doc, plan.array_pointer)
    return InsertPlan(False, blocked, plan.array_pointer, plan.index) if blocked else plan


def _blocked(doc: Document, array_pointer: str) -> Message | None:
    """Why the array at ``array_pointer`` cannot take an element: it, or the object that should
    hold it, is some other kind of value (the author is mid-edit: ``"elements": 5``)."""
    pointer = array_pointer
    value = get_pointer(doc.data, pointer)
    if value is not None and not isinstance(value, list):
        return NOT_AN_ARRAY(pointer=pointer)
    while value is None and pointer:
        pointer = pointer.rpartition("/")[0]
        value = get_pointer(doc.data, pointer)
        if value is not None and not isinstance(value, dict):
            return NOT_AN_OBJECT(pointer=pointer or "/")
    return None


def _where_to_insert(doc: Document, tag: str, anchor: str | None) -> InsertPlan:
    if tag not in _BY_TAG:
        return InsertPlan(False, NOT_IN_CATALOG(tag=tag), "", 0)
    version = doc.schema_version
    if not doc.text.strip():
        return _plan(tag, "1.0", "/elements", 0, ())
    if doc.card is None:
        return InsertPlan(False, NOT_A_CARD_YET(), "", 0)
    if version == "template":
        return InsertPlan(False, TEMPLATE_CARD(), "", 0)
    if version not in entry(tag).schema_versions:
        return InsertPlan(False, NOT_IN_VERSION(tag=tag, version=version), "", 0)
    target: ElementVisit | None = None
    if anchor is not None:
        for visit in walk_elements(doc.card, doc.card_pointer):
            if anchor == visit.pointer or anchor.startswith(visit.pointer + "/"):
                target = visit  # the walk goes outside-in, so the last match is the innermost
    if target is None:
        array = body_array_pointer(doc.card, doc.card_pointer, version)
        if (
            version != "2.0"
            and "elements" not in doc.card
            and isinstance(doc.card.get("i18n_elements"), dict)
        ):
            languages = list(doc.card["i18n_elements"])
            if languages:
                array = join_pointer(join_pointer(doc.card_pointer, "i18n_elements"), languages[0])
        return _plan(tag, version, array, _length(doc, array), ())
    accepts = _INSIDE.get(target.tag, frozenset())
    if target.tag in _INSIDE and (accepts is None or tag in accepts):
        member = CHILD_LISTS[target.tag]
        array = join_pointer(target.pointer, member)
        return _plan(tag, version, array, _length(doc, array), (*target.ancestors, target.tag))
    if target.array_pointer is None:  # div.extra: go after the div that holds it
        holder = target.pointer.rsplit("/", 1)[0]
        return _where_to_insert(doc, tag, holder)
    return _plan(tag, version, target.array_pointer, target.index + 1, target.ancestors)
