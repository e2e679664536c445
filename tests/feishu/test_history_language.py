"""A failure is kept in the history in no one's language (message id and parameters, Feishu's
code and msg as data) and worded by whoever shows it: recorded by the command line, read in a
Chinese window it is Chinese; recorded by a Chinese window, a command in the C locale reads it in
English. Lines written before, with plain text, load and show as they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.feishu import FeishuClient, Recipient
from designer.feishu._exceptions import A_FEISHU_CALL, API_DETAIL, FAILED
from designer.messages import (
    Message,
    english,
    message_data,
    message_from_data,
    registered,
    shown,
    translator_for_environment,
)
from designer.sandbox import SandboxServer, demo
from designer.sending import Delivery, Sender, SendService
from designer.store.history import HistoryStore, SendStatus
from tests.helpers.feishu import simple_card

CHINESE = translator_for_environment({"LANG": "zh_CN.UTF-8"})
NOT_A_MEMBER = Recipient("open_id", demo.NOT_IN_TEAM_OPEN_ID, "王五")


def _refused_send(client: FeishuClient, sandbox: SandboxServer, history: Path) -> None:
    service = SendService(HistoryStore(history))
    deliveries = [Delivery(demo.TEAM_CHAT_ID, NOT_A_MEMBER)]
    service.send(client, Sender("work", sandbox.base_url), simple_card(), deliveries)


def test_a_failure_is_recorded_as_an_id_with_parameters_and_worded_when_read(
    client: FeishuClient, sandbox: SandboxServer, tmp_path: Path
) -> None:
    history = tmp_path / "history.jsonl"
    _refused_send(client, sandbox, history)
    line = json.loads(history.read_text(encoding="utf-8").splitlines()[-1])
    recorded = line["error"]
    assert isinstance(recorded, dict) and recorded["id"] == "{problem} — {hint}"
    # Feishu's code and msg are data of the record, not words of one language.
    assert '"code": ' in json.dumps(recorded) and '"msg": ' in json.dumps(recorded)

    (entry,) = HistoryStore(history).entries()  # read back, as another process would
    assert entry.status is SendStatus.FAILED and isinstance(entry.error, Message)
    english_line = entry.error.translated(english)
    chinese_line = entry.error.translated(CHINESE)
    assert english_line.startswith("ephemeral send (chat ") and "not a member of this chat" in english_line
    assert "接收者不是此群组的成员：请从群成员列表中选择。" in chinese_line, chinese_line


def test_history_lines_with_plain_text_still_load_and_show_as_written(tmp_path: Path) -> None:
    history = tmp_path / "history.jsonl"
    old = {
        "id": "e1",
        "sent_at": "2026-01-05T10:00:00+00:00",
        "profile": "work",
        "base_url": "https://open.feishu.cn",
        "chat_id": "oc_team",
        "recipient_kind": "open_id",
        "recipient": "ou_x",
        "card": {"elements": []},
        "status": "failed",
        "error": "发送仅特定人可见的卡片失败：接收者不是此群组的成员",
    }
    history.write_text(json.dumps(old, ensure_ascii=False) + "\n", encoding="utf-8")
    store = HistoryStore(history)
    (entry,) = store.entries()
    assert entry.error == old["error"] and not isinstance(entry.error, Message)
    assert shown(entry.error, CHINESE) == shown(entry.error, english) == old["error"]
    # An entry changed later keeps its old text as it was.
    assert store.mark_deleted("om_none") is None
    changed = store.update("e1", chat_name="研发群")
    assert changed.error == old["error"]
    assert json.loads(history.read_text(encoding="utf-8").splitlines()[-1])["error"] == old["error"]


def test_a_message_this_version_no_longer_has_still_reads_in_english(tmp_path: Path) -> None:
    recorded = {"id": "the card went nowhere ({code})", "params": {"code": 7}}
    again = message_from_data(recorded)
    assert again == "the card went nowhere (7)" and CHINESE(again.id) == again.id
    assert recorded["id"] not in registered()


@pytest.mark.parametrize(
    "damaged",
    [{"id": 3, "params": {}}, {"params": {}}, {"id": "{a}", "params": {}}, ["x"]],
    ids=["id-not-text", "no-id", "missing-parameter", "list"],
)
def test_a_damaged_record_skips_its_line_and_keeps_the_others(tmp_path: Path, damaged: object) -> None:
    history = tmp_path / "history.jsonl"
    base = {"profile": "", "base_url": "u", "chat_id": "oc", "card": {}, "status": "failed"}
    lines = [{**base, "id": "bad", "error": damaged}, {**base, "id": "good", "error": "plain"}]
    history.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert [entry.id for entry in HistoryStore(history).entries()] == ["good"]


_params = st.fixed_dictionaries(
    {
        "msg": st.text(max_size=20),
        "code": st.integers(-(2**40), 2**40),
        "status": st.integers(100, 599),
    }
)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(params=_params, nest=st.booleans())
def test_a_message_survives_the_file_in_any_language(params: dict[str, object], nest: bool) -> None:
    message = API_DETAIL(**params)  # Feishu's answer, as the client words it
    if nest:
        message = FAILED(operation=A_FEISHU_CALL(), message=message)
    again = message_from_data(json.loads(json.dumps(message_data(message))))
    assert isinstance(again, Message) and again == message and again.id == message.id
    assert again.translated(CHINESE) == message.translated(CHINESE)
    assert again.params["msg" if not nest else "message"] == message.params["msg" if not nest else "message"]
