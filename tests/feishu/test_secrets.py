"""Neither the app secret nor the tenant token appears in a log record or an error message."""

from __future__ import annotations

import logging
import secrets

import pytest

from designer.feishu import FeishuClient, FeishuError
from designer.feishu._exceptions import redact
from designer.feishu._http import redact_headers
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from tests.helpers.feishu import SEND_PATH, TOKEN_PATH, simple_card


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


def _leaks(secret: str, text: str, piece: int = 10) -> list[str]:
    """Every ``piece``-long part of ``secret`` found in ``text``: a cut-off token is a leak too."""
    return [secret[i : i + piece] for i in range(len(secret) - piece + 1) if secret[i : i + piece] in text]


def _error_texts(error: FeishuError) -> str:
    return f"{error}\n{error.hint}\n{error!r}\n{vars(error)}\n{error.args}"


@pytest.mark.parametrize("as_json", [False, True], ids=["html page", "json msg"])
def test_a_proxy_page_echoing_the_request_leaks_neither_token_nor_secret(as_json: bool) -> None:
    app_secret = "sec-" + secrets.token_hex(16)
    # A short app id puts the secret near the start of the echoed token request.
    with (
        SandboxServer(app_id="cli_1", app_secret=app_secret) as sandbox,
        FeishuClient(sandbox.base_url, "cli_1", app_secret) as client,
    ):
        sandbox.faults.echo_next(path=TOKEN_PATH, as_json=as_json)  # the body holds the secret
        with pytest.raises(FeishuError) as on_token:
            client.auth.tenant_token()
        token = client.auth.tenant_token()
        sandbox.faults.echo_next(path=SEND_PATH, as_json=as_json)  # the header holds the token
        with pytest.raises(FeishuError) as on_send:
            client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID)
    for error in (on_token.value, on_send.value):
        texts = _error_texts(error)
        assert "<redacted>" in texts  # the echo was there, and was cut out
        assert _leaks(app_secret, texts) == [] and _leaks(token, texts) == []


def test_redact_finds_the_escaped_forms_a_page_may_show() -> None:
    secret = 'a"b<c>&d/é'
    for form in (
        'a\\"b<c>&d/é',
        "a&quot;b&lt;c&gt;&amp;d/é",
        "a%22b%3Cc%3E%26d%2F%C3%A9",
        'a\\"b<c>&d/\\u00e9',
    ):
        assert redact(f"before {form} after", [secret]) == "before <redacted> after"
    assert redact("nothing here", ["", "x-y-z"]) == "nothing here"
    assert redact("the app secret is wrong", ["wrong"]) == "the app secret is wrong"  # too short to be one
