"""The Chinese translation loads and reaches the window; the ``card-designer`` GUI arguments."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from designer._cli.gui import build_parser
from designer.ui import MainWindow
from designer.ui.resources import resource_path


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load("card_designer_zh_CN", str(resource_path("translations")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_the_window_speaks_chinese_with_the_translation(
    chinese: None, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]
    assert window.palette_dock.windowTitle() == "组件"
    assert window.validity_label.text() == "✓ 有效"
    titles = {
        window.palette_model.item(0).child(row).text()
        for row in range(window.palette_model.item(0).rowCount())
    }
    assert "表格" in titles  # catalog titles come from the CatalogEntry context


def test_gui_arguments() -> None:
    args = build_parser().parse_args(["card.json", "--sandbox"])
    assert (args.file, args.sandbox) == ("card.json", True)
    args = build_parser().parse_args([])
    assert (args.file, args.sandbox) == (None, False)
