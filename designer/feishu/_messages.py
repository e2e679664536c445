"""The API areas for cards the whole chat sees: ``messages`` (post, update, recall) and ``cards``
(the delayed update with a click's callback token). Rules: docs/feishu/messages.md.

    posted = client.messages.send_card("oc_…", card)          # PostedMessage
    client.messages.update_card(posted.message_id, new_card)  # shared cards, within 14 days
    client.messages.recall(posted.message_id)                 # within the tenant's limit (24 h)
    client.cards.delayed_update(event_token, card)            # 30 minutes, twice, after the answer
"""

from __future__ import annotations

from typing import Any

from designer.cards import is_shared_card
from designer.feishu._constants import CHAT_POSTS_PER_SECOND, MESSAGE_UPDATES_PER_SECOND
from designer.feishu._exceptions import NotSharedCard
from designer.feishu._http import Requester, strict_json
from designer.feishu._models import PostedMessage
from designer.feishu._ratelimit import RateLimiter
from designer.feishu._resources import _parse
from designer.messages import Text

__all__ = ["Cards", "Messages"]

# What a failure names and says (designer.messages: translated where shown).
POSTING = Text("posting a card")
UPDATING = Text("updating a card")
RECALLING = Text("recalling a message")
UPDATING_CLICKED = Text("updating the clicked card")
IN_CHAT = Text("chat {chat_id}")
OF_MESSAGE = Text("message {message_id}")
OF_TOKEN = Text("token {token}…")
NOT_SHARED_NEW = Text(
    'the new card is not a shared card (its config has no "update_multi": true); nothing was sent'
)
MAYBE_POSTED = Text("the card may or may not have been posted: look in the chat")
MAYBE_POSTED_UUID = Text(
    "the card may or may not have been posted: look in the chat (sending again with the same uuid cannot post it twice)"
)
MAYBE_UPDATED = Text("the card may or may not have been updated: look in the chat")
MAYBE_RECALLED = Text("the message may or may not have been recalled: look in the chat")
MAYBE_UPDATED_TOKEN = Text("the card may or may not have been updated (each try uses the token once)")
NOT_A_MESSAGE_ID = Text("not a message id: {value} (it looks like om_…)")
NO_CHAT_ID = Text("posting a card: the chat id is empty (it looks like oc_…)")
NO_TOKEN = Text("delayed update: the callback token is empty (it looks like c-…)")


def _message_path(message_id: str) -> str:
    if not message_id or "/" in message_id or not message_id.strip():
        raise ValueError(NOT_A_MESSAGE_ID(value=repr(message_id)))
    return f"/open-apis/im/v1/messages/{message_id}"


class Messages:
    """``/open-apis/im/v1/messages``: cards for the whole chat (paced by rate limiters).

    Posts go at most 5 a second per chat (the chat's bots share that), updates 5 a second
    per message, and every call of the client together 50 a second and 1000 a minute
    (``requester.app_pace``).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester
        # Within the client's one app-wide pace (requester.app_pace), shared with every other call.
        self.post_limiter = RateLimiter(requester.app_pace, per_chat=CHAT_POSTS_PER_SECOND)
        # Keyed by message id: the per-"chat" spacing is the per-message update limit.
        self.update_limiter = RateLimiter(requester.app_pace, per_chat=MESSAGE_UPDATES_PER_SECOND)
        self.recall_limiter = RateLimiter(requester.app_pace)

    def send_card(self, chat_id: str, card: dict[str, Any], *, uuid: str | None = None) -> PostedMessage:
        """Post ``card`` to the whole chat ``chat_id``; the answer's message id and time.

        ``uuid`` (at most 50 characters): Feishu posts one card per uuid within an hour, so
        sending again with the same uuid after a ``TimedOut`` cannot show the card twice.
        """
        if not chat_id or not chat_id.strip():
            raise ValueError(NO_CHAT_ID())
        where = IN_CHAT(chat_id=chat_id)
        body: dict[str, Any] = {
            "receive_id": chat_id,
            "msg_type": "interactive",
            # Feishu takes the card as a JSON *string*, serialised as strictly as the body.
            "content": strict_json(card, POSTING(), where).decode("utf-8"),
        }
        if uuid is not None:
            body["uuid"] = uuid
        data = self._requester.call(
            "POST",
            "/open-apis/im/v1/messages",
            operation=POSTING(),
            where=where,
            params={"receive_id_type": "chat_id"},
            json_body=body,
            limiter=self.post_limiter,
            chat_id=chat_id,
            may_have_happened=(MAYBE_POSTED_UUID if uuid else MAYBE_POSTED)(),
        )
        return _parse(PostedMessage, data, POSTING(), where)

    def update_card(self, message_id: str, card: dict[str, Any]) -> None:
        """Replace the posted card ``message_id`` with ``card``, for everyone in the chat.

        Raises ``NotSharedCard`` (nothing sent) when ``card`` is not a shared card; the service
        also refuses an ephemeral card (``WrongMessageKind``), one recalled (``MessageRecalled``),
        one older than 14 days (``MessageTooOld``) or one posted without ``update_multi``.
        """
        path = _message_path(message_id)
        where = OF_MESSAGE(message_id=message_id)
        if not is_shared_card(card):
            raise NotSharedCard(
                NOT_SHARED_NEW(),
                operation=UPDATING(),
                where=where,
            )
        self._requester.call(
            "PATCH",
            path,
            operation=UPDATING(),
            where=where,
            json_body={"content": strict_json(card, UPDATING(), where).decode("utf-8")},
            limiter=self.update_limiter,
            chat_id=message_id,
            may_have_happened=MAYBE_UPDATED(),
        )

    def recall(self, message_id: str) -> None:
        """Take back the posted message ``message_id`` (the bot's own, within the tenant's limit)."""
        path = _message_path(message_id)
        self._requester.call(
            "DELETE",
            path,
            operation=RECALLING(),
            where=OF_MESSAGE(message_id=message_id),
            limiter=self.recall_limiter,
            may_have_happened=MAYBE_RECALLED(),
        )


class Cards:
    """``POST /open-apis/interactive/v1/card/update``: the delayed update of a clicked card."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester
        self.limiter = RateLimiter(requester.app_pace)

    def delayed_update(self, token: str, card: dict[str, Any], *, open_ids: list[str] | None = None) -> None:
        """Replace the card a person clicked, with the click's callback ``token`` (``event.token``).

        Only after the click was answered, within 30 minutes, at most twice per token;
        ``open_ids`` limits the update to those people for a shared card. Raises
        ``CallbackTokenRefused`` when the token no longer allows it.
        """
        if not token or not token.strip():
            raise ValueError(NO_TOKEN())
        body_card = dict(card)
        if open_ids is not None:
            body_card["open_ids"] = list(open_ids)
        self._requester.call(
            "POST",
            "/open-apis/interactive/v1/card/update",
            operation=UPDATING_CLICKED(),
            where=OF_TOKEN(token=token[:10]),
            json_body={"token": token, "card": body_card},
            limiter=self.limiter,
            may_have_happened=MAYBE_UPDATED_TOKEN(),
            secrets=(token,),  # it lets anyone update the card: never in an error text or the log
        )
