"""Parse + lint time of a small card (Feishu's ephemeral example) and of a card near 30 KB.

Run: ``.venv/bin/python benchmarks/bench_parse.py``. Prints median and p95 in milliseconds
(numbers to report, not asserts). Budget (docs/ARCHITECTURE.md): a few ms typical, < 10 ms at the limit.
"""

from __future__ import annotations

import json
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # runs from a checkout

from benchmarks._common import EXAMPLE, Stats, repeat_ms
from designer.cards import parse
from designer.cards.jsontext import scan_spans
from designer.cards.sizes import MAX_CARD_BYTES, card_size_bytes


def large_card(target: int = MAX_CARD_BYTES - 512) -> str:
    """A varied classic card just under the 30 KB limit (columns, forms, buttons, tables)."""
    elements: list[Any] = []
    card: dict[str, Any] = {
        "config": {"wide_screen_mode": True},
        "header": {"title": {"tag": "plain_text", "content": "周报 Weekly report"}, "template": "blue"},
        "elements": elements,
    }
    index = 0
    while True:
        block = [
            {
                "tag": "markdown",
                "content": f"**第 {index} 项** item {index}: [link](https://example.com/{index})",
            },
            {
                "tag": "column_set",
                "flex_mode": "bisect",
                "columns": [
                    {
                        "tag": "column",
                        "width": "weighted",
                        "weight": 1,
                        "elements": [
                            {
                                "tag": "div",
                                "text": {"tag": "lark_md", "content": f"负责人 <at id=ou_{index}></at>"},
                            }
                        ],
                    },
                    {
                        "tag": "column",
                        "width": "weighted",
                        "weight": 1,
                        "elements": [
                            {
                                "tag": "img",
                                "img_key": f"img_v2_{index}",
                                "alt": {"tag": "plain_text", "content": ""},
                            }
                        ],
                    },
                ],
            },
            {
                "tag": "action",
                "actions": [
                    {
                        "tag": "button",
                        "text": {"tag": "plain_text", "content": "通过"},
                        "type": "primary",
                        "value": {"id": index},
                    },
                    {"tag": "date_picker", "initial_date": "2024-1-5"},
                ],
            },
            {"tag": "hr"},
        ]
        elements.extend(block)
        if card_size_bytes(card) > target:
            del elements[-len(block) :]
            break
        index += 1
    return json.dumps(card, ensure_ascii=False, indent=2)


def measure(text: str, runs: int) -> Stats:
    """Parse + lint of ``text`` (what the editor does after each change), in ms."""
    return repeat_ms(partial(parse, text), runs)  # the warm-up compiles the card checks


def main() -> None:
    small = EXAMPLE.read_text(encoding="utf-8")
    large = large_card()
    for name, text, runs in (("small (ephemeral example)", small, 300), ("near 30 KB", large, 60)):
        doc = parse(text)
        took = measure(text, runs)
        floor = repeat_ms(partial(json.loads, text), runs)
        print(
            f"{name:26s} card {doc.size_bytes / 1024:5.1f} KB, text {len(text.encode()) / 1024:5.1f} KB, "
            f"{len(doc.diagnostics):3d} diagnostics: median {took.median:6.2f} ms, p95 {took.p95:6.2f} ms "
            f"({runs} runs); json.loads alone (the floor): median {floor.median:5.2f} ms"
        )
    # A valid text's spans are scanned on first use (the editor's first cursor query after a parse).
    scan = repeat_ms(partial(scan_spans, large), 60)
    print(
        f"spans + pointer index on first use, 30 KB card: median {scan.median:6.2f} ms, p95 {scan.p95:6.2f} ms"
    )
    # The editor asks for the pointer under the cursor on every cursor move.
    doc = parse(large)
    doc.source_map.pointer_at(0)  # scans the spans and builds the index once
    offsets = range(0, len(large), 7)
    start = time.perf_counter()
    for offset in offsets:
        doc.source_map.pointer_at(offset)
    per_call = (time.perf_counter() - start) / len(offsets) * 1e6
    print(f"pointer_at on the 30 KB card: {per_call:.1f} µs per call ({len(offsets)} calls)")


if __name__ == "__main__":
    main()
