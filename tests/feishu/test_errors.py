"""Every error class the service can answer, with the hint a person reads."""

from __future__ import annotations

import pytest

from designer.feishu import (
    AlreadyDeleted,
    APIError,
    AuthError,
    BotNotInChat,
    CardTooLarge,
    ChatNotSupported,
    FeishuClient,
    FeishuError,
    InvalidCard,
    InvalidRequest,
    PermissionDenied,
    UserNotInChat,
    UserOutsideAvailability,
)
from designer.feishu._exceptions import QuotaExceeded, api_error
from designer.sandbox import SandboxServer, demo
from tests.helpers.feishu import SEND_PATH, simple_card


def _send_error(
    client: FeishuClient, chat_id: str, card: dict[str, object] | None = None, **recipient: str
) -> APIError:
    with pytest.raises(APIError) as caught:
        client.ephemeral.send(chat_id, card or simple_card(), **recipient)
    return caught.value


def test_topic_chat_is_not_supported(client: FeishuClient) -> None:
    error = _send_error(client, demo.TOPIC_CHAT_ID, open_id=demo.ALICE_OPEN_ID)
    assert type(error) is ChatNotSupported and error.code == 18053
    assert "topic" in error.hint
    assert demo.TOPIC_CHAT_ID in str(error) and demo.ALICE_OPEN_ID in str(error)


def test_chat_the_bot_left(client: FeishuClient) -> None:
    error = _send_error(client, demo.LEFT_CHAT_ID, open_id=demo.ALICE_OPEN_ID)
    assert type(error) is BotNotInChat and error.code == 230002 and error.http_status == 400
    assert error.hint.startswith("The bot is not in this chat: add it in the chat settings")
    assert demo.LEFT_CHAT_ID in str(error)


def test_members_of_a_chat_the_bot_left(client: FeishuClient) -> None:
    with pytest.raises(BotNotInChat) as caught:
        client.members.list_all(demo.LEFT_CHAT_ID)
    assert caught.value.code == 232011
    assert f"chat {demo.LEFT_CHAT_ID}" in str(caught.value)


def test_recipient_outside_the_chat(client: FeishuClient) -> None:
    error = _send_error(client, demo.TEAM_CHAT_ID, open_id=demo.NOT_IN_TEAM_OPEN_ID)
    assert type(error) is UserNotInChat and error.code == 230002
    assert "member" in error.hint


def test_recipient_outside_the_apps_availability(client: FeishuClient) -> None:
    error = _send_error(client, demo.TEAM_CHAT_ID, open_id=demo.OUTSIDE_MEMBER_OPEN_ID)
    assert type(error) is UserOutsideAvailability and error.code == 230013
    assert "availability" in error.hint


def test_unknown_recipient(client: FeishuClient) -> None:
    error = _send_error(client, demo.TEAM_CHAT_ID, email="nobody@example.com")
    assert type(error) is InvalidRequest and error.code == 99992353
    assert "nobody@example.com" in str(error)


def test_broken_card_names_the_place(client: FeishuClient, sandbox: SandboxServer) -> None:
    card = {"elements": [{"tag": "div", "text": {"tag": "lark_md", "content": "ok"}}, {"tag": "buton"}]}
    error = _send_error(client, demo.TEAM_CHAT_ID, card, open_id=demo.ALICE_OPEN_ID)
    assert type(error) is InvalidCard and error.code == 230099
    assert error.sub_code == 11310 and error.reason
    assert error.pointer == "/card/elements/1/tag"
    assert "/card/elements/1/tag" in error.hint and "11310" in error.hint
    assert sandbox.inbox() == []


def test_element_level_i18n_is_refused_for_ephemeral_cards(client: FeishuClient) -> None:
    card = {
        "elements": [{"tag": "div", "text": {"tag": "plain_text", "i18n": {"zh_cn": "你好", "en_us": "Hi"}}}]
    }
    error = _send_error(client, demo.TEAM_CHAT_ID, card, open_id=demo.ALICE_OPEN_ID)
    assert isinstance(error, InvalidCard) and error.pointer == "/card/elements/0/text/i18n"


def test_template_card_explains_the_sub_code(client: FeishuClient) -> None:
    card = {"type": "template", "data": {"template_id": "AAqk1234"}}
    error = _send_error(client, demo.TEAM_CHAT_ID, card, open_id=demo.ALICE_OPEN_ID)
    assert isinstance(error, InvalidCard) and error.sub_code == 200380
    assert error.reason == "the card template is not published"


def test_card_over_30_kb(client: FeishuClient) -> None:
    card = {"elements": [{"tag": "div", "text": {"tag": "plain_text", "content": "字" * 11000}}]}
    error = _send_error(client, demo.TEAM_CHAT_ID, card, open_id=demo.ALICE_OPEN_ID)
    assert type(error) is CardTooLarge and error.code == 230025
    assert isinstance(error, InvalidCard)
    assert "30 KB" in error.hint


def test_deleting_twice(client: FeishuClient) -> None:
    sent = client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID)
    client.ephemeral.delete(sent.message_id)
    with pytest.raises(AlreadyDeleted) as caught:
        client.ephemeral.delete(sent.message_id)
    assert caught.value.code == 18051
    assert sent.message_id in str(caught.value)


def test_missing_scope_is_named(client: FeishuClient, sandbox: SandboxServer) -> None:
    sandbox.scopes.discard("contact:user.id:readonly")
    with pytest.raises(PermissionDenied) as caught:
        client.users.batch_get_id(emails=["alice.chen@example.com"])
    assert caught.value.code == 99991672
    assert caught.value.scopes == ("contact:user.id:readonly",)
    assert "contact:user.id:readonly" in caught.value.hint


def test_missing_send_scope_lists_every_alternative(client: FeishuClient, sandbox: SandboxServer) -> None:
    sandbox.scopes.difference_update({"im:message", "im:message:send_as_bot", "im:message:update"})
    error = _send_error(client, demo.TEAM_CHAT_ID, open_id=demo.ALICE_OPEN_ID)
    assert isinstance(error, PermissionDenied)
    assert error.scopes == ("im:message", "im:message:send_as_bot", "im:message:update")
    assert "im:message or im:message:send_as_bot or im:message:update" in error.hint


@pytest.mark.parametrize(
    ("code", "msg", "cls", "hint_word"),
    [
        (99991401, "ip not in allow list", PermissionDenied, "IP"),
        (230006, "Bot ability is not activated.", PermissionDenied, "Bot feature"),
        (99991403, "This month's API call quota has been exceeded", QuotaExceeded, "quota"),
        (99991664, "invalid app token", AuthError, "app id"),
        (12345678, "something new", APIError, "developer console"),
    ],
)
def test_other_service_codes(
    client: FeishuClient, sandbox: SandboxServer, code: int, msg: str, cls: type[APIError], hint_word: str
) -> None:
    sandbox.faults.answer_next(code, msg, path=SEND_PATH)
    error = _send_error(client, demo.TEAM_CHAT_ID, open_id=demo.ALICE_OPEN_ID)
    assert type(error) is cls
    assert (error.code, error.msg) == (code, msg)
    assert hint_word in error.hint
    assert error.log_id  # the sandbox, like Feishu, gives every answer a log id
    assert error.log_id in str(error)


def test_feishus_ambiguous_bot_user_message_says_both() -> None:
    error = api_error(230002, "Bot/User can NOT be out of the chat.", 400, operation="ephemeral send")
    assert type(error) is BotNotInChat
    assert "bot" in error.hint and "recipient" in error.hint


def test_every_error_is_a_feishu_error_with_a_hint() -> None:
    for code in (10003, 10014, 99991663, 99991672, 99991400, 230002, 230013, 18053, 230099, 230025, 18051):
        error = api_error(code, "msg", 400, "log-1", operation="op", where="chat oc_1")
        assert isinstance(error, FeishuError)
        assert error.hint and error.hint != FeishuError.default_hint
        assert str(error) == f"op (chat oc_1) failed: msg [code {code}, HTTP 400, log id log-1]"


def test_members_of_an_unknown_chat(client: FeishuClient) -> None:
    with pytest.raises(InvalidRequest) as caught:
        client.members.list_all("oc_nope")
    assert caught.value.code == 232006
    assert "chat oc_nope" in str(caught.value)
    assert "chat id is not valid" in caught.value.hint
