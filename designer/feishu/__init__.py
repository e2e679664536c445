"""The Feishu / Lark open API client (no Qt): ephemeral cards, chats, members, ids, images.

    from designer.feishu import FeishuClient, BASE_URLS, Region
    with FeishuClient(BASE_URLS[Region.FEISHU], app_id, app_secret) as client:
        result = client.ephemeral.send("oc_…", card, open_id="ou_…")

Errors are ``FeishuError`` subclasses (tree in ``designer.feishu._exceptions``); logs go
to the ``designer.feishu`` logger and never contain the secret or the token.
"""

from designer.feishu._client import FeishuClient
from designer.feishu._exceptions import (
    AlreadyDeleted,
    APIError,
    AuthError,
    BadResponse,
    BotNotInChat,
    Cancelled,
    CardTooLarge,
    ChatNotSupported,
    ConnectionFailed,
    FeishuError,
    InsecureURL,
    InvalidCard,
    InvalidRequest,
    PermissionDenied,
    QuotaExceeded,
    RateLimited,
    TimedOut,
    TransportError,
    UserNotInChat,
    UserOutsideAvailability,
)
from designer.feishu._models import (
    BulkItem,
    BulkProgress,
    BulkReport,
    Chat,
    Member,
    Page,
    Recipient,
    SendResult,
    UserId,
)
from designer.feishu._urls import BASE_URLS, Region, check_base_url, is_loopback_url

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
    "Cancelled",
    "CardTooLarge",
    "Chat",
    "ChatNotSupported",
    "ConnectionFailed",
    "FeishuClient",
    "FeishuError",
    "InsecureURL",
    "InvalidCard",
    "InvalidRequest",
    "Member",
    "Page",
    "PermissionDenied",
    "QuotaExceeded",
    "RateLimited",
    "Recipient",
    "Region",
    "SendResult",
    "TimedOut",
    "TransportError",
    "UserId",
    "UserNotInChat",
    "UserOutsideAvailability",
    "check_base_url",
    "is_loopback_url",
]
