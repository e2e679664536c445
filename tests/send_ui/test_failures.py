"""Each failure class shows its hint in the send panel (and the picker), and is recorded."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import keyring
import keyring.backends.fail
import pytest

from designer.cards import parse
from designer.feishu import (
    BotNotInChat,
    ChatNotSupported,
    ConnectionFailed,
    FeishuError,
    InvalidCard,
    UserNotInChat,
    UserOutsideAvailability,
)
from designer.sandbox import DEMO_APP_ID, SandboxServer, demo
from designer.store.profiles import Profile
from designer.ui.send.recipient_picker import Listing, RecipientPicker
from designer.ui.send.send_panel import SendPanel
from designer.ui.send.session import SendSession
from designer.ui.send.target import SendTarget
from tests.helpers.cards import card_text
from tests.helpers.send_ui import CARD, shot


@pytest.fixture
def panel(qtbot, session: SendSession) -> Iterator[tuple[SendPanel, SendTarget]]:
    target = SendTarget()
    widget = SendPanel(session, target, lambda: parse(card_text(CARD)))
    qtbot.addWidget(widget)
    widget.resize(520, 260)
    widget.show()
    yield widget, target


CASES = [
    ("bot-not-in-chat", demo.LEFT_CHAT_ID, demo.ALICE_OPEN_ID, BotNotInChat),
    ("topic-chat", demo.TOPIC_CHAT_ID, demo.ALICE_OPEN_ID, ChatNotSupported),
    ("outside-availability", demo.TEAM_CHAT_ID, demo.OUTSIDE_MEMBER_OPEN_ID, UserOutsideAvailability),
    ("user-not-in-chat", demo.TEAM_CHAT_ID, demo.NOT_IN_TEAM_OPEN_ID, UserNotInChat),
    ("invalid-card", demo.TEAM_CHAT_ID, demo.ALICE_OPEN_ID, InvalidCard),
]


@pytest.mark.parametrize(("case", "chat_id", "open_id", "error_class"), CASES, ids=[c[0] for c in CASES])
def test_failure_shows_the_hint_and_is_recorded(
    qtbot,
    panel: tuple[SendPanel, SendTarget],
    sandbox: SandboxServer,
    session: SendSession,
    case: str,
    chat_id: str,
    open_id: str,
    error_class: type[FeishuError],
) -> None:
    widget, target = panel
    if case == "invalid-card":
        # The card passes our checks but the service refuses it (e.g. an img_key it does not know).
        sandbox.faults.answer_next(
            230099,
            "Failed to create card content, ext=ErrCode: 200570; ErrMsg: invalid image keys",
            path="/open-apis/ephemeral/v1/send",
        )
    target.set_chat(chat_id, "chat")
    from designer.feishu import Recipient

    target.set_recipients([Recipient("open_id", open_id, "Someone")])
    with qtbot.waitSignal(widget.send_finished, timeout=10_000) as finished:
        widget.send()
    item = finished.args[0].items[0]
    assert item.status == "failed" and isinstance(item.error, error_class), item
    assert item.error.hint in widget.status_text()
    assert widget.message_id() == ""
    entry = session.history_store.entries()[0]
    assert entry.status == "failed" and entry.message_id is None and item.error.hint in (entry.error or "")
    assert sandbox.inbox() == []
    shot(widget, f"fail-{case}")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_connection_refused_shows_the_hint(qtbot, secret_service: None, sandbox_profile: Profile) -> None:
    session = SendSession()
    closed = Profile(
        name="closed", region="custom", app_id=DEMO_APP_ID, base_url=f"http://127.0.0.1:{_closed_port()}"
    )
    session.save_profile(closed, "whatever-secret")
    session.set_active("closed")
    target = SendTarget()
    widget = SendPanel(session, target, lambda: parse(card_text(CARD)))
    qtbot.addWidget(widget)
    target.set_chat(demo.TEAM_CHAT_ID)
    from designer.feishu import Recipient

    target.set_recipients([Recipient("open_id", demo.ALICE_OPEN_ID)])
    with qtbot.waitSignal(widget.send_finished, timeout=20_000) as finished:
        widget.send()
    error = finished.args[0].items[0].error
    assert isinstance(error, ConnectionFailed)
    assert error.hint in widget.status_text() and "nothing was sent" in widget.status_text()

    # The picker says the same when it cannot load the chats.
    picker = RecipientPicker(session, SendTarget())
    qtbot.addWidget(picker)
    picker.show()
    with qtbot.waitSignal(picker.load_failed, timeout=20_000) as failed:
        picker.load_chats()
    assert "Could not load chats" in failed.args[0] and ConnectionFailed.default_hint in failed.args[0]
    assert "Could not load chats" in picker.progress_text(Listing.CHATS)
    session.close()


def test_no_keyring_blocks_the_send_with_what_to_install(
    qtbot, panel: tuple[SendPanel, SendTarget], sandbox: SandboxServer
) -> None:
    widget, target = panel
    target.set_chat(demo.TEAM_CHAT_ID)
    from designer.feishu import Recipient

    target.set_recipients([Recipient("open_id", demo.ALICE_OPEN_ID)])
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        with qtbot.waitSignal(widget.send_blocked, timeout=10_000) as blocked:
            widget.send()
    finally:
        keyring.set_keyring(previous)
    assert "gnome-keyring" in blocked.args[0]
    assert "Not sent" in widget.status_text() and "gnome-keyring" in widget.status_text()
    assert sandbox.inbox() == []
    shot(widget, "fail-no-keyring")


def test_no_chat_or_no_recipient_says_what_to_pick(qtbot, panel: tuple[SendPanel, SendTarget]) -> None:
    widget, target = panel
    with qtbot.waitSignal(widget.send_blocked) as blocked:
        widget.send()
    assert "No chat chosen" in blocked.args[0]
    target.set_chat(demo.TEAM_CHAT_ID)
    with qtbot.waitSignal(widget.send_blocked) as blocked:
        widget.send()
    assert "No recipient" in blocked.args[0]
