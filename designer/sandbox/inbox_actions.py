"""A person acting on a card in the sandbox inbox: ``POST /sandbox/v1/actions`` as a call.

The card is an ephemeral one (its one recipient acts) or one posted to a chat (any member).

The inbox's card view turns a click, a pick or a form submit into the callback payload Feishu
would deliver (``designer.render.callbacks``); ``act_on_card`` sends its ``action`` to the
sandbox, which delivers the callback to every connected listener and applies the answer (the
toast shown, the card replaced), and returns what came back. Qt-free and blocking: the window
calls it off the GUI thread (the worker), since the sandbox waits up to 3 s for the answer.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from designer.errors import DesignerError
from designer.sandbox._callbacks import ACTION_FIELDS, ACTIONS_PATH

__all__ = ["ActionOutcome", "ActionRefused", "act_on_card", "action_of_payload"]

# The sandbox waits 3 s for the listener's answer (Feishu's limit); leave room for the rest.
_TIMEOUT = 15.0


class ActionRefused(DesignerError):
    """The sandbox did not apply the action; ``code`` is its code (190003: nobody listens …)."""

    def __init__(self, message: str, *, code: int = 0, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.code = code


@dataclass(frozen=True, slots=True)
class ActionOutcome:
    """What the callback's answer did: the toast shown to the person, the card replaced."""

    toast: dict[str, Any] | None = None
    card: dict[str, Any] | None = None
    answered_in_ms: int = 0
    raw: dict[str, Any] = field(default_factory=dict, repr=False)


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def action_of_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """The ``action`` the sandbox takes, from a callback payload of the card view: the fields an
    action may carry (``ACTION_FIELDS``), the rest (the preview's stand-in ids) left out."""
    action = payload.get("action")
    if not isinstance(action, dict):
        raise ValueError("the callback payload has no action object")
    return {key: action[key] for key in ACTION_FIELDS if key in action}


def act_on_card(base_url: str, message_id: str, open_id: str, action: dict[str, Any]) -> ActionOutcome:
    """``open_id`` acts on the inbox card ``message_id``; raises ``ActionRefused`` naming why not."""
    body = json.dumps({"message_id": message_id, "open_id": open_id, "action": action}, ensure_ascii=False)
    request = urllib.request.Request(
        base_url.rstrip("/") + ACTIONS_PATH,
        data=body.encode("utf-8"),
        headers={"Content-Type": "application/json; charset=utf-8"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
            answer = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        try:
            answer = json.loads(error.read().decode("utf-8"))
        except ValueError:
            raise ActionRefused(f"the sandbox answered HTTP {error.code} to the action") from None
    except (OSError, ValueError) as error:
        raise ActionRefused(
            f"the sandbox at {base_url} could not be reached: {error}",
            hint="Is the sandbox still running? Restart the window with --sandbox.",
        ) from None
    if not isinstance(answer, dict):
        raise ActionRefused("the sandbox's answer to the action is not a JSON object")
    code = answer.get("code")
    if code != 0:
        raise ActionRefused(
            str(answer.get("msg") or f"code {code}"), code=code if isinstance(code, int) else 0
        )
    data = _object(answer.get("data"))
    reply = _object(data.get("answer"))
    toast = _object(reply.get("toast")) or None
    card_answer = reply.get("card")
    card = (
        card_answer["data"]
        if isinstance(card_answer, dict) and isinstance(card_answer.get("data"), dict)
        else None
    )
    took = data.get("answered_in_ms")
    return ActionOutcome(
        toast=toast, card=card, answered_in_ms=took if isinstance(took, int) else 0, raw=data
    )
