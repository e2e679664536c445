"""Neither the app secret nor the tenant token appears in a log record or an error message."""

from __future__ import annotations

import logging

import pytest

from designer.feishu import FeishuClient, FeishuError
from designer.feishu._http import redact_headers
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from tests.feishu.conftest import SEND_PATH, simple_card


def test_no_secret_or_token_in_logs_or_errors(
    sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore
    errors: list[FeishuError] = []
    tokens: list[str] = []
    with FeishuClient(sandbox.base_url, DEMO_APP_ID, "wrong-" + DEMO_APP_SECRET) as wrong:
        try:
            wrong.auth.tenant_token()
        except FeishuError as error:
            errors.append(error)
    with FeishuClient(sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:
        tokens.append(client.auth.tenant_token())
        client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID)
        sandbox.faults.expire_tokens()  # a refusal, a fresh token, a resend
        client.chats.list_all()
        tokens.append(client.auth.tenant_token())
        sandbox.faults.drop_next(path=SEND_PATH)
        for chat_id in (demo.TEAM_CHAT_ID, demo.LEFT_CHAT_ID):  # dropped, then refused
            try:
                client.ephemeral.send(chat_id, simple_card(), open_id=demo.ALICE_OPEN_ID)
            except FeishuError as error:
                errors.append(error)
        text_of_client = repr(client) + str(vars(client))
    assert len(errors) == 3 and len(set(tokens)) == 2
    assert any(record.name.startswith("designer.feishu") for record in caplog.records)
    assert any(record.name.startswith("httpx") for record in caplog.records)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    explained = "\n".join(f"{error}\n{error.hint}\n{error!r}" for error in errors)
    for secret in (DEMO_APP_SECRET, *tokens):
        assert secret not in logged
        assert secret not in explained
        assert secret not in text_of_client
    assert "Bearer <redacted>" in logged  # the headers were logged, with the token replaced


def test_redact_headers_hides_only_the_authorization_value() -> None:
    headers = {"Authorization": "Bearer t-abc", "Content-Type": "application/json", "authorization": "x"}
    assert redact_headers(headers) == {
        "Authorization": "Bearer <redacted>",
        "Content-Type": "application/json",
        "authorization": "Bearer <redacted>",
    }
