"""What kind of id a typed recipient is (open_id, user_id, email), and whether its shape is right.

The ephemeral send API takes one of ``open_id`` (``ou_…``), ``user_id`` (the tenant's own
employee id) or ``email``; given several, it uses the first in that order (``RecipientKind``'s
order, ``designer.recipients``). Other ids people paste by mistake (a union_id
``on_…``, a chat id ``oc_…``, a message id ``om_…``) are named so the message can say what
they are instead of failing at the server. No Qt here: the shapes are plain rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from designer.recipients import RecipientKind

_OPEN_ID = re.compile(r"ou_[0-9A-Za-z]{8,64}")
# user_id is chosen by the tenant's admin: letters, digits, "_" and "-" (Feishu's examples
# look like "5d9bdxxx" or "zhangsan"); it never has the "xx_" prefix of the platform's ids.
_USER_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z_\-]{0,63}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_OTHER_IDS = {"on_": "union_id", "oc_": "chat_id", "om_": "message_id", "cli_": "app_id"}


class IdProblem(StrEnum):
    """What is wrong with a typed id (the widget turns it into a translated sentence)."""

    EMPTY = "empty"
    BAD_EMAIL = "bad_email"
    BAD_OPEN_ID = "bad_open_id"
    OTHER_ID = "other_id"  # another kind of id (``IdCheck.other`` names it)
    BAD_USER_ID = "bad_user_id"


@dataclass(frozen=True, slots=True)
class IdCheck:
    """The result of ``classify``: ``kind`` when usable, else ``problem`` (a code the widget
    turns into a translated sentence) and, for ``other_id``, ``other`` naming what it is."""

    kind: RecipientKind | None
    problem: IdProblem | None = None
    other: str | None = None

    @property
    def ok(self) -> bool:
        return self.kind is not None


def classify(text: str) -> IdCheck:
    """The kind of id ``text`` is, or what is wrong with it."""
    value = text.strip()
    if not value:
        return IdCheck(None, IdProblem.EMPTY)
    if "@" in value:
        return IdCheck(RecipientKind.EMAIL) if _EMAIL.fullmatch(value) else IdCheck(None, IdProblem.BAD_EMAIL)
    if value.startswith("ou_"):
        return (
            IdCheck(RecipientKind.OPEN_ID)
            if _OPEN_ID.fullmatch(value)
            else IdCheck(None, IdProblem.BAD_OPEN_ID)
        )
    for prefix, what in _OTHER_IDS.items():
        if value.startswith(prefix):
            return IdCheck(None, IdProblem.OTHER_ID, what)
    if _USER_ID.fullmatch(value):
        return IdCheck(RecipientKind.USER_ID)
    return IdCheck(None, IdProblem.BAD_USER_ID)
