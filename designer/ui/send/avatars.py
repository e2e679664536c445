"""Chat avatars: fetched from the URL the chats API gives, drawn round like Feishu does.

Only for real tenants: a profile on this machine (the sandbox, tests) gets the initials
placeholder, so nothing is fetched from the internet there. Fetching runs in the worker;
turning bytes into an icon runs on the GUI thread (QPixmap belongs to it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPainterPath, QPixmap

from designer.store.profiles import Profile

_log = logging.getLogger("designer.ui.send")

AvatarFetcher = Callable[[Profile, str], bytes | None]

_MAX_BYTES = 512 * 1024  # an avatar is a few KB; anything bigger is not one
_TIMEOUT = 5.0


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    return host in ("localhost", "::1") or host.startswith("127.")


def fetch_avatar(profile: Profile, url: str) -> bytes | None:
    """The image at ``url`` (https only), or None; never for a profile on this machine."""
    if _is_loopback(profile.api_base_url) or not url.startswith("https://"):
        return None
    import httpx  # in the worker, at the first avatar: not a cost of opening the window

    try:
        response = httpx.get(url, timeout=_TIMEOUT, follow_redirects=True)
    except httpx.HTTPError as exc:
        _log.debug("avatar not loaded: %s", type(exc).__name__)
        return None
    if response.status_code != 200 or len(response.content) > _MAX_BYTES:
        return None
    return response.content


def round_icon(data: bytes, size: int = 32) -> QIcon | None:
    """``data`` (PNG/JPEG...) cropped to a circle of ``size`` px; None when it is not an image."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    scaled = image.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
    )
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size, size))
    painter.setClipPath(path)
    painter.drawImage(0, 0, scaled)
    painter.end()
    return QIcon(pixmap)
