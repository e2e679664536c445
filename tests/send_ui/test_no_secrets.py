"""No app secret and no tenant token in any file the app writes, nor in its logs."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from designer.cards import parse
from designer.feishu import FeishuClient
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from designer.ui.send.accounts_dialog import AccountsDialog
from designer.ui.send.history_view import HistoryView
from designer.ui.send.recipient_picker import Listing, RecipientPicker
from designer.ui.send.send_panel import SendPanel
from designer.ui.send.session import SendSession
from designer.ui.send.target import SendTarget
from tests.helpers.cards import card_text
from tests.helpers.send_ui import CARD


def test_no_secret_or_token_in_written_files_or_logs(
    qtbot, tmp_path: Path, caplog: pytest.LogCaptureFixture, secret_service: None, sandbox: SandboxServer
) -> None:
    caplog.set_level(logging.DEBUG)
    session = SendSession()
    # Add the profile through the dialog, test it, then pick, send, bulk send, delete.
    dialog = AccountsDialog(session)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.findChild(QPushButton, "addProfile"), Qt.MouseButton.LeftButton)
    dialog.findChild(QLineEdit, "profileName").setText("s")
    region = dialog.findChild(QComboBox, "profileRegion")
    region.setCurrentIndex(region.findData("custom"))
    dialog.findChild(QLineEdit, "profileBaseUrl").setText(sandbox.base_url)
    dialog.findChild(QLineEdit, "profileAppId").setText(DEMO_APP_ID)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "profileSecret"), DEMO_APP_SECRET)
    # The secret is stored in the worker: wait for the keyring check (Save is off until then),
    # then for the save.
    qtbot.waitUntil(dialog.findChild(QPushButton, "saveProfile").isEnabled, timeout=5_000)
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveProfile"), Qt.MouseButton.LeftButton)
    assert saved.args[0] is True, saved.args[1]
    with qtbot.waitSignal(dialog.connection_tested, timeout=10_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "testConnection"), Qt.MouseButton.LeftButton)

    target = SendTarget()
    picker = RecipientPicker(session, target)
    panel = SendPanel(session, target, lambda: parse(card_text(CARD)))
    history = HistoryView(session)
    for widget in (picker, panel, history):
        qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)
    picker.select_chat(demo.TEAM_CHAT_ID)
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.member_model.rowCount() == 8, timeout=10_000)
    picker.member_model.set_all_checked(True)
    with qtbot.waitSignal(panel.send_finished, timeout=15_000) as finished:
        panel.send()
    assert finished.args[0].sent == 7 and finished.args[0].failed == 1  # 陈静 is outside availability
    qtbot.waitUntil(lambda: not history.is_loading(), timeout=10_000)
    history.select_entry(next(e.id for e in session.history_store.entries() if e.status == "sent"))
    with qtbot.waitSignal(history.delete_finished, timeout=10_000):
        history.delete_selected()
    # A failing token call too (its error text must not quote the secret).
    sandbox.faults.expire_tokens()
    picker.load_chats()
    qtbot.waitUntil(lambda: not picker.is_loading(), timeout=10_000)
    session.close()

    # The token the app used: the sandbox hands out the same one while it is fresh.
    with FeishuClient(sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:
        token = client.auth.tenant_token()
    assert token.startswith("t-")
    secrets = [DEMO_APP_SECRET.encode(), token.encode()]

    written = [path for path in (tmp_path / "xdg").rglob("*") if path.is_file()]
    names = {path.name for path in written}
    assert {"profiles.json", "history.jsonl", "settings.json"} <= names, names
    for path in written:
        content = path.read_bytes()
        for secret in secrets:
            assert secret not in content, f"{path} holds a secret"
    logs = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert caplog.records, "expected some log records to check"
    for secret in secrets:
        assert secret.decode() not in logs
    # Nor in what the widgets show.
    shown = " ".join(
        [
            dialog.status_text(),
            panel.status_text(),
            history.status_text(),
            picker.progress_text(Listing.CHATS),
        ]
    )
    for secret in secrets:
        assert secret.decode() not in shown
