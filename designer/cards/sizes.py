"""The size of a card as Feishu counts it: the 30 KB limit and the status bar ("12.3 KB / 30 KB")."""

from __future__ import annotations

import json
from typing import Any

# docs/feishu/card-limits.md / error 230025: the whole card at most 30 KB (KB = 1024 bytes).
MAX_CARD_BYTES = 30 * 1024


def card_size_bytes(doc: Any) -> int:
    """UTF-8 size of the card as sent (compact JSON, non-ASCII as is): what the limit counts.

    Accepts a ``Document`` (uses its ``card``, not the request body around it) or a card ``dict``.
    """
    card = doc if isinstance(doc, dict) else getattr(doc, "card", None)
    if card is None:
        return 0
    # A card read from JSON holds no cycle: skipping the encoder's check took a third off
    # this step of every parse (a 30 KB card: ~1.3 -> ~0.8 ms).
    return len(json.dumps(card, ensure_ascii=False, separators=(",", ":"), check_circular=False).encode("utf-8"))


def size_label(size_bytes: int) -> str:
    """``"12.3 KB / 30 KB"``."""
    return f"{size_bytes / 1024:.1f} KB / {MAX_CARD_BYTES // 1024} KB"


# How big a card is drawn (the preview canvas and ``card-designer render``). A 10,000-row
# table drew 362,777 px tall and ``render --scale 4`` of it needed 14.5 GB (issue 9), so a card
# taller than MAX_CANVAS_HEIGHT logical px is drawn down to there and ends with a note saying
# it was cut, and an exported image holds at most MAX_IMAGE_PIXELS pixels (200 MB as 32-bit
# colour: a dense scale cuts it shorter). A card within the 30 KB is rarely past the height: that
# is some 1,300 lines of text. Here, not in the renderer, so the CLI's --help can say them
# without loading Qt.
MAX_CANVAS_HEIGHT = 30_000
MAX_IMAGE_PIXELS = 50_000_000
