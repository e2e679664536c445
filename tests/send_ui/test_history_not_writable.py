"""A send or delete that worked is shown as done even when the history cannot be written
(disk full, read-only data folder): the message id is kept and the status says it was not
recorded, instead of turning the success into "Not sent" / "Not deleted"."""

from __future__ import annotations

from pathlib import Path

from designer.cards import parse
from designer.feishu import FeishuClient, Recipient
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from designer.store.history import HistoryEntry, HistoryStore
from designer.store.profiles import Profile
from designer.ui.send.history_view import HistoryView
from designer.ui.send.send_panel import SendPanel
from designer.ui.send.session import SendSession
from designer.ui.send.target import SendTarget
from tests.helpers.cards import card_text
from tests.helpers.send_ui import CARD


def _unwritable_store(tmp_path: Path) -> HistoryStore:
    # The "folder" of the history file is a regular file: every write (and read) is an OSError.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    return HistoryStore(blocker / "history.jsonl")


def test_send_shows_the_message_id_when_history_cannot_be_written(
    qtbot, session: SendSession, sandbox: SandboxServer, tmp_path: Path
) -> None:
    session.history_store = _unwritable_store(tmp_path)
    target = SendTarget()
    panel = SendPanel(session, target, lambda: parse(card_text(CARD)))
    qtbot.addWidget(panel)
    panel.show()
    target.set_chat(demo.TEAM_CHAT_ID, "chat")
    target.set_recipients([Recipient("open_id", demo.ALICE_OPEN_ID, "Alice Chen")])
    with qtbot.waitSignal(panel.send_finished, timeout=10_000) as finished:
        panel.send()
    item = finished.args[0].items[0]
    assert item.status == "sent" and item.message_id
    assert panel.message_id() == item.message_id
    status = panel.status_text()
    assert "Sent." in status and "not recorded in history" in status and "Not sent" not in status
    assert len(sandbox.inbox()) == 1


def test_delete_is_shown_as_done_when_history_cannot_be_written(
    qtbot, session: SendSession, sandbox: SandboxServer, sandbox_profile: Profile, tmp_path: Path
) -> None:
    with FeishuClient(sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:
        result = client.ephemeral.send(demo.TEAM_CHAT_ID, CARD, open_id=demo.ALICE_OPEN_ID)
    entry = HistoryEntry(
        profile=sandbox_profile.name,
        base_url=sandbox_profile.api_base_url,
        chat_id=demo.TEAM_CHAT_ID,
        chat_name="chat",
        recipient_kind="open_id",
        recipient=demo.ALICE_OPEN_ID,
        recipient_name="Alice Chen",
        message_id=result.message_id,
        card=CARD,
        status="sent",
    )
    session.history_store.append(entry)
    view = HistoryView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    assert view.select_entry(entry.id)
    session.history_store = _unwritable_store(tmp_path)  # the data folder breaks meanwhile
    with qtbot.waitSignal(view.delete_finished, timeout=10_000) as finished:
        view.delete_selected()
    assert finished.args[1] is True, view.status_text()
    # Nothing was written, so the pane does not re-read the history: a re-read of the unwritable
    # file would put "could not be read" over the outcome the person needs ("Deleted").
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    status = view.status_text()
    assert "Deleted" in status and "not recorded in history" in status and "Not deleted" not in status
    assert [m.deleted for m in sandbox.inbox()] == [True]


def test_a_delete_not_recorded_still_announces_the_messages_change(
    qtbot, session: SendSession, sandbox: SandboxServer, sandbox_profile: Profile, tmp_path: Path
) -> None:
    # The sandbox inbox shows the messages themselves: a deleted card must leave it although the
    # history could not record the delete (only the history pane is spared a re-read).
    with FeishuClient(sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:
        result = client.ephemeral.send(demo.TEAM_CHAT_ID, CARD, open_id=demo.ALICE_OPEN_ID)
    session.history_store = _unwritable_store(tmp_path)
    history_changes: list[None] = []
    session.history_changed.connect(lambda: history_changes.append(None))
    with qtbot.waitSignal(session.messages_changed, timeout=10_000):
        outcome = session.delete(sandbox_profile, result.message_id)
    assert outcome.not_recorded is not None
    assert history_changes == []
    assert [m.deleted for m in sandbox.inbox()] == [True]
