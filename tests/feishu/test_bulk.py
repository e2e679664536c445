"""Bulk send: 200 members at the rate limit with no rejection, progress, cancel, per-member outcome."""

from __future__ import annotations

import random
import threading
import time

import pytest

from designer.feishu import (
    BotNotInChat,
    BulkProgress,
    FeishuClient,
    Recipient,
    UserNotInChat,
    UserOutsideAvailability,
)
from designer.sandbox import SandboxServer, demo
from designer.sandbox._server import _Handler
from tests.helpers.feishu import SEND_PATH, simple_card


def _members(client: FeishuClient, chat_id: str, count: int) -> list[Recipient]:
    return [Recipient("open_id", m.member_id, m.name) for m in client.members.list_all(chat_id)[:count]]


def test_200_members_at_the_limit_without_a_rejection(client: FeishuClient, sandbox: SandboxServer) -> None:
    recipients = _members(client, demo.BIG_CHAT_ID, 200)
    seen: list[BulkProgress] = []
    report = client.bulk_send(demo.BIG_CHAT_ID, simple_card(), recipients, progress=seen.append)
    print(f"\nbulk send: {report.sent} in {report.elapsed:.2f} s = {report.sends_per_second:.1f}/s")
    assert (report.sent, report.failed, report.cancelled) == (200, 0, 0)
    assert report.rate_limited == 0
    assert all(r.status != 429 for r in sandbox.requests(SEND_PATH))
    assert [p.done for p in seen] == list(range(1, 201))
    assert seen[-1].sent == 200 and seen[-1].total == 200
    assert [item.recipient for item in report.items] == recipients  # reported in the order given
    inbox = sandbox.inbox()
    assert sorted(e.open_id for e in inbox) == sorted(r.value for r in recipients)
    assert {e.message_id for e in inbox} == {item.message_id for item in report.items}
    # Paced under 40 per second: 200 sends need at least ~5 s.
    assert report.elapsed >= 199 / 40


def test_a_busy_server_reading_requests_late_still_sees_no_rejection(
    client: FeishuClient, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On a loaded machine a request can wait ~100 ms before its server thread reads it. The
    # client paces by when its requests leave; the sandbox must count them when they arrived,
    # or well-paced sends look bunched up and are refused.
    late = random.Random(11)
    read_request = _Handler.handle_one_request

    def read_late(handler: _Handler) -> None:
        time.sleep(late.uniform(0.0, 0.12))
        read_request(handler)

    monkeypatch.setattr(_Handler, "handle_one_request", read_late)
    recipients = _members(client, demo.BIG_CHAT_ID, 120)
    report = client.bulk_send(demo.BIG_CHAT_ID, simple_card(), recipients)
    assert (report.sent, report.failed, report.rate_limited) == (120, 0, 0)
    assert all(r.status != 429 for r in sandbox.requests(SEND_PATH))


def test_cancel_stops_the_run(client: FeishuClient, sandbox: SandboxServer) -> None:
    recipients = _members(client, demo.BIG_CHAT_ID, 200)
    cancel = threading.Event()

    def progress(update: BulkProgress) -> None:
        if update.done == 20:
            cancel.set()

    report = client.bulk_send(demo.BIG_CHAT_ID, simple_card(), recipients, progress=progress, cancel=cancel)
    assert report.cancelled_by_user
    assert 20 <= report.sent < 40
    assert report.sent + report.cancelled == 200
    assert len(sandbox.inbox()) == report.sent
    assert all(item.message_id is None for item in report.items if item.status == "cancelled")


def test_each_recipient_gets_their_own_outcome(client: FeishuClient, sandbox: SandboxServer) -> None:
    recipients = [
        Recipient("open_id", demo.ALICE_OPEN_ID, "Alice Chen"),
        Recipient("open_id", demo.OUTSIDE_MEMBER_OPEN_ID, "陈静"),
        Recipient("open_id", demo.NOT_IN_TEAM_OPEN_ID),
        Recipient("email", "li.na@example.com", "李娜"),
    ]
    report = client.bulk_send(demo.TEAM_CHAT_ID, simple_card(), recipients)
    assert [item.status for item in report.items] == ["sent", "failed", "failed", "sent"]
    assert isinstance(report.items[1].error, UserOutsideAvailability)
    assert isinstance(report.items[2].error, UserNotInChat)
    assert report.stopped_by is None
    assert len(sandbox.inbox()) == 2


def test_a_chat_level_error_stops_instead_of_failing_everyone(
    client: FeishuClient, sandbox: SandboxServer
) -> None:
    recipients = [Recipient("open_id", p.open_id, p.name) for p in demo.PEOPLE[:60]]
    report = client.bulk_send(demo.LEFT_CHAT_ID, simple_card(), recipients)
    assert isinstance(report.stopped_by, BotNotInChat)
    assert report.sent == 0 and report.failed + report.cancelled == 60
    assert report.cancelled > 0
    assert len(sandbox.requests(SEND_PATH)) < 60
    assert all(isinstance(item.error, BotNotInChat) for item in report.items)


def test_a_recipient_must_have_a_known_kind_and_a_value() -> None:
    with pytest.raises(ValueError, match="a recipient is given by 'open_id', 'user_id' or 'email', not 'phone'"):
        Recipient("phone", "+86 138", "张伟")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"Recipient email is empty \(for 李娜\)"):
        Recipient("email", " ", "李娜")


def test_no_recipients_is_an_empty_report(client: FeishuClient, sandbox: SandboxServer) -> None:
    report = client.bulk_send(demo.TEAM_CHAT_ID, simple_card(), [])
    assert report.items == [] and report.sent == 0 and report.stopped_by is None
    assert sandbox.requests(SEND_PATH) == []


# --- several chats at once (issue 10) ------------------------------------------------------


@pytest.mark.parametrize("latency", [0.0, 0.05])
def test_three_chats_at_once_without_a_rejection(
    client: FeishuClient, sandbox: SandboxServer, latency: float
) -> None:
    extra = [demo.crowd_chat(1), demo.crowd_chat(2)]
    for chat in extra:
        sandbox.service.add_chat(chat)
    chats = [demo.BIG_CHAT_ID, *(chat.chat_id for chat in extra)]
    # Given chat by chat, 100 members each; the run interleaves them.
    targets = [(chat_id, r) for chat_id in chats for r in _members(client, chat_id, 100)]
    sandbox.faults.slow_sends(latency)
    seen: list[BulkProgress] = []
    report = client.bulk_send_across(simple_card(), targets, progress=seen.append)
    print(
        f"\n3 chats, {latency * 1000:.0f} ms: {report.sent} in {report.elapsed:.2f} s = {report.sends_per_second:.1f}/s"
    )
    assert (report.sent, report.failed, report.cancelled) == (300, 0, 0)
    assert report.rate_limited == 0
    assert all(r.status != 429 for r in sandbox.requests(SEND_PATH))
    assert [p.done for p in seen] == list(range(1, 301))
    assert [(item.chat_id, item.recipient) for item in report.items] == targets  # in the order given
    inbox = sandbox.inbox()
    assert sorted((e.chat_id, e.open_id) for e in inbox) == sorted((c, r.value) for c, r in targets)
    # The chats went together, not one after the other: each is in the first 10 deliveries.
    assert {e.chat_id for e in inbox[:10]} == set(chats)


def test_a_chat_level_error_stops_only_that_chat(client: FeishuClient, sandbox: SandboxServer) -> None:
    team = _members(client, demo.TEAM_CHAT_ID, 8)
    left = [Recipient("open_id", p.open_id, p.name) for p in demo.PEOPLE[:40]]
    targets = [(demo.LEFT_CHAT_ID, r) for r in left] + [(demo.TEAM_CHAT_ID, r) for r in team]
    report = client.bulk_send_across(simple_card(), targets)
    assert isinstance(report.stopped_by, BotNotInChat)
    left_items = [item for item in report.items if item.chat_id == demo.LEFT_CHAT_ID]
    assert all(isinstance(item.error, BotNotInChat) for item in left_items)
    assert sum(1 for item in left_items if item.status == "cancelled") > 0
    team_items = [item for item in report.items if item.chat_id == demo.TEAM_CHAT_ID]
    # The team chat's sends all went: one member is outside the app's availability.
    assert [item.status for item in team_items].count("cancelled") == 0
    assert sum(1 for item in team_items if item.status == "sent") == 7
    assert sorted(e.open_id for e in sandbox.inbox()) == sorted(
        item.recipient.value for item in team_items if item.status == "sent"
    )


def test_a_cancel_after_another_chats_error_is_no_error_of_the_sends_it_dropped(
    client: FeishuClient, sandbox: SandboxServer
) -> None:
    # The bot has left one chat (a chat-level error); the person then cancels the run. The big
    # chat's dropped sends were cancelled by the person, not by the other chat's BotNotInChat.
    left = [Recipient("open_id", p.open_id, p.name) for p in demo.PEOPLE[:5]]
    big = _members(client, demo.BIG_CHAT_ID, 200)
    targets = [(demo.LEFT_CHAT_ID, r) for r in left] + [(demo.BIG_CHAT_ID, r) for r in big]
    cancel = threading.Event()
    left_failed = threading.Event()

    def progress(step: BulkProgress) -> None:
        # Cancel at the first big-chat send after the other chat has failed.
        if step.item.chat_id == demo.LEFT_CHAT_ID and step.item.status == "failed":
            left_failed.set()
        elif left_failed.is_set() and step.item.chat_id == demo.BIG_CHAT_ID:
            cancel.set()

    report = client.bulk_send_across(simple_card(), targets, progress=progress, cancel=cancel)
    assert report.cancelled_by_user
    dropped = [i for i in report.items if i.chat_id == demo.BIG_CHAT_ID and i.status == "cancelled"]
    assert dropped and all(item.error is None for item in dropped)
    assert all(
        isinstance(item.error, BotNotInChat) for item in report.items if item.chat_id == demo.LEFT_CHAT_ID
    )


def test_a_send_told_to_wait_books_a_new_slot_and_is_sent_once(
    client: FeishuClient, sandbox: SandboxServer
) -> None:
    targets = [(demo.TEAM_CHAT_ID, r) for r in _members(client, demo.TEAM_CHAT_ID, 3)] + [
        (demo.BIG_CHAT_ID, r) for r in _members(client, demo.BIG_CHAT_ID, 30)[10:13]
    ]
    sandbox.faults.rate_limit_next(reset=1, path=SEND_PATH)
    report = client.bulk_send_across(simple_card(), targets)
    assert (report.sent, report.rate_limited) == (6, 1)
    assert [r.status for r in sandbox.requests(SEND_PATH)].count(200) == 6
    assert sorted((e.chat_id, e.open_id) for e in sandbox.inbox()) == sorted((c, r.value) for c, r in targets)
