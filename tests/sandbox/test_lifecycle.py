"""Starting, stopping, programmed faults and the demo data."""

from __future__ import annotations

import contextlib
import socket
import threading
import time

import httpx
import pytest

from designer.feishu import FeishuClient
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from tests.sandbox.conftest import SEND_PATH, TOKEN_PATH, Raw, card


def test_start_and_stop_without_a_with_block() -> None:
    server = SandboxServer(port=0)
    assert server.base_url.startswith("http://127.0.0.1:")
    server.start()
    try:
        assert httpx.post(server.base_url + TOKEN_PATH, json={}).json()["code"] == 10003
    finally:
        server.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.post(server.base_url + TOKEN_PATH, json={}, timeout=1)


def test_stop_does_not_wait_for_a_stalled_request(sandbox: SandboxServer, raw: Raw) -> None:
    raw.token()
    sandbox.faults.stall_next(30, path="/open-apis/im/v1/chats")
    worker = threading.Thread(target=lambda: _ignore_errors(raw))
    worker.start()
    time.sleep(0.2)
    started = time.monotonic()
    sandbox.stop()
    assert time.monotonic() - started < 2
    worker.join(5)
    assert not worker.is_alive()
    assert time.monotonic() - started < 2  # the stalled call was hung up on, not left to time out


def _ignore_errors(raw: Raw) -> None:
    with contextlib.suppress(httpx.HTTPError):
        raw.call("GET", "/open-apis/im/v1/chats")


def test_drop_and_garbage_on_the_wire(sandbox: SandboxServer, raw: Raw) -> None:
    raw.token()
    sandbox.faults.drop_next()
    with pytest.raises(httpx.RemoteProtocolError):
        raw.call("GET", "/open-apis/im/v1/chats")
    sandbox.faults.garbage_next()
    answer = raw.call("GET", "/open-apis/im/v1/chats")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    assert raw.call("GET", "/open-apis/im/v1/chats").json()["code"] == 0  # faults are one-shot


def test_faults_for_a_path_wait_for_that_path(sandbox: SandboxServer, raw: Raw) -> None:
    sandbox.faults.answer_next(230020, "slow down", path=SEND_PATH)
    raw.token()  # the token call does not take a fault meant for sends
    assert raw.call("GET", "/open-apis/im/v1/chats").json()["code"] == 0
    body = {
        "chat_id": demo.TEAM_CHAT_ID,
        "msg_type": "interactive",
        "card": card(),
        "open_id": demo.ALICE_OPEN_ID,
    }
    assert raw.send(body).json()["code"] == 230020
    assert raw.send(body).json()["code"] == 0


def test_slow_sends_delay_every_send(sandbox: SandboxServer, raw: Raw) -> None:
    raw.token()
    sandbox.faults.slow_sends(0.3)
    body = {
        "chat_id": demo.TEAM_CHAT_ID,
        "msg_type": "interactive",
        "card": card(),
        "open_id": demo.ALICE_OPEN_ID,
    }
    started = time.monotonic()
    raw.send(body)
    raw.send(body)
    assert time.monotonic() - started >= 0.6
    sandbox.faults.slow_sends(0)
    started = time.monotonic()
    raw.send(body)
    assert time.monotonic() - started < 0.3


def test_request_log_records_status_and_code(sandbox: SandboxServer, raw: Raw) -> None:
    raw.token()
    raw.call("GET", "/open-apis/im/v1/chats")
    raw.call("GET", f"/open-apis/im/v1/chats/{demo.LEFT_CHAT_ID}/members")
    assert [(r.method, r.path, r.status, r.code) for r in sandbox.requests()] == [
        ("POST", TOKEN_PATH, 200, 0),
        ("GET", "/open-apis/im/v1/chats", 200, 0),
        ("GET", f"/open-apis/im/v1/chats/{demo.LEFT_CHAT_ID}/members", 400, 232011),
    ]


def test_demo_data_has_the_cases_people_meet() -> None:
    chats = {chat.chat_id: chat for chat in demo.CHATS}
    assert chats[demo.TOPIC_CHAT_ID].chat_mode == "topic"
    assert not chats[demo.LEFT_CHAT_ID].bot_in_chat
    assert len(chats[demo.BIG_CHAT_ID].member_ids) == 250
    assert len(set(chats[demo.BIG_CHAT_ID].member_ids)) == 250
    outside = demo.person(demo.OUTSIDE_MEMBER_OPEN_ID)
    assert outside is not None and not outside.available
    assert demo.OUTSIDE_MEMBER_OPEN_ID in chats[demo.TEAM_CHAT_ID].member_ids
    assert demo.NOT_IN_TEAM_OPEN_ID not in chats[demo.TEAM_CHAT_ID].member_ids
    assert {bool(chat.avatar) for chat in demo.CHATS} == {True, False}
    assert len({p.email for p in demo.PEOPLE}) == len(demo.PEOPLE)
    names = [p.name for p in demo.PEOPLE]
    assert any(name.isascii() for name in names) and any(not name.isascii() for name in names)


def test_demo_ids_are_stable_between_runs() -> None:
    # Screenshots, docs and saved profiles name these ids: they must not change.
    assert demo.TEAM_CHAT_ID == "oc_12baf18c308b7a837b0d643a2c585597"
    assert demo.ALICE_OPEN_ID == "ou_aa7334ec51a7eef8f8c9710033b238ed"
    assert all(p.open_id.startswith("ou_") and len(p.open_id) == 35 for p in demo.PEOPLE)


def test_a_malformed_content_length_is_answered_not_crashed(sandbox: SandboxServer) -> None:
    host, port = sandbox.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as conn:
        conn.sendall(b"POST /open-apis/ephemeral/v1/send HTTP/1.1\r\nHost: x\r\nContent-Length: many\r\n\r\n")
        chunks = []
        while chunk := conn.recv(4096):  # the server closes the connection after answering
            chunks.append(chunk)
        reply = b"".join(chunks).decode()
    assert reply.startswith("HTTP/1.1 400")
    assert "Content-Length" in reply and "99992402" in reply


def test_ipv6_loopback() -> None:
    with SandboxServer(host="::1") as server:
        assert server.base_url.startswith("http://[::1]:")
        answer = httpx.post(server.base_url + TOKEN_PATH, json={}, timeout=5)
        assert answer.json()["code"] == 10003
        with FeishuClient(server.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:
            assert len(client.chats.list_all()) == 4
        # The long connection for callbacks listens on the same address.
        answer = httpx.post(
            server.base_url + "/callback/ws/endpoint",
            json={"AppID": DEMO_APP_ID, "AppSecret": DEMO_APP_SECRET},
            timeout=5,
        )
        assert answer.json()["data"]["URL"].startswith("ws://[::1]:")
