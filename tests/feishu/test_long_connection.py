"""``CallbackListener`` against the sandbox over real loopback: clicks in, answers out."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from designer.feishu import (
    CallbackAnswer,
    CallbackListener,
    CardAction,
    FeishuClient,
    ListenerState,
    ListenerStatus,
    Toast,
)
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo

ACTIONS = "/sandbox/v1/actions"
ENDPOINT = "/callback/ws/endpoint"
FORM_CARD: dict[str, Any] = {
    "schema": "2.0",
    "body": {
        "elements": [
            {
                "tag": "form",
                "name": "leave",
                "elements": [
                    {
                        "tag": "input",
                        "name": "reason",
                        "placeholder": {"tag": "plain_text", "content": "Why"},
                    },
                    {
                        "tag": "button",
                        "name": "submit",
                        "form_action_type": "submit",
                        "text": {"tag": "plain_text", "content": "提交 ✅"},
                        "behaviors": [{"type": "callback", "value": {"step": "submit"}}],
                    },
                ],
            }
        ]
    },
}
DONE_CARD: dict[str, Any] = {
    "schema": "2.0",
    "body": {"elements": [{"tag": "markdown", "content": "已提交 🎉"}]},
}


class Recorder:
    """A handler that records each action and answers what ``answer`` says."""

    def __init__(self, answer: Callable[[CardAction], Any] = lambda action: None) -> None:
        self.actions: list[CardAction] = []
        self.answer = answer

    def __call__(self, action: CardAction) -> Any:
        self.actions.append(action)
        return self.answer(action)


@pytest.fixture
def fast_sandbox(sandbox: SandboxServer) -> SandboxServer:
    # Reconnect at once: the tests watch the states, not the waiting.
    sandbox.callbacks.client_config.update(ReconnectInterval=0.1, ReconnectNonce=0, PingInterval=30)
    return sandbox


@pytest.fixture
def sent_card(fast_sandbox: SandboxServer, client: FeishuClient) -> str:
    return client.ephemeral.send(demo.TEAM_CHAT_ID, FORM_CARD, open_id=demo.ALICE_OPEN_ID).message_id


@pytest.fixture
def listeners() -> Iterator[list[CallbackListener]]:
    made: list[CallbackListener] = []
    yield made
    for listener in made:
        listener.stop()


@pytest.fixture
def listen(
    fast_sandbox: SandboxServer, listeners: list[CallbackListener]
) -> Callable[..., tuple[CallbackListener, list[ListenerState]]]:
    def start(
        handler: Callable[[CardAction], Any], secret: str = DEMO_APP_SECRET
    ) -> tuple[CallbackListener, list[ListenerState]]:
        states: list[ListenerState] = []
        listener = CallbackListener(
            fast_sandbox.base_url, DEMO_APP_ID, secret, handler, on_state=states.append, timeout=5.0
        )
        listeners.append(listener)
        listener.start()
        return listener, states

    return start


def act(sandbox: SandboxServer, message_id: str, action: dict[str, Any], **extra: Any) -> httpx.Response:
    body = {"message_id": message_id, "open_id": demo.ALICE_OPEN_ID, "action": action, **extra}
    return httpx.post(sandbox.base_url + ACTIONS, json=body, timeout=10)


def seen(states: list[ListenerState], *statuses: ListenerStatus, timeout: float = 10) -> bool:
    """True once ``statuses`` have been passed through in this order (a state may be brief:
    reconnecting lasts as long as one try, so the current state may already be the next)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        wanted = iter(statuses)
        step = next(wanted)
        for state in list(states):
            if state.status is step:
                step = next(wanted, None)  # type: ignore[arg-type]
                if step is None:
                    return True
        time.sleep(0.02)
    return False


def connected(listener: CallbackListener) -> None:
    state = listener.wait_for(ListenerStatus.CONNECTED, ListenerStatus.REFUSED, timeout=10)
    assert state.status is ListenerStatus.CONNECTED, state


def test_a_form_submit_reaches_the_handler_with_who_what_and_where(
    fast_sandbox: SandboxServer, sent_card: str, listen: Any
) -> None:
    handler = Recorder()
    listener, _ = listen(handler)
    connected(listener)
    form = {"reason": "家里有事 🏠", "days": ["mon", "tue"]}
    answer = act(
        fast_sandbox,
        sent_card,
        {"tag": "button", "name": "submit", "value": {"step": "submit"}, "form_value": form},
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"]["answer"] == {}
    (action,) = handler.actions
    alice = demo.person(demo.ALICE_OPEN_ID)
    assert alice is not None
    assert (action.operator_open_id, action.operator_user_id, action.operator_union_id) == (
        alice.open_id,
        alice.user_id,
        alice.union_id,
    )
    assert (action.tag, action.name, action.value, action.form_value) == (
        "button",
        "submit",
        {"step": "submit"},
        form,
    )
    assert (action.open_message_id, action.open_chat_id) == (sent_card, demo.TEAM_CHAT_ID)
    assert action.event_type == "card.action.trigger" and action.app_id == DEMO_APP_ID
    assert action.token and action.token == answer.json()["data"]["token"]
    assert action.tenant_key == demo.TENANT_KEY and action.host == "im_message"
    # Answering nothing leaves the card as it was.
    (entry,) = fast_sandbox.inbox()
    assert entry.card == FORM_CARD and entry.toasts == ()


def test_a_toast_and_a_new_card_reach_the_caller_and_the_inbox(
    fast_sandbox: SandboxServer, sent_card: str, listen: Any
) -> None:
    toast = Toast("success", "Submitted 🎉", {"zh_cn": "已提交 🎉", "en_us": "Submitted 🎉"})
    listener, _ = listen(Recorder(lambda action: CallbackAnswer(toast=toast, card=DONE_CARD)))
    connected(listener)
    answer = act(fast_sandbox, sent_card, {"tag": "button", "value": {"step": "submit"}})
    assert answer.status_code == 200, answer.text
    shown = {
        "type": "success",
        "content": "Submitted 🎉",
        "i18n": {"zh_cn": "已提交 🎉", "en_us": "Submitted 🎉"},
    }
    assert answer.json()["data"]["answer"] == {"toast": shown, "card": {"type": "raw", "data": DONE_CARD}}
    (entry,) = fast_sandbox.inbox()
    assert entry.toasts == (shown,) and entry.card == DONE_CARD


def test_an_invalid_replacement_card_is_refused_and_nothing_is_applied(
    fast_sandbox: SandboxServer, sent_card: str, listen: Any
) -> None:
    broken = {"elements": [{"tag": "button", "text": {"tag": "plain_text", "content": "OK"}}]}
    listener, _ = listen(Recorder(lambda action: CallbackAnswer(toast=Toast("info", "x"), card=broken)))
    connected(listener)
    answer = act(fast_sandbox, sent_card, {"tag": "button"})
    assert answer.status_code == 502 and answer.json()["code"] == 190006
    assert "button-outside-action" in answer.json()["msg"] and "not replaced" in answer.json()["msg"]
    (entry,) = fast_sandbox.inbox()
    assert entry.card == FORM_CARD and entry.toasts == ()


def test_a_bare_toast_or_dict_answer_is_sent_as_the_callback_response(
    fast_sandbox: SandboxServer, sent_card: str, listen: Any
) -> None:
    answers: list[Any] = [Toast("warning", "小心 ⚠️"), {"toast": {"type": "info", "content": "raw"}}]
    listener, _ = listen(Recorder(lambda action: answers.pop(0)))
    connected(listener)
    first = act(fast_sandbox, sent_card, {"tag": "button"}).json()["data"]["answer"]
    second = act(fast_sandbox, sent_card, {"tag": "button"}).json()["data"]["answer"]
    assert first == {"toast": {"type": "warning", "content": "小心 ⚠️"}}
    assert second == {"toast": {"type": "info", "content": "raw"}}


def test_an_event_sent_in_parts_is_put_back_together(
    fast_sandbox: SandboxServer, sent_card: str, listen: Any
) -> None:
    fast_sandbox.callbacks.part_size = 64  # the event is ~1 KB: some twenty parts
    handler = Recorder(lambda action: Toast("info", "ok"))
    listener, _ = listen(handler)
    connected(listener)
    form = {f"field_{i}": "填写的内容 ✍️" * 3 for i in range(10)}
    answer = act(fast_sandbox, sent_card, {"tag": "button", "form_value": form})
    assert answer.status_code == 200, answer.text
    assert handler.actions[0].form_value == form


def test_a_dropped_connection_reconnects_and_callbacks_flow_again(
    fast_sandbox: SandboxServer, sent_card: str, listen: Any
) -> None:
    handler = Recorder(lambda action: Toast("info", "back"))
    listener, states = listen(handler)
    connected(listener)
    fast_sandbox.faults.drop_long_connections()
    assert seen(states, ListenerStatus.CONNECTED, ListenerStatus.RECONNECTING, ListenerStatus.CONNECTED)
    statuses = [state.status for state in states]
    assert statuses[:4] == [
        ListenerStatus.CONNECTING,
        ListenerStatus.CONNECTED,
        ListenerStatus.RECONNECTING,
        ListenerStatus.CONNECTED,
    ]
    assert "dropped" in states[2].message
    answer = act(fast_sandbox, sent_card, {"tag": "button"})
    assert answer.status_code == 200 and answer.json()["data"]["delivered_to"] == 1


def test_a_connection_whose_pings_go_unanswered_is_reopened(
    fast_sandbox: SandboxServer, sent_card: str, listen: Any
) -> None:
    fast_sandbox.callbacks.client_config.update(PingInterval=0.3)
    listener, states = listen(Recorder(lambda action: Toast("info", "here")))
    connected(listener)
    fast_sandbox.callbacks.answer_pings = False  # the connection goes half-open
    assert seen(states, ListenerStatus.CONNECTED, ListenerStatus.RECONNECTING)
    dropped = next(s for s in states if s.status is ListenerStatus.RECONNECTING)
    assert "no answer to a ping within 0.3 s" in dropped.message
    fast_sandbox.callbacks.answer_pings = True
    assert seen(states, ListenerStatus.RECONNECTING, ListenerStatus.CONNECTED)
    connected(listener)
    assert act(fast_sandbox, sent_card, {"tag": "button"}).status_code == 200


def test_reconnecting_gives_up_after_the_tries_the_service_allows(
    fast_sandbox: SandboxServer, listen: Any
) -> None:
    fast_sandbox.callbacks.client_config.update(ReconnectCount=1)
    listener, _ = listen(Recorder())
    connected(listener)
    fast_sandbox.faults.answer_next(1, "system busy", http_status=200, path=ENDPOINT)
    fast_sandbox.faults.drop_long_connections()
    state = listener.wait_for(ListenerStatus.STOPPED, timeout=10)
    assert state.status is ListenerStatus.STOPPED
    assert "gave up after 1 try" in state.message and "busy" in state.message
    listener.stop()
    assert listener.state == state  # stop() keeps why it ended


@pytest.mark.parametrize(
    ("setting", "says", "hint"),
    [
        ("self_built", "only available to self-built apps", "self-built app (企业自建应用)"),
        ("long_connection", "使用长连接接收回调", "card.action.trigger (卡片回传交互)"),
        ("secret", "app_id or app_secret is invalid", "Credentials & Basic Info"),
    ],
)
def test_a_refused_app_is_told_how_to_fix_it_and_not_retried(
    fast_sandbox: SandboxServer, listen: Any, setting: str, says: str, hint: str
) -> None:
    secret = DEMO_APP_SECRET
    if setting == "secret":
        secret = "wrong-secret-of-the-demo-app"
    else:
        setattr(fast_sandbox.callbacks, setting, False)
    listener, states = listen(Recorder(), secret)
    state = listener.wait_for(ListenerStatus.REFUSED, ListenerStatus.CONNECTED, timeout=10)
    assert state.status is ListenerStatus.REFUSED
    assert says in state.message and hint in state.hint
    assert state.error is not None and state.error.hint == state.hint
    listener.stop()
    assert [s.status for s in states] == [ListenerStatus.CONNECTING, ListenerStatus.REFUSED]
    assert len(fast_sandbox.requests(ENDPOINT)) == 1


def test_a_refusal_never_repeats_the_app_secret(fast_sandbox: SandboxServer, listen: Any) -> None:
    fast_sandbox.faults.answer_next(
        99, f"bad credentials {DEMO_APP_SECRET} for this app", http_status=200, path=ENDPOINT
    )
    listener, _ = listen(Recorder())
    state = listener.wait_for(ListenerStatus.REFUSED, ListenerStatus.CONNECTED, timeout=10)
    assert state.status is ListenerStatus.REFUSED
    assert DEMO_APP_SECRET not in state.message and "<redacted>" in state.message
    assert state.error is not None and DEMO_APP_SECRET not in str(state.error)


def test_more_connections_than_allowed_is_a_refusal_naming_the_others(
    fast_sandbox: SandboxServer, listen: Any
) -> None:
    fast_sandbox.callbacks.max_connections = 1
    first, _ = listen(Recorder())
    connected(first)
    second, _ = listen(Recorder())
    state = second.wait_for(ListenerStatus.REFUSED, ListenerStatus.CONNECTED, timeout=10)
    assert state.status is ListenerStatus.REFUSED
    assert "stop other listeners" in state.hint
    assert first.state.status is ListenerStatus.CONNECTED


def test_an_answer_later_than_the_limit_is_reported_to_the_caller(
    fast_sandbox: SandboxServer, sent_card: str, listen: Any
) -> None:
    fast_sandbox.callbacks.answer_timeout = 0.3
    release = threading.Event()

    def slow(action: CardAction) -> Toast:
        release.wait(5)
        return Toast("info", "too late")

    listener, _ = listen(Recorder(slow))
    connected(listener)
    try:
        answer = act(fast_sandbox, sent_card, {"tag": "button"})
    finally:
        release.set()
    assert answer.status_code == 504
    body = answer.json()
    assert body["code"] == 190004 and "within 0.3 s" in body["msg"]
    # The late toast is not applied: the recipient saw an error instead.
    (entry,) = fast_sandbox.inbox()
    assert entry.toasts == ()


def test_a_failing_handler_answers_an_error_and_the_listener_keeps_going(
    fast_sandbox: SandboxServer, sent_card: str, listen: Any
) -> None:
    calls: list[int] = []

    def flaky(action: CardAction) -> Toast:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("the handler's own bug")
        return Toast("success", "fine now")

    listener, _ = listen(Recorder(flaky))
    connected(listener)
    failed = act(fast_sandbox, sent_card, {"tag": "button"})
    assert failed.status_code == 502 and failed.json()["code"] == 190005
    assert "handler failed" in failed.json()["msg"]
    again = act(fast_sandbox, sent_card, {"tag": "button"})
    assert again.status_code == 200 and again.json()["data"]["answer"]["toast"]["content"] == "fine now"
    assert listener.state.status is ListenerStatus.CONNECTED


@pytest.mark.parametrize("wrong", ["a string", {"toast": {1, 2}}, {"toast": float("nan")}])
def test_an_answer_that_is_not_json_is_an_error_and_the_listener_keeps_going(
    fast_sandbox: SandboxServer, sent_card: str, listen: Any, wrong: Any
) -> None:
    answers = [wrong, Toast("info", "fine")]
    listener, _ = listen(Recorder(lambda action: answers.pop(0)))
    connected(listener)
    failed = act(fast_sandbox, sent_card, {"tag": "button"})
    assert failed.status_code == 502 and failed.json()["code"] == 190005
    again = act(fast_sandbox, sent_card, {"tag": "button"})
    assert again.status_code == 200 and again.json()["data"]["answer"] == {
        "toast": {"type": "info", "content": "fine"}
    }


def test_each_answered_click_leaves_a_callback_token_and_expired_ones_are_forgotten(
    fast_sandbox: SandboxServer, sent_card: str, listen: Any
) -> None:
    listener, _ = listen(Recorder())
    connected(listener)
    first = act(fast_sandbox, sent_card, {"tag": "button"}).json()["data"]["token"]
    held = fast_sandbox.callbacks.callback_tokens[first]
    assert (held.message_id, held.uses_left) == (sent_card, 2)  # 30 minutes, 2 delayed updates
    held.expires = 0.0  # as if 30 minutes had passed
    second = act(fast_sandbox, sent_card, {"tag": "button"}).json()["data"]["token"]
    assert set(fast_sandbox.callbacks.callback_tokens) == {second}


def test_a_click_with_nobody_listening_says_so(fast_sandbox: SandboxServer, sent_card: str) -> None:
    answer = act(fast_sandbox, sent_card, {"tag": "button"})
    assert answer.status_code == 503
    assert answer.json()["code"] == 190003 and "card-designer listen" in answer.json()["msg"]


def test_the_pong_updates_the_client_config(fast_sandbox: SandboxServer, listen: Any) -> None:
    fast_sandbox.callbacks.client_config.update(PingInterval=0.2)
    listener, _ = listen(Recorder())
    connected(listener)
    assert listener.client_config.ping_interval == 0.2
    fast_sandbox.callbacks.client_config.update(ReconnectCount=7, PingInterval=0.3)
    deadline = time.monotonic() + 10
    while listener.client_config.reconnect_count != 7 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert listener.client_config.reconnect_count == 7 and listener.client_config.ping_interval == 0.3
    # Pings keep coming at the interval the service set (not only the one on connecting).
    while fast_sandbox.callbacks.pings() < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert fast_sandbox.callbacks.pings() >= 3


def test_stop_ends_the_listener_while_it_waits_to_reconnect(fast_sandbox: SandboxServer, listen: Any) -> None:
    fast_sandbox.callbacks.client_config.update(ReconnectNonce=3600, ReconnectInterval=3600)
    listener, _ = listen(Recorder())
    connected(listener)
    fast_sandbox.faults.drop_long_connections()
    assert listener.wait_for(ListenerStatus.RECONNECTING, timeout=10).status is ListenerStatus.RECONNECTING
    listener.stop(timeout=10)
    assert listener.state.status is ListenerStatus.STOPPED and not listener.state.message
    assert fast_sandbox.callbacks.connected() == 0
    # … and it can listen again.
    listener.start()
    connected(listener)
    assert fast_sandbox.callbacks.connected() == 1


def test_an_unusable_address_or_app_is_refused_at_once() -> None:
    from designer.feishu import InsecureURL

    with pytest.raises(InsecureURL, match="unencrypted"):
        CallbackListener("http://open.example.com", DEMO_APP_ID, DEMO_APP_SECRET, Recorder())
    with pytest.raises(ValueError, match="app id is empty"):
        CallbackListener("https://open.feishu.cn", " ", DEMO_APP_SECRET, Recorder())
    with pytest.raises(ValueError, match="app secret of app cli_x is empty"):
        CallbackListener("https://open.feishu.cn", "cli_x", "", Recorder())


def test_a_websocket_that_cannot_be_opened_is_retried_without_showing_its_ticket(
    fast_sandbox: SandboxServer, listen: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An endpoint answering addresses nobody can open: a port out of range, a fragment (which
    # websockets refuses, repeating the whole address: ticket included).
    bases = iter(["ws://127.0.0.1:99999", "ws://127.0.0.1:1#x"])
    monkeypatch.setattr(fast_sandbox.callbacks, "_ws_base", lambda host: next(bases, "ws://127.0.0.1:1#x"))
    _, states = listen(Recorder())
    assert seen(states, ListenerStatus.RECONNECTING, ListenerStatus.RECONNECTING)
    problems = [s.message for s in states if s.status is ListenerStatus.RECONNECTING][:2]
    assert "Port out of range" in problems[0] and "isn't a valid URI" in problems[1]
    for problem in problems:
        assert "could not open the WebSocket" in problem
        assert "ticket" not in problem and "device_id" not in problem


def test_an_unreachable_service_is_retried_not_refused(listeners: list[CallbackListener]) -> None:
    with SandboxServer() as gone:
        base_url = gone.base_url
    states: list[ListenerState] = []
    listener = CallbackListener(base_url, DEMO_APP_ID, DEMO_APP_SECRET, Recorder(), on_state=states.append)
    listeners.append(listener)
    listener.start()
    state = listener.wait_for(ListenerStatus.RECONNECTING, timeout=10)
    assert state.status is ListenerStatus.RECONNECTING
    assert "could not connect" in state.message and "trying again" in state.message
