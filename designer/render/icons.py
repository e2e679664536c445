"""Feishu's standard icons (``standard_icon`` / ``ud_icon`` tokens) drawn from a bundled icon set.

Feishu's own icon font is not available offline. The tokens cards use most are drawn with a
recognisable glyph of Lucide (ISC licence, ``resources/icons/feishu/LICENSE-lucide.txt``, the SVGs
of the npm package ``lucide-static`` 1.62.0 copied unchanged), mapped token by token in
``FEISHU_ICONS``; any other token is drawn as the generic mark (a ring with a dot). A token is
``<name>_<style>`` (``chat_outlined``, ``chat_filled``, ``approval_colorful``, Feishu's "图标库"
page, feishu-cards/enumerations-for-icons): the table is keyed by the name, every style of a
name shares its glyph. Icons are drawn in the icon's ``color`` (a colour name or the card's
custom colour), else in the colour of the text beside them, as the docs say.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from designer._resources import resource_path

# Feishu icon name (the token without its _outlined / _filled / _colorful style) -> Lucide glyph.
FEISHU_ICONS: dict[str, str] = {
    "add": "plus",
    "add-bold": "plus",
    "add-middle": "plus",
    "add-app": "square-plus",
    "admin": "user-cog",
    "alarm-clock": "alarm-clock",
    "alarm": "alarm-clock",
    "album": "images",
    "all": "layout-grid",
    "app-default": "layout-grid",
    "arrow": "arrow-right",
    "arrow-down": "arrow-down",
    "arrow-left": "arrow-left",
    "arrow-up": "arrow-up",
    "ban": "ban",
    "bell": "bell",
    "calendar": "calendar",
    "calendar-slide": "calendar-days",
    "camera": "camera",
    "check": "check",
    "close": "x",
    "close-bold": "x",
    "chat": "message-circle",
    "chat-history": "history",
    "history": "history",
    "chat-forbidden": "message-circle-off",
    "copy": "copy",
    "delete": "trash-2",
    "delete-trash": "trash-2",
    "done": "circle-check",
    "down": "chevron-down",
    "down-small-ccm": "chevron-down",
    "expand-down": "chevron-down",
    "expand-up": "chevron-up",
    "right-small-ccm": "chevron-right",
    "left-small-ccm": "chevron-left",
    "edit": "pencil",
    "file-link-docx": "file-text",
    "doc": "file-text",
    "forward": "forward",
    "forward-com": "forward",
    "group": "users",
    "member": "user",
    "more": "ellipsis",
    "info": "info",
    "warning": "triangle-alert",
    "error": "circle-x",
    "link-copy": "link",
    "privacy-location": "map-pin",
    "lock": "lock",
    "lock-open": "lock-open",
    "mail": "mail",
    "phone": "phone",
    "search": "search",
    "setting": "settings",
    "share": "share-2",
    "thumbsup": "thumbs-up",
    "like": "thumbs-up",
    "time": "clock",
    "tab-todo": "square-check",
    "todo": "square-check",
    "signature": "signature",
    "reply": "reply",
    "reply-cn": "reply",
    "refresh": "refresh-cw",
    "robot": "bot",
    "right": "chevron-right",
    "left": "chevron-left",
    "up": "chevron-up",
    "download": "download",
    "upload": "upload",
    "visible": "eye",
    "invisible": "eye-off",
    "home": "house",
    "image": "image",
    "video": "video",
    "pin": "pin",
    "tag": "tag",
    "approval": "stamp",
    "sheet": "sheet",
    "wiki": "book-open",
    "bitablegrid": "table",
    "folder": "folder",
    "code": "code",
    "filter": "funnel",
    "language": "languages",
    "msgcard-rectangle": "rectangle-horizontal",
    "frame-selection": "scan",
    "pa-calibration-report": "clipboard-check",
    "larkcommunity": "users-round",
    "sheet-iconsets-stable": "arrow-right",
    "sheet-iconsets-increase": "trending-up",
    "sheet-iconsets-decrease": "trending-down",
}

_STYLES = ("_outlined", "_filled", "_colorful")


def icon_name(token: str) -> str:
    """The icon's name: ``chat_outlined`` -> ``chat``."""
    for style in _STYLES:
        if token.endswith(style):
            return token[: -len(style)]
    return token


def glyph_of(token: str) -> str | None:
    """The bundled glyph drawing ``token``, or None: the generic mark."""
    return FEISHU_ICONS.get(icon_name(token))


@cache
def _renderer(glyph: str, color: str) -> QSvgRenderer | None:
    """The glyph's SVG with its ``currentColor`` strokes in ``color`` (#rrggbb); None when the
    file is missing or unreadable (the caller draws the generic mark)."""
    try:
        data = resource_path("icons", "feishu", f"{glyph}.svg").read_bytes()
    except OSError:
        return None
    renderer = QSvgRenderer(QByteArray(data.replace(b"currentColor", color.encode("ascii"))))
    return renderer if renderer.isValid() else None


def paint_icon(painter: QPainter, rect: QRectF, token: str, color: str) -> bool:
    """Draw ``token`` into ``rect`` in ``color``: its glyph, or the generic mark (a ring with a
    dot) for a token without one. True when the glyph was drawn."""
    qcolor = QColor(color)
    glyph = glyph_of(token)
    renderer = _renderer(glyph, qcolor.name(QColor.NameFormat.HexRgb)) if glyph else None
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if renderer is not None:
        painter.setOpacity(painter.opacity() * qcolor.alphaF())  # rgba(...) colours keep their alpha
        renderer.render(painter, rect)
    else:
        side = min(rect.width(), rect.height())
        painter.setPen(QPen(qcolor, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect.center(), side / 2 - 1.5, side / 2 - 1.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(qcolor))
        painter.drawEllipse(rect.center(), side * 0.16, side * 0.16)
    painter.restore()
    return renderer is not None


def icon_image(token: str, color: str, size: int, scale: int = 3) -> QImage:
    """``token`` drawn as a ``size`` px picture (``scale`` times the pixels, for sharp zooming and
    2x exports), for text layouts that take pictures (the icon of a ``<link icon=...>``)."""
    image = QImage(size * scale, size * scale, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    image.setDevicePixelRatio(scale)
    painter = QPainter(image)
    try:
        paint_icon(painter, QRectF(0, 0, size, size), token, color)
    finally:
        painter.end()
    return image
