# ruff: noqa: F811  (the long-connection fixtures are imported, then named as arguments)
"""Cards for the whole chat over real loopback: post, update in place, recall, delayed update.

Every rule of docs/feishu/messages.md is tried against the sandbox through the client, and
every refusal must reach the caller as its own exception with a hint a person can act on.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from designer.feishu import (
    BotNotInChat,
    CallbackTokenRefused,
    CardTooLarge,
    FeishuClient,
    FeishuError,
    InvalidCard,
    InvalidRequest,
    MessageRecalled,
    MessageTooOld,
    NotSharedCard,
    RateLimited,
    Toast,
    WrongMessageKind,
)
from designer.feishu._constants import CALLBACK_TOKEN_TTL, RECALL_WINDOW, UPDATE_WINDOW
from designer.sandbox import SandboxServer, demo
from tests.feishu.test_long_connection import (  # noqa: F401 (fixtures used by name)
    FORM_CARD,
    Recorder,
    act,
    connected,
    fast_sandbox,
    listen,
    listeners,
)

SHARED: dict[str, Any] = {
    "config": {"update_multi": True},
    "header": {"title": {"tag": "plain_text", "content": "请假审批 📝"}, "template": "blue"},
    "elements": [{"tag": "div", "text": {"tag": "lark_md", "content": "**Alice**: 2 days 🏖️"}}],
}
APPROVED: dict[str, Any] = {
    "schema": "2.0",
    "body": {"elements": [{"tag": "markdown", "content": "✅ Approved by 王芳"}]},
}
NOT_SHARED: dict[str, Any] = {"elements": [{"tag": "div", "text": {"tag": "plain_text", "content": "hi"}}]}


def test_a_posted_card_is_in_the_chat_for_everyone(sandbox: SandboxServer, client: FeishuClient) -> None:
    posted = client.messages.send_card(demo.TEAM_CHAT_ID, SHARED)
    assert posted.message_id.startswith("om_") and posted.chat_id == demo.TEAM_CHAT_ID
    assert posted.created_at is not None
    [message] = sandbox.messages()
    assert (message.message_id, message.chat_id, message.card) == (
        posted.message_id,
        demo.TEAM_CHAT_ID,
        SHARED,
    )
    assert sandbox.inbox() == []  # not an ephemeral card
    sent = [r for r in sandbox.requests("/open-apis/im/v1/messages") if r.method == "POST"]
    assert len(sent) == 1 and sent[0].code == 0


def test_the_card_goes_as_a_json_string(sandbox: SandboxServer, client: FeishuClient) -> None:
    sandbox.faults.echo_next("/open-apis/im/v1/messages", as_json=True)
    with pytest.raises(FeishuError) as caught:
        client.messages.send_card(demo.TEAM_CHAT_ID, SHARED)
    # The echoed body shows content as a string holding the card, receive_id and msg_type beside it.
    text = str(caught.value)
    assert '"content": "{' in text and '"receive_id": "oc_' in text and '"msg_type": "interactive"' in text


def test_a_uuid_posts_once_within_the_hour(sandbox: SandboxServer, client: FeishuClient) -> None:
    first = client.messages.send_card(demo.TEAM_CHAT_ID, SHARED, uuid="leave-42")
    again = client.messages.send_card(demo.TEAM_CHAT_ID, SHARED, uuid="leave-42")
    assert again.message_id == first.message_id and len(sandbox.messages()) == 1
    sandbox.advance_clock(3601)
    later = client.messages.send_card(demo.TEAM_CHAT_ID, SHARED, uuid="leave-42")
    assert later.message_id != first.message_id and len(sandbox.messages()) == 2


def test_posting_where_the_bot_is_not_says_add_the_bot(client: FeishuClient) -> None:
    outside = next(c for c in demo.CHATS if not c.bot_in_chat)
    with pytest.raises(BotNotInChat) as caught:
        client.messages.send_card(outside.chat_id, SHARED)
    assert "add" in caught.value.hint.lower() and "bot" in caught.value.hint.lower()


def test_posting_to_an_unknown_chat_names_the_id(client: FeishuClient) -> None:
    with pytest.raises(InvalidRequest) as caught:
        client.messages.send_card("oc_nobody", SHARED)
    assert "oc_nobody" in str(caught.value)


def test_a_card_over_30_kb_is_refused(client: FeishuClient) -> None:
    big = {"elements": [{"tag": "div", "text": {"tag": "plain_text", "content": "字" * 11000}}]}
    with pytest.raises(CardTooLarge):
        client.messages.send_card(demo.TEAM_CHAT_ID, big)


def test_a_card_breaking_the_rules_names_the_place(client: FeishuClient) -> None:
    with pytest.raises(InvalidCard) as caught:
        client.messages.send_card(demo.TEAM_CHAT_ID, {"elements": [{"tag": "no_such_tag"}]})
    assert caught.value.pointer == "/elements/0/tag" or "/elements/0" in str(caught.value)


def test_an_infinite_number_is_refused_before_anything_is_sent(
    sandbox: SandboxServer, client: FeishuClient
) -> None:
    card = {"elements": [{"tag": "img", "img_key": "k", "size": float("inf")}]}
    with pytest.raises(FeishuError) as caught:
        client.messages.send_card(demo.TEAM_CHAT_ID, card)
    assert "/elements/0/size" in str(caught.value) and "nothing was sent" in str(caught.value)
    assert sandbox.requests("/open-apis/im/v1/messages") == []


def test_a_shared_card_is_updated_in_place(sandbox: SandboxServer, client: FeishuClient) -> None:
    posted = client.messages.send_card(demo.TEAM_CHAT_ID, SHARED)
    client.messages.update_card(posted.message_id, APPROVED)  # JSON 2.0: shared by definition
    [message] = sandbox.messages()
    assert message.card == APPROVED and message.updates == 1


def test_a_new_card_that_is_not_shared_is_refused_before_sending(
    sandbox: SandboxServer, client: FeishuClient
) -> None:
    posted = client.messages.send_card(demo.TEAM_CHAT_ID, SHARED)
    with pytest.raises(NotSharedCard) as caught:
        client.messages.update_card(posted.message_id, NOT_SHARED)
    assert "update_multi" in caught.value.hint and "nothing was sent" in str(caught.value)
    assert [r.method for r in sandbox.requests(f"/open-apis/im/v1/messages/{posted.message_id}")] == []


def test_a_card_posted_without_update_multi_cannot_be_updated(client: FeishuClient) -> None:
    posted = client.messages.send_card(demo.TEAM_CHAT_ID, NOT_SHARED)
    with pytest.raises(InvalidCard) as caught:
        client.messages.update_card(posted.message_id, SHARED)
    assert caught.value.sub_code == 200830 and "shared card" in caught.value.hint
    assert "sent card" in str(caught.value)


def test_an_ephemeral_card_cannot_be_updated_or_recalled(
    sandbox: SandboxServer, client: FeishuClient
) -> None:
    ephemeral = client.ephemeral.send(demo.TEAM_CHAT_ID, SHARED, open_id=demo.ALICE_OPEN_ID).message_id
    with pytest.raises(WrongMessageKind) as updating:
        client.messages.update_card(ephemeral, APPROVED)
    assert "ephemeral" in str(updating.value) and "delete" in updating.value.hint
    with pytest.raises(WrongMessageKind) as recalling:
        client.messages.recall(ephemeral)
    assert "ephemeral" in str(recalling.value)
    assert sandbox.inbox()[0].card == SHARED and not sandbox.inbox()[0].deleted


def test_after_14_days_a_card_cannot_be_updated(sandbox: SandboxServer, client: FeishuClient) -> None:
    posted = client.messages.send_card(demo.TEAM_CHAT_ID, SHARED)
    sandbox.advance_clock(UPDATE_WINDOW - 60)
    client.messages.update_card(posted.message_id, SHARED)  # 13 days 23:59: still allowed
    sandbox.advance_clock(120)
    with pytest.raises(MessageTooOld) as caught:
        client.messages.update_card(posted.message_id, APPROVED)
    assert "14 days" in caught.value.hint


def test_a_recalled_card_is_gone_and_cannot_be_updated_or_recalled_again(
    sandbox: SandboxServer, client: FeishuClient
) -> None:
    posted = client.messages.send_card(demo.TEAM_CHAT_ID, SHARED)
    client.messages.recall(posted.message_id)
    assert sandbox.messages()[0].recalled
    with pytest.raises(MessageRecalled):
        client.messages.update_card(posted.message_id, APPROVED)
    with pytest.raises(MessageRecalled) as again:
        client.messages.recall(posted.message_id)
    assert "recalled" in again.value.hint


def test_a_day_later_a_card_cannot_be_recalled(sandbox: SandboxServer, client: FeishuClient) -> None:
    posted = client.messages.send_card(demo.TEAM_CHAT_ID, SHARED)
    sandbox.advance_clock(RECALL_WINDOW + 1)
    with pytest.raises(MessageTooOld) as caught:
        client.messages.recall(posted.message_id)
    assert "24 hours" in caught.value.hint and not sandbox.messages()[0].recalled


def test_an_unknown_message_id_is_named(client: FeishuClient) -> None:
    with pytest.raises(InvalidRequest) as caught:
        client.messages.recall("om_nothing")
    assert "om_nothing" in str(caught.value)
    with pytest.raises(ValueError, match="message id"):
        client.messages.recall("om_a/../b")


def test_updates_of_one_message_are_paced_below_its_limit(
    sandbox: SandboxServer, client: FeishuClient
) -> None:
    posted = client.messages.send_card(demo.TEAM_CHAT_ID, SHARED)
    for _ in range(7):  # 5 a second is the limit: paced, none refused
        client.messages.update_card(posted.message_id, SHARED)
    patches = sandbox.requests(f"/open-apis/im/v1/messages/{posted.message_id}")
    assert [r.code for r in patches] == [0] * 7 and client.rate_limited_count == 0


def test_the_sandbox_refuses_a_sixth_update_in_one_second(
    sandbox: SandboxServer, client: FeishuClient
) -> None:
    import httpx

    posted = client.messages.send_card(demo.TEAM_CHAT_ID, SHARED)
    token = client.auth.tenant_token()
    url = f"{sandbox.base_url}/open-apis/im/v1/messages/{posted.message_id}"
    codes = [
        httpx.patch(
            url, json={"content": json.dumps(SHARED)}, headers={"Authorization": f"Bearer {token}"}
        ).json()["code"]
        for _ in range(8)
    ]
    assert 230020 in codes  # the per-message limit answers Feishu's frequency code
    from designer.feishu._exceptions import api_error

    assert isinstance(api_error(230020, "This operation triggers the frequency limit.", 400), RateLimited)


# --- the delayed update ----------------------------------------------------------------------


@pytest.fixture
def answered_click(fast_sandbox: SandboxServer, client: FeishuClient, listen: Any) -> tuple[str, str]:
    """(the clicked ephemeral card's message id, the click's callback token), answered with a toast."""
    message_id = client.ephemeral.send(demo.TEAM_CHAT_ID, FORM_CARD, open_id=demo.ALICE_OPEN_ID).message_id
    listener, _ = listen(Recorder(lambda action: Toast("info", "收到 👍")))
    connected(listener)
    answer = act(fast_sandbox, message_id, {"tag": "button", "value": {"step": "submit"}})
    assert answer.status_code == 200, answer.text
    return message_id, answer.json()["data"]["token"]


def test_the_delayed_update_replaces_the_clicked_card_twice_then_the_token_is_used_up(
    fast_sandbox: SandboxServer, client: FeishuClient, answered_click: tuple[str, str]
) -> None:
    _, token = answered_click
    client.cards.delayed_update(token, APPROVED)
    assert fast_sandbox.inbox()[0].card == APPROVED
    client.cards.delayed_update(token, SHARED)
    with pytest.raises(CallbackTokenRefused) as caught:
        client.cards.delayed_update(token, APPROVED)
    assert "twice" in caught.value.hint and "new" in caught.value.hint
    assert fast_sandbox.inbox()[0].card == SHARED


def test_a_callback_token_expires_after_30_minutes(
    fast_sandbox: SandboxServer, client: FeishuClient, answered_click: tuple[str, str]
) -> None:
    _, token = answered_click
    fast_sandbox.advance_clock(CALLBACK_TOKEN_TTL + 1)
    with pytest.raises(CallbackTokenRefused) as caught:
        client.cards.delayed_update(token, APPROVED)
    assert "expired" in caught.value.hint and "30 minutes" in caught.value.hint


def test_an_unknown_token_and_an_unanswered_click_are_refused(
    fast_sandbox: SandboxServer, client: FeishuClient
) -> None:
    with pytest.raises(CallbackTokenRefused) as unknown:
        client.cards.delayed_update("c-0123456789", APPROVED)
    assert "not known" in unknown.value.hint
    message_id = client.ephemeral.send(demo.TEAM_CHAT_ID, FORM_CARD, open_id=demo.ALICE_OPEN_ID).message_id
    early = fast_sandbox.service.issue_callback_token(message_id, demo.ALICE_OPEN_ID)  # clicked, not answered
    with pytest.raises(CallbackTokenRefused) as too_early:
        client.cards.delayed_update(early, APPROVED)
    assert "answer" in too_early.value.hint


def test_a_delayed_update_with_a_broken_card_keeps_the_token(
    fast_sandbox: SandboxServer, client: FeishuClient, answered_click: tuple[str, str]
) -> None:
    _, token = answered_click
    with pytest.raises(InvalidCard):
        client.cards.delayed_update(token, {"elements": [{"tag": "no_such_tag"}]})
    assert fast_sandbox.callbacks.callback_tokens[token].uses_left == 2


def test_the_callback_token_never_reaches_an_error_text(
    fast_sandbox: SandboxServer, client: FeishuClient, answered_click: tuple[str, str]
) -> None:
    _, token = answered_click
    fast_sandbox.faults.echo_next("/open-apis/interactive/v1/card/update", as_json=True)
    with pytest.raises(FeishuError) as caught:
        client.cards.delayed_update(token, APPROVED)
    texts = [str(caught.value), caught.value.hint, caught.value.where, repr(caught.value.args)]
    assert all(token not in text for text in texts) and "<redacted>" in str(caught.value)


def test_a_member_clicks_a_posted_card_and_the_delayed_update_replaces_it_for_everyone(
    fast_sandbox: SandboxServer, client: FeishuClient, listen: Any
) -> None:
    """A card posted to the chat is a shared card: any member's click carries its message id
    and chat id, and the click's token updates it for the whole chat (until it is recalled)."""
    posted = client.messages.send_card(demo.TEAM_CHAT_ID, SHARED).message_id
    recorder = Recorder(lambda action: None)
    listener, _ = listen(recorder)
    connected(listener)
    answer = act(fast_sandbox, posted, {"tag": "button", "value": {"ok": "👍"}})  # Alice, a member
    assert answer.status_code == 200, answer.text
    event = answer.json()["data"]
    clicked = recorder.actions[0]
    assert clicked.open_message_id == posted and clicked.open_chat_id == demo.TEAM_CHAT_ID
    client.cards.delayed_update(event["token"], APPROVED)
    (message,) = fast_sandbox.messages()
    assert message.card == APPROVED and message.updates == 1
    # Nobody outside the chat sees the card, so nobody outside can click it.
    outsider = act(fast_sandbox, posted, {"tag": "button"}, open_id="ou_not_in_the_chat")
    assert outsider.status_code == 403 and outsider.json()["code"] == 190002
    # Recalled: the token no longer updates it, and no one can click it.
    second = act(fast_sandbox, posted, {"tag": "button"}).json()["data"]["token"]
    client.messages.recall(posted)
    with pytest.raises(MessageRecalled):
        client.cards.delayed_update(second, SHARED)
    assert act(fast_sandbox, posted, {"tag": "button"}).json()["code"] == 190001
