"""Markdown pipe tables drawn as our own grid (issue 9: a 3,000-row ``QTextTable`` took 300 ms
to lay out before the first paint): the same geometry as the ``QTextTable`` had, linear work,
only the rows that show painted, links in cells still found."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextOption,
    QTextTableFormat,
)
from pytestqt.qtbot import QtBot

from designer.cards import parse
from designer.cards.markdown import Inline
from designer.render import CardView
from designer.render.text import (
    GridTable,
    TextStyle,
    anchor_at,
    card_font,
    rich_document,
    strike_through,
    tables_of,
)
from designer.render.theme import DARK, LIGHT
from tests.helpers.linearity import GROWTH_BOUND, growth

TABLES = {
    "narrow and wide": [["名称", "a long header here"], ["苹果 😀", "3"], ["x", "a b c d e f g h i j " * 4]],
    "three columns": [["a", "b", "c"], ["one two three", "😀😀😀 飞书卡片", "4"], ["5", "6", "seven eight"]],
    "all short": [["id", "n"], ["1", "2"], ["3", "4"]],
    "one column": [["only"], ["one cell of many words that wrap over lines " * 2]],
    "an unbreakable word": [["k", "v"], ["url", "https://open.feishu.cn/" + "x" * 80]],
}


def pipe_table(cells: list[list[str]]) -> str:
    header, *rows = cells
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def grid_of(content: str, width: float, theme: Any = LIGHT) -> tuple[QTextDocument, GridTable]:
    doc = rich_document(content, "markdown", theme, TextStyle(), "en_us")
    doc.setTextWidth(width)
    doc.size()
    (table,) = tables_of(doc)
    return doc, table


def qt_table(cells: list[list[str]], width: float) -> tuple[list[float], float]:
    """The ``QTextTable`` the grid replaced, built as it was: each column's text width (the
    width of its cells' lines) and the table's height."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(card_font(14))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    fmt = QTextTableFormat()
    fmt.setBorder(1)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setCellSpacing(0)
    fmt.setCellPadding(6)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    cursor = QTextCursor(doc)
    table = cursor.insertTable(len(cells), len(cells[0]), fmt)
    for row, values in enumerate(cells):
        for column, value in enumerate(values):
            char = QTextCharFormat()
            char.setFontWeight(QFont.Weight.Bold if row == 0 else QFont.Weight.Normal)
            table.cellAt(row, column).firstCursorPosition().insertText(
                value.strip(), char
            )  # as the pipe table trims it
    doc.setTextWidth(width)
    doc.size()
    widths = [
        table.cellAt(0, column).firstCursorPosition().block().layout().lineAt(0).width()
        for column in range(len(cells[0]))
    ]
    return widths, doc.documentLayout().frameBoundingRect(table).height()


@pytest.mark.parametrize("width", [300.0, 560.0])
@pytest.mark.parametrize("name", list(TABLES))
def test_columns_and_height_as_the_qt_table_had(qapp: Any, name: str, width: float) -> None:
    cells = TABLES[name]
    _doc, table = grid_of(pipe_table(cells), width)
    widths, height = qt_table(cells, width)
    inner = [right - left - 1 - 12 for left, right in zip(table.column_x, table.column_x[1:], strict=False)]
    assert inner == pytest.approx(widths, abs=0.5)
    assert table.height == pytest.approx(height, abs=0.5)


@settings(max_examples=25, deadline=None, derandomize=True)
@given(
    cells=st.integers(1, 4).flatmap(
        lambda columns: st.lists(
            st.lists(
                st.text(alphabet="ab 飞书😀1", min_size=1, max_size=30), min_size=columns, max_size=columns
            ),
            min_size=2,
            max_size=4,
        )
    ),
    width=st.sampled_from([200.0, 320.0, 560.0]),
)
def test_any_table_gets_the_qt_table_columns(qapp: Any, cells: list[list[str]], width: float) -> None:
    cells = [[value.strip() or "x" for value in row] for row in cells]  # a cell of spaces is empty
    _doc, table = grid_of(pipe_table(cells), width)
    widths, height = qt_table(cells, width)
    inner = [right - left - 1 - 12 for left, right in zip(table.column_x, table.column_x[1:], strict=False)]
    assert inner == pytest.approx(widths, abs=0.5)
    assert table.height == pytest.approx(height, abs=0.5)


def paint(doc: QTextDocument, clip: QRectF, theme: Any = LIGHT) -> QImage:
    image = QImage(int(clip.right()) + 1, int(clip.bottom()) + 1, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(theme.surface))
    painter = QPainter(image)
    painter.setClipRect(clip)
    doc.drawContents(painter, clip)
    painter.end()
    return image


def test_cells_line_up_in_rows_and_columns(qapp: Any) -> None:
    doc, table = grid_of("before\n\n" + pipe_table(TABLES["three columns"]) + "\nafter", 400)
    image = paint(doc, QRectF(0, 0, 400, doc.size().height()))
    top = doc.begin().next().layout().position().y()  # the table's block, under "before"
    border = QColor(LIGHT.border).name()
    # A border line at every column edge, from the top border to the bottom one, and the rows
    # one under another with a border line between them: every cell of a column starts at the
    # same x, every cell of a row at the same y.
    for x in table.column_x:
        assert all(
            image.pixelColor(int(x) - 1, int(top + y)).name() == border
            for y in range(2, int(table.height) - 2)
        )
    for y in table.row_y:
        assert all(
            image.pixelColor(int(x), int(top + y) - 1).name() == border
            for x in range(2, int(table.column_x[-1]) - 1)
        )
    # each cell's text within its own box
    for index, block in enumerate(table.blocks):
        row, column = divmod(index, table.columns)
        layout = block.layout()
        height = layout.boundingRect().height()
        assert layout.lineAt(0).naturalTextWidth() <= table.column_x[column + 1] - table.column_x[column] - 13
        assert table.row_y[row] + 6 + height <= table.row_y[row + 1] - 1 - 6 + 0.5
    # the header row is tinted, the text under the table follows it
    assert (
        image.pixelColor(int(table.column_x[0]) + 1, int(top + table.row_y[0]) + 1).name()
        == LIGHT.table_header
    )
    assert doc.lastBlock().layout().position().y() == pytest.approx(top + table.height)


def test_dark_theme_table_borders_and_header(qapp: Any) -> None:
    doc, table = grid_of(pipe_table(TABLES["all short"]), 300, DARK)
    image = paint(doc, QRectF(0, 0, 300, table.height), DARK)
    assert image.pixelColor(int(table.column_x[1]) - 1, 10).name() == QColor(DARK.border).name()
    assert (
        image.pixelColor(int(table.column_x[0]) + 1, int(table.row_y[0]) + 1).name()
        == QColor(DARK.table_header).name()
    )


def test_a_link_in_a_cell_is_found_after_emoji(qapp: Any) -> None:
    doc, table = grid_of(
        "text\n\n| 😀😀 [open](https://x.cn) | b |\n|---|---|\n| 飞书 | [two](https://y.cn) |", 400
    )
    top = doc.begin().next().layout().position().y()
    first = table.blocks[0].layout().lineAt(0)
    link_x = first.cursorToX(5)[0]  # after two emoji (4 UTF-16 units) and a space: the link
    cell_x, cell_y = table.column_x[0] + 6, table.row_y[0] + 6
    assert anchor_at(doc, QPointF(cell_x + link_x + 3, top + cell_y + 8)) == "https://x.cn"
    assert anchor_at(doc, QPointF(cell_x + 2, top + cell_y + 8)) == ""  # on an emoji
    second = table.blocks[3].layout().lineAt(0)
    x = table.column_x[1] + 6 + second.naturalTextWidth() / 2
    assert anchor_at(doc, QPointF(x, top + table.row_y[1] + 6 + 8)) == "https://y.cn"
    assert anchor_at(doc, QPointF(5, 5)) == ""  # on the text above


def rows(count: int, *, same: bool) -> str:
    body = "\n".join(
        f"| {'cell' if same else f'cell {i}'} | {'two' if same else f'{i * 7} two'} |" for i in range(count)
    )
    return "| a | b |\n|---|---|\n" + body


def test_cells_of_the_same_content_are_measured_once(qapp: Any) -> None:
    # 3,000 rows of the same two cells: two (and the header) shaped to measure; lines are made
    # for the cells painted, not for the rest.
    doc, table = grid_of(rows(3_000, same=True), 560)
    paint(doc, QRectF(0, 0, 560, 400))
    laid_out = {block.blockNumber() for block in table.blocks if block.layout().lineCount()}
    shown = sum(1 for top in table.row_y if top < 400) * table.columns
    assert len(laid_out) <= shown + 4


def test_cells_alike_in_a_column_share_one_block(qapp: Any) -> None:
    # Building a block per cell was most of showing a 30 KB table, and again after every key
    # (issue 9): 3,000 rows of the same two cells are the header's two blocks and two more (and the last row one).
    _doc, table = grid_of(rows(3_000, same=True) + "\n| cell | cell |", 560)
    assert table.cells_doc.blockCount() == 5  # "cell" in the second column is a block of its own
    assert len(table.blocks) == 3_002 * 2
    assert table.blocks[-1].text() == table.blocks[-2].text() == "cell"
    assert table.blocks[-1].blockNumber() != table.blocks[-2].blockNumber()


def test_a_paint_draws_only_the_rows_in_the_clip(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    doc, table = grid_of(rows(2_000, same=False), 560)
    drawn: list[int] = []
    cell = GridTable._cell

    def counted(self: GridTable, index: int) -> Any:
        drawn.append(index)
        return cell(self, index)

    monkeypatch.setattr(GridTable, "_cell", counted)
    middle = table.row_y[1_000]
    image = paint(doc, QRectF(0, middle, 560, 300))
    rows_drawn = {index // table.columns for index in drawn}
    assert rows_drawn and min(rows_drawn) >= 995 and max(rows_drawn) <= 1_020
    assert image.pixelColor(100, int(middle) + 150).name() != "#000000"  # something was painted there


def test_table_layout_and_first_paint_grow_linearly(qapp: Any) -> None:
    def make(size: int) -> Callable[[], object]:
        content = rows(size, same=False)

        def work() -> object:
            doc = rich_document(content, "markdown", LIGHT, TextStyle(), "en_us")
            doc.setTextWidth(560)
            doc.size()
            return paint(doc, QRectF(0, 0, 560, 900))

        return work

    assert growth(make, 100) < GROWTH_BOUND


def test_a_checked_checker_strikes_its_table_cells(qapp: Any) -> None:
    doc, table = grid_of(pipe_table(TABLES["all short"]), 300)
    height = table.height
    strike_through(doc)
    doc.setTextWidth(301)
    doc.size()
    assert all(piece.format.fontStrikeOut() for block in table.blocks for piece in block.textFormats())
    assert table.height == height  # measured again: the same table, its text struck
    image = paint(doc, QRectF(0, 0, 301, table.height))
    x, y = int(table.column_x[0] + 6), int(table.row_y[1] + 6)  # the "1" of the first body row
    assert any(image.pixelColor(x + dx, y + dy).name() != "#ffffff" for dx in range(8) for dy in range(21))


def test_clicking_a_link_in_a_table_cell_opens_it(qtbot: QtBot) -> None:
    view = CardView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    content = "| 😀 a |\n|---|\n| [clickable link text](https://open.feishu.cn) |"
    card = {"schema": "2.0", "body": {"elements": [{"tag": "markdown", "content": content}]}}
    view.set_document(parse(json.dumps(card)))
    rect = next(e.rect for e in view.drawn_elements() if e.pointer == "/body/elements/0")
    # two rows of one line each: the body row is the lower half of the table
    with qtbot.waitSignal(view.url_requested) as blocker:
        qtbot.mouseClick(
            view.canvas(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(round(rect.left() + 30), round(rect.top() + rect.height() * 0.75)),
        )
    assert blocker.args == ["https://open.feishu.cn"]


def test_cells_alike_are_found_without_hashing_them_run_by_run(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Hashing each cell's runs to find the cells alike was most of building a 30 KB table that
    # repeats (issue 9); the parse gives alike cells one object, found by it.
    hashed: list[Inline] = []
    real = Inline.__hash__

    def counted(run: Inline) -> int:
        hashed.append(run)
        return real(run)

    monkeypatch.setattr(Inline, "__hash__", counted)
    grid_of(rows(3_000, same=True), 560)
    assert len(hashed) < 100
