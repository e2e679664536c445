"""The Feishu / Lark open API client (no Qt): ephemeral cards, group cards, chats, members, ids, images.

    from designer.feishu import FeishuClient, BASE_URLS, Region
    with FeishuClient(BASE_URLS[Region.FEISHU], app_id, app_secret) as client:
        result = client.ephemeral.send("oc_…", card, open_id="ou_…")

Errors are ``FeishuError`` subclasses (tree in ``designer.feishu._exceptions``); logs go
to the ``designer.feishu`` logger and never contain the secret or the token.

``FeishuClient`` (and with it httpx) is imported when first used, not with the package: the
window and the store use the data types, errors and region table at start-up, and a
client only when something is sent (issue 10).
"""

from typing import TYPE_CHECKING, Any

from designer.feishu._callbacks import CallbackAnswer, CardAction, Toast
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
from designer.feishu._urls import BASE_URLS, Region, check_base_url, is_loopback_url
from designer.recipients import RecipientKind, first_recipient

if TYPE_CHECKING:
    from designer.feishu._client import FeishuClient
    from designer.feishu._longconn import CallbackListener, ListenerState, ListenerStatus

# Imported on first use: the long connection brings in websockets and httpx.
_LONG_CONNECTION_NAMES = ("CallbackListener", "ListenerState", "ListenerStatus")


def __getattr__(name: str) -> Any:
    """``FeishuClient`` and the callback listener's names, imported on first use (PEP 562)."""
    if name == "FeishuClient":
        from designer.feishu._client import FeishuClient

        return FeishuClient
    if name in _LONG_CONNECTION_NAMES:
        from designer.feishu import _longconn

        return getattr(_longconn, name)
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
