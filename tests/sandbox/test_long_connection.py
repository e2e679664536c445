"""The sandbox's long connection as the wire carries it, and Feishu's official SDK connecting to it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from designer.feishu._frames import Frame, decode_frame, encode_frame
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from designer.sandbox._callbacks import TICKET_TTL
from tests.helpers.feishu import Raw
from tests.helpers.feishu import hello_card as card

ENDPOINT = "/callback/ws/endpoint"
ACTIONS = "/sandbox/v1/actions"


def _endpoint(raw: Raw, body: Any) -> dict[str, Any]:
    answer = raw.http.post(ENDPOINT, json=body)
    result: dict[str, Any] = answer.json()
    return result


def _sent(raw: Raw) -> str:
    answer = raw.send(
        {
            "chat_id": demo.TEAM_CHAT_ID,
            "open_id": demo.ALICE_OPEN_ID,
            "msg_type": "interactive",
            "card": card(),
        }
    )
    return str(answer.json()["data"]["message_id"])


def _sent_answer(raw: Raw) -> dict[str, Any]:
    answer = raw.send(
        {
            "chat_id": demo.TEAM_CHAT_ID,
            "open_id": demo.ALICE_OPEN_ID,
            "msg_type": "interactive",
            "card": card(),
        }
    )
    result: dict[str, Any] = answer.json()
    return result


def test_the_endpoint_answers_a_websocket_url_and_the_client_config(raw: Raw) -> None:
    answer = _endpoint(raw, {"AppID": DEMO_APP_ID, "AppSecret": DEMO_APP_SECRET})
    assert answer["code"] == 0
    url = urlsplit(answer["data"]["URL"])
    assert url.scheme == "ws"
    query = parse_qs(url.query)
    assert query["device_id"][0] and query["service_id"][0].isdigit()
    assert set(answer["data"]["ClientConfig"]) == {
        "ReconnectCount",
        "ReconnectInterval",
        "ReconnectNonce",
        "PingInterval",
    }


def test_the_websocket_url_names_the_host_the_client_reached_the_sandbox_by() -> None:
    with SandboxServer(host="0.0.0.0") as server:
        port = server.base_url.rpartition(":")[2]
        answer = httpx.post(
            f"http://localhost:{port}{ENDPOINT}",
            json={"AppID": DEMO_APP_ID, "AppSecret": DEMO_APP_SECRET},
            timeout=5,
        )
        url = answer.json()["data"]["URL"]
        assert url.startswith("ws://localhost:")  # not ws://0.0.0.0, where no client can connect
        with connect(url, proxy=None):
            assert server.callbacks.connected() == 1


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (None, 1000040344),
        ({"AppID": DEMO_APP_ID}, 1000040344),
        ({"AppID": DEMO_APP_ID, "AppSecret": "wrong-secret-here"}, 1000040345),
        ({"AppID": "cli_other", "AppSecret": DEMO_APP_SECRET}, 1000040345),
        ({"AppID": DEMO_APP_ID, "AppSecret": ["not", "text"]}, 1000040345),
    ],
)
def test_the_endpoint_refuses_missing_or_wrong_credentials(raw: Raw, body: Any, code: int) -> None:
    answer = _endpoint(raw, body)
    assert answer["code"] == code and answer["msg"]


def test_the_websocket_needs_a_ticket_from_the_endpoint_used_once(raw: Raw) -> None:
    url = _endpoint(raw, {"AppID": DEMO_APP_ID, "AppSecret": DEMO_APP_SECRET})["data"]["URL"]
    with connect(url, proxy=None):
        pass
    for reused in (url, url.split("&ticket=")[0]):
        with pytest.raises(InvalidStatus) as refused:
            connect(reused, proxy=None)
        assert refused.value.response.status_code == 403
        assert refused.value.response.headers["handshake-status"] == "514"
        assert "ticket" in refused.value.response.headers["handshake-msg"]


def test_a_ticket_older_than_its_lifetime_is_refused_on_the_sandboxs_clock(
    raw: Raw, sandbox: SandboxServer
) -> None:
    # The tickets go by the sandbox's one clock: moved on past their minute, not waited out.
    url = _endpoint(raw, {"AppID": DEMO_APP_ID, "AppSecret": DEMO_APP_SECRET})["data"]["URL"]
    sandbox.advance_clock(TICKET_TTL + 1)
    with pytest.raises(InvalidStatus) as refused:
        connect(url, proxy=None)
    assert refused.value.response.headers["handshake-status"] == "514"
    assert "expired ticket" in refused.value.response.headers["handshake-msg"]


def test_a_ping_is_answered_with_a_pong_carrying_the_client_config(raw: Raw, sandbox: SandboxServer) -> None:
    sandbox.callbacks.client_config.update(PingInterval=7)
    url = _endpoint(raw, {"AppID": DEMO_APP_ID, "AppSecret": DEMO_APP_SECRET})["data"]["URL"]
    service = int(parse_qs(urlsplit(url).query)["service_id"][0])
    with connect(url, proxy=None) as socket:
        socket.send(encode_frame(Frame(service=service, method=0, headers=(("type", "ping"),))))
        pong = decode_frame(socket.recv(timeout=5))  # type: ignore[arg-type]
    assert pong.method == 0 and pong.header("type") == "pong" and pong.service == service
    assert json.loads(pong.payload)["PingInterval"] == 7


def test_garbage_from_a_client_is_ignored_and_the_connection_keeps_working(
    raw: Raw, sandbox: SandboxServer
) -> None:
    url = _endpoint(raw, {"AppID": DEMO_APP_ID, "AppSecret": DEMO_APP_SECRET})["data"]["URL"]
    with connect(url, proxy=None) as socket:
        socket.send(b"\xff\xfe not a frame")
        socket.send("text, not binary 🙃")
        # an answer to a callback nobody is waiting for
        socket.send(encode_frame(Frame(method=1, headers=(("message_id", "msg_nothing"),), payload=b"{}")))
        socket.send(encode_frame(Frame(method=0, headers=(("type", "ping"),))))
        pong = decode_frame(socket.recv(timeout=5))  # type: ignore[arg-type]
    assert pong.header("type") == "pong"


@pytest.mark.parametrize(
    ("change", "field", "says"),
    [
        ({"message_id": None}, "message_id", "is required"),
        ({"open_id": ""}, "open_id", "is required"),
        ({"action": "click"}, "action", "JSON object"),
        ({"action": {"value": {}}}, "action.tag", "is required"),
        ({"action": {"tag": "button", "colour": "red"}}, "action.colour", "not a field of an action"),
        ({"action": {"tag": "button", "form_value": [1]}}, "action.form_value", "JSON object"),
    ],
)
def test_an_unusable_action_is_refused_naming_the_field(
    raw: Raw, change: dict[str, Any], field: str, says: str
) -> None:
    body = {"message_id": _sent(raw), "open_id": demo.ALICE_OPEN_ID, "action": {"tag": "button"}, **change}
    answer = raw.http.post(ACTIONS, json=body)
    assert answer.status_code == 400
    violation = answer.json()["error"]["field_violations"][0]
    assert violation["field"] == field and says in violation["description"]


def test_only_the_recipient_can_act_on_a_card_that_is_still_there(raw: Raw) -> None:
    message_id = _sent(raw)
    someone_else = raw.http.post(
        ACTIONS,
        json={"message_id": message_id, "open_id": demo.ZHANG_WEI_OPEN_ID, "action": {"tag": "button"}},
    )
    assert someone_else.status_code == 403 and someone_else.json()["code"] == 190002
    assert "visible only to" in someone_else.json()["msg"]
    raw.call("POST", "/open-apis/ephemeral/v1/delete", json={"message_id": message_id})
    for missing in (message_id, "om_nothing"):
        gone = raw.http.post(
            ACTIONS, json={"message_id": missing, "open_id": demo.ALICE_OPEN_ID, "action": {"tag": "button"}}
        )
        assert gone.status_code == 400 and gone.json()["code"] == 190001


# --- Feishu's official Python SDK -----------------------------------------------------------

_SDK_LISTENER = textwrap.dedent(
    """
    import json, sys
    import lark_oapi as lark
    from lark_oapi.event.callback.model.p2_card_action_trigger import (
        P2CardActionTrigger, P2CardActionTriggerResponse)

    def on_card(data: P2CardActionTrigger) -> P2CardActionTriggerResponse:
        event = data.event
        print(json.dumps({
            "open_id": event.operator.open_id, "user_id": event.operator.user_id,
            "value": event.action.value, "form_value": event.action.form_value,
            "tag": event.action.tag, "token": event.token,
            "message_id": event.context.open_message_id, "chat_id": event.context.open_chat_id,
        }, ensure_ascii=False), flush=True)
        return P2CardActionTriggerResponse(
            {"toast": {"type": "success", "content": "收到 👍 " + event.action.form_value["name"]}})

    handler = lark.EventDispatcherHandler.builder("", "").register_p2_card_action_trigger(on_card).build()
    base_url, app_id, app_secret = sys.argv[1:4]
    lark.ws.Client(app_id, app_secret, event_handler=handler, domain=base_url,
                   log_level=lark.LogLevel.DEBUG).start()
    """
)


def test_the_official_sdk_connects_and_answers_a_click(
    raw: Raw, sandbox: SandboxServer, tmp_path: Path
) -> None:
    message_id = _sent(raw)
    script = tmp_path / "sdk_listener.py"
    script.write_text(_SDK_LISTENER, encoding="utf-8")
    sandbox.callbacks.part_size = 100  # the SDK puts the parts back together too
    env = {**os.environ, "NO_PROXY": "*", "PYTHONIOENCODING": "utf-8"}
    sdk = subprocess.Popen(
        [sys.executable, str(script), sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )
    try:
        deadline = time.monotonic() + 60  # the SDK takes seconds to import
        while not sandbox.callbacks.connected() and sdk.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert sandbox.callbacks.connected() == 1, "the SDK did not connect"
        answer = httpx.post(
            sandbox.base_url + ACTIONS,
            json={
                "message_id": message_id,
                "open_id": demo.ALICE_OPEN_ID,
                "action": {"tag": "button", "value": {"step": "submit"}, "form_value": {"name": "李雷 🚀"}},
            },
            timeout=10,
        )
    finally:
        sdk.terminate()
        out, err = sdk.communicate(timeout=20)
    assert answer.status_code == 200, (answer.text, err[-2000:])
    toast = {"type": "success", "content": "收到 👍 李雷 🚀"}
    assert answer.json()["data"]["answer"] == {"toast": toast}
    # The SDK logs on standard output too ("[Lark] …"); the handler's line is the JSON one.
    (line,) = [text for text in out.splitlines() if text.startswith("{")]
    seen = json.loads(line)
    alice = demo.person(demo.ALICE_OPEN_ID)
    assert alice is not None
    assert seen == {
        "open_id": alice.open_id,
        "user_id": alice.user_id,
        "value": {"step": "submit"},
        "form_value": {"name": "李雷 🚀"},
        "tag": "button",
        "token": answer.json()["data"]["token"],
        "message_id": message_id,
        "chat_id": demo.TEAM_CHAT_ID,
    }
    (entry,) = sandbox.inbox()
    assert entry.toasts == (toast,)


def test_a_fault_for_the_next_call_is_left_for_the_app_not_taken_by_a_listener_or_a_click(
    raw: Raw, sandbox: SandboxServer
) -> None:
    message_id = _sent(raw)
    sandbox.faults.answer_next(230020, "rate limited", http_status=400)
    assert _endpoint(raw, {"AppID": DEMO_APP_ID, "AppSecret": DEMO_APP_SECRET})["code"] == 0
    click = raw.http.post(
        ACTIONS, json={"message_id": message_id, "open_id": demo.ALICE_OPEN_ID, "action": {"tag": "button"}}
    )
    assert click.json()["code"] == 190003  # handled, nobody listening
    assert _sent_answer(raw)["code"] == 230020  # the fault went to the app's next call


def test_a_websocket_that_cannot_listen_gives_the_http_port_back(monkeypatch: pytest.MonkeyPatch) -> None:
    from designer.sandbox import _server

    bound: list[_server._HTTPServer] = []

    class Recording(_server._HTTPServer):
        def server_activate(self) -> None:
            bound.append(self)
            super().server_activate()

    def refuse(service: Any, host: str) -> None:
        raise OSError(98, "Address already in use")

    monkeypatch.setattr(_server, "_HTTPServer", Recording)
    monkeypatch.setattr(_server, "CallbackHub", refuse)
    with pytest.raises(OSError, match="already in use"):
        SandboxServer()
    assert bound[0].socket.fileno() == -1  # closed: the port is free again
