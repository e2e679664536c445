"""Card JSON (the raw dict, so a card with errors still draws) to a tree of nodes, tag by tag.

Component fields follow Feishu's component pages (``feishu-cards/card-components/...`` for the
classic schema and ``card-json-v2-components/...`` for 2.0). Each element node carries its JSON
pointer into ``Document.data``. Anything without a drawer becomes a dashed
"unsupported in preview: <tag>" box; anything malformed draws what it can.

Built element subtrees are cached by (pointer, the element's JSON, the interaction state under it),
so ``set_document`` after an edit rebuilds only the elements that changed.
"""

from __future__ import annotations

import datetime
import json
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from designer.cards.markdown import Dialect, parse_markdown, plain_text
from designer.render.nodes import (
    FILL,
    AvatarNode,
    BoxMessageNode,
    ButtonNode,
    CheckerNode,
    CollapsibleNode,
    ColumnsNode,
    FieldNode,
    FlowNode,
    IconMarkNode,
    ImageNode,
    Interaction,
    Node,
    OffsetNode,
    OverflowNode,
    RowNode,
    RuleNode,
    StackNode,
    TableNode,
    TextNode,
)
from designer.render.text import TextStyle, plain_document, rich_document, strike_through
from designer.render.theme import Theme, custom_colors, custom_text_sizes, font_color

ImageSource = Callable[[str], bytes | None]

PICKER_TAGS = {"date_picker": "date", "picker_time": "time", "picker_datetime": "datetime"}
SELECT_TAGS = {
    "select_static": "select",
    "multi_select_static": "multi_select",
    "select_person": "person",
    "multi_select_person": "multi_person",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("CardPreview", text)


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class BuildContext:
    """Everything the builder needs besides the element: theme, language, state, images."""

    def __init__(
        self,
        theme: Theme,
        language: str,
        platform: str,
        schema: str,
        image_source: ImageSource | None,
        state: dict[str, Any],
        cache: OrderedDict[tuple[Any, ...], Node] | None = None,
        config: Any = None,
    ) -> None:
        self.theme = theme
        self.language = language
        self.platform = platform
        self.schema = schema
        self.image_source = image_source
        self.state = state
        self.cache: OrderedDict[tuple[Any, ...], Node] = cache if cache is not None else OrderedDict()
        self.form: str | None = None
        self._images: dict[str, QImage | None] = {}
        self.custom_colors = custom_colors(theme, config)
        self.custom_sizes = custom_text_sizes(theme, config, platform)
        # Everything besides the element's JSON that changes how it is drawn.
        self.key_base = (
            theme.name,
            language,
            platform,
            schema,
            tuple(sorted(self.custom_colors.items())),
            tuple(sorted(self.custom_sizes.items())),
        )

    # -- text ---------------------------------------------------------------------------------
    def i18n(self, value: Any) -> str:
        """The string of a text object in the current language (``content`` / ``i18n`` / ``i18n_content``)."""
        if isinstance(value, str):
            return value
        if not isinstance(value, dict):
            return ""
        for key in ("i18n_content", "i18n"):
            table = value.get(key)
            if isinstance(table, dict) and table:
                chosen = table.get(self.language)
                if isinstance(chosen, str):
                    return chosen
        content = value.get("content")
        if isinstance(content, str):
            return content
        for key in ("i18n_content", "i18n"):  # no content and not our language: first one
            table = value.get(key)
            if isinstance(table, dict):
                for item in table.values():
                    if isinstance(item, str):
                        return item
        return ""

    def text_node(
        self,
        value: Any,
        pointer: str | None,
        *,
        tag: str = "text",
        style: TextStyle | None = None,
        dialect: str | None = None,
    ) -> TextNode:
        """A text object (``{"tag": "plain_text"|"lark_md", "content": ...}``) or a bare string."""
        style = style or TextStyle(size=self.theme.metrics.text_size)
        content = self.i18n(value)
        kind = dialect or (value.get("tag") if isinstance(value, dict) else "plain_text")
        if isinstance(value, dict):
            size = self.text_size(value.get("text_size"))
            if size is not None:
                style = replace(style, size=size)
            color = value.get("text_color")
            if isinstance(color, str):
                style = replace(style, color=color)
            align = value.get("text_align")
            if isinstance(align, str):
                style = replace(style, align=align)
            lines = value.get("lines")
            if isinstance(lines, int) and not isinstance(lines, bool) and lines > 0:
                style = replace(style, max_lines=lines)
        if kind in ("lark_md", "markdown"):
            dialect_name: Dialect = "markdown" if kind == "markdown" else "lark_md"
            doc = rich_document(content, dialect_name, self.theme, style, self.language, self.custom_colors)
            shown = plain_text(parse_markdown(content, dialect=dialect_name))
        else:
            doc = plain_document(content, self.theme, style, self.language, self.custom_colors)
            shown = content
        color = font_color(self.theme, style.color, self.custom_colors) or self.theme.text
        node = TextNode(tag, pointer, doc, shown, color)
        node.max_lines = style.max_lines
        return node

    def text_size(self, name: Any) -> int | None:
        """Pixels of a ``text_size`` name: the card's own ``config.style`` names, then Feishu's."""
        if not isinstance(name, str):
            return None
        if name in self.custom_sizes:
            return self.custom_sizes[name]
        return self.theme.metrics.text_sizes.get(name)

    # -- images -------------------------------------------------------------------------------
    def image(self, key: Any) -> QImage | None:
        if not isinstance(key, str) or not key or self.image_source is None:
            return None
        if key not in self._images:
            data = self.image_source(key)
            image = QImage.fromData(data) if data else None
            self._images[key] = image if image is not None and not image.isNull() else None
        return self._images[key]

    # -- cache --------------------------------------------------------------------------------
    def state_under(self, pointer: str) -> tuple[tuple[str, str], ...]:
        prefix = pointer + "/"
        return tuple(
            sorted(
                (p, json.dumps(v, sort_keys=True, default=str))
                for p, v in self.state.items()
                if p == pointer or p.startswith(prefix)
            )
        )

    def build(self, element: Any, pointer: str) -> Node:
        try:
            raw = json.dumps(element, sort_keys=True, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            raw = repr(element)
        key = (*self.key_base, self.form, pointer, raw, self.state_under(pointer))
        cached = self.cache.get(key)
        if cached is not None:
            self.cache.move_to_end(key)
            return cached
        node = build_element(self, element, pointer)
        self.cache[key] = node
        if len(self.cache) > 2000:
            self.cache.popitem(last=False)
        return node

    def message_colors(self) -> dict[str, str]:
        t = self.theme
        return {"border": t.border, "background": t.placeholder_background, "text": t.text_secondary}

    def unsupported(self, tag: str, pointer: str, why: str | None = None) -> Node:
        message = tr("unsupported in preview: {tag}").format(tag=tag or tr("(no tag)"))
        if why:
            message += f" ({why})"
        return BoxMessageNode(
            "unsupported", pointer, message, self.message_colors(), self.theme.metrics.notation_size
        )


# -- helpers ------------------------------------------------------------------------------------
def _px(value: Any, default: float) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        stripped = value.strip().removesuffix("px")
        try:
            return float(stripped)
        except ValueError:
            return default
    return default


def _spacing(ctx: BuildContext, value: Any, default: float) -> float:
    if isinstance(value, str) and value in ctx.theme.metrics.spacing_names:
        return ctx.theme.metrics.spacing_names[value]
    return _px(value, default)


def _padding(value: Any, default: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    if not isinstance(value, str):
        return default
    parts = [_px(p, 0) for p in value.split()]
    if len(parts) == 1:
        return (parts[0], parts[0], parts[0], parts[0])
    if len(parts) == 2:
        return (parts[0], parts[1], parts[0], parts[1])
    if len(parts) == 4:
        return (parts[0], parts[1], parts[2], parts[3])
    return default


def _elements(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def element_url(element: dict[str, Any]) -> str | None:
    """The url a click opens: ``url``, ``multi_url`` (pc first) or a 2.0 ``open_url`` behaviour."""
    url = element.get("url")
    if isinstance(url, str) and url:
        return url
    multi = element.get("multi_url")
    if isinstance(multi, dict):
        for key in ("pc_url", "url", "android_url", "ios_url"):
            if isinstance(multi.get(key), str) and multi[key]:
                return str(multi[key])
    for behavior in _elements(element.get("behaviors")):
        if isinstance(behavior, dict) and behavior.get("type") == "open_url":
            for key in ("pc_url", "default_url", "url"):
                if isinstance(behavior.get(key), str) and behavior[key]:
                    return str(behavior[key])
    return None


def element_value(element: dict[str, Any]) -> Any:
    """The callback ``value``: 1.0 ``value`` or a 2.0 ``callback`` behaviour's value; None = none."""
    if "value" in element:
        return element["value"]
    for behavior in _elements(element.get("behaviors")):
        if isinstance(behavior, dict) and behavior.get("type") == "callback":
            return behavior.get("value", {})
    return None


def options_of(ctx: BuildContext, element: dict[str, Any]) -> list[tuple[str, str]]:
    result: list[tuple[str, str]] = []
    for option in _elements(element.get("options")):
        if not isinstance(option, dict):
            continue
        value = option.get("value")
        label = ctx.i18n(option.get("text")) or (str(value) if value is not None else "")
        result.append((str(value) if value is not None else "", label))
    return result


def with_icon(
    ctx: BuildContext, icon: dict[str, Any], pointer: str, main: Node, color: str, *, element: bool = True
) -> Node:
    """``main`` with its prefix ``icon``: a ``custom_icon`` picture, or a mark for a ``standard_icon``.

    Feishu's icon library is not available offline, so a standard icon is a round mark in the
    icon's colour (or the text's), the size of the icon.
    """
    t = ctx.theme
    raw_color = icon.get("color")
    tint = font_color(t, raw_color if isinstance(raw_color, str) else None, ctx.custom_colors) or color
    mark: Node
    if icon.get("tag") == "custom_icon":
        colors = {"background": t.placeholder_background, "border": t.border, "text": t.text_secondary}
        mark = ImageNode(
            pointer,
            image=ctx.image(icon.get("img_key")),
            alt="",
            colors=colors,
            font_size=8,
            aspect=1.0,
            fixed_width=16.0,
            radius=3,
        )
        mark.tag = "icon"
        mark.text = str(icon.get("img_key") or "")
    else:
        mark = IconMarkNode(pointer, str(icon.get("token") or ""), tint)
    # element=True: the row becomes the element (icon and text select it); else only a layout row
    row = RowNode(
        main.tag if element else "icon_row",
        main.pointer if element else None,
        OffsetNode(mark, 2),
        main,
        gap=6,
    )
    row.icon_first = True
    row.text = main.text
    row.colors = dict(main.colors)
    if element:
        main.pointer = None
    return row


# -- the drawers --------------------------------------------------------------------------------
def build_element(ctx: BuildContext, element: Any, pointer: str) -> Node:
    if not isinstance(element, dict):
        return ctx.unsupported("", pointer, tr("not an object"))
    tag = element.get("tag")
    if not isinstance(tag, str):
        return ctx.unsupported("", pointer, tr("no tag"))
    drawer = DRAWERS.get(tag)
    if drawer is None:
        return ctx.unsupported(tag, pointer)
    for list_field in LIST_FIELDS.get(tag, ()):
        if list_field in element and not isinstance(element[list_field], list):
            # Nothing inside can be drawn: mark the place instead of drawing an empty box.
            message = tr("cannot draw {tag}: '{field}' is not a list").format(tag=tag, field=list_field)
            return BoxMessageNode(
                "unsupported", pointer, message, ctx.message_colors(), ctx.theme.metrics.notation_size
            )
    try:
        node = drawer(ctx, element, pointer)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:  # malformed fields: say so, go on
        return ctx.unsupported(tag, pointer, type(exc).__name__)
    margin = element.get("margin")
    if ctx.schema == "2.0" and isinstance(margin, str):
        top, right, bottom, left = _padding(margin, (0, 0, 0, 0))
        if any((top, right, bottom, left)):
            box = StackNode(tag, pointer, padding=(top, right, bottom, left))
            node.pointer = pointer
            box.children = [node]
            box.text = node.text
            return box
    return node


def build_stack(
    ctx: BuildContext,
    elements: Any,
    base: str,
    *,
    spacing: float | None = None,
    tag: str = "elements",
    pointer: str | None = None,
    padding: tuple[float, float, float, float] = (0, 0, 0, 0),
    layout_from: dict[str, Any] | None = None,
) -> StackNode:
    """Children of a container; ``layout_from`` is the container's JSON, whose 2.0 ``direction``
    and ``horizontal_spacing`` lay the children out in a row (card-json-v2-structure, body)."""
    stack = StackNode(
        tag,
        pointer,
        spacing=ctx.theme.metrics.element_spacing if spacing is None else spacing,
        padding=padding,
    )
    if layout_from is not None and layout_from.get("direction") == "horizontal":
        stack.horizontal = True
        stack.horizontal_spacing = _spacing(
            ctx, layout_from.get("horizontal_spacing"), ctx.theme.metrics.column_spacing
        )
    for index, child in enumerate(_elements(elements)):
        stack.children.append(ctx.build(child, f"{base}/{index}"))
    return stack


def draw_div(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    m = ctx.theme.metrics
    stack = StackNode("div", pointer, spacing=4)
    parts: list[str] = []
    text = element.get("text")
    if text is not None:
        node = ctx.text_node(text, None)
        stack.children.append(node)
        parts.append(node.text)
    fields = _elements(element.get("fields"))
    row: list[Node] = []
    for index, field in enumerate(fields):
        if not isinstance(field, dict):
            continue
        field_node = ctx.text_node(field.get("text"), f"{pointer}/fields/{index}", tag="field")
        parts.append(field_node.text)
        if field.get("is_short"):
            row.append(field_node)
            if len(row) == 2:
                stack.children.append(_pair(row, m.column_spacing))
                row = []
        else:
            if row:
                stack.children.append(_pair(row, m.column_spacing))
                row = []
            stack.children.append(field_node)
    if row:
        stack.children.append(_pair(row, m.column_spacing))
    stack.text = "\n".join(parts)
    extra = element.get("extra")
    if isinstance(extra, dict):
        trailing = ctx.build(extra, f"{pointer}/extra")
        inner = StackNode("div-text", None, spacing=4)
        inner.children = stack.children
        row_node = RowNode("div", pointer, inner, trailing, gap=m.column_spacing)
        row_node.text = stack.text
        return row_node
    return stack


def _pair(nodes: list[Node], spacing: float) -> Node:
    columns = ColumnsNode(
        None, spacing=spacing, specs=[("weighted", 1.0), ("weighted", 1.0)], background=None
    )
    columns.tag = "fields"
    columns.children = list(nodes) + ([] if len(nodes) == 2 else [StackNode("spacer", None)])
    return columns


def draw_markdown(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    dialect = "markdown" if ctx.schema == "2.0" else "lark_md"
    size = ctx.text_size(element.get("text_size")) or ctx.theme.metrics.text_size
    align = element.get("text_align") if isinstance(element.get("text_align"), str) else "left"
    value: Any = element if ("content" in element or "i18n_content" in element) else element.get("text", "")
    style = TextStyle(size=size, align=str(align))
    node: Node = ctx.text_node(value, pointer, tag="markdown", style=style, dialect=dialect)
    icon = element.get("icon")
    if isinstance(icon, dict):
        node = with_icon(ctx, icon, f"{pointer}/icon", node, ctx.theme.text)
    return node


def draw_plain_text(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    return ctx.text_node(element, pointer, tag=element.get("tag", "plain_text"))


def draw_hr(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    return RuleNode(pointer, ctx.theme.hr)


def draw_img(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    key = element.get("img_key")
    alt = ctx.i18n(element.get("alt")) or (str(key) if key else tr("image"))
    image = ctx.image(key)
    mode = element.get("mode") or element.get("scale_type")
    size = element.get("size") if isinstance(element.get("size"), str) else None
    fixed: float | None = None
    if isinstance(element.get("custom_width"), int | float):
        fixed = float(element["custom_width"])
    elif mode in ("tiny", "small", "medium", "large"):
        fixed = {"tiny": 80.0, "small": 160.0, "medium": 300.0, "large": 480.0}[str(mode)]
    elif isinstance(size, str) and "px" in size:
        fixed = _px(size.split()[0], 0) or None
    # A picture keeps its own aspect; an unknown one is a 16:9 box. crop_* modes crop tall
    # pictures to 16:9 (img component page, "mode"/"scale_type").
    aspect: float | None = None if image is not None else 9 / 16
    if mode in ("crop_center", "crop_top") and image is not None:
        aspect = min(9 / 16, image.height() / max(1, image.width()))
    colors = {"background": t.placeholder_background, "border": t.border, "text": t.text_secondary}
    node = ImageNode(
        pointer,
        image=image,
        alt=alt,
        colors=colors,
        font_size=t.metrics.notation_size,
        aspect=aspect,
        fixed_width=fixed,
        max_height=float(t.metrics.image_placeholder_height) * 2.5,
    )
    if image is None:
        node.colors["placeholder"] = "yes"
    return node


def draw_img_combination(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    images = _elements(element.get("img_list"))
    mode = element.get("combination_mode", "double")
    per_row = 3 if mode in ("triple", "trisect") else 2
    stack = StackNode("img_combination", pointer, spacing=4)
    row: list[Node] = []
    colors = {"background": t.placeholder_background, "border": t.border, "text": t.text_secondary}
    for index, item in enumerate(images):
        key = item.get("img_key") if isinstance(item, dict) else None
        node = ImageNode(
            f"{pointer}/img_list/{index}",
            image=ctx.image(key),
            alt=str(key or tr("image")),
            colors=colors,
            font_size=t.metrics.notation_size,
            aspect=1.0 if per_row == 3 else 3 / 4,
        )
        row.append(node)
        if len(row) == per_row:
            stack.children.append(_row(row, 4))
            row = []
    if row:
        stack.children.append(_row(row + [StackNode("spacer", None)] * (per_row - len(row)), 4))
    stack.text = " ".join(n.text for r in stack.children for n in r.children)
    return stack


def _row(nodes: list[Node], spacing: float) -> ColumnsNode:
    columns = ColumnsNode(None, spacing=spacing, specs=[("weighted", 1.0)] * len(nodes), background=None)
    columns.tag = "row"
    columns.children = nodes
    return columns


def draw_note(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    flow = FlowNode("note", pointer, spacing=6, line_spacing=2)
    parts: list[str] = []
    for index, item in enumerate(_elements(element.get("elements"))):
        item_pointer = f"{pointer}/elements/{index}"
        if isinstance(item, dict) and item.get("tag") == "img":
            colors = {"background": t.placeholder_background, "border": t.border, "text": t.text_secondary}
            flow.children.append(
                ImageNode(
                    item_pointer,
                    image=ctx.image(item.get("img_key")),
                    alt="",
                    colors=colors,
                    font_size=10,
                    aspect=1.0,
                    fixed_width=16.0,
                    radius=2,
                )
            )
        else:
            node = ctx.text_node(
                item, item_pointer, style=TextStyle(size=t.metrics.notation_size, color=t.note)
            )
            flow.children.append(node)
            parts.append(node.text)
    flow.text = " ".join(parts)
    flow.colors = {"text": t.note}
    return flow


def draw_action(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    flow = FlowNode("action", pointer, spacing=ctx.theme.metrics.action_spacing, line_spacing=8)
    for index, item in enumerate(_elements(element.get("actions"))):
        flow.children.append(ctx.build(item, f"{pointer}/actions/{index}"))
    flow.text = " ".join(child.text for child in flow.children)
    if element.get("layout") in ("bisected", "trisection"):
        per_row = 2 if element.get("layout") == "bisected" else 3
        return _grid(flow.children, per_row, ctx.theme.metrics.action_spacing, pointer, flow.text)
    return flow


def _grid(nodes: list[Node], per_row: int, spacing: float, pointer: str, text: str) -> Node:
    stack = StackNode("action", pointer, spacing=8)
    for start in range(0, len(nodes), per_row):
        chunk = nodes[start : start + per_row]
        for node in chunk:
            if isinstance(node, ButtonNode):
                node.fill = True
        chunk += [StackNode("spacer", None) for _ in range(per_row - len(chunk))]
        stack.children.append(_row(chunk, spacing))
    stack.text = text
    return stack


def draw_button(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    kind = element.get("type", "default")
    if not isinstance(kind, str) or kind not in t.buttons:
        kind = "default"
    style = t.button_disabled if element.get("disabled") else t.buttons[kind]
    size = element.get("size", "medium")
    heights = t.metrics.button_heights_mobile if ctx.platform == "mobile" else t.metrics.button_heights
    height = heights.get(size if isinstance(size, str) else "medium", heights["medium"])
    width = element.get("width")
    fill = width == "fill"
    fixed = _px(width, 0) if isinstance(width, str) and width.endswith("px") else None
    label = ctx.i18n(element.get("text")) or tr("Button")
    node = ButtonNode(
        pointer,
        label,
        background=style.background,
        foreground=style.foreground,
        border=style.border,
        height=height,
        radius=t.metrics.button_radius,
        font_size=t.metrics.text_size if height >= 32 else t.metrics.notation_size,
        fill=fill,
        fixed_width=fixed or None,
        laser=t.laser if kind == "laser" and not element.get("disabled") else None,
    )
    node.colors["type"] = "disabled" if element.get("disabled") else kind
    if not element.get("disabled"):
        node.interaction = Interaction("button", element, pointer, form=ctx.form)
    else:
        node.cursor_pointer = False
    return node


def _field_colors(ctx: BuildContext, disabled: bool = False) -> dict[str, str]:
    t = ctx.theme
    return {
        "background": t.button_disabled.background if disabled else t.control_background,
        "border": t.control_border,
        "text": t.text_disabled if disabled else t.text,
        "placeholder": t.text_secondary if not disabled else t.text_disabled,
    }


def _label_node(ctx: BuildContext, element: dict[str, Any]) -> TextNode | None:
    label = element.get("label")
    if label is None:
        return None
    return ctx.text_node(label, None, tag="label")


def draw_select(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    tag = str(element.get("tag"))
    kind = SELECT_TAGS[tag]
    options = options_of(ctx, element)
    if kind in ("person", "multi_person") and not options:
        options = [
            (str(o.get("value", "")), str(o.get("value", "")))
            for o in _elements(element.get("options"))
            if isinstance(o, dict)
        ]
    labels = dict(options)
    chosen = ctx.state.get(pointer)
    if kind in ("multi_select", "multi_person"):
        selected = (
            chosen
            if isinstance(chosen, list)
            else [str(v) for v in _elements(element.get("selected_values"))]
        )
        value = ", ".join(labels.get(v, v) for v in selected)
    else:
        selected_value = (
            chosen
            if isinstance(chosen, str)
            else element.get("initial_option")
            or (
                element.get("initial_index") is not None
                and _initial_index(options, element.get("initial_index"))
            )
        )
        value = labels.get(str(selected_value), str(selected_value)) if selected_value else ""
    placeholder = ctx.i18n(element.get("placeholder")) or tr("Select")
    disabled = bool(element.get("disabled"))
    width = (
        _px(element.get("width"), 0)
        if isinstance(element.get("width"), str) and str(element.get("width")).endswith("px")
        else None
    )
    node = FieldNode(
        tag,
        pointer,
        value=value,
        placeholder=placeholder,
        glyph="▾",
        colors=_field_colors(ctx, disabled),
        height=t.metrics.field_height,
        radius=t.metrics.button_radius,
        font_size=t.metrics.text_size,
        width=width or (FILL if element.get("width") == "fill" else None),
        label_node=_label_node(ctx, element),
    )
    if not disabled:
        node.interaction = Interaction(kind, element, pointer, form=ctx.form, options=options)
    return node


def _initial_index(options: list[tuple[str, str]], index: Any) -> str:
    if isinstance(index, int) and 1 <= index <= len(options):
        return options[index - 1][0]  # initial_index counts from 1
    return ""


def draw_picker(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    tag = str(element.get("tag"))
    kind = PICKER_TAGS[tag]
    initial = {"date": "initial_date", "time": "initial_time", "datetime": "initial_datetime"}[kind]
    chosen = ctx.state.get(pointer)
    value = chosen if isinstance(chosen, str) else (str(element.get(initial)) if element.get(initial) else "")
    placeholder = (
        ctx.i18n(element.get("placeholder"))
        or {"date": tr("Select a date"), "time": tr("Select a time"), "datetime": tr("Select date and time")}[
            kind
        ]
    )
    disabled = bool(element.get("disabled"))
    glyph = "◷" if kind == "time" else "▦"
    node = FieldNode(
        tag,
        pointer,
        value=value,
        placeholder=placeholder,
        glyph=glyph,
        colors=_field_colors(ctx, disabled),
        height=t.metrics.field_height,
        radius=t.metrics.button_radius,
        font_size=t.metrics.text_size,
        width=None,
        label_node=_label_node(ctx, element),
    )
    if not disabled:
        node.interaction = Interaction(kind, element, pointer, form=ctx.form)
    return node


def draw_overflow(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    style = t.buttons["default"]
    node = OverflowNode(
        pointer,
        colors={"background": style.background, "border": style.border, "text": style.foreground},
        size=t.metrics.field_height,
        radius=t.metrics.button_radius,
    )
    node.interaction = Interaction(
        "overflow", element, pointer, form=ctx.form, options=options_of(ctx, element)
    )
    return node


def draw_input(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    typed = ctx.state.get(pointer)
    value = (
        typed
        if isinstance(typed, str)
        else (ctx.i18n(element.get("default_value")) if element.get("default_value") else "")
    )
    if element.get("input_type") == "password" and value:
        value = "•" * len(value)
    placeholder = ctx.i18n(element.get("placeholder")) or tr("Enter text")
    disabled = bool(element.get("disabled"))
    rows = element.get("rows") if element.get("input_type") == "multiline_text" else None
    height = (
        t.metrics.field_height if not isinstance(rows, int) else max(t.metrics.field_height, 22 * rows + 10)
    )
    width = element.get("width")
    fixed = _px(width, 0) if isinstance(width, str) and width.endswith("px") else None
    node = FieldNode(
        "input",
        pointer,
        value=value,
        placeholder=placeholder,
        glyph="",
        colors=_field_colors(ctx, disabled),
        height=height,
        radius=t.metrics.button_radius,
        font_size=t.metrics.text_size,
        width=fixed or (FILL if width in (None, "fill") else None),
        label_node=_label_node(ctx, element),
        multiline=isinstance(rows, int),
    )
    if not disabled:
        node.interaction = Interaction("input", element, pointer, form=ctx.form)
    return node


def draw_checker(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    state = ctx.state.get(pointer)
    checked = state if isinstance(state, bool) else bool(element.get("checked"))
    text = ctx.text_node(element.get("text", ""), None)
    checked_style = element.get("checked_style")
    if checked and isinstance(checked_style, dict) and checked_style.get("show_strikethrough"):
        strike_through(text.doc)
    node = CheckerNode(
        pointer,
        text,
        checked=checked,
        colors={"checked": t.primary, "background": t.control_background, "border": t.control_border},
        box=t.metrics.checker_box,
    )
    node.colors["state"] = "checked" if checked else "unchecked"
    if not element.get("disabled"):
        node.interaction = Interaction("checker", element, pointer, form=ctx.form)
    return node


def draw_column_set(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    spacing = _spacing(ctx, element.get("horizontal_spacing"), t.metrics.column_spacing)
    background = element.get("background_style")
    bg = (
        t.placeholder_background
        if background == "grey"
        else (
            t.headers[background].background
            if isinstance(background, str) and background in t.headers and background != "default"
            else None
        )
    )
    specs: list[tuple[str, float]] = []
    columns = _elements(element.get("columns"))
    node = ColumnsNode(pointer, spacing=spacing, specs=specs, background=bg)
    for index, column in enumerate(columns):
        column_pointer = f"{pointer}/columns/{index}"
        if not isinstance(column, dict):
            specs.append(("weighted", 1.0))
            node.children.append(ctx.unsupported("", column_pointer, tr("not an object")))
            node.vertical_align.append("top")
            continue
        width = column.get("width", "auto")
        if width == "weighted":
            weight = column.get("weight", 1)
            specs.append(("weighted", float(weight) if isinstance(weight, int | float) else 1.0))
        elif isinstance(width, str) and width.endswith("px"):
            specs.append(("px", _px(width, 100)))
        else:
            specs.append(("auto", 0.0) if width == "auto" else ("weighted", 1.0))
        col_bg = column.get("background_style")
        padding = _padding(column.get("padding"), (0, 0, 0, 0))
        stack = build_stack(
            ctx,
            column.get("elements"),
            f"{column_pointer}/elements",
            spacing=_spacing(ctx, column.get("vertical_spacing"), 8),
            tag="column",
            pointer=column_pointer,
            padding=padding,
            layout_from=column,
        )
        if isinstance(col_bg, str) and col_bg not in ("default", ""):
            stack.background = (
                t.placeholder_background
                if col_bg == "grey"
                else t.headers.get(col_bg, t.headers["grey"]).background
            )
            stack.radius = 4
            if stack.padding == (0, 0, 0, 0):
                stack.padding = (8, 8, 8, 8)
            stack.colors["background"] = stack.background
        stack.text = "\n".join(c.text for c in stack.children)
        node.children.append(stack)
        node.vertical_align.append(str(column.get("vertical_align", "top")))
    if not columns:
        specs.append(("weighted", 1.0))
        node.children.append(StackNode("spacer", None))
    node.text = "\n".join(c.text for c in node.children)
    return node


def draw_form(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    outer = ctx.form
    ctx.form = pointer
    try:
        stack = build_stack(
            ctx,
            element.get("elements"),
            f"{pointer}/elements",
            tag="form",
            pointer=pointer,
            layout_from=element,
        )
    finally:
        ctx.form = outer
    stack.text = "\n".join(c.text for c in stack.children)
    return stack


def draw_interactive_container(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    padding = _padding(element.get("padding"), (4, 12, 4, 12))
    stack = build_stack(
        ctx,
        element.get("elements"),
        f"{pointer}/elements",
        spacing=_spacing(ctx, element.get("vertical_spacing"), 8),
        tag="interactive_container",
        pointer=pointer,
        padding=padding,
        layout_from=element,
    )
    stack.border = t.border if element.get("has_border") else None
    bg = element.get("background_style")
    stack.background = t.placeholder_background if bg == "grey" else None
    stack.colors = {k: v for k, v in (("border", stack.border), ("background", stack.background)) if v}
    stack.radius = _px(element.get("corner_radius"), 8)
    stack.text = "\n".join(c.text for c in stack.children)
    if not element.get("disabled"):
        stack.interaction = Interaction("container", element, pointer, form=ctx.form)
        stack.cursor_pointer = True
    return stack


def draw_collapsible_panel(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    raw_header = element.get("header")
    header: dict[str, Any] = raw_header if isinstance(raw_header, dict) else {}
    state = ctx.state.get(pointer)
    expanded = state if isinstance(state, bool) else bool(element.get("expanded"))
    title = ctx.text_node(header.get("title", ""), None, tag="title")
    body = build_stack(
        ctx,
        element.get("elements"),
        f"{pointer}/elements",
        spacing=_spacing(ctx, element.get("vertical_spacing"), 8),
        tag="panel_body",
        padding=(0, 8, 8, 8),
        layout_from=element,
    )
    border = element.get("border")
    bordered = isinstance(border, dict)
    bg = element.get("background_color")
    background = t.placeholder_background if bg == "grey" else None
    node = CollapsibleNode(
        pointer,
        title,
        body,
        expanded=expanded,
        colors={
            "text": t.text_secondary,
            "border": t.border,
            **({"background": background} if background else {}),
        },
        bordered=bordered,
        radius=_px(border.get("corner_radius"), 6) if isinstance(border, dict) else 6,
    )
    node.colors["state"] = "expanded" if expanded else "collapsed"
    node.interaction = Interaction("collapse", element, pointer, form=ctx.form)
    node.cursor_pointer = True
    return node


def _person_name(ctx: BuildContext, user: Any) -> str:
    if isinstance(user, dict):
        user = user.get("id") or user.get("user_id")
    return str(user) if user else tr("unknown user")


def draw_person(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    size = {"extra_small": 16, "small": 20, "medium": 24, "large": 36}.get(
        str(element.get("size", "medium")), t.metrics.avatar_size
    )
    person = AvatarNode(
        pointer,
        name=_person_name(ctx, element.get("user_id")),
        size=size,
        colors={"avatar": t.primary, "avatar_text": "#ffffff", "text": t.text},
        font_size=t.metrics.text_size,
        show_name=element.get("show_name", True) is not False,
    )
    person.shrink = True
    return person


def draw_person_list(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    flow = FlowNode("person_list", pointer, spacing=12, line_spacing=6)
    size = {"extra_small": 16, "small": 20, "medium": 24, "large": 36}.get(
        str(element.get("size", "small")), 20
    )
    for index, person in enumerate(_elements(element.get("persons"))):
        flow.children.append(
            AvatarNode(
                f"{pointer}/persons/{index}",
                name=_person_name(ctx, person),
                size=size,
                colors={"avatar": t.primary, "avatar_text": "#ffffff", "text": t.text},
                font_size=t.metrics.text_size,
                show_name=element.get("show_name", True) is not False,
            )
        )
    flow.text = " ".join(c.text for c in flow.children)
    return flow


_DATE_TOKENS = (("YYYY", "%Y"), ("MM", "%m"), ("DD", "%d"), ("HH", "%H"), ("mm", "%M"))
_CHINA = datetime.timezone(datetime.timedelta(hours=8))  # the preview's stand-in user timezone


def _cell(ctx: BuildContext, value: Any, column: dict[str, Any]) -> str:
    """A table cell as text, by the column's ``data_type`` (table component page)."""
    kind = column.get("data_type")
    if kind == "date" and isinstance(value, int | float) and not isinstance(value, bool):
        fmt = str(column.get("date_format") or "YYYY/MM/DD")
        for token, code in _DATE_TOKENS:
            fmt = fmt.replace(token, code)
        try:
            return datetime.datetime.fromtimestamp(value / 1000, _CHINA).strftime(fmt)
        except (OverflowError, OSError, ValueError):
            return str(value)
    if kind == "number" and isinstance(value, int | float) and not isinstance(value, bool):
        precision = (
            column.get("format", {}).get("precision") if isinstance(column.get("format"), dict) else None
        )
        return f"{value:,.{precision}f}" if isinstance(precision, int) else f"{value:,}"
    if isinstance(value, str):
        if kind in ("lark_md", "markdown") or "<" in value or "*" in value:
            return plain_text(parse_markdown(value))
        return value
    if isinstance(value, list):
        return ", ".join(_cell(ctx, v, {}) for v in value)
    if isinstance(value, dict):
        return ctx.i18n(value) or str(value.get("text", value.get("name", value.get("id", ""))))
    return "" if value is None else str(value)


def draw_table(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    columns = [c for c in _elements(element.get("columns")) if isinstance(c, dict)]
    headers = [str(c.get("display_name") or c.get("name") or "") for c in columns]
    page_size = element.get("page_size", 5)
    page = int(page_size) if isinstance(page_size, int) and page_size > 0 else 5
    rows = [
        [_cell(ctx, row.get(str(column.get("name", ""))), column) for column in columns]
        for row in _elements(element.get("rows"))[:page]
        if isinstance(row, dict)
    ]
    raw_style = element.get("header_style")
    header_style: dict[str, Any] = raw_style if isinstance(raw_style, dict) else {}
    return TableNode(
        pointer,
        headers=headers,
        rows=rows,
        colors={"border": t.border, "header": t.table_header, "text": t.text, "background": t.surface},
        font_size=t.metrics.text_size,
        header_visible=header_style.get("visible", True) is not False,
    )


def draw_title_element(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    return ctx.text_node(element.get("text", element), pointer, tag=str(element.get("tag")))


# The list members of containers (component pages): when one is not a list, nothing in it can
# be drawn, and the preview says so where the component would be.
LIST_FIELDS: dict[str, tuple[str, ...]] = {
    "note": ("elements",),
    "action": ("actions",),
    "column_set": ("columns",),
    "form": ("elements",),
    "interactive_container": ("elements",),
    "collapsible_panel": ("elements",),
    "person_list": ("persons",),
    "img_combination": ("img_list",),
    "table": ("columns", "rows"),
}

DRAWERS: dict[str, Callable[[BuildContext, dict[str, Any], str], Node]] = {
    "div": draw_div,
    "markdown": draw_markdown,
    "lark_md": draw_plain_text,
    "plain_text": draw_plain_text,
    "hr": draw_hr,
    "img": draw_img,
    "img_combination": draw_img_combination,
    "note": draw_note,
    "action": draw_action,
    "button": draw_button,
    "overflow": draw_overflow,
    "select_static": draw_select,
    "multi_select_static": draw_select,
    "select_person": draw_select,
    "multi_select_person": draw_select,
    "date_picker": draw_picker,
    "picker_time": draw_picker,
    "picker_datetime": draw_picker,
    "input": draw_input,
    "checker": draw_checker,
    "column_set": draw_column_set,
    "form": draw_form,
    "interactive_container": draw_interactive_container,
    "collapsible_panel": draw_collapsible_panel,
    "person": draw_person,
    "person_list": draw_person_list,
    "table": draw_table,
}
