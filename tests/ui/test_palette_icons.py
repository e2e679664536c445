"""The palette draws a component's icon when a view shows its row, once per theme, not all of
them at start and again for the window's theme (issue 10)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon, QPalette
from pytestqt.qtbot import QtBot

from designer.cards.catalog import CATALOG
from designer.ui import MainWindow, palette
from designer.ui.app_theme import palette_for
from designer.ui.palette import ElementPalette, PaletteModel
from designer.ui.resources import element_icon


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tags of every component icon drawn from here on."""
    tags: list[str] = []

    def counting(tag: str, theme: QPalette | None = None) -> QIcon:
        tags.append(tag)
        return element_icon(tag, theme)

    monkeypatch.setattr(palette, "element_icon", counting)
    return tags


def _component_indexes(model: PaletteModel) -> list[QModelIndex]:
    return [
        model.index(row, 0, model.index(group, 0))
        for group in range(model.rowCount())
        for row in range(model.rowCount(model.index(group, 0)))
    ]


def test_a_short_palette_draws_only_the_icons_of_its_rows_on_screen(qtbot: QtBot, drawn: list[str]) -> None:
    model = PaletteModel()
    assert drawn == []
    pane = ElementPalette(model)
    qtbot.addWidget(pane)
    pane.resize(260, 160)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.waitUntil(lambda: bool(drawn))  # the first paint of its rows
    assert 0 < len(drawn) < len(CATALOG) // 2
    # Every row still has its icon when asked (scrolled to, or read by a screen reader).
    icons = [index.data(Qt.ItemDataRole.DecorationRole) for index in _component_indexes(model)]
    assert len(icons) == len(CATALOG)
    assert all(isinstance(icon, QIcon) and not icon.isNull() for icon in icons)
    assert sorted(drawn) == sorted(entry.tag for entry in CATALOG)  # each drawn once


def test_the_window_draws_each_icon_once_at_start(
    qtbot: QtBot, make_window: Callable[..., MainWindow], drawn: list[str]
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: bool(drawn))  # the palette's first paint
    window.palette_view.view.viewport().repaint()
    # Not once for the default palette and again for the window's theme.
    assert len(drawn) == len(set(drawn))


def test_a_theme_switch_redraws_the_icons_when_shown_again(qtbot: QtBot) -> None:
    model = PaletteModel()
    first = _component_indexes(model)[0]
    model.retint(palette_for("light"))
    light = first.data(Qt.ItemDataRole.DecorationRole).pixmap(16, 16).toImage()
    with qtbot.waitSignal(model.dataChanged):
        model.retint(palette_for("dark"))
    assert model.icons_drawn() == 0  # not all redrawn at once
    dark = first.data(Qt.ItemDataRole.DecorationRole).pixmap(16, 16).toImage()
    assert dark != light
