"""Time from ``Document`` to painted preview, for three cards.

* Feishu's ephemeral example (docs/feishu/ephemeral.md, "The page's example"), goal < 16 ms;
* a 50-element card;
* the card near the 30 KB limit of ``bench_parse.large_card``.

For each: ``parse`` of the JSON text alone, ``render_image`` (build + layout + paint, nothing
cached), ``CardView`` first show (``parse`` + ``set_document`` + paint of the whole canvas),
``CardView`` first show on screen (the same, painting only the 720x900 viewport, as a window does)
and ``CardView`` after a one-element edit (unchanged elements come from the build cache). Prints
median and p95 in ms: numbers, not asserts.

Run: ``.venv/bin/python benchmarks/bench_render.py``
"""

from __future__ import annotations

import json
import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # runs from a checkout
from benchmarks._common import EXAMPLE, Stats, qt_application, repeat_ms
from benchmarks.bench_parse import large_card
from designer.cards import Document, parse
from designer.render import CardView, RenderOptions, render_image


def _pt(text: str) -> dict[str, str]:
    return {"tag": "plain_text", "content": text}


def _block(index: int) -> list[dict[str, Any]]:
    return [
        {
            "tag": "div",
            "text": {
                "tag": "lark_md",
                "content": f"**第 {index} 项** item <at id=ou_{index}></at> [link](https://a.cn/{index})",
            },
        },
        {
            "tag": "action",
            "actions": [
                {"tag": "button", "text": _pt("同意"), "type": "primary", "value": {"i": index}},
                {"tag": "button", "text": _pt("拒绝"), "type": "danger", "value": {"i": -index}},
            ],
        },
        {
            "tag": "column_set",
            "columns": [
                {
                    "tag": "column",
                    "width": "weighted",
                    "weight": 1,
                    "elements": [{"tag": "markdown", "content": f"左 {index}"}],
                },
                {
                    "tag": "column",
                    "width": "weighted",
                    "weight": 2,
                    "elements": [{"tag": "markdown", "content": f"右 {index} <font color='red'>red</font>"}],
                },
            ],
        },
        {"tag": "note", "elements": [_pt(f"备注 note {index}")]},
        {"tag": "hr"},
    ]


def card_with_elements(count: int) -> dict[str, Any]:
    elements: list[dict[str, Any]] = []
    index = 0
    while len(elements) < count:
        elements.extend(_block(index))
        index += 1
    return {"header": {"template": "blue", "title": _pt("周报 Weekly report")}, "elements": elements[:count]}


def measure(doc: Document, runs: int) -> Stats:
    """``render_image`` of ``doc`` with the default options (build + layout + paint), in ms."""
    return repeat_ms(partial(render_image, doc, RenderOptions()), runs)  # the warm-up loads fonts


def main() -> None:
    app = qt_application()
    cards = {
        "ephemeral example": EXAMPLE.read_text(encoding="utf-8"),
        "50 elements": json.dumps(card_with_elements(50), ensure_ascii=False),
        "near 30 KB": large_card(),
    }
    view = CardView()
    view.resize(720, 900)
    view.show()
    print(
        f"{'card':<20}{'bytes':>8}{'elements':>10}  {'parse':>18}  {'render_image':>18}  "
        f"{'CardView first':>18}  {'first, on screen':>18}  {'CardView 1 edit':>18}"
    )
    for name, text in cards.items():
        doc = parse(text)
        card = doc.card or {}
        elements = len(card.get("elements", []))
        parse_ms = repeat_ms(partial(parse, text), 30)
        image_ms = measure(doc, 30)

        def first_show(text: str = text) -> None:
            fresh = CardView()
            fresh.resize(720, 900)
            fresh.set_document(parse(text))
            fresh.canvas().grab()
            fresh.deleteLater()

        first_ms = repeat_ms(first_show, 15)

        def first_on_screen(text: str = text) -> None:
            fresh = CardView()
            fresh.resize(720, 900)
            fresh.set_document(parse(text))
            fresh.viewport().grab()  # paints the part of the canvas that shows
            fresh.deleteLater()

        screen_ms = repeat_ms(first_on_screen, 15)
        edited = json.loads(text)
        target = edited.get("card", edited)
        docs = [parse(text)]
        target["elements"][0] = {"tag": "div", "text": _pt("edited")}
        docs.append(parse(json.dumps(edited, ensure_ascii=False)))

        def one_edit(docs: list[Any] = docs, flip: list[int] = [0]) -> None:  # noqa: B006 - a counter
            flip[0] ^= 1
            view.set_document(docs[flip[0]])
            view.canvas().grab()

        edit_ms = repeat_ms(one_edit, 30)
        figures = (parse_ms, image_ms, first_ms, screen_ms, edit_ms)
        print(
            f"{name:<20}{len(text.encode()):>8}{elements:>10}  "
            + "  ".join(f"{took.median:>7.1f} (p95 {took.p95:>5.1f})" for took in figures)
            + "  ms"
        )
        app.processEvents()
    view.close()


if __name__ == "__main__":
    main()
