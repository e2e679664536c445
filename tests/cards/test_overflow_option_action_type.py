"""overflow.md's own example gives an option ``"action_type": "multi"``: no false alarm."""

from __future__ import annotations

import json

from designer.cards import parse


def _card(option_extra: dict[str, object]) -> str:
    option = {"text": {"tag": "plain_text", "content": "Docs"}, "value": "document", **option_extra}
    return json.dumps({"elements": [{"tag": "action", "actions": [{"tag": "overflow", "options": [option]}]}]})


def test_documented_action_type_is_accepted() -> None:
    doc = parse(_card({"action_type": "multi"}))
    assert doc.diagnostics == ()


def test_an_action_type_outside_the_set_is_an_error() -> None:
    doc = parse(_card({"action_type": "teleport"}))
    assert [d.pointer for d in doc.errors] == ["/elements/0/actions/0/options/0/action_type"]
