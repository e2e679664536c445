"""The Callbacks pane's parts without a window: the answer is given from a snapshot on the
listener's thread (never waiting for the GUI thread), toast translations are read or refused
naming the part, the element acted on is found by tag and name or callback value (emoji in the
card), and the inbox's action goes to the sandbox and comes back as the answer or a clear error."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.cards import parse
from designer.feishu import CardAction, ListenerStatus, Toast
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from designer.sandbox.inbox_actions import ActionRefused, act_on_card, action_of_payload
from designer.ui.callbacks_pane import AnswerChoice, AnswerKind, CallbackSession, element_pointer, parse_i18n
from designer.ui.send.inbox_view import toast_text_for
from designer.ui.send.session import SendSession
from designer.ui.worker import cancel_all_and_wait


def _action(**action: Any) -> CardAction:
    return CardAction.from_event(
        {
            "header": {"event_type": "card.action.trigger", "event_id": "e1"},
            "event": {
                "operator": {"open_id": demo.ZHANG_WEI_OPEN_ID},
                "action": action,
                "context": {"open_message_id": "om_1"},
            },
        }
    )


def test_the_answer_comes_from_the_choice_at_once_while_the_gui_thread_is_busy(
    qtbot: Any, session: SendSession
) -> None:
    callbacks = CallbackSession(session)
    toast = Toast("success", "已收到 👍", {"en_us": "Got it"})
    callbacks.set_choice(AnswerChoice(AnswerKind.TOAST, toast=toast))
    answers: list[Any] = []
    # The GUI thread (this test) does not process events while the listener's thread answers:
    # the handler must not wait for it.
    worker = threading.Thread(target=lambda: answers.append(callbacks.handler(_action(tag="button"))))
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive()
    assert answers[0] is not None and answers[0].toast == toast
    # The row reaches the GUI thread afterwards, with the answer it was given.
    with qtbot.waitSignal(callbacks.received, timeout=5_000) as received:
        pass
    assert received.args[0].answer.toast == toast
    # "Nothing" answers nothing: the card stays.
    callbacks.set_choice(AnswerChoice())
    assert callbacks.handler(_action(tag="button")) is None


def test_toast_translations_are_read_and_a_bad_part_is_named() -> None:
    assert parse_i18n("zh_cn: 已提交 ✅; en_us: Submitted") == {"zh_cn": "已提交 ✅", "en_us": "Submitted"}
    assert parse_i18n("  ") == {}
    with pytest.raises(ValueError, match="'en_us Submitted' is not 'locale: text'"):
        parse_i18n("zh_cn: 已提交; en_us Submitted")


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    st.dictionaries(
        st.from_regex(r"[a-z]{2}_[a-z]{2}", fullmatch=True),
        st.text(
            alphabet=st.characters(blacklist_characters=";", blacklist_categories=("Cs",)), min_size=1
        ).filter(lambda t: t.strip() == t and t),
        max_size=4,
    )
)
def test_toast_translations_round_trip(texts: dict[str, str]) -> None:
    assert parse_i18n("; ".join(f"{k}: {v}" for k, v in texts.items())) == texts


CARD_2_0 = {
    "schema": "2.0",
    "header": {"title": {"tag": "plain_text", "content": "报名 🎉 Sign up"}},
    "body": {
        "elements": [
            {"tag": "markdown", "content": "🎈 emoji first"},
            {
                "tag": "form",
                "name": "signup",
                "elements": [
                    {"tag": "input", "name": "who"},
                    {
                        "tag": "button",
                        "name": "submit",
                        "form_action_type": "submit",
                        "text": {"tag": "plain_text", "content": "提交"},
                    },
                ],
            },
            {
                "tag": "button",
                "text": {"tag": "plain_text", "content": "👍"},
                "behaviors": [{"type": "callback", "value": {"vote": "yes"}}],
            },
        ]
    },
}


def test_the_element_acted_on_is_found_by_name_or_callback_value() -> None:
    document = parse(json.dumps(CARD_2_0, ensure_ascii=False))
    assert element_pointer(document, _action(tag="button", name="submit")) == "/body/elements/1/elements/1"
    assert element_pointer(document, _action(tag="button", value={"vote": "yes"})) == "/body/elements/2"
    assert element_pointer(document, _action(tag="button", value={"vote": "no"})) is None
    assert element_pointer(document, _action(tag="select_static", name="submit")) is None


def test_the_inbox_action_reaches_the_sandbox_and_a_refusal_says_why() -> None:
    with SandboxServer(host="127.0.0.1", port=0, app_id=DEMO_APP_ID, app_secret=DEMO_APP_SECRET) as server:
        # The card view's payload keeps only what an action carries (not its stand-in ids).
        payload = {
            "open_id": "ou_preview_user",
            "action": {"tag": "button", "value": {"ok": 1}, "name": "go"},
        }
        action = action_of_payload(payload)
        assert action == {"tag": "button", "value": {"ok": 1}, "name": "go"}
        with pytest.raises(ActionRefused, match="om_missing is not a card the sandbox delivered") as refused:
            act_on_card(server.base_url, "om_missing", demo.ZHANG_WEI_OPEN_ID, action)
        assert refused.value.code == 190001
    # The sandbox has stopped: unreachable, with what to do.
    with pytest.raises(ActionRefused, match="could not be reached") as gone:
        act_on_card(server.base_url, "om_1", demo.ZHANG_WEI_OPEN_ID, action)
    assert "--sandbox" in gone.value.hint


def test_stop_while_the_secret_is_read_leaves_nothing_listening(
    qtbot: Any, session: SendSession, sandbox: SandboxServer
) -> None:
    callbacks = CallbackSession(session)
    callbacks.listen()  # the secret is read on the worker …
    assert callbacks.state.status is ListenerStatus.CONNECTING
    callbacks.stop()  # … and the person stops before it is back
    cancel_all_and_wait(10_000)
    qtbot.wait(300)  # a listener started anyway would connect by now (loopback)
    assert callbacks.state.status is ListenerStatus.STOPPED and not callbacks.is_listening()
    assert sandbox.callbacks.connected() == 0
    # Listening again works.
    callbacks.listen()
    qtbot.waitUntil(lambda: callbacks.state.status is ListenerStatus.CONNECTED, timeout=10_000)
    assert sandbox.callbacks.connected() == 1
    callbacks.stop(wait=True)


def test_the_inbox_toast_is_in_the_clients_language_else_its_content() -> None:
    toast = {"type": "info", "content": "Saved", "i18n": {"zh_cn": "已保存 ✅", "en_us": "Saved!"}}
    assert toast_text_for(toast, "zh_CN") == "已保存 ✅"
    assert toast_text_for(toast, "en_US") == "Saved!"
    assert toast_text_for(toast, "ja_JP") == "Saved"
    assert toast_text_for({"type": "info", "content": "Saved"}, "zh_CN") == "Saved"


def test_the_listener_follows_the_active_profile(
    qtbot: Any, session: SendSession, sandbox: SandboxServer
) -> None:
    """Switching the profile while listening reconnects as the new profile's app (as sending
    follows it); no profile at all stops with the reason."""
    from designer.store import credentials
    from designer.store.profiles import Profile

    callbacks = CallbackSession(session)
    callbacks.listen()
    qtbot.waitUntil(lambda: callbacks.state.status is ListenerStatus.CONNECTED, timeout=10_000)
    first = callbacks.listening_as()
    assert first is not None and sandbox.callbacks.connected() == 1
    with SandboxServer(host="127.0.0.1", port=0, app_id="cli_other_app", app_secret="other-secret") as other:
        profile = Profile(name="other 🎯", region="custom", app_id="cli_other_app", base_url=other.base_url)
        session.save_profile(profile, "other-secret")
        try:
            session.set_active(profile.name)
            qtbot.waitUntil(lambda: other.callbacks.connected() == 1, timeout=10_000)
            qtbot.waitUntil(lambda: callbacks.state.status is ListenerStatus.CONNECTED, timeout=10_000)
            qtbot.waitUntil(lambda: sandbox.callbacks.connected() == 0, timeout=10_000)
            now = callbacks.listening_as()
            assert now is not None and now.name == "other 🎯"
            # No profile active: it stops, saying why.
            session.set_active(None)
            qtbot.waitUntil(lambda: callbacks.state.status is ListenerStatus.REFUSED, timeout=10_000)
            assert "No profile is active" in callbacks.state.message
            qtbot.waitUntil(lambda: other.callbacks.connected() == 0, timeout=10_000)
        finally:
            callbacks.stop(wait=True)
            credentials.delete_secret(profile.name)


def test_a_clicker_the_chats_members_do_not_name_does_not_reload_the_chat_on_each_click(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from designer.feishu import Region
    from designer.store.profiles import Profile
    from designer.ui import callbacks_pane

    loads: list[str] = []

    class _Members:
        def pages(self, chat_id: str, page_size: int) -> list[Any]:
            loads.append(chat_id)
            return []  # the chat's members do not include the clicker

    class _Client:
        members = _Members()

    class _Session:
        def open_client(self, profile: Profile) -> _Client:
            return _Client()

    monkeypatch.setattr(callbacks_pane, "_CHATS_LOADED", {})
    profile = Profile(name="p", region=Region.FEISHU, app_id="cli_x")
    event = {
        "header": {"event_type": "card.action.trigger", "event_id": "e1"},
        "event": {
            "operator": {"open_id": "ou_stranger"},
            "action": {"tag": "button"},
            "context": {"open_chat_id": "oc_1"},
        },
    }
    action = CardAction.from_event(event)
    for _ in range(5):
        assert callbacks_pane._member_name(_Session(), profile, "cli_x", action) == ""  # type: ignore[arg-type]
    assert loads == ["oc_1"]
