"""The window's light and dark looks: Qt's Fusion style with one palette per theme.

Fusion draws the same on every platform, so the screenshots in ``docs/`` match what users see,
and its palette drives every colour (icons are tinted from it, the editor picks its syntax
colours from it). The card preview has its own theme control: a designer often checks a dark
card inside a light window.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

ThemeName = Literal["light", "dark"]

# (role, colour) per theme; unlisted roles keep Fusion's derived values.
_LIGHT: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#f3f4f6",
    QPalette.ColorRole.WindowText: "#1f2329",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f7f8fa",
    QPalette.ColorRole.Text: "#1f2329",
    QPalette.ColorRole.Button: "#f7f8fa",
    QPalette.ColorRole.ButtonText: "#1f2329",
    QPalette.ColorRole.Highlight: "#3370ff",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2329",
    QPalette.ColorRole.PlaceholderText: "#8f959e",
    QPalette.ColorRole.Link: "#3370ff",
    QPalette.ColorRole.Mid: "#dee0e3",
    QPalette.ColorRole.Midlight: "#e9eaec",
    QPalette.ColorRole.Dark: "#bbbfc4",
}
_DARK: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#1f1f22",
    QPalette.ColorRole.WindowText: "#e8e9eb",
    QPalette.ColorRole.Base: "#17171a",
    QPalette.ColorRole.AlternateBase: "#222226",
    QPalette.ColorRole.Text: "#e8e9eb",
    QPalette.ColorRole.Button: "#2b2b30",
    QPalette.ColorRole.ButtonText: "#e8e9eb",
    QPalette.ColorRole.Highlight: "#4c88ff",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2b2b30",
    QPalette.ColorRole.ToolTipText: "#e8e9eb",
    QPalette.ColorRole.PlaceholderText: "#7a7e86",
    QPalette.ColorRole.Link: "#6b9bff",
    QPalette.ColorRole.Mid: "#3a3a40",
    QPalette.ColorRole.Midlight: "#303036",
    QPalette.ColorRole.Dark: "#111113",
    QPalette.ColorRole.Light: "#45454c",
    QPalette.ColorRole.Shadow: "#000000",
}


def palette_for(theme: ThemeName) -> QPalette:
    palette = QPalette()
    for role, value in (_DARK if theme == "dark" else _LIGHT).items():
        palette.setColor(role, QColor(value))
    disabled = QColor("#6b6f76" if theme == "dark" else "#a8abb2")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def apply_theme(app: QApplication, theme: ThemeName) -> None:
    """Switch the whole application to ``theme`` (widgets repaint; icons are re-tinted by the window)."""
    style = QStyleFactory.create("Fusion")
    if style is not None and app.style().name().lower() != "fusion":
        app.setStyle(style)
    app.setPalette(palette_for(theme))
