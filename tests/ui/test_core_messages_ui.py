"""The core's messages (diagnostics) reach the window in Chinese: problems list, status bar,
editor tooltip and the preview's banner, with emoji before the mistake (UTF-16 positions)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt, QTranslator
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from designer.cards import utf16_offset
from designer.ui import MainWindow
from designer.ui.resources import resource_path
from tests.helpers.ui import set_text

BROKEN = '{"header": {"title": {"tag": "plain_text", "content": "😀 标题"}}, "elements": [{"tag": "buton"}]}'


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load("card_designer_zh_CN", str(resource_path("translations")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _tooltip_at(window: MainWindow, offset: int, qtbot: QtBot) -> str:
    """Hover the editor at code-point ``offset`` as a person does; the tooltip shown."""
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(utf16_offset(editor.toPlainText(), offset) + 1)
    point = editor.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, editor.viewport().mapToGlobal(point))
    QApplication.sendEvent(editor.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    return QToolTip.text()


def test_a_broken_card_is_explained_in_chinese(
    chinese: None, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    set_text(window, BROKEN)
    model = window.problems_model
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "'buton' 不是组件；是否想写 'button'？" in shown, shown
    row = shown.index("'buton' 不是组件；是否想写 'button'？")
    assert "错误: 'buton' 不是组件" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert window.validity_label.text() == "✕ 1 个错误"
    tooltip = _tooltip_at(window, BROKEN.index('"buton"'), qtbot)
    assert tooltip == "错误: 'buton' 不是组件；是否想写 'button'？"
    QApplication.processEvents()  # (the status bar lays out its new texts)
    window.grab().save("/tmp/i18n13_broken_card_zh.png")


def test_a_text_that_is_no_json_is_explained_in_chinese_in_the_preview(
    chinese: None, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    set_text(window, '{"elements": [{"tag": "hr"},]}')
    banner = window.preview.banner
    assert banner.isVisible()
    assert "多余的逗号：在 ']' 之前的 ',' 后应有一个值" in banner.text(), banner.text()
    first = window.problems_model.index(0, 0).data()
    assert first == "多余的逗号：在 ']' 之前的 ',' 后应有一个值"


def test_without_the_translation_the_window_shows_english(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    set_text(window, BROKEN)
    model = window.problems_model
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "'buton' is not a component; did you mean 'button'?" in shown


def test_a_refused_insert_says_why_in_chinese_in_the_notice_and_status_bar(
    chinese: None, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    set_text(window, '{\n  "schema": "2.0",\n  "body": {\n    "elements": []\n  }\n}\n')
    assert not window.insert_component("note")
    expected = "不能在此处插入“note”：JSON 2.0 结构的卡片中没有 'note'。"
    assert window.notice.text() == expected
    assert window.statusBar().currentMessage() == expected


def test_formatting_text_that_is_no_json_says_why_in_chinese(
    chinese: None, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    set_text(window, '{"elements": [1,]}')
    window.format_document()
    assert window.notice.text() == "无法格式化：第 1 行，第 17 列：多余的逗号：在 ']' 之前的 ',' 后应有一个值"
