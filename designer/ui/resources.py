"""Icons tinted for the current theme, and (from ``designer._resources``, the one home of
resource paths, Qt-free so the renderer uses it too) where the app's resources live."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption

from designer._resources import resource_path as resource_path
from designer._resources import resources_dir as resources_dir


def icon_color(palette: QPalette | None = None) -> QColor:
    """The colour monochrome icons are drawn in: the palette's text colour, a little softened."""
    if palette is None:
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else QPalette()
    color = QColor(palette.color(QPalette.ColorRole.WindowText))
    color.setAlphaF(0.82)
    return color


@cache
def _svg_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


_tinted: dict[tuple[Path, int], QIcon] = {}


def tinted_icon(path: Path, color: QColor) -> QIcon:
    """The monochrome SVG at ``path`` drawn in ``color``; an empty icon when the file is missing.

    Icons are drawn in black (#000) on transparent; painting the colour with ``SourceIn``
    keeps the shape's alpha and replaces its colour, so one file serves light and dark themes.
    Cached per (file, colour): the outline asks for its icons on every rebuild.
    """
    key = (path, color.rgba())
    icon = _tinted.get(key)
    if icon is None:
        icon = _tinted[key] = _draw_tinted(path, color)
    return icon


def _draw_tinted(path: Path, color: QColor) -> QIcon:
    data = _svg_bytes(path)
    if data is None:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return QIcon()
    return QIcon(_TintedSvgEngine(renderer, color))


class _TintedSvgEngine(QIconEngine):
    """Draws a tinted SVG at the size and pixel ratio it is asked for, when it is asked for.

    The window shows about 45 icons at start; drawing each beforehand at every size a style
    might ask for (5 sizes x 2 pixel ratios) was 430 SVG renders, about 65 ms of the start
    (issue 10), where a person sees one size of each. Drawn on demand, the pixmap is also
    exact at any size and ratio, instead of a neighbouring size scaled.
    """

    def __init__(self, renderer: QSvgRenderer, color: QColor) -> None:
        super().__init__()
        self._renderer = renderer
        self._color = QColor(color)
        self._drawn: dict[tuple[int, int, int, bool], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._renderer, self._color)

    def isNull(self) -> bool:
        return False

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return QSize(size)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        width, height = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
        disabled = mode == QIcon.Mode.Disabled
        key = (width, height, round(scale * 100), disabled)
        drawn = self._drawn.get(key)
        if drawn is None:
            drawn = self._drawn[key] = self._draw(width, height, scale, disabled)
        return drawn

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def _draw(self, width: int, height: int, scale: float, disabled: bool) -> QPixmap:
        pixmap = QPixmap(QSize(width, height))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Square, centred: an icon asked for at a wide size keeps its shape.
        side = min(width, height)
        self._renderer.render(painter, QRectF((width - side) / 2, (height - side) / 2, side, side))
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), self._color)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        if disabled:  # greyed as the style greys any icon of a disabled action or button
            option = QStyleOption()
            pixmap = QApplication.style().generatedIconPixmap(QIcon.Mode.Disabled, pixmap, option)
        return pixmap


def ui_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """``resources/icons/ui/<name>.svg`` tinted for ``palette``."""
    return tinted_icon(resource_path("icons", "ui", f"{name}.svg"), icon_color(palette))


def element_icon(tag: str, palette: QPalette | None = None) -> QIcon:
    """``resources/icons/elements/<tag>.svg`` tinted for ``palette``."""
    return tinted_icon(resource_path("icons", "elements", f"{tag}.svg"), icon_color(palette))


def app_icon() -> QIcon:
    """The application icon (kept in its own colours)."""
    path = resource_path("icons", "app.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


class _HasIcon(Protocol):
    def setIcon(self, icon: QIcon, /) -> None: ...


# Actions and buttons showing a ui icon, re-tinted when the window theme changes. Entries of
# deleted Qt objects are dropped at the next re-tint.
_themed: list[tuple[_HasIcon, str]] = []


def set_themed_icon(target: _HasIcon, name: str) -> None:
    """Give ``target`` (a ``QAction`` or button) the ui icon ``name``, redrawn on each
    ``retint_themed_icons`` (a theme switch), so it stays visible on light and dark windows."""
    target.setIcon(ui_icon(name))
    if len(_themed) >= 256:  # windows come and go (tests make hundreds): forget the deleted
        _themed[:] = [(other, other_name) for other, other_name in _themed if shiboken6.isValid(other)]
    _themed.append((target, name))


def retint_themed_icons(palette: QPalette) -> None:
    """Redraw every icon given with ``set_themed_icon`` for ``palette``."""
    alive = [(target, name) for target, name in _themed if shiboken6.isValid(target)]
    _themed[:] = alive
    for target, name in alive:
        target.setIcon(ui_icon(name, palette))
