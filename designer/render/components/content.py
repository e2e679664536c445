"""Drawers of the text components: div, markdown, plain_text, hr (with ``RuleNode``) and note
(pages under feishu-cards/.../content-components); ``icon_node`` / ``with_icon`` draw the icons
that prefix a text. Pictures, people and the table have their own modules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from designer.cards.jsontext import join_pointer
from designer.cards.tree import single_child
from designer.render.components.image import ImageNode
from designer.render.context import (
    BuildContext,
    children_of,
    elements_of,
    register,
)
from designer.render.nodes import (
    FlowNode,
    IconMarkNode,
    Node,
    OffsetNode,
    RowNode,
    StackNode,
    pair_of,
)
from designer.render.text import TextStyle
from designer.render.theme import font_color


def icon_node(
    ctx: BuildContext, icon: dict[str, Any], pointer: str | None, color: str, size: float = 16
) -> Node:
    """An ``icon`` object as a node: a ``custom_icon`` picture, or a ``standard_icon`` glyph in
    the icon's ``color`` (a colour name or custom colour; it applies to standard icons only, button
    page), else in ``color``, the colour of what it prefixes."""
    t = ctx.theme
    if icon.get("tag") == "custom_icon":
        colors = {"background": t.placeholder_background, "border": t.border, "text": t.text_secondary}
        mark = ImageNode(
            pointer,
            image=ctx.image(icon.get("img_key")),
            alt="",
            colors=colors,
            font_size=8,
            aspect=1.0,
            fixed_width=size,
            radius=3,
        )
        mark.tag = "icon"
        mark.text = str(icon.get("img_key") or "")
        return mark
    raw_color = icon.get("color")
    tint = font_color(t, raw_color if isinstance(raw_color, str) else None, ctx.custom_colors) or color
    return IconMarkNode(pointer, str(icon.get("token") or ""), tint, size)


def with_icon(
    ctx: BuildContext, icon: dict[str, Any], pointer: str, main: Node, color: str, *, element: bool = True
) -> Node:
    """``main`` with its prefix ``icon`` (``icon_node``), side by side."""
    mark = icon_node(ctx, icon, pointer, color)
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


def draw_div(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    m = ctx.theme.metrics
    stack = StackNode("div", pointer, spacing=4)
    parts: list[str] = []
    text = element.get("text")
    if text is not None:
        node = ctx.text_node(text, None)
        stack.children.append(node)
        parts.append(node.text)
    fields = elements_of(element.get("fields"))
    row: list[Node] = []
    for index, field in enumerate(fields):
        if not isinstance(field, dict):
            continue
        field_node = ctx.text_node(field.get("text"), f"{pointer}/fields/{index}", tag="field")
        parts.append(field_node.text)
        if field.get("is_short"):
            row.append(field_node)
            if len(row) == 2:
                stack.children.append(pair_of(row, m.column_spacing))
                row = []
        else:
            if row:
                stack.children.append(pair_of(row, m.column_spacing))
                row = []
            stack.children.append(field_node)
    if row:
        stack.children.append(pair_of(row, m.column_spacing))
    stack.text = "\n".join(parts)
    extra = single_child(element, pointer)
    icon = element.get("icon")
    # plain-text page: ``icon`` is a prefix icon of the div's text, in the text's colour
    first = stack.children[0] if stack.children else None
    text_color = first.colors.get("text", ctx.theme.text) if first else ctx.theme.text
    if extra is not None:
        extra_pointer, extra_element = extra
        trailing = ctx.build(extra_element, extra_pointer)
        inner: Node = StackNode("div-text", None, spacing=4)
        inner.children = stack.children
        if isinstance(icon, dict):
            inner = with_icon(ctx, icon, f"{pointer}/icon", inner, text_color, element=False)
        row_node = RowNode("div", pointer, inner, trailing, gap=m.column_spacing)
        row_node.text = stack.text
        return row_node
    if isinstance(icon, dict):
        return with_icon(ctx, icon, f"{pointer}/icon", stack, text_color)
    return stack


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


class RuleNode(Node):
    """``hr``: a 1 px line."""

    def __init__(self, pointer: str | None, color: str) -> None:
        super().__init__("hr", pointer)
        self.colors = {"line": color}
        self.grow = True

    def do_layout(self, width: float) -> float:
        return 1.0

    def paint(self, painter: QPainter) -> None:
        painter.fillRect(QRectF(0, 0, self.w, 1), QColor(self.colors["line"]))


def draw_hr(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    return RuleNode(pointer, ctx.theme.hr)


def draw_note(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    flow = FlowNode("note", pointer, spacing=6, line_spacing=2)
    parts: list[str] = []
    items, base = children_of(element, pointer)
    for index, item in enumerate(items):
        item_pointer = join_pointer(base, index)
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


register(
    {
        "div": draw_div,
        "markdown": draw_markdown,
        "lark_md": draw_plain_text,
        "plain_text": draw_plain_text,
        "hr": draw_hr,
        "note": draw_note,
    }
)
