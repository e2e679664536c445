"""The client only ever sends strict JSON (issue 9): a card read with ``1e400`` in it holds an
infinite float, which ``json.dumps`` would write as ``Infinity``. The call is refused before
anything goes out, naming the member; against the real sandbox on loopback."""

from __future__ import annotations

import math

import pytest

from designer.feishu import FeishuClient, FeishuError
from designer.sandbox import SandboxServer, demo
from tests.helpers.feishu import SEND_PATH, simple_card


@pytest.mark.parametrize("number", [math.inf, -math.inf, math.nan], ids=["inf", "-inf", "nan"])
def test_a_non_finite_number_is_never_sent(
    client: FeishuClient, sandbox: SandboxServer, number: float
) -> None:
    card = simple_card()
    button = {
        "tag": "button",
        "text": {"tag": "plain_text", "content": "OK 👍"},
        "value": {"scores": [1, number]},
    }
    card["elements"].append({"tag": "action", "actions": [button]})
    with pytest.raises(FeishuError) as caught:
        client.ephemeral.send(demo.TEAM_CHAT_ID, card, open_id=demo.ALICE_OPEN_ID)
    message = str(caught.value)
    assert "ephemeral send" in message and "/card/elements/1/actions/0/value/scores/1" in message
    assert "not a finite number" in message and "nothing was sent" in message
    assert "validate" in caught.value.hint
    assert sandbox.requests(SEND_PATH) == [] and sandbox.inbox() == []
    # The same client goes on working with a good card.
    client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID)
    assert len(sandbox.inbox()) == 1


def test_large_but_finite_numbers_go_out_as_json(client: FeishuClient, sandbox: SandboxServer) -> None:
    card = simple_card()
    button = {
        "tag": "button",
        "text": {"tag": "plain_text", "content": "OK"},
        "value": {"big": 1e308, "n": 10**30},
    }
    card["elements"].append({"tag": "action", "actions": [button]})
    client.ephemeral.send(demo.TEAM_CHAT_ID, card, open_id=demo.ALICE_OPEN_ID)
    (delivered,) = sandbox.inbox()
    assert delivered.card["elements"][1]["actions"][0]["value"] == {"big": 1e308, "n": 10**30}
