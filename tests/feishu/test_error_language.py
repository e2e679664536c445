"""Feishu errors are messages with ids: their text, hint and sub-code reason read in Chinese
with the zh_CN table, and redacting a secret keeps them translatable."""

from __future__ import annotations

from designer.feishu._exceptions import api_error
from designer.messages import Message, shown, translator_for_environment

CHINESE = translator_for_environment({"LANG": "zh_CN.UTF-8"})
SECRET = "s3cr3t-app-secret-0123456789abcdef"


def test_an_api_error_and_its_hint_read_in_chinese() -> None:
    error = api_error(232011, "Bot is not in the chat.", 400, "log1", operation="", where="")
    assert isinstance(str(error), Message) and isinstance(error.hint, Message)
    assert str(error) == "Feishu call failed: Bot is not in the chat. [code 232011, HTTP 400, log id log1]"
    assert (
        str(error).translated(CHINESE)
        == "飞书接口调用失败：Bot is not in the chat. [错误码 232011，HTTP 400，log id log1]"
    )
    assert error.hint.translated(CHINESE).startswith("机器人不在此群组中")


def test_a_refused_card_names_the_sub_code_reason_in_chinese() -> None:
    msg = "Failed to create card content, ext=ErrCode: 200861; ErrMsg: unsupported; ErrorValue: /elements/0;"
    error = api_error(230099, msg, 400)
    assert error.hint.translated(CHINESE) == (
        "卡片被拒绝（子错误码 200861：卡片 JSON 2.0 结构不支持此 tag），位置 /elements/0：请修改后重新发送。"
    )


def test_redacting_keeps_the_message_translatable_and_the_secret_out() -> None:
    error = api_error(10014, f"app secret {SECRET} is invalid", 400, where=f"app cli_x {SECRET}")
    error.redact([SECRET])
    text = str(error)
    assert isinstance(text, Message) and SECRET not in text
    chinese = text.translated(CHINESE)
    assert (
        chinese
        == "飞书接口调用（app cli_x <redacted>）失败：app secret <redacted> is invalid [错误码 10014，HTTP 400]"
    )
    assert error.hint.translated(CHINESE).startswith("App Secret 错误")


def test_the_group_post_refusals_and_what_can_be_done_read_in_chinese() -> None:
    # The post / update / recall errors and actions_now's reasons are message ids like the rest
    # (they were plain English strings on the branch that brought them).
    from designer.feishu import WrongMessageKind
    from designer.recipients import SendKind
    from designer.store.history import Action, HistoryEntry, SendStatus, actions_now

    wrong = api_error(230054, "This message type does not support this operation.", 400)
    assert isinstance(wrong, WrongMessageKind) and isinstance(wrong.hint, Message)
    assert wrong.hint.translated(CHINESE).startswith("仅特定人可见的卡片无法更新或撤回")
    recalled = HistoryEntry(
        profile="p",
        base_url="https://open.feishu.cn",
        chat_id="oc_1",
        kind=SendKind.GROUP,
        message_id="om_1",
        card={},
        status=SendStatus.RECALLED,
    )
    reasons = actions_now(recalled)
    reason = reasons[Action.RECALL]
    assert isinstance(reason, Message) and reason.translated(CHINESE) == "已撤回过"


def test_an_empty_recipient_or_a_bad_image_reads_in_chinese() -> None:
    import pytest

    from designer.feishu import Recipient
    from designer.feishu._resources import Images
    from designer.messages import message_of

    with pytest.raises(ValueError) as empty:
        Recipient("email", " ", name="李娜")
    assert shown(message_of(empty.value), CHINESE) == "接收人的 email 为空（李娜）"
    with pytest.raises(ValueError) as big:
        Images(None).upload(b"x" * (10 * 1048576 + 1), "大图.png")  # type: ignore[arg-type]
    assert shown(message_of(big.value), CHINESE) == "上传图片：大图.png 有 10.0 MB；飞书最多接受 10 MB"


def test_a_listener_state_reads_in_chinese() -> None:
    from designer.feishu._longconn import DROPPED, NO_PONG, ListenerState, ListenerStatus

    state = ListenerState(ListenerStatus.RECONNECTING, DROPPED(reason=NO_PONG(seconds=120)))
    assert str(state) == "reconnecting: the connection dropped (no answer to a ping within 120 s); reconnecting"
    assert state.describe(CHINESE) == "正在重连：连接已断开（ping 在 120 秒内没有应答）；正在重连"
