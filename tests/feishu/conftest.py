"""Fixtures for the client tests: a real sandbox on loopback and a client pointed at it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from designer.feishu import FeishuClient
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer

SEND_PATH = "/open-apis/ephemeral/v1/send"
TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal"


def simple_card(text: str = "**Release 1.2** is ready") -> dict[str, Any]:
    return {
        "header": {"title": {"tag": "plain_text", "content": "发布通知"}, "template": "blue"},
        "elements": [{"tag": "div", "text": {"tag": "lark_md", "content": text}}],
    }


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[FeishuClient]:
    with FeishuClient(sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET, timeout=5.0) as feishu:
        yield feishu
