"""``card-designer post`` / ``update`` / ``recall`` / ``answer`` against a real sandbox on loopback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from designer.feishu import CallbackListener, FeishuClient, ListenerStatus, Toast
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from designer.store.history import HistoryStore, actions_now
from tests.helpers.cli import Run

SHARED: dict[str, Any] = {
    "config": {"update_multi": True},
    "header": {"title": {"tag": "plain_text", "content": "请假审批 📝"}, "template": "blue"},
    "elements": [{"tag": "div", "text": {"tag": "lark_md", "content": "**Alice**: 2 days 🏖️"}}],
}
FINAL: dict[str, Any] = {"schema": "2.0", "body": {"elements": [{"tag": "markdown", "content": "✅ 已批准"}]}}
NOT_SHARED: dict[str, Any] = {"elements": [{"tag": "div", "text": {"tag": "plain_text", "content": "hi"}}]}


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(port=0) as server:
        yield server


@pytest.fixture
def env_credentials(sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FEISHU_APP_ID", DEMO_APP_ID)
    monkeypatch.setenv("FEISHU_APP_SECRET", DEMO_APP_SECRET)
    monkeypatch.setenv("FEISHU_BASE_URL", sandbox.base_url)


def _card(tmp_path: Path, name: str, card: dict[str, Any]) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_post_update_recall_round_trip_is_recorded(
    cli: Run, sandbox: SandboxServer, env_credentials: None, tmp_path: Path
) -> None:
    posted = cli("post", "--chat", demo.TEAM_CHAT_ID, _card(tmp_path, "a.json", SHARED))
    assert posted.status == 0, posted.err
    message_id = posted.out.strip()
    assert message_id.startswith("om_") and sandbox.messages()[0].card == SHARED
    entry = HistoryStore().find_message(message_id)
    assert entry is not None and entry.kind == "group" and entry.recipient == ""
    assert actions_now(entry) == {"update": None, "recall": None}

    updated = cli("update", message_id, _card(tmp_path, "b.json", FINAL))
    assert updated.status == 0 and updated.out.strip() == f"updated {message_id}", updated.err
    assert sandbox.messages()[0].card == FINAL
    entry = HistoryStore().find_message(message_id)
    assert entry is not None and entry.card == FINAL and entry.updated_at is not None

    recalled = cli("recall", message_id)
    assert recalled.status == 0 and recalled.out.strip() == f"recalled {message_id}", recalled.err
    assert sandbox.messages()[0].recalled
    entry = HistoryStore().find_message(message_id)
    assert entry is not None and entry.status == "recalled"

    again = cli("recall", message_id)
    assert (
        again.status == 1 and again.err.startswith("error: recalling a message") and "recalled" in again.err
    )
    assert "Traceback" not in again.err


def test_a_card_with_errors_is_not_posted(
    cli: Run, sandbox: SandboxServer, env_credentials: None, tmp_path: Path
) -> None:
    result = cli(
        "post", "--chat", demo.TEAM_CHAT_ID, _card(tmp_path, "bad.json", {"elements": [{"tag": "nope"}]})
    )
    assert result.status == 1 and "nothing was posted" not in result.err and "nothing was sent" in result.err
    assert sandbox.messages() == []


def test_updating_an_ephemeral_card_says_delete_and_send_again(
    cli: Run, sandbox: SandboxServer, env_credentials: None, tmp_path: Path
) -> None:
    with FeishuClient(sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:
        ephemeral = client.ephemeral.send(demo.TEAM_CHAT_ID, SHARED, open_id=demo.ALICE_OPEN_ID).message_id
    result = cli("update", ephemeral, _card(tmp_path, "b.json", FINAL))
    assert result.status == 1 and "ephemeral" in result.err and "delete" in result.err
    assert len([line for line in result.err.splitlines() if line.startswith("error:")]) == 1  # one clear line


def test_updating_with_a_card_that_is_not_shared_sends_nothing(
    cli: Run, sandbox: SandboxServer, env_credentials: None, tmp_path: Path
) -> None:
    message_id = cli("post", "--chat", demo.TEAM_CHAT_ID, _card(tmp_path, "a.json", SHARED)).out.strip()
    result = cli("update", message_id, _card(tmp_path, "b.json", NOT_SHARED))
    assert result.status == 1 and "update_multi" in result.err
    assert sandbox.messages()[0].card == SHARED and sandbox.messages()[0].updates == 0
    entry = HistoryStore().find_message(message_id)
    assert entry is not None and entry.card == SHARED and "update_multi" in str(entry.error)


def test_a_repeated_uuid_posts_and_records_once(
    cli: Run, sandbox: SandboxServer, env_credentials: None, tmp_path: Path
) -> None:
    path = _card(tmp_path, "a.json", SHARED)
    first = cli("post", "--chat", demo.TEAM_CHAT_ID, "--uuid", "leave-7", path)
    second = cli("post", "--chat", demo.TEAM_CHAT_ID, "--uuid", "leave-7", path)
    assert first.out == second.out and len(sandbox.messages()) == 1
    assert [e.message_id for e in HistoryStore().entries()] == [first.out.strip()]


def test_answer_updates_the_clicked_card_until_the_token_is_used_up(
    cli: Run, sandbox: SandboxServer, env_credentials: None, tmp_path: Path
) -> None:
    with FeishuClient(sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:
        message_id = client.ephemeral.send(demo.TEAM_CHAT_ID, SHARED, open_id=demo.ALICE_OPEN_ID).message_id
    listener = CallbackListener(
        sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET, lambda action: Toast("info", "ok")
    )
    listener.start()
    try:
        assert listener.wait_for(ListenerStatus.CONNECTED, timeout=10).status is ListenerStatus.CONNECTED
        click = {"message_id": message_id, "open_id": demo.ALICE_OPEN_ID, "action": {"tag": "button"}}
        token = httpx.post(sandbox.base_url + "/sandbox/v1/actions", json=click, timeout=10).json()["data"][
            "token"
        ]
    finally:
        listener.stop()
    final = _card(tmp_path, "final.json", FINAL)
    for _ in range(2):
        result = cli("answer", "--token", token, final)
        assert result.status == 0 and result.out.strip() == "updated the clicked card", result.err
    assert sandbox.inbox()[0].card == FINAL
    used_up = cli("answer", "--token", token, final)
    assert used_up.status == 1 and "twice" in used_up.err and "Traceback" not in used_up.err


def test_the_commands_in_a_subprocess_print_ids_and_clear_errors(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "FEISHU_BASE_URL": sandbox.base_url,
        "FEISHU_APP_ID": DEMO_APP_ID,
        "FEISHU_APP_SECRET": DEMO_APP_SECRET,
        "PYTHONIOENCODING": "utf-8",
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "designer", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=60,
        )

    posted = run("post", "--chat", demo.TEAM_CHAT_ID, _card(tmp_path, "a.json", SHARED))
    assert posted.returncode == 0, posted.stderr
    message_id = posted.stdout.strip()
    sandbox.advance_clock(15 * 24 * 3600)
    late = run("update", message_id, _card(tmp_path, "b.json", FINAL))
    assert late.returncode == 1 and "14 days" in late.stderr and "Traceback" not in late.stderr
    missing = run("recall", "om_nobody")
    assert missing.returncode == 1 and "om_nobody" in missing.stderr
    usage = run("update", "", _card(tmp_path, "b.json", FINAL))
    assert usage.returncode == 2 and "message id" in usage.stderr
    helped = run("post", "--help")
    assert helped.returncode == 0 and "--chat" in helped.stdout and "--uuid" in helped.stdout
