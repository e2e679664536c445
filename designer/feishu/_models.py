"""Typed shapes of what goes to and comes back from the API (pydantic).

The wire models (``*Answer``) follow Feishu's field names; unknown fields are ignored
so a newer server does not break an older client. The public models (``Chat``,
``Member``, ...) are what callers get.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from designer.feishu._exceptions import FeishuError
from designer.messages import Text, either
from designer.recipients import RecipientKind

__all__ = [
    "BulkItem",
    "BulkProgress",
    "BulkReport",
    "Chat",
    "DeliveryStatus",
    "Member",
    "Page",
    "PostedMessage",
    "Recipient",
    "SendResult",
    "TokenAnswer",
    "UserId",
]

T = TypeVar("T")


class _Wire(BaseModel):
    # defer_build: validators are built with the first answer read, not when the window
    # imports these types for its lists (issue 10).
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


# --- answers -----------------------------------------------------------------------------


class TokenAnswer(_Wire):
    """The token endpoint answers at the top level, not in ``data``."""

    code: int
    msg: str = ""
    tenant_access_token: str = ""
    expire: int = 0


class SendResult(_Wire):
    message_id: str


class PostedMessage(_Wire):
    """A card posted to a chat: its ``message_id`` and when it was sent (``create_time``, in ms)."""

    message_id: str
    chat_id: str = ""
    msg_type: str = "interactive"
    create_time: str = ""
    update_time: str = ""

    @property
    def created_at(self) -> datetime | None:
        """``create_time`` as an aware UTC time; None when the answer had none that reads."""
        text = self.create_time
        if not (text.isascii() and text.isdigit()) or len(text) > 16:
            return None
        return datetime.fromtimestamp(int(text) / 1000, UTC)


class ImageAnswer(_Wire):
    image_key: str


class Chat(_Wire):
    chat_id: str
    name: str = ""
    avatar: str = ""
    description: str = ""
    owner_id: str = ""


class Member(_Wire):
    member_id: str
    member_id_type: str = "open_id"
    name: str = ""
    tenant_key: str = ""


class ChatsAnswer(_Wire):
    items: list[Chat] = Field(default_factory=list)
    page_token: str = ""
    has_more: bool = False


class MembersAnswer(_Wire):
    items: list[Member] = Field(default_factory=list)
    page_token: str = ""
    has_more: bool = False
    member_total: int | None = None


class UserId(_Wire):
    """One looked-up person; ``user_id`` is ``None`` when no user has that email / mobile."""

    user_id: str | None = None
    email: str | None = None
    mobile: str | None = None


class UserIdsAnswer(_Wire):
    user_list: list[UserId] = Field(default_factory=list)


# --- requests ----------------------------------------------------------------------------


class EphemeralSendBody(BaseModel):
    """Body of ``POST /open-apis/ephemeral/v1/send`` (one of open_id / user_id / email)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)  # built at the first send

    chat_id: str
    msg_type: Literal["interactive"] = "interactive"
    card: dict[str, Any]
    open_id: str | None = None
    user_id: str | None = None
    email: str | None = None


# --- paging and bulk ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list; ``total`` is the count the server reports (``None`` if it does not)."""

    items: list[T]
    has_more: bool
    page_token: str
    total: int | None = None


BAD_KIND = Text("a recipient is given by {kinds}, not {value}")
EMPTY = Text("Recipient {kind} is empty")
EMPTY_FOR = Text("Recipient {kind} is empty (for {name})")


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who sees an ephemeral card: an open_id (preferred), a user_id or an email.

    ``kind`` may be given as its plain name (``"open_id"``); it is kept as ``RecipientKind``.
    """

    kind: RecipientKind
    value: str
    name: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in tuple(RecipientKind):
            raise ValueError(BAD_KIND(kinds=either(RecipientKind), value=repr(self.kind)))
        object.__setattr__(self, "kind", RecipientKind(self.kind))
        if not isinstance(self.value, str) or not self.value.strip():
            raise ValueError(EMPTY_FOR(kind=self.kind, name=self.name) if self.name else EMPTY(kind=self.kind))

    def __str__(self) -> str:
        label = f"{self.kind} {self.value}"
        return f"{self.name} ({label})" if self.name else label

    @classmethod
    def of_member(cls, member: Member) -> Recipient:
        """A chat member as a recipient: by the id the member list gave (an open_id unless it
        was asked for user_ids), with the member's name."""
        kind = RecipientKind.USER_ID if member.member_id_type == "user_id" else RecipientKind.OPEN_ID
        return cls(kind, member.member_id, member.name or None)


class DeliveryStatus(StrEnum):
    """What became of one recipient's card in a send."""

    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"  # not sent: the run was cancelled or stopped first


@dataclass(frozen=True, slots=True)
class BulkItem:
    recipient: Recipient
    message_id: str | None
    error: FeishuError | None
    status: DeliveryStatus
    chat_id: str = ""  # the chat it was (to be) shown in


@dataclass(frozen=True, slots=True)
class BulkProgress:
    """Reported after each recipient: how far along, and the item just finished."""

    done: int
    total: int
    sent: int
    failed: int
    item: BulkItem


@dataclass(frozen=True, slots=True)
class BulkReport:
    """The outcome per recipient (in the order given) and the totals.

    ``stopped_by`` is set when an error that would fail every recipient (bot not in the chat,
    chat not supported, bad credentials, invalid card) ended the run early; the recipients
    not yet tried are then ``cancelled`` with that error. ``rate_limited`` counts the
    rate-limit answers the server gave during the run (the goal is zero).
    """

    items: list[BulkItem]
    elapsed: float
    rate_limited: int = 0
    stopped_by: FeishuError | None = None
    cancelled_by_user: bool = False

    def count(self, status: DeliveryStatus) -> int:
        return sum(1 for item in self.items if item.status == status)

    @property
    def sent(self) -> int:
        return self.count(DeliveryStatus.SENT)

    @property
    def failed(self) -> int:
        return self.count(DeliveryStatus.FAILED)

    @property
    def cancelled(self) -> int:
        return self.count(DeliveryStatus.CANCELLED)

    @property
    def sends_per_second(self) -> float:
        return self.sent / self.elapsed if self.elapsed > 0 else 0.0
