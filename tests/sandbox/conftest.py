"""The sandbox tests' fixture: plain HTTP to the test's sandbox (``sandbox``: tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from designer.sandbox import SandboxServer
from tests.helpers.feishu import Raw


@pytest.fixture
def raw(sandbox: SandboxServer) -> Iterator[Raw]:
    helper = Raw(sandbox)
    yield helper
    helper.http.close()
