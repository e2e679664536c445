"""Fixtures for the sandbox tests: a running sandbox and a raw HTTP helper (no client logic)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer

TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal"
SEND_PATH = "/open-apis/ephemeral/v1/send"


class Raw:
    """Plain HTTP calls to the sandbox, so its answers are checked as the wire carries them."""

    def __init__(self, server: SandboxServer) -> None:
        self.http = httpx.Client(base_url=server.base_url, timeout=5)
        self._token: str | None = None

    def token(self) -> str:
        if self._token is None:
            answer = self.http.post(TOKEN_PATH, json={"app_id": DEMO_APP_ID, "app_secret": DEMO_APP_SECRET})
            self._token = str(answer.json()["tenant_access_token"])
        return self._token

    def call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.token()}", **kwargs.pop("headers", {})}
        return self.http.request(method, path, headers=headers, **kwargs)

    def send(self, body: dict[str, Any]) -> httpx.Response:
        return self.call("POST", SEND_PATH, json=body)


def card() -> dict[str, Any]:
    return {"elements": [{"tag": "div", "text": {"tag": "lark_md", "content": "**hello**"}}]}


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


@pytest.fixture
def raw(sandbox: SandboxServer) -> Iterator[Raw]:
    helper = Raw(sandbox)
    yield helper
    helper.http.close()
