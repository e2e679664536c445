"""Drawers of the people: person and person_list (content-components pages), with ``AvatarNode``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter

from designer.render.components.content import with_icon
from designer.render.context import (
    BuildContext,
    elements_of,
    register,
    tr,
)
from designer.render.nodes import (
    FlowNode,
    Node,
    elided,
)
from designer.render.text import card_font


class AvatarNode(Node):
    """A person: a round avatar with the initial, and the name (``person`` / ``person_list``).

    ``show_avatar`` / ``show_name`` choose the parts (one of them at least: with neither the
    avatar stands in, so the person does not vanish); ``capsule`` puts both on a rounded tint
    (``colors["capsule"]``); ``colors["ring"]`` circles the avatar in the card's colour, which
    parts overlapping avatars in a chain.
    """

    CAPSULE_PAD = 8.0  # the name's room before the capsule's round end

    def __init__(
        self,
        pointer: str | None,
        *,
        name: str,
        size: float,
        colors: dict[str, str],
        font_size: int,
        show_name: bool = True,
        show_avatar: bool = True,
        capsule: bool = False,
        tag: str = "person",
    ) -> None:
        super().__init__(tag, pointer)
        self.text = name
        self.size = size
        self.colors = dict(colors)
        self.font = card_font(font_size)
        self.show_name = show_name
        self.show_avatar = show_avatar or not show_name
        self.capsule = capsule

    def _inset(self) -> float:
        return 2.0 if self.capsule else 0.0  # the avatar sits inside the capsule's end

    def name_left(self) -> float:
        if not self.show_avatar:
            return self.CAPSULE_PAD if self.capsule else 0.0
        return self._inset() + self.size + (4 if self.capsule else 6)

    def preferred_width(self) -> float:
        if not self.show_name:
            return self.size + 2 * self._inset()
        width = self.name_left() + QFontMetricsF(self.font).horizontalAdvance(self.text)
        return width + (self.CAPSULE_PAD if self.capsule else 2)

    def do_layout(self, width: float) -> float:
        return max(self.size + 2 * self._inset(), QFontMetricsF(self.font).height())

    def avatar_rect(self) -> QRectF:
        """The avatar's circle in the node's coordinates (empty when the avatar is hidden)."""
        if not self.show_avatar:
            return QRectF()
        return QRectF(self._inset(), (self.h - self.size) / 2, self.size, self.size)

    def paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        if self.capsule:
            painter.setBrush(QBrush(QColor(self.colors["capsule"])))
            painter.drawRoundedRect(self.rect(), self.h / 2, self.h / 2)
        if self.show_avatar:
            circle = self.avatar_rect()
            ring = self.colors.get("ring")
            if ring:
                painter.setBrush(QBrush(QColor(ring)))
                painter.drawEllipse(circle.adjusted(-1.5, -1.5, 1.5, 1.5))
            painter.setBrush(QBrush(QColor(self.colors["avatar"])))
            painter.drawEllipse(circle)
            initial = (self.text.lstrip("@") or "?")[0].upper()
            small = QFont(self.font)
            small.setPixelSize(max(8, int(self.size * 0.45)))
            painter.setFont(small)
            painter.setPen(QColor(self.colors["avatar_text"]))
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initial)
        if self.show_name:
            painter.setFont(self.font)
            painter.setPen(QColor(self.colors["text"]))
            left = self.name_left()
            rect = QRectF(left, 0, self.w - left - (self.CAPSULE_PAD if self.capsule else 0), self.h)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                elided(self.text, self.font, rect.width()),
            )


def _person_name(ctx: BuildContext, user: Any) -> str:
    if isinstance(user, dict):
        user = user.get("id") or user.get("user_id")
    return str(user) if user else tr("unknown user")


# Avatar sizes by ``size`` (person / person_list pages: extra_small, small, medium, large; the
# default is medium for both).
AVATAR_SIZES = {"extra_small": 16, "small": 20, "medium": 24, "large": 36}


def _avatar_size(element: dict[str, Any]) -> int:
    size = element.get("size", "medium")
    return AVATAR_SIZES.get(size if isinstance(size, str) else "medium", AVATAR_SIZES["medium"])


def draw_person(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    """``person``: by the page, the avatar shows and the name does not unless asked
    (``show_avatar`` true, ``show_name`` false by default); ``style: capsule`` is a rounded tint."""
    t = ctx.theme
    person = AvatarNode(
        pointer,
        name=_person_name(ctx, element.get("user_id")),
        size=_avatar_size(element),
        colors={
            "avatar": t.primary,
            "avatar_text": "#ffffff",
            "text": t.text,
            "capsule": t.tags["neutral"].background,
        },
        font_size=t.metrics.text_size,
        show_name=element.get("show_name") is True,
        show_avatar=element.get("show_avatar", True) is not False,
        capsule=element.get("style") == "capsule",
    )
    person.shrink = True
    return person


def draw_person_list(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    """``person_list``: names without avatars by default (``show_name`` true, ``show_avatar``
    false); without names, two or more people are a chain of overlapping avatars (the page's
    "葫芦串"), each ringed in the card's colour over the one before."""
    t = ctx.theme
    size = _avatar_size(element)
    persons = elements_of(element.get("persons"))
    show_name = element.get("show_name", True) is not False
    chain = not show_name and len(persons) > 1
    flow = FlowNode("person_list", pointer, spacing=-size / 4 if chain else 12, line_spacing=6)
    colors = {"avatar": t.primary, "avatar_text": "#ffffff", "text": t.text}
    if chain:
        colors["ring"] = t.surface
    for index, person in enumerate(persons):
        flow.children.append(
            AvatarNode(
                f"{pointer}/persons/{index}",
                name=_person_name(ctx, person),
                size=size,
                colors=colors,
                font_size=t.metrics.text_size,
                show_name=show_name,
                show_avatar=chain or element.get("show_avatar") is True,
            )
        )
    flow.text = " ".join(c.text for c in flow.children)
    icon = element.get("icon")
    if isinstance(icon, dict):  # user-list page: a prefix icon before the people
        return with_icon(ctx, icon, f"{pointer}/icon", flow, t.text)
    return flow


register(
    {
        "person": draw_person,
        "person_list": draw_person_list,
    }
)
