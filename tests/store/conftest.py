"""Store tests may switch the keyring backend; put the previous one back afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest


@pytest.fixture(autouse=True)
def _restore_keyring_backend() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)
