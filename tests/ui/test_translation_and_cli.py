"""The Chinese translation loads and reaches the window; the ``card-designer`` GUI arguments."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from designer._cli.gui import build_parser, open_window
from designer.store.settings import Settings, save_settings
from designer.ui import MainWindow
from designer.ui.resources import resource_path
from designer.ui.shortcuts_dialog import ShortcutsDialog


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
    assert menus[-1] == "帮助(&H)"
    assert window.commands.quit_action.text() == "退出(&Q)" and window.commands.system_theme_action.text() == "跟随系统(&S)"
    assert window.palette_dock.windowTitle() == "组件"
    assert window.validity_label.text() == "✓ 有效"
    titles = {
        window.palette_model.item(0).child(row).text()
        for row in range(window.palette_model.item(0).rowCount())
    }
    assert "表格" in titles  # catalog titles come from the CatalogEntry context


def test_the_send_features_speak_chinese_with_the_translation(
    chinese: None, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    features = window.send_features
    assert features.send_dock.windowTitle() == "发送"
    assert features.history_dock.windowTitle() == "发送记录"
    assert features.accounts_action.text() == "账号…"
    assert features.panel.send_action.text() == "发送卡片"
    assert [action.text() for action in window.menuBar().actions()][3] == "工具(&T)"
    picker_labels = {label.text() for label in features.picker.findChildren(QLabel)}
    assert "<b>群聊</b>（机器人所在的群）" in picker_labels
    assert "<b>成员</b>：请先选择群聊" in picker_labels
    buttons = {button.text() for button in features.panel.findChildren(QPushButton)}
    assert {"发送", "取消", "复制"} <= buttons
    assert features.status_label.text() == "无配置"


def test_gui_arguments() -> None:
    args = build_parser().parse_args(["card.json", "--sandbox"])
    assert (args.file, args.sandbox) == ("card.json", True)
    args = build_parser().parse_args([])
    assert (args.file, args.sandbox) == (None, False)


def test_the_gui_starts_with_the_remembered_theme_and_language(qapp: QApplication) -> None:
    save_settings(Settings(ui_theme="dark", ui_language="zh_CN"))
    window = open_window(build_parser().parse_args([]))
    try:
        assert window.commands.dark_action.isChecked()
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
        assert window.menuBar().actions()[0].text() == "文件(&F)"
        # The starter card is written in the window's language too.
        assert '"content": "标题"' in window.editor.toPlainText()
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.deleteLater()
        window.set_theme("light")
        window.close()
        window.deleteLater()


def test_every_string_of_the_window_has_a_chinese_translation(tmp_path: Path) -> None:
    """update.py run on a copy of the .ts: no string without a translation, and the .qm the
    app loads is the compiled .ts (someone translating must also have run update.py)."""
    folder = resource_path("translations")
    spec = importlib.util.spec_from_file_location("translations_update", folder / "update.py")
    assert spec is not None and spec.loader is not None
    update = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update)
    ts, qm = tmp_path / "card_designer_zh_CN.ts", tmp_path / "card_designer_zh_CN.qm"
    shutil.copy(folder / ts.name, ts)
    update.refresh(ts, qm)
    untranslated = [
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None
        and translation.get("type") == "unfinished"
    ]
    assert not untranslated, f"no zh_CN translation for: {untranslated}"
    assert qm.read_bytes() == (folder / qm.name).read_bytes(), "run resources/translations/update.py"
    # argparse's words for the commands: the gettext catalog compiled from the same .ts
    mo = update.mo_path(qm)
    assert mo.read_bytes() == update.mo_path(folder / qm.name).read_bytes(), "run resources/translations/update.py"


def test_the_shortcuts_dialog_in_chinese_names_commands_without_mnemonics(
    chinese: None, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.commands.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    rows = dialog.rows()
    # "退出(&Q)" in the menu, "退出" in the list: the mnemonic is no part of the name.
    assert ("文件", "退出", "Ctrl+Q") in rows
    assert ("编辑", "全选", "Ctrl+A") in rows
    assert ("发送", "发送卡片", "Ctrl+Return, Ctrl+Enter") in rows
    dialog.close()
