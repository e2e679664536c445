"""One card laid out on its chat backdrop: the card frame, header, body and the ephemeral badge.

``CardScene`` is shared by the interactive ``CardView`` and the headless ``render_image``, so the
preview and the PNG export are the same drawing. It also answers "what is at this point" and
"what was drawn" (``drawn_elements``) for clicks and tests.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from designer.cards import Document
from designer.cards.sizes import MAX_CANVAS_HEIGHT, MAX_IMAGE_PIXELS
from designer.cards.specs import InteractionKind
from designer.render.components import with_icon
from designer.render.components.interactive import ButtonNode
from designer.render.context import BuildContext, ImageSource, build_stack, element_url, escape_pointer, tr
from designer.render.core_text import core_text
from designer.render.long_text import LongTextNode
from designer.render.nodes import (
    BoxMessageNode,
    Interaction,
    Node,
    StackNode,
    TrailingTagsNode,
    walk,
)
from designer.render.options import RenderOptions
from designer.render.text import TextStyle, card_font
from designer.render.theme import THEMES, Theme, header_colors

PREFERRED_LANGUAGES = ("zh_cn", "en_us", "ja_jp")

_CUT_NOTE_HEIGHT = 40.0  # the band under a card cut at MAX_CANVAS_HEIGHT that says so
# The badge as the Feishu client words it, in the language ``badge_language`` picks (the client's
# own wording for its two UI languages, not a translation of the designer's UI text).
BADGE_TEXT = {"zh_cn": "仅对你可见", "en_us": "Only visible to you"}


def badge_language(options: RenderOptions) -> str:
    """The language the badge is shown in: the one asked for; else the card language the person
    chose (the client shows the badge in its own language, which a Chinese card's reader uses);
    else the window's language (``QLocale()``: the app sets it to its UI language)."""
    if options.badge_language is not None:
        return options.badge_language
    chosen = options.language or QLocale().name()
    return "zh_cn" if chosen.lower().startswith("zh") else "en_us"


@dataclass(frozen=True, slots=True)
class DrawnElement:
    """An element of the card as drawn: where (in the view's unzoomed pixels), what text, what colours."""

    pointer: str
    tag: str
    rect: QRectF
    text: str
    colors: dict[str, str]


def _collect_languages(value: Any, found: list[str]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key in (
                "i18n_elements",
                "i18n_header",
                "i18n",
                "i18n_content",
                "i18n_text_tag_list",
            ) and isinstance(item, dict):
                for lang in item:
                    if isinstance(lang, str) and lang not in found:
                        found.append(lang)
            _collect_languages(item, found)
    elif isinstance(value, list):
        for item in value:
            _collect_languages(item, found)


def card_languages(card: Any) -> list[str]:
    """Languages the card has (``i18n_*`` keys anywhere), zh_cn / en_us / ja_jp first."""
    found: list[str] = []
    _collect_languages(card, found)
    config = card.get("config") if isinstance(card, dict) else None
    locales = config.get("locales") if isinstance(config, dict) else None
    if isinstance(locales, list) and locales:  # 2.0: only the listed languages take effect
        found = [lang for lang in found if lang in locales] or [str(x) for x in locales]
    ordered = [lang for lang in PREFERRED_LANGUAGES if lang in found]
    return ordered + [lang for lang in found if lang not in ordered]


def choose_language(card: Any, requested: str | None) -> str:
    """The language to draw: the requested one when the card has it (or has none), else
    ``zh_cn`` when the card has it, else the card's first language."""
    return _choose_from(card_languages(card), requested)


def _choose_from(languages: list[str], requested: str | None) -> str:
    if requested and (requested in languages or not languages):
        return requested
    if "zh_cn" in languages or not languages:
        return "zh_cn"
    return languages[0]


def card_width(card: Any, options: RenderOptions, theme: Theme, available: float | None) -> float:
    """The card's width in px (see ``RenderOptions.width``)."""
    m = theme.metrics
    if options.platform == "mobile":
        return float(m.mobile_width - 2 * m.mobile_margin)
    mode: str | int = options.width
    if isinstance(mode, int):
        return float(max(120, mode))
    if mode == "auto":
        config = card.get("config") if isinstance(card, dict) else None
        wanted = config.get("width_mode") if isinstance(config, dict) else None
        mode = wanted if wanted in ("compact", "default", "fill") else "default"
    room = (available if available is not None else m.fill_width) - 2 * m.chat_margin
    if mode == "compact":
        width = float(m.compact_width)
    elif mode == "fill":
        width = room
    else:
        width = float(m.default_width)
    if available is not None:
        width = min(width, room)
    return max(120.0, width)


class _CardFrame(StackNode):
    """The card: clips its children to the rounded frame and draws the border on top."""

    def paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        path = QPainterPath()
        path.addRoundedRect(self.rect(), self.radius, self.radius)
        painter.fillPath(path, QBrush(QColor(self.background or "#ffffff")))
        # Within the clip already set (the part of the scene being painted), so the texts
        # inside can draw only what shows.
        painter.setClipPath(path, Qt.ClipOperation.IntersectClip)

    def paint_after(self, painter: QPainter) -> None:
        painter.setClipping(False)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(QColor(self.border or "#dee0e3"))
        pen.setWidthF(1.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self.rect().adjusted(0.5, 0.5, -0.5, -0.5), self.radius, self.radius)


class _Badge(Node):
    """The ephemeral "Only visible to you" line under the card, with an eye glyph."""

    def __init__(self, text: str, color: str, size: int) -> None:
        super().__init__("badge", None)
        self.text = text
        self.colors = {"text": color}
        self.font = card_font(size)

    def do_layout(self, width: float) -> float:
        return QFontMetricsF(self.font).height() + 8

    def paint(self, painter: QPainter) -> None:
        color = QColor(self.colors["text"])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(color)
        pen.setWidthF(1.2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        cy = self.h / 2 + 1
        eye = QPainterPath(QPointF(2, cy))
        eye.quadTo(QPointF(8, cy - 6), QPointF(14, cy))
        eye.quadTo(QPointF(8, cy + 6), QPointF(2, cy))
        painter.drawPath(eye)
        painter.setBrush(QBrush(color))
        painter.drawEllipse(QPointF(8, cy), 1.8, 1.8)
        painter.setFont(self.font)
        painter.drawText(
            QRectF(20, 0, self.w - 20, self.h),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self.text,
        )


def paint_node(node: Node, painter: QPainter, visible: QRectF | None = None) -> None:
    """Paint ``node`` and its children; skip subtrees outside ``visible`` (parent coordinates)."""
    if visible is not None and not visible.intersects(QRectF(node.x, node.y, node.w, node.h)):
        return
    painter.save()
    painter.translate(node.x, node.y)
    node.paint(painter)
    inner = visible.translated(-node.x, -node.y) if visible is not None else None
    for child in node.children:
        paint_node(child, painter, inner)
    after = getattr(node, "paint_after", None)
    if after is not None:
        after(painter)
    painter.restore()


class CardScene:
    """A ``Document`` built into nodes for one set of options; ``layout`` then ``paint``."""

    def __init__(
        self,
        doc: Document | None,
        options: RenderOptions,
        *,
        image_source: ImageSource | None = None,
        state: dict[str, Any] | None = None,
        cache: OrderedDict[tuple[Any, ...], Node] | None = None,
        lazy_text: bool = False,
    ) -> None:
        """``lazy_text``: long markdown is laid out where it shows (``settle``) and the rest
        later (``refine``), its height estimated meanwhile: the preview. Without it (an image)
        everything is laid out exactly by ``layout``."""
        self.doc = doc
        self.options = options
        self.theme = THEMES[options.theme]
        self.card: Any = doc.card if doc is not None else None
        self.languages = card_languages(self.card)  # one walk of the card, not one per question
        self.language = _choose_from(self.languages, options.language)
        self.ctx = BuildContext(
            self.theme,
            self.language,
            options.platform,
            doc.schema_version if doc is not None else "1.0",
            image_source,
            state if state is not None else {},
            cache,
            config=self.card.get("config") if isinstance(self.card, dict) else None,
            lazy_text=lazy_text,
        )
        self._laid_for: tuple[float | None, float] = (None, MAX_CANVAS_HEIGHT)  # layout()'s arguments
        self.frame: StackNode | None = None
        self.badge: _Badge | None = None
        self.message: Node | None = None
        self.width = 0.0
        self.height = 0.0
        self.full_height = 0.0  # the whole card's height; more than ``height`` when cut
        self.cut: float | None = None  # where the drawing stops when the card is cut
        self._build()

    # -- build --------------------------------------------------------------------------------
    def _build(self) -> None:
        t = self.theme
        m = t.metrics
        doc = self.doc
        if doc is None or not isinstance(self.card, dict):
            if doc is None:
                text = tr("No card")
            elif not doc.ok:
                first = core_text(doc.errors[0].message) if doc.errors else ""
                text = tr("The card cannot be drawn: the JSON is not valid") + (
                    f" ({first})" if first else ""
                )
            else:
                text = tr("The card cannot be drawn: it is not a JSON object")
            self.message = BoxMessageNode(
                "message", "", text, self.ctx.message_colors(), m.text_size, height=80
            )
            return
        cp = doc.card_pointer
        card = self.card
        frame = _CardFrame("card", cp, background=t.surface, border=t.border, radius=m.card_radius)
        frame.colors = {"background": t.surface, "border": t.border}
        self.frame = frame
        if card.get("type") == "template":
            raw_data = card.get("data")
            data: dict[str, Any] = raw_data if isinstance(raw_data, dict) else {}
            template_id = data.get("template_id") or tr("(no template_id)")
            version = data.get("template_version_name")
            text = tr("Template card {id}{version}: its content lives on Feishu's servers").format(
                id=template_id, version=f" @ {version}" if version else ""
            )
            body = StackNode(
                "body", None, padding=(m.body_padding_v, m.body_padding_h, m.body_padding_v, m.body_padding_h)
            )
            body.children = [
                BoxMessageNode(
                    "template", cp + "/data", text, self.ctx.message_colors(), m.text_size, height=96
                )
            ]
            frame.children = [body]
            self._finish(frame)
            return
        header_pointer, header = self._header()
        if isinstance(header, dict):
            frame.children.append(self._header_node(header, header_pointer))
        elements_pointer, elements = self._elements()
        body_spacing: float = m.element_spacing
        padding = (
            float(m.body_padding_v),
            float(m.body_padding_h),
            float(m.body_padding_v),
            float(m.body_padding_h),
        )
        if doc.schema_version == "2.0" and isinstance(card.get("body"), dict):
            from designer.render.context import padding_of, spacing_of

            body_raw = card["body"]
            body_spacing = spacing_of(self.ctx, body_raw.get("vertical_spacing"), m.element_spacing)
            padding = padding_of(body_raw.get("padding"), padding)
        body_raw = card.get("body") if doc.schema_version == "2.0" else None
        body = build_stack(
            self.ctx,
            elements,
            elements_pointer,
            spacing=body_spacing,
            tag="body",
            padding=padding,
            layout_from=body_raw if isinstance(body_raw, dict) else None,
        )
        if elements or not isinstance(header, dict):
            frame.children.append(body)
        link = card.get("card_link")
        if isinstance(link, dict) and element_url(link):
            frame.interaction = Interaction(InteractionKind.CARD_LINK, link, cp + "/card_link")
        self._finish(frame)

    def _finish(self, frame: StackNode) -> None:
        if self.options.badge:
            self.badge = _Badge(
                BADGE_TEXT[badge_language(self.options)],
                self.theme.badge_text,
                self.theme.metrics.notation_size,
            )

    def _header(self) -> tuple[str, Any]:
        cp = self.doc.card_pointer if self.doc else ""
        card = self.card
        i18n = card.get("i18n_header")
        if isinstance(i18n, dict) and i18n:
            lang = self.language if self.language in i18n else next(iter(i18n))
            return f"{cp}/i18n_header/{escape_pointer(lang)}", i18n[lang]
        return f"{cp}/header", card.get("header")

    def _elements(self) -> tuple[str, Any]:
        cp = self.doc.card_pointer if self.doc else ""
        card = self.card
        if (self.doc is not None and self.doc.schema_version == "2.0") or isinstance(card.get("body"), dict):
            body = card.get("body")
            if isinstance(body, dict):
                return f"{cp}/body/elements", body.get("elements")
        i18n = card.get("i18n_elements")
        if isinstance(i18n, dict) and i18n:
            lang = self.language if self.language in i18n else next(iter(i18n))
            return f"{cp}/i18n_elements/{escape_pointer(lang)}", i18n[lang]
        return f"{cp}/elements", card.get("elements")

    def _header_node(self, header: dict[str, Any], pointer: str) -> Node:
        t = self.theme
        m = t.metrics
        colors = header_colors(t, header.get("template"))
        padding = (
            float(m.header_padding_v),
            float(m.header_padding_h),
            float(m.header_padding_v),
            float(m.header_padding_h),
        )
        if self.doc is not None and self.doc.schema_version == "2.0":
            from designer.render.context import padding_of

            padding = padding_of(header.get("padding"), padding)
        node = StackNode("header", pointer, spacing=2, padding=padding, background=colors.background)
        node.colors = {"background": colors.background, "title": colors.foreground}
        title = self.ctx.text_node(
            header.get("title", ""),
            f"{pointer}/title",
            tag="title",
            style=TextStyle(size=m.title_size, color=colors.foreground, bold=True),
        )
        tags_raw = header.get("text_tag_list")
        i18n_tags = header.get("i18n_text_tag_list")
        if isinstance(i18n_tags, dict) and isinstance(i18n_tags.get(self.language), list):
            tags_raw = i18n_tags[self.language]
        title_row: Node = title
        if isinstance(tags_raw, list) and tags_raw:
            tags: list[Node] = []
            for index, tag in enumerate(tags_raw[:3]):  # [feishu] at most 3 tags are shown
                if not isinstance(tag, dict):
                    continue
                pair = t.tags.get(str(tag.get("color", "neutral")), t.tags["neutral"])
                pill = ButtonNode(
                    f"{pointer}/text_tag_list/{index}",
                    self.ctx.i18n(tag.get("text")),
                    background=pair.background,
                    foreground=pair.foreground,
                    border="",
                    height=20,
                    radius=m.tag_radius,
                    font_size=m.notation_size,
                    tag="text_tag",
                    padding=6,
                )
                pill.cursor_pointer = False
                tags.append(pill)
            if tags:
                title_row = TrailingTagsNode("title_row", title, tags, gap=8, spacing=4, line_spacing=4)
                title_row.text = " ".join(n.text for n in title_row.children)
        icon = header.get("icon")
        if isinstance(icon, dict):
            title_row = with_icon(
                self.ctx, icon, f"{pointer}/icon", title_row, colors.foreground, element=False
            )
        node.children.append(title_row)
        subtitle = header.get("subtitle")
        # Feishu's card builder exports every header with a subtitle, mostly an empty one
        # ({"tag": "plain_text", "content": ""}): that one shows nothing, not a blank line.
        if self.ctx.i18n(subtitle):
            node.children.append(
                self.ctx.text_node(
                    subtitle,
                    f"{pointer}/subtitle",
                    tag="subtitle",
                    style=TextStyle(size=m.subtitle_size, color=t.text_secondary),
                )
            )
        node.text = "\n".join(c.text for c in node.children)
        return node

    # -- layout and paint ---------------------------------------------------------------------
    def layout(
        self, available: float | None = None, *, max_height: float = MAX_CANVAS_HEIGHT
    ) -> tuple[float, float]:
        """Lay out for ``available`` px of backdrop width (None = the card's own width).

        The size returned is at most ``max_height`` tall: a taller card is cut (see ``limit``)."""
        self._laid_for = (available, max_height)
        m = self.theme.metrics
        mobile = self.options.platform == "mobile"
        margin = float(m.mobile_margin if mobile else m.chat_margin)
        width = card_width(self.card, self.options, self.theme, available)
        y = margin
        if self.message is not None:
            self.message.layout(width)
            self.message.x, self.message.y = margin, y
            y += self.message.h
        if self.frame is not None:
            self.frame.layout(width)
            if not self.frame.children:
                self.frame.h = 48.0
            self.frame.x, self.frame.y = margin, y
            y += self.frame.h
        if self.badge is not None:
            self.badge.layout(width)
            self.badge.x, self.badge.y = margin, y + 2
            y += self.badge.h + 2
        total_width = float(m.mobile_width) if mobile else width + 2 * margin
        if available is not None and not mobile:
            total_width = max(total_width, available)
        self.width = float(math.ceil(total_width))
        self.full_height = float(math.ceil(y + margin))  # whole pixels, so scale 2 is exactly twice
        self.limit(max_height)
        return self.width, self.height

    # -- long texts laid out where they show (lazy_text) ----------------------------------------
    def _long_texts(self) -> list[tuple[LongTextNode, QRectF]]:
        return [(node, rect) for node, rect in self.nodes() if isinstance(node, LongTextNode)]

    def pending(self) -> bool:
        """Whether some long text's height is still an estimate (``refine`` has work)."""
        return any(node.pending() for node, _ in self._long_texts())

    def settle(self, visible: QRectF) -> bool:
        """Lay out exactly the long texts' pieces that show in ``visible`` (scene px), and the
        scene around them; True when the scene's layout changed."""
        changed_any = False
        for _ in range(16):  # each round lays out what shows; what moves into view, the next
            changed = [
                node
                for node, rect in self._long_texts()
                if rect.intersects(visible) and node.settle(visible.top() - rect.top(), visible.bottom() - rect.top())
            ]
            if not changed:
                break
            self._relayout(changed)
            changed_any = True
        return changed_any

    def refine(self, more: Callable[[], bool]) -> bool:
        """Lay out exactly what is still estimated, text by text, while ``more()``; True when
        the scene's layout changed."""
        changed = [node for node, _ in self._long_texts() if node.refine(more)]
        if changed:
            self._relayout(changed)
        return bool(changed)

    def anchor(self, y: float) -> tuple[Node, int, float] | None:
        """What is drawn at height ``y`` (scene px), to find it again after a ``refine``: the
        innermost node there (a long text's piece there), and ``y``'s offset into it."""
        found: tuple[Node, int, float] | None = None
        for node, rect in self.nodes():  # parents before children: the last one is innermost
            if rect.top() <= y < rect.bottom():
                found = (node, -1, y - rect.top())
                if isinstance(node, LongTextNode):
                    index = node.piece_at(y - rect.top())
                    if index is not None:
                        found = (node, index, y - rect.top() - node.tops[index])
        return found

    def anchor_y(self, anchor: tuple[Node, int, float]) -> float | None:
        """Where ``anchor`` is now (scene px), None when it is no longer drawn."""
        target, index, offset = anchor
        for node, rect in self.nodes():
            if node is target:
                top = node.tops[index] if isinstance(node, LongTextNode) and index >= 0 else 0.0
                return rect.top() + top + offset
        return None

    def _relayout(self, changed: list[LongTextNode]) -> None:
        """Lay the scene out again around texts whose height changed (their parents only)."""
        targets = set(map(id, changed))

        def invalidate(node: Node) -> bool:
            hit = id(node) in targets
            for child in node.children:
                hit = invalidate(child) or hit
            if hit:
                node.invalidate()
            return hit

        for root in self.roots():
            invalidate(root)
        available, max_height = self._laid_for
        self.layout(available, max_height=max_height)

    def limit(self, max_height: float) -> float:
        """Cut the laid-out card to at most ``max_height`` px (never less than its note) and
        return its height: past the cut nothing is drawn but a note that says so."""
        most = max(2 * _CUT_NOTE_HEIGHT, float(math.floor(max_height)))
        if self.full_height <= most:
            self.cut = None
            self.height = self.full_height
        else:
            self.cut = most - _CUT_NOTE_HEIGHT
            self.height = most
        return self.height

    def cut_note(self) -> str:
        """What the note under a cut card says ("" when the card is whole)."""
        if self.cut is None:
            return ""
        return tr("✂ Cut here: the card is {total} px tall, more than the {most} px drawn").format(
            total=f"{self.full_height:,.0f}", most=f"{self.height:,.0f}"
        )

    def roots(self) -> list[Node]:
        return [n for n in (self.message, self.frame, self.badge) if n is not None]

    def paint(
        self, painter: QPainter, *, highlight: str | None = None, visible: QRectF | None = None
    ) -> None:
        """Paint the scene; with ``visible`` (scene px) only the nodes that show there."""
        whole = QRectF(0, 0, self.width, self.height)
        painter.fillRect(visible or whole, QColor(self.theme.backdrop))
        if self.cut is not None:
            drawn = QRectF(0, 0, self.width, self.cut)
            visible = visible.intersected(drawn) if visible is not None else drawn
        if visible is None or not visible.isEmpty():
            painter.save()
            if visible is not None:  # nodes that straddle its edge (a long text) stop at it
                painter.setClipRect(visible, Qt.ClipOperation.IntersectClip)
            for root in self.roots():
                paint_node(root, painter, visible)
            painter.restore()
        if self.cut is not None:
            self._paint_cut_note(painter)
        if highlight is not None:
            rect = self.rect_of(highlight)
            if rect is not None:
                pen = QPen(QColor(self.theme.highlight))
                pen.setWidthF(2.0)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4)

    def _paint_cut_note(self, painter: QPainter) -> None:
        """The band under a cut card: a dashed cut line and what was cut, on the backdrop."""
        assert self.cut is not None
        t = self.theme
        painter.save()
        painter.setClipping(False)
        band = QRectF(0, self.cut, self.width, self.height - self.cut)
        painter.fillRect(band, QColor(t.backdrop))
        pen = QPen(QColor(t.text_secondary))
        pen.setWidthF(1.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(0, self.cut + 0.5), QPointF(self.width, self.cut + 0.5))
        painter.setFont(card_font(t.metrics.notation_size))
        painter.drawText(
            band.adjusted(t.metrics.chat_margin, 2, -t.metrics.chat_margin, 0),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.cut_note(),
        )
        painter.restore()

    # -- queries ------------------------------------------------------------------------------
    def nodes(self) -> list[tuple[Node, QRectF]]:
        result: list[tuple[Node, QRectF]] = []
        for root in self.roots():
            result.extend(walk(root))
        return result

    def path_at(self, point: QPointF) -> list[tuple[Node, QRectF]]:
        """Nodes under ``point``, outermost first (collapsed panels hide their bodies)."""
        return [(node, rect) for node, rect in self.nodes() if rect.contains(point)]

    def rect_of(self, pointer: str) -> QRectF | None:
        """The element at ``pointer``, or the deepest drawn element containing it."""
        best: tuple[int, QRectF] | None = None
        for node, rect in self.nodes():
            if node.pointer is None:
                continue
            if node.pointer == pointer:
                return rect
            if pointer.startswith(node.pointer + "/") and (best is None or len(node.pointer) > best[0]):
                best = (len(node.pointer), rect)
        return best[1] if best else None

    def drawn_elements(self) -> list[DrawnElement]:
        return [
            DrawnElement(node.pointer, node.tag, rect, node.text, dict(node.colors))
            for node, rect in self.nodes()
            if node.pointer is not None
        ]


__all__ = [
    "MAX_CANVAS_HEIGHT",
    "MAX_IMAGE_PIXELS",
    "CardScene",
    "DrawnElement",
    "card_languages",
    "card_width",
]
