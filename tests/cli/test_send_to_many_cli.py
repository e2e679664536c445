"""``card-designer send FILE --to CHAT:ID …``: one send to people in several chats (issue 10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from designer.sandbox import SandboxServer, demo
from designer.store.history import HistoryStore
from tests.helpers.cli import Run
from tests.helpers.feishu import SEND_PATH

CARD = {"elements": [{"tag": "div", "text": {"tag": "lark_md", "content": "**值班** on call 🔔"}}]}
# The app's credentials for the sandbox come from the environment, as in a script.
pytestmark = pytest.mark.usefixtures("env_credentials")


@pytest.fixture
def card_file(tmp_path: Path) -> Path:
    path = tmp_path / "card.json"
    path.write_text(json.dumps(CARD, ensure_ascii=False), encoding="utf-8")
    return path


def test_people_in_three_chats_each_get_the_card(cli: Run, sandbox: SandboxServer, card_file: Path) -> None:
    crowd = demo.crowd_chat(1, members=30)
    sandbox.service.add_chat(crowd)
    targets = (
        [(demo.TEAM_CHAT_ID, p.email) for p in demo.PEOPLE[:7]]
        + [(demo.BIG_CHAT_ID, open_id) for open_id in demo.chat(demo.BIG_CHAT_ID).member_ids[:30]]
        + [(crowd.chat_id, open_id) for open_id in crowd.member_ids]
    )
    result = cli("send", str(card_file), *(arg for c, who in targets for arg in ("--to", f"{c}:{who}")))
    assert result.status == 0, result.err
    lines = [line.split("\t") for line in result.out.splitlines()]
    assert [(chat, who) for _message, chat, who in lines] == targets  # in the order given
    assert all(message.startswith("om_") for message, _chat, _who in lines)
    assert len(sandbox.inbox()) == len(targets)
    assert all(r.status != 429 for r in sandbox.requests(SEND_PATH))
    recorded = {(e.message_id, e.chat_id, e.recipient, e.status) for e in HistoryStore().entries()}
    assert recorded == {(message, chat, who, "sent") for message, chat, who in lines}


def test_a_failed_recipient_is_named_and_the_others_are_sent(
    cli: Run, sandbox: SandboxServer, card_file: Path
) -> None:
    result = cli(
        "send",
        str(card_file),
        "--to",
        f"{demo.TEAM_CHAT_ID}:{demo.OUTSIDE_MEMBER_OPEN_ID}",
        "--to",
        f"{demo.BIG_CHAT_ID}:{demo.ALICE_OPEN_ID}",
    )
    assert result.status == 1
    assert result.err.startswith(f"error: {demo.TEAM_CHAT_ID}:{demo.OUTSIDE_MEMBER_OPEN_ID}: ")
    assert "230013" in result.err
    [line] = result.out.splitlines()
    assert line.endswith(f"\t{demo.BIG_CHAT_ID}\t{demo.ALICE_OPEN_ID}")
    assert sorted(e.status for e in HistoryStore().entries()) == ["failed", "sent"]
    # Recorded as the window records it (both send through designer.sending.SendService): the
    # failure with its hint, so the history pane tells what to do about it.
    [failed] = [e for e in HistoryStore().entries() if e.status == "failed"]
    assert failed.error is not None and "230013" in failed.error and " — " in failed.error


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--to", "oc_abc"], "error: --to 'oc_abc': write CHAT_ID:ID"),
        (["--to", "oc_abc:on_0123456789abcdef"], "'on_0123456789abcdef' is a union_id, not a person's id"),
        (["--to", "oc_abc:li@"], "'li@' is not an open_id (ou_…), user_id or email"),
        (["--to", "oc_abc:ou_0123456789", "--chat", "oc_abc"], "or --chat with one recipient, not both"),
    ],
)
def test_a_wrong_to_is_a_usage_error_naming_it(
    cli: Run, sandbox: SandboxServer, card_file: Path, arguments: list[str], message: str
) -> None:
    result = cli("send", str(card_file), *arguments)
    assert (result.status, result.out) == (2, "")
    assert message in result.err
    assert sandbox.requests(SEND_PATH) == []
