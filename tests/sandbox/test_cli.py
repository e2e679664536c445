"""``card-designer sandbox`` as a real process: first lines, serving, clean stop on signals."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from designer.feishu import FeishuClient
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, demo
from tests.helpers.feishu import hello_card


@contextmanager
def _sandbox_process(*args: str) -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "designer", "sandbox", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline().rstrip("\n") for _ in range(3)]
        yield process, lines
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


def _field(line: str) -> str:
    return line.split(":", 1)[1].strip()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_prints_its_address_serves_and_stops_on_signal(sig: signal.Signals) -> None:
    with _sandbox_process() as (process, lines):
        assert lines[0].startswith("base URL:   http://127.0.0.1:")
        assert lines[1:] == [f"app id:     {DEMO_APP_ID}", f"app secret: {DEMO_APP_SECRET}"]
        with FeishuClient(_field(lines[0]), _field(lines[1]), _field(lines[2])) as client:
            sent = client.ephemeral.send(demo.TEAM_CHAT_ID, hello_card(), open_id=demo.ALICE_OPEN_ID)
            assert sent.message_id.startswith("om_")
        process.send_signal(sig)
        out, err = process.communicate(timeout=10)
        assert process.returncode == 0, err
        assert out.rstrip().endswith("sandbox stopped")
        assert "Traceback" not in err


def test_own_app_id_and_secret() -> None:
    with _sandbox_process("--app-id", "cli_mine", "--app-secret", "s3cret") as (process, lines):
        assert lines[1:] == ["app id:     cli_mine", "app secret: s3cret"]
        with FeishuClient(_field(lines[0]), "cli_mine", "s3cret") as client:
            assert client.auth.tenant_token()
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)
        assert process.returncode == 0


def test_app_id_without_secret_is_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "designer", "sandbox", "--app-id", "cli_x"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "--app-id and --app-secret together" in result.stderr


def test_a_port_in_use_is_a_clear_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "designer", "sandbox", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
