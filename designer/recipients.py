"""Who an ephemeral card is for: the kinds of id the API takes, in the service's precedence.

Given several (a request body with ``open_id`` and ``email``), the service uses the first in
``RecipientKind``'s order. This is the one place that order is written: the card format's lint
(``designer.cards``, which may not import the client), the client, the send service, the CLI
and the window read it from here. No dependencies, so importing it costs nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

__all__ = ["RecipientKind", "SendKind", "first_recipient"]


class SendKind(StrEnum):
    """Who a card goes to: one member of the chat (ephemeral) or the whole chat (group); the
    history's entries and the template gallery's ``sent_as`` say it in these words."""

    EPHEMERAL = "ephemeral"
    GROUP = "group"


class RecipientKind(StrEnum):
    """The ids the ephemeral API takes for a person, in the service's precedence."""

    OPEN_ID = "open_id"
    USER_ID = "user_id"
    EMAIL = "email"


def first_recipient(fields: Mapping[str, object]) -> tuple[RecipientKind, str] | None:
    """The ``(kind, id)`` the service would use among ``fields`` (a request body, the command
    line's options): the first kind, in precedence, with a text that is not blank (what
    ``Recipient`` accepts); None when none has."""
    for kind in RecipientKind:
        value = fields.get(kind.value)
        if isinstance(value, str) and value.strip():
            return kind, value
    return None
