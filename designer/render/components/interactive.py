"""Drawers of the interactive components: button, overflow, selects, date/time pickers, input and
checker and select_img (pages under feishu-cards/.../interactive-components), with their nodes
(``ButtonNode``, ``FieldNode``, ``OverflowNode``, ``CheckerNode``, ``ImageOptionNode``). Each
carries the ``Interaction`` of its spec's kind, which ``CardView`` performs on a click."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QImage, QLinearGradient, QPainter, QPainterPath, QPen

from designer.cards.specs import BY_TAG, VALUE_FIELDS, InteractionKind
from designer.render.components.content import icon_node
from designer.render.components.image import ImageNode
from designer.render.context import (
    MISSING_MARK,
    BuildContext,
    elements_of,
    options_of,
    px,
    register,
    tr,
)
from designer.render.nodes import (
    FILL,
    Interaction,
    Node,
    StackNode,
    TextNode,
    elided,
    line_pen,
    rounded,
    row_of,
)
from designer.render.text import card_font, strike_through

K = InteractionKind  # short: the drawers below compare kinds often


def _kind(tag: str) -> InteractionKind:
    """The click a component answers, from its spec (a drawer is registered for its tags only)."""
    kind = BY_TAG[tag].interaction
    if kind is None:
        raise KeyError(tag)
    return kind


class ButtonNode(Node):
    """A button: a rounded pill with centred text in one of Feishu's styles."""

    def __init__(
        self,
        pointer: str | None,
        label: str,
        *,
        background: str,
        foreground: str,
        border: str,
        height: float,
        radius: float,
        font_size: int,
        fill: bool = False,
        fixed_width: float | None = None,
        laser: tuple[str, str] | None = None,
        tag: str = "button",
        padding: float = 16,
        icon: Node | None = None,
    ) -> None:
        super().__init__(tag, pointer)
        # The prefix icon (button page, "icon"): before the label, or alone and centred.
        self.children = [icon] if icon is not None else []
        self.icon_gap = 4.0
        self.label_left: float | None = None  # where the label starts when an icon precedes it
        self.text = label
        self.padding = padding  # room each side of the label (a text tag is tighter than a button)
        self.height = height
        self.radius = radius
        self.font = card_font(font_size)
        self.fill = fill
        self.fixed_width = fixed_width
        self.laser = laser
        self.colors = {"background": background, "text": foreground, "border": border}
        self.cursor_pointer = True
        self.shrink = not fill

    def preferred_width(self) -> float:
        if self.fixed_width:
            return self.fixed_width
        if self.fill:
            return FILL
        if self.children and not self.text:
            return self.height  # an icon-only button is square
        return self.content_width() + 2 * self.padding

    def content_width(self) -> float:
        text = QFontMetricsF(self.font).horizontalAdvance(self.text) if self.text else 0.0
        if not self.children:
            return text
        icon = self.children[0].preferred_width()
        return icon + (self.icon_gap + text if self.text else 0.0)

    def do_layout(self, width: float) -> float:
        if self.children:
            icon = self.children[0]
            icon.layout(icon.preferred_width())
            left = max(min(8.0, self.padding / 2), (width - self.content_width()) / 2)
            icon.x, icon.y = left, (self.height - icon.h) / 2
            self.label_left = left + icon.w + self.icon_gap
        return self.height

    def paint(self, painter: QPainter) -> None:
        rect = self.rect()
        if self.laser:
            gradient = QLinearGradient(rect.topLeft(), rect.topRight())
            gradient.setColorAt(0, QColor(self.laser[0]))
            gradient.setColorAt(1, QColor(self.laser[1]))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pen = QPen(QBrush(gradient), 1.5)
            painter.setPen(pen)
            painter.setBrush(QBrush(QColor(self.colors["background"])))
            painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), self.radius, self.radius)
        else:
            rounded(
                painter, rect, self.radius, self.colors["background"] or None, self.colors["border"] or None
            )
        painter.setFont(self.font)
        painter.setPen(QColor(self.colors["text"]))
        inset = min(8.0, self.padding / 2)
        if self.label_left is not None:
            if self.text:
                text_rect = rect.adjusted(self.label_left, 0, -inset, 0)
                painter.drawText(
                    text_rect,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    elided(self.text, self.font, text_rect.width()),
                )
            return
        painter.drawText(
            rect.adjusted(inset, 0, -inset, 0),
            Qt.AlignmentFlag.AlignCenter,
            elided(self.text, self.font, rect.width() - 2 * inset),
        )


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
    fixed = px("button", "width", width, 0) if isinstance(width, str) and width.endswith("px") else None
    raw_icon = element.get("icon")
    icon = (
        icon_node(ctx, raw_icon, f"{pointer}/icon", style.foreground, 16 if height >= 32 else 14)
        if isinstance(raw_icon, dict)
        else None
    )
    # An icon-only button shows just its icon; a button with neither shows a stand-in word.
    label = ctx.i18n(element.get("text")) or ("" if icon is not None else tr("Button"))
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
        icon=icon,
    )
    node.colors["type"] = "disabled" if element.get("disabled") else kind
    if not element.get("disabled"):
        node.interaction = Interaction(K.BUTTON, element, pointer, form=ctx.form)
    else:
        node.cursor_pointer = False
    return node


class FieldNode(Node):
    """A select / picker / input box: a bordered field with a value or a grey placeholder."""

    def __init__(
        self,
        tag: str,
        pointer: str | None,
        *,
        value: str,
        placeholder: str,
        glyph: str,
        colors: dict[str, str],
        height: float,
        radius: float,
        font_size: int,
        width: float | None = None,
        label: str = "",
        label_node: Node | None = None,
        multiline: bool = False,
    ) -> None:
        super().__init__(tag, pointer)
        self.value = value
        self.placeholder = placeholder
        self.glyph = glyph
        self.text = value or placeholder
        self.colors = dict(colors)
        self.height = height
        self.radius = radius
        self.font = card_font(font_size)
        self.fixed_width = width
        self.label = label
        self.cursor_pointer = True
        self.label_node = label_node
        self.multiline = multiline
        self.shrink = width is not None and width != FILL  # a px width; "fill" spans the row
        if label_node is not None:
            self.children = [label_node]

    def preferred_width(self) -> float:
        if self.fixed_width:
            return self.fixed_width
        metrics = QFontMetricsF(self.font)
        return min(280.0, max(metrics.horizontalAdvance(self.text), 72.0) + 48)

    def field_rect(self) -> QRectF:
        top = self.children[0].h + 4 if self.children else 0.0
        return QRectF(0, top, self.w, self.h - top)

    def do_layout(self, width: float) -> float:
        top = 0.0
        if self.children:
            self.children[0].layout(width)
            self.children[0].x = 0
            self.children[0].y = 0
            top = self.children[0].h + 4
        return top + self.height

    def paint(self, painter: QPainter) -> None:
        rect = self.field_rect()
        rounded(painter, rect, self.radius, self.colors.get("background"), self.colors.get("border"))
        painter.setFont(self.font)
        text_rect = rect.adjusted(12, 0, -(28 if self.glyph else 12), 0)
        shown = self.value or self.placeholder
        painter.setPen(QColor(self.colors["text"] if self.value else self.colors["placeholder"]))
        flags = Qt.AlignmentFlag.AlignLeft | (
            Qt.AlignmentFlag.AlignTop if self.multiline else Qt.AlignmentFlag.AlignVCenter
        )
        if self.multiline:
            painter.drawText(text_rect.adjusted(0, 6, 0, -6), int(flags | Qt.TextFlag.TextWordWrap), shown)
        else:
            painter.drawText(text_rect, flags, elided(shown, self.font, text_rect.width()))
        if self.glyph:
            painter.setPen(QColor(self.colors["placeholder"]))
            glyph_rect = QRectF(rect.right() - 26, rect.top(), 20, rect.height())
            painter.drawText(glyph_rect, Qt.AlignmentFlag.AlignCenter, self.glyph)


def _field_colors(ctx: BuildContext, disabled: bool = False, pointer: str = "") -> dict[str, str]:
    t = ctx.theme
    missing = bool(pointer) and bool(ctx.state.get(pointer + MISSING_MARK))
    return {
        "background": t.button_disabled.background if disabled else t.control_background,
        "border": t.danger if missing else t.control_border,
        "text": t.text_disabled if disabled else t.text,
        "placeholder": t.text_secondary if not disabled else t.text_disabled,
    }


def _label_node(ctx: BuildContext, element: dict[str, Any]) -> TextNode | None:
    label = element.get("label")
    if label is None:
        return None
    return ctx.text_node(label, None, tag="label")


def _field_width(ctx: BuildContext, tag: str, element: dict[str, Any]) -> float | None:
    """The width of a select or picker box: ``fill`` the row, a px width, else ``default``.

    [feishu select-static, multi-select-static, date-picker, ...] width: "default" (the default;
    282 px for a bordered box), "fill" or [100,∞)px, "超出父容器宽度时，按撑满父容器宽度展示"
    (the stack draws a box wider than its row at the row's width). A borderless select
    (``type: "text"``) is as wide as its text: None, with the node set to shrink.
    """
    width = element.get("width")
    if width == "fill":
        return FILL
    if isinstance(width, str) and width.endswith("px"):
        fixed = px(tag, "width", width, 0)
        if fixed:
            return fixed
    if element.get("type") == "text":
        return None
    return float(ctx.theme.metrics.field_default_width)


def draw_select(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    tag = str(element.get("tag"))
    kind = _kind(tag)
    options = options_of(ctx, element)
    if kind in (K.PERSON, K.MULTI_PERSON) and not options:
        options = [
            (str(o.get("value", "")), str(o.get("value", "")))
            for o in elements_of(element.get("options"))
            if isinstance(o, dict)
        ]
    labels = dict(options)
    chosen = ctx.state.get(pointer)
    if kind in (K.MULTI_SELECT, K.MULTI_PERSON):
        selected = (
            chosen
            if isinstance(chosen, list)
            else [str(v) for v in elements_of(element.get("selected_values"))]
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
    width = _field_width(ctx, tag, element)
    node = FieldNode(
        tag,
        pointer,
        value=value,
        placeholder=placeholder,
        glyph="▾",
        colors=_field_colors(ctx, disabled, pointer),
        height=t.metrics.field_height,
        radius=t.metrics.button_radius,
        font_size=t.metrics.text_size,
        width=width,
        label_node=_label_node(ctx, element),
    )
    node.shrink = width != FILL
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
    kind = _kind(tag)
    initial = VALUE_FIELDS[kind]
    chosen = ctx.state.get(pointer)
    value = chosen if isinstance(chosen, str) else (str(element.get(initial)) if element.get(initial) else "")
    placeholder = (
        ctx.i18n(element.get("placeholder"))
        or {K.DATE: tr("Select a date"), K.TIME: tr("Select a time"), K.DATETIME: tr("Select date and time")}[
            kind
        ]
    )
    disabled = bool(element.get("disabled"))
    glyph = "◷" if kind is K.TIME else "▦"
    node = FieldNode(
        tag,
        pointer,
        value=value,
        placeholder=placeholder,
        glyph=glyph,
        colors=_field_colors(ctx, disabled, pointer),
        height=t.metrics.field_height,
        radius=t.metrics.button_radius,
        font_size=t.metrics.text_size,
        width=_field_width(ctx, tag, element),
        label_node=_label_node(ctx, element),
    )
    if not disabled:
        node.interaction = Interaction(kind, element, pointer, form=ctx.form)
    return node


class OverflowNode(Node):
    """The ``overflow`` "···" button that opens a menu of options."""

    def __init__(self, pointer: str | None, *, colors: dict[str, str], size: float, radius: float) -> None:
        super().__init__("overflow", pointer)
        self.colors = dict(colors)
        self.size = size
        self.radius = radius
        self.text = "···"
        self.cursor_pointer = True
        self.shrink = True

    def preferred_width(self) -> float:
        return self.size

    def do_layout(self, width: float) -> float:
        return self.size

    def paint(self, painter: QPainter) -> None:
        rect = QRectF(0, 0, self.size, self.size)
        rounded(painter, rect, self.radius, self.colors["background"], self.colors["border"])
        painter.setBrush(QBrush(QColor(self.colors["text"])))
        painter.setPen(Qt.PenStyle.NoPen)
        for dx in (-5, 0, 5):
            painter.drawEllipse(QPointF(rect.center().x() + dx, rect.center().y()), 1.6, 1.6)


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
        K.OVERFLOW, element, pointer, form=ctx.form, options=options_of(ctx, element)
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
        t.metrics.field_height
        if not isinstance(rows, int)
        else max(t.metrics.field_height, 22 * px("input", "rows", rows, 1) + 10)
    )
    width = element.get("width")
    fixed = px("input", "width", width, 0) if isinstance(width, str) and width.endswith("px") else None
    node = FieldNode(
        "input",
        pointer,
        value=value,
        placeholder=placeholder,
        glyph="",
        colors=_field_colors(ctx, disabled, pointer),
        height=height,
        radius=t.metrics.button_radius,
        font_size=t.metrics.text_size,
        width=fixed or (FILL if width in (None, "fill") else None),
        label_node=_label_node(ctx, element),
        multiline=isinstance(rows, int),
    )
    if not disabled:
        node.interaction = Interaction(K.INPUT, element, pointer, form=ctx.form)
    return node


class CheckerNode(Node):
    """``checker``: a check box and its text (struck through when checked, as the client does)."""

    def __init__(
        self,
        pointer: str | None,
        text_node: TextNode,
        *,
        checked: bool,
        colors: dict[str, str],
        box: float,
        buttons: list[Node] | None = None,
    ) -> None:
        super().__init__("checker", pointer)
        # button_area buttons (checker page: at most three) sit at the right end of the row.
        self.children = [text_node, *(buttons or [])]
        self.checked = checked
        self.colors = dict(colors)
        self.box = box
        self.text = text_node.text
        self.cursor_pointer = True

    def preferred_width(self) -> float:
        return self.box + 8 + self.children[0].preferred_width()

    def do_layout(self, width: float) -> float:
        text, *buttons = self.children
        gap = 4.0
        right = width
        tallest = 0.0
        for button in reversed(buttons):
            button.layout(min(max(1.0, button.preferred_width()), max(1.0, width / 3)))
            right -= button.w
            button.x, button.y = right, 0
            right -= gap
            tallest = max(tallest, button.h)
        text.layout(max(1.0, right - self.box - 8 - (4 if buttons else 0)))
        text.x = self.box + 8
        text.y = max(0.0, (tallest - text.h) / 2) if buttons else 0
        return max(text.h, self.box + 4, tallest)

    def paint(self, painter: QPainter) -> None:
        top = self.children[0].y + 3.0  # beside the first line of the text
        rect = QRectF(0, top, self.box, self.box)
        if self.checked:
            rounded(painter, rect, 3, self.colors["checked"], None)
            pen = line_pen("#ffffff", 1.8)
            painter.setPen(pen)
            path = QPainterPath(QPointF(rect.left() + 3.5, rect.center().y()))
            path.lineTo(rect.left() + 6.8, rect.bottom() - 4)
            path.lineTo(rect.right() - 3.2, rect.top() + 4.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        else:
            rounded(painter, rect, 3, self.colors["background"], self.colors["border"])


def draw_checker(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    state = ctx.state.get(pointer)
    checked = state if isinstance(state, bool) else bool(element.get("checked"))
    text = ctx.text_node(element.get("text", ""), None)
    checked_style = element.get("checked_style")
    if checked and isinstance(checked_style, dict) and checked_style.get("show_strikethrough"):
        strike_through(text.doc)
    # button_area (checker page): up to three buttons; pc_display_rule "on_hover" shows them on a
    # desktop only under the pointer (mobile always shows them), so a still desktop preview has none.
    area = element.get("button_area")
    buttons: list[Node] = []
    if isinstance(area, dict) and (area.get("pc_display_rule") != "on_hover" or ctx.platform == "mobile"):
        for index, button in enumerate(elements_of(area.get("buttons"))[:3]):
            if isinstance(button, dict):
                buttons.append(ctx.build(button, f"{pointer}/button_area/buttons/{index}"))
    node = CheckerNode(
        pointer,
        text,
        checked=checked,
        colors={"checked": t.primary, "background": t.control_background, "border": t.control_border},
        box=t.metrics.checker_box,
        buttons=buttons,
    )
    node.colors["state"] = "checked" if checked else "unchecked"
    if not element.get("disabled"):
        node.interaction = Interaction(K.CHECKER, element, pointer, form=ctx.form)
    return node


class ImageOptionNode(ImageNode):
    """An option of ``select_img``: its picture, a ring when chosen and, in a form, a radio button
    (single choice) or a check box (``multi_select``) in the top right corner, as the client draws it."""

    def __init__(
        self,
        pointer: str | None,
        *,
        image: QImage | None,
        alt: str,
        colors: dict[str, str],
        font_size: int,
        aspect: float,
        selected: bool,
        mark: str | None,  # "radio", "check" or None (outside a form: a click submits at once)
        disabled: bool,
    ) -> None:
        super().__init__(
            pointer, image=image, alt=alt, colors=colors, font_size=font_size, aspect=aspect, radius=6
        )
        self.tag = "select_img_option"
        self.selected = selected
        self.mark = mark
        self.disabled = disabled
        self.colors["state"] = "selected" if selected else "unselected"

    def paint(self, painter: QPainter) -> None:
        super().paint(painter)
        rect = QRectF(0, 0, self.w, self.h)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.selected:
            painter.setPen(line_pen(self.colors["accent"], 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), self.radius, self.radius)
        if self.mark is not None:
            box = QRectF(rect.right() - 24, 8, 16, 16)
            fill = self.colors["accent"] if self.selected else self.colors["control"]
            painter.setPen(
                line_pen(self.colors["accent"] if self.selected else self.colors["control_border"])
            )
            painter.setBrush(QBrush(QColor(fill)))
            if self.mark == "radio":
                painter.drawEllipse(box)
                if self.selected:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QBrush(QColor("#ffffff")))
                    painter.drawEllipse(box.center(), 3, 3)
            else:
                painter.drawRoundedRect(box, 3, 3)
                if self.selected:
                    painter.setPen(line_pen("#ffffff", 1.8))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    path = QPainterPath(QPointF(box.left() + 3.5, box.center().y()))
                    path.lineTo(box.left() + 6.8, box.bottom() - 4)
                    path.lineTo(box.right() - 3.2, box.top() + 4.5)
                    painter.drawPath(path)
        if self.disabled:  # greyed out like the client's disabled options
            veil = QColor(self.colors["surface"])
            veil.setAlpha(110)
            painter.fillRect(rect, veil)


# [feishu image-picker.md] layout: options per row; aspect_ratio: height / width of a picture
_IMAGE_LAYOUTS = {"stretch": 1, "bisect": 2, "trisect": 3}
_IMAGE_ASPECTS = {"1:1": 1.0, "16:9": 9 / 16, "4:3": 3 / 4}


def draw_select_img(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    """``select_img``: pictures to choose from. In a form a radio button (or, ``multi_select``, a
    check box) marks the choice until submit; outside one, a click submits the picture at once."""
    t = ctx.theme
    layout = element.get("layout")
    per_row = _IMAGE_LAYOUTS.get(layout if isinstance(layout, str) else "", 2)
    ratio = element.get("aspect_ratio")
    aspect = _IMAGE_ASPECTS.get(ratio if isinstance(ratio, str) else "", 9 / 16)
    multi = element.get("multi_select") is True and ctx.form is not None
    state = ctx.state.get(pointer)
    chosen: list[str] = (
        [str(v) for v in state] if isinstance(state, list) else [state] if isinstance(state, str) else []
    )
    missing = bool(ctx.state.get(pointer + MISSING_MARK))  # required, and submitted without one
    colors = {
        "background": t.placeholder_background,
        "border": t.danger if missing else t.border,
        "text": t.text_secondary,
        "accent": t.primary,
        "control": t.control_background,
        "control_border": t.danger if missing else t.control_border,
        "surface": t.surface,
    }
    stack = StackNode("select_img", pointer, spacing=8)
    nodes: list[Node] = []
    for index, option in enumerate(elements_of(element.get("options"))):
        if not isinstance(option, dict):
            continue
        value = str(option.get("value", ""))
        label = ctx.i18n(option.get("hover_tips")) or value
        disabled = bool(element.get("disabled") or option.get("disabled"))
        node = ImageOptionNode(
            f"{pointer}/options/{index}",
            image=ctx.image(option.get("img_key")),
            alt=label,
            colors=colors,
            font_size=t.metrics.notation_size,
            aspect=aspect,
            selected=value in chosen,
            mark=None if ctx.form is None else ("check" if multi else "radio"),
            disabled=disabled,
        )
        if not disabled:
            node.interaction = Interaction(
                K.SELECT_IMG, element, pointer, form=ctx.form, options=[(value, label)]
            )
            node.cursor_pointer = True
        nodes.append(node)
    for start in range(0, len(nodes), per_row):
        row = nodes[start : start + per_row]
        stack.children.append(row_of(row + [StackNode("spacer", None)] * (per_row - len(row)), 8))
    stack.text = " ".join(n.text for n in nodes)
    return stack


register(
    {
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
        "select_img": draw_select_img,
    }
)
