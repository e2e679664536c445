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
    return len(json.dumps(card, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def size_label(size_bytes: int) -> str:
    """``"12.3 KB / 30 KB"``."""
    return f"{size_bytes / 1024:.1f} KB / {MAX_CARD_BYTES // 1024} KB"
