"""The one send service: the CLI and the window send, delete and record through it alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from designer.errors import describe
from designer.feishu import (
    AlreadyDeleted,
    FeishuClient,
    Member,
    PermissionDenied,
    Recipient,
    RecipientKind,
    first_recipient,
)
from designer.sandbox import SandboxServer, demo
from designer.sending import Delivery, Sender, SendService, resolve_target
from designer.store.history import HistoryStore, SendStatus
from tests.helpers.feishu import simple_card

ALICE = Recipient(RecipientKind.OPEN_ID, demo.ALICE_OPEN_ID, "Alice Chen")
ZHANG = Recipient("open_id", demo.ZHANG_WEI_OPEN_ID)


def _service(tmp_path: Path) -> SendService:
    return SendService(HistoryStore(tmp_path / "history.jsonl"))


def test_every_outcome_is_recorded_in_one_format(
    client: FeishuClient, sandbox: SandboxServer, tmp_path: Path
) -> None:
    service = _service(tmp_path)
    sender = Sender("work", sandbox.base_url)
    sandbox.faults.answer_next(230013, "user outside availability", path="/open-apis/ephemeral/v1/send")
    deliveries = [Delivery(demo.TEAM_CHAT_ID, ALICE, "研发群"), Delivery(demo.TEAM_CHAT_ID, ZHANG, "研发群")]
    seen: list[int] = []
    outcome = service.send(client, sender, simple_card(), deliveries, progress=lambda p: seen.append(p.done))
    assert seen == [1, 2] and outcome.not_recorded == ()
    entries = {e.recipient: e for e in service.history.entries()}
    statuses = {recipient: entry.status for recipient, entry in entries.items()}
    failed = next(item for item in outcome.report.items if item.error is not None)
    sent = next(item for item in outcome.report.items if item.error is None)
    assert statuses == {failed.recipient.value: SendStatus.FAILED, sent.recipient.value: SendStatus.SENT}
    failed_entry = entries[failed.recipient.value]
    assert failed.error is not None and failed_entry.error == describe(failed.error)
    assert (failed_entry.profile, failed_entry.base_url, failed_entry.chat_name) == (
        "work",
        sandbox.base_url,
        "研发群",
    )
    assert entries[sent.recipient.value].message_id == sent.message_id


def test_a_delete_is_recorded_whatever_the_answer(
    client: FeishuClient, sandbox: SandboxServer, tmp_path: Path
) -> None:
    service = _service(tmp_path)
    outcome = service.send(
        client,
        Sender("work", sandbox.base_url),
        simple_card(),
        [Delivery(demo.TEAM_CHAT_ID, ALICE), Delivery(demo.TEAM_CHAT_ID, ZHANG)],
    )
    first, second = (item.message_id or "" for item in outcome.report.items)
    assert service.delete(client, first).already_deleted is None
    deleted = service.history.find_message(first)
    assert deleted is not None and deleted.status is SendStatus.DELETED
    # Deleted elsewhere already: the service's 18051 still means gone; recorded once.
    gone = service.delete(client, first)
    assert isinstance(gone.already_deleted, AlreadyDeleted) and service.history.find_message(first) == deleted
    # Refused: recorded with what happened and what to do, then raised for the caller.
    sandbox.faults.answer_next(
        99991672,
        "Access denied. One of the following scopes is required: [im:message]",
        path="/open-apis/ephemeral/v1/delete",
    )
    with pytest.raises(PermissionDenied) as caught:
        service.delete(client, second)
    refused = service.history.find_message(second)
    assert refused is not None and refused.status is SendStatus.DELETE_FAILED
    assert refused.error == describe(caught.value) and "im:message" in refused.error


def test_a_history_that_cannot_be_written_never_hides_a_send(
    client: FeishuClient, sandbox: SandboxServer, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the history's folder should be")
    service = SendService(HistoryStore(blocked / "history.jsonl"))
    outcome = service.send(
        client, Sender("work", sandbox.base_url), simple_card(), [Delivery(demo.TEAM_CHAT_ID, ALICE)]
    )
    assert outcome.report.sent == 1 and len(outcome.not_recorded) == 1
    assert len(sandbox.inbox()) == 1


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"email": "li@example.com", "user_id": "u1", "open_id": "ou_1"}, ("open_id", "ou_1")),
        ({"email": "li@example.com", "user_id": "u1"}, ("user_id", "u1")),
        ({"email": "li@example.com", "open_id": ""}, ("email", "li@example.com")),
        ({"union_id": "on_1", "chat_id": "oc_1", "open_id": None}, None),
    ],
)
def test_the_services_precedence_is_written_once(
    fields: dict[str, object], expected: tuple[str, str] | None
) -> None:
    assert first_recipient(fields) == expected


def test_a_request_body_fills_only_what_the_caller_left_out() -> None:
    body = {"chat_id": "oc_body", "user_id": "u_body", "email": "li@example.com"}
    assert resolve_target(None, [], body) == ("oc_body", [Recipient("user_id", "u_body")])
    assert resolve_target("oc_mine", [ALICE], body) == ("oc_mine", [ALICE])
    assert resolve_target(None, [], None) == (None, [])


def test_a_member_becomes_a_recipient_by_the_id_the_list_gave() -> None:
    by_open_id = Recipient.of_member(Member(member_id="ou_1", name="Li"))
    assert (by_open_id.kind, by_open_id.value, by_open_id.name) == (RecipientKind.OPEN_ID, "ou_1", "Li")
    by_user_id = Recipient.of_member(Member(member_id="u1", member_id_type="user_id", name=""))
    assert (by_user_id.kind, by_user_id.value, by_user_id.name) == (RecipientKind.USER_ID, "u1", None)


def _shared_card() -> dict[str, object]:
    card = simple_card()
    return {**card, "config": {**card.get("config", {}), "update_multi": True}}


def test_a_group_post_its_update_and_its_recall_are_recorded(
    client: FeishuClient, sandbox: SandboxServer, tmp_path: Path
) -> None:
    from designer.recipients import SendKind
    from designer.store.history import Action, actions_now

    service = _service(tmp_path)
    posted = service.post(
        client, Sender("work", sandbox.base_url), demo.TEAM_CHAT_ID, "研发群", _shared_card()
    )
    assert posted.not_recorded is None
    (entry,) = service.history.entries()
    assert (entry.kind, entry.message_id, entry.chat_name, entry.recipient_kind) == (
        SendKind.GROUP,
        posted.message_id,
        "研发群",
        None,
    )
    assert actions_now(entry) == {Action.UPDATE: None, Action.RECALL: None}
    new_card = {**_shared_card(), "elements": [{"tag": "markdown", "content": "改了 ✅"}]}
    assert service.update(client, posted.message_id, new_card) is None
    (entry,) = service.history.entries()
    assert entry.card == new_card and entry.updated_at is not None
    assert sandbox.messages()[0].card == new_card
    assert service.recall(client, posted.message_id) is None
    (entry,) = service.history.entries()
    assert entry.status == SendStatus.RECALLED and sandbox.messages()[0].recalled


def test_a_refused_update_is_recorded_with_its_words_and_raised(
    client: FeishuClient, sandbox: SandboxServer, tmp_path: Path
) -> None:
    from designer.feishu import NotSharedCard, WrongMessageKind

    service = _service(tmp_path)
    sender = Sender("work", sandbox.base_url)
    posted = service.post(client, sender, demo.TEAM_CHAT_ID, None, _shared_card())
    with pytest.raises(NotSharedCard) as refused:
        service.update(client, posted.message_id, simple_card())  # the new card is not shared
    (entry,) = service.history.entries()
    assert entry.error == describe(refused.value) and entry.card == _shared_card()
    # An ephemeral card cannot be PATCHed: Feishu's own refusal, with what to do instead.
    outcome = service.send(client, sender, simple_card(), [Delivery(demo.TEAM_CHAT_ID, ALICE)])
    ephemeral_id = outcome.report.items[0].message_id
    assert ephemeral_id is not None
    with pytest.raises(WrongMessageKind) as wrong:
        service.update(client, ephemeral_id, _shared_card())
    assert "delete it" in wrong.value.hint
    recorded = service.history.find_message(ephemeral_id)
    assert recorded is not None and recorded.error == describe(wrong.value)
