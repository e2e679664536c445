"""The size of a card as Feishu counts it, for the status bar ("12.3 KB / 30 KB")."""

from __future__ import annotations

from designer.cards.lint import MAX_CARD_BYTES, card_size_bytes

__all__ = ["MAX_CARD_BYTES", "card_size_bytes", "size_label"]


def size_label(size_bytes: int) -> str:
    """``"12.3 KB / 30 KB"`` (KB = 1024 bytes, as the limit is written)."""
    return f"{size_bytes / 1024:.1f} KB / {MAX_CARD_BYTES // 1024} KB"
