"""The whole send path in the real designer window, against a real sandbox over loopback HTTP:
add a profile (real keyring), test the connection, pick a chat and a member, send with
Ctrl+Enter, see the message id, the history and the recipient's inbox, delete, reopen."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
)

from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from designer.store import credentials
from designer.store.settings import load_settings
from designer.ui import MainWindow
from designer.ui.send import SendFeatures
from designer.ui.send.accounts_dialog import AccountsDialog
from designer.ui.send.inbox_view import InboxView
from tests.helpers.cards import card_text
from tests.helpers.send_ui import CARD, shot, show_send_pane


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    path = tmp_path / "release.json"
    path.write_text(card_text(CARD), encoding="utf-8")
    # Closing asks about unsaved changes (after "reopen"): answer "discard" at teardown.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    w = MainWindow(str(path))
    qtbot.addWidget(w)
    w.resize(1500, 950)
    w.show()
    yield w
    w.send_features.shutdown()


def features_of(window: MainWindow) -> SendFeatures:
    features = window.send_features
    assert isinstance(features, SendFeatures)
    return features


def click_row(qtbot, view: QListView | QTableView, index: QModelIndex) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def find_row(view: QListView, text: str) -> QModelIndex:
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if text in str(index.data()):
            return index
    raise AssertionError(f"{text!r} not listed in {view.objectName()}")


def test_whole_send_path(qtbot, window: MainWindow, sandbox: SandboxServer, secret_service: None) -> None:
    features = features_of(window)
    picker, panel, history = features.picker, features.panel, features.history

    # -- 1. add a profile in Accounts (opened from the toolbar's profile menu), test it
    assert features.switcher.text() == "No profile"
    with qtbot.waitSignal(features.accounts_dialog_opened) as opened:
        next(a for a in features.switcher.menu().actions() if a.objectName() == "openAccounts").trigger()
    dialog: AccountsDialog = opened.args[0]
    qtbot.mouseClick(dialog.findChild(QPushButton, "addProfile"), Qt.MouseButton.LeftButton)
    dialog.findChild(QLineEdit, "profileName").setText("sandbox")
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
    assert credentials.get_secret("sandbox") == DEMO_APP_SECRET
    with qtbot.waitSignal(dialog.connection_tested, timeout=10_000) as tested:
        qtbot.mouseClick(dialog.findChild(QPushButton, "testConnection"), Qt.MouseButton.LeftButton)
    assert tested.args[0] is True, dialog.status_text()
    dialog.accept()

    # The profile is active: status bar and toolbar say so.
    assert features.status_label.text() == "Profile: sandbox"
    assert features.switcher.text() == "Profile: sandbox"
    assert [a.text() for a in features.switcher.profile_actions()] == ["sandbox"]

    # -- 2. the Send tab shows the chats (the bot's 4: the one it left is not listed), search, pick
    show_send_pane(qtbot, window)
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)
    chat_list = picker.findChild(QListView, "chatList")
    qtbot.keyClicks(picker.findChild(QLineEdit, "chatSearch"), "product")
    assert chat_list.model().rowCount() == 1
    click_row(qtbot, chat_list, chat_list.model().index(0, 0))
    assert features.target.chat_id == demo.TEAM_CHAT_ID
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.member_model.rowCount() == 8, timeout=10_000)

    # -- 3. members: search and pick Alice
    member_list = picker.findChild(QListView, "memberList")
    qtbot.keyClicks(picker.findChild(QLineEdit, "memberSearch"), "alice")
    assert member_list.model().rowCount() == 1
    click_row(qtbot, member_list, member_list.model().index(0, 0))
    assert [r.value for r in features.target.recipients] == [demo.ALICE_OPEN_ID]
    assert "Alice Chen" in panel.findChild(type(panel._to), "sendTo").text()
    features.send_dock.raise_()
    shot(window, "3-picker")

    # -- 4. send with Ctrl+Enter from the editor (shortcuts need the active window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.editor.setFocus()
    with qtbot.waitSignal(panel.send_finished, timeout=15_000) as finished:
        qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    report = finished.args[0]
    assert report.sent == 1
    inbox = sandbox.inbox()
    assert len(inbox) == 1 and inbox[0].open_id == demo.ALICE_OPEN_ID
    assert inbox[0].card == json.loads(card_text(CARD))
    message_id = inbox[0].message_id
    assert panel.message_id() == message_id
    assert panel.findChild(QPushButton, "copyMessageId").isEnabled()
    assert "Sent." in panel.status_text()
    # The editor text is untouched by Ctrl+Enter (no newline typed).
    assert window.editor.toPlainText() == card_text(CARD)
    shot(window, "4-sent")

    # Remembered for next time (recent chats and recipients of this profile).
    settings = load_settings()
    assert settings.recent_chats["sandbox"][0].chat_id == demo.TEAM_CHAT_ID
    assert settings.recent_recipients["sandbox"][0].value == demo.ALICE_OPEN_ID

    # -- 5. the history lists it
    table = history.findChild(QTableView, "historyTable")
    qtbot.waitUntil(lambda: not history.is_loading() and history.model.rowCount() == 1, timeout=10_000)
    entry = history.model.entry(0)
    assert (entry.message_id, entry.status, entry.chat_id, entry.recipient) == (
        message_id,
        "sent",
        demo.TEAM_CHAT_ID,
        demo.ALICE_OPEN_ID,
    )
    row_text = [history.model.index(0, c).data() for c in range(history.model.columnCount())]
    assert row_text[1:] == ["sandbox", "产品设计组 Product Design", "Alice Chen", message_id, "sent"]

    # -- 6. the recipient's inbox draws it
    inbox_view = InboxView(sandbox.inbox)
    qtbot.addWidget(inbox_view)
    inbox_view.resize(560, 760)
    inbox_view.show()
    inbox_view.refresh()
    assert inbox_view.shown_message_id() == message_id
    assert "Alice Chen" in inbox_view.heading_text() and "sees this card" in inbox_view.heading_text()
    drawn = [element.text for element in inbox_view.card_view.drawn_elements()]
    assert any("v2.4.0" in (text or "") for text in drawn), drawn
    shot(inbox_view, "6-inbox")

    # -- 7. delete it from the history
    click_row(qtbot, table, history.model.index(0, 0))
    with qtbot.waitSignal(history.delete_finished, timeout=10_000) as deleted:
        qtbot.mouseClick(history.findChild(QPushButton, "deleteEphemeral"), Qt.MouseButton.LeftButton)
    assert deleted.args[:2] == [message_id, True]
    assert sandbox.inbox()[0].deleted
    qtbot.waitUntil(lambda: not history.is_loading(), timeout=10_000)
    assert history.model.entry(0).status == "deleted" and history.model.entry(0).deleted_at is not None
    assert "no longer sees" in history.status_text()
    assert not history.findChild(QPushButton, "deleteEphemeral").isEnabled()
    features.history_dock.raise_()
    shot(window, "5-history-deleted")
    inbox_view.refresh()
    assert "no longer sees this card" in inbox_view.heading_text()

    # -- 8. reopen the sent card as a new document
    qtbot.mouseClick(history.findChild(QPushButton, "reopenCard"), Qt.MouseButton.LeftButton)
    assert json.loads(window.editor.toPlainText()) == json.loads(card_text(CARD))
    assert "Alice Chen" in window.windowTitle()


def test_card_errors_block_the_send_and_point_at_the_problem(
    qtbot, window: MainWindow, sandbox: SandboxServer, sandbox_profile
) -> None:
    features = features_of(window)
    bad = json.loads(card_text(CARD))
    bad["elements"].append({"tag": "buton"})
    window.editor.setPlainText(card_text(bad))
    features.target.set_chat(demo.TEAM_CHAT_ID)
    features.picker.set_recipient_text(demo.ALICE_OPEN_ID)
    with qtbot.waitSignal(features.panel.send_blocked) as blocked:
        features.panel.send_action.trigger()
    assert "unknown-tag" in blocked.args[0]
    assert "Not sent: the card has 1 error" in features.panel.status_text()
    assert "did you mean 'button'" in features.panel.status_text()
    # The editor selects the bad value.
    assert window.editor.textCursor().selectedText() == '"buton"'
    assert sandbox.inbox() == []
    shot(features.panel, "4b-blocked-by-errors")


def test_warnings_ask_first_and_cancel_or_send(
    qtbot, window: MainWindow, sandbox: SandboxServer, sandbox_profile
) -> None:
    features = features_of(window)
    card = json.loads(card_text(CARD))
    card["config"]["enable_forward"] = True  # ephemeral cards cannot be forwarded: a warning
    window.editor.setPlainText(card_text(card))
    features.target.set_chat(demo.TEAM_CHAT_ID, "产品设计组 Product Design")
    features.picker.set_recipient_text(demo.ALICE_OPEN_ID)

    with qtbot.waitSignal(features.panel.warnings_confirmation_requested) as asked:
        features.panel.send()
    box: QMessageBox = asked.args[0]
    assert "1 warning" in box.text() and "enable_forward" in box.informativeText()
    shot(box, "4c-warnings-confirm")
    with qtbot.waitSignal(features.panel.send_blocked):
        box.button(QMessageBox.StandardButton.Cancel).click()
    assert sandbox.inbox() == []

    with qtbot.waitSignal(features.panel.warnings_confirmation_requested) as asked:
        features.panel.send()
    with qtbot.waitSignal(features.panel.send_finished, timeout=10_000):
        asked.args[0].button(QMessageBox.StandardButton.Yes).click()
    assert len(sandbox.inbox()) == 1
