"""The recipient id rules live in the Qt-free core (``designer.feishu.recipient_id``), which the
command line uses too; the picker imports them from here."""

from __future__ import annotations

from designer.feishu.recipient_id import IdCheck, Problem, RecipientKind, classify

__all__ = ["IdCheck", "Problem", "RecipientKind", "classify"]
