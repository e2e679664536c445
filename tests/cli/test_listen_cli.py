"""``card-designer listen`` in a process of its own, against the sandbox."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from designer.feishu import FeishuClient
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from designer.store.member_names import remember_names

CARD = {"schema": "2.0", "body": {"elements": [{"tag": "markdown", "content": "请确认 ✅"}]}}


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


def _env(base_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "FEISHU_BASE_URL": base_url,
        "FEISHU_APP_ID": DEMO_APP_ID,
        "FEISHU_APP_SECRET": DEMO_APP_SECRET,
        "PYTHONIOENCODING": "utf-8",
    }


def _listen(base_url: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "designer", "listen", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=_env(base_url),
    )


def _wait_connected(sandbox: SandboxServer, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while not sandbox.callbacks.connected() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert sandbox.callbacks.connected() == 1, process.stderr.read() if process.poll() is not None else ""


def test_listen_prints_each_callback_as_a_json_line_and_stops_on_ctrl_c(sandbox: SandboxServer) -> None:
    with FeishuClient(sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:
        message_id = client.ephemeral.send(demo.TEAM_CHAT_ID, CARD, open_id=demo.ALICE_OPEN_ID).message_id
    # The window loaded the chat's members once: the command names who clicked.
    remember_names(DEMO_APP_ID, {demo.ALICE_OPEN_ID: "Alice Chen 🌸"})
    process = _listen(sandbox.base_url, "--answer-toast", "谢谢 👍", "--toast-type", "success")
    try:
        _wait_connected(sandbox, process)
        answers: list[dict[str, Any]] = []
        for value in ({"choice": "yes"}, {"choice": "不 🙅"}):
            answer = httpx.post(
                sandbox.base_url + "/sandbox/v1/actions",
                json={
                    "message_id": message_id,
                    "open_id": demo.ALICE_OPEN_ID,
                    "action": {"tag": "button", "value": value},
                },
                timeout=10,
            )
            assert answer.status_code == 200, answer.text
            answers.append(answer.json()["data"])
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    events = [json.loads(line) for line in out.splitlines()]
    assert [e["event"]["action"]["value"] for e in events] == [{"choice": "yes"}, {"choice": "不 🙅"}]
    assert [e["header"]["event_type"] for e in events] == ["card.action.trigger"] * 2
    assert events[0]["event"]["context"]["open_message_id"] == message_id
    assert events[0]["event"]["operator"]["open_id"] == demo.ALICE_OPEN_ID
    assert all(a["answer"] == {"toast": {"type": "success", "content": "谢谢 👍"}} for a in answers)
    assert "listen: connected" in err and "listen: stopped" in err
    assert f"listen: Alice Chen 🌸 ({demo.ALICE_OPEN_ID}) acted on button of card {message_id}" in err
    assert "Traceback" not in err


def test_a_refused_app_exits_1_naming_the_console_steps(sandbox: SandboxServer) -> None:
    sandbox.callbacks.long_connection = False
    done = subprocess.run(
        [sys.executable, "-m", "designer", "listen"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(sandbox.base_url),
        timeout=60,
    )
    assert done.returncode == 1 and done.stdout == ""
    error = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert len(error) == 1
    assert "使用长连接接收回调" in error[0] and "card.action.trigger" in error[0] and "publish" in error[0]
    assert "Traceback" not in done.stderr


def test_an_unreachable_address_exits_1_at_once() -> None:
    with SandboxServer() as gone:
        base_url = gone.base_url
    done = subprocess.run(
        [sys.executable, "-m", "designer", "listen"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(base_url),
        timeout=60,
    )
    assert done.returncode == 1
    assert f"error: could not connect to {base_url}" in done.stderr
    assert "check the network and the base URL" in done.stderr and "Traceback" not in done.stderr
