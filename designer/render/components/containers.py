"""Drawers of the containers: action rows (1.0), column_set, form, interactive_container and
collapsible_panel (pages under feishu-cards/.../containers)."""

from __future__ import annotations

from typing import Any

from designer.render.context import (
    BuildContext,
    build_stack,
    elements_of,
    padding_of,
    px,
    register,
    spacing_of,
    tr,
)
from designer.render.nodes import (
    ButtonNode,
    CollapsibleNode,
    ColumnsNode,
    FlowNode,
    Interaction,
    Node,
    StackNode,
    row_of,
)


def draw_action(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    flow = FlowNode("action", pointer, spacing=ctx.theme.metrics.action_spacing, line_spacing=8)
    for index, item in enumerate(elements_of(element.get("actions"))):
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
        stack.children.append(row_of(chunk, spacing))
    stack.text = text
    return stack


def draw_column_set(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    spacing = spacing_of(ctx, element.get("horizontal_spacing"), t.metrics.column_spacing)
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
    columns = elements_of(element.get("columns"))
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
            specs.append(("px", px(width, 100)))
        else:
            specs.append(("auto", 0.0) if width == "auto" else ("weighted", 1.0))
        col_bg = column.get("background_style")
        padding = padding_of(column.get("padding"), (0, 0, 0, 0))
        stack = build_stack(
            ctx,
            column.get("elements"),
            f"{column_pointer}/elements",
            spacing=spacing_of(ctx, column.get("vertical_spacing"), 8),
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
    padding = padding_of(element.get("padding"), (4, 12, 4, 12))
    stack = build_stack(
        ctx,
        element.get("elements"),
        f"{pointer}/elements",
        spacing=spacing_of(ctx, element.get("vertical_spacing"), 8),
        tag="interactive_container",
        pointer=pointer,
        padding=padding,
        layout_from=element,
    )
    stack.border = t.border if element.get("has_border") else None
    bg = element.get("background_style")
    stack.background = t.placeholder_background if bg == "grey" else None
    stack.colors = {k: v for k, v in (("border", stack.border), ("background", stack.background)) if v}
    stack.radius = px(element.get("corner_radius"), 8)
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
        spacing=spacing_of(ctx, element.get("vertical_spacing"), 8),
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
        radius=px(border.get("corner_radius"), 6) if isinstance(border, dict) else 6,
    )
    node.colors["state"] = "expanded" if expanded else "collapsed"
    node.interaction = Interaction("collapse", element, pointer, form=ctx.form)
    node.cursor_pointer = True
    return node


register(
    {
        "action": draw_action,
        "column_set": draw_column_set,
        "form": draw_form,
        "interactive_container": draw_interactive_container,
        "collapsible_panel": draw_collapsible_panel,
    }
)
