"""The send history: entries from earlier runs, copy, reopen, delete results recorded."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget

from designer.feishu import FeishuClient
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from designer.store.history import HistoryEntry, HistoryStore
from designer.store.profiles import Profile
from designer.ui.send.history_view import HistoryView
from designer.ui.send.session import SendSession

from .conftest import CARD, shot


def _sent_entry(
    sandbox: SandboxServer, profile: Profile, open_id: str = demo.ALICE_OPEN_ID, name: str = "Alice Chen"
) -> HistoryEntry:
    """Send a card for real (as an earlier run did) and record it the way the panel does."""
    with FeishuClient(sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:
        result = client.ephemeral.send(demo.TEAM_CHAT_ID, CARD, open_id=open_id)
    entry = HistoryEntry(
        profile=profile.name,
        base_url=profile.api_base_url,
        chat_id=demo.TEAM_CHAT_ID,
        chat_name="产品设计组 Product Design",
        recipient_kind="open_id",
        recipient=open_id,
        recipient_name=name,
        message_id=result.message_id,
        card=CARD,
        status="sent",
    )
    HistoryStore().append(entry)
    return entry


def test_history_lists_earlier_sends_reopens_and_copies(
    qtbot, session: SendSession, sandbox: SandboxServer, sandbox_profile: Profile
) -> None:
    first = _sent_entry(sandbox, sandbox_profile)
    second = _sent_entry(sandbox, sandbox_profile, demo.ZHANG_WEI_OPEN_ID, "张伟")
    opened: list[tuple[str, str]] = []
    view = HistoryView(session, lambda text, title: opened.append((text, title)))
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    assert view.model.rowCount() == 2
    assert view.model.entry(0).id == second.id  # newest first
    assert not view.findChild(QPushButton, "reopenCard").isEnabled()

    assert view.select_entry(first.id)
    qtbot.mouseClick(view.findChild(QPushButton, "copyHistoryMessageId"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == first.message_id
    qtbot.mouseClick(view.findChild(QPushButton, "reopenCard"), Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    text, title = opened[0]
    assert json.loads(text) == CARD and title == "Sent to Alice Chen"


def test_delete_twice_and_a_failed_delete_are_recorded(
    qtbot, session: SendSession, sandbox: SandboxServer, sandbox_profile: Profile
) -> None:
    entry = _sent_entry(sandbox, sandbox_profile)
    view = HistoryView(session)
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)

    # Deleted elsewhere first (e.g. by `card-designer delete`): the answer 18051 still means
    # the recipient no longer sees it, so the entry is recorded as deleted.
    with FeishuClient(sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:
        client.ephemeral.delete(entry.message_id)
    view.select_entry(entry.id)
    with qtbot.waitSignal(view.delete_finished, timeout=10_000) as finished:
        view.delete_selected()
    assert finished.args[1] is True and "deleted already" in view.status_text()
    assert session.history_store.get(entry.id).status == "deleted"

    # A delete that fails (the server answers an error) is recorded with its reason.
    other = _sent_entry(sandbox, sandbox_profile, demo.ZHANG_WEI_OPEN_ID, "张伟")
    view.reload()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    sandbox.faults.answer_next(
        99991672,
        "Access denied. One of the following scopes is required: [im:message]",
        path="/open-apis/ephemeral/v1/delete",
    )
    view.select_entry(other.id)
    with qtbot.waitSignal(view.delete_finished, timeout=10_000) as finished:
        qtbot.mouseClick(view.findChild(QPushButton, "deleteEphemeral"), Qt.MouseButton.LeftButton)
    assert finished.args[1] is False
    assert "Not deleted" in view.status_text() and "im:message" in view.status_text()
    stored = session.history_store.get(other.id)
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    assert stored.status == "delete_failed" and "im:message" in (stored.error or "")
    row = view.model.row_of(other.id)
    assert view.model.index(row, 5).data() == "delete failed"
    # It can be tried again.
    assert view.findChild(QPushButton, "deleteEphemeral").isEnabled()
    shot(view, "5b-history-delete-failed")


class _SlowStore(HistoryStore):
    """The real store on a large history; a read also waits for ``gate`` (set by a GUI timer),
    so it can only end while the GUI thread is free to run that timer."""

    def __init__(self, gate: threading.Event) -> None:
        super().__init__()
        self.gate = gate

    def entries(self) -> list[HistoryEntry]:
        read = super().entries()
        self.gate.wait(10)
        return read


def test_a_large_history_loads_while_the_gui_thread_keeps_running(
    qtbot, session: SendSession, sandbox_profile: Profile
) -> None:
    # 2,000 sends with their cards, as a busy user's history holds (written at once, not fsync'ed
    # line by line: this test is about reading it).
    lines = []
    for number in range(2000):
        entry = HistoryEntry(
            profile=sandbox_profile.name,
            base_url=sandbox_profile.api_base_url,
            chat_id=demo.TEAM_CHAT_ID,
            chat_name=f"群 {number} 🚀",
            recipient_kind="open_id",
            recipient=f"ou_{number}",
            message_id=f"om_{number}",
            card=CARD,
            status="sent",
            sent_at=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=number),
        )
        lines.append(entry.model_dump_json() + "\n")
    HistoryStore().path.write_text("".join(lines), encoding="utf-8")

    gate = threading.Event()
    session.history_store = _SlowStore(gate)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)

    def tick() -> None:
        ticks.append(1)
        if len(ticks) >= 3:
            gate.set()

    timer.timeout.connect(tick)
    timer.start()
    view = HistoryView(session)
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    ticks_when_listed: list[int] = []
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=20_000)
    assert view.model.rowCount() == 2000
    view.model.modelReset.connect(lambda: ticks_when_listed.append(len(ticks)))
    ticks.clear()
    gate.clear()

    session.history_changed.emit()  # e.g. a send ended: read it again
    assert view.is_loading() and view.findChild(QWidget, "historyLoading").isVisible()
    shot(view, "5c-history-loading")
    qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == 2000, timeout=20_000)
    timer.stop()
    # The timer ran while the history was read: the GUI thread was never blocked by the read.
    assert ticks_when_listed and ticks_when_listed[-1] >= 3
    assert not view.findChild(QWidget, "historyLoading").isVisible()
    assert view.model.entry(0).chat_name == "群 1999 🚀"


def test_a_card_posted_to_the_whole_chat_is_listed_apart_and_offers_no_delete(
    qtbot, session: SendSession, sandbox: SandboxServer, sandbox_profile: Profile
) -> None:
    from designer.store.history import group_post_entry

    ephemeral = _sent_entry(sandbox, sandbox_profile)
    with FeishuClient(sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:
        posted = client.messages.send_card(demo.TEAM_CHAT_ID, {"schema": "2.0", "body": {"elements": []}})
        client.messages.recall(posted.message_id)
    store = HistoryStore()
    store.append(
        group_post_entry(
            sandbox_profile.name,
            sandbox_profile.api_base_url,
            demo.TEAM_CHAT_ID,
            "产品设计组 Product Design",
            {"schema": "2.0", "body": {"elements": [{"tag": "markdown", "content": "✅ 已批准 🎉"}]}},
            message_id=posted.message_id,
        )
    )
    store.mark_recalled(posted.message_id)
    view = HistoryView(session)
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    assert view.model.rowCount() == 2
    row = view.model.row_of(store.find_message(posted.message_id).id)  # type: ignore[union-attr]
    recipient = view.model.data(view.model.index(row, view.model.COLUMNS.index("recipient")))
    status = view.model.data(view.model.index(row, view.model.COLUMNS.index("status")))
    color = view.model.data(
        view.model.index(row, view.model.COLUMNS.index("status")), Qt.ItemDataRole.ForegroundRole
    )
    assert (recipient, status) == ("whole chat", "recalled") and color is not None
    delete = view.findChild(QPushButton, "deleteEphemeral")
    assert view.select_entry(store.find_message(posted.message_id).id)  # type: ignore[union-attr]
    assert not delete.isEnabled()  # a group post is recalled, never deleted as an ephemeral card
    assert view.select_entry(ephemeral.id)
    assert delete.isEnabled()
    path = shot(view, "history_group_post")
    assert path.exists()
