"""Card text for the card-format tests (and any test that needs a card as an author writes it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from designer.cards import Document, parse

# Cards written for the card-format tests (tests/cards/data).
DATA = Path(__file__).resolve().parents[1] / "cards" / "data"
# Real-world cards collected by another engineer (tests/data/cards/*.json).
FIXTURES = Path(__file__).resolve().parents[1] / "data" / "cards"


def card_text(card: Any) -> str:
    """A card (or body) as indented JSON, the way authors write it."""
    return json.dumps(card, ensure_ascii=False, indent=2)


def line_of(text: str, needle: str) -> int:
    """1-based line of the only occurrence of ``needle`` (fails the test when not unique)."""
    assert text.count(needle) == 1, f"{needle!r} occurs {text.count(needle)} times"
    return text[: text.index(needle)].count("\n") + 1


def rules(doc: Document) -> set[str]:
    return {d.rule for d in doc.diagnostics}


def parse_card(card: Any, **kwargs: Any) -> Document:
    return parse(card_text(card), **kwargs)
