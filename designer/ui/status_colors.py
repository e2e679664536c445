"""The colours of a status (an error, a warning, a success, a piece of information, a quiet
aside) in the window's light and dark themes: one palette, used by every pane.

* A widget whose text shows a status: ``set_status(widget, Status.ERROR)``; a banner (a
  coloured box with a message): ``set_banner(widget, Status.WARNING, shape)``. The widget is
  remembered and ``restyle_status_widgets`` (called on a theme switch, beside the icons'
  re-tint) gives every such widget the colours of the new theme.
* A model or a painter that needs a ``QColor``: ``status_color(Status.ERROR)``, for the theme
  of the application palette now (models are asked at paint time, so they follow a switch).

Per-widget style sheets, not one application style sheet: with an application sheet every
widget of every window goes through Qt's style sheet style, and each theme switch re-polishes
them all (measured: seconds per switch once a few windows had been open).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import shiboken6
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QWidget

from designer.cards import Severity
from designer.ui.app_theme import is_dark


class Status(Enum):
    """What a message or a mark says about the outcome."""

    ERROR = "error"
    WARNING = "warning"
    OK = "ok"
    INFO = "info"
    MUTED = "muted"  # a quiet aside: counts, details, a deleted entry


@dataclass(frozen=True, slots=True)
class _Look:
    text: str  # on the window's own background
    background: str  # of a banner
    banner_text: str
    border: str  # of a banner


_LIGHT = {
    Status.ERROR: _Look("#d83931", "#fdecea", "#b3261e", "#f5c2bd"),
    Status.WARNING: _Look("#b45f00", "#fff4e5", "#8a4b00", "#f5d7a8"),
    Status.OK: _Look("#2ea121", "#e8f7e6", "#1d6b15", "#b7e2b1"),
    Status.INFO: _Look("#3370ff", "#eaf0ff", "#1f4fbf", "#c2d4ff"),
    Status.MUTED: _Look("#646a73", "#f2f3f5", "#4e535a", "#dee0e3"),
}
# Lighter tones on the dark window: the light theme's reds and greens are too dark to read there.
_DARK = {
    Status.ERROR: _Look("#ff7066", "#3d1f1e", "#ffb4ab", "#6e2f2b"),
    Status.WARNING: _Look("#f5a13b", "#3b2a12", "#ffcf8a", "#6b4a1c"),
    Status.OK: _Look("#5ccf6a", "#16301a", "#a6e5ad", "#2e5a33"),
    Status.INFO: _Look("#6b9bff", "#1a2640", "#b3cbff", "#30446e"),
    Status.MUTED: _Look("#a2a6ad", "#26262b", "#c9ccd1", "#3a3a40"),
}

SEVERITY_STATUS = {Severity.ERROR: Status.ERROR, Severity.WARNING: Status.WARNING, Severity.INFO: Status.INFO}


def _app_is_dark() -> bool:
    return is_dark(QGuiApplication.palette())


def status_color(status: Status, dark: bool | None = None) -> QColor:
    """The text colour of ``status`` in a light or ``dark`` window (None: the theme of the
    application palette now)."""
    looks = _DARK if (_app_is_dark() if dark is None else dark) else _LIGHT
    return QColor(looks[status].text)


# Widgets given a status or banner colour, restyled on a theme switch. Entries of deleted Qt
# objects are dropped as they are found.
_styled: list[QWidget] = []
_STATUS, _BANNER, _SHAPE = "statusColor", "statusBanner", "statusShape"


def set_status(widget: QWidget, status: Status | None) -> None:
    """Colour ``widget``'s text for ``status`` (None: the usual text colour)."""
    _show(widget, status, banner=False, shape="")


def set_banner(widget: QWidget, status: Status, shape: str = "") -> None:
    """Give ``widget`` the background, text and border colours of a ``status`` banner; ``shape``
    holds the rest of its style sheet declarations (padding, border width and style, radius)."""
    _show(widget, status, banner=True, shape=shape)


def _show(widget: QWidget, status: Status | None, *, banner: bool, shape: str) -> None:
    if widget.property(_STATUS) is None:  # the first time: remember it for theme switches
        if len(_styled) >= 256:  # windows come and go (tests make hundreds): forget the deleted
            _styled[:] = [other for other in _styled if shiboken6.isValid(other)]
        _styled.append(widget)
    widget.setProperty(_STATUS, status.value if status is not None else "")
    widget.setProperty(_BANNER, banner)
    widget.setProperty(_SHAPE, shape)
    _restyle(widget, _app_is_dark())


def _restyle(widget: QWidget, dark: bool) -> None:
    value, shape = widget.property(_STATUS), widget.property(_SHAPE) or ""
    if not value:
        widget.setStyleSheet(shape)
        return
    look = (_DARK if dark else _LIGHT)[Status(value)]
    if widget.property(_BANNER):
        colours = f"background: {look.background}; color: {look.banner_text}; border-color: {look.border};"
    else:
        colours = f"color: {look.text};"
    widget.setStyleSheet(f"{colours} {shape}".strip())


def restyle_status_widgets(dark: bool) -> None:
    """Give every widget shown with ``set_status`` / ``set_banner`` the colours of a light or
    ``dark`` window (a theme switch)."""
    _styled[:] = [widget for widget in _styled if shiboken6.isValid(widget)]
    for widget in _styled:
        _restyle(widget, dark)
