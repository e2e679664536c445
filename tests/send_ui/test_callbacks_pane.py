"""Callbacks ▸ Listen against the real sandbox over loopback: the window connects, a recipient
clicks the card in the sandbox inbox, the Callbacks pane shows who clicked what on which card
(linked to the send history, the element highlighted in the preview), and the answer chosen
beforehand (a toast, a replacement card) reaches the inbox; a refused app says how to fix it and
a dropped connection comes back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from designer.feishu import ListenerStatus
from designer.sandbox import SandboxServer, demo
from designer.store.member_names import known_name
from designer.ui import MainWindow
from designer.ui.callbacks_pane import AnswerKind
from designer.ui.send import SendFeatures
from tests.helpers.cards import card_text
from tests.helpers.send_ui import CARD, shot, show_send_pane
from tests.helpers.ui import set_text

BUTTON = "/elements/2/actions/0"
REPLACEMENT = {
    "config": {"wide_screen_mode": True},
    "header": {"template": "green", "title": {"tag": "plain_text", "content": "已确认 Confirmed ✅"}},
    "elements": [{"tag": "div", "text": {"tag": "lark_md", "content": "Thanks 🎉 we ship at 18:00."}}],
}


@pytest.fixture
def window(
    qtbot: Any, tmp_path: Path, secret_service: None, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    path = tmp_path / "card.json"
    path.write_text(card_text(CARD), encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow(str(path), sandbox=True)
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    features: SendFeatures = window.send_features
    assert features.sandbox_mode is not None
    qtbot.waitUntil(lambda: features.sandbox_mode.server is not None, timeout=10_000)
    # Reconnect at once after a drop (Feishu's default waits minutes).
    features.sandbox_mode.server.callbacks.client_config.update(ReconnectInterval=0.1, ReconnectNonce=0)
    yield window
    features.shutdown()


def _server(window: MainWindow) -> SandboxServer:
    server = window.send_features.sandbox_mode.server
    assert server is not None
    return server


def _listen(qtbot: Any, window: MainWindow) -> None:
    """Callbacks ▸ Listen, by its shortcut, as a person does."""
    qtbot.keyClick(
        window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )


def _status(window: MainWindow) -> ListenerStatus:
    return window.send_features.callbacks.callbacks.state.status


def _send_to_zhang_wei(qtbot: Any, window: MainWindow) -> str:
    features: SendFeatures = window.send_features
    picker = features.picker
    show_send_pane(qtbot, window)
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)
    assert picker.select_chat(demo.TEAM_CHAT_ID)
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.member_model.rowCount() == 8, timeout=10_000)
    assert picker.select_member(demo.ZHANG_WEI_OPEN_ID, tick=True)
    with qtbot.waitSignal(features.panel.send_finished, timeout=15_000) as finished:
        features.panel.send()
    report = finished.args[0]
    assert report.sent == 1
    message_id = report.items[0].message_id
    assert message_id
    return str(message_id)


def _click_in_inbox(qtbot: Any, window: MainWindow, message_id: str, pointer: str) -> None:
    """Show the card in the inbox and click the element at ``pointer`` where it is drawn."""
    features: SendFeatures = window.send_features
    inbox = features.inbox
    assert inbox is not None and features.inbox_dock is not None
    features.inbox_dock.raise_()
    inbox.refresh()
    assert inbox.show_message(message_id)
    view = inbox.card_view
    qtbot.waitUntil(lambda: any(e.pointer == pointer for e in view.drawn_elements()), timeout=5_000)
    drawn = next(e for e in view.drawn_elements() if e.pointer == pointer)
    zoom = view.options().zoom or 1.0
    centre = drawn.rect.center()
    qtbot.mouseClick(
        view.canvas(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(round(centre.x() * zoom), round(centre.y() * zoom)),
    )


def test_a_click_in_the_inbox_shows_in_the_pane_and_the_chosen_answers_reach_the_inbox(
    qtbot: Any, window: MainWindow
) -> None:
    features: SendFeatures = window.send_features
    pane = features.callbacks.pane
    _listen(qtbot, window)
    qtbot.waitUntil(lambda: _status(window) is ListenerStatus.CONNECTED, timeout=10_000)
    assert "connected" in pane.state_label.text()
    assert features.callbacks.status_label.text() == "Callbacks: connected"
    assert pane.listen_action.isChecked()

    message_id = _send_to_zhang_wei(qtbot, window)

    # The answer is chosen before the click arrives: a success toast.
    pane.answer_kind.setCurrentIndex(pane.answer_kind.findData(AnswerKind.TOAST))
    pane.toast_type.setCurrentIndex(pane.toast_type.findData("success"))
    qtbot.keyClicks(pane.toast_text, "Got it, thanks")
    pane.toast_i18n.insert("zh_cn: 收到 👍")  # non-ASCII is inserted, as an input method commits it
    assert features.callbacks.callbacks.choice().kind is AnswerKind.TOAST

    # The recipient's client is in Chinese: it shows the toast's zh_cn text.
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        _click_in_inbox(qtbot, window, message_id, BUTTON)
        inbox = features.inbox
        assert inbox is not None
        qtbot.waitUntil(lambda: inbox.toast_text() == "收到 👍", timeout=10_000)
    finally:
        QLocale.setDefault(previous)
    assert _server(window).inbox()[0].toasts == (
        {"type": "success", "content": "Got it, thanks", "i18n": {"zh_cn": "收到 👍"}},
    )
    shot(window, "callbacks-inbox-toast")

    # The pane's row: who (the member's name from the history), which card, which element.
    qtbot.waitUntil(lambda: pane.table.rowCount() == 1, timeout=5_000)
    qtbot.waitUntil(lambda: pane.callbacks()[0].entry is not None, timeout=5_000)
    received = pane.callbacks()[0]
    zhang_wei = demo.person(demo.ZHANG_WEI_OPEN_ID)
    assert zhang_wei is not None
    assert received.action.operator_open_id == demo.ZHANG_WEI_OPEN_ID
    assert pane.table.item(0, 1).text() == zhang_wei.name
    assert message_id in pane.table.item(0, 2).text() and "Release reminder" in pane.table.item(0, 2).text()
    assert pane.table.item(0, 3).text() == 'button · {"ok": 1}'
    assert received.action.value == {"ok": 1}
    assert received.entry is not None and received.entry.message_id == message_id

    # Selecting the row: the payload (pretty, copyable), the history entry, the element.
    features.callbacks.dock.raise_()
    pane.table.selectRow(0)
    payload = json.loads(pane.payload.toPlainText())
    assert payload["event"]["context"]["open_message_id"] == message_id
    qtbot.mouseClick(pane.copy_button, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication

    assert json.loads(QGuiApplication.clipboard().text()) == payload
    selected = features.history.selected_entry()
    assert selected is not None and selected.message_id == message_id
    qtbot.waitUntil(lambda: window.preview_view().highlighted() == BUTTON, timeout=5_000)
    shot(window, "callbacks-pane-light")
    window.commands.dark_action.trigger()
    shot(window, "callbacks-pane-dark")
    window.commands.light_action.trigger()

    # A replacement card from the open documents: the inbox shows it in place of the form.
    set_text(window, json.dumps(REPLACEMENT, ensure_ascii=False, indent=2))
    # Choosing "a replacement card" lists the documents open now (the edited one).
    pane.answer_kind.setCurrentIndex(pane.answer_kind.findData(AnswerKind.CARD))
    assert pane.answer_card.count() >= 1
    assert features.callbacks.callbacks.choice().card == REPLACEMENT
    _click_in_inbox(qtbot, window, message_id, BUTTON)
    qtbot.waitUntil(
        lambda: inbox.card_view.document() is not None and inbox.card_view.document().card == REPLACEMENT,
        timeout=10_000,
    )
    assert _server(window).inbox()[0].card == REPLACEMENT
    qtbot.waitUntil(lambda: pane.table.rowCount() == 2, timeout=5_000)
    assert pane.table.item(1, 4).text().startswith("card ")

    # The connection drops (a sandbox fault): reconnecting, then connected again by itself.
    states: list[ListenerStatus] = []
    features.callbacks.callbacks.state_changed.connect(lambda state: states.append(state.status))
    _server(window).faults.drop_long_connections()
    qtbot.waitUntil(lambda: ListenerStatus.RECONNECTING in states, timeout=10_000)
    qtbot.waitUntil(lambda: _status(window) is ListenerStatus.CONNECTED, timeout=10_000)

    # Stop listening: the toggle again.
    _listen(qtbot, window)
    assert _status(window) is ListenerStatus.STOPPED
    assert not pane.listen_action.isChecked()


def test_a_refused_app_shows_the_console_steps_and_nobody_listening_is_an_error_toast(
    qtbot: Any, window: MainWindow
) -> None:
    features: SendFeatures = window.send_features
    pane = features.callbacks.pane
    message_id = _send_to_zhang_wei(qtbot, window)
    # Nobody listens: the inbox says the action failed, and why.
    _click_in_inbox(qtbot, window, message_id, BUTTON)
    inbox = features.inbox
    assert inbox is not None
    qtbot.waitUntil(lambda: inbox.toast_text() != "", timeout=10_000)
    assert "no client of app" in inbox.toast_text()
    qtbot.waitUntil(lambda: not inbox.is_acting() and inbox.card_view.isEnabled(), timeout=5_000)

    _server(window).callbacks.self_built = False
    _listen(qtbot, window)
    qtbot.waitUntil(lambda: _status(window) is ListenerStatus.REFUSED, timeout=10_000)
    text = pane.state_label.text()
    assert "refused" in text and "self-built" in text and "Events &amp; Callbacks" in text
    assert features.callbacks.status_label.text() == "Callbacks: refused"
    assert not pane.listen_action.isChecked()
    # Fixed in the console: Listen again connects.
    _server(window).callbacks.self_built = True
    _listen(qtbot, window)
    qtbot.waitUntil(lambda: _status(window) is ListenerStatus.CONNECTED, timeout=10_000)


FORM_CARD = {
    "schema": "2.0",
    "header": {"title": {"tag": "plain_text", "content": "报名 🎉 Sign up"}},
    "body": {
        "elements": [
            {"tag": "markdown", "content": "🎈 Who comes to the offsite?"},
            {
                "tag": "form",
                "name": "signup",
                "elements": [
                    {"tag": "input", "name": "who", "placeholder": {"tag": "plain_text", "content": "Name"}},
                    {
                        "tag": "button",
                        "name": "submit",
                        "type": "primary",
                        "form_action_type": "submit",
                        "text": {"tag": "plain_text", "content": "提交 Submit"},
                    },
                ],
            },
        ]
    },
}


def test_a_form_filled_and_submitted_in_the_inbox_arrives_with_its_values(
    qtbot: Any, window: MainWindow
) -> None:
    features: SendFeatures = window.send_features
    pane = features.callbacks.pane
    set_text(window, json.dumps(FORM_CARD, ensure_ascii=False, indent=2))
    _listen(qtbot, window)
    qtbot.waitUntil(lambda: _status(window) is ListenerStatus.CONNECTED, timeout=10_000)
    message_id = _send_to_zhang_wei(qtbot, window)

    # The recipient types a name into the form's input and submits.
    _click_in_inbox(qtbot, window, message_id, "/body/elements/1/elements/0")
    inbox = features.inbox
    assert inbox is not None
    editor = inbox.card_view.active_popup()
    assert editor is not None
    qtbot.keyClicks(editor, "Alice")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _click_in_inbox(qtbot, window, message_id, "/body/elements/1/elements/1")

    qtbot.waitUntil(lambda: pane.table.rowCount() == 1, timeout=10_000)
    received = pane.callbacks()[0]
    assert received.action.form_value == {"who": "Alice"}
    assert pane.table.item(0, 3).text() == "button · submit"
    qtbot.waitUntil(lambda: not inbox.is_acting(), timeout=5_000)
    assert inbox.toast_text() == ""  # answered with nothing: no toast, the card stays
    assert _server(window).inbox()[0].card == FORM_CARD
    # The card is the open document: selecting the row selects the submit button.
    qtbot.waitUntil(lambda: pane.callbacks()[0].entry is not None, timeout=5_000)
    features.callbacks.dock.raise_()
    pane.table.selectRow(0)
    qtbot.waitUntil(
        lambda: window.preview_view().highlighted() == "/body/elements/1/elements/1", timeout=5_000
    )


LATER = {
    "config": {"wide_screen_mode": True},
    "header": {"template": "blue", "title": {"tag": "plain_text", "content": "处理完毕 Done 🎉"}},
    "elements": [
        {"tag": "div", "text": {"tag": "lark_md", "content": "It took a while 🐢 but it is done."}},
        {"tag": "hr"},
        {
            "tag": "action",
            "actions": [
                {"tag": "button", "text": {"tag": "plain_text", "content": "Again"}, "value": {"again": 1}}
            ],
        },
    ],
}


def test_update_card_later_replaces_the_inbox_card_with_the_callback_token_until_it_is_spent(
    qtbot: Any, window: MainWindow
) -> None:
    features: SendFeatures = window.send_features
    pane = features.callbacks.pane
    _listen(qtbot, window)
    qtbot.waitUntil(lambda: _status(window) is ListenerStatus.CONNECTED, timeout=10_000)
    message_id = _send_to_zhang_wei(qtbot, window)
    inbox = features.inbox
    assert inbox is not None
    # Loading the chat's members (to pick Zhang Wei) kept their names for the callbacks.
    profile = features.session.active_profile()
    assert profile is not None and known_name(profile.app_id, demo.ALICE_OPEN_ID) == "Alice Chen"

    # The click is answered with nothing at once (the work takes longer than 3 s) …
    _click_in_inbox(qtbot, window, message_id, BUTTON)
    qtbot.waitUntil(lambda: pane.table.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not inbox.is_acting(), timeout=10_000)
    assert _server(window).inbox()[0].card != LATER
    features.callbacks.dock.raise_()
    pane.table.selectRow(0)
    assert "2 of 2 updates left" in pane.token_text() and "29:" in pane.token_text()

    # … and the finished card replaces it later: the document is edited, then Update Card Later.
    set_text(window, json.dumps(LATER, ensure_ascii=False, indent=2))
    pane.refresh_cards()
    assert pane.later_button.isEnabled()
    qtbot.mouseClick(pane.later_button, Qt.MouseButton.LeftButton)
    assert "Updating the clicked card" in pane.later_result_text()  # progress, off the GUI thread
    assert not pane.later_button.isEnabled()
    qtbot.waitUntil(lambda: pane.later_result_text().startswith("Updated at"), timeout=10_000)
    assert _server(window).inbox()[0].card == LATER
    inbox.refresh()
    assert inbox.card_view.document() is not None and inbox.card_view.document().card == LATER
    assert "1 of 2 updates left" in pane.token_text()
    shot(window, "callbacks-later-light")
    window.commands.dark_action.trigger()
    shot(window, "callbacks-later-dark")
    window.commands.light_action.trigger()

    # The second use is the last one; a third is refused with the client's clear message.
    qtbot.mouseClick(pane.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.later_result_text().startswith("Updated at"), timeout=10_000)
    assert "used up" in pane.token_text()
    qtbot.mouseClick(pane.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.later_result_text().startswith("Not updated"), timeout=10_000)
    assert "has been used 2 times already" in pane.later_result_text()
    assert "answer the next click" in pane.later_result_text()  # what to do
    assert "refused" in pane.token_text()

    # A new click's token expires 30 minutes after it: the server says so, and the pane too.
    _click_in_inbox(qtbot, window, message_id, BUTTON)
    qtbot.waitUntil(lambda: pane.table.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: not inbox.is_acting(), timeout=10_000)
    pane.table.selectRow(1)
    assert "2 of 2 updates left" in pane.token_text()
    _server(window).advance_clock(31 * 60)
    qtbot.mouseClick(pane.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.later_result_text().startswith("Not updated"), timeout=10_000)
    assert "has expired" in pane.later_result_text()
    # The first row keeps its own state.
    pane.table.selectRow(0)
    assert "refused" in pane.token_text()


def test_a_card_posted_to_the_chat_can_be_clicked_by_any_member_and_the_answer_updates_it_for_everyone(
    qtbot: Any, window: MainWindow
) -> None:
    from designer.sandbox.inbox_actions import ActionRefused, act_on_card

    features: SendFeatures = window.send_features
    pane = features.callbacks.pane
    inbox = features.inbox
    assert inbox is not None
    _listen(qtbot, window)
    qtbot.waitUntil(lambda: _status(window) is ListenerStatus.CONNECTED, timeout=10_000)
    profile = features.session.active_profile()
    assert profile is not None
    posted = features.session.post(profile, demo.TEAM_CHAT_ID, "Product Design", CARD).message_id
    assert known_name(profile.app_id, demo.ALICE_OPEN_ID) == ""  # no member list was loaded

    # The group post is in the inbox, for the whole chat (no "only you" badge); Alice clicks it.
    qtbot.waitUntil(lambda: inbox.model.row_of(posted) >= 0, timeout=10_000)
    _click_in_inbox(qtbot, window, posted, BUTTON)  # shows it (the click before a choice is fine)
    qtbot.waitUntil(lambda: not inbox.is_acting(), timeout=10_000)
    assert "Everyone in" in inbox.heading_text()
    assert inbox.acting_as.isVisible() and inbox.acting_as.count() == 8
    assert not inbox.card_view.options().badge
    set_text(window, json.dumps(REPLACEMENT, ensure_ascii=False, indent=2))
    pane.answer_kind.setCurrentIndex(pane.answer_kind.findData(AnswerKind.CARD))
    assert inbox.act_as(demo.ALICE_OPEN_ID)
    _click_in_inbox(qtbot, window, posted, BUTTON)
    qtbot.waitUntil(lambda: pane.table.rowCount() == 2, timeout=10_000)
    clicked = pane.callbacks()[1].action
    assert clicked.operator_open_id == demo.ALICE_OPEN_ID
    # Alice was never sent a card (the history does not know her): her name comes from the
    # chat's members, loaded on demand off the GUI thread, and is kept for next time.
    alice = demo.person(demo.ALICE_OPEN_ID)
    assert alice is not None
    qtbot.waitUntil(lambda: pane.table.item(1, 1).text() == alice.name, timeout=10_000)
    assert known_name(profile.app_id, demo.ALICE_OPEN_ID) == alice.name
    features.callbacks.dock.raise_()
    features.inbox_dock.raise_()
    pane.table.selectRow(1)
    shot(window, "callbacks-group-post")
    assert clicked.open_message_id == posted and clicked.open_chat_id == demo.TEAM_CHAT_ID
    # The answer's card replaces the shared card for every member.
    qtbot.waitUntil(lambda: _server(window).messages()[0].card == REPLACEMENT, timeout=10_000)
    qtbot.waitUntil(lambda: not inbox.is_acting(), timeout=10_000)
    assert inbox.card_view.document() is not None and inbox.card_view.document().card == REPLACEMENT
    # Someone outside the chat cannot act on it.
    with pytest.raises(ActionRefused, match="only the members of chat") as refused:
        act_on_card(_server(window).base_url, posted, "ou_not_a_member", {"tag": "button"})
    assert refused.value.code == 190002
    # A recalled post cannot be acted on any more.
    features.session.recall(profile, posted)
    with pytest.raises(ActionRefused, match="was recalled"):
        act_on_card(_server(window).base_url, posted, demo.ALICE_OPEN_ID, {"tag": "button"})
