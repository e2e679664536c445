"""The session sends and deletes through the core's send service and announces each change once."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from designer.feishu import Recipient
from designer.sandbox import SandboxServer, demo
from designer.sending import Delivery
from designer.store.history import SendStatus
from designer.store.profiles import Profile
from designer.ui.send.session import SendSession
from tests.helpers.send_ui import CARD


def test_a_send_and_a_delete_are_each_recorded_and_announced_once(
    qtbot, session: SendSession, sandbox: SandboxServer, sandbox_profile: Profile
) -> None:
    announced: list[str] = []
    session.history_changed.connect(lambda: announced.append("changed"))
    deliveries = [
        Delivery(demo.TEAM_CHAT_ID, Recipient("open_id", demo.ALICE_OPEN_ID), "产品设计组"),
        Delivery(demo.TEAM_CHAT_ID, Recipient("open_id", demo.ZHANG_WEI_OPEN_ID), "产品设计组"),
    ]
    outcome = session.send(sandbox_profile, CARD, deliveries)
    assert outcome.report.sent == 2
    qtbot.waitUntil(lambda: bool(announced), timeout=5_000)
    QApplication.processEvents()  # anything else queued by the send would arrive now
    assert announced == ["changed"]  # one send of two cards: one change
    entries = session.history_store.entries()
    assert {e.status for e in entries} == {SendStatus.SENT} and len(entries) == 2

    message_id = outcome.report.items[0].message_id or ""
    assert session.delete(sandbox_profile, message_id).already_deleted is None
    qtbot.waitUntil(lambda: len(announced) == 2, timeout=5_000)
    QApplication.processEvents()
    assert announced == ["changed", "changed"]
    deleted = session.history_store.find_message(message_id)
    assert deleted is not None and deleted.status is SendStatus.DELETED
