"""Status colours follow the window theme: an error is red on a light window and a lighter red
on a dark one, in the status bar, the notice above the editor and the editor's own marks."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from designer.ui import MainWindow
from designer.ui.status_colors import Status, status_color
from tests.ui.conftest import set_text

BROKEN = '{\n  "elements": [\n    {"tag": "markdown", "content": "部署失败 🚨"},\n    {"tag": "nope"}\n  ]\n}'


def _text_colour(label: QLabel) -> QColor:
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText)


def _background(label: QLabel) -> QColor:
    return label.grab().toImage().pixelColor(2, 2)


def test_the_status_bar_and_the_notice_take_the_colours_of_the_theme(qtbot: QtBot, window: MainWindow) -> None:
    window.commands.light_action.trigger()
    set_text(window, BROKEN)
    assert window.session.document.errors
    window.show_notice("Cannot insert “button” here.")
    light_error = _text_colour(window.validity_label)
    light_notice = _background(window.notice)
    assert light_error == status_color(Status.ERROR, dark=False)

    window.commands.dark_action.trigger()
    dark_error = _text_colour(window.validity_label)
    dark_notice = _background(window.notice)
    assert dark_error == status_color(Status.ERROR, dark=True) != light_error
    # The notice's box is dark on the dark window, light on the light one.
    assert dark_notice.lightness() < 100 < light_notice.lightness()

    window.commands.light_action.trigger()  # the window theme is the application's: leave it light
    assert _text_colour(window.validity_label) == light_error


def test_the_status_palette_has_every_status_in_both_themes() -> None:
    for status in Status:
        light, dark = status_color(status, dark=False), status_color(status, dark=True)
        assert light.isValid() and dark.isValid()
        # Read on the theme's own background: darker text on light, lighter text on dark.
        assert dark.lightness() > light.lightness(), status
