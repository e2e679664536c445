"""The card-format tests' fixture (what they import: tests/helpers/cards.py)."""

from __future__ import annotations

import pytest

from tests.helpers.cards import DATA


@pytest.fixture
def example_text() -> str:
    return (DATA / "ephemeral_example.json").read_text(encoding="utf-8")
