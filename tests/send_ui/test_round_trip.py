"""The ephemeral scenario end to end in the real window against a real sandbox over loopback:
Tools > Private form round trip..., pick the chat and the admin, Run all (listen, send the form),
the admin submits (POST /sandbox/v1/actions, as the client would), the final card shows the
values, the form is deleted from the inbox, the final card is posted to the chat; then the
history keeps both apart with their actions: update and recall of the posted card, and an
update refused on the ephemeral card with the reason and what to do instead."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QListView, QMessageBox, QPushButton, QTableView

from designer.cards.fill import variable_names
from designer.recipients import SendKind
from designer.sandbox import SandboxServer, demo
from designer.store.history import SendStatus
from designer.store.profiles import Profile
from designer.ui import MainWindow
from designer.ui.send import SendFeatures
from designer.ui.send.round_trip import RoundTripDialog, Step, StepState
from tests.helpers.send_ui import shot

ROOT = Path(__file__).resolve().parents[2]
FORM = ROOT / "resources" / "templates" / "todo-reminder-form.json"
FINAL = ROOT / "resources" / "templates" / "todo-reminder-posted.json"
SUBMITTED = {
    "todo_title": "提交 Q4 OKR 自评 📝",
    "todo_detail": "链接见群公告",
    "due_date": "2026-12-04",
    "remind_time": "10:00",
    "repeat": "weekly",
    "owners": [demo.ALICE_OPEN_ID],
    "need_confirm": True,
}


@pytest.fixture
def window(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sandbox_profile: Profile
) -> Iterator[MainWindow]:
    path = tmp_path / "form.json"
    path.write_text(FORM.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    w = MainWindow(str(path))
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    yield w
    features = w.send_features
    if features.round_trip is not None:
        features.round_trip.panel.cancel()
    features.shutdown()


def click_row(qtbot: Any, view: QListView | QTableView, index: QModelIndex) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def find_row(view: QListView, text: str) -> QModelIndex:
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if text in str(index.data()):
            return index
    raise AssertionError(f"{text!r} not listed in {view.objectName()}")


def submit_as_admin(sandbox: SandboxServer, message_id: str) -> dict[str, Any]:
    """What the admin's client does on "发送到群": the sandbox's action endpoint (it waits for the
    app's answer, so it runs beside the GUI thread, which must stay free to hear the callback)."""
    answer: dict[str, Any] = {}

    def act() -> None:
        reply = httpx.post(
            f"{sandbox.base_url}/sandbox/v1/actions",
            json={
                "message_id": message_id,
                "open_id": demo.ALICE_OPEN_ID,
                "action": {"tag": "button", "name": "submit", "form_value": SUBMITTED},
            },
            timeout=20,
        )
        answer.update(reply.json())

    thread = threading.Thread(target=act)
    thread.start()
    answer["_thread"] = thread
    return answer


def test_the_private_form_round_trip_and_the_history_after_it(
    qtbot: Any, window: MainWindow, sandbox: SandboxServer
) -> None:
    features = window.send_features
    assert isinstance(features, SendFeatures)
    # -- Tools > Private form round trip...
    features.round_trip_action.trigger()
    dialog = features.round_trip
    assert isinstance(dialog, RoundTripDialog)
    panel = dialog.panel
    qtbot.waitExposed(dialog)

    # -- pick the chat and the admin as a person does
    picker = panel.picker
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)
    chat_list = picker.findChild(QListView, "chatList")
    click_row(qtbot, chat_list, find_row(chat_list, "Product Design"))
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.member_model.rowCount() == 8, timeout=10_000)
    member_list = picker.findChild(QListView, "memberList")
    click_row(qtbot, member_list, find_row(member_list, "Alice"))
    assert panel.target.chat_id == demo.TEAM_CHAT_ID
    assert [r.value for r in panel.target.recipients] == [demo.ALICE_OPEN_ID]

    # -- Run all: listen, then the form goes to Alice only, then it waits for her
    qtbot.mouseClick(panel.findChild(QPushButton, "runAll"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.states[Step.WAIT] is StepState.RUNNING, timeout=20_000)
    assert panel.states[Step.LISTEN] is StepState.DONE and panel.states[Step.SEND] is StepState.DONE
    assert "waiting for Alice" in panel.step_text(Step.WAIT)
    (form,) = sandbox.inbox()
    assert form.open_id == demo.ALICE_OPEN_ID and not form.deleted
    assert form.card == json.loads(FORM.read_text(encoding="utf-8"))["card"]
    shot(dialog, "round-trip-waiting")

    # -- Alice submits in her client
    answer = submit_as_admin(sandbox, form.message_id)
    qtbot.waitUntil(lambda: panel.states[Step.POST] is StepState.DONE, timeout=20_000)
    answer.pop("_thread").join(10)
    assert answer.get("code") == 0, answer
    assert all(panel.states[step] is StepState.DONE for step in Step), panel.states

    # The final card shows the values (emoji and all), no placeholder left.
    final = panel.final_card
    assert final is not None
    assert final["header"]["title"]["content"] == "📌 群待办：提交 Q4 OKR 自评 📝"
    assert "2026-12-04" in json.dumps(final, ensure_ascii=False)
    assert variable_names(final) == []
    # Posted for everyone: drawn without the "Only visible to you" badge.
    scene = panel.preview.scene()
    assert scene is not None and scene.badge is None
    # The form is gone from Alice's chat; the final card is in the chat for everyone.
    assert [entry.deleted for entry in sandbox.inbox()] == [True]
    (posted,) = sandbox.messages()
    assert posted.chat_id == demo.TEAM_CHAT_ID and posted.card == final
    assert posted.message_id == panel.posted_message_id
    shot(dialog, "round-trip-done")
    dialog.close()

    # -- the history keeps the two apart, each with what can still be done to it
    history = features.history
    table = history.findChild(QTableView, "historyTable")
    qtbot.waitUntil(lambda: not history.is_loading() and history.model.rowCount() == 2, timeout=10_000)
    kinds = {history.model.entry(row).kind for row in range(2)}
    assert kinds == {SendKind.EPHEMERAL, SendKind.GROUP}
    history.set_kind_filter(SendKind.GROUP)
    assert history.model.rowCount() == 1
    click_row(qtbot, table, history.model.index(0, 0))
    group_entry = history.selected_entry()
    assert group_entry is not None and group_entry.message_id == posted.message_id
    update = history.findChild(QPushButton, "updatePosted")
    recall = history.findChild(QPushButton, "recallPosted")
    delete = history.findChild(QPushButton, "deleteEphemeral")
    assert update.isEnabled() and recall.isEnabled() and not delete.isEnabled()
    features.history_dock.raise_()
    shot(window, "round-trip-history")

    # Update in place: the open document (the final card, edited) replaces the posted card.
    edited = dict(
        final, header={"title": {"tag": "plain_text", "content": "📌 已改期"}, "template": "orange"}
    )
    window.editor.selectAll()
    window.editor.insertPlainText(json.dumps(edited, ensure_ascii=False, indent=2))
    with qtbot.waitSignal(history.action_finished, timeout=15_000) as updated:
        qtbot.mouseClick(update, Qt.MouseButton.LeftButton)
    assert updated.args[:2] == ["update", True], updated.args
    assert sandbox.messages()[0].card == edited and sandbox.messages()[0].updates == 1
    qtbot.waitUntil(
        lambda: history.selected_entry() is not None and history.selected_entry().updated_at is not None,
        timeout=10_000,
    )

    # Recall: gone from the chat, recorded, and nothing more offered.
    with qtbot.waitSignal(history.action_finished, timeout=15_000) as recalled:
        qtbot.mouseClick(recall, Qt.MouseButton.LeftButton)
    assert recalled.args[:2] == ["recall", True], recalled.args
    assert sandbox.messages()[0].recalled
    qtbot.waitUntil(
        lambda: (e := history.selected_entry()) is not None and e.status == SendStatus.RECALLED,
        timeout=10_000,
    )
    assert not update.isEnabled() and not recall.isEnabled()
    assert "recalled" in recall.toolTip()

    # -- the ephemeral form: only Delete applies (deleted already); update says why and what instead
    history.set_kind_filter(SendKind.EPHEMERAL)
    click_row(qtbot, table, history.model.index(0, 0))
    ephemeral = history.selected_entry()
    assert ephemeral is not None and ephemeral.kind == SendKind.EPHEMERAL
    assert not update.isEnabled()
    assert "An ephemeral card cannot be updated" in update.toolTip()
    history.update_selected()  # as a keyboard shortcut or a script might: refused, with the reason
    assert "cannot be updated or recalled: delete it" in history.status_text()
    assert len(sandbox.messages()) == 1 and sandbox.messages()[0].updates == 1  # nothing was sent


def test_each_step_by_hand_says_what_is_missing_and_cancel_stops_waiting(
    qtbot: Any, window: MainWindow, sandbox: SandboxServer
) -> None:
    features = window.send_features
    dialog = features.open_round_trip(window)
    panel = dialog.panel
    qtbot.waitExposed(dialog)
    # Nothing picked: Run all says what to pick; steps taken out of order say which comes first.
    qtbot.mouseClick(panel.findChild(QPushButton, "runAll"), Qt.MouseButton.LeftButton)
    assert "Pick the chat and the member" in panel.status_text()
    qtbot.mouseClick(panel.findChild(QPushButton, "do_fill"), Qt.MouseButton.LeftButton)
    assert panel.states[Step.FILL] is StepState.FAILED and "Nothing submitted yet" in panel.step_text(
        Step.FILL
    )
    qtbot.mouseClick(panel.findChild(QPushButton, "do_wait"), Qt.MouseButton.LeftButton)
    assert "take step 1 first" in panel.step_text(Step.WAIT)

    picker = panel.picker
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)
    click_row(
        qtbot,
        picker.findChild(QListView, "chatList"),
        find_row(picker.findChild(QListView, "chatList"), "Product Design"),
    )
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.member_model.rowCount() == 8, timeout=10_000)
    click_row(
        qtbot,
        picker.findChild(QListView, "memberList"),
        find_row(picker.findChild(QListView, "memberList"), "Alice"),
    )
    # By hand: listen, send, wait.
    for step in (Step.LISTEN, Step.SEND):
        qtbot.mouseClick(panel.findChild(QPushButton, f"do_{step.value}"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda step=step: panel.states[step] is StepState.DONE, timeout=20_000)
    assert panel.states[Step.WAIT] is not StepState.RUNNING  # by hand, nothing runs on its own
    qtbot.mouseClick(panel.findChild(QPushButton, "do_wait"), Qt.MouseButton.LeftButton)
    assert "waiting for Alice" in panel.step_text(Step.WAIT)
    qtbot.mouseClick(panel.findChild(QPushButton, "cancelRoundTrip"), Qt.MouseButton.LeftButton)
    assert panel.states[Step.WAIT] is StepState.FAILED and "cancelled" in panel.step_text(Step.WAIT)
    assert panel.states[Step.LISTEN] is StepState.PENDING
    # No one listens any more: the form stays, nothing is posted.
    qtbot.waitUntil(lambda: sandbox.callbacks.connected() == 0, timeout=10_000)
    assert panel.submit is None and sandbox.messages() == []
    assert [entry.deleted for entry in sandbox.inbox()] == [False]


def test_closing_the_window_ends_the_flows_long_connection(
    qtbot: Any, window: MainWindow, sandbox: SandboxServer
) -> None:
    dialog = window.send_features.open_round_trip(window)
    panel = dialog.panel
    picker = panel.picker
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)
    chats = picker.findChild(QListView, "chatList")
    click_row(qtbot, chats, find_row(chats, "Product Design"))
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.member_model.rowCount() == 8, timeout=10_000)
    members = picker.findChild(QListView, "memberList")
    click_row(qtbot, members, find_row(members, "Alice"))
    qtbot.mouseClick(panel.findChild(QPushButton, "do_listen"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.states[Step.LISTEN] is StepState.DONE, timeout=20_000)
    assert sandbox.callbacks.connected() == 1
    window.close()
    qtbot.waitUntil(lambda: sandbox.callbacks.connected() == 0, timeout=10_000)
