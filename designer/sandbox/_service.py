"""What the sandbox answers: Feishu's contract, field by field, without the HTTP plumbing.

Every method takes the parsed request and returns an ``Answer`` (HTTP status, JSON body,
headers). Codes and messages follow Feishu's API documentation and error tables;
where Feishu's own wording is known it is used, otherwise the message says plainly what
is wrong and where.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from designer.cards import parse
from designer.sandbox import demo
from designer.sandbox._clock import SandboxClock
from designer.sandbox._faults import Faults
from designer.sandbox._limits import SlidingWindows
from designer.sandbox._messages import GroupMessage, GroupMessages

__all__ = ["ALL_SCOPES", "Answer", "GroupMessage", "InboxEntry", "SandboxService"]

CARD_MAX_BYTES = 30 * 1024
IMAGE_MAX_BYTES = 10 * 1024 * 1024
PAGE_SIZE_MAX = 100
BATCH_MAX = 50
TOKEN_REUSE_ABOVE = 1800.0  # Feishu hands out the same token while 30+ minutes remain

SEND_SCOPES = ("im:message", "im:message:send_as_bot", "im:message:update")
CHAT_SCOPES = ("im:chat", "im:chat:readonly", "im:chat:read", "im:chat.group_info:readonly")
MEMBER_SCOPES = ("im:chat", "im:chat:readonly", "im:chat.members:read")
CONTACT_SCOPES = ("contact:user.id:readonly",)
IMAGE_SCOPES = ("im:resource", "im:resource:upload")
POST_SCOPES = ("im:message", "im:message:send_as_bot", "im:message:send")
UPDATE_SCOPES = ("im:message", "im:message:send_as_bot", "im:message:update")
RECALL_SCOPES = ("im:message", "im:message:recall", "im:message:send_as_bot")
ALL_SCOPES = frozenset(
    SEND_SCOPES + CHAT_SCOPES + MEMBER_SCOPES + CONTACT_SCOPES + IMAGE_SCOPES + POST_SCOPES + RECALL_SCOPES
)

_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"BM",
    b"RIFF",
    b"II*\x00",
    b"MM\x00*",
)


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    body: dict[str, Any]
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class InboxEntry:
    """One ephemeral card as its recipient would see it."""

    message_id: str
    chat_id: str
    open_id: str
    recipient_name: str
    card: dict[str, Any]
    sent_at: datetime
    deleted: bool = False
    # Toasts the recipient was shown in answer to their actions on this card, oldest first.
    toasts: tuple[dict[str, Any], ...] = ()


def ok(data: dict[str, Any] | None = None) -> Answer:
    return Answer(200, {"code": 0, "msg": "success", "data": data if data is not None else {}})


def fail(code: int, msg: str, status: int = 400, **extra: Any) -> Answer:
    body: dict[str, Any] = {"code": code, "msg": msg}
    if extra:
        body["error"] = extra
    return Answer(status, body)


def field_violation(field_name: str, description: str) -> Answer:
    """Feishu's generic validation failure (99992402) naming the field."""
    return fail(
        99992402,
        f"field validation failed: {field_name}: {description}",
        field_violations=[{"field": field_name, "description": description}],
    )


def _is_count(text: str) -> bool:
    """Plain ASCII digits of a sane length (``int()`` would also take "٣", "+1", "1_0" and " 1",
    and raise on 5,000 digits; ``"²".isdigit()`` is true but ``int("²")`` raises)."""
    return text.isascii() and text.isdigit() and len(text) <= 9


def int_param(query: Mapping[str, str], name: str, default: int, low: int, high: int) -> int | Answer:
    """Query parameter ``name`` as an int in ``low..high`` (``default`` when absent), else
    Feishu's field violation naming it: the one way the sandbox reads a number from a query."""
    raw = query.get(name)
    if raw is None:
        return default
    if not _is_count(raw) or not low <= int(raw) <= high:
        shown = raw if len(raw) <= 40 else raw[:40] + f"… ({len(raw)} characters)"
        return field_violation(name, f"must be {low}..{high}, not {shown!r}")
    return int(raw)


class SandboxService:
    """The demo tenant's state and the answers to each API call (thread-safe)."""

    def __init__(
        self, app_id: str, app_secret: str, faults: Faults, clock: SandboxClock | None = None
    ) -> None:
        self.app_id = app_id
        self._app_secret = app_secret
        self.faults = faults
        self.token_ttl = 7200.0
        self.scopes: set[str] = set(ALL_SCOPES)
        # The time tokens expire by, rate-limit windows slide by and messages are dated by.
        self.clock = clock if clock is not None else SandboxClock()
        self.limits = SlidingWindows(self.clock)
        self._lock = threading.Lock()
        self._tokens: dict[str, float] = {}  # token -> expiry on the clock
        self._current_token: str | None = None
        self._inbox: list[InboxEntry] = []
        self._images: dict[str, bytes] = {}
        # The demo tenant's chats; a test or benchmark may add more (``add_chat``).
        self._chats: dict[str, demo.DemoChat] = {c.chat_id: c for c in demo.CHATS}
        self.tenant_key = demo.TENANT_KEY
        # Cards posted to whole chats, and the callback tokens of recipients' clicks.
        self.group = GroupMessages(self, self.now)

    def now(self) -> datetime:
        """The sandbox's date (``clock.now()``: the machine's, moved on by ``clock.advance``)."""
        return self.clock.now()

    def chat(self, chat_id: str) -> demo.DemoChat | None:
        with self._lock:
            return self._chats.get(chat_id)

    def issue_callback_token(self, message_id: str, open_id: str) -> str:
        """The callback token of a click by ``open_id`` on ``message_id`` (the long connection's
        event carries it); it allows delayed updates once ``callback_answered`` is called."""
        return self.group.issue_token(message_id, open_id)

    def callback_answered(self, token: str) -> None:
        self.group.token_answered(token)

    def add_chat(self, chat: demo.DemoChat) -> None:
        """One more chat in this sandbox's tenant (its members must be ``demo.PEOPLE``)."""
        with self._lock:
            self._chats[chat.chat_id] = chat

    # --- tenant access token ------------------------------------------------------------

    def issue_token(self, body: Any) -> Answer:
        if not isinstance(body, dict) or not body.get("app_id") or not body.get("app_secret"):
            return fail(10003, "invalid param: app_id and app_secret are required")
        if body["app_id"] != self.app_id:
            return fail(10003, f"invalid param: app_id {body['app_id']!s} is not an app of this tenant")
        # Bytes: compare_digest refuses str with non-ASCII characters (a TypeError, not an answer).
        given = str(body["app_secret"]).encode("utf-8", "surrogatepass")
        if not secrets.compare_digest(given, self._app_secret.encode("utf-8", "surrogatepass")):
            return fail(10014, "app secret invalid")
        with self._lock:
            self._drop_expired_tokens_locked()
            now = self.clock()
            current = self._current_token
            remaining = self._tokens.get(current, 0.0) - now if current else 0.0
            if current is None or remaining <= min(TOKEN_REUSE_ABOVE, self.token_ttl / 2):
                current = "t-" + secrets.token_hex(20)
                self._tokens[current] = now + self.token_ttl
                self._current_token = current
                remaining = self.token_ttl
        return Answer(200, {"code": 0, "msg": "ok", "tenant_access_token": current, "expire": int(remaining)})

    def _drop_expired_tokens_locked(self) -> None:
        if self.faults.tokens_expired.is_set():
            self.faults.tokens_expired.clear()
            self._tokens.clear()
            self._current_token = None
        now = self.clock()
        for token, until in list(self._tokens.items()):
            if until <= now:
                del self._tokens[token]
                if token == self._current_token:
                    self._current_token = None

    def check_token(self, authorization: str | None) -> Answer | None:
        """``None`` when the Bearer token is valid, else the answer Feishu gives."""
        if not authorization or not authorization.startswith("Bearer ") or not authorization[7:].strip():
            return fail(
                99991661, "Missing access token for authorization. Please make a request with token attached."
            )
        token = authorization[7:].strip()
        with self._lock:
            self._drop_expired_tokens_locked()
            valid = token in self._tokens
        if not valid:
            return fail(
                99991663, "Invalid access token for authorization. Please make a request with token attached."
            )
        return None

    def check_scopes(self, needed: tuple[str, ...]) -> Answer | None:
        if not needed or any(scope in self.scopes for scope in needed):
            return None
        listed = ", ".join(needed)
        return fail(
            99991672,
            f"Access denied. One of the following scopes is required: [{listed}]."
            f"应用尚未开通所需的应用身份权限：[{listed}]，点击链接申请并开通任一权限即可："
            f"https://open.feishu.cn/app/{self.app_id}/auth?q={needed[0]}&op_from=openapi&token_type=tenant",
        )

    # --- ephemeral ---------------------------------------------------------------------

    def send_rate_rules(self, chat_id: str) -> list[tuple[str, int, float]]:
        return [("send:app", 50, 1.0), ("send:app", 1000, 60.0), (f"send:chat:{chat_id}", 40, 1.0)]

    def ephemeral_send(self, body: Any) -> Answer:
        if not isinstance(body, dict):
            return field_violation("body", "must be a JSON object")
        chat_id = body.get("chat_id")
        if not isinstance(chat_id, str) or not chat_id:
            return field_violation("chat_id", "is required")
        if body.get("msg_type") != "interactive":
            return field_violation("msg_type", f"must be 'interactive', not {body.get('msg_type')!r}")
        card = body.get("card")
        if not isinstance(card, dict):
            return field_violation("card", "is required and must be a JSON object")
        if not any(
            isinstance(body.get(key), str) and body.get(key) for key in ("open_id", "user_id", "email")
        ):
            return field_violation("open_id", "one of open_id, user_id and email is required")
        chat = self._chats.get(chat_id)
        if chat is None:
            return fail(
                230001,
                f"Your request contains an invalid request parameter: chat_id {chat_id} does not exist.",
            )
        if not chat.bot_in_chat:
            return fail(230002, "The bot can not be outside the group.")
        if chat.chat_mode != "group":
            return fail(18053, "chat can not be thread")
        person, problem = self._recipient(body)
        if problem is not None:
            return problem
        assert person is not None
        if not person.available:
            return fail(230013, "Bot has NO availability to this user.")
        if person.open_id not in chat.member_ids:
            return fail(
                230002, f"The user is not a member of the chat: {person.open_id} is not in {chat_id}."
            )
        size = len(json.dumps(card, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        if size > CARD_MAX_BYTES:
            return fail(
                230025,
                f"The length of the message content reaches its limit: the card is {size} bytes, at most "
                f"{CARD_MAX_BYTES} are allowed.",
            )
        refused = self._check_card(body)
        if refused is not None:
            return refused
        entry = InboxEntry(
            message_id="om_" + secrets.token_hex(16),
            chat_id=chat_id,
            open_id=person.open_id,
            recipient_name=person.name,
            card=card,
            sent_at=self.now(),
        )
        with self._lock:
            self._inbox.append(entry)
        return ok({"message_id": entry.message_id})

    def _recipient(self, body: Mapping[str, Any]) -> tuple[demo.Person | None, Answer | None]:
        """open_id > user_id > email, as the API page says; the first one given decides."""
        if body.get("open_id"):
            found = demo.person(str(body["open_id"]))
            if found is None:
                return None, fail(99992351, f"invalid open_id: {body['open_id']} is not a user of this app")
            return found, None
        if body.get("user_id"):
            found = next((p for p in demo.PEOPLE if p.user_id == body["user_id"]), None)
            if found is None:
                return None, fail(
                    99992352, f"invalid user_id: {body['user_id']} is not a user of this tenant"
                )
            return found, None
        email = str(body.get("email", "")).lower()
        found = next((p for p in demo.PEOPLE if p.email == email), None)
        if found is None:
            return None, fail(99992353, f"invalid email: no user has the email {body.get('email')}")
        return found, None

    def _check_card(self, body: dict[str, Any]) -> Answer | None:
        card = body["card"]
        if card.get("type") == "template":
            template = card.get("data", {}).get("template_id") if isinstance(card.get("data"), dict) else None
            return fail(
                230099,
                f"Failed to create card content, ext=ErrCode: 200380; ErrMsg: template {template} is not "
                "published (the sandbox has no templates); ErrorValue: /card/data/template_id; ",
            )
        document = parse(json.dumps(body, ensure_ascii=False), ephemeral=True)
        card_errors = [d for d in document.errors if d.pointer == "/card" or d.pointer.startswith("/card/")]
        if not card_errors:
            return None
        first = card_errors[0]
        more = f" (and {len(card_errors) - 1} more)" if len(card_errors) > 1 else ""
        return fail(
            230099,
            f"Failed to create card content, ext=ErrCode: 11310; ErrMsg: {first.message} [{first.rule}]{more}; "
            f"ErrorValue: {first.pointer}; ",
        )

    def ephemeral_delete(self, body: Any) -> Answer:
        if (
            not isinstance(body, dict)
            or not isinstance(body.get("message_id"), str)
            or not body["message_id"]
        ):
            return field_violation("message_id", "is required")
        with self._lock:
            for index, entry in enumerate(self._inbox):
                if entry.message_id == body["message_id"]:
                    if entry.deleted:
                        return fail(18051, "The ephemeral card has already been deleted.")
                    self._inbox[index] = replace(entry, deleted=True)
                    return ok()
        return fail(
            230001,
            f"Your request contains an invalid request parameter: message_id {body['message_id']} "
            "is not an ephemeral card of this app.",
        )

    # --- chats, members, ids -----------------------------------------------------------

    @staticmethod
    def _page_window(query: Mapping[str, str], kind: str, default_size: int) -> tuple[int, int] | Answer:
        size = int_param(query, "page_size", default_size, 1, PAGE_SIZE_MAX)
        if isinstance(size, Answer):
            return size
        start = 0
        token = query.get("page_token", "")
        if token:
            try:
                prefix, _, offset = base64.urlsafe_b64decode(token.encode()).decode().rpartition(":")
                if prefix != kind or not _is_count(offset):
                    raise ValueError(token)
                start = int(offset)
            except ValueError:
                return field_violation("page_token", "is not a page token this list handed out")
        return start, size

    @staticmethod
    def _next_token(kind: str, offset: int) -> str:
        return base64.urlsafe_b64encode(f"{kind}:{offset}".encode()).decode()

    def list_chats(self, query: Mapping[str, str]) -> Answer:
        window = self._page_window(query, "chats", 20)
        if isinstance(window, Answer):
            return window
        start, size = window
        chats = [c for c in self._chats.values() if c.bot_in_chat]
        page = chats[start : start + size]
        has_more = start + size < len(chats)
        items = [
            {
                "chat_id": c.chat_id,
                "name": c.name,
                "avatar": c.avatar,
                "description": c.description,
                "owner_id": c.owner_id,
                "owner_id_type": "open_id",
                "external": False,
                "tenant_key": demo.TENANT_KEY,
                "chat_status": "normal",
            }
            for c in page
        ]
        return ok(
            {
                "items": items,
                "page_token": self._next_token("chats", start + size) if has_more else "",
                "has_more": has_more,
            }
        )

    def list_members(self, chat_id: str, query: Mapping[str, str]) -> Answer:
        id_type = query.get("member_id_type", "open_id")
        if id_type not in ("open_id", "user_id", "union_id"):
            return field_violation("member_id_type", f"must be open_id, user_id or union_id, not {id_type!r}")
        chat = self._chats.get(chat_id)
        if chat is None:
            return fail(232006, f"The chat id is invalid: {chat_id}")
        if not chat.bot_in_chat:
            return fail(232011, "Operator can NOT be out of the chat.")
        window = self._page_window(query, f"members:{chat_id}", 20)
        if isinstance(window, Answer):
            return window
        start, size = window
        people = [p for p in (demo.person(open_id) for open_id in chat.member_ids) if p is not None]
        page = people[start : start + size]
        has_more = start + size < len(people)
        items = [
            {
                "member_id": getattr(p, id_type),
                "member_id_type": id_type,
                "name": p.name,
                "tenant_key": demo.TENANT_KEY,
            }
            for p in page
        ]
        return ok(
            {
                "items": items,
                "page_token": self._next_token(f"members:{chat_id}", start + size) if has_more else "",
                "has_more": has_more,
                "member_total": len(people),
            }
        )

    def batch_get_id(self, query: Mapping[str, str], body: Any) -> Answer:
        id_type = query.get("user_id_type", "open_id")
        if id_type not in ("open_id", "user_id", "union_id"):
            return field_violation("user_id_type", f"must be open_id, user_id or union_id, not {id_type!r}")
        if not isinstance(body, dict):
            return field_violation("body", "must be a JSON object")
        emails, mobiles = body.get("emails") or [], body.get("mobiles") or []
        for name, values in (("emails", emails), ("mobiles", mobiles)):
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                return field_violation(name, "must be a list of strings")
            if len(values) > BATCH_MAX:
                return field_violation(name, f"at most {BATCH_MAX} at a time, got {len(values)}")
        if not emails and not mobiles:
            return field_violation("emails", "give at least one email or mobile")
        users: list[dict[str, str]] = []
        for email in emails:
            found = next((p for p in demo.PEOPLE if p.email == email.lower()), None)
            users.append({"email": email, **({"user_id": getattr(found, id_type)} if found else {})})
        for mobile in mobiles:
            digits = mobile if mobile.startswith("+") else "+86" + mobile
            found = next((p for p in demo.PEOPLE if p.mobile == digits), None)
            users.append({"mobile": mobile, **({"user_id": getattr(found, id_type)} if found else {})})
        return ok({"user_list": users})

    # --- images ------------------------------------------------------------------------

    def upload_image(self, fields: Mapping[str, bytes], filenames: Mapping[str, str]) -> Answer:
        image_type = fields.get("image_type", b"").decode("utf-8", "replace")
        if image_type not in ("message", "avatar"):
            return fail(
                234001, f"Invalid request param: image_type must be message or avatar, not {image_type!r}."
            )
        if "image" not in fields or "image" not in filenames:
            return fail(234001, "Invalid request param: the multipart field 'image' (a file) is missing.")
        data = fields["image"]
        if not data:
            return fail(234010, "File's size can't be 0.")
        if len(data) > IMAGE_MAX_BYTES:
            return fail(234006, f"The file size exceeds the limit: {len(data)} bytes, at most 10 MB.")
        if not data.startswith(_IMAGE_MAGIC):
            return fail(
                234011,
                f"Can't recognize image format: {filenames['image']} is not a PNG, JPEG, GIF, "
                "WEBP, BMP or TIFF image.",
            )
        key = "img_v3_" + secrets.token_hex(12)
        with self._lock:
            self._images[key] = bytes(data)
        return ok({"image_key": key})

    # --- card callbacks (designer.sandbox._callbacks) -------------------------------------

    def credentials_match(self, app_id: Any, app_secret: Any) -> bool:
        """True for this app's id and secret (compared in constant time, as the token endpoint does)."""
        if not isinstance(app_id, str) or not isinstance(app_secret, str) or app_id != self.app_id:
            return False
        given = app_secret.encode("utf-8", "surrogatepass")
        return secrets.compare_digest(given, self._app_secret.encode("utf-8", "surrogatepass"))

    def card_refusal(self, card: dict[str, Any]) -> Answer | None:
        """What Feishu answers a card that replaces an ephemeral one (the send's card checks)."""
        return self._check_card({"card": card})

    def inbox_entry(self, message_id: str) -> InboxEntry | None:
        with self._lock:
            return next((e for e in self._inbox if e.message_id == message_id), None)

    def apply_callback_answer(
        self, message_id: str, toast: dict[str, Any] | None, card: dict[str, Any] | None
    ) -> None:
        """What the recipient sees after the app answered a callback: the toast, the new card."""
        with self._lock:
            for index, entry in enumerate(self._inbox):
                if entry.message_id == message_id:
                    self._inbox[index] = replace(
                        entry,
                        toasts=entry.toasts + ((toast,) if toast is not None else ()),
                        card=card if card is not None else entry.card,
                    )
                    return

    # --- what tests and the GUI read ----------------------------------------------------

    def inbox(self) -> list[InboxEntry]:
        with self._lock:
            return list(self._inbox)

    def messages(self) -> list[GroupMessage]:
        """The cards posted to whole chats, oldest first (recalled ones too, marked)."""
        return self.group.all()

    def image(self, key: str) -> bytes | None:
        with self._lock:
            return self._images.get(key)
