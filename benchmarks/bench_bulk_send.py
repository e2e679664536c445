"""Bulk send of one ephemeral card to 200 members of one chat, through the local sandbox.

Run: ``.venv/bin/python benchmarks/bench_bulk_send.py [--members 200] [--latency 0.05]``.
Prints sends per second against the service's 40/s per-chat limit and how many sends
the server rejected as rate limited (goal, docs/ARCHITECTURE.md: >= 38/s and 0 rejected). Numbers
to report, not asserts. ``--latency`` makes each sandbox send take that long, to see
that the worker threads keep the pace when round trips are slow, as on a real network.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from designer.feishu import FeishuClient, Recipient  # noqa: E402 - after the path set-up
from designer.feishu._constants import CHAT_SENDS_PER_SECOND  # noqa: E402
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


def run(members: int, latency: float) -> None:
    with SandboxServer() as server, FeishuClient(server.base_url, DEMO_APP_ID, DEMO_APP_SECRET) as client:
        recipients = [
            Recipient("open_id", m.member_id, m.name)
            for m in client.members.list_all(demo.BIG_CHAT_ID)[:members]
        ]
        server.faults.slow_sends(latency)
        started = time.perf_counter()
        report = client.bulk_send(demo.BIG_CHAT_ID, CARD, recipients)
        wall = time.perf_counter() - started
        rejected = sum(1 for r in server.requests("/open-apis/ephemeral/v1/send") if r.status == 429)
        delivered = sum(1 for entry in server.inbox() if entry.chat_id == demo.BIG_CHAT_ID)
    rate = report.sent / wall if wall else 0.0
    print(f"members:        {len(recipients)} (send latency {latency * 1000:.0f} ms)")
    print(f"sent / failed:  {report.sent} / {report.failed}   delivered (sandbox inbox): {delivered}")
    print(f"time:           {wall:.2f} s")
    print(f"sends/s:        {rate:.1f}   (limit {CHAT_SENDS_PER_SECOND}/s per chat; goal >= 38)")
    print(
        f"rate-limited:   {rejected} rejected by the server, {report.rate_limited} seen by the client (goal 0)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=200, help="how many members of the 250-member chat")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds each sandbox send takes")
    args = parser.parse_args()
    run(args.members, args.latency)


if __name__ == "__main__":
    main()
