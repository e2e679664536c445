"""The client tests' fixture: a client pointed at the test's sandbox (``sandbox``: tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from designer.feishu import FeishuClient
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer


@pytest.fixture
def client(sandbox: SandboxServer, request: pytest.FixtureRequest) -> Iterator[FeishuClient]:
    """A client of the test's sandbox; its token's lifetime goes by the sandbox's clock (moved on
    by ``sandbox.advance_clock``, as the service's tokens are)."""
    with FeishuClient(
        sandbox.base_url, DEMO_APP_ID, DEMO_APP_SECRET, timeout=5.0, clock=sandbox.clock
    ) as feishu:
        yield feishu
