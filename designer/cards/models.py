"""Models of the Feishu / Lark card format: classic (1.0), JSON 2.0, template cards, request body.

Field names and allowed values follow Feishu's component pages (doc-hub-mcp mirror,
``feishu/001-开发指南/feishu-cards/build-card-with-json/``): ``card-json-structure.md``,
``card-json-v2-structure.md``, ``card-components/**`` and ``card-json-v2-components/**`` (one
page per component, named in each class docstring), and ``send-feishu-card.md`` for template
cards; the request body is Feishu's "发送仅特定人可见的消息卡片" page (``POST
/open-apis/ephemeral/v1/send``: chat_id, one of open_id / user_id / email, msg_type, card).

The classes are declarations, not pydantic models: ``schema.check_model`` reads their annotations
and checks a card against them the way pydantic's strict mode would (same errors, same order),
without importing pydantic or building validators -- that cost `card-designer validate` most of
its start-up (issue 10). The forms understood are those used here: ``str``, ``int``, ``bool``,
``Any``, ``Literal[...]``, ``X | None``, ``A | B``, ``list[X]``, ``dict[str, X]``, a model,
``Annotated[A | B | ..., TAGGED]`` (chosen by ``tag``) and ``Annotated[X, Alias("json name")]``.

Design choices, so the diagnostics read well:

* Every container holds ``list[Element]`` with *all* components. Where a component may stand
  (a button outside ``action`` in 1.0, ``form`` in ``form``, ``note`` in 2.0) is a lint rule with
  its own message, not a union failure that would only say "no match".
* Unknown fields are kept in ``model_extra``: Feishu ignores fields it does not know, so an
  unknown field is a lint *warning*, never a schema error (an error in JSON 2.0).
* Strict types: ``"true"`` is not a boolean and ``"3"`` or ``3.0`` not a whole number for Feishu either.
* Colours and header templates are plain ``str`` here; ``lint`` checks them with a
  "did you mean" (a ``Literal`` would only list the allowed set).
"""

from __future__ import annotations

import sys
import typing
from dataclasses import dataclass
from typing import Annotated, Any, Literal


@dataclass(frozen=True, slots=True)
class Discriminator:
    """``Annotated[A | B, Discriminator("tag")]``: the member is chosen by the object's ``tag``."""

    key: str


@dataclass(frozen=True, slots=True)
class Alias:
    """``Annotated[X, Alias("schema")]``: the field's name in the JSON (its Python name also reads)."""

    name: str


TAGGED = Discriminator("tag")


class CardModel:
    """Base of every card model: a checked card object, its unknown members in ``model_extra``.

    Fields are the class annotations (a class value is the default; none means required).
    Instances are made by ``schema.check_model`` only, with every field set.
    """

    # A slot, so that ``vars(instance)`` holds exactly the fields, in order.
    __slots__ = ("model_extra",)
    model_extra: dict[str, Any]

    def content_problem(self) -> str | None:
        """What is wrong once every field is valid (checked last, as pydantic's after-validators),
        or ``None``: a text needs its ``content``."""
        return None


def annotation_of(model: type, name: str) -> Any:
    """The resolved annotation of field ``name``, from ``model`` or the base that declares it,
    without resolving the model's other fields (they are text: ``from __future__ import
    annotations``, and ``Element`` is named before it is defined)."""
    for owner in model.__mro__:
        text = vars(owner).get("__annotations__", {}).get(name)
        if text is not None:
            return eval(text, vars(sys.modules[owner.__module__])) if isinstance(text, str) else text
    raise KeyError(f"{model.__name__} has no field {name!r}")


# --- text objects (content-components/plain-text.md, rich-text.md) -------------------------------


class _TextBase(CardModel):
    content: str | None = None
    element_id: str | None = None  # 2.0: texts are elements too (card-json-v2-breaking-changes)
    i18n: dict[str, str] | None = None  # element-level multi-language: not for ephemeral cards
    i18n_content: dict[str, str] | None = None  # the JSON 2.0 spelling
    lines: int | None = None
    text_size: str | None = None
    text_color: str | None = None
    text_align: Literal["left", "center", "right"] | None = None

    def content_problem(self) -> str | None:
        if self.content is None and not self.i18n and not self.i18n_content:
            return "missing required field 'content' (or 'i18n')"
        return None


class PlainText(_TextBase):
    """``{"tag": "plain_text", "content": ...}`` — text shown as is."""

    tag: Literal["plain_text"]


class LarkMd(_TextBase):
    """``{"tag": "lark_md", "content": ...}`` — Feishu's markdown subset."""

    tag: Literal["lark_md"]


Text = Annotated[PlainText | LarkMd, TAGGED]


class MarkdownText(_TextBase):
    """``{"tag": "markdown", "content": ...}`` — the title of a collapsible panel may be markdown."""

    tag: Literal["markdown"]


PanelTitle = Annotated[PlainText | LarkMd | MarkdownText, TAGGED]


# --- shared parts -------------------------------------------------------------------------------


class MultiUrl(CardModel):
    """``url`` plus per-platform links (``multi_url``, ``card_link``)."""

    url: str | None = None
    android_url: str | None = None
    ios_url: str | None = None
    pc_url: str | None = None


class Confirm(CardModel):
    """A second-confirmation dialog (``confirm``) on interactive components."""

    title: Text
    text: Text


class Behavior(CardModel):
    """One entry of ``behaviors`` (configuring-card-interactions.md): open a link or call back."""

    type: Literal["open_url", "callback", "form_action"]
    default_url: str | None = None
    android_url: str | None = None
    ios_url: str | None = None
    pc_url: str | None = None
    value: Any = None
    behavior: Literal["submit", "reset"] | None = None


class IconRef(CardModel):
    """An ``icon`` / ``ud_icon`` field: a ``standard_icon`` token (enumerations-for-icons.md) or a
    ``custom_icon`` img_key. The classic header writes it without ``tag`` (card-json-structure.md)."""

    tag: Literal["standard_icon", "custom_icon"] | None = None
    token: str | None = None
    color: str | None = None
    img_key: str | None = None
    i18n_img_key: dict[str, str] | None = None  # configure-multi-language-content.md: icon img_key
    size: str | None = None
    style: dict[str, Any] | None = None


class Icon(IconRef):
    """An icon standing as an element of a ``note`` (note.md): here ``tag`` is required."""

    tag: Literal["standard_icon", "custom_icon"]


class TextTag(CardModel):
    """A header suffix tag (title.md ``text_tag_list``)."""

    tag: Literal["text_tag"]
    text: Text
    color: str | None = None
    element_id: str | None = None


class Header(CardModel):
    """The card title bar (content-components/title.md)."""

    title: Text
    subtitle: Text | None = None
    template: str | None = None
    icon: IconRef | None = None
    ud_icon: IconRef | None = None
    text_tag_list: list[TextTag] | None = None
    i18n_text_tag_list: dict[str, list[TextTag]] | None = None
    padding: str | None = None


class Option(CardModel):
    """An option of ``overflow`` / ``select_static`` / ``multi_select_static``."""

    text: Text | None = None
    value: str | None = None
    url: str | None = None
    multi_url: MultiUrl | None = None
    icon: IconRef | None = None
    # overflow.md, its example code: an option may say how it acts ("action_type": "multi").
    action_type: Literal["link", "request", "multi"] | None = None


class PersonOption(CardModel):
    """An option of ``select_person`` / ``multi_select_person``: a user id."""

    value: str


class _Component(CardModel):
    """Fields every component may carry (2.0 adds ``element_id`` and ``margin``; CardKit adds a
    per-component ``fallback`` shown on clients too old for it)."""

    element_id: str | None = None
    margin: str | None = None
    # audio.md (fallback): "drop" drops the component on old clients; an object
    # ({"tag": "fallback_text", "text": {...}}) is shown instead of it.
    fallback: dict[str, Any] | Literal["drop"] | None = None


class _Interactive(_Component):
    """Fields shared by interactive components (``value`` is sent back in the callback)."""

    value: Any = None
    confirm: Confirm | None = None
    behaviors: list[Behavior] | None = None
    name: str | None = None  # required inside a form (lint: duplicate-form-name)
    required: bool | None = None
    disabled: bool | None = None
    disabled_tips: Text | None = None
    hover_tips: Text | None = None
    width: str | None = None


# --- content components -------------------------------------------------------------------------


class DivField(CardModel):
    """One entry of ``div.fields``: a short (side by side) or full-width text."""

    is_short: bool | None = None
    text: Text


class Div(_Component):
    """``div``: a text block with optional fields and one ``extra`` on the right (plain-text.md)."""

    tag: Literal["div"]
    text: Text | None = None
    width: str | None = None
    fields: list[DivField] | None = None
    extra: Element | None = None
    icon: IconRef | None = None


class Markdown(_Component):
    """``markdown``: rich text (rich-text.md)."""

    tag: Literal["markdown"]
    content: str | None = None
    i18n_content: dict[str, str] | None = None
    text_align: Literal["left", "center", "right"] | None = None
    text_size: str | None = None
    href: dict[str, MultiUrl] | None = None
    icon: IconRef | None = None

    def content_problem(self) -> str | None:
        if self.content is None and not self.i18n_content:
            return "missing required field 'content'"
        return None


class Hr(_Component):
    """``hr``: a divider line (divider.md)."""

    tag: Literal["hr"]


class Img(_Component):
    """``img`` (image.md): ``img_key`` from the image upload API; ``alt`` is read aloud."""

    tag: Literal["img"]
    img_key: str
    alt: Text | None = None
    title: Text | None = None
    custom_width: int | str | None = None  # an int in 1.0, "300px" in 2.0 examples
    compact_width: bool | None = None
    mode: Literal["crop_center", "fit_horizontal", "stretch", "large", "medium", "small", "tiny"] | None = (
        None
    )
    preview: bool | None = None
    scale_type: Literal["crop_center", "fit_horizontal", "crop_top"] | None = None
    size: str | None = None
    corner_radius: str | None = None
    transparent: bool | None = None
    i18n_img_key: dict[str, str] | None = None  # element-level multi-language: not for ephemeral cards


class ImgItem(CardModel):
    """One image of ``img_combination.img_list`` (multi-image-laylout.md, JSON 结构: each image
    may set its own ``transparent``; configure-multi-language-content.md: its img_key may have an
    ``i18n_img_key``)."""

    img_key: str
    transparent: bool | None = None
    i18n_img_key: dict[str, str] | None = None  # element-level multi-language: not for ephemeral cards


class ImgCombination(_Component):
    """``img_combination`` (multi-image-laylout.md)."""

    tag: Literal["img_combination"]
    combination_mode: Literal["double", "triple", "bisect", "trisect"]
    img_list: list[ImgItem]
    corner_radius: str | None = None
    combination_transparent: bool | None = None


class Note(_Component):
    """``note`` (note.md, 1.0 only): small grey text and icons."""

    tag: Literal["note"]
    elements: list[Element]


class TableColumn(CardModel):
    """One column of a ``table``: ``name`` is the key of its value in each row."""

    name: str
    display_name: str | None = None
    data_type: Literal["text", "lark_md", "options", "number", "persons", "date", "markdown"] | None = None
    width: str | None = None
    horizontal_align: Literal["left", "center", "right"] | None = None
    vertical_align: Literal["top", "center", "bottom"] | None = None
    format: dict[str, Any] | None = None
    date_format: str | None = None


class TableHeaderStyle(CardModel):
    """``header_style`` of a ``table``: how the header row looks (table.md, JSON 1.0 and 2.0
    pages, "header_style"): ``bold`` defaults to true, ``text_align`` to left, ``lines`` to 1."""

    text_align: Literal["left", "center", "right"] | None = None
    text_size: str | None = None
    background_style: str | None = None
    text_color: str | None = None
    bold: bool | None = None
    lines: int | None = None
    # Not on the table pages; the preview has always hidden the header row for false.
    visible: bool | None = None


class Table(_Component):
    """``table`` (table.md): at most 5 per card; client 7.4+."""

    tag: Literal["table"]
    columns: list[TableColumn]
    rows: list[dict[str, Any]] | None = None
    page_size: int | None = None
    row_height: str | None = None
    row_max_height: str | None = None
    header_style: TableHeaderStyle | None = None
    freeze_first_column: bool | None = None


# chart.md: the chart's width:height (the preview draws with the same list).
ChartAspectRatio = Literal["1:1", "2:1", "4:3", "16:9"]


class Chart(_Component):
    """``chart`` (chart.md): a VChart spec; client 7.1+."""

    tag: Literal["chart"]
    chart_spec: dict[str, Any]
    aspect_ratio: ChartAspectRatio | None = None
    color_theme: str | None = None
    preview: bool | None = None
    height: str | None = None


class Person(_Component):
    """``person`` (user-profile.md)."""

    tag: Literal["person"]
    user_id: str
    size: Literal["extra_small", "small", "medium", "large"] | None = None
    show_avatar: bool | None = None
    show_name: bool | None = None
    style: Literal["normal", "capsule"] | None = None


class PersonItem(CardModel):
    """One person of ``person_list.persons`` (an open_id, union_id or user_id)."""

    id: str


class PersonList(_Component):
    """``person_list`` (user-list.md)."""

    tag: Literal["person_list"]
    persons: list[PersonItem]
    size: Literal["extra_small", "small", "medium", "large"] | None = None
    show_name: bool | None = None
    show_avatar: bool | None = None
    lines: int | None = None
    drop_invalid_user_id: bool | None = None
    icon: IconRef | None = None
    ud_icon: IconRef | None = None


class AudioBorder(CardModel):
    """``border`` of an ``audio``: a colour name and a corner radius ("8px" by default)."""

    color: str | None = None
    corner_radius: str | None = None


class Audio(_Component):
    """``audio`` (card-json-v2-components/content-components/audio.md): plays an OPUS file
    uploaded with the file upload API. JSON 2.0 only, client 7.49+; a card holding one cannot
    be forwarded (``config.enable_forward`` must be false or the send fails) nor sent with
    the ephemeral API."""

    tag: Literal["audio"]
    file_key: str
    i18n_file_key: dict[str, str] | None = None  # element-level multi-language
    audio_id: str | None = None  # unique in the card: keeps playing across card updates
    disabled: bool | None = None
    disabled_tips: Text | None = None
    show_progress_bar: bool | None = None
    show_time: bool | None = None
    time_display: Literal["default", "both"] | None = None
    time_position: Literal["end", "start", "both_sides"] | None = None
    border: AudioBorder | None = None
    style: Literal["normal", "flat", "speak"] | None = None
    padding: str | None = None
    background_style: str | None = None
    fill_color: str | None = None
    width: str | None = None


# --- interactive components ---------------------------------------------------------------------

ButtonType = Literal[
    "default",
    "primary",
    "danger",
    "text",
    "primary_text",
    "danger_text",
    "primary_filled",
    "danger_filled",
    "laser",
]


class Button(_Interactive):
    """``button`` (button.md): in 1.0 only inside ``action`` / ``div.extra`` / ``form`` and containers."""

    tag: Literal["button"]
    text: Text | None = None  # optional in 2.0 (button.md): an icon-only button
    type: ButtonType | None = None
    size: Literal["tiny", "small", "medium", "large"] | None = None
    url: str | None = None
    multi_url: MultiUrl | None = None
    icon: IconRef | None = None
    action_type: Literal["link", "request", "multi", "form_submit", "form_reset"] | None = None
    form_action_type: Literal["submit", "reset"] | None = None
    complex_interaction: bool | None = None


class Overflow(_Interactive):
    """``overflow`` (overflow.md): a "…" menu of options."""

    tag: Literal["overflow"]
    options: list[Option]


class _Select(_Interactive):
    placeholder: Text | None = None
    type: Literal["default", "text"] | None = None


class SelectStatic(_Select):
    """``select_static`` (single-select-dropdown-menu.md)."""

    tag: Literal["select_static"]
    options: list[Option]
    initial_option: str | None = None
    initial_index: int | None = None


class MultiSelectStatic(_Select):
    """``multi_select_static`` (multi-select-dropdown-menu.md)."""

    tag: Literal["multi_select_static"]
    options: list[Option]
    selected_values: list[str] | None = None
    initial_options: list[str] | None = None


class SelectPerson(_Select):
    """``select_person`` (single-select-user-picker.md)."""

    tag: Literal["select_person"]
    options: list[PersonOption] | None = None
    initial_option: str | None = None


class MultiSelectPerson(_Select):
    """``multi_select_person`` (multi-select-user-picker.md)."""

    tag: Literal["multi_select_person"]
    options: list[PersonOption] | None = None
    selected_values: list[str] | None = None
    initial_options: list[str] | None = None


class DatePicker(_Interactive):
    """``date_picker`` (date-picker.md): ``initial_date`` is ``YYYY-MM-DD`` (unpadded accepted)."""

    tag: Literal["date_picker"]
    placeholder: Text | None = None
    initial_date: str | None = None


class PickerTime(_Interactive):
    """``picker_time`` (time-selector.md): ``initial_time`` is ``HH:mm``."""

    tag: Literal["picker_time"]
    placeholder: Text | None = None
    initial_time: str | None = None


class PickerDatetime(_Interactive):
    """``picker_datetime`` (date-time-picker.md): ``initial_datetime`` is ``YYYY-MM-DD HH:mm``."""

    tag: Literal["picker_datetime"]
    placeholder: Text | None = None
    initial_datetime: str | None = None


class ImgOption(CardModel):
    """An option of ``select_img`` (image-picker.md)."""

    img_key: str
    i18n_img_key: dict[str, str] | None = None  # configure-multi-language-content.md: 多图选择 img_key
    value: str | None = None
    disabled: bool | None = None
    disabled_tips: Text | None = None
    hover_tips: Text | None = None


class SelectImg(_Interactive):
    """``select_img`` (image-picker.md): client 7.6+."""

    tag: Literal["select_img"]
    options: list[ImgOption]
    multi_select: bool | None = None
    layout: Literal["stretch", "bisect", "trisect"] | None = None
    can_preview: bool | None = None
    aspect_ratio: str | None = None


class Input(_Interactive):
    """``input`` (input.md): client 6.8+."""

    tag: Literal["input"]
    placeholder: Text | None = None
    default_value: str | None = None
    i18n_default_value: dict[str, str] | None = None  # element-level multi-language
    max_length: int | None = None
    label: Text | None = None
    label_position: Literal["top", "left"] | None = None
    input_type: Literal["text", "multiline_text", "password"] | None = None
    rows: int | None = None
    auto_resize: bool | None = None
    max_rows: int | None = None
    show_icon: bool | None = None


class Checker(_Interactive):
    """``checker`` (checker.md): a to-do item with a tick box; client 7.9+."""

    tag: Literal["checker"]
    text: Text | None = None
    checked: bool | None = None
    overall_checkable: bool | None = None
    button_area: dict[str, Any] | None = None
    checked_style: dict[str, Any] | None = None
    padding: str | None = None


class Action(_Component):
    """``action`` (1.0 only): a row of interactive components."""

    tag: Literal["action"]
    actions: list[Element]
    layout: Literal["default", "bisected", "trisection", "flow"] | None = None


# --- containers ---------------------------------------------------------------------------------


class _Container(_Component):
    """Layout fields of the 2.0 containers (card-json-v2-structure.md ``body``)."""

    direction: Literal["vertical", "horizontal"] | None = None
    padding: str | None = None
    horizontal_spacing: str | None = None
    vertical_spacing: str | None = None
    horizontal_align: Literal["left", "center", "right"] | None = None
    vertical_align: Literal["top", "center", "bottom"] | None = None


class Column(_Container):
    """``column``: only inside ``column_set.columns`` (column-set.md)."""

    tag: Literal["column"]
    elements: list[Element] | None = None
    width: str | None = None
    weight: int | None = None
    background_style: str | None = None
    action: dict[str, Any] | None = None


class ColumnSet(_Component):
    """``column_set`` (column-set.md): side-by-side columns."""

    tag: Literal["column_set"]
    columns: list[Element] | None = None
    flex_mode: Literal["none", "stretch", "flow", "bisect", "trisect"] | None = None
    background_style: str | None = None
    horizontal_spacing: str | None = None
    horizontal_align: Literal["left", "center", "right"] | None = None
    action: dict[str, Any] | None = None


class Form(_Container):
    """``form`` (form-container.md): collects its inputs and submits them together; client 6.6+."""

    tag: Literal["form"]
    name: str
    elements: list[Element]


class PanelHeader(CardModel):
    """``header`` of a collapsible panel (collapsible-panel.md)."""

    title: PanelTitle
    background_color: str | None = None
    vertical_align: Literal["top", "center", "bottom"] | None = None
    padding: str | None = None
    position: str | None = None
    width: str | None = None
    icon: IconRef | None = None
    icon_position: Literal["left", "right", "follow_text"] | None = None
    icon_expanded_angle: int | None = None


class CollapsiblePanel(_Container):
    """``collapsible_panel`` (collapsible-panel.md): client 7.9+."""

    tag: Literal["collapsible_panel"]
    header: PanelHeader
    elements: list[Element]
    expanded: bool | None = None
    background_color: str | None = None
    border: dict[str, Any] | None = None


class InteractiveContainer(_Container):
    """``interactive_container`` (interactive-container.md): a clickable area; client 7.4+."""

    tag: Literal["interactive_container"]
    elements: list[Element]
    width: str | None = None
    height: str | None = None
    background_style: str | None = None
    has_border: bool | None = None
    border_color: str | None = None
    corner_radius: str | None = None
    behaviors: list[Behavior] | None = None
    disabled: bool | None = None
    disabled_tips: Text | None = None
    hover_tips: Text | None = None
    confirm: Confirm | None = None


Element = Annotated[
    Div
    | Markdown
    | Hr
    | Img
    | ImgCombination
    | Note
    | Table
    | Chart
    | Person
    | PersonList
    | Audio
    | Button
    | Overflow
    | SelectStatic
    | MultiSelectStatic
    | SelectPerson
    | MultiSelectPerson
    | DatePicker
    | PickerTime
    | PickerDatetime
    | SelectImg
    | Input
    | Checker
    | Action
    | Column
    | ColumnSet
    | Form
    | CollapsiblePanel
    | InteractiveContainer
    # Text objects may stand in a note's elements (note.md) and as 2.0 elements.
    | PlainText
    | LarkMd
    # ... and so may icons (note.md).
    | Icon,
    TAGGED,
]

# Every component tag the model knows (the "did you mean" list for unknown tags).
COMPONENT_TAGS: frozenset[str] = frozenset(
    tag
    for model in typing.get_args(typing.get_args(Element)[0])
    for tag in typing.get_args(annotation_of(model, "tag"))
)


# --- cards --------------------------------------------------------------------------------------


class Config(CardModel):
    """``config`` (card-json-structure.md, card-json-v2-structure.md)."""

    wide_screen_mode: bool | None = None
    compact_width: bool | None = None
    enable_forward: bool | None = None
    update_multi: bool | None = None
    width_mode: Literal["compact", "default", "fill"] | None = None
    streaming_mode: bool | None = None
    streaming_config: dict[str, Any] | None = None
    summary: dict[str, Any] | None = None
    locales: list[str] | None = None
    use_custom_translation: bool | None = None
    enable_forward_interaction: bool | None = None
    style: dict[str, Any] | None = None


class CardV1(CardModel):
    """A classic card (card-json-structure.md): ``elements`` or card-level ``i18n_elements``."""

    schema_: Annotated[Literal["1.0"] | None, Alias("schema")] = None
    config: Config | None = None
    header: Header | None = None
    elements: list[Element] | None = None
    i18n_elements: dict[str, list[Element]] | None = None
    i18n_header: dict[str, Header] | None = None
    card_link: MultiUrl | None = None
    fallback: dict[str, Any] | None = None


class Body(_Container):
    """The 2.0 ``body``."""

    elements: list[Element] | None = None


class CardV2(CardModel):
    """A JSON 2.0 card (card-json-v2-structure.md): ``"schema": "2.0"`` and ``body.elements``."""

    schema_: Annotated[Literal["2.0"], Alias("schema")]
    config: Config | None = None
    header: Header | None = None
    body: Body | None = None
    card_link: MultiUrl | None = None
    i18n_header: dict[str, Header] | None = None
    fallback: dict[str, Any] | None = None


class TemplateData(CardModel):
    """``data`` of a template card (send-feishu-card.md): no version means the latest published."""

    template_id: str
    template_version_name: str | None = None
    template_variable: dict[str, Any] | None = None


class TemplateCard(CardModel):
    """A card built in the CardKit tool, sent by id: ``{"type": "template", "data": {...}}``."""

    type: Literal["template"]
    data: TemplateData


class RequestBody(CardModel):
    """``POST /open-apis/ephemeral/v1/send`` body; ``card`` is validated on its own by version."""

    chat_id: str
    open_id: str | None = None
    user_id: str | None = None
    email: str | None = None
    msg_type: str
    card: dict[str, Any]


Card = CardV1 | CardV2 | TemplateCard


def card_model_for(version: str) -> type[CardModel]:
    """The model a card of this schema version is validated against."""
    models: dict[str, type[CardModel]] = {"1.0": CardV1, "2.0": CardV2, "template": TemplateCard}
    return models[version]
