"""One spec per component tag: everything the app knows about a component, in one place.

Where a component may stand, which of its members hold other components, the oldest client
that shows it, the schema versions it exists in, whether it stands in a 1.0 ``action`` row or
is submitted by a form, the field holding the initial value of an input or picker and the
kind of click it answers, and the palette's entry. The walk of a card (``tree.py``), the
placement rules (``placement.py``), lint's tables (``lint.py``), the palette's catalog
(``catalog.py``), the outline and the renderer's child lists are all derived from ``SPECS``;
``tests/cards/test_specs.py`` checks that every tag of the models has a spec and that the
derived tables agree, so a component cannot be half-added.

Sources: the component pages named in ``models.py``; where a component may stand:
``card-json-v2-breaking-changes-release-notes.md`` (容器类组件新增可内嵌的组件类型: the 1.0 and
2.0 nesting tables), ``containers/*.md``, ``note.md`` and the classic ``action`` module; client
versions: docs/feishu/card-limits.md "Client versions".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from types import MappingProxyType
from typing import Any

from designer.messages import Text


class Group(StrEnum):
    """The palette's sections."""

    TEXT = "text"
    LAYOUT = "layout"
    INTERACTION = "interaction"
    MEDIA = "media"
    FORM = "form"


class InteractionKind(StrEnum):
    """What a click on a component does in the preview (``CardView._interact``).

    ``CARD_LINK`` is the card's own ``card_link`` (no component); every other kind belongs to
    the components whose spec names it.
    """

    BUTTON = "button"
    CARD_LINK = "card_link"
    CONTAINER = "container"
    OVERFLOW = "overflow"
    SELECT = "select"
    MULTI_SELECT = "multi_select"
    PERSON = "person"
    MULTI_PERSON = "multi_person"
    DATE = "date"
    TIME = "time"
    DATETIME = "datetime"
    CHECKER = "checker"
    SELECT_IMG = "select_img"
    INPUT = "input"
    COLLAPSE = "collapse"


class Holds(Enum):
    """Which components a container's child list takes, whatever the schema version."""

    ANY = "any"  # any component (version rules below may forbid some)
    COLUMNS = "columns"  # a column_set: only column
    ACTION_ITEMS = "action items"  # an action row: only specs with ``action``
    NOTE_ITEMS = "note items"  # a note: only specs with ``in_note``


@dataclass(frozen=True)
class CatalogInfo:
    """The palette's entry: English source strings (the GUI translates them) and the snippet
    inserted, ``snippet_v2`` where a JSON 2.0 card needs another form."""

    title: str
    description: str
    group: Group
    snippet: dict[str, Any]
    snippet_v2: dict[str, Any] | None = field(default=None, repr=False)


BOTH = frozenset({"1.0", "2.0"})
V1 = frozenset({"1.0"})
V2 = frozenset({"2.0"})


@dataclass(frozen=True)
class ComponentSpec:
    """What one component tag is, as the rest of the app needs it (see the module docstring)."""

    tag: str
    # The member holding its child components (Feishu's own name), and which it takes.
    children: str | None = None
    holds: Holds = Holds.ANY
    # A member holding one component (div.extra: a button, menu, image ... beside the text).
    single_child: str | None = None
    # Other list members (data, not components): the preview says so when one is not a list.
    data_lists: tuple[str, ...] = ()
    # Schema versions it exists in; ``removed_hint`` says what to use in the other one.
    versions: frozenset[str] = BOTH
    removed_hint: Text | None = None
    min_client: str | None = None
    # Stands in a 1.0 action row (action.md; JSON 2.0 lets it stand alone).
    action: bool = False
    # A form submits its value (form-container.md): it needs a unique ``name`` there.
    form_field: bool = False
    # May stand in a note (note.md); ``note_only``: nowhere else as a component of its own.
    in_note: bool = False
    note_only: bool = False
    # The only container it may stand in (a column: in a column_set).
    only_in: str | None = None
    # A container that counts as a level of nesting (a column counts with its column_set).
    nesting: bool = False
    # What it may not hold (1.0, 2.0), and the short list it may only hold in 1.0.
    v1_never: frozenset[str] = frozenset()
    v1_only: frozenset[str] | None = None
    v2_never: frozenset[str] = frozenset()
    # The palette inserts a chosen component inside it (when it takes that component).
    takes_inserts: bool = False
    # What a click does in the preview; the member holding an input's initial value.
    interaction: InteractionKind | None = None
    value_field: str | None = None
    # A picker's value as its page writes it (date-picker.md etc.; lint checks it).
    value_format: str | None = None
    catalog: CatalogInfo | None = None

    @property
    def icon(self) -> str:
        """The palette's icon under ``resources/icons/elements/``."""
        return f"{self.tag}.svg"


def _text(content: str, tag: str = "plain_text") -> dict[str, Any]:
    return {"tag": tag, "content": content}


_PLACEHOLDER = _text("Choose")
_OPTIONS = [
    {"text": _text("Option 1"), "value": "1"},
    {"text": _text("Option 2"), "value": "2"},
]
# 2.0: form, interactive_container, collapsible_panel and column hold anything but form and table.
_V2_CONTAINER_NEVER = frozenset({"form", "table"})

# In palette order (the catalog keeps it); the text objects and icons of a note come last.
SPECS: tuple[ComponentSpec, ...] = (
    ComponentSpec(
        "markdown",
        catalog=CatalogInfo(
            "Markdown",
            "Rich text: bold, links, lists, colours.",
            Group.TEXT,
            {"tag": "markdown", "content": "**Title**\nText"},
        ),
    ),
    ComponentSpec(
        "div",
        single_child="extra",
        catalog=CatalogInfo(
            "Text",
            "A text block, optionally with side-by-side fields.",
            Group.TEXT,
            {"tag": "div", "text": _text("Text", "lark_md")},
            snippet_v2={"tag": "div", "text": _text("Text")},
        ),
    ),
    ComponentSpec(
        "note",
        children="elements",
        holds=Holds.NOTE_ITEMS,
        versions=V1,
        removed_hint=Text("use a div with a small grey text"),
        nesting=True,
        catalog=CatalogInfo(
            "Note",
            "Small grey remark text (classic cards only).",
            Group.TEXT,
            {"tag": "note", "elements": [_text("Note")]},
        ),
    ),
    ComponentSpec(
        "person",
        catalog=CatalogInfo(
            "Person", "One user's avatar and name.", Group.TEXT, {"tag": "person", "user_id": "ou_xxx"}
        ),
    ),
    ComponentSpec(
        "person_list",
        data_lists=("persons",),
        catalog=CatalogInfo(
            "Person list",
            "Several users' avatars and names.",
            Group.TEXT,
            {"tag": "person_list", "persons": [{"id": "ou_xxx"}]},
        ),
    ),
    ComponentSpec(
        "table",
        data_lists=("columns", "rows"),
        min_client="7.4",
        catalog=CatalogInfo(
            "Table",
            "Rows and typed columns, paged.",
            Group.TEXT,
            {
                "tag": "table",
                "page_size": 5,
                "columns": [{"name": "name", "display_name": "Name", "data_type": "text"}],
                "rows": [{"name": "Row 1"}],
            },
        ),
    ),
    ComponentSpec(
        "hr",
        catalog=CatalogInfo("Divider", "A horizontal line between sections.", Group.LAYOUT, {"tag": "hr"}),
    ),
    ComponentSpec(
        "column_set",
        children="columns",
        holds=Holds.COLUMNS,
        nesting=True,
        takes_inserts=True,
        catalog=CatalogInfo(
            "Columns",
            "Side-by-side columns of components.",
            Group.LAYOUT,
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
    ),
    ComponentSpec(
        "column",
        children="elements",
        only_in="column_set",
        v1_never=frozenset({"table", "form", "img_combination"}),
        v2_never=_V2_CONTAINER_NEVER,
        takes_inserts=True,
        catalog=CatalogInfo(
            "Column",
            "One column of a column set.",
            Group.LAYOUT,
            {
                "tag": "column",
                "width": "weighted",
                "weight": 1,
                "elements": [{"tag": "markdown", "content": "Column"}],
            },
        ),
    ),
    ComponentSpec(
        "collapsible_panel",
        children="elements",
        min_client="7.9",
        nesting=True,
        v1_never=frozenset({"form", "table"}),
        v2_never=_V2_CONTAINER_NEVER,
        takes_inserts=True,
        interaction=InteractionKind.COLLAPSE,
        catalog=CatalogInfo(
            "Collapsible panel",
            "A titled section the reader can fold.",
            Group.LAYOUT,
            {
                "tag": "collapsible_panel",
                "expanded": False,
                "header": {"title": _text("Details", "markdown")},
                "elements": [{"tag": "markdown", "content": "Hidden text"}],
            },
        ),
    ),
    ComponentSpec(
        "interactive_container",
        children="elements",
        min_client="7.4",
        nesting=True,
        v1_only=frozenset(
            {"div", "markdown", "img", "note", "column_set", "checker", "interactive_container"}
        ),
        v2_never=_V2_CONTAINER_NEVER,
        takes_inserts=True,
        interaction=InteractionKind.CONTAINER,
        catalog=CatalogInfo(
            "Clickable area",
            "A container the reader can click as a whole.",
            Group.LAYOUT,
            {
                "tag": "interactive_container",
                "width": "fill",
                "has_border": True,
                "behaviors": [{"type": "open_url", "default_url": "https://www.feishu.cn"}],
                "elements": [{"tag": "markdown", "content": "Click me"}],
            },
        ),
    ),
    ComponentSpec(
        "action",
        children="actions",
        holds=Holds.ACTION_ITEMS,
        versions=V1,
        removed_hint=Text("buttons stand alone in JSON 2.0"),
        nesting=True,
        takes_inserts=True,
        catalog=CatalogInfo(
            "Action row",
            "A row of buttons and menus (classic cards only).",
            Group.LAYOUT,
            {"tag": "action", "actions": []},
        ),
    ),
    ComponentSpec(
        "button",
        action=True,
        interaction=InteractionKind.BUTTON,
        catalog=CatalogInfo(
            "Button",
            "A button that opens a link or calls back.",
            Group.INTERACTION,
            {"tag": "button", "text": _text("Button"), "type": "primary", "value": {"key": "value"}},
            snippet_v2={
                "tag": "button",
                "text": _text("Button"),
                "type": "primary",
                "behaviors": [{"type": "callback", "value": {"key": "value"}}],
            },
        ),
    ),
    ComponentSpec(
        "overflow",
        action=True,
        interaction=InteractionKind.OVERFLOW,
        catalog=CatalogInfo(
            "Overflow menu",
            "A '…' menu of options.",
            Group.INTERACTION,
            {"tag": "overflow", "options": _OPTIONS},
        ),
    ),
    ComponentSpec(
        "select_static",
        action=True,
        form_field=True,
        interaction=InteractionKind.SELECT,
        value_field="initial_option",
        catalog=CatalogInfo(
            "Dropdown",
            "Pick one option from a list.",
            Group.INTERACTION,
            {"tag": "select_static", "placeholder": _PLACEHOLDER, "options": _OPTIONS},
        ),
    ),
    ComponentSpec(
        "multi_select_static",
        action=True,
        form_field=True,
        interaction=InteractionKind.MULTI_SELECT,
        value_field="selected_values",
        catalog=CatalogInfo(
            "Multi-select dropdown",
            "Pick several options from a list.",
            Group.INTERACTION,
            {"tag": "multi_select_static", "placeholder": _PLACEHOLDER, "options": _OPTIONS},
        ),
    ),
    ComponentSpec(
        "select_person",
        action=True,
        form_field=True,
        interaction=InteractionKind.PERSON,
        value_field="initial_option",
        catalog=CatalogInfo(
            "Person picker",
            "Pick one person.",
            Group.INTERACTION,
            {"tag": "select_person", "placeholder": _text("Choose a person")},
        ),
    ),
    ComponentSpec(
        "multi_select_person",
        action=True,
        form_field=True,
        interaction=InteractionKind.MULTI_PERSON,
        value_field="selected_values",
        catalog=CatalogInfo(
            "Multi-person picker",
            "Pick several people.",
            Group.INTERACTION,
            {"tag": "multi_select_person", "placeholder": _text("Choose people")},
        ),
    ),
    ComponentSpec(
        "date_picker",
        action=True,
        form_field=True,
        interaction=InteractionKind.DATE,
        value_field="initial_date",
        value_format="YYYY-MM-DD",
        catalog=CatalogInfo(
            "Date picker",
            "Pick a date (YYYY-MM-DD).",
            Group.INTERACTION,
            {"tag": "date_picker", "placeholder": _text("Choose a date")},
        ),
    ),
    ComponentSpec(
        "picker_time",
        action=True,
        form_field=True,
        interaction=InteractionKind.TIME,
        value_field="initial_time",
        value_format="HH:mm",
        catalog=CatalogInfo(
            "Time picker",
            "Pick a time (HH:mm).",
            Group.INTERACTION,
            {"tag": "picker_time", "placeholder": _text("Choose a time")},
        ),
    ),
    ComponentSpec(
        "picker_datetime",
        action=True,
        form_field=True,
        interaction=InteractionKind.DATETIME,
        value_field="initial_datetime",
        value_format="YYYY-MM-DD HH:mm",
        catalog=CatalogInfo(
            "Date and time picker",
            "Pick a date and a time.",
            Group.INTERACTION,
            {"tag": "picker_datetime", "placeholder": _text("Choose a date and time")},
        ),
    ),
    ComponentSpec(
        "checker",
        min_client="7.9",
        form_field=True,
        interaction=InteractionKind.CHECKER,
        value_field="checked",
        catalog=CatalogInfo(
            "To-do item",
            "A task with a tick box.",
            Group.INTERACTION,
            {"tag": "checker", "name": "checker_1", "checked": False, "text": _text("Task")},
        ),
    ),
    ComponentSpec(
        "img",
        in_note=True,
        catalog=CatalogInfo(
            "Image",
            "An uploaded image (img_key).",
            Group.MEDIA,
            {"tag": "img", "img_key": "img_v2_xxx", "alt": _text("")},
        ),
    ),
    ComponentSpec(
        "audio",
        versions=V2,  # audio.md: "音频组件仅支持 JSON 2.0 版本的卡片"
        min_client="7.49",  # audio.md 注意事项
        catalog=CatalogInfo(
            "Audio",
            "Plays an uploaded OPUS file (file_key); JSON 2.0 cards that cannot be forwarded.",
            Group.MEDIA,
            # audio.md, JSON 结构: the file comes from the file upload API (file_type "opus").
            {
                "tag": "audio",
                "file_key": "file_v3_xxx",
                "audio_id": "audio_1",
                "show_time": True,
                "width": "fill",
            },
        ),
    ),
    ComponentSpec(
        "img_combination",
        data_lists=("img_list",),
        catalog=CatalogInfo(
            "Image group",
            "Several images in a grid.",
            Group.MEDIA,
            {
                "tag": "img_combination",
                "combination_mode": "double",
                "img_list": [{"img_key": "img_v2_xxx"}, {"img_key": "img_v2_yyy"}],
            },
        ),
    ),
    ComponentSpec(
        "chart",
        min_client="7.1",
        catalog=CatalogInfo(
            "Chart",
            "A VChart chart from a chart spec.",
            Group.MEDIA,
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
    ),
    ComponentSpec(
        "select_img",
        min_client="7.6",
        form_field=True,
        interaction=InteractionKind.SELECT_IMG,
        catalog=CatalogInfo(
            "Image picker",
            "Pick one or more images.",
            Group.MEDIA,
            {
                "tag": "select_img",
                "name": "select_img_1",
                "options": [{"img_key": "img_v2_xxx", "value": "1"}],
            },
        ),
    ),
    ComponentSpec(
        "form",
        children="elements",
        min_client="6.6",
        nesting=True,
        v1_never=frozenset({"table", "chart", "form"}),
        v2_never=_V2_CONTAINER_NEVER,
        takes_inserts=True,
        catalog=CatalogInfo(
            "Form",
            "Collects its inputs and submits them with one button.",
            Group.FORM,
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
    ),
    ComponentSpec(
        "input",
        min_client="6.8",
        form_field=True,
        interaction=InteractionKind.INPUT,
        value_field="default_value",
        catalog=CatalogInfo(
            "Input",
            "A text field (in a form, or on its own).",
            Group.FORM,
            {"tag": "input", "name": "input_1", "placeholder": _text("Type here")},
        ),
    ),
    # note.md: the text objects and icons a note holds; they are no component anywhere else.
    ComponentSpec("plain_text", in_note=True, note_only=True),
    ComponentSpec("lark_md", in_note=True, note_only=True),
    ComponentSpec("standard_icon", in_note=True, note_only=True),
    ComponentSpec("custom_icon", in_note=True, note_only=True),
)

BY_TAG: Mapping[str, ComponentSpec] = MappingProxyType({spec.tag: spec for spec in SPECS})


def spec_of(tag: Any) -> ComponentSpec | None:
    """The spec of ``tag``, ``None`` for an unknown tag or a value that is no tag at all."""
    return BY_TAG.get(tag) if isinstance(tag, str) else None


def tags_where(test: Callable[[ComponentSpec], bool]) -> frozenset[str]:
    """The tags whose spec passes ``test``."""
    return frozenset(spec.tag for spec in SPECS if test(spec))


# The tables the rest of the app reads, derived once.
CHILD_LISTS: Mapping[str, str] = MappingProxyType(
    {spec.tag: spec.children for spec in SPECS if spec.children is not None}
)
ACTION_TAGS: frozenset[str] = tags_where(lambda spec: spec.action)
FORM_FIELD_TAGS: frozenset[str] = tags_where(lambda spec: spec.form_field)
NOTE_TAGS: frozenset[str] = tags_where(lambda spec: spec.in_note)
MIN_CLIENT: Mapping[str, str] = MappingProxyType(
    {spec.tag: spec.min_client for spec in SPECS if spec.min_client is not None}
)
# An input's or picker's interaction kind -> the member holding its initial value.
VALUE_FIELDS: Mapping[InteractionKind, str] = MappingProxyType(
    {spec.interaction: spec.value_field for spec in SPECS if spec.interaction and spec.value_field}
)


def holds_only(tag: str) -> frozenset[str] | None:
    """The only tags the container ``tag`` takes in any version (``None``: no such list)."""
    spec = BY_TAG.get(tag)
    if spec is None or spec.holds is Holds.ANY:
        return None
    if spec.holds is Holds.COLUMNS:
        return tags_where(lambda child: child.only_in == tag)
    if spec.holds is Holds.ACTION_ITEMS:
        return ACTION_TAGS
    return NOTE_TAGS
