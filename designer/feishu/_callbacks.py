"""Card callbacks (``card.action.trigger``, schema 2.0): what a click carries, and the answer.

Field names follow Feishu's callback page (卡片回传交互) and the official SDK's model
(``lark_oapi/event/callback/model/p2_card_action_trigger.py``); docs/feishu/long-connection.md
lists the fields the app relies on. Unknown fields are kept in ``raw``; missing ones read as
empty, so a newer or older server never breaks the listener.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from designer.feishu._constants import CALLBACK_TOKEN_TTL, CALLBACK_TOKEN_USES
from designer.messages import Text, either

__all__ = [
    "CALLBACK_EVENT_TYPE",
    "CallbackAnswer",
    "CardAction",
    "Toast",
    "ToastType",
    "TokenState",
    "TokenStatus",
    "token_state",
]

CALLBACK_EVENT_TYPE = "card.action.trigger"
ToastType = Literal["info", "success", "error", "warning"]
TOAST_TYPES: tuple[str, ...] = ("info", "success", "error", "warning")


def _text(mapping: dict[str, Any], key: str) -> str:
    value = mapping.get(key)
    return value if isinstance(value, str) else ""


def _object(mapping: dict[str, Any], key: str) -> dict[str, Any]:
    value = mapping.get(key)
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True, slots=True)
class CardAction:
    """One recipient's action on a card, as the callback delivers it.

    ``operator_*``: who acted; ``value``: the element's callback value; ``form_value``: a
    submitted form; ``token``: the callback token for a delayed update (30 minutes);
    ``open_message_id`` / ``open_chat_id``: the card and its chat. ``raw`` is the whole
    event as received.
    """

    event_id: str
    event_type: str
    create_time: str
    app_id: str
    tenant_key: str
    operator_open_id: str
    operator_user_id: str
    operator_union_id: str
    token: str
    tag: str
    name: str
    value: Any
    form_value: dict[str, Any]
    option: str
    options: tuple[str, ...]
    input_value: str
    checked: bool | None
    timezone: str
    host: str
    open_message_id: str
    open_chat_id: str
    raw: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def from_event(cls, event: dict[str, Any]) -> CardAction:
        header = _object(event, "header")
        body = _object(event, "event")
        operator = _object(body, "operator")
        action = _object(body, "action")
        context = _object(body, "context")
        options = action.get("options")
        checked = action.get("checked")
        return cls(
            event_id=_text(header, "event_id"),
            event_type=_text(header, "event_type"),
            create_time=_text(header, "create_time"),
            app_id=_text(header, "app_id"),
            tenant_key=_text(header, "tenant_key") or _text(operator, "tenant_key"),
            operator_open_id=_text(operator, "open_id"),
            operator_user_id=_text(operator, "user_id"),
            operator_union_id=_text(operator, "union_id"),
            token=_text(body, "token"),
            tag=_text(action, "tag"),
            name=_text(action, "name"),
            value=action.get("value"),
            form_value=_object(action, "form_value"),
            option=_text(action, "option"),
            options=tuple(o for o in options if isinstance(o, str)) if isinstance(options, list) else (),
            input_value=_text(action, "input_value"),
            checked=checked if isinstance(checked, bool) else None,
            timezone=_text(action, "timezone"),
            host=_text(body, "host"),
            open_message_id=_text(context, "open_message_id"),
            open_chat_id=_text(context, "open_chat_id"),
            raw=event,
        )


BAD_TOAST_TYPE = Text("a toast's type is {types}, not {value}")


@dataclass(frozen=True, slots=True)
class Toast:
    """A toast shown to the person who acted. ``i18n``: locale (``zh_cn``, ``en_us``…) -> text."""

    type: ToastType
    content: str
    i18n: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.type not in TOAST_TYPES:
            raise ValueError(BAD_TOAST_TYPE(types=either(TOAST_TYPES), value=repr(self.type)))


@dataclass(frozen=True, slots=True)
class CallbackAnswer:
    """The answer to a callback: a toast, a replacement card (its JSON), or both."""

    toast: Toast | None = None
    card: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        answer: dict[str, Any] = {}
        if self.toast is not None:
            toast: dict[str, Any] = {"type": self.toast.type, "content": self.toast.content}
            if self.toast.i18n:
                toast["i18n"] = dict(self.toast.i18n)
            answer["toast"] = toast
        if self.card is not None:
            answer["card"] = {"type": "raw", "data": self.card}
        return answer


def event_json(payload: bytes) -> dict[str, Any]:
    """The event in a data frame's payload (UTF-8 JSON object); ``ValueError`` saying why not."""
    try:
        event = json.loads(payload.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ValueError(f"the event is not UTF-8 (byte {error.start})") from None
    except ValueError as error:
        raise ValueError(f"the event is not JSON ({error})") from None
    if not isinstance(event, dict):
        raise ValueError("the event is JSON but not an object")
    return event


class TokenStatus(StrEnum):
    USABLE = "usable"
    USED_UP = "used_up"
    EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class TokenState:
    """What a click's callback token still allows, as far as the app can tell (the server's
    answer is the truth: its clock, and updates made elsewhere, may differ)."""

    status: TokenStatus
    seconds_left: float
    uses_left: int


def token_state(clicked_at: float, now: float, uses: int) -> TokenState:
    """The token of a click at ``clicked_at`` (seconds), at ``now``, after ``uses`` delayed
    updates: Feishu allows ``CALLBACK_TOKEN_USES`` of them within ``CALLBACK_TOKEN_TTL``."""
    seconds_left = max(0.0, clicked_at + CALLBACK_TOKEN_TTL - now)
    uses_left = max(0, CALLBACK_TOKEN_USES - uses)
    if seconds_left <= 0:
        status = TokenStatus.EXPIRED
    elif uses_left == 0:
        status = TokenStatus.USED_UP
    else:
        status = TokenStatus.USABLE
    return TokenState(status, seconds_left, uses_left)
