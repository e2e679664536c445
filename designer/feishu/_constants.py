"""Defaults of the Feishu client in one place (timeouts, retries, limits).

Numbers that come from Feishu's documentation say so; the rest are our choices.
"""

from __future__ import annotations

# --- Transport -------------------------------------------------------------------------
DEFAULT_TIMEOUT = 10.0  # seconds for connect, read, write and pool
# Extra attempts when the connection could not even be opened: the request surely did
# not reach the server, so trying again cannot deliver a card twice.
CONNECT_RETRIES = 2
USER_AGENT = "card-designer"

# --- Tenant access token  [自建应用获取 tenant_access_token] ----------------------------
TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal"
# The SDK refreshes `expire - 600` s after issue; with the tiny lifetimes the sandbox can
# hand out in tests, a tenth of the lifetime is the margin instead.
TOKEN_REFRESH_MARGIN = 600.0
TOKEN_REFRESH_FRACTION = 0.1
# Codes that mean "this token is no good": fetch a new one once and try again.
TOKEN_INVALID_CODES = frozenset({99991663, 99991661, 99991668})

# --- Rate limits  [频控策略; 发送仅特定人可见的消息卡片] --------------------------------
CHAT_SENDS_PER_SECOND = 40  # ephemeral send, per chat
APP_CALLS_PER_SECOND = 50  # ephemeral send / delete, per app
APP_CALLS_PER_MINUTE = 1000
# The client paces itself one call below each per-second limit so that network jitter
# (requests arriving closer together than they left) never pushes the server's count over.
RATE_LIMIT_HEADROOM = 1
# Waiting when the server still answers "rate limited": its x-ogw-ratelimit-reset header,
# but never longer than this, and at most this many times per call.
RATE_LIMIT_MAX_WAIT = 10.0
RATE_LIMIT_DEFAULT_WAIT = 1.0
RATE_LIMIT_RETRIES = 3

# --- Group messages  [发送消息; 更新应用发送的消息卡片; 撤回消息; 延时更新消息卡片] ------
# docs/feishu/messages.md. The history's "what can be done now" and the sandbox read these.
CHAT_POSTS_PER_SECOND = 5  # posts to one chat, shared by the chat's bots
MESSAGE_UPDATES_PER_SECOND = 5  # PATCHes of one message
UPDATE_WINDOW = 14 * 24 * 3600.0  # a card can be updated within 14 days of being sent
RECALL_WINDOW = 24 * 3600.0  # the bot recalls its own messages within 24 h (the tenant's default)
UUID_WINDOW = 3600.0  # a post's uuid de-duplicates for an hour
CALLBACK_TOKEN_TTL = 30 * 60.0  # a callback token allows delayed updates for 30 minutes
CALLBACK_TOKEN_USES = 2  # … at most twice

# --- Paging and batches ------------------------------------------------------------------
PAGE_SIZE_MAX = 100  # chats and members
BATCH_GET_ID_MAX = 50  # emails / mobiles per batch_get_id call

# --- Bulk send ---------------------------------------------------------------------------
# Sends in flight at once: enough to reach 40/s in one chat, or 50/s across several, over
# a real network (~100 ms round trips) while the limiter, not the pool, decides the pace.
BULK_WORKERS = 8

# --- Images  [上传图片] -------------------------------------------------------------------
IMAGE_MAX_BYTES = 10 * 1024 * 1024
