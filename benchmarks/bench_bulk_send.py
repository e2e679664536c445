"""Bulk send of one ephemeral card to members of one or several chats, through the local sandbox.

Run: ``.venv/bin/python benchmarks/bench_bulk_send.py [--members 200] [--chats 1] [--latency 0.05]``.
Prints sends per second against the limit that binds (one chat: 40/s per chat; several: up
to 50/s per app) and how many sends the server rejected as rate limited (goals: one chat
>= 38/s, DESIGN.md; 0 rejected). Numbers to report, not asserts. ``--chats N`` sends to up
to ``--members`` members of each of the N biggest demo chats an ephemeral card can go to, all
at once on one client. ``--latency`` makes each sandbox send take that long, to see that the
worker threads keep the pace when round trips are slow, as on a real network.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # runs from a checkout

from designer.feishu import BulkReport, FeishuClient, Recipient
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


def sendable_chats() -> list[tuple[str, list[Recipient]]]:
    """The demo chats an ephemeral card can go to, biggest first, each with its members the
    card can reach (the bot is in the chat, it is no topic chat, the member is within the
    app's availability): the sandbox's own facts, from ``designer.sandbox.demo``."""
    found: list[tuple[str, list[Recipient]]] = []
    for chat in demo.CHATS:
        if not chat.bot_in_chat or chat.chat_mode != "group":
            continue
        people = [demo.person(open_id) for open_id in chat.member_ids]
        reachable = [Recipient("open_id", p.open_id, p.name) for p in people if p is not None and p.available]
        if reachable:
            found.append((chat.chat_id, reachable))
    found.sort(key=lambda item: len(item[1]), reverse=True)
    return found


def targets(members: int, chats: int) -> list[tuple[str, Recipient]]:
    """(chat, recipient) pairs: up to ``members`` members of each of the ``chats`` biggest
    sendable chats (fewer chats when the demo tenant has fewer)."""
    return [
        (chat_id, recipient)
        for chat_id, reachable in sendable_chats()[: max(1, chats)]
        for recipient in reachable[:members]
    ]


def send_all(client: FeishuClient, pairs: list[tuple[str, Recipient]]) -> list[BulkReport]:
    """Send ``CARD`` to every pair at once: one bulk send per chat, each on its own thread and
    all on the one client, whose rate limiter shares the app-wide limit between them."""
    by_chat: dict[str, list[Recipient]] = {}
    for chat_id, recipient in pairs:
        by_chat.setdefault(chat_id, []).append(recipient)
    reports: list[BulkReport] = []
    lock = threading.Lock()

    def send(chat_id: str) -> None:
        report = client.bulk_send(chat_id, CARD, by_chat[chat_id])
        with lock:
            reports.append(report)

    threads = [threading.Thread(target=send, args=(chat_id,)) for chat_id in by_chat]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return reports


def measure(members: int, latency: float, chats: int = 1) -> BulkRun:
    """Send ``CARD`` to up to ``members`` members of each of ``chats`` chats, all at once, on
    a fresh in-process sandbox whose sends each take ``latency`` seconds."""
    pairs = targets(members, chats)
    chat_ids = {chat_id for chat_id, _ in pairs}
    with SandboxServer() as server, FeishuClient(server.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:
        client.chats.list_all()  # fetches the token and opens the connection, outside the clock
        server.faults.slow_sends(latency)
        started = time.perf_counter()
        reports = send_all(client, pairs)
        seconds = time.perf_counter() - started
        rejected = sum(1 for record in server.requests(SEND_PATH) if record.status == 429)
        delivered = sum(1 for entry in server.inbox() if entry.chat_id in chat_ids)
    return BulkRun(
        chats=len(chat_ids),
        recipients=len(pairs),
        sent=sum(report.sent for report in reports),
        failed=sum(report.failed for report in reports),
        delivered=delivered,
        seconds=seconds,
        rejected=rejected,
        rate_limited=sum(report.rate_limited for report in reports),
    )


def run(members: int, latency: float, chats: int = 1) -> None:
    result = measure(members, latency, chats)
    if result.chats < chats:
        print(f"note:           the sandbox's demo has only {result.chats} chat(s) to send to, not {chats}")
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
        help="at most this many members of each chat (the big chat has 250)",
    )
    parser.add_argument("--latency", type=float, default=0.0, help="seconds each sandbox send takes")
    parser.add_argument("--chats", type=int, default=1, help="send to members of this many chats at once")
    args = parser.parse_args()
    run(args.members, args.latency, args.chats)


if __name__ == "__main__":
    main()
