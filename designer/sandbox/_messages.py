"""The sandbox's group messages and callback tokens: post, update, recall, delayed update.

Feishu's rules (docs/feishu/messages.md), as the sandbox enforces them:

* ``POST /open-apis/im/v1/messages?receive_id_type=chat_id``: a card (``msg_type: interactive``,
  ``content`` the card as a JSON *string*) for the whole chat; the bot must be in it (230002);
  at most 30 KB (230025); a ``uuid`` seen within the hour answers the first post again;
* ``PATCH /open-apis/im/v1/messages/:message_id`` ``{content}``: only a card this app posted,
  not recalled (230011), within 14 days (230031), shared before and after (``update_multi``;
  JSON 2.0 always), 5 updates a second per message (230020); an ephemeral card is refused;
* ``DELETE /open-apis/im/v1/messages/:message_id``: the bot's own message within 24 hours
  (230009), once (230011); an ephemeral card is refused (it is deleted, not recalled);
* ``POST /open-apis/interactive/v1/card/update`` ``{token, card}``: the callback token of an
  answered click, within 30 minutes, at most twice; the clicked card is replaced.

Codes Feishu documents are used as documented; where its pages name no code (an ephemeral
card PATCHed or recalled, a card that is not shared, a callback token expired or used up) the
sandbox answers the codes listed in docs/feishu/messages.md, and says in ``msg`` what is wrong.
"""

from __future__ import annotations

import json
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from designer.cards import is_shared_card, parse
from designer.feishu._constants import (
    CALLBACK_TOKEN_TTL,
    CALLBACK_TOKEN_USES,
    RECALL_WINDOW,
    UPDATE_WINDOW,
    UUID_WINDOW,
)

# The answers' helpers (ok, fail, field_violation) live in _service, which builds this module's
# GroupMessages when it starts: they are imported inside the methods, where _service is complete.
if TYPE_CHECKING:
    from designer.sandbox._service import Answer, SandboxService

__all__ = [
    "NOT_FOR_EPHEMERAL",
    "NOT_SHARED",
    "TOKEN_EXPIRED",
    "TOKEN_UNKNOWN",
    "TOKEN_USED_UP",
    "CallbackToken",
    "GroupMessage",
    "GroupMessages",
]

# Documented codes [更新应用发送的消息卡片; 撤回消息].
RECALLED = 230011
TOO_OLD_TO_UPDATE = 230031
TOO_OLD_TO_RECALL = 230009
FREQUENCY_LIMIT = 230020
NOT_FOR_EPHEMERAL = 230054  # "This operation is not supported for this message type"
# Rules whose code Feishu's pages do not name (docs/feishu/messages.md, "Codes the sandbox chose").
NOT_SHARED = 230099  # with ErrCode 200830 in msg: the card is not a shared card
NOT_SHARED_SUB_CODE = 200830
TOKEN_UNKNOWN = 200670
TOKEN_EXPIRED = 200671
TOKEN_USED_UP = 200672
TOKEN_TOO_EARLY = 200673

_RECEIVE_ID_TYPES = ("chat_id", "open_id", "user_id", "union_id", "email")


@dataclass(frozen=True, slots=True)
class GroupMessage:
    """One card posted to a whole chat, as the chat's members see it."""

    message_id: str
    chat_id: str
    card: dict[str, Any]
    created_at: datetime
    updated_at: datetime
    uuid: str | None = None
    recalled: bool = False
    updates: int = 0  # how many times it was updated in place


@dataclass(slots=True)
class CallbackToken:
    """A click's callback token: the ephemeral card it may update, until when, how often more."""

    message_id: str
    open_id: str
    expires: float  # sandbox clock, seconds since the epoch
    uses_left: int = CALLBACK_TOKEN_USES
    answered: bool = False  # the delayed update is allowed only after the click was answered


class GroupMessages:
    """The chats' messages and the callback tokens of one sandbox (thread-safe)."""

    def __init__(self, service: SandboxService, now: Callable[[], datetime]) -> None:
        self._service = service
        self._now = now
        self._lock = threading.Lock()
        self._messages: dict[str, GroupMessage] = {}
        self.tokens: dict[str, CallbackToken] = {}

    def all(self) -> list[GroupMessage]:
        with self._lock:
            return list(self._messages.values())

    def get(self, message_id: str) -> GroupMessage | None:
        with self._lock:
            return self._messages.get(message_id)

    def apply_answer(self, message_id: str, card: dict[str, Any]) -> None:
        """A callback's answer (or a delayed update) replaced the shared card: every member of
        the chat sees the new one (as an update in place; the 14-day rule is PATCH's only)."""
        with self._lock:
            current = self._messages.get(message_id)
            if current is not None and not current.recalled:
                self._messages[message_id] = replace(
                    current, card=card, updated_at=self._now(), updates=current.updates + 1
                )

    # --- post -------------------------------------------------------------------------------

    def post(self, query: Mapping[str, str], body: Any) -> Answer:
        from designer.sandbox._service import fail, field_violation, ok

        id_type = query.get("receive_id_type")
        if id_type is None:
            return field_violation("receive_id_type", "is required (chat_id to post to a chat)")
        if id_type not in _RECEIVE_ID_TYPES:
            return field_violation("receive_id_type", f"must be one of {', '.join(_RECEIVE_ID_TYPES)}")
        if id_type != "chat_id":
            return field_violation("receive_id_type", "the sandbox posts to chats only: use chat_id")
        if not isinstance(body, dict):
            return field_violation("body", "must be a JSON object with receive_id, msg_type and content")
        chat_id = body.get("receive_id")
        if not isinstance(chat_id, str) or not chat_id:
            return field_violation("receive_id", "is required (the chat's oc_… id)")
        if body.get("msg_type") != "interactive":
            return field_violation(
                "msg_type", f"the sandbox posts cards only: 'interactive', not {body.get('msg_type')!r}"
            )
        uuid = body.get("uuid")
        if uuid is not None and (not isinstance(uuid, str) or not uuid or len(uuid) > 50):
            return field_violation("uuid", "must be a string of 1 to 50 characters")
        card, problem = self._card_from_content(body.get("content"))
        if problem is not None:
            return problem
        assert card is not None
        chat = self._service.chat(chat_id)
        if chat is None:
            return fail(
                230001, f"Your request contains an invalid request parameter: invalid receive_id {chat_id}."
            )
        if not chat.bot_in_chat:
            return fail(230002, "The bot can not be outside the group.")
        now = self._now()
        with self._lock:
            if uuid is not None:
                for earlier in self._messages.values():
                    window = timedelta(seconds=UUID_WINDOW)
                    if (
                        earlier.uuid == uuid
                        and earlier.chat_id == chat_id
                        and now - earlier.created_at < window
                    ):
                        return ok(self._message_data(earlier))  # the same post: not shown twice
            message = GroupMessage(
                message_id="om_" + secrets.token_hex(16),
                chat_id=chat_id,
                card=card,
                created_at=now,
                updated_at=now,
                uuid=uuid,
            )
            self._messages[message.message_id] = message
        return ok(self._message_data(message))

    def _message_data(self, message: GroupMessage) -> dict[str, Any]:
        """The message object Feishu answers (times in milliseconds, as strings)."""
        return {
            "message_id": message.message_id,
            "msg_type": "interactive",
            "create_time": str(int(message.created_at.timestamp() * 1000)),
            "update_time": str(int(message.updated_at.timestamp() * 1000)),
            "deleted": message.recalled,
            "updated": message.updates > 0,
            "chat_id": message.chat_id,
            "sender": {
                "id": self._service.app_id,
                "id_type": "app_id",
                "sender_type": "app",
                "tenant_key": self._service.tenant_key,
            },
            "body": {"content": json.dumps(message.card, ensure_ascii=False)},
        }

    def _card_from_content(self, content: Any) -> tuple[dict[str, Any] | None, Answer | None]:
        """The card of a ``content`` string, or the answer refusing it (size, JSON, card rules)."""
        from designer.sandbox._service import CARD_MAX_BYTES, fail, field_violation

        if not isinstance(content, str) or not content:
            return None, field_violation("content", "is required: the card as a JSON string")
        size = len(content.encode("utf-8"))
        if size > CARD_MAX_BYTES:
            return None, fail(
                230025,
                f"The length of the message content reaches its limit: the card is {size} bytes, at most "
                f"{CARD_MAX_BYTES} are allowed.",
            )
        try:
            card = json.loads(content)
        except ValueError as error:
            return None, fail(
                230099,
                f"Failed to create card content, ext=ErrCode: 200621; ErrMsg: content is not JSON ({error}); ",
            )
        if not isinstance(card, dict):
            return None, fail(
                230099,
                "Failed to create card content, ext=ErrCode: 200621; ErrMsg: the card is not an object; ",
            )
        return card, self.card_refusal(card)

    def card_refusal(self, card: dict[str, Any]) -> Answer | None:
        """Feishu's 230099 for a card that breaks the card rules (a group card: no ephemeral rules)."""
        from designer.sandbox._service import fail

        if card.get("type") == "template":
            return self._service.card_refusal(card)  # the sandbox has no templates
        document = parse(json.dumps(card, ensure_ascii=False), ephemeral=False)
        if not document.errors:
            return None
        first = document.errors[0]
        more = f" (and {len(document.errors) - 1} more)" if len(document.errors) > 1 else ""
        return fail(
            230099,
            f"Failed to create card content, ext=ErrCode: 11310; ErrMsg: {first.message} [{first.rule}]{more}; "
            f"ErrorValue: {first.pointer or '/'}; ",
        )

    # --- update in place ----------------------------------------------------------------------

    def update(self, message_id: str, body: Any) -> Answer:
        from designer.sandbox._service import fail, field_violation, ok

        if not isinstance(body, dict):
            return field_violation("body", "must be a JSON object with content")
        found = self._find(message_id, "updated")
        if not isinstance(found, GroupMessage):
            return found
        if found.recalled:
            return fail(RECALLED, "The message is recalled.")
        if self._now() - found.created_at > timedelta(seconds=UPDATE_WINDOW):
            return fail(TOO_OLD_TO_UPDATE, "Message can only be modified within 14 days after sending.")
        card, problem = self._card_from_content(body.get("content"))
        if problem is not None:
            return problem
        assert card is not None
        for which, checked in (("sent", found.card), ("new", card)):
            if not is_shared_card(checked):
                return fail(
                    NOT_SHARED,
                    f"Failed to create card content, ext=ErrCode: {NOT_SHARED_SUB_CODE}; ErrMsg: the {which} card "
                    'is not a shared card: only a card whose config has "update_multi": true (before and '
                    "after the update; JSON 2.0 cards always are) can be updated; ErrorValue: /config/update_multi; ",
                )
        with self._lock:
            current = self._messages[message_id]
            if current.recalled:  # recalled meanwhile
                return fail(RECALLED, "The message is recalled.")
            self._messages[message_id] = replace(
                current, card=card, updated_at=self._now(), updates=current.updates + 1
            )
        return ok()

    def update_rate_rules(self, message_id: str) -> list[tuple[str, int, float]]:
        from designer.feishu._constants import MESSAGE_UPDATES_PER_SECOND

        return [
            ("im:app", 50, 1.0),
            ("im:app", 1000, 60.0),
            (f"im:update:{message_id}", MESSAGE_UPDATES_PER_SECOND, 1.0),
        ]

    def post_rate_rules(self, chat_id: str) -> list[tuple[str, int, float]]:
        from designer.feishu._constants import CHAT_POSTS_PER_SECOND

        return [
            ("im:app", 50, 1.0),
            ("im:app", 1000, 60.0),
            (f"im:post:{chat_id}", CHAT_POSTS_PER_SECOND, 1.0),
        ]

    # --- recall -----------------------------------------------------------------------------------

    def recall(self, message_id: str) -> Answer:
        from designer.sandbox._service import fail, ok

        found = self._find(message_id, "recalled")
        if not isinstance(found, GroupMessage):
            return found
        if found.recalled:
            return fail(RECALLED, "The message is recalled.")
        if self._now() - found.created_at > timedelta(seconds=RECALL_WINDOW):
            return fail(TOO_OLD_TO_RECALL, "Message can only be recalled within one days.")
        with self._lock:
            self._messages[message_id] = replace(self._messages[message_id], recalled=True)
        return ok()

    def _find(self, message_id: str, done: str) -> GroupMessage | Answer:
        from designer.sandbox._service import fail

        with self._lock:
            message = self._messages.get(message_id)
        if message is not None:
            return message
        if self._service.inbox_entry(message_id) is not None:
            remedy = (
                "delete it (POST /open-apis/ephemeral/v1/delete) and send a new one"
                if done == "updated"
                else "delete it with POST /open-apis/ephemeral/v1/delete"
            )
            return fail(
                NOT_FOR_EPHEMERAL,
                f"This operation is not supported for this message type: {message_id} is an ephemeral card "
                f"(visible to one person), which cannot be {done}: {remedy}.",
            )
        return fail(
            230001,
            f"Your request contains an invalid request parameter: message_id {message_id} is not a message "
            "this app sent.",
        )

    # --- callback tokens and the delayed update ---------------------------------------------------

    def issue_token(self, message_id: str, open_id: str) -> str:
        """A new callback token for a click by ``open_id`` on the card ``message_id``."""
        token = "c-" + secrets.token_hex(16)
        now = self._now().timestamp()
        with self._lock:
            for old in [t for t, held in self.tokens.items() if held.expires <= now]:
                del self.tokens[old]  # a long-running sandbox keeps only live tokens
            self.tokens[token] = CallbackToken(message_id, open_id, now + CALLBACK_TOKEN_TTL)
        return token

    def token_answered(self, token: str) -> None:
        """The click of ``token`` was answered: from now on it allows delayed updates."""
        with self._lock:
            held = self.tokens.get(token)
            if held is not None:
                held.answered = True

    def delayed_update(self, body: Any) -> Answer:
        from designer.sandbox._service import fail, field_violation, ok

        if not isinstance(body, dict):
            return field_violation("body", "must be a JSON object with token and card")
        token, card = body.get("token"), body.get("card")
        if not isinstance(token, str) or not token:
            return field_violation("token", "is required: the callback token of the click (c-…)")
        if not isinstance(card, dict):
            return field_violation("card", "is required and must be a JSON object")
        open_ids = card.get("open_ids")
        if open_ids is not None and not isinstance(open_ids, list):
            return field_violation("card.open_ids", "must be a list of open_ids")
        card = {key: value for key, value in card.items() if key != "open_ids"}
        from designer.cards import card_size_bytes
        from designer.sandbox._service import CARD_MAX_BYTES

        size = card_size_bytes(card)
        if size > CARD_MAX_BYTES:
            return fail(
                230025,
                f"The length of the message content reaches its limit: the card is {size} bytes, at most "
                f"{CARD_MAX_BYTES} are allowed.",
            )
        refused = self.card_refusal(card)
        if refused is not None:
            return refused
        now = self._now().timestamp()
        with self._lock:
            held = self.tokens.get(token)
            if held is None:
                return fail(
                    TOKEN_UNKNOWN, f"invalid token: {token[:12]}… is not a callback token of this app"
                )
            if held.expires <= now:
                return fail(
                    TOKEN_EXPIRED,
                    "the callback token has expired: it is valid for 30 minutes after the click",
                )
            if not held.answered:
                return fail(
                    TOKEN_TOO_EARLY,
                    "the click has not been answered yet: a delayed update must come after the callback's answer",
                )
            if held.uses_left <= 0:
                return fail(
                    TOKEN_USED_UP, f"the callback token has been used {CALLBACK_TOKEN_USES} times already"
                )
            held.uses_left -= 1
            message_id = held.message_id
        posted = self.get(message_id)
        if posted is not None:  # a card posted to the chat: updated for every member
            if posted.recalled:
                return fail(RECALLED, f"The message is recalled: the card {message_id} was recalled.")
            self.apply_answer(message_id, card)
            return ok()
        entry = self._service.inbox_entry(message_id)
        if entry is None or entry.deleted:
            return fail(RECALLED, f"The message is recalled: the card {message_id} was deleted.")
        self._service.apply_callback_answer(message_id, None, card)
        return ok()
