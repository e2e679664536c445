"""Drawers of the containers: action rows (1.0), column_set, form, interactive_container and
collapsible_panel (pages under feishu-cards/.../containers), with their nodes (``FlexColumnsNode``,
``CollapsibleNode``). Each builds its children from the list its spec names (``children_of``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPainterPath

from designer.cards.jsontext import join_pointer
from designer.cards.specs import InteractionKind
from designer.render.components.interactive import ButtonNode
from designer.render.context import (
    HORIZONTAL_ALIGNS,
    VERTICAL_ALIGNS,
    BuildContext,
    build_stack,
    children_of,
    one_of,
    padding_of,
    px,
    register,
    spacing_of,
    tr,
)
from designer.render.nodes import (
    ColumnsNode,
    FlowNode,
    Interaction,
    Node,
    StackNode,
    TextNode,
    align_share,
    line_pen,
    rounded,
    row_of,
)
from designer.render.theme import background_color, font_color


def draw_action(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    flow = FlowNode("action", pointer, spacing=ctx.theme.metrics.action_spacing, line_spacing=8)
    items, base = children_of(element, pointer)
    for index, item in enumerate(items):
        flow.children.append(ctx.build(item, join_pointer(base, index)))
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


# [feishu column-set] flex_mode: how the columns adapt "on mobile and on narrow PC screens".
FLEX_MODES = ("none", "stretch", "flow", "bisect", "trisect")
_PER_ROW = {"bisect": 2, "trisect": 3}


class FlexColumnsNode(ColumnsNode):
    """``column_set`` with its ``flex_mode`` applied on a narrow screen (the mobile preview).

    ``stretch`` stacks the columns at full width, ``flow`` wraps them to a new row when the next
    one does not fit at its content width (each row then shared out among its columns),
    ``bisect`` / ``trisect`` lay 2 / 3 equal columns per row. ``none`` (and every mode on a wide
    screen) keeps them side by side as ``ColumnsNode`` does, except that columns wider together
    than the set are shrunk in proportion ("按比例压缩列宽度") instead of running off its edge.
    """

    def __init__(
        self,
        pointer: str | None,
        *,
        spacing: float,
        specs: list[tuple[str, float]],
        background: str | None,
        mode: str,
        row_spacing: float,
        flow_min_width: float,
        horizontal_align: str = "left",
    ) -> None:
        super().__init__(pointer, spacing=spacing, specs=specs, background=background)
        self.mode = mode  # one of FLEX_MODES; "none" on a wide screen whatever the card says
        self.row_spacing = row_spacing
        self.flow_min_width = flow_min_width
        # Where a row of columns narrower than the set sits ("分栏内组件水平对齐的方式").
        self.horizontal_align = horizontal_align

    def do_layout(self, width: float) -> float:
        count = len(self.children)
        if not count:
            return 0.0
        if self.mode == "stretch":
            return self._place([[(index, width)] for index in range(count)], width)
        if self.mode in _PER_ROW:
            per_row = _PER_ROW[self.mode]
            cell = max(1.0, (width - self.spacing * (per_row - 1)) / per_row)
            return self._place(
                [
                    [(index, cell) for index in range(start, min(count, start + per_row))]
                    for start in range(0, count, per_row)
                ],
                width,
            )
        if self.mode == "flow":
            return self._place(self._flow_rows(width), width)
        return self._place([list(enumerate(self._side_by_side(width)))], width)

    def _side_by_side(self, width: float) -> list[float]:
        """Widths from ``width`` / ``weight``: px and auto first, weighted columns share the rest."""
        free = max(0.0, width - self.spacing * (len(self.children) - 1))
        widths = [0.0] * len(self.children)
        weights = 0.0
        for index, (kind, value) in enumerate(self.specs):
            if kind == "px":
                widths[index] = min(value, free)
            elif kind == "auto":
                widths[index] = min(self.children[index].preferred_width() or free / len(widths), free)
            else:
                weights += value
        fixed = sum(widths)
        if fixed > free > 0:  # too wide together: shrink in proportion, weighted columns get nothing
            return [w * free / fixed for w in widths]
        rest = free - fixed
        return [
            rest * value / weights if kind == "weighted" and weights else widths[index]
            for index, (kind, value) in enumerate(self.specs)
        ]

    def _flow_rows(self, width: float) -> list[list[tuple[int, float]]]:
        """Columns at their content width, a new row when the next does not fit; each row then
        shares what is left over equally, so a row is as wide as the set."""
        rows: list[list[tuple[int, float]]] = [[]]
        used = 0.0
        for index, child in enumerate(self.children):
            wanted = min(width, max(self.flow_min_width, child.preferred_width()))
            if rows[-1] and used + self.spacing + wanted > width:
                rows.append([])
                used = 0.0
            used += (self.spacing if rows[-1] else 0.0) + wanted
            rows[-1].append((index, wanted))
        shared: list[list[tuple[int, float]]] = []
        for row in rows:
            extra = (width - sum(w for _i, w in row) - self.spacing * (len(row) - 1)) / len(row)
            shared.append([(index, w + max(0.0, extra)) for index, w in row])
        return shared

    def _place(self, rows: list[list[tuple[int, float]]], width: float) -> float:
        """Lay rows of (column index, width) out top to bottom: ``horizontal_align`` places a row
        narrower than the set, ``vertical_align`` each column within its row."""
        y = 0.0
        for row_number, row in enumerate(rows):
            if row_number:
                y += self.row_spacing
            free = width - sum(w for _i, w in row) - self.spacing * (len(row) - 1)
            x = max(0.0, free) * align_share(self.horizontal_align)
            height = 0.0
            for index, column_width in row:
                child = self.children[index]
                child.layout(max(1.0, column_width))
                child.x, child.y = x, y
                x += column_width + self.spacing
                height = max(height, child.h)
            for index, _width in row:
                child = self.children[index]
                align = self.vertical_align[index] if index < len(self.vertical_align) else "top"
                child.y = y + (height - child.h) * align_share(align)
            y += height
        return y


def draw_column_set(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    spacing = spacing_of(ctx, element.get("horizontal_spacing"), t.metrics.column_spacing)
    bg = background_color(t, element.get("background_style"), ctx.custom_colors)
    specs: list[tuple[str, float]] = []
    columns, columns_pointer = children_of(element, pointer)
    flex_mode = element.get("flex_mode")
    # The preview's only narrow screen is the phone: the desktop card is 400 px or wider.
    narrow = ctx.platform == "mobile"
    # [feishu column-set, column] "width ... 仅 flex_mode 为 none 时，生效此属性": with any other
    # flex_mode the columns' own widths are ignored, so they share the set equally.
    widths_apply = flex_mode not in FLEX_MODES or flex_mode == "none"
    node = FlexColumnsNode(
        pointer,
        spacing=spacing,
        specs=specs,
        background=bg,
        mode=flex_mode if narrow and flex_mode in FLEX_MODES else "none",
        row_spacing=t.metrics.column_row_spacing,
        flow_min_width=t.metrics.column_flow_min_width,
        horizontal_align=one_of(element.get("horizontal_align"), HORIZONTAL_ALIGNS),
    )
    for index, column in enumerate(columns):
        column_pointer = join_pointer(columns_pointer, index)
        if not isinstance(column, dict):
            specs.append(("weighted", 1.0))
            node.children.append(ctx.unsupported("", column_pointer, tr("not an object")))
            node.vertical_align.append("top")
            continue
        width = column.get("width", "auto")
        if not widths_apply:
            specs.append(("weighted", 1.0))
        elif width == "weighted":
            weight = column.get("weight", 1)
            specs.append(("weighted", px("column", "weight", weight, 1.0)))
        elif isinstance(width, str) and width.endswith("px"):
            specs.append(("px", px("column", "width", width, 100)))
        else:
            specs.append(("auto", 0.0) if width == "auto" else ("weighted", 1.0))
        col_bg = column.get("background_style")
        padding = padding_of(column.get("padding"), (0, 0, 0, 0))
        stack = build_stack(
            ctx,
            *children_of(column, column_pointer, "column"),
            spacing=spacing_of(ctx, column.get("vertical_spacing"), 8),
            tag="column",
            pointer=column_pointer,
            padding=padding,
            layout_from=column,
        )
        col_color = background_color(t, col_bg, ctx.custom_colors)
        if col_color:
            stack.background = col_color
            stack.radius = 4
            if stack.padding == (0, 0, 0, 0):
                stack.padding = (8, 8, 8, 8)
            stack.colors["background"] = stack.background
        stack.text = "\n".join(c.text for c in stack.children)
        node.children.append(stack)
        node.vertical_align.append(one_of(column.get("vertical_align"), VERTICAL_ALIGNS))
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
            *children_of(element, pointer),
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
        *children_of(element, pointer),
        spacing=spacing_of(ctx, element.get("vertical_spacing"), 8),
        tag="interactive_container",
        pointer=pointer,
        padding=padding,
        layout_from=element,
    )
    border_color = font_color(t, element.get("border_color"), ctx.custom_colors)
    stack.border = (border_color or t.border) if element.get("has_border") else None
    stack.background = background_color(t, element.get("background_style"), ctx.custom_colors)
    stack.colors = {k: v for k, v in (("border", stack.border), ("background", stack.background)) if v}
    stack.radius = px(None, "corner_radius", element.get("corner_radius"), 8)
    # [feishu interactive-container] width: "fill" (default, the whole row), "auto" (as wide as
    # its content) or [16,999]px.
    width = element.get("width")
    if width == "auto":
        stack.shrink = True
    elif isinstance(width, str) and width.endswith("px"):
        stack.fixed_width = px("interactive_container", "width", width, 0) or None
        stack.shrink = stack.fixed_width is not None
    stack.text = "\n".join(c.text for c in stack.children)
    if not element.get("disabled"):
        stack.interaction = Interaction(InteractionKind.CONTAINER, element, pointer, form=ctx.form)
        stack.cursor_pointer = True
    return stack


class CollapsibleNode(Node):
    """``collapsible_panel``: a title bar with a chevron; the body shows when expanded."""

    def __init__(
        self,
        pointer: str | None,
        title: TextNode,
        body: StackNode,
        *,
        expanded: bool,
        colors: dict[str, str],
        bordered: bool,
        radius: float,
    ) -> None:
        super().__init__("collapsible_panel", pointer)
        self.title = title
        self.body = body
        self.expanded = expanded
        self.colors = dict(colors)
        self.bordered = bordered
        self.radius = radius
        self.text = title.text
        self.children = [title, body] if expanded else [title]
        self.title_height = 0.0

    def do_layout(self, width: float) -> float:
        pad = 8.0
        self.title.layout(max(1.0, width - 2 * pad - 24))
        self.title.x = pad
        self.title.y = pad
        self.title_height = self.title.h + 2 * pad
        height = self.title_height
        if self.expanded:
            self.body.layout(width)
            self.body.x = 0
            self.body.y = height
            height += self.body.h
        return height

    def paint(self, painter: QPainter) -> None:
        rounded(
            painter,
            self.rect(),
            self.radius,
            self.colors.get("background"),
            self.colors.get("border") if self.bordered else None,
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(line_pen(self.colors["text"], 1.4))
        cx = self.w - 18
        cy = self.title_height / 2
        path = QPainterPath()
        if self.expanded:  # chevron up
            path.moveTo(cx - 4, cy + 2)
            path.lineTo(cx, cy - 2)
            path.lineTo(cx + 4, cy + 2)
        else:  # chevron down
            path.moveTo(cx - 4, cy - 2)
            path.lineTo(cx, cy + 2)
            path.lineTo(cx + 4, cy - 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


def draw_collapsible_panel(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    raw_header = element.get("header")
    header: dict[str, Any] = raw_header if isinstance(raw_header, dict) else {}
    state = ctx.state.get(pointer)
    expanded = state if isinstance(state, bool) else bool(element.get("expanded"))
    title = ctx.text_node(header.get("title", ""), None, tag="title")
    body = build_stack(
        ctx,
        *children_of(element, pointer),
        spacing=spacing_of(ctx, element.get("vertical_spacing"), 8),
        tag="panel_body",
        padding=(0, 8, 8, 8),
        layout_from=element,
    )
    border = element.get("border")
    bordered = isinstance(border, dict)
    # border.color and background_color take colour names and custom colours (colour enum page)
    border_color = font_color(t, border.get("color"), ctx.custom_colors) if isinstance(border, dict) else None
    background = background_color(t, element.get("background_color"), ctx.custom_colors)
    node = CollapsibleNode(
        pointer,
        title,
        body,
        expanded=expanded,
        colors={
            "text": t.text_secondary,
            "border": border_color or t.border,
            **({"background": background} if background else {}),
        },
        bordered=bordered,
        radius=px(None, "corner_radius", border.get("corner_radius"), 6) if isinstance(border, dict) else 6,
    )
    node.colors["state"] = "expanded" if expanded else "collapsed"
    node.interaction = Interaction(InteractionKind.COLLAPSE, element, pointer, form=ctx.form)
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
