"""The Feishu / Lark open API client (no Qt): ephemeral cards, group cards, chats, members, ids, images.

    from designer.feishu import FeishuClient, BASE_URLS, Region
    with FeishuClient(BASE_URLS[Region.FEISHU], app_id, app_secret) as client:
        result = client.ephemeral.send("oc_…", card, open_id="ou_…")

Errors are ``FeishuError`` subclasses (tree in ``designer.feishu._exceptions``); logs go
to the ``designer.feishu`` logger and never contain the secret or the token.

Only the errors and the region table load with the package: the window reads the profiles
(their regions) before its first frame and sends nothing until asked. ``FeishuClient`` (and
with it httpx), the long connection, the data types (pydantic models) and the callback types
are imported when first used (issue 10).
"""

from typing import TYPE_CHECKING, Any

from designer.feishu._exceptions import (
    AlreadyDeleted,
    APIError,
    AuthError,
    BadResponse,
    BotNotInChat,
    CallbackTokenRefused,
    Cancelled,
    CardTooLarge,
    ChatNotSupported,
    ConnectionFailed,
    FeishuError,
    InsecureURL,
    InvalidCard,
    InvalidRequest,
    LongConnectionRefused,
    MessageRecalled,
    MessageTooOld,
    NotSharedCard,
    PermissionDenied,
    QuotaExceeded,
    RateLimited,
    TimedOut,
    TransportError,
    UserNotInChat,
    UserOutsideAvailability,
    WrongMessageKind,
)
from designer.feishu._urls import BASE_URLS, Region, check_base_url, is_loopback_url
from designer.recipients import RecipientKind, first_recipient

if TYPE_CHECKING:
    from designer.feishu._callbacks import CallbackAnswer, CardAction, Toast
    from designer.feishu._client import FeishuClient
    from designer.feishu._longconn import CallbackListener, ListenerState, ListenerStatus
    from designer.feishu._models import (
        BulkItem,
        BulkProgress,
        BulkReport,
        Chat,
        DeliveryStatus,
        Member,
        Page,
        PostedMessage,
        Recipient,
        SendResult,
        UserId,
    )

# Imported on first use: the long connection brings in websockets and httpx, the data types
# pydantic (~150 ms at a window's start, which shows none of them).
_LONG_CONNECTION_NAMES = ("CallbackListener", "ListenerState", "ListenerStatus")
_MODEL_NAMES = (
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
    "UserId",
)
_CALLBACK_NAMES = ("CallbackAnswer", "CardAction", "Toast")


def __getattr__(name: str) -> Any:
    """``FeishuClient``, the callback listener's names, the data types and the callback types,
    imported on first use (PEP 562)."""
    if name == "FeishuClient":
        from designer.feishu._client import FeishuClient

        return FeishuClient
    if name in _LONG_CONNECTION_NAMES:
        from designer.feishu import _longconn

        return getattr(_longconn, name)
    if name in _MODEL_NAMES:
        from designer.feishu import _models

        return getattr(_models, name)
    if name in _CALLBACK_NAMES:
        from designer.feishu import _callbacks

        return getattr(_callbacks, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BASE_URLS",
    "APIError",
    "AlreadyDeleted",
    "AuthError",
    "BadResponse",
    "BotNotInChat",
    "BulkItem",
    "BulkProgress",
    "BulkReport",
    "CallbackAnswer",
    "CallbackListener",
    "CallbackTokenRefused",
    "Cancelled",
    "CardAction",
    "CardTooLarge",
    "Chat",
    "ChatNotSupported",
    "ConnectionFailed",
    "DeliveryStatus",
    "FeishuClient",
    "FeishuError",
    "InsecureURL",
    "InvalidCard",
    "InvalidRequest",
    "ListenerState",
    "ListenerStatus",
    "LongConnectionRefused",
    "Member",
    "MessageRecalled",
    "MessageTooOld",
    "NotSharedCard",
    "Page",
    "PermissionDenied",
    "PostedMessage",
    "QuotaExceeded",
    "RateLimited",
    "Recipient",
    "RecipientKind",
    "Region",
    "SendResult",
    "TimedOut",
    "Toast",
    "TransportError",
    "UserId",
    "UserNotInChat",
    "UserOutsideAvailability",
    "WrongMessageKind",
    "check_base_url",
    "first_recipient",
    "is_loopback_url",
]
