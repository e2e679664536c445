"""``card-designer send`` / ``delete`` end to end against a real SandboxServer on loopback."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from designer.feishu import FeishuClient
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from designer.store.history import HistoryStore
from designer.store.profiles import ProfileStore
from tests.helpers.cli import Run, written_files

CARD = {
    "config": {"wide_screen_mode": True},
    "header": {"template": "blue", "title": {"tag": "plain_text", "content": "今晚发布 v2.3"}},
    "elements": [{"tag": "div", "text": {"tag": "lark_md", "content": "**Release** at 21:00, 请确认"}}],
}
ALICE = next(p for p in demo.PEOPLE if p.open_id == demo.ALICE_OPEN_ID)


@pytest.fixture
def card_file(tmp_path: Path) -> Path:
    path = tmp_path / "card.json"
    path.write_text(json.dumps(CARD, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _no_secret_or_token_in_files(root: Path, server: SandboxServer) -> None:
    with FeishuClient(server.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:
        token = client.auth.tenant_token()  # the sandbox hands out the current token again
    files = written_files(root)
    assert files, "the commands wrote their history and settings"
    for path, content in files.items():
        assert DEMO_APP_SECRET.encode() not in content, path
        assert token.encode() not in content, path


def test_send_and_delete_with_environment_credentials(
    cli: Run, sandbox: SandboxServer, env_credentials: None, card_file: Path, tmp_path: Path
) -> None:
    result = cli("send", str(card_file), "--chat", demo.TEAM_CHAT_ID, "--open-id", demo.ALICE_OPEN_ID)
    assert result.status == 0, result.err
    message_id = result.out.strip()
    assert message_id.startswith("om_") and result.out == message_id + "\n"  # alone, for scripts

    [delivered] = sandbox.inbox()
    assert (delivered.message_id, delivered.chat_id, delivered.open_id) == (
        message_id,
        demo.TEAM_CHAT_ID,
        demo.ALICE_OPEN_ID,
    )
    assert delivered.card == CARD and not delivered.deleted

    [entry] = HistoryStore().entries()
    assert (entry.status, entry.message_id, entry.profile, entry.base_url) == (
        "sent",
        message_id,
        "",
        sandbox.base_url,
    )
    assert (entry.chat_id, entry.recipient_kind, entry.recipient, entry.card) == (
        demo.TEAM_CHAT_ID,
        "open_id",
        demo.ALICE_OPEN_ID,
        CARD,
    )

    result = cli("delete", message_id)
    assert (result.status, result.out) == (0, f"deleted {message_id}\n"), result.err
    assert sandbox.inbox()[0].deleted
    [entry] = HistoryStore().entries()
    assert entry.status == "deleted" and entry.deleted_at is not None

    result = cli("delete", message_id)  # twice: the service answers 18051
    assert result.status == 1
    assert result.err.startswith("error: ephemeral delete (message ") and "18051" in result.err
    assert " — This ephemeral card was already deleted" in result.err
    assert HistoryStore().entries()[0].status == "deleted"
    _no_secret_or_token_in_files(tmp_path / "xdg", sandbox)


@pytest.mark.keyring
def test_send_and_delete_with_a_keyring_profile(
    cli: Run, sandbox: SandboxServer, keyring_profiles: None, card_file: Path, tmp_path: Path
) -> None:
    added = cli(
        "profile",
        "add",
        "demo",
        "--base-url",
        sandbox.base_url,
        "--app-id",
        DEMO_APP_ID,
        stdin=DEMO_APP_SECRET,
    )
    assert added.status == 0, added.err
    result = cli("send", str(card_file), "--chat", demo.TEAM_CHAT_ID, "--email", ALICE.email)
    assert result.status == 0, result.err
    message_id = result.out.strip()
    [delivered] = sandbox.inbox()
    assert delivered.open_id == demo.ALICE_OPEN_ID and delivered.message_id == message_id
    [entry] = HistoryStore().entries()
    assert (entry.profile, entry.recipient_kind, entry.recipient) == ("demo", "email", ALICE.email)

    # Another profile becomes active (its secret is wrong): delete still uses the profile
    # that sent the card, found in the history.
    wrong = "a-wrong-secret-of-32-characters!"
    cli("profile", "add", "other", "--base-url", sandbox.base_url, "--app-id", DEMO_APP_ID, stdin=wrong)
    assert cli("profile", "use", "other").status == 0
    result = cli("delete", message_id)
    assert result.status == 0, result.err
    assert sandbox.inbox()[0].deleted and HistoryStore().entries()[0].status == "deleted"

    # ... while sending with the active profile shows the service's verdict and a hint.
    result = cli("send", str(card_file), "--chat", demo.TEAM_CHAT_ID, "--open-id", demo.ALICE_OPEN_ID)
    assert result.status == 1
    assert "error: " in result.err and "The app secret is wrong" in result.err
    assert "Traceback" not in result.err
    assert ProfileStore().active_name == "other"

    # The recent lists of the window learned the chat and the member, per profile.
    from designer.store.settings import load_settings

    settings = load_settings()
    assert settings.recent_chats["demo"][0].chat_id == demo.TEAM_CHAT_ID
    assert settings.recent_recipients["demo"][0].value == ALICE.email
    _no_secret_or_token_in_files(tmp_path / "xdg", sandbox)
    for content in written_files(tmp_path / "xdg").values():
        assert wrong.encode() not in content


def test_a_request_body_gives_the_ids_and_flags_win(
    cli: Run, sandbox: SandboxServer, env_credentials: None, tmp_path: Path
) -> None:
    body = tmp_path / "body.json"
    body.write_text(
        json.dumps(
            {
                "chat_id": demo.TEAM_CHAT_ID,
                "open_id": demo.ALICE_OPEN_ID,
                "msg_type": "interactive",
                "card": CARD,
            }
        )
    )
    assert cli("send", str(body)).status == 0
    assert cli("send", str(body), "--open-id", demo.ZHANG_WEI_OPEN_ID).status == 0
    assert [entry.open_id for entry in sandbox.inbox()] == [demo.ALICE_OPEN_ID, demo.ZHANG_WEI_OPEN_ID]
    assert all(entry.card == CARD for entry in sandbox.inbox())  # the card, not the whole body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"elements": [', ":1:15: error:"),
        ('{"elements": [{"tag": "buton", "text": {"tag": "plain_text", "content": "x"}}]}', "error:"),
        ("[1, 2]", "error: a card is a JSON object"),
        # 1e400 reads as infinity and would go out as Infinity, which is not JSON (issue 9)
        (
            '{"elements": [{"tag": "markdown", "content": "x"}], "config": {"summary": {"n": 1e400}}}',
            "[number-not-finite]",
        ),
    ],
)
def test_validation_errors_block_the_send(
    cli: Run, sandbox: SandboxServer, env_credentials: None, tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_text(text)
    result = cli("send", str(path), "--chat", demo.TEAM_CHAT_ID, "--open-id", demo.ALICE_OPEN_ID)
    assert result.status == 1
    assert f"{path}:" in result.err and expected in result.err
    assert "nothing was sent" in result.err and result.out == ""
    assert sandbox.inbox() == [] and HistoryStore().entries() == []


@pytest.mark.parametrize(
    ("chat", "recipient", "hint"),
    [
        (demo.TOPIC_CHAT_ID, demo.ALICE_OPEN_ID, "18053"),
        (demo.LEFT_CHAT_ID, demo.ALICE_OPEN_ID, "add it in the chat settings"),
        (demo.TEAM_CHAT_ID, demo.OUTSIDE_MEMBER_OPEN_ID, "230013"),
        (demo.TEAM_CHAT_ID, demo.NOT_IN_TEAM_OPEN_ID, "not a member of this chat"),
    ],
)
def test_refused_sends_print_the_hint_and_are_recorded(
    cli: Run,
    sandbox: SandboxServer,
    env_credentials: None,
    card_file: Path,
    chat: str,
    recipient: str,
    hint: str,
) -> None:
    result = cli("send", str(card_file), "--chat", chat, "--open-id", recipient)
    assert result.status == 1 and result.out == ""
    assert result.err.startswith("error: ephemeral send (chat ") and " — " in result.err
    assert hint in result.err and "Traceback" not in result.err
    [entry] = HistoryStore().entries()
    assert entry.status == "failed" and entry.message_id is None and entry.error and chat in entry.error
    assert sandbox.inbox() == []


def test_read_time_out_is_not_resent(
    cli: Run, sandbox: SandboxServer, env_credentials: None, card_file: Path
) -> None:
    sandbox.faults.slow_sends(1.5)
    result = cli(
        "send",
        str(card_file),
        "--chat",
        demo.TEAM_CHAT_ID,
        "--open-id",
        demo.ALICE_OPEN_ID,
        "--timeout",
        "0.5",
    )
    assert result.status == 1 and "may or may not" in result.err
    assert len(sandbox.inbox()) <= 1
    assert HistoryStore().entries()[0].status == "failed"


def test_connect_failure(cli: Run, card_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("FEISHU_APP_ID", DEMO_APP_ID)
    monkeypatch.setenv("FEISHU_APP_SECRET", DEMO_APP_SECRET)
    result = cli(
        "send",
        str(card_file),
        "--chat",
        demo.TEAM_CHAT_ID,
        "--open-id",
        "ou_x",
        "--base-url",
        f"http://127.0.0.1:{port}",
    )
    assert result.status == 1 and "nothing was sent" in result.err and "Traceback" not in result.err
    assert DEMO_APP_SECRET not in result.err


def test_usage_and_credential_mistakes(cli: Run, card_file: Path, tmp_path: Path) -> None:
    result = cli("send", str(tmp_path / "missing.json"), "--chat", "oc_1", "--open-id", "ou_1")
    assert result.status == 2 and "missing.json: no such file" in result.err
    result = cli("send", str(card_file), "--open-id", "ou_1")
    assert result.status == 2 and "no chat: give --chat" in result.err
    result = cli("send", str(card_file), "--chat", "oc_1")
    assert result.status == 2 and "no recipient" in result.err
    result = cli("send", str(card_file), "--chat", "oc_1", "--open-id", "ou_1")
    assert result.status == 1 and "no credentials: set FEISHU_APP_ID" in result.err
    result = cli("send", str(card_file), "--chat", "oc_1", "--open-id", "ou_1", "--profile", "nope")
    assert result.status == 1 and "no profile named 'nope'" in result.err
    result = cli("delete", "om_1", "--base-url", "http://example.com")
    assert result.status == 2 and "uses http" in result.err
    assert HistoryStore().entries() == []


@pytest.mark.keyring
def test_profile_test_fetches_a_token(cli: Run, sandbox: SandboxServer, keyring_profiles: None) -> None:
    cli(
        "profile",
        "add",
        "demo",
        "--base-url",
        sandbox.base_url,
        "--app-id",
        DEMO_APP_ID,
        stdin=DEMO_APP_SECRET,
    )
    cli(
        "profile",
        "add",
        "bad",
        "--base-url",
        sandbox.base_url,
        "--app-id",
        DEMO_APP_ID,
        stdin="not-the-secret",
    )
    result = cli("profile", "test")
    assert (result.status, result.out) == (
        0,
        f"profile demo: connected to {sandbox.base_url} as app {DEMO_APP_ID}\n",
    )
    result = cli("profile", "test", "bad")
    assert result.status == 1 and "The app secret is wrong" in result.err
    assert "not-the-secret" not in result.err


def test_card_from_standard_input(cli: Run, sandbox: SandboxServer, env_credentials: None) -> None:
    result = cli("send", "-", "--chat", demo.TEAM_CHAT_ID, "--user-id", ALICE.user_id, stdin=json.dumps(CARD))
    assert result.status == 0, result.err
    assert sandbox.inbox()[0].open_id == demo.ALICE_OPEN_ID
    broken = cli("send", "-", "--chat", demo.TEAM_CHAT_ID, "--user-id", ALICE.user_id, stdin="{")
    assert broken.status == 1 and broken.err.startswith("<stdin>:1:")


def test_a_rate_limit_reset_of_nan_is_reported_and_recorded(
    cli: Run,
    sandbox: SandboxServer,
    env_credentials: None,
    card_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("designer.feishu._http.RATE_LIMIT_DEFAULT_WAIT", 0.05)
    for _ in range(4):
        sandbox.faults.rate_limit_next(reset="nan", path="/open-apis/ephemeral/v1/send")
    result = cli("send", str(card_file), "--chat", demo.TEAM_CHAT_ID, "--open-id", demo.ALICE_OPEN_ID)
    assert result.status == 1 and "Traceback" not in result.err
    assert "code 99991400, HTTP 429" in result.err and "wait a moment" in result.err
    [entry] = HistoryStore().entries()
    assert entry.status == "failed" and entry.error and "99991400" in entry.error


def test_a_base_url_with_two_ports_is_a_usage_error_not_a_crash(cli: Run, card_file: Path) -> None:
    result = cli(
        "send",
        str(card_file),
        "--chat",
        demo.TEAM_CHAT_ID,
        "--open-id",
        demo.ALICE_OPEN_ID,
        "--base-url",
        "http://127.0.0.1:80:81",
    )
    assert result.status == 2 and "Traceback" not in result.err
    assert "--base-url: 'http://127.0.0.1:80:81' has the port '80:81'" in result.err
    assert HistoryStore().entries() == []


@pytest.mark.parametrize(
    "path", ["/open-apis/auth/v3/tenant_access_token/internal", "/open-apis/ephemeral/v1/send"]
)
def test_a_proxy_page_echoing_the_request_keeps_secrets_out_of_stderr_and_history(
    cli: Run, card_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str
) -> None:
    app_secret = "sec-" + "5a1f9c3e" * 4
    # A short app id puts the secret near the start of the echoed token request.
    with SandboxServer(app_id="cli_1", app_secret=app_secret) as server:
        monkeypatch.setenv("FEISHU_APP_ID", "cli_1")
        monkeypatch.setenv("FEISHU_APP_SECRET", app_secret)
        monkeypatch.setenv("FEISHU_BASE_URL", server.base_url)
        server.faults.echo_next(path=path)
        result = cli("send", str(card_file), "--chat", demo.TEAM_CHAT_ID, "--open-id", demo.ALICE_OPEN_ID)
        with FeishuClient(server.base_url, "cli_1", app_secret) as client:
            token = client.auth.tenant_token()  # the sandbox hands out the current token again
    assert result.status == 1 and "not JSON" in result.err and "<redacted>" in result.err
    [entry] = HistoryStore().entries()
    assert entry.status == "failed" and entry.error and "<redacted>" in entry.error
    stored = b"".join(written_files(tmp_path).values()).decode("utf-8", "replace")
    for secret in (app_secret, token):
        pieces = {secret[i : i + 10] for i in range(len(secret) - 9)}
        assert not any(piece in result.err or piece in stored for piece in pieces)
