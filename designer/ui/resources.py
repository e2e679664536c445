"""Where the app's plain-file resources live, and icons tinted for the current theme.

Resources are the repository's ``resources/`` folder (templates, icons, translations). The one
lookup below covers the three ways the app runs: from a source checkout or an editable install
(``resources/`` next to the ``designer`` package), from a PyInstaller bundle (``sys._MEIPASS``),
or from a wheel (``pip install .``), whose data files put it under
``<prefix>/share/card-designer/resources``. Nothing else in the app spells a resource path.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # designer/


@cache
def resources_dir() -> Path:
    """The folder holding ``templates/``, ``icons/`` and ``translations/``."""
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [
        _PACKAGE_DIR.parent / "resources",
        _PACKAGE_DIR / "resources",
        Path(sys.prefix) / "share" / "card-designer" / "resources",  # a wheel's data files
    ]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def resource_path(*parts: str) -> Path:
    """A file under the resources folder (it may not exist: callers say what is missing)."""
    return resources_dir().joinpath(*parts)


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


def _draw_tinted(path: Path, color: QColor, sizes: tuple[int, ...] = (16, 20, 24, 32, 48)) -> QIcon:
    data = _svg_bytes(path)
    if data is None:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return QIcon()
    icon = QIcon()
    for size in sizes:
        for ratio in (1, 2):
            pixmap = QPixmap(QSize(size * ratio, size * ratio))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(pixmap.rect(), color)
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            icon.addPixmap(pixmap)
    return icon


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
