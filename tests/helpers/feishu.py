"""The open API's paths and cards for the client and sandbox tests, and ``Raw``: plain HTTP to the
sandbox (no client logic), so its answers are checked as the wire carries them.

The ``sandbox`` fixture (tests/conftest.py) is the one running sandbox every test area uses.
"""

from __future__ import annotations

from typing import Any

import httpx

from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer

SEND_PATH = "/open-apis/ephemeral/v1/send"
TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal"


def simple_card(text: str = "**Release 1.2** is ready") -> dict[str, Any]:
    return {
        "header": {"title": {"tag": "plain_text", "content": "发布通知"}, "template": "blue"},
        "elements": [{"tag": "div", "text": {"tag": "lark_md", "content": text}}],
    }


def hello_card() -> dict[str, Any]:
    return {"elements": [{"tag": "div", "text": {"tag": "lark_md", "content": "**hello**"}}]}


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
