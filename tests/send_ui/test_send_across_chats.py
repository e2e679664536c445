"""Members of several chats ticked in the window get one send (issue 10)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QPushButton, QToolButton, QVBoxLayout, QWidget

from designer.cards import parse
from designer.feishu import BulkReport
from designer.sandbox import SandboxServer, demo
from designer.ui.send.recipient_picker import RecipientPicker
from designer.ui.send.send_panel import SendPanel
from designer.ui.send.session import SendSession
from designer.ui.send.target import SendTarget
from tests.helpers.cards import card_text
from tests.helpers.send_ui import CARD, shot


def _click_chat(qtbot, picker: RecipientPicker, chat_id: str, members: int) -> None:
    """Click the chat's row in the chat list, as a person does, and wait for its members."""
    chat_list = picker.findChild(QListView, "chatList")
    row = picker.chat_model.row_of(chat_id)
    index = chat_list.model().index(row, 0)
    chat_list.scrollTo(index)
    QTest.mouseClick(
        chat_list.viewport(), Qt.MouseButton.LeftButton, pos=chat_list.visualRect(index).center()
    )
    qtbot.waitUntil(
        lambda: not picker.is_loading() and picker.member_model.rowCount() == members, timeout=15_000
    )


def test_members_ticked_in_two_chats_all_get_the_card(
    qtbot, session: SendSession, sandbox: SandboxServer
) -> None:
    target = SendTarget()
    host = QWidget()
    picker = RecipientPicker(session, target)
    panel = SendPanel(session, target, lambda: parse(card_text(CARD)))
    layout = QVBoxLayout(host)
    layout.addWidget(picker, 3)
    layout.addWidget(panel, 2)
    qtbot.addWidget(host)
    host.resize(560, 900)
    host.show()
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)
    tick_all = picker.findChild(QToolButton, "selectAllMembers")
    search = picker.findChild(QLineEdit, "memberSearch")
    count = picker.findChild(QLabel, "memberCount")

    # Everyone in the team chat, then the Liams of the big chat.
    _click_chat(qtbot, picker, demo.TEAM_CHAT_ID, 8)
    QTest.mouseClick(tick_all, Qt.MouseButton.LeftButton)
    assert count.text() == "8 of 8 ticked"
    _click_chat(qtbot, picker, demo.BIG_CHAT_ID, 250)
    qtbot.keyClicks(search, "Liam")
    QTest.mouseClick(tick_all, Qt.MouseButton.LeftButton)
    liams = [r.value for r in picker.member_model.checked_recipients()]
    assert liams and all("Liam" in (r.name or "") for r in picker.member_model.checked_recipients())
    assert count.text() == f"{len(liams)} of 250 ticked; {8 + len(liams)} members in 2 chats get the card"
    search.clear()

    # Back in the team chat its ticks are there again (and the big chat's are kept).
    _click_chat(qtbot, picker, demo.TEAM_CHAT_ID, 8)
    assert len(picker.member_model.checked_recipients()) == 8
    assert count.text() == f"8 of 8 ticked; {8 + len(liams)} members in 2 chats get the card"
    assert panel.findChild(QLabel, "sendTo").text() == f"To: <b>{8 + len(liams)} members</b> in 2 chats"
    shot(host, "10-ticked-in-two-chats")

    with qtbot.waitSignal(panel.send_finished, timeout=30_000) as finished:
        QTest.mouseClick(panel.findChild(QPushButton, "sendButton"), Qt.MouseButton.LeftButton)
    report: BulkReport = finished.args[0]
    # 陈静 (team chat) is outside the app's availability; everyone else got it, in their own chat.
    assert (report.sent, report.failed, report.cancelled) == (7 + len(liams), 1, 0)
    assert sorted((e.chat_id, e.open_id) for e in sandbox.inbox()) == sorted(
        [(demo.TEAM_CHAT_ID, p.open_id) for p in demo.PEOPLE[:7]] + [(demo.BIG_CHAT_ID, e) for e in liams]
    )
    assert (
        "in 2 chats" not in panel.status_text() and f"{7 + len(liams)} sent, 1 failed" in panel.status_text()
    )
    assert panel.results.rowCount() == 8 + len(liams)
    # Each send is in the history under its own chat.
    recorded = {(e.chat_id, e.recipient) for e in session.history_store.entries()}
    assert recorded == {(demo.TEAM_CHAT_ID, p.open_id) for p in demo.PEOPLE[:8]} | {
        (demo.BIG_CHAT_ID, e) for e in liams
    }
    shot(host, "10-sent-to-two-chats")
