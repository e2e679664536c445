"""Time to draw a card of one markdown text near the 30 KB limit, for several kinds of content.

Each kind is a text that once made parsing or layout quadratic or worse (issue 9): short lines,
list items, a pipe table, ``<br>`` breaks, unclosed emphasis, text tags, a heading with a run
of spaces. For each: ``parse`` of the JSON, ``parse_markdown`` of the text, ``render_image``
(build + layout + paint; the image is capped at MAX_CANVAS_HEIGHT), the preview's first
show on screen (``CardView``: parse, build, layout, paint of the 720x900 viewport; a long text
is laid out where it shows, the rest later while idle) and its show again after a key typed in
the middle of the text (``after key``). Prints median and p95 CPU milliseconds: numbers to
report, not asserts.

Run: ``.venv/bin/python benchmarks/bench_long_text.py [KIND ...]``
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from designer.cards import parse  # noqa: E402
from designer.cards.markdown import clear_inline_cache, parse_markdown  # noqa: E402
from designer.cards.sizes import MAX_CARD_BYTES  # noqa: E402
from designer.render import CardView, RenderOptions, long_text, render_image  # noqa: E402
from designer.render.text import clear_cell_sizes, parsed_markdown  # noqa: E402

KINDS: dict[str, tuple[str, str, str]] = {  # name: (head, repeated unit, tail)
    "prose": ("", "Feishu cards, 飞书卡片 with some words. ", ""),
    "short lines": ("", "line\n", ""),
    "list items": ("", "- item\n", ""),
    "pipe table": ("| a | b |\n|---|---|\n", "| 1 | two |\n", ""),
    "table, rows new": ("| a | b |\n|---|---|\n", "| {n} | r{n} **b** |\n", ""),  # no cell repeats
    "<br> breaks": ("", "a<br>", ""),
    "styled runs": ("", "**b** *i* [l](https://x.cn) <at id=ou_1></at> :OK:\n", ""),
    "unclosed *": ("", "*a ", ""),
    "text tags": ("", "<text_tag color='red'>tag</text_tag>\n", ""),
    "heading spaces": ("# a", " ", "b"),
}


def content(kind: str, size: int = MAX_CARD_BYTES - 200) -> str:
    """``size`` bytes of the kind: its unit repeated (``{n}`` in it counts the units)."""
    head, unit, tail = KINDS[kind]
    room = size - len((head + tail).encode("utf-8"))
    if "{n}" not in unit:
        return head + unit * (room // len(unit.encode("utf-8"))) + tail
    units: list[str] = []
    while room > 0:
        piece = unit.replace("{n}", str(len(units)))
        room -= len(piece.encode("utf-8"))
        if room >= 0:
            units.append(piece)
    return head + "".join(units) + tail


def measure(
    fn: Callable[[], object], repeat: int, setup: Callable[[], object] = lambda: None
) -> tuple[float, float]:
    """Median and p95 CPU ms of ``fn`` (``setup`` runs before each, untimed)."""
    times: list[float] = []
    for _ in range(repeat):
        setup()
        start = time.process_time()
        fn()
        times.append((time.process_time() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def row(kind: str) -> None:
    """One line of the table: the figures for one kind of content."""
    text = content(kind)
    card = json.dumps({"schema": "2.0", "body": {"elements": [{"tag": "markdown", "content": text}]}})
    doc = parse(card)
    sizes: list[str] = []

    def draw() -> None:
        parsed_markdown.cache_clear()  # nothing cached: the first show of the card
        clear_inline_cache()
        clear_cell_sizes()
        image = render_image(doc, RenderOptions())
        sizes[:] = [f"{image.width()}x{image.height()}"]

    # The view is shown (offscreen): a hidden CardView only notes the work to do when shown.
    views: list[CardView] = []

    def fresh_view() -> None:
        parsed_markdown.cache_clear()
        clear_inline_cache()
        long_text.clear_piece_cache()
        clear_cell_sizes()
        for old in views:
            old.deleteLater()
        views[:] = [CardView()]
        views[0].resize(720, 900)
        views[0].show()
        QApplication.processEvents()

    def first_on_screen() -> None:
        views[0].set_document(parse(card))
        views[0].viewport().grab()  # paints the part of the canvas that shows

    view = CardView()
    view.resize(720, 900)
    view.show()
    view.set_document(parse(card))
    view.viewport().grab()
    typed = [0]

    def after_key() -> None:
        # a key in the middle of the text: the card is parsed and shown again (its pieces
        # that the key did not touch were laid out before)
        typed[0] += 1
        middle = len(text) // 2
        edited = text[:middle] + "x" * typed[0] + text[middle:]
        view.set_document(
            parse(
                json.dumps({"schema": "2.0", "body": {"elements": [{"tag": "markdown", "content": edited}]}})
            )
        )
        view.viewport().grab()

    figures = [
        measure(lambda: parse(card), 5),
        measure(lambda: parse_markdown(text, dialect="markdown"), 5, clear_inline_cache),
        measure(draw, 5),
        measure(first_on_screen, 5, fresh_view),
        measure(after_key, 5),
    ]
    view.deleteLater()
    for old in views:
        old.deleteLater()
    cells = " ".join(f"{median:7.1f}/{p95:6.1f}" for median, p95 in figures)
    print(f"{kind:16} {cells}  {sizes[0]}")


def main() -> None:
    app = QApplication.instance() or QApplication([])
    print(
        f"{'content (30 KB)':16} {'parse':>14} {'markdown':>14} {'render_image':>14} {'preview':>14}"
        f" {'after key':>14}  image"
    )
    for kind in sys.argv[1:] or KINDS:  # (kinds named on the command line: only those)
        row(kind)
    del app


if __name__ == "__main__":
    main()
