"""The API areas of a client: ``ephemeral``, ``chats``, ``members``, ``users``, ``images``.

Each area turns Python arguments into one documented call and the answer into typed
models; ``Requester`` does the sending and the error mapping.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from designer.feishu._constants import (
    BATCH_GET_ID_MAX,
    CHAT_SENDS_PER_SECOND,
    IMAGE_MAX_BYTES,
    PAGE_SIZE_MAX,
)
from designer.feishu._exceptions import BadResponse
from designer.feishu._http import Requester
from designer.feishu._models import (
    Chat,
    ChatsAnswer,
    EphemeralSendBody,
    ImageAnswer,
    Member,
    MembersAnswer,
    Page,
    SendResult,
    UserId,
    UserIdsAnswer,
)
from designer.feishu._ratelimit import RateLimiter, Turn
from designer.messages import Text
from designer.recipients import first_recipient

# What a failure names (FeishuError's operation and where; designer.messages translates them).
EPHEMERAL_SEND = Text("ephemeral send")
EPHEMERAL_DELETE = Text("ephemeral delete")
LISTING_CHATS = Text("listing chats")
LISTING_MEMBERS = Text("listing members")
LOOKING_UP_USERS = Text("looking up user ids")
IMAGE_UPLOAD = Text("image upload")
BAD_PAGE_SIZE = Text("{operation}: the page size must be 1 to {most}, not {page_size}")
NO_RECIPIENT = Text("ephemeral send: give the recipient's open_id, user_id or email")
IN_CHAT_TO = Text("chat {chat_id}, recipient {recipient}")
IN_CHAT = Text("chat {chat_id}")
OF_MESSAGE = Text("message {message_id}")
OF_FILE = Text("file {filename}")
UNEXPECTED_ANSWER = Text("unexpected answer: {place}: {problem}")

__all__ = ["Chats", "Ephemeral", "Images", "Members", "Users"]

M = TypeVar("M", bound=BaseModel)

_NOT_SURE = Text("the card may or may not have been delivered: look in the chat before sending again")()
_NOT_SURE_DELETED = Text("the card may or may not have been deleted")()


def _check_page_size(page_size: int, operation: str) -> int:
    if not 1 <= page_size <= PAGE_SIZE_MAX:
        raise ValueError(BAD_PAGE_SIZE(operation=operation, most=PAGE_SIZE_MAX, page_size=page_size))
    return page_size


def _parse(model: type[M], data: dict[str, Any], operation: str, where: str = "") -> M:
    """``data`` as ``model``; an answer of the wrong shape is a ``BadResponse`` naming the field."""
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(part) for part in first["loc"])
        raise BadResponse(
            UNEXPECTED_ANSWER(place=place, problem=first["msg"]), operation=operation, where=where
        ) from None


class Ephemeral:
    """``POST /open-apis/ephemeral/v1/send`` and ``/delete`` (paced: the app's pace, 40 a second per chat)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester
        # Within the client's one app-wide pace (requester.app_pace), shared with every other call.
        self.send_limiter = RateLimiter(requester.app_pace, per_chat=CHAT_SENDS_PER_SECOND)
        self.delete_limiter = RateLimiter(requester.app_pace)

    def send(
        self,
        chat_id: str,
        card: dict[str, Any],
        *,
        open_id: str | None = None,
        user_id: str | None = None,
        email: str | None = None,
        cancel: threading.Event | None = None,
        turn: Turn | None = None,
    ) -> SendResult:
        """Show ``card`` to one member of ``chat_id``; the service uses open_id > user_id > email.

        ``turn`` is a slot a bulk send booked for this call with ``send_limiter.reserve_first``.

        Raises ``ValueError`` when no recipient is given, else ``FeishuError`` subclasses
        (``TimedOut`` says the card may or may not have been delivered: it is never resent).
        """
        found = first_recipient({"open_id": open_id, "user_id": user_id, "email": email})
        if found is None:
            raise ValueError(NO_RECIPIENT())
        where = IN_CHAT_TO(chat_id=chat_id, recipient=f"{found[0]} {found[1]}")
        body = EphemeralSendBody(chat_id=chat_id, card=card, open_id=open_id, user_id=user_id, email=email)
        data = self._requester.call(
            "POST",
            "/open-apis/ephemeral/v1/send",
            operation=EPHEMERAL_SEND(),
            where=where,
            json_body=body.model_dump(exclude_none=True),
            limiter=self.send_limiter if turn is None else turn,
            chat_id=chat_id,
            cancel=cancel,
            may_have_happened=_NOT_SURE,
        )
        result = _parse(SendResult, data, EPHEMERAL_SEND(), where)
        return result

    def delete(self, message_id: str) -> None:
        """Delete an ephemeral card; raises ``AlreadyDeleted`` (18051) when it is gone already."""
        self._requester.call(
            "POST",
            "/open-apis/ephemeral/v1/delete",
            operation=EPHEMERAL_DELETE(),
            where=OF_MESSAGE(message_id=message_id),
            json_body={"message_id": message_id},
            limiter=self.delete_limiter,
            may_have_happened=_NOT_SURE_DELETED,
        )


class Chats:
    """``GET /open-apis/im/v1/chats``: the chats the bot is in."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def pages(self, page_size: int = PAGE_SIZE_MAX) -> Iterator[Page[Chat]]:
        """One ``Page`` per call, so a caller can show progress and stop early."""
        _check_page_size(page_size, LISTING_CHATS())
        token = ""
        while True:
            params: dict[str, str | int] = {"page_size": page_size}
            if token:
                params["page_token"] = token
            data = self._requester.call(
                "GET", "/open-apis/im/v1/chats", operation=LISTING_CHATS(), params=params
            )
            answer = _parse(ChatsAnswer, data, LISTING_CHATS())
            yield Page(items=list(answer.items), has_more=answer.has_more, page_token=answer.page_token)
            if not answer.has_more or not answer.page_token:
                return
            token = answer.page_token

    def list_all(self) -> list[Chat]:
        return [chat for page in self.pages() for chat in page.items]


class Members:
    """``GET /open-apis/im/v1/chats/:chat_id/members`` (bots are not listed)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def pages(
        self, chat_id: str, page_size: int = PAGE_SIZE_MAX, member_id_type: str = "open_id"
    ) -> Iterator[Page[Member]]:
        """One ``Page`` per call; ``Page.total`` is the server's ``member_total``."""
        _check_page_size(page_size, LISTING_MEMBERS())
        where = IN_CHAT(chat_id=chat_id)
        token = ""
        while True:
            params: dict[str, str | int] = {"member_id_type": member_id_type, "page_size": page_size}
            if token:
                params["page_token"] = token
            data = self._requester.call(
                "GET",
                f"/open-apis/im/v1/chats/{chat_id}/members",
                operation=LISTING_MEMBERS(),
                where=where,
                params=params,
            )
            answer = _parse(MembersAnswer, data, LISTING_MEMBERS(), where)
            yield Page(
                items=list(answer.items),
                has_more=answer.has_more,
                page_token=answer.page_token,
                total=answer.member_total,
            )
            if not answer.has_more or not answer.page_token:
                return
            token = answer.page_token

    def list_all(self, chat_id: str) -> list[Member]:
        return [member for page in self.pages(chat_id) for member in page.items]


class Users:
    """``POST /open-apis/contact/v3/users/batch_get_id``: open_ids by email or mobile."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def batch_get_id(self, emails: Sequence[str] = (), mobiles: Sequence[str] = ()) -> list[UserId]:
        """One ``UserId`` per email / mobile asked; ``user_id`` is ``None`` for unknown ones.

        More than 50 of either are asked in several calls (the API takes 50 at a time).
        """
        if isinstance(emails, str) or isinstance(mobiles, str):
            raise TypeError("batch_get_id: emails and mobiles are sequences of strings, not one string")
        found: list[UserId] = []
        emails, mobiles = list(emails), list(mobiles)
        while emails or mobiles:
            batch_emails, emails = emails[:BATCH_GET_ID_MAX], emails[BATCH_GET_ID_MAX:]
            batch_mobiles, mobiles = mobiles[:BATCH_GET_ID_MAX], mobiles[BATCH_GET_ID_MAX:]
            data = self._requester.call(
                "POST",
                "/open-apis/contact/v3/users/batch_get_id",
                operation=LOOKING_UP_USERS(),
                params={"user_id_type": "open_id"},
                json_body={"emails": batch_emails, "mobiles": batch_mobiles, "include_resigned": False},
            )
            answer = _parse(UserIdsAnswer, data, LOOKING_UP_USERS())
            found.extend(answer.user_list)
        return found


IMAGE_EMPTY = Text("image upload: {filename} is empty")
IMAGE_TOO_BIG = Text("image upload: {filename} is {size:.1f} MB; Feishu takes at most 10 MB")


class Images:
    """``POST /open-apis/im/v1/images`` (multipart, ``image_type=message``)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def upload(self, data: bytes, filename: str = "image.png") -> str:
        """The ``image_key`` to use as a card's ``img_key``; raises ``ValueError`` for empty / > 10 MB."""
        if not data:
            raise ValueError(IMAGE_EMPTY(filename=filename))
        if len(data) > IMAGE_MAX_BYTES:
            raise ValueError(IMAGE_TOO_BIG(filename=filename, size=len(data) / 1048576))
        where = OF_FILE(filename=filename)
        answer = self._requester.call(
            "POST",
            "/open-apis/im/v1/images",
            operation=IMAGE_UPLOAD(),
            where=where,
            form={"image_type": "message"},
            files={"image": (filename, data, "application/octet-stream")},
        )
        image = _parse(ImageAnswer, answer, "image upload", where)
        return image.image_key
