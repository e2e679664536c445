"""Bulk send of one ephemeral card to members of one or several chats, through the local sandbox.

Run: ``.venv/bin/python benchmarks/bench_bulk_send.py [--members 200] [--chats 1] [--latency 0.05]``.
Prints sends per second against the limit that binds (one chat: 40/s per chat; several: up
to 50/s per app) and how many sends the server rejected as rate limited (goals: one chat
>= 38/s; several >= 47.5/s, 95 % of the app's limit; 0 rejected). Numbers to report, not
asserts. ``--chats N`` sends to ``--members`` members of each of N chats at once (the big
demo chat and N - 1 sandbox crowd chats) in one bulk send across chats. ``--latency`` makes each sandbox send take that long, to see that the
worker threads keep the pace when round trips are slow, as on a real network.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # runs from a checkout

from designer.feishu import FeishuClient, Recipient
from designer.feishu._constants import APP_CALLS_PER_SECOND, CHAT_SENDS_PER_SECOND
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo

SEND_PATH = "/open-apis/ephemeral/v1/send"

CARD = {
    "header": {"title": {"tag": "plain_text", "content": "值班提醒 On-call reminder"}, "template": "orange"},
    "elements": [
        {
            "tag": "div",
            "text": {"tag": "lark_md", "content": "**You are on call this week.** 本周由你值班。"},
        },
        {
            "tag": "action",
            "actions": [
                {
                    "tag": "button",
                    "text": {"tag": "plain_text", "content": "收到 Got it"},
                    "type": "primary",
                    "value": {"ack": "1"},
                }
            ],
        },
    ],
}


@dataclass(frozen=True, slots=True)
class BulkRun:
    """One bulk send: how many went, how long it took, what the server refused."""

    chats: int  # chats the recipients are in
    recipients: int
    sent: int
    failed: int
    delivered: int  # what the sandbox's inboxes hold afterwards
    seconds: float
    rejected: int  # "rate limited" answers the server gave
    rate_limited: int  # "rate limited" answers the client saw (the same, counted by the client)

    @property
    def sends_per_second(self) -> float:
        return self.sent / self.seconds if self.seconds else 0.0


def pace_limit(chats: int) -> int:
    """The most sends per second Feishu allows to members of ``chats`` chats."""
    return min(CHAT_SENDS_PER_SECOND * chats, APP_CALLS_PER_SECOND)


def _targets(
    server: SandboxServer, client: FeishuClient, members: int, chats: int
) -> list[tuple[str, Recipient]]:
    """(chat, recipient) pairs: ``members`` members of each of ``chats`` chats — the big demo
    chat and ``chats - 1`` crowd chats added to this sandbox (``demo.crowd_chat``)."""
    extra = [demo.crowd_chat(number) for number in range(1, max(1, chats))]
    for chat in extra:
        server.service.add_chat(chat)
    chat_ids = [demo.BIG_CHAT_ID, *(chat.chat_id for chat in extra)]
    return [
        (chat_id, Recipient("open_id", m.member_id, m.name))
        for chat_id in chat_ids
        for m in client.members.list_all(chat_id)[:members]
    ]


def measure(members: int, latency: float, chats: int = 1) -> BulkRun:
    """Send ``CARD`` to ``members`` members of each of ``chats`` chats, all at once in one
    bulk send across chats, on a fresh in-process sandbox whose sends each take ``latency``
    seconds."""
    if not 1 <= chats <= 10:
        raise SystemExit(f"--chats must be 1 to 10, not {chats}")
    with SandboxServer() as server, FeishuClient(server.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:
        pairs = _targets(server, client, members, chats)  # also fetches the token, outside the clock
        chat_ids = {chat_id for chat_id, _ in pairs}
        server.faults.slow_sends(latency)
        started = time.perf_counter()
        report = client.bulk_send_across(CARD, pairs)
        seconds = time.perf_counter() - started
        rejected = sum(1 for record in server.requests(SEND_PATH) if record.status == 429)
        delivered = sum(1 for entry in server.inbox() if entry.chat_id in chat_ids)
    return BulkRun(
        chats=len(chat_ids),
        recipients=len(pairs),
        sent=report.sent,
        failed=report.failed,
        delivered=delivered,
        seconds=seconds,
        rejected=rejected,
        rate_limited=report.rate_limited,
    )


def run(members: int, latency: float, chats: int = 1) -> None:
    result = measure(members, latency, chats)
    limit = pace_limit(result.chats)
    print(
        f"members:        {result.recipients} in {result.chats} chat(s) (send latency {latency * 1000:.0f} ms)"
    )
    print(f"sent / failed:  {result.sent} / {result.failed}   delivered (sandbox inbox): {result.delivered}")
    print(f"time:           {result.seconds:.2f} s")
    print(
        f"sends/s:        {result.sends_per_second:.1f}   (limits {CHAT_SENDS_PER_SECOND}/s per chat, "
        f"{APP_CALLS_PER_SECOND}/s per app: at most {limit}/s here)"
    )
    print(
        f"rate-limited:   {result.rejected} rejected by the server, {result.rate_limited} seen by the client "
        "(goal 0)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--members",
        type=int,
        default=200,
        help="how many members of each chat (the big chat has 250, crowd chats 100)",
    )
    parser.add_argument("--latency", type=float, default=0.0, help="seconds each sandbox send takes")
    parser.add_argument("--chats", type=int, default=1, help="send to members of this many chats at once")
    args = parser.parse_args()
    run(args.members, args.latency, args.chats)


if __name__ == "__main__":
    main()
