"""The tenant token: expiry, the single refresh on 99991663, thread safety."""

from __future__ import annotations

import pytest

from designer.feishu import AuthError, FeishuClient
from designer.sandbox import SandboxServer, demo
from tests.helpers.clock import ManualClock
from tests.helpers.feishu import SEND_PATH, TOKEN_PATH, simple_card


def test_a_token_near_its_expiry_is_replaced_before_use(
    client: FeishuClient, sandbox: SandboxServer, clock: ManualClock
) -> None:
    sandbox.token_ttl = 10
    first = client.auth.tenant_token()
    clock.advance(8.9)
    assert client.auth.tenant_token() == first  # still fresh: reused
    clock.advance(0.2)  # within the last tenth of its life (the sandbox would still take it)
    client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID)
    assert client.auth.tenant_token() != first
    assert len(sandbox.requests(TOKEN_PATH)) == 2
    # The send went through at the first try: the client did not wait for a refusal.
    assert [r.code for r in sandbox.requests(SEND_PATH)] == [0]


def test_a_refused_token_is_refreshed_once_and_the_call_repeated(
    client: FeishuClient, sandbox: SandboxServer
) -> None:
    old = client.auth.tenant_token()
    sandbox.faults.expire_tokens()
    result = client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID)
    assert result.message_id
    assert [r.code for r in sandbox.requests(SEND_PATH)] == [99991663, 0]
    assert len(sandbox.requests(TOKEN_PATH)) == 2
    assert client.auth.tenant_token() != old
    assert len(sandbox.inbox()) == 1


def test_the_token_is_refreshed_only_once(client: FeishuClient, sandbox: SandboxServer) -> None:
    client.auth.tenant_token()
    for _ in range(3):
        sandbox.faults.answer_next(99991663, "Invalid access token for authorization.", path=SEND_PATH)
    with pytest.raises(AuthError) as caught:
        client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID)
    assert caught.value.code == 99991663
    assert "app id and secret" in caught.value.hint
    assert len(sandbox.requests(SEND_PATH)) == 2
    assert len(sandbox.requests(TOKEN_PATH)) == 2


def test_a_missing_token_answer_is_also_refreshed(client: FeishuClient, sandbox: SandboxServer) -> None:
    sandbox.faults.answer_next(
        99991661, "Missing access token for authorization.", path="/open-apis/im/v1/chats"
    )
    assert client.chats.list_all()
    assert [r.code for r in sandbox.requests("/open-apis/im/v1/chats")] == [99991661, 0]
