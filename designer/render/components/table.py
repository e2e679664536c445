"""Drawer of the table (content-components/table page), with ``TableNode``."""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from designer.cards.markdown import parse_markdown, plain_text
from designer.render.context import (
    HORIZONTAL_ALIGNS,
    BuildContext,
    elements_of,
    one_of,
    px,
    register,
)
from designer.render.nodes import (
    Node,
    elided,
    rounded,
)
from designer.render.text import card_font

_DATE_TOKENS = (("YYYY", "%Y"), ("MM", "%m"), ("DD", "%d"), ("HH", "%H"), ("mm", "%M"))


_CHINA = datetime.timezone(datetime.timedelta(hours=8))  # the preview's stand-in user timezone


def _cell(ctx: BuildContext, value: Any, column: dict[str, Any]) -> str:
    """A table cell as text, by the column's ``data_type`` (table component page)."""
    kind = column.get("data_type")
    if kind == "date" and isinstance(value, int | float) and not isinstance(value, bool):
        fmt = str(column.get("date_format") or "YYYY/MM/DD")
        for token, code in _DATE_TOKENS:
            fmt = fmt.replace(token, code)
        try:
            return datetime.datetime.fromtimestamp(value / 1000, _CHINA).strftime(fmt)
        except (OverflowError, OSError, ValueError):
            return str(value)
    if kind == "number" and isinstance(value, int | float) and not isinstance(value, bool):
        precision = (
            column.get("format", {}).get("precision") if isinstance(column.get("format"), dict) else None
        )
        if isinstance(precision, int) and not isinstance(precision, bool):
            return f"{value:,.{int(px('table', 'precision', precision, 0))}f}"
        return f"{value:,}"
    if isinstance(value, str):
        if kind in ("lark_md", "markdown") or "<" in value or "*" in value:
            return plain_text(parse_markdown(value))
        return value
    if isinstance(value, list):
        return ", ".join(_cell(ctx, v, {}) for v in value)
    if isinstance(value, dict):
        return ctx.i18n(value) or str(value.get("text", value.get("name", value.get("id", ""))))
    return "" if value is None else str(value)


class TableNode(Node):
    """``table``: a header row and data rows in a bordered grid (first ``page_size`` rows)."""

    def __init__(
        self,
        pointer: str | None,
        *,
        headers: list[str],
        rows: list[list[str]],
        colors: dict[str, str],
        font_size: int,
        header_visible: bool,
        header_bold: bool = True,
        header_align: str = "left",
    ) -> None:
        super().__init__("table", pointer)
        self.headers = headers
        self.rows = rows
        self.colors = dict(colors)
        self.font = card_font(font_size)
        # header_style (table.md): "bold" (default true) and "text_align" (default left)
        self.header_font = card_font(font_size, bold=header_bold)
        self.header_align = _ALIGN_FLAGS.get(header_align, Qt.AlignmentFlag.AlignLeft)
        self.header_visible = header_visible
        self.text = "\n".join(["\t".join(headers), *("\t".join(r) for r in rows)])
        self.row_height = QFontMetricsF(self.font).height() + 16  # the height of a one-line row
        self.column_widths: list[float] = []
        self.row_heights: list[float] = []

    def _lines(self) -> list[list[str]]:
        return ([self.headers] if self.header_visible else []) + self.rows

    def do_layout(self, width: float) -> float:
        lines = self._lines()
        self.column_widths = self._fit_columns(width)
        self.row_heights = []
        for row_index, row in enumerate(lines):
            font = self.header_font if self.header_visible and row_index == 0 else self.font
            height = self.row_height
            for col, cell_w in enumerate(self.column_widths):
                value = row[col] if col < len(row) else ""
                text_height = _wrapped(value, font, cell_w - 2 * _CELL_PADDING)[2].height()
                height = max(height, text_height + 16)
            self.row_heights.append(height)
        return sum(self.row_heights) + 1

    def _fit_columns(self, width: float) -> list[float]:
        """Narrow columns keep the width of their text; the wide ones share the rest equally.

        A cell that still does not fit wraps to more lines (Feishu scrolls a wide table sideways;
        a still picture shows the whole text instead of cutting it off).
        """
        columns = max(1, len(self.headers))
        natural = [0.0] * columns
        metrics = {
            id(self.font): QFontMetricsF(self.font),
            id(self.header_font): QFontMetricsF(self.header_font),
        }
        for row_index, row in enumerate(self._lines()):
            font = self.header_font if self.header_visible and row_index == 0 else self.font
            for col in range(columns):
                value = row[col] if col < len(row) else ""
                advance = metrics[id(font)].horizontalAdvance(value) + 2 * _CELL_PADDING + 1
                natural[col] = max(natural[col], advance)
        widths = [0.0] * columns
        left = list(range(columns))
        room = width
        while left:
            share = room / len(left)
            small = [col for col in left if natural[col] <= share]
            if not small or len(small) == len(left):  # the rest share what is left equally
                for col in left:
                    widths[col] = share
                break
            for col in small:
                widths[col] = natural[col]
                room -= natural[col]
                left.remove(col)
        return widths

    def paint(self, painter: QPainter) -> None:
        if not self.column_widths:
            return
        y = 0.0
        rounded(painter, self.rect(), 4, self.colors["background"], self.colors["border"])
        lines = self._lines()
        for row_index, row in enumerate(lines):
            is_header = self.header_visible and row_index == 0
            height = self.row_heights[row_index]
            if is_header:
                painter.fillRect(QRectF(1, 1, self.w - 2, height - 1), QColor(self.colors["header"]))
            font = self.header_font if is_header else self.font
            align = self.header_align if is_header else Qt.AlignmentFlag.AlignLeft
            painter.setFont(font)
            painter.setPen(QColor(self.colors["text"]))
            x = 0.0
            for col, cell_w in enumerate(self.column_widths):
                value = row[col] if col < len(row) else ""
                shown, flags, _size = _wrapped(value, font, cell_w - 2 * _CELL_PADDING)
                rect = QRectF(x + _CELL_PADDING, y, cell_w - 2 * _CELL_PADDING, height)
                painter.drawText(rect, flags | Qt.AlignmentFlag.AlignVCenter | align, shown)
                x += cell_w
            y += height
            if row_index < len(lines) - 1:
                painter.fillRect(QRectF(0, y, self.w, 1), QColor(self.colors["border"]))
        x = 0.0
        for cell_w in self.column_widths[:-1]:
            x += cell_w
            painter.fillRect(QRectF(x, 0, 1, self.h), QColor(self.colors["border"]))


_CELL_PADDING = 12.0
_ALIGN_FLAGS = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
}


def _wrapped(text: str, font: QFont, width: float) -> tuple[str, int, QRectF]:
    """``text`` as drawn in ``width``: wrapped at words, or cut off with "…" when one word (an id,
    a URL) is longer than the width; with the Qt text flags and the size it takes."""
    metrics = QFontMetricsF(font)
    box = QRectF(0, 0, max(1.0, width), 1e6)
    flags = int(Qt.TextFlag.TextWordWrap)
    size = metrics.boundingRect(box, flags, text)
    if size.width() > box.width() + 0.5:
        shown = elided(text, font, box.width())
        return shown, 0, metrics.boundingRect(box, 0, shown)
    return text, flags, size


def draw_table(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    t = ctx.theme
    columns = [c for c in elements_of(element.get("columns")) if isinstance(c, dict)]
    headers = [str(c.get("display_name") or c.get("name") or "") for c in columns]
    page_size = element.get("page_size", 5)
    page = int(px("table", "page_size", page_size, 5))
    rows = [
        [_cell(ctx, row.get(str(column.get("name", ""))), column) for column in columns]
        for row in elements_of(element.get("rows"))[:page]
        if isinstance(row, dict)
    ]
    raw_style = element.get("header_style")
    header_style: dict[str, Any] = raw_style if isinstance(raw_style, dict) else {}
    return TableNode(
        pointer,
        headers=headers,
        rows=rows,
        colors={"border": t.border, "header": t.table_header, "text": t.text, "background": t.surface},
        font_size=t.metrics.text_size,
        header_visible=header_style.get("visible", True) is not False,
        header_bold=header_style.get("bold", True) is not False,
        header_align=one_of(header_style.get("text_align"), HORIZONTAL_ALIGNS),
    )


register(
    {
        "table": draw_table,
    }
)
