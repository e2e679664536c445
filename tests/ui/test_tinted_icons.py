"""Theme-tinted icons are drawn when a size is asked for, at exactly that size (issue 10: the
window drew each of its ~45 icons at ten sizes before its first frame, 430 SVG renders)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from designer.ui import resources
from designer.ui.resources import resource_path, tinted_icon

RED = QColor(200, 30, 30)


def _expected(path: Path, side: int) -> QImage:
    """The SVG drawn at ``side`` px, its shape filled with the colour: what a tinted icon is."""
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(path.read_bytes())).render(painter, QRectF(0, 0, side, side))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), RED)
    painter.end()
    return image


@pytest.fixture
def draws(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    seen: list[tuple[int, int]] = []
    original = resources._TintedSvgEngine._draw

    def counting(self: resources._TintedSvgEngine, width: int, height: int, scale: float, disabled: bool):  # type: ignore[no-untyped-def]
        seen.append((width, height))
        return original(self, width, height, scale, disabled)

    monkeypatch.setattr(resources._TintedSvgEngine, "_draw", counting)
    resources._tinted.clear()  # icons made by earlier tests were drawn by the real method
    return seen


@pytest.mark.parametrize("side", [16, 20, 24])
def test_an_icon_is_drawn_once_at_the_size_asked_for(
    qapp: QApplication, draws: list[tuple[int, int]], side: int
) -> None:
    path = resource_path("icons", "ui", "save.svg")
    icon = tinted_icon(path, RED)
    assert draws == []  # nothing drawn until a size is asked for
    first = (
        icon.pixmap(QSize(side, side)).toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    )
    again = icon.pixmap(QSize(side, side))
    assert draws == [(side, side)]
    assert not again.isNull()
    assert first == _expected(path, side)


def test_a_disabled_icon_is_greyed_and_not_the_normal_one(
    qapp: QApplication, draws: list[tuple[int, int]]
) -> None:
    icon = tinted_icon(resource_path("icons", "ui", "undo.svg"), RED)
    normal = icon.pixmap(QSize(20, 20), QIcon.Mode.Normal).toImage()
    disabled = icon.pixmap(QSize(20, 20), QIcon.Mode.Disabled).toImage()
    assert normal != disabled
    assert len(draws) == 2


def test_the_window_draws_each_icon_it_shows_at_one_size(qtbot, draws: list[tuple[int, int]]) -> None:  # type: ignore[no-untyped-def]
    from designer.ui import MainWindow

    window = MainWindow(None, sandbox=False, offer_restore=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    # One or two sizes per icon shown (menu and toolbar), never the ten drawn beforehand.
    assert 0 < len(draws) <= 2 * len(resources._tinted)
