"""The payload Feishu posts to the app's card request URL when someone acts on a card.

Shape of the card callback ("消息卡片回传交互", ``card.action.trigger_v1``; the ``action`` object
is the same in ``card.action.trigger``): ``open_id``, ``user_id``, ``tenant_key``,
``open_message_id``, ``open_chat_id``, ``token`` and ``action`` with ``tag``, ``value``,
``option`` (single choice) / ``options`` (multi choice), ``timezone`` (pickers), ``name``,
``form_value`` (form submit), ``input_value`` (input), ``checked`` (checker).
The ids are stand-ins: the preview has no real user or message.
"""

from __future__ import annotations

from typing import Any

PREVIEW_TIMEZONE = "Asia/Shanghai"
PREVIEW_IDS = {
    "open_id": "ou_preview_user",
    "user_id": "preview_user",
    "tenant_key": "preview_tenant",
    "open_message_id": "om_preview_message",
    "open_chat_id": "oc_preview_chat",
    "token": "c-preview-token",
}


def callback_payload(element: dict[str, Any], value: Any, **fields: Any) -> dict[str, Any]:
    """The whole callback for ``element``: ``fields`` go into ``action`` (None values are left out)."""
    action: dict[str, Any] = {"tag": element.get("tag"), "value": value if value is not None else {}}
    name = element.get("name")
    if isinstance(name, str) and name:
        action["name"] = name
    for key, item in fields.items():
        if item is not None:
            action[key] = item
    return {**PREVIEW_IDS, "action": action}


def picker_option(kind: str, text: str) -> str:
    """A picker's ``option`` as the client sends it: the value with the UTC offset of the timezone."""
    return f"{text} +0800"
