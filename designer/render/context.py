"""What every component drawer shares: the build context, reading card values, dispatch by tag.

Card JSON (the raw dict, so a card with errors still draws) becomes a tree of nodes, tag by tag:
``build_element`` looks the tag up in ``DRAWERS`` (filled by ``designer.render.components``) and
every element node carries its JSON pointer into ``Document.data``. Anything without a drawer
becomes a dashed "unsupported in preview: <tag>" box; anything malformed draws what it can.

Built element subtrees are cached by (pointer, the element's JSON, the interaction state under it),
so ``set_document`` after an edit rebuilds only the elements that changed.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from designer.cards.jsontext import join_pointer
from designer.cards.markdown import Dialect, plain_text
from designer.cards.numbers import (
    ANY_SIZE,
    MARGIN,
    PADDING,
    SPACING,
    Box,
    NumberRange,
    bounded,
    bounded_box,
    range_for,
)
from designer.cards.specs import SPECS
from designer.cards.tree import child_array
from designer.render.long_text import long_text_node
from designer.render.nodes import (
    BoxMessageNode,
    Node,
    StackNode,
    TextNode,
)
from designer.render.text import TextStyle, parsed_markdown, plain_document, rich_document
from designer.render.theme import Theme, custom_colors, custom_text_sizes, font_color

ImageSource = Callable[[str], bytes | None]

# State key suffix marking a required form field left empty at submit (drawn with a red border).
MISSING_MARK = "/@missing"


Drawer = Callable[["BuildContext", dict[str, Any], str], Node]

# tag -> drawer; designer.render.components registers Feishu's components here.
DRAWERS: dict[str, Drawer] = {}


def register(drawers: dict[str, Drawer]) -> None:
    """Add drawers by tag (each module of ``designer.render.components`` registers its own)."""
    DRAWERS.update(drawers)


def tr(text: str) -> str:
    """A preview string in the UI language (context "CardPreview")."""
    return QCoreApplication.translate("CardPreview", text)


def escape_pointer(token: str) -> str:
    """A key as one JSON-pointer token (RFC 6901)."""
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
        lazy_text: bool = False,
    ) -> None:
        self.theme = theme
        # Long markdown as pieces laid out where they show (the preview; see long_text.py).
        self.lazy_text = lazy_text
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
                style = replace(style, max_lines=int(px(None, "lines", lines, 0)))
        if kind in ("lark_md", "markdown"):
            dialect_name: Dialect = "markdown" if kind == "markdown" else "lark_md"
            blocks = parsed_markdown(content, dialect_name)
            shown = plain_text(blocks)
            if self.lazy_text and not style.max_lines:
                ink = font_color(self.theme, style.color, self.custom_colors) or self.theme.text
                look = (self.theme, style, self.language, self.custom_colors)
                long = long_text_node(tag, pointer, blocks, shown, ink, look)
                if long is not None:
                    return long
            doc = rich_document(content, dialect_name, self.theme, style, self.language, self.custom_colors)
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
# Every number a card gives is read through designer.cards.numbers: clamped into the range Feishu
# documents for its field (what lint checks), never inf, NaN or 1e308 (which made layout throw
# and Qt crash, issue 9).
def px(tag: str | None, key: str, value: Any, default: float) -> float:
    """Member ``key`` of a ``tag`` component as px, clamped into its documented range."""
    return bounded(value, range_for(tag, key) or ANY_SIZE, default)


def spacing_of(ctx: BuildContext, value: Any, default: float) -> float:
    """A ``vertical_spacing`` / ``horizontal_spacing``: a name (``"medium"``) or 0..99 px."""
    if isinstance(value, str) and value in ctx.theme.metrics.spacing_names:
        return ctx.theme.metrics.spacing_names[value]
    return bounded(value, SPACING, default)


def padding_of(value: Any, default: Box, allowed: NumberRange = PADDING) -> Box:
    """A padding (or, with ``allowed=MARGIN``, a margin) as top, right, bottom, left."""
    return bounded_box(value, allowed, default)


# [feishu card-json-v2-structure] horizontal_align: "left" | "center" | "right" (default left);
# vertical_align: "top" | "center" | "bottom" (default top). The first is the default.
HORIZONTAL_ALIGNS = ("left", "center", "right")
VERTICAL_ALIGNS = ("top", "center", "bottom")


def one_of(value: Any, allowed: tuple[str, ...]) -> str:
    """``value`` when it is one of ``allowed``, else the first (the documented default)."""
    return value if isinstance(value, str) and value in allowed else allowed[0]


def elements_of(value: Any) -> list[Any]:
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
    for behavior in elements_of(element.get("behaviors")):
        if isinstance(behavior, dict) and behavior.get("type") == "open_url":
            for key in ("pc_url", "default_url", "url"):
                if isinstance(behavior.get(key), str) and behavior[key]:
                    return str(behavior[key])
    return None


def element_value(element: dict[str, Any]) -> Any:
    """The callback ``value``: 1.0 ``value`` or a 2.0 ``callback`` behaviour's value; None = none."""
    if "value" in element:
        return element["value"]
    for behavior in elements_of(element.get("behaviors")):
        if isinstance(behavior, dict) and behavior.get("type") == "callback":
            return behavior.get("value", {})
    return None


def options_of(ctx: BuildContext, element: dict[str, Any]) -> list[tuple[str, str]]:
    result: list[tuple[str, str]] = []
    for option in elements_of(element.get("options")):
        if not isinstance(option, dict):
            continue
        value = option.get("value")
        label = ctx.i18n(option.get("text")) or (str(value) if value is not None else "")
        result.append((str(value) if value is not None else "", label))
    return result


# The list members of each component (its spec: child components and data lists): when one is
# not a list, nothing in it can be drawn, and the preview says so where the component would be.
LIST_FIELDS: dict[str, tuple[str, ...]] = {
    spec.tag: members
    for spec in SPECS
    if (members := ((spec.children,) if spec.children else ()) + spec.data_lists)
}


def children_of(element: dict[str, Any], pointer: str, tag: str | None = None) -> tuple[list[Any], str]:
    """The child components of a container and the pointer of their array: the member its spec
    names, the one lint, the outline and the palette walk. ``tag`` overrides the element's own
    (a column_set draws each of its columns as a column, whatever the column says)."""
    found = child_array(element, pointer, tag)
    return ([], pointer) if found is None else (found[1], found[0])


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
        top, right, bottom, left = padding_of(margin, (0, 0, 0, 0), MARGIN)
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
    """Children of a container; ``layout_from`` is the container's JSON, whose 2.0 ``direction``,
    ``horizontal_spacing``, ``horizontal_align`` and ``vertical_align`` lay the children out
    (card-json-v2-structure, body: the same layout members on the body and every container)."""
    stack = StackNode(
        tag,
        pointer,
        spacing=ctx.theme.metrics.element_spacing if spacing is None else spacing,
        padding=padding,
    )
    if layout_from is not None:
        stack.horizontal = layout_from.get("direction") == "horizontal"
        stack.horizontal_spacing = spacing_of(
            ctx, layout_from.get("horizontal_spacing"), ctx.theme.metrics.column_spacing
        )
        stack.grow_min = ctx.theme.metrics.column_flow_min_width
        stack.horizontal_align = str(one_of(layout_from.get("horizontal_align"), HORIZONTAL_ALIGNS))
        stack.vertical_align = str(one_of(layout_from.get("vertical_align"), VERTICAL_ALIGNS))
    for index, child in enumerate(elements_of(elements)):
        stack.children.append(ctx.build(child, join_pointer(base, index)))
    return stack
