"""In a Chinese window a refused send and a failed connection test say what to do in Chinese,
in Feishu's words (the hint from designer.feishu, translated through the CoreMessages context)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton

from designer.cards import parse
from designer.feishu import FeishuClient, Recipient
from designer.messages import Message
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from designer.sending import Delivery, Sender, SendService
from designer.store.history import HistoryEntry, HistoryStore
from designer.store.profiles import Profile
from designer.ui.callbacks_pane import parse_i18n
from designer.ui.resources import resource_path
from designer.ui.send.accounts_dialog import AccountsDialog
from designer.ui.send.errors import describe_error
from designer.ui.send.models import HistoryModel
from designer.ui.send.send_panel import SendPanel
from designer.ui.send.session import NoSecret, SendSession
from designer.ui.send.target import SendTarget
from tests.helpers.cards import card_text
from tests.helpers.send_ui import CARD, shot

from .test_accounts import _fill


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load("card_designer_zh_CN", str(resource_path("translations")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_a_refused_send_says_what_to_do_in_chinese(
    qtbot, chinese: None, sandbox: SandboxServer, session: SendSession
) -> None:
    target = SendTarget()
    panel = SendPanel(session, target, lambda: parse(card_text(CARD)))
    qtbot.addWidget(panel)
    panel.resize(520, 300)
    panel.show()
    target.set_chat(demo.TEAM_CHAT_ID, "研发群")
    target.set_recipients([Recipient("open_id", demo.NOT_IN_TEAM_OPEN_ID, "王五")])
    with qtbot.waitSignal(panel.send_finished, timeout=10_000):
        panel.send()
    status = panel.status_text()
    assert "接收者不是此群组的成员：请从群成员列表中选择。" in status, status
    assert f"发送仅特定人可见的卡片（群组 {demo.TEAM_CHAT_ID}，接收者 open_id " in status, status
    shot(panel, "failed-zh")
    # The history keeps the failure in no one's language (a command in the C locale reads it in
    # English) and the window words it in its own when it shows the entry.
    (entry,) = session.history_store.entries()
    assert isinstance(entry.error, Message) and "not a member of this chat" in entry.error
    assert "接收者不是此群组的成员：请从群成员列表中选择。" in _history_tooltip(entry)


def _history_tooltip(entry: HistoryEntry) -> str:
    model = HistoryModel()
    model.set_entries([entry])
    tip = model.data(model.index(0, HistoryModel.COLUMNS.index("status")), Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tip, str)
    return tip


def test_a_failure_the_command_line_recorded_reads_in_chinese_in_a_chinese_window(
    chinese: None, sandbox: SandboxServer, tmp_path: Path
) -> None:
    history = HistoryStore(tmp_path / "history.jsonl")
    with FeishuClient(sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:  # as `card-designer send` does
        SendService(history).send(
            client,
            Sender("", sandbox.base_url),
            json.loads(card_text(CARD)),
            [Delivery(demo.TEAM_CHAT_ID, Recipient("open_id", demo.NOT_IN_TEAM_OPEN_ID))],
        )
    (entry,) = HistoryStore(history.path).entries()
    tip = _history_tooltip(entry)
    assert "接收者不是此群组的成员：请从群成员列表中选择。" in tip, tip
    # (Feishu's own msg stays as Feishu said it: data, not the app's words)
    assert "[错误码 230002，HTTP 400" in tip and "ephemeral send (" not in tip and "code 230002" not in tip, tip


def test_a_failed_connection_test_is_explained_in_chinese(
    qtbot, chinese: None, secret_service: None, sandbox: SandboxServer
) -> None:
    dialog = AccountsDialog(SendSession())
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, qtbot, name="演示", url=sandbox.base_url, app_id=DEMO_APP_ID, secret="not-the-secret")
    with qtbot.waitSignal(dialog.connection_tested, timeout=15_000) as tested:
        qtbot.mouseClick(dialog.findChild(QPushButton, "testConnection"), Qt.MouseButton.LeftButton)
    assert tested.args[0] is False
    status = dialog.status_text()
    assert "App Secret 错误：请从开发者后台（凭证与基础信息）重新复制。" in status, status
    shot(dialog, "accounts-failed-zh")


def test_a_profile_name_that_cannot_be_is_explained_in_chinese(
    qtbot, chinese: None, secret_service: None, sandbox: SandboxServer
) -> None:
    dialog = AccountsDialog(SendSession())
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, qtbot, name="名" * 70, url=sandbox.base_url, app_id=DEMO_APP_ID, secret="s")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveProfile"), Qt.MouseButton.LeftButton)
    status = dialog.status_text()
    assert "超过 64 个字符" in status and "配置名称" in status, status
    shot(dialog, "accounts-bad-name-zh")


def test_the_accounts_dialog_names_feishu_in_chinese(qtbot, chinese: None) -> None:
    dialog = AccountsDialog(SendSession())
    qtbot.addWidget(dialog)
    region = dialog.findChild(QComboBox, "profileRegion")
    assert region.itemText(region.findData("feishu")) == "飞书 (open.feishu.cn)"
    assert "端口" in dialog.findChild(QLineEdit, "profileBaseUrl").placeholderText()


def test_a_profile_without_its_secret_is_explained_in_chinese(
    chinese: None, secret_service: None, sandbox: SandboxServer
) -> None:
    session = SendSession()
    try:
        with pytest.raises(NoSecret) as caught:
            session.open_client(Profile("无密钥", "custom", DEMO_APP_ID, sandbox.base_url))
    finally:
        session.close()
    said = describe_error(caught.value)
    assert said == "配置 '无密钥' 在系统钥匙串中没有 App Secret — 请打开“账号”，编辑该配置并输入其 App Secret。", said


def test_toast_translations_that_are_not_locale_and_text_are_named_in_chinese(chinese: None) -> None:
    with pytest.raises(ValueError) as caught:
        parse_i18n("zh_cn: 已提交; en_us Submitted")
    assert str(caught.value) == "'en_us Submitted' 不是“语言: 文本”的形式（例如 zh_cn: 已提交）"
