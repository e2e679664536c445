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
from typing import Any, Literal

from designer.cards.document import Document
from designer.cards.jsontext import join_pointer
from designer.cards.lint import MIN_CLIENT
from designer.cards.placement import misplacement
from designer.cards.tree import (
    ACTION_TAGS,
    CHILD_LISTS,
    ElementVisit,
    body_array_pointer,
    get_pointer,
    walk_elements,
)
from designer.messages import Message, Text

Group = Literal["text", "layout", "interaction", "media", "form"]


def _text(content: str, tag: str = "plain_text") -> dict[str, Any]:
    return {"tag": tag, "content": content}


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


_BOTH = frozenset({"1.0", "2.0"})
_V1 = frozenset({"1.0"})
_V2 = frozenset({"2.0"})


def _entry(
    tag: str,
    title: str,
    description: str,
    group: Group,
    snippet: dict[str, Any],
    *,
    versions: frozenset[str] = _BOTH,
    snippet_v2: dict[str, Any] | None = None,
) -> CatalogEntry:
    return CatalogEntry(
        tag=tag,
        title=title,
        description=description,
        group=group,
        schema_versions=versions,
        snippet=snippet,
        icon=f"{tag}.svg",
        min_client=MIN_CLIENT.get(tag),
        snippet_v2=snippet_v2,
    )


_PLACEHOLDER = _text("Choose")
_OPTIONS = [
    {"text": _text("Option 1"), "value": "1"},
    {"text": _text("Option 2"), "value": "2"},
]

CATALOG: tuple[CatalogEntry, ...] = (
    _entry(
        "markdown",
        "Markdown",
        "Rich text: bold, links, lists, colours.",
        "text",
        {"tag": "markdown", "content": "**Title**\nText"},
    ),
    _entry(
        "div",
        "Text",
        "A text block, optionally with side-by-side fields.",
        "text",
        {"tag": "div", "text": _text("Text", "lark_md")},
        snippet_v2={"tag": "div", "text": _text("Text")},
    ),
    _entry(
        "note",
        "Note",
        "Small grey remark text (classic cards only).",
        "text",
        {"tag": "note", "elements": [_text("Note")]},
        versions=_V1,
    ),
    _entry("person", "Person", "One user's avatar and name.", "text", {"tag": "person", "user_id": "ou_xxx"}),
    _entry(
        "person_list",
        "Person list",
        "Several users' avatars and names.",
        "text",
        {"tag": "person_list", "persons": [{"id": "ou_xxx"}]},
    ),
    _entry(
        "table",
        "Table",
        "Rows and typed columns, paged.",
        "text",
        {
            "tag": "table",
            "page_size": 5,
            "columns": [{"name": "name", "display_name": "Name", "data_type": "text"}],
            "rows": [{"name": "Row 1"}],
        },
    ),
    _entry("hr", "Divider", "A horizontal line between sections.", "layout", {"tag": "hr"}),
    _entry(
        "column_set",
        "Columns",
        "Side-by-side columns of components.",
        "layout",
        {
            "tag": "column_set",
            "flex_mode": "none",
            "columns": [
                {
                    "tag": "column",
                    "width": "weighted",
                    "weight": 1,
                    "elements": [{"tag": "markdown", "content": "Left"}],
                },
                {
                    "tag": "column",
                    "width": "weighted",
                    "weight": 1,
                    "elements": [{"tag": "markdown", "content": "Right"}],
                },
            ],
        },
    ),
    _entry(
        "column",
        "Column",
        "One column of a column set.",
        "layout",
        {
            "tag": "column",
            "width": "weighted",
            "weight": 1,
            "elements": [{"tag": "markdown", "content": "Column"}],
        },
    ),
    _entry(
        "collapsible_panel",
        "Collapsible panel",
        "A titled section the reader can fold.",
        "layout",
        {
            "tag": "collapsible_panel",
            "expanded": False,
            "header": {"title": _text("Details", "markdown")},
            "elements": [{"tag": "markdown", "content": "Hidden text"}],
        },
    ),
    _entry(
        "interactive_container",
        "Clickable area",
        "A container the reader can click as a whole.",
        "layout",
        {
            "tag": "interactive_container",
            "width": "fill",
            "has_border": True,
            "behaviors": [{"type": "open_url", "default_url": "https://www.feishu.cn"}],
            "elements": [{"tag": "markdown", "content": "Click me"}],
        },
    ),
    _entry(
        "action",
        "Action row",
        "A row of buttons and menus (classic cards only).",
        "layout",
        {"tag": "action", "actions": []},
        versions=_V1,
    ),
    _entry(
        "button",
        "Button",
        "A button that opens a link or calls back.",
        "interaction",
        {"tag": "button", "text": _text("Button"), "type": "primary", "value": {"key": "value"}},
        snippet_v2={
            "tag": "button",
            "text": _text("Button"),
            "type": "primary",
            "behaviors": [{"type": "callback", "value": {"key": "value"}}],
        },
    ),
    _entry(
        "overflow",
        "Overflow menu",
        "A '…' menu of options.",
        "interaction",
        {"tag": "overflow", "options": _OPTIONS},
    ),
    _entry(
        "select_static",
        "Dropdown",
        "Pick one option from a list.",
        "interaction",
        {"tag": "select_static", "placeholder": _PLACEHOLDER, "options": _OPTIONS},
    ),
    _entry(
        "multi_select_static",
        "Multi-select dropdown",
        "Pick several options from a list.",
        "interaction",
        {"tag": "multi_select_static", "placeholder": _PLACEHOLDER, "options": _OPTIONS},
    ),
    _entry(
        "select_person",
        "Person picker",
        "Pick one person.",
        "interaction",
        {"tag": "select_person", "placeholder": _text("Choose a person")},
    ),
    _entry(
        "multi_select_person",
        "Multi-person picker",
        "Pick several people.",
        "interaction",
        {"tag": "multi_select_person", "placeholder": _text("Choose people")},
    ),
    _entry(
        "date_picker",
        "Date picker",
        "Pick a date (YYYY-MM-DD).",
        "interaction",
        {"tag": "date_picker", "placeholder": _text("Choose a date")},
    ),
    _entry(
        "picker_time",
        "Time picker",
        "Pick a time (HH:mm).",
        "interaction",
        {"tag": "picker_time", "placeholder": _text("Choose a time")},
    ),
    _entry(
        "picker_datetime",
        "Date and time picker",
        "Pick a date and a time.",
        "interaction",
        {"tag": "picker_datetime", "placeholder": _text("Choose a date and time")},
    ),
    _entry(
        "checker",
        "To-do item",
        "A task with a tick box.",
        "interaction",
        {"tag": "checker", "name": "checker_1", "checked": False, "text": _text("Task")},
    ),
    _entry(
        "img",
        "Image",
        "An uploaded image (img_key).",
        "media",
        {"tag": "img", "img_key": "img_v2_xxx", "alt": _text("")},
    ),
    _entry(
        "audio",
        "Audio",
        "Plays an uploaded OPUS file (file_key); JSON 2.0 cards that cannot be forwarded.",
        "media",
        # audio.md, JSON 结构: the file comes from the file upload API (file_type "opus").
        {
            "tag": "audio",
            "file_key": "file_v3_xxx",
            "audio_id": "audio_1",
            "show_time": True,
            "width": "fill",
        },
        versions=_V2,
    ),
    _entry(
        "img_combination",
        "Image group",
        "Several images in a grid.",
        "media",
        {
            "tag": "img_combination",
            "combination_mode": "double",
            "img_list": [{"img_key": "img_v2_xxx"}, {"img_key": "img_v2_yyy"}],
        },
    ),
    _entry(
        "chart",
        "Chart",
        "A VChart chart from a chart spec.",
        "media",
        {
            "tag": "chart",
            "chart_spec": {
                "type": "bar",
                "data": {"values": [{"x": "A", "y": 1}, {"x": "B", "y": 2}]},
                "xField": "x",
                "yField": "y",
            },
        },
    ),
    _entry(
        "select_img",
        "Image picker",
        "Pick one or more images.",
        "media",
        {"tag": "select_img", "name": "select_img_1", "options": [{"img_key": "img_v2_xxx", "value": "1"}]},
    ),
    _entry(
        "form",
        "Form",
        "Collects its inputs and submits them with one button.",
        "form",
        {
            "tag": "form",
            "name": "form_1",
            "elements": [
                {"tag": "input", "name": "input_1", "placeholder": _text("Type here")},
                {
                    "tag": "button",
                    "name": "submit",
                    "text": _text("Submit"),
                    "type": "primary",
                    "action_type": "form_submit",
                },
            ],
        },
        snippet_v2={
            "tag": "form",
            "name": "form_1",
            "elements": [
                {"tag": "input", "name": "input_1", "placeholder": _text("Type here")},
                {
                    "tag": "button",
                    "name": "submit",
                    "text": _text("Submit"),
                    "type": "primary",
                    "form_action_type": "submit",
                },
            ],
        },
    ),
    _entry(
        "input",
        "Input",
        "A text field (in a form, or on its own).",
        "form",
        {"tag": "input", "name": "input_1", "placeholder": _text("Type here")},
    ),
)

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
    "column": None,
    "form": None,
    "collapsible_panel": None,
    "interactive_container": None,
    "action": ACTION_TAGS,
    "column_set": frozenset({"column"}),
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
