"""Network faults: no connection, no answer in time (no resend), garbage, dropped connections."""

from __future__ import annotations

import socket
import time

import pytest

from designer.feishu import (
    BASE_URLS,
    BadResponse,
    ConnectionFailed,
    FeishuClient,
    InsecureURL,
    Region,
    TimedOut,
)
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from tests.helpers.feishu import SEND_PATH, TOKEN_PATH, simple_card


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_nothing_listening_is_a_connection_failure() -> None:
    base_url = f"http://127.0.0.1:{_closed_port()}"
    with (
        FeishuClient(base_url, DEMO_APP_ID, DEMO_APP_SECRET, timeout=2) as client,
        pytest.raises(ConnectionFailed) as caught,
    ):
        client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID)
    assert base_url in str(caught.value)
    assert "nothing was sent" in caught.value.hint


def test_a_read_time_out_is_never_resent(sandbox: SandboxServer) -> None:
    sandbox.faults.stall_next(1.5, path=SEND_PATH)
    with FeishuClient(sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET, timeout=0.5) as client:
        client.auth.tenant_token()
        with pytest.raises(TimedOut) as caught:
            client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID)
    assert "may or may not have been delivered" in str(caught.value)
    assert "before sending again" in caught.value.hint
    deadline = time.monotonic() + 3
    while not sandbox.requests(SEND_PATH) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)
    assert len(sandbox.requests(SEND_PATH)) == 1
    assert len(sandbox.inbox()) <= 1


def test_a_dropped_connection_is_not_resent(client: FeishuClient, sandbox: SandboxServer) -> None:
    client.auth.tenant_token()
    sandbox.faults.drop_next(path=SEND_PATH)
    with pytest.raises(BadResponse) as caught:
        client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID)
    assert "closed without an answer" in str(caught.value)
    assert "may or may not have been delivered" in str(caught.value)
    assert len(sandbox.requests(SEND_PATH)) == 1


def test_an_answer_that_is_not_json(client: FeishuClient, sandbox: SandboxServer) -> None:
    sandbox.faults.garbage_next(path="/open-apis/im/v1/chats")
    with pytest.raises(BadResponse) as caught:
        client.chats.list_all()
    assert "not JSON" in str(caught.value) and "502 Bad Gateway" in str(caught.value)
    assert "base URL" in caught.value.hint


def test_a_base_url_that_is_not_the_api(sandbox: SandboxServer) -> None:
    with (
        FeishuClient(sandbox.base_url + "/wrong", DEMO_APP_ID, DEMO_APP_SECRET) as client,
        pytest.raises(BadResponse, match=r"HTTP 404 with a body that is not JSON: '404 page not found'"),
    ):
        client.auth.tenant_token()


@pytest.mark.parametrize(
    "url",
    ["http://open.feishu.cn", "http://10.0.0.5:8080", "ftp://127.0.0.1", "open.feishu.cn", "http://"],
)
def test_insecure_or_malformed_base_urls_are_refused(url: str) -> None:
    with pytest.raises(InsecureURL) as caught:
        FeishuClient(url, "cli_x", "secret")
    assert isinstance(caught.value, ValueError)
    assert url in str(caught.value)
    assert "https://" in caught.value.hint


@pytest.mark.parametrize(
    "url",
    [
        BASE_URLS[Region.FEISHU],
        BASE_URLS[Region.LARK],
        "http://127.0.0.1:9",
        "http://localhost:9/",
        "http://[::1]:9",
    ],
)
def test_https_and_loopback_base_urls_are_accepted(url: str) -> None:
    with FeishuClient(url, "cli_x", "secret") as client:
        assert client.base_url == url.rstrip("/")
        assert "secret" not in repr(client)


def test_a_tls_failure_says_so(sandbox: SandboxServer) -> None:
    https_url = sandbox.base_url.replace("http://", "https://")  # the sandbox speaks plain http
    with (
        FeishuClient(https_url, DEMO_APP_ID, DEMO_APP_SECRET, timeout=2) as client,
        pytest.raises(ConnectionFailed) as caught,
    ):
        client.chats.list_all()
    assert "secure (TLS) connection" in str(caught.value)
    assert "nothing was sent" in caught.value.hint


def test_a_proxy_in_the_environment_is_not_used_for_the_sandbox(
    monkeypatch: pytest.MonkeyPatch, sandbox: SandboxServer
) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{_closed_port()}")
    monkeypatch.setenv("ALL_PROXY", f"http://127.0.0.1:{_closed_port()}")
    with FeishuClient(sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as fresh:
        assert fresh.chats.list_all()


@pytest.mark.parametrize(
    "url", ["https://user:pw@open.feishu.cn", "https://open.feishu.cn?x=1", "https://open.feishu.cn#top"]
)
def test_a_base_url_with_user_query_or_fragment_is_refused_without_echoing_it(url: str) -> None:
    with pytest.raises(InsecureURL) as caught:
        FeishuClient(url, "cli_x", "secret")
    assert "open.feishu.cn" in str(caught.value)
    assert "pw" not in str(caught.value)


def test_a_token_time_out_says_nothing_was_sent(sandbox: SandboxServer) -> None:
    sandbox.faults.stall_next(1.5, path=TOKEN_PATH)
    with (
        FeishuClient(sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET, timeout=0.5) as client,
        pytest.raises(TimedOut) as caught,
    ):
        client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID)
    text = f"{caught.value}\n{caught.value.hint}"
    assert "nothing was sent: the token request timed out" in str(caught.value)
    assert "Nothing was sent" in caught.value.hint
    assert "may or may not" not in text and "delivered" not in text
    assert sandbox.requests(SEND_PATH) == [] and sandbox.inbox() == []


def test_a_token_request_closed_without_an_answer_says_nothing_was_sent(sandbox: SandboxServer) -> None:
    sandbox.faults.drop_next(path=TOKEN_PATH)
    with (
        FeishuClient(sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client,
        pytest.raises(BadResponse) as caught,
    ):
        client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID)
    assert "nothing was sent" in str(caught.value) and "Nothing was sent" in caught.value.hint
    assert sandbox.requests(SEND_PATH) == []
