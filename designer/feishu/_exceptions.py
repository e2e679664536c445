"""Every way a Feishu call can fail, as one exception tree.

Each error says what failed and where (``str(error)``: the call, the chat, the
recipient) and what a person can do about it (``error.hint``, English)::

    FeishuError
    ├── APIError(code, msg, http_status, log_id)     the service answered code != 0
    │   ├── AuthError                  app id / secret wrong, tenant token refused
    │   ├── PermissionDenied           a scope is missing (.scopes), IP not allowed, bot off
    │   ├── RateLimited                99991400 / 230020 (.reset: seconds to wait)
    │   ├── QuotaExceeded              the app's monthly API quota is used up
    │   ├── BotNotInChat               230002: the bot is not in the chat
    │   ├── UserNotInChat              230002 naming the user: the recipient is not in it
    │   ├── UserOutsideAvailability    230013: the user is outside the app's availability
    │   ├── ChatNotSupported           18053: topic chats, threads, p2p chats
    │   ├── InvalidCard                230099 (.sub_code, .reason, .pointer)
    │   │   └── CardTooLarge           230025: the card is over 30 KB
    │   ├── AlreadyDeleted             18051: the ephemeral card was deleted already
    │   ├── LongConnectionRefused      the callback long connection was refused (.code)
    │   └── InvalidRequest             a field of the request is wrong or unknown
    ├── TransportError                 no usable answer came back
    │   ├── ConnectionFailed           could not connect (nothing was sent), TLS failed
    │   ├── TimedOut                   no answer in time: a send may or may not have arrived
    │   └── BadResponse                not JSON, or closed without an answer
    ├── Cancelled                      the caller cancelled before the request went out
    └── InsecureURL                    a base URL other than loopback that is not https

Each ``APIError`` subclass names the codes it stands for (``codes``) and its advice
(``default_hint``) as class attributes; ``api_error`` picks the class from them, and
``is_rate_limit`` is the one rule for "wait and try again" (the codes of ``RateLimited``, or
HTTP 429 whatever the code), which the client's retry loop uses too.

``FeishuError`` joins the app's root error (``designer.errors.DesignerError``: a message and a
hint). Codes come from Feishu's open-platform documentation (通用错误码 and the error tables of
the message and ephemeral-card APIs); ``api_error`` picks the class and writes the hint.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from typing import ClassVar
from urllib.parse import quote, quote_plus

from designer.errors import DesignerError
from designer.messages import EITHER, Message, Text

__all__ = [
    "APIError",
    "AlreadyDeleted",
    "AuthError",
    "BadResponse",
    "BotNotInChat",
    "CallbackTokenRefused",
    "Cancelled",
    "CardTooLarge",
    "ChatNotSupported",
    "ConnectionFailed",
    "FeishuError",
    "InsecureURL",
    "InvalidCard",
    "InvalidRequest",
    "LongConnectionRefused",
    "MessageRecalled",
    "MessageTooOld",
    "NotSharedCard",
    "PermissionDenied",
    "QuotaExceeded",
    "RateLimited",
    "TimedOut",
    "TransportError",
    "UserNotInChat",
    "UserOutsideAvailability",
    "WrongMessageKind",
    "api_error",
    "is_rate_limit",
    "redact",
]


def _said(english: str) -> Message:
    """A fixed sentence (a hint, a reason) as a translatable message (``designer.messages``)."""
    return Text(english)()


FAILED = Text("{operation} failed: {message}")
FAILED_AT = Text("{operation} ({where}) failed: {message}")
A_FEISHU_CALL = Text("Feishu call")
API_DETAIL = Text("{msg} [code {code}, HTTP {status}]")
API_DETAIL_LOG = Text("{msg} [code {code}, HTTP {status}, log id {log_id}]")
BOT_OR_USER_NOT_IN_CHAT = Text(
    "The bot (or the recipient) is not in this chat: add the bot in the chat settings "
    "(Settings > Bots > Add bot) and check the recipient is a member."
)
GRANT_SCOPE = Text(
    "Grant the app the scope {scopes} in the developer console (Permissions & Scopes), then publish a new version."
)
CARD_REFUSED = Text("The card was refused (sub-code {sub_code}: {meaning}): fix it and send again.")
CARD_REFUSED_AT = Text(
    "The card was refused (sub-code {sub_code}: {meaning}) at {pointer}: fix it and send again."
)
SEE_THE_MESSAGE = Text("see the message")
OF_APP = Text("app {app_id}")  # where a call of an app failed (the client and the long connection)
FROM_WHERE = Text("{where}: {message}")

REDACTED = "<redacted>"
# Feishu's app secrets are 32 characters and tenant tokens longer; a "secret" of a few
# letters (a typo, a test's "wrong") is no secret, and cutting it out would mangle ordinary
# words of the message and hint ("the app secret is wrong").
_SECRET_MIN = 8


def _written_forms(secret: str) -> set[str]:
    """``secret`` as a page or message may repeat it: raw, JSON-, HTML-, URL- and repr-escaped."""
    forms = {
        secret,
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        html.escape(secret),
        quote(secret, safe=""),
        quote_plus(secret),
        repr(secret)[1:-1],
    }
    return {form for form in forms if form}


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret (the app secret, tenant tokens), in any written form, cut out.

    The one place texts from outside (an answer's msg, a proxy's page, a transport error)
    lose the credentials before a person or a file sees them.
    """
    forms = {form for secret in secrets if len(secret) >= _SECRET_MIN for form in _written_forms(secret)}
    for form in sorted(forms, key=len, reverse=True):  # longest first: no half-replaced form
        text = text.replace(form, REDACTED)
    return text


class FeishuError(DesignerError):
    """Base of every error the client raises.

    ``operation`` names the call ("ephemeral send"), ``where`` the place
    ("chat oc_…, recipient ou_…"); ``hint`` says what to do.
    """

    default_hint: ClassVar[str] = _said(
        "Try again; if it keeps failing, check the app in the Feishu developer console."
    )

    def __init__(
        self, message: str, *, operation: str = "", where: str = "", hint: str | None = None
    ) -> None:
        super().__init__(message, hint=hint or self.default_hint)
        self.operation = operation
        self.where = where

    def redact(self, secrets: Iterable[str]) -> None:
        """Cut ``secrets`` out of every text this error carries (message, msg, hint, where, …)."""
        secrets = tuple(secrets)

        def clean(value: object) -> object:
            if isinstance(value, Message):  # its template is ours: secrets come in through parameters
                return value.template(**{name: clean(param) for name, param in value.params.items()})
            if isinstance(value, str):
                return redact(value, secrets)
            if isinstance(value, tuple):
                return tuple(clean(item) for item in value)
            return value

        for name, value in vars(self).items():
            setattr(self, name, clean(value))
        self.args = tuple(clean(arg) for arg in self.args)

    def __str__(self) -> str:
        # A Message: the English line, which the window and the commands show translated.
        operation = self.operation or A_FEISHU_CALL()
        if self.where:
            return FAILED_AT(operation=operation, where=self.where, message=self.message)
        return FAILED(operation=operation, message=self.message)


class APIError(FeishuError):
    """The service answered with ``code != 0``."""

    codes: ClassVar[frozenset[int]] = frozenset()  # the codes this class stands for

    def __init__(
        self,
        code: int,
        msg: str,
        http_status: int,
        log_id: str | None = None,
        *,
        operation: str = "",
        where: str = "",
        hint: str | None = None,
    ) -> None:
        self.code = code
        self.msg = msg
        self.http_status = http_status
        self.log_id = log_id
        if log_id:
            detail = API_DETAIL_LOG(msg=msg, code=code, status=http_status, log_id=log_id)
        else:
            detail = API_DETAIL(msg=msg, code=code, status=http_status)
        super().__init__(detail, operation=operation, where=where, hint=hint)


class AuthError(APIError):
    codes = frozenset({10003, 10014, 99991661, 99991663, 99991664, 99991668})
    default_hint = _said(
        "Check the app id and app secret of this profile (developer console > Credentials & Basic Info)."
    )


class PermissionDenied(APIError):
    codes = frozenset({99991672, 99991401, 230006, 230027, 230012, 230026})
    default_hint = _said(
        "The app lacks a permission: grant it in the developer console and publish a new version."
    )

    @property
    def scopes(self) -> tuple[str, ...]:
        """The scopes the service asked for (99991672 lists them in ``msg``), else empty."""
        return _scopes_from(self.msg) if self.code == 99991672 else ()


class RateLimited(APIError):
    """``reset`` is the wait in seconds the service asked for (``x-ogw-ratelimit-reset``)."""

    codes = frozenset({99991400, 230020})
    default_hint = _said(
        "Too many calls: wait a moment and send again (40 per second per chat, 50 per second per app)."
    )
    reset: float | None = None  # set by ``api_error`` from the answer's header


class QuotaExceeded(APIError):
    codes = frozenset({99991403})
    default_hint = _said("The app's monthly API quota is used up: wait for next month or raise the plan.")


class BotNotInChat(APIError):
    codes = frozenset({230002, 232011})
    default_hint = _said(
        "The bot is not in this chat: add it in the chat settings (Settings > Bots > Add bot)."
    )


class UserNotInChat(APIError):
    default_hint = _said(
        "The recipient is not a member of this chat: pick someone from the chat's member list."
    )


class UserOutsideAvailability(APIError):
    codes = frozenset({230013})
    default_hint = _said(
        "The recipient is outside the app's availability: add them to the availability range in the "
        "developer console (Version Management & Release) and publish a new version."
    )


class ChatNotSupported(APIError):
    codes = frozenset({18053})
    default_hint = _said(
        "Ephemeral cards work only in ordinary group chats, not topic chats, threads or one-to-one chats."
    )


class InvalidCard(APIError):
    """230099: ``sub_code`` is the ErrCode in ``msg``, ``reason`` what it means, ``pointer`` where."""

    codes = frozenset({230099})
    default_hint = _said("Fix the card at the place named in the message, then send again.")

    @property
    def sub_code(self) -> int | None:
        found = _SUB_CODE.search(self.msg)
        return int(found.group(1)) if found else None

    @property
    def reason(self) -> str | None:
        sub_code = self.sub_code
        return CARD_SUB_CODES.get(sub_code) if sub_code is not None else None

    @property
    def pointer(self) -> str | None:
        value = _ERROR_VALUE.search(self.msg)
        text = value.group(1).strip() if value else ""
        return text if text.startswith("/") else None


class CardTooLarge(InvalidCard):
    codes = frozenset({230025})
    default_hint = _said("The card is over 30 KB: shorten texts or split it into several cards.")


class AlreadyDeleted(APIError):
    codes = frozenset({18051})
    default_hint = _said("This ephemeral card was already deleted; nothing more to do.")


class MessageRecalled(APIError):
    codes = frozenset({230011})
    default_hint = _said("The message was recalled; nothing more can be done to it (post a new card instead).")


class MessageTooOld(APIError):
    """Past a time limit of the message: 14 days to update it, the tenant's limit to recall it."""

    codes = frozenset({230031, 230009})
    default_hint = _said("The message is too old for this: post a new card instead.")


class WrongMessageKind(APIError):
    """The call does not apply to this kind of message (above all, an ephemeral card)."""

    codes = frozenset({230054})
    default_hint = _said(
        "An ephemeral card cannot be updated or recalled: delete it (card-designer delete) and send a new one."
    )


class CallbackTokenRefused(APIError):
    """The delayed update's callback token is unknown, expired, used up or used too early (the
    sandbox's codes; docs/feishu/messages.md)."""

    codes = frozenset({200670, 200671, 200672, 200673})
    default_hint = _said(
        "A callback token updates the clicked card at most twice, within 30 minutes of the click and only "
        "after the click was answered: answer the next click to get a new token."
    )


class NotSharedCard(FeishuError, ValueError):
    """Refused before sending: only a shared card can be updated in place."""

    default_hint = _said(
        'Add "update_multi": true to the card\'s config (JSON 2.0 cards are always shared), in the posted '
        "card and in the new one; a card posted without it cannot be updated: recall it and post a new one."
    )


class InvalidRequest(APIError):
    codes = frozenset(
        {230001, 99992402, 99992351, 99992352, 99992353, 230045, 232006, 234001, 234006, 234010, 234011, 230028}
    )
    default_hint = _said(
        "A field of the request is wrong: check the chat id and the recipient's id or email."
    )


class LongConnectionRefused(APIError):
    """The long connection for callbacks was refused: trying again will not help (hints in
    ``designer.feishu._longconn``, whose endpoint has codes of its own)."""

    default_hint = _said(
        "Check that the app is a self-built app and receives callbacks over the long connection "
        "(developer console > Events & Callbacks)."
    )


class TransportError(FeishuError):
    """No usable answer came back from the server."""


class ConnectionFailed(TransportError):
    default_hint = _said("Check the network, a proxy, and the base URL of this profile; nothing was sent.")


class TimedOut(TransportError):
    default_hint = _said(
        "The server did not answer in time. A card may or may not have been delivered: "
        "look in the chat before sending again."
    )


class BadResponse(TransportError):
    default_hint = _said(
        "The server's answer was not Feishu's API format: check the base URL of this profile."
    )


class Cancelled(FeishuError):
    """The caller's cancel event was set before the request went out: nothing was sent."""

    default_hint = _said("Nothing was sent.")


class InsecureURL(FeishuError, ValueError):
    """``where`` names where the address came from (``--base-url``, a profile), when not the client."""

    default_hint = _said(
        "Use an https:// base URL (http:// is allowed only for 127.0.0.1, localhost and [::1])."
    )

    def __str__(self) -> str:
        return FROM_WHERE(where=self.where, message=self.message) if self.where else super().__str__()


# --- code -> class + hint ------------------------------------------------------------------

# UserNotInChat shares BotNotInChat's 230002 (told apart by the message): it claims no code.
_CLASS_BY_CODE: dict[int, type[APIError]] = {
    code: cls
    for cls in (
        AuthError,
        PermissionDenied,
        RateLimited,
        QuotaExceeded,
        BotNotInChat,
        UserOutsideAvailability,
        ChatNotSupported,
        InvalidCard,
        CardTooLarge,
        AlreadyDeleted,
        MessageRecalled,
        MessageTooOld,
        WrongMessageKind,
        CallbackTokenRefused,
        InvalidRequest,
        MessageRecalled,
        MessageTooOld,
        WrongMessageKind,
        CallbackTokenRefused,
    )
    for code in cls.codes
}


def is_rate_limit(code: int, http_status: int) -> bool:
    """Whether an answer means "too many calls: wait and try again" (any code with HTTP 429)."""
    return code in RateLimited.codes or http_status == 429


_HINT_BY_CODE: dict[int, Message] = {
    10003: _said("The app id is not known to this server: check the app id (and the region or base URL)."),
    10014: _said(
        "The app secret is wrong: copy it again from the developer console (Credentials & Basic Info)."
    ),
    99991661: _said("The request carried no tenant token: this is a client bug, please report it."),
    99991663: _said(
        "The tenant token was refused even after fetching a new one: check the app id and secret."
    ),
    99991664: _said("The app token is invalid: check the app id and app secret of this profile."),
    99991401: _said("The server refused this machine's IP address: add it to the app's IP allow-list."),
    230006: _said(
        "The app's bot is not enabled: turn on the Bot feature in the developer console and publish a version."
    ),
    230027: _said(
        "The app lacks a permission for this chat (external chats need the bot's external sharing turned on)."
    ),
    230020: _said("Feishu's frequency limit was hit: send more slowly and try again."),
    232011: _said("The bot is not in this chat: add it in the chat settings (Settings > Bots > Add bot)."),
    99992402: _said("A field of the request is missing or invalid: see the message for which one."),
    99992351: _said("No user has this open_id in this app: pick the recipient from the chat's member list."),
    99992352: _said("No user has this user_id: pick the recipient from the chat's member list."),
    99992353: _said("No user has this email: check the address or pick the recipient from the member list."),
    230045: _said("The chat does not exist (it may have been disbanded): pick another chat."),
    232006: _said("The chat id is not valid: pick the chat from the list of chats the bot is in."),
    234006: _said("The image is over 10 MB: make it smaller."),
    234010: _said("The image file is empty: choose another file."),
    234011: _said("The file is not an image Feishu can read: use PNG, JPEG, GIF, WEBP, BMP or TIFF."),
    230031: _said("Feishu updates a card only within 14 days of sending it: post a new card instead."),
    230009: _said(
        "The bot can recall its messages only within the tenant's time limit (24 hours unless the "
        "admin changed it): the message stays; post a correction instead."
    ),
    230012: _said("Only the app that sent a message can change it: use the profile that posted it."),
    230026: _said("The bot can recall only its own messages: use the profile that posted it."),
    230028: _said(
        "The card did not pass the tenant's content audit (DLP; e.g. a phone number or personal email "
        "written out): remove that text and try again."
    ),
    200670: _said("The callback token is not known: use the token of a click on a card this app sent."),
    200671: _said("The callback token has expired (30 minutes after the click): answer the next click instead."),
    200672: _said(
        "The callback token was used twice already, its limit: answer the next click to get a new one."
    ),
    200673: _said(
        "The click has not been answered yet: answer the callback first, then update the card with its token."
    ),
}

# 230099 carries a sub-code in msg ("ErrCode: 200621; ErrMsg: ..."); what each means.
CARD_SUB_CODES: dict[int, Message] = {
    200621: _said("the card JSON could not be parsed"),
    200570: _said("an img_key is not valid (upload the image with this app first)"),
    200380: _said("the card template is not published"),
    200381: _said("the card template is not visible to this app"),
    200732: _said("a template variable has the wrong type"),
    200737: _said("a template variable has the wrong format"),
    200861: _said("this tag is not supported in card JSON 2.0"),
    100290: _said("a user id in an at / person element is not valid"),
    11310: _said("the card breaks a rule of the card format"),
    200830: _said('the card is not a shared card (its config needs "update_multi": true)'),
}

_SUB_CODE = re.compile(r"ErrCode:\s*(\d+)")
_ERROR_VALUE = re.compile(r"ErrorValue:\s*([^;]*)")
_SCOPES = re.compile(r"\[([^\]]+)\]")


def _scopes_from(msg: str) -> tuple[str, ...]:
    """99991672's msg lists the scopes in brackets: "...required: [im:message, im:chat]"."""
    found = _SCOPES.search(msg)
    if not found:
        return ()
    return tuple(part.strip() for part in found.group(1).split(",") if part.strip())


def _names_user(msg: str) -> bool:
    """Feishu answers 230002 both for the bot and for a recipient outside the chat ("Bot/User
    can NOT be out of the chat"); only a message that names the user alone means the user."""
    lowered = msg.lower()
    return lowered.startswith("the user") or "user is not a member" in lowered


def api_error(
    code: int,
    msg: str,
    http_status: int,
    log_id: str | None = None,
    *,
    operation: str = "",
    where: str = "",
    reset: float | None = None,
) -> APIError:
    """The ``APIError`` subclass for ``code``, with a hint a person can act on."""
    cls = RateLimited if is_rate_limit(code, http_status) else _CLASS_BY_CODE.get(code, APIError)
    hint: str | None = _HINT_BY_CODE.get(code)
    common = {"operation": operation, "where": where}
    if code == 230002 and _names_user(msg):
        return UserNotInChat(code, msg, http_status, log_id, **common)
    if cls is BotNotInChat and "user" in msg.lower() and not _names_user(msg):
        hint = BOT_OR_USER_NOT_IN_CHAT()
    error = cls(code, msg, http_status, log_id, hint=hint, **common)
    # The details are read from msg by the class itself; only the advice depends on them.
    if isinstance(error, PermissionDenied) and error.scopes:
        scopes = error.scopes
        named: str = scopes[0]
        for scope in scopes[1:]:  # "a or b or c": any one of them will do
            named = EITHER(items=named, last=scope)
        error.hint = GRANT_SCOPE(scopes=named)
    elif isinstance(error, RateLimited):
        error.reset = reset
    elif type(error) is InvalidCard and error.sub_code is not None:
        meaning = error.reason or SEE_THE_MESSAGE()
        if error.pointer:
            error.hint = CARD_REFUSED_AT(sub_code=error.sub_code, meaning=meaning, pointer=error.pointer)
        else:
            error.hint = CARD_REFUSED(sub_code=error.sub_code, meaning=meaning)
    return error
