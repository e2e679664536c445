"""What the client refuses before calling Feishu (an empty app id, a toast type that is none, a
page size out of range, …) is said with a core message, so a window or a command in Chinese
shows it in Chinese, as it does Feishu's own errors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from designer.errors import describe
from designer.feishu import FeishuClient, Recipient, Toast
from designer.feishu._resources import _check_page_size
from designer.messages import Message, message_of, translator_for_environment
from designer.sandbox import SandboxServer
from tests.helpers.feishu import simple_card

CHINESE = translator_for_environment({"LANG": "zh_CN.UTF-8"})


def _refused(call: Callable[[], object]) -> ValueError:
    with pytest.raises(ValueError) as caught:
        call()
    return caught.value


@pytest.mark.parametrize(
    ("call", "english", "chinese"),
    [
        (lambda: FeishuClient("http://127.0.0.1:1", " ", "s"), "the app id is empty", "App ID 为空"),
        (lambda: FeishuClient("http://127.0.0.1:1", "cli_a", ""), "app cli_a is empty", "应用 cli_a 的 App Secret 为空"),
        (lambda: Toast("loud", "x"), "not 'loud'", "弹出提示的类型须为 'info', 'success', 'error' 或 'warning'"),
        (lambda: Recipient("phone", "x"), "not 'phone'", "接收者须用 'open_id', 'user_id' 或 'email' 指定"),
        (lambda: _check_page_size(101, "listing chats"), "must be 1 to 100, not 101", "每页数量须为 1 到 100"),
    ],
    ids=["app-id", "app-secret", "toast-type", "recipient-kind", "page-size"],
)
def test_a_refused_call_is_said_in_the_reader_language(
    call: Callable[[], object], english: str, chinese: str
) -> None:
    error = _refused(call)
    assert isinstance(message_of(error), Message)
    assert english in describe(error)
    assert chinese in describe(error, CHINESE), describe(error, CHINESE)


def test_the_calls_refused_before_the_network_are_chinese_too(sandbox: SandboxServer) -> None:
    with FeishuClient(sandbox.base_url, "cli_a", "s") as client:
        refused = [
            _refused(lambda: client.messages.send_card(" ", simple_card())),
            _refused(lambda: client.messages.recall("a/b")),
            _refused(lambda: client.cards.delayed_update(" ", simple_card())),
            _refused(lambda: client.ephemeral.send("oc_1", simple_card())),
        ]
    said = [describe(error, CHINESE) for error in refused]
    assert said == [
        "发送卡片：群组 ID 为空（形如 oc_…）",
        "不是消息 ID：'a/b'（消息 ID 形如 om_…）",
        "延时更新：回调 token 为空（形如 c-…）",
        "发送仅特定人可见的卡片：请给出接收者的 open_id、user_id 或邮箱",
    ]
