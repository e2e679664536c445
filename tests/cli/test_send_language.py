"""``send`` and ``delete`` say what happened in the locale's language (Chinese for a zh_CN
locale), in Feishu's words; the machine-readable output (message ids) is the same."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from designer._cli import translator
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from tests.helpers.cli import Run

CARD = {"elements": [{"tag": "markdown", "content": "今晚发布 😀"}]}


@pytest.fixture
def chinese_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    translator.cache_clear()  # the commands read the locale once per run
    yield
    translator.cache_clear()


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxServer]:
    with SandboxServer(port=0) as server:
        monkeypatch.setenv("FEISHU_APP_ID", DEMO_APP_ID)
        monkeypatch.setenv("FEISHU_APP_SECRET", DEMO_APP_SECRET)
        monkeypatch.setenv("FEISHU_BASE_URL", server.base_url)
        yield server


def _card(tmp_path: Path, card: object = CARD) -> Path:
    path = tmp_path / "card.json"
    path.write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_refused_send_is_explained_in_chinese(
    cli: Run, sandbox: SandboxServer, chinese_locale: None, tmp_path: Path
) -> None:
    result = cli(
        "send", str(_card(tmp_path)), "--chat", demo.TEAM_CHAT_ID, "--open-id", demo.NOT_IN_TEAM_OPEN_ID
    )
    assert result.status == 1 and result.out == ""
    assert result.err.startswith(f"错误：发送仅特定人可见的卡片（群组 {demo.TEAM_CHAT_ID}，接收者 open_id ")
    assert "失败：" in result.err and "接收者不是此群组的成员：请从群成员列表中选择。" in result.err


def test_a_broken_card_is_not_sent_and_says_why_in_chinese(
    cli: Run, sandbox: SandboxServer, chinese_locale: None, tmp_path: Path
) -> None:
    path = _card(tmp_path, {"elements": [{"tag": "buton"}]})
    result = cli("send", str(path), "--chat", demo.TEAM_CHAT_ID, "--open-id", demo.ALICE_OPEN_ID)
    assert result.status == 1
    lines = result.err.splitlines()
    assert lines[0].endswith("错误: 'buton' 不是组件；是否想写 'button'？ [unknown-tag] (/elements/0/tag)")
    assert lines[-1] == f"错误：{path}：卡片中有 1 个错误 —— 请修改；消息未发送"
    assert sandbox.inbox() == []


def test_send_and_delete_print_ids_and_chinese_results(
    cli: Run, sandbox: SandboxServer, chinese_locale: None, tmp_path: Path
) -> None:
    sent = cli("send", str(_card(tmp_path)), "--chat", demo.TEAM_CHAT_ID, "--open-id", demo.ALICE_OPEN_ID)
    assert sent.status == 0, sent.err
    message_id = sent.out.strip()
    assert message_id.startswith("om_")  # machine output: the id alone, in any language
    deleted = cli("delete", message_id)
    assert deleted.status == 0, deleted.err
    assert deleted.out == f"已删除 {message_id}\n"
    again = cli("delete", message_id)
    assert again.status == 1
    assert "这张仅特定人可见的卡片已被删除，无需再操作。" in again.err


def test_in_the_c_locale_the_same_refusal_is_english(
    cli: Run, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LC_ALL", "C")
    translator.cache_clear()
    try:
        result = cli(
            "send", str(_card(tmp_path)), "--chat", demo.TEAM_CHAT_ID, "--open-id", demo.NOT_IN_TEAM_OPEN_ID
        )
    finally:
        translator.cache_clear()
    assert result.err.startswith("error: ephemeral send (chat ")
    assert "The recipient is not a member of this chat" in result.err


def test_missing_credentials_are_explained_in_chinese(
    cli: Run, chinese_locale: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("FEISHU_APP_ID", "FEISHU_APP_SECRET", "FEISHU_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FEISHU_APP_ID", "cli_x")
    result = cli("send", str(_card(tmp_path)), "--chat", demo.TEAM_CHAT_ID, "--open-id", demo.ALICE_OPEN_ID)
    assert result.status == 1
    expected = "错误：设置了 FEISHU_APP_ID 但没有设置 FEISHU_APP_SECRET：请两者都设置，或都不设置以使用配置\n"
    assert result.err == expected
