"""Long markdown in the preview is laid out where it shows (issue 9: a 30 KB card of any content
draws in well under 100 ms, and a keystroke does not lay out 30 KB again).

The work is counted, not timed: pieces built and laid out at the first show, after a scroll,
after an edit; and the pieces draw exactly what one document of the whole text draws.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from designer.cards import parse
from designer.render import CardView, RenderOptions, long_text
from designer.render import text as text_module
from designer.render.long_text import PIECE_LINES, LongTextNode
from designer.render.scene import CardScene
from designer.render.text import TextStyle, rich_document
from designer.render.theme import LIGHT

CONTENTS = {
    "list items": "".join(f"- item {n} 😀 飞书\n" for n in range(400)),
    "short lines": "".join(f"line {n} 😀\n" for n in range(400)),
    "br breaks": "".join(f"a{n} 😀<br>" for n in range(400)),
    "styled runs": "**b** *i* [l](https://x.cn) <at id=ou_1></at> :OK: 飞书卡片\n" * 300,
    "mixed": (
        "# Title 😀\n"
        + "Feishu cards, 飞书卡片 with some words that wrap over the line. " * 30
        + "\n"
        + "".join(f"{n}. numbered {n}\n" for n in range(150))
        + "```\n"
        + "".join(f"code line {n}\n" for n in range(120))
        + "```\n"
        + "| a | b |\n|---|---|\n"
        + "".join(f"| {n} | r{n} **b** |\n" for n in range(60))
        + "\n---\n"
        + "> quoted 😀\n"
        + "<text_tag color='red'>tag</text_tag> after\n" * 150
        + "    - deeper\n" * 100
    ),
    # a table cut between rows: every row new, wide and narrow cells, bold, links, tags, emoji
    "table rows": "text before the table\n"
    + "| n | what | more |\n|---|:---:|---|\n"
    + "".join(
        f"| {n} | r{n} **b** 😀 飞书 | [l{n}](https://x.cn/{n}) <text_tag color='red'>t</text_tag>"
        + " words" * (n % 9)
        + " |\n"
        for n in range(300)
    )
    + "\ntext after the table 😀\n",
}


def _card(content: str) -> str:
    return json.dumps({"schema": "2.0", "body": {"elements": [{"tag": "markdown", "content": content}]}})


def _long_texts(scene: CardScene | None) -> list[LongTextNode]:
    assert scene is not None
    return [node for node, _ in scene.nodes() if isinstance(node, LongTextNode)]


def _paint(scene: CardScene) -> QImage:
    image = QImage(round(scene.width), round(scene.height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        scene.paint(painter)
    finally:
        painter.end()
    return image


@pytest.fixture
def counted_builds(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The number of lines of every piece built (a fresh cache: nothing built before)."""
    long_text.clear_piece_cache()
    built: list[int] = []
    build = long_text.blocks_document

    def counted(blocks: Any, *args: Any) -> Any:
        built.append(sum(long_text._line_count(block) for block in blocks))
        return build(blocks, *args)

    monkeypatch.setattr(long_text, "blocks_document", counted)
    yield built
    long_text.clear_piece_cache()


@pytest.mark.parametrize("kind", list(CONTENTS))
@pytest.mark.parametrize("width", [None, 300.0])
def test_pieces_draw_exactly_what_one_document_draws(qapp: Any, kind: str, width: float | None) -> None:
    doc = parse(_card(CONTENTS[kind]))
    whole = CardScene(doc, RenderOptions())
    whole.layout(width)
    lazy = CardScene(doc, RenderOptions(), lazy_text=True)
    lazy.layout(width)
    (node,) = _long_texts(lazy)
    assert len(node.pieces) > 3
    while lazy.refine(lambda: True) or lazy.pending():
        pass
    assert (lazy.width, lazy.height) == (whole.width, whole.height)
    assert _paint(lazy) == _paint(whole)
    assert [(e.pointer, e.rect, e.text) for e in lazy.drawn_elements()] == [
        (e.pointer, e.rect, e.text) for e in whole.drawn_elements()
    ]


def _paint_part(scene: CardScene, visible: QRectF) -> QImage:
    """What the view paints when ``visible`` (scene px) is exposed: only that part."""
    image = QImage(round(scene.width), round(scene.height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        painter.setClipRect(visible)
        scene.paint(painter, visible=visible)
    finally:
        painter.end()
    return image


def test_a_long_table_draws_any_part_as_the_whole_table(qapp: Any) -> None:
    # The view paints only what scrolled into view: a part may begin in any row of any piece
    # of a table cut between rows, on a border or inside a cell.
    doc = parse(_card(CONTENTS["table rows"]))
    whole = CardScene(doc, RenderOptions())
    whole.layout(None)
    lazy = CardScene(doc, RenderOptions(), lazy_text=True)
    lazy.layout(None)
    (node,) = _long_texts(lazy)
    while lazy.refine(lambda: True) or lazy.pending():
        pass
    rect = next(r for n, r in lazy.nodes() if n is node)
    for index in range(1, 5):  # around where pieces meet, a pixel at a time, and between
        boundary = rect.top() + node.tops[index]
        for top in [boundary - 2, boundary - 1, boundary, boundary + 1, boundary + 17]:
            visible = QRectF(0, top, lazy.width, 97)
            assert _paint_part(lazy, visible) == _paint_part(whole, visible), (index, top)


def _show(qtbot: QtBot, content: str) -> CardView:
    view = CardView()
    qtbot.addWidget(view)
    # (a scroll bar that appears later narrows the text: all of it is laid out anew then)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    view.resize(720, 900)
    view.show()
    qtbot.waitExposed(view)
    view.set_document(parse(_card(content)))  # (no event handled until the test waits)
    return view


@pytest.mark.parametrize("lines", [1_000, 4_000])
def test_the_first_show_lays_out_only_what_shows(qtbot: QtBot, counted_builds: list[int], lines: int) -> None:
    # Before: all 4,000 items built and laid out, 60 ms of the first show and of every key.
    view = _show(qtbot, "".join(f"- item {n} 😀\n" for n in range(lines)))
    (node,) = _long_texts(view.scene())
    viewport_lines = view.viewport().height() / 22
    # What shows, and at most a piece more: the same work for 1,000 items and for 4,000.
    assert sum(counted_builds) <= viewport_lines + 2 * PIECE_LINES
    assert node.layouts == len(counted_builds)
    view.viewport().grab()
    assert node.layouts == len(counted_builds)  # painting what shows needed nothing more
    # While idle, the rest: then the height is exact and every piece laid out once.
    qtbot.waitUntil(lambda: not view.scene().pending(), timeout=20_000)  # type: ignore[union-attr]
    assert node.layouts == len(node.pieces) == len(counted_builds)
    whole = CardScene(parse(_card("".join(f"- item {n} 😀\n" for n in range(lines)))), RenderOptions())
    whole.layout(view.viewport().width())
    assert view.canvas().height() == round(whole.height)


def test_a_scroll_lays_out_what_comes_into_view(qtbot: QtBot, counted_builds: list[int]) -> None:
    view = _show(qtbot, "".join(f"line {n} 飞书\n" for n in range(4_000)))
    (node,) = _long_texts(view.scene())
    before = node.layouts
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    assert 1 <= node.layouts - before <= 3  # the pieces now in view, not the ones between
    top = view.verticalScrollBar().value()
    shown = [
        piece.exact(node.width)
        for piece, y in zip(node.pieces, node.tops, strict=False)
        if top <= y < top + 900
    ]
    assert shown and all(shown)


def test_what_the_person_looks_at_stays_put_while_the_rest_is_laid_out(qtbot: QtBot) -> None:
    # Items that wrap (the estimate is off): the text above the viewport grows or shrinks as
    # it is laid out, and the scroll position follows it.
    long_text.clear_piece_cache()
    content = "".join(f"- item {n} " + "飞书卡片 words 😀 " * (n % 7) + "\n" for n in range(3_000))
    view = _show(qtbot, content)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    (node,) = _long_texts(view.scene())
    assert node.pending()
    before = view.viewport().grab().toImage()
    qtbot.waitUntil(lambda: not node.pending(), timeout=20_000)
    qtbot.wait(50)  # the last repaint
    assert view.viewport().grab().toImage() == before
    long_text.clear_piece_cache()


def test_a_key_in_a_long_text_builds_only_the_piece_it_changed(
    qtbot: QtBot, counted_builds: list[int]
) -> None:
    lines = [f"- item {n} 😀\n" for n in range(4_000)]
    view = _show(qtbot, "".join(lines))
    qtbot.waitUntil(lambda: not view.scene().pending(), timeout=20_000)  # type: ignore[union-attr]
    counted_builds.clear()
    lines[2_000] = "- item typed 😀x\n"
    view.set_document(parse(_card("".join(lines))))
    (node,) = _long_texts(view.scene())
    qtbot.waitUntil(lambda: not node.pending(), timeout=20_000)
    assert counted_builds == [PIECE_LINES]  # the piece with the key; the others as they were
    assert node.layouts == 1


def test_a_link_in_the_middle_of_a_long_text_is_clicked(qtbot: QtBot) -> None:
    content = "".join(f"- item {n}\n" for n in range(2_000)) + "[the link](https://example.com/x)\n"
    content += "".join(f"- more {n}\n" for n in range(2_000))
    view = _show(qtbot, content)
    (node,) = _long_texts(view.scene())
    scene = view.scene()
    assert scene is not None
    rect = next(r for n, r in scene.nodes() if n is node)
    index = next(i for i, piece in enumerate(node.pieces) if "the link" in str(piece.blocks))
    view.verticalScrollBar().setValue(round(rect.top() + node.tops[index]))
    # the piece is laid out now: its link's line is the first line after its items
    lines_before = sum(
        len(block.items) if hasattr(block, "items") else 1 for block in node.pieces[index].blocks[:-1]
    )
    point = QPointF(rect.left() + 20, rect.top() + node.tops[index] + 22 * lines_before + 11)
    with qtbot.waitSignal(view.url_requested, timeout=2_000) as signal:
        view.click_at(point)
    assert signal.args == ["https://example.com/x"]


def test_a_link_in_a_cell_in_the_middle_of_a_long_table_is_clicked(qtbot: QtBot) -> None:
    rows = "".join(f"| {n} | [row {n}](https://example.com/{n}) 😀 |\n" for n in range(1_000))
    view = _show(qtbot, "| n | link |\n|---|---|\n" + rows)
    (node,) = _long_texts(view.scene())
    scene = view.scene()
    assert scene is not None
    rect = next(r for n, r in scene.nodes() if n is node)
    index = len(node.pieces) // 2  # a piece of rows that neither begins nor ends the table
    view.verticalScrollBar().setValue(round(rect.top() + node.tops[index]))
    doc = node.pieces[index].doc  # (laid out: it shows)
    assert doc is not None
    (table,) = text_module.tables_of(doc)
    assert not table.first and not table.last
    row = 3
    y = node.tops[index] + (table.row_y[row] + table.row_y[row + 1]) / 2
    x = table.column_x[1] + 12
    expected = f"https://example.com/{PIECE_LINES - 1 + PIECE_LINES * (index - 1) + row}"
    with qtbot.waitSignal(view.url_requested, timeout=2_000) as signal:
        view.click_at(QPointF(rect.left() + x, rect.top() + y))
    assert signal.args == [expected]


def test_the_image_export_lays_out_everything_at_once(qapp: Any) -> None:
    scene = CardScene(parse(_card("".join(f"- item {n}\n" for n in range(1_000)))), RenderOptions())
    scene.layout(None)
    assert not _long_texts(scene)  # one document, laid out whole, as the PNG always was
    assert not scene.pending()
    assert scene.height > 1_000 * 22


def test_the_same_long_text_at_two_widths_is_laid_out_once_each(
    qtbot: QtBot, counted_builds: list[int]
) -> None:
    # Pieces kept by content alone were shared by texts alike: each laid them out at its own
    # width in turn, for ever.
    text = "".join(f"- item {n} 😀 飞书卡片 words\n" for n in range(600))
    markdown = {"tag": "markdown", "content": text}
    columns = {
        "tag": "column_set",
        "columns": [
            {"tag": "column", "width": "weighted", "weight": 1, "elements": [markdown]},
            {"tag": "column", "width": "weighted", "weight": 2, "elements": [markdown]},
        ],
    }
    view = _show(qtbot, text)
    qtbot.waitUntil(lambda: not view.scene().pending(), timeout=20_000)  # type: ignore[union-attr]
    (first,) = _long_texts(view.scene())
    # The same text added in two columns: the first one's pieces are built (at its width).
    view.set_document(parse(json.dumps({"schema": "2.0", "body": {"elements": [markdown, columns]}})))
    nodes = _long_texts(view.scene())
    assert len({node.width for node in nodes}) == 3
    qtbot.waitUntil(lambda: not view.scene().pending(), timeout=5_000)  # type: ignore[union-attr]
    assert nodes[0] is first  # (kept: its element did not change)
    assert [node.layouts for node in nodes] == [len(node.pieces) for node in nodes]  # once each


LINES = st.sampled_from(
    [
        "plain words 飞书 😀",
        "- item",
        "    - deeper item that is long enough to wrap " + "words " * 12,
        "1. first",
        "# Heading",
        "> quote",
        "```",
        "---",
        "",
        "| a | b |",
        "|---|---|",
        "**bold** <font color='red'>red</font> [link](https://x.cn)",
        "<text_tag color='blue'>tag</text_tag>",
        "a<br>b<br>c",
    ]
)


@settings(max_examples=25, deadline=None, derandomize=True)
@given(st.lists(LINES, min_size=130, max_size=300), st.sampled_from([None, 260.0]))
def test_any_long_markdown_has_the_height_of_one_document(
    qapp: Any, lines: list[str], width: float | None
) -> None:
    doc = parse(_card("\n".join(lines)))
    whole = CardScene(doc, RenderOptions())
    whole.layout(width)
    lazy = CardScene(doc, RenderOptions(), lazy_text=True)
    lazy.layout(width)
    while lazy.refine(lambda: True) or lazy.pending():
        pass
    assert (lazy.width, lazy.height) == (whole.width, whole.height)


def test_a_key_in_a_long_table_measures_only_the_cell_it_changed(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every cell of a 30 KB table was measured again after each key (its columns need them all).
    text_module.clear_cell_sizes()
    rows = [f"| {n} | r{n} **b** 😀 |\n" for n in range(1_000)]
    rich_document("| a | b |\n|---|---|\n" + "".join(rows), "markdown", LIGHT, TextStyle(), "en_us")
    measured: list[float] = []
    lay_out = text_module.GridTable._lay_out

    def counted(table: Any, layout: Any, width: float) -> Any:
        measured.append(width)
        return lay_out(table, layout, width)

    monkeypatch.setattr(text_module.GridTable, "_lay_out", counted)
    rows[500] = "| 500 | typed |\n"
    doc = rich_document("| a | b |\n|---|---|\n" + "".join(rows), "markdown", LIGHT, TextStyle(), "en_us")
    assert measured == [text_module._UNBOUNDED]  # the new cell, once
    (table,) = text_module.tables_of(doc)
    # the same columns and rows as a table measured from nothing
    text_module.clear_cell_sizes()
    fresh = rich_document("| a | b |\n|---|---|\n" + "".join(rows), "markdown", LIGHT, TextStyle(), "en_us")
    (again,) = text_module.tables_of(fresh)
    for one in (table, again):
        one.layout(560)
    assert (table.column_x, table.row_y) == (again.column_x, again.row_y)
    text_module.clear_cell_sizes()


def test_a_long_table_lays_out_only_the_rows_that_show(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    # A table whose every row is new was built and each of its cells laid out on every show
    # (its columns were measured by laying out all of them): 3,000 cells for a 30 KB table.
    text_module.clear_cell_sizes()
    long_text.clear_piece_cache()
    laid_out: list[float] = []
    lay_out = text_module.GridTable._lay_out

    def counted(table: Any, layout: Any, width: float) -> Any:
        laid_out.append(width)
        return lay_out(table, layout, width)

    monkeypatch.setattr(text_module.GridTable, "_lay_out", counted)
    rows = 1_500
    content = "| n | row |\n|---|---|\n" + "".join(f"| {n} | r{n} **b** 😀 |\n" for n in range(rows))
    view = _show(qtbot, content)
    view.viewport().grab()
    (node,) = _long_texts(view.scene())
    shown_rows = view.viewport().height() / 30  # (a row is 35 px: fewer than this)
    # Each cell of the rows that show, and of a piece more, laid out once or twice (its own
    # width, then its column's): not the 3,000 cells of the table.
    assert len(laid_out) <= 2 * 2 * (shown_rows + 2 * PIECE_LINES)
    assert node.layouts <= 3
    text_module.clear_cell_sizes()
    long_text.clear_piece_cache()
