"""The window's light and dark looks: Qt's Fusion style with one palette per theme.

Fusion draws the same on every platform, so the screenshots in ``docs/`` match what users see,
and its palette drives every colour (icons are tinted from it, the editor picks its syntax
colours from it). The card preview has its own theme control: a designer often checks a dark
card inside a light window.

The user picks Light, Dark or System (``ThemeChoice``, the default): System follows the
desktop's scheme (``QStyleHints.colorScheme``, Qt 6.5+), and the window re-applies it on
``colorSchemeChanged``. An unknown scheme (no platform support) counts as light.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

from designer.store.settings import ThemeChoice

ThemeName = Literal["light", "dark"]  # the colours applied; ThemeChoice adds "system"

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


class _FusionStyle(QProxyStyle):
    """Fusion, with check boxes and radio buttons that stay visible on a dark window.

    Fusion outlines them in the window colour made darker, which vanishes against a dark base
    (an unticked member in the picker, the preview's Badge box showed no box at all). For
    those indicators only, the outline is derived from a lighter grey.
    """

    _INDICATORS = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    )

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in self._INDICATORS and is_dark(option.palette):
            option = type(option)(option)  # a copy: the caller's option is shared
            option.palette.setColor(QPalette.ColorRole.Window, QColor(_DARK_INDICATOR_OUTLINE))
        super().drawPrimitive(element, option, painter, widget)


# Fusion draws the outline as Window.darker(140): this gives a mid grey on the dark base.
_DARK_INDICATOR_OUTLINE = "#8a8f98"


def apply_theme(app: QApplication, theme: ThemeName) -> None:
    """Switch the whole application to ``theme`` (widgets repaint; icons are re-tinted by the window)."""
    if not isinstance(app.style(), _FusionStyle):
        base = QStyleFactory.create("Fusion")
        if base is not None:
            app.setStyle(_FusionStyle(base))
    app.setPalette(palette_for(theme))


def system_scheme() -> Qt.ColorScheme:
    """The desktop's light / dark scheme as Qt reports it (``Unknown`` without platform support)."""
    return QGuiApplication.styleHints().colorScheme()


def resolve_theme(choice: ThemeChoice) -> ThemeName:
    """The colours to apply for the user's ``choice``: "system" asks the desktop now."""
    if choice != "system":
        return choice
    return "dark" if system_scheme() == Qt.ColorScheme.Dark else "light"
