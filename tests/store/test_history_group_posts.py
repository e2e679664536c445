"""History: group posts kept apart from ephemeral sends, and what can still be done to each."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from designer.feishu._constants import RECALL_WINDOW, UPDATE_WINDOW
from designer.store.history import HistoryEntry, HistoryStore, actions_now, group_post_entry

SHARED: dict[str, Any] = {"config": {"update_multi": True}, "elements": []}
V2: dict[str, Any] = {"schema": "2.0", "body": {"elements": [{"tag": "markdown", "content": "🎉"}]}}
NOT_SHARED: dict[str, Any] = {"elements": []}
POSTED = datetime(2026, 3, 1, 12, tzinfo=UTC)

# A line as the app wrote it before group posts existed: no kind, no updated_at / recalled_at.
OLD_LINE = {
    "id": "0f" * 16,
    "sent_at": "2026-01-01T09:00:00Z",
    "profile": "work",
    "base_url": "https://open.feishu.cn",
    "chat_id": "oc_team",
    "chat_name": "研发群",
    "recipient_kind": "open_id",
    "recipient": "ou_1",
    "recipient_name": "Alice",
    "message_id": "om_old",
    "card": {"elements": []},
    "status": "sent",
    "error": None,
    "deleted_at": None,
}


def _post(card: dict[str, Any] = SHARED, **changes: Any) -> HistoryEntry:
    entry = group_post_entry(
        "work", "https://open.feishu.cn", "oc_team", "研发群", card, message_id="om_g", sent_at=POSTED
    )
    return entry.model_copy(update=changes)


def test_old_history_files_load_as_ephemeral_sends(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    path.write_text(json.dumps(OLD_LINE, ensure_ascii=False) + "\n", encoding="utf-8")
    [entry] = HistoryStore(path).entries()
    assert entry.kind == "ephemeral" and entry.recipient == "ou_1"
    assert actions_now(entry) == {"delete": None}


def test_a_group_post_is_recorded_apart_updated_and_recalled(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.jsonl")
    store.append(HistoryEntry.model_validate(OLD_LINE))
    store.append(
        group_post_entry("work", "https://open.feishu.cn", "oc_team", "研发群", SHARED, message_id="om_g")
    )
    kinds = {e.message_id: e.kind for e in store.entries()}
    assert kinds == {"om_g": "group", "om_old": "ephemeral"}
    updated = store.record_update("om_g", V2)
    assert updated is not None and updated.card == V2 and updated.updated_at is not None
    failed = store.record_update("om_g", SHARED, error="updating a card failed: …")
    assert failed is not None and failed.card == V2 and failed.status == "sent" and failed.error
    recalled = store.mark_recalled("om_g")
    assert recalled is not None and recalled.status == "recalled" and recalled.recalled_at is not None
    assert actions_now(recalled) == {"update": "it was recalled", "recall": "it was recalled already"}
    assert store.mark_recalled("om_elsewhere") is None  # posted by another tool: nothing to record
    # A second store reads the same state back.
    again = HistoryStore(tmp_path / "history.jsonl").find_message("om_g")
    assert again is not None and again.kind == "group" and again.status == "recalled"


def test_a_failed_post_offers_nothing() -> None:
    failed = group_post_entry("work", "u", "oc_team", None, SHARED, error="posting a card failed")
    assert failed.status == "failed" and actions_now(failed) == {}


def test_what_can_be_done_follows_the_clock() -> None:
    post = _post()
    assert actions_now(post, POSTED + timedelta(hours=1)) == {"update": None, "recall": None}
    day_later = actions_now(post, POSTED + timedelta(seconds=RECALL_WINDOW + 1))
    assert day_later["update"] is None and "24 hours" in str(day_later["recall"])
    fortnight = actions_now(post, POSTED + timedelta(seconds=UPDATE_WINDOW + 1))
    assert "14 days" in str(fortnight["update"]) and fortnight["recall"] is not None


def test_only_a_shared_card_can_be_updated() -> None:
    assert actions_now(_post(V2), POSTED)["update"] is None  # JSON 2.0: shared by definition
    reason = actions_now(_post(NOT_SHARED), POSTED)["update"]
    assert reason is not None and "update_multi" in reason


def test_an_ephemeral_card_can_be_deleted_once() -> None:
    sent = HistoryEntry.model_validate(OLD_LINE)
    assert actions_now(sent) == {"delete": None}
    assert actions_now(sent.model_copy(update={"status": "delete_failed"})) == {"delete": None}
    assert actions_now(sent.model_copy(update={"status": "deleted"})) == {"delete": "it was deleted already"}


@settings(max_examples=60, deadline=None, derandomize=True)
@given(seconds=st.integers(min_value=0, max_value=int(UPDATE_WINDOW) * 2), shared=st.booleans())
def test_an_action_is_offered_exactly_while_its_rule_allows_it(seconds: int, shared: bool) -> None:
    actions = actions_now(_post(SHARED if shared else NOT_SHARED), POSTED + timedelta(seconds=seconds))
    assert (actions["update"] is None) == (shared and seconds <= UPDATE_WINDOW)
    assert (actions["recall"] is None) == (seconds <= RECALL_WINDOW)
