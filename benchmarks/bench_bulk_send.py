"""Bulk send of one ephemeral card to members of one or several chats, through the local sandbox.

Run: ``.venv/bin/python benchmarks/bench_bulk_send.py [--members 200] [--chats 3] [--latency 0.05]``.
Prints sends per second against the limit that binds (one chat: 40/s per chat; several:
50/s per app) and how many sends the server rejected as rate limited (goals: one chat
>= 38/s, docs/ARCHITECTURE.md; several >= 47.5/s, issue 10; 0 rejected). Numbers to report, not
asserts. ``--chats N`` sends to ``--members`` members of each of N chats at once (the big
chat and N - 1 sandbox crowd chats). ``--latency`` makes each sandbox send take that
long, to see that the worker threads keep the pace when round trips are slow, as on a
real network.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from designer.feishu import FeishuClient, Recipient  # noqa: E402 - after the path set-up
from designer.feishu._constants import APP_CALLS_PER_SECOND, CHAT_SENDS_PER_SECOND  # noqa: E402
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo  # noqa: E402

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


def run(members: int, latency: float, chats: int = 1) -> float:
    """One bulk send to ``members`` members of each of ``chats`` chats; prints and returns sends/s."""
    if not 1 <= chats <= 10:
        raise SystemExit(f"--chats must be 1 to 10, not {chats}")
    with SandboxServer() as server, FeishuClient(server.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:
        extra = [demo.crowd_chat(number) for number in range(1, chats)]
        for chat in extra:
            server.service.add_chat(chat)
        chat_ids = [demo.BIG_CHAT_ID, *(chat.chat_id for chat in extra)]
        targets = [
            (chat_id, Recipient("open_id", m.member_id, m.name))
            for chat_id in chat_ids
            for m in client.members.list_all(chat_id)[:members]
        ]
        server.faults.slow_sends(latency)
        started = time.perf_counter()
        report = client.bulk_send_across(CARD, targets)
        wall = time.perf_counter() - started
        rejected = sum(1 for r in server.requests("/open-apis/ephemeral/v1/send") if r.status == 429)
        delivered = len(server.inbox())
    rate = report.sent / wall if wall else 0.0
    limit = f"{CHAT_SENDS_PER_SECOND}/s per chat" if chats == 1 else f"{APP_CALLS_PER_SECOND}/s per app"
    goal = 38 if chats == 1 else 0.95 * APP_CALLS_PER_SECOND
    print(f"chats, members:  {chats}, {len(targets)} in all (send latency {latency * 1000:.0f} ms)")
    print(f"sent / failed:   {report.sent} / {report.failed}   delivered (sandbox inbox): {delivered}")
    print(f"time:            {wall:.2f} s")
    print(f"sends/s:         {rate:.1f}   (limit {limit}; goal >= {goal:g})")
    print(
        f"rate-limited:    {rejected} rejected by the server, {report.rate_limited} seen by the client (goal 0)"
    )
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--members",
        type=int,
        default=200,
        help="how many members of each chat (the big chat has 250, crowd chats 100)",
    )
    parser.add_argument("--chats", type=int, default=1, help="send to members of this many chats at once")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds each sandbox send takes")
    args = parser.parse_args()
    run(args.members, args.latency, args.chats)


if __name__ == "__main__":
    main()
