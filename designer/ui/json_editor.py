"""The card JSON editor: the one place the card text changes.

Everything that edits the card (typing, the palette, the outline, format) goes through this
widget's ``QTextCursor``, so one undo stack covers all of it. Besides plain editing it gives line
numbers, a current-line band, bracket matching, auto-indent, closing brackets and quotes, and
underlines each diagnostic at its exact span with the message as tooltip.

Positions in this API are code points of the text (what ``designer.cards`` uses); conversion to
Qt's UTF-16 positions happens here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QMimeData, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontDatabase,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from designer.cards import Diagnostic, Severity, code_point_offset, utf16_offset
from designer.ui.app_theme import is_dark
from designer.ui.brackets import brackets_of, find_partner
from designer.ui.json_highlighter import JsonHighlighter
from designer.ui.status_colors import SEVERITY_STATUS, Status, status_color

ELEMENT_MIME_TYPE = "application/x-card-designer-element"
INDENT = "  "
_PAIRS = {"{": "}", "[": "]", '"': '"'}


def _lines(block: QTextBlock, step: int) -> Iterator[str]:
    """The text of the blocks after (``step`` 1) or before (-1) ``block``, nearest first."""
    block = block.next() if step > 0 else block.previous()
    while block.isValid():
        yield block.text()
        block = block.next() if step > 0 else block.previous()


class TextEditLike(Protocol):
    """A replacement of ``text[start:end]`` by ``new_text`` (``designer.cards.edits.TextEdit``)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def new_text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int  # Qt positions
    end: int
    diagnostic: Diagnostic


class _LineNumberArea(QWidget):
    """The gutter: paints line numbers for the editor it belongs to."""

    def __init__(self, editor: JsonEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self._editor.line_number_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._editor.paint_line_numbers(event)


class JsonEditor(QPlainTextEdit):
    """A plain-text editor for card JSON.

    Signals:
        files_dropped(list[Path]): files were dropped on the editor (the window opens them).
        element_dropped(str, int): a palette element (tag) was dropped at a code-point offset.
    """

    files_dropped = Signal(list)
    element_dropped = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardEditor")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(False)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * len(INDENT))
        self._highlighter = JsonHighlighter(self.document(), self.palette())
        self._line_numbers = _LineNumberArea(self)
        self._marks: list[_Mark] = []
        self._search_marks: list[tuple[int, int]] = []
        self.blockCountChanged.connect(self._on_block_count_changed)
        self.updateRequest.connect(self._on_update_request)
        self.cursorPositionChanged.connect(self._refresh_extra_selections)
        self._on_block_count_changed()
        self._refresh_extra_selections()

    # ----- text API (code points) -------------------------------------------------------------

    def text(self) -> str:
        return self.toPlainText()

    def cursor_offset(self) -> int:
        """The cursor's position as a code-point index into ``text()``."""
        return code_point_offset(self.toPlainText(), self.textCursor().position())

    def selection_range(self) -> tuple[int, int]:
        text = self.toPlainText()
        cursor = self.textCursor()
        return code_point_offset(text, cursor.selectionStart()), code_point_offset(
            text, cursor.selectionEnd()
        )

    def select_range(self, start: int, end: int) -> None:
        """Select ``text()[start:end]`` and scroll it into view (cursor ends at ``start``)."""
        text = self.toPlainText()
        cursor = self.textCursor()
        cursor.setPosition(utf16_offset(text, min(end, len(text))))
        cursor.setPosition(utf16_offset(text, min(start, len(text))), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor() if not self._is_visible(cursor) else self.ensureCursorVisible()

    def go_to_line(self, line: int, column: int = 1) -> None:
        """Put the cursor at 1-based ``line``/``column`` (clamped to the text)."""
        block = self.document().findBlockByNumber(max(0, min(line, self.blockCount()) - 1))
        cursor = QTextCursor(block)
        cursor.movePosition(
            QTextCursor.MoveOperation.Right,
            QTextCursor.MoveMode.MoveAnchor,
            utf16_offset(block.text(), min(max(column - 1, 0), len(block.text()))),
        )
        self.setTextCursor(cursor)
        self.centerCursor() if not self._is_visible(cursor) else self.ensureCursorVisible()
        self.setFocus()

    def apply_edits(self, edits: Iterable[TextEditLike], select: tuple[int, int] | None = None) -> None:
        """Apply text edits (offsets into the current text) as ONE undo step.

        Edits are applied from the end backwards so earlier offsets stay valid; ``select``
        (offsets into the resulting text) is selected afterwards.
        """
        text = self.toPlainText()
        ordered = sorted(edits, key=lambda edit: (edit.start, edit.end), reverse=True)
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for edit in ordered:
            cursor.setPosition(utf16_offset(text, edit.start))
            cursor.setPosition(utf16_offset(text, edit.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(edit.new_text)
        cursor.endEditBlock()
        if select is not None:
            self.select_range(*select)

    def replace_text(self, new_text: str) -> None:
        """Replace the whole text as one undo step, touching only the part that differs."""
        old = self.toPlainText()
        if old == new_text:
            return
        prefix = 0
        limit = min(len(old), len(new_text))
        while prefix < limit and old[prefix] == new_text[prefix]:
            prefix += 1
        suffix = 0
        while suffix < limit - prefix and old[len(old) - 1 - suffix] == new_text[len(new_text) - 1 - suffix]:
            suffix += 1
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.setPosition(utf16_offset(old, prefix))
        cursor.setPosition(utf16_offset(old, len(old) - suffix), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new_text[prefix : len(new_text) - suffix])
        cursor.endEditBlock()

    # ----- diagnostics and search marks -------------------------------------------------------

    def set_diagnostics(self, text: str, diagnostics: Sequence[Diagnostic]) -> None:
        """Underline each diagnostic of a parse of ``text`` (ignored if the editor moved on)."""
        if text != self.toPlainText():
            return
        marks: list[_Mark] = []
        for found in diagnostics:
            start = utf16_offset(text, found.span.offset)
            end = utf16_offset(text, found.span.end_offset)
            if end <= start:  # an empty span (missing value, end of text): mark one character
                start, end = (start, start + 1) if start < len(text) else (max(start - 1, 0), start)
            marks.append(_Mark(start, end, found))
        self._marks = marks
        self._refresh_extra_selections()

    def diagnostics_at(self, offset: int) -> list[Diagnostic]:
        """Diagnostics underlined at code-point ``offset``."""
        position = utf16_offset(self.toPlainText(), offset)
        return [mark.diagnostic for mark in self._marks if mark.start <= position < mark.end]

    def set_search_marks(self, ranges: Sequence[tuple[int, int]]) -> None:
        """Highlight search matches (Qt positions, from ``QTextDocument.find``)."""
        self._search_marks = list(ranges)
        self._refresh_extra_selections()

    def set_palette_colors(self, palette: QPalette) -> None:
        """Follow an application theme change (syntax colours, current line, gutter)."""
        self.setPalette(palette)
        self._highlighter.set_palette(palette)
        self._refresh_extra_selections()
        self._line_numbers.update()

    # ----- line numbers -----------------------------------------------------------------------

    def line_number_width(self) -> int:
        digits = max(3, len(str(self.blockCount())))
        return 14 + self.fontMetrics().horizontalAdvance("9") * digits

    def paint_line_numbers(self, event: QPaintEvent) -> None:
        painter = QPainter(self._line_numbers)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Window))
        dim = QColor(palette.color(QPalette.ColorRole.Text))
        dim.setAlphaF(0.38)
        bright = QColor(palette.color(QPalette.ColorRole.Text))
        bright.setAlphaF(0.85)
        current = self.textCursor().blockNumber()
        error_lines = {
            self.document().findBlock(mark.start).blockNumber()
            for mark in self._marks
            if mark.diagnostic.severity is Severity.ERROR
        }
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        width = self._line_numbers.width() - 8
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                if number in error_lines:
                    painter.setPen(status_color(Status.ERROR, is_dark(palette)))
                else:
                    painter.setPen(bright if number == current else dim)
                painter.drawText(0, top, width, height, Qt.AlignmentFlag.AlignRight, str(number + 1))
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1

    def _on_block_count_changed(self, _count: int = 0) -> None:
        self.setViewportMargins(self.line_number_width(), 0, 0, 0)

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self._line_numbers.scroll(0, dy)
        else:
            self._line_numbers.update(0, rect.y(), self._line_numbers.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        contents = self.contentsRect()
        self._line_numbers.setGeometry(
            QRect(contents.left(), contents.top(), self.line_number_width(), contents.height())
        )

    # ----- extra selections: current line, diagnostics, matches, brackets ---------------------

    def _refresh_extra_selections(self) -> None:
        palette = self.palette()
        dark = is_dark(palette)
        selections: list[QTextEdit.ExtraSelection] = []
        line = QTextEdit.ExtraSelection()
        line.format.setBackground(QColor("#26262c" if dark else "#f2f5fc"))
        line.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        line.cursor = self.textCursor()
        line.cursor.clearSelection()
        selections.append(line)
        for start, end in self._search_marks:
            match = QTextEdit.ExtraSelection()
            match.format.setBackground(QColor("#5c4a12" if dark else "#fff1b8"))
            match.cursor = self._cursor_for(start, end)
            selections.append(match)
        for mark in self._marks:
            squiggle = QTextEdit.ExtraSelection()
            squiggle.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            squiggle.format.setUnderlineColor(status_color(SEVERITY_STATUS[mark.diagnostic.severity], dark))
            squiggle.cursor = self._cursor_for(mark.start, mark.end)
            selections.append(squiggle)
        for position in self._matching_brackets():
            bracket = QTextEdit.ExtraSelection()
            bracket.format.setBackground(QColor("#3d4f6e" if dark else "#d6e4ff"))
            bracket.format.setFontWeight(QFont.Weight.Bold)
            bracket.cursor = self._cursor_for(position, position + 1)
            selections.append(bracket)
        self.setExtraSelections(selections)
        self._line_numbers.update()

    def _cursor_for(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        last = self.document().characterCount() - 1
        cursor.setPosition(min(start, last))
        cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _matching_brackets(self) -> tuple[int, ...]:
        """Qt positions of the bracket at the caret (after it, else before it) and its partner.

        Read outward from the caret's line only as far as the partner (``designer.ui.brackets``):
        a keystroke never rescans the whole text.
        """
        cursor = self.textCursor()
        if cursor.hasSelection():
            return ()
        block = cursor.block()
        line = block.text()
        column = code_point_offset(line, cursor.positionInBlock())
        at = dict(brackets_of(line))
        for candidate in (column, column - 1):
            if candidate not in at:
                continue
            partner, _examined = find_partner(line, candidate, _lines(block, 1), _lines(block, -1))
            if partner is not None:
                lines_away, partner_column = partner
                target = block
                for _ in range(lines_away):
                    target = target.next() if at[candidate] in "{[" else target.previous()
                return (
                    block.position() + utf16_offset(line, candidate),
                    target.position() + utf16_offset(target.text(), partner_column),
                )
        return ()

    def _is_visible(self, cursor: QTextCursor) -> bool:
        return self.viewport().rect().contains(self.cursorRect(cursor))

    # ----- typing aids ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self._insert_newline()
            return
        if key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.NoModifier:
            self.textCursor().insertText(INDENT)
            return
        if (
            key == Qt.Key.Key_Backspace
            and modifiers == Qt.KeyboardModifier.NoModifier
            and self._delete_pair()
        ):
            return
        if plain and text and self._type_bracket(text):
            return
        super().keyPressEvent(event)

    def _neighbours(self) -> tuple[str, str]:
        cursor = self.textCursor()
        block_text = cursor.block().text()
        # The line is a Python str (code points); Qt's column counts UTF-16 units.
        column = code_point_offset(block_text, cursor.positionInBlock())
        before = block_text[column - 1] if column > 0 else ""
        after = block_text[column] if column < len(block_text) else ""
        return before, after

    def _type_bracket(self, char: str) -> bool:
        cursor = self.textCursor()
        before, after = self._neighbours()
        skip_over = char in ("}", "]") or before != "\\"
        if char in ("}", "]", '"') and after == char and not cursor.hasSelection() and skip_over:
            cursor.movePosition(QTextCursor.MoveOperation.Right)
            self.setTextCursor(cursor)
            return True
        if char not in _PAIRS:
            return False
        if char == '"' and (before == "\\" or before.isalnum()):
            return False
        if after and (after.isalnum() or after == '"'):
            return False  # typing before a word: do not invent a closer
        closer = _PAIRS[char]
        cursor.beginEditBlock()
        selected = cursor.selectedText() if char == '"' else ""
        cursor.insertText(char + selected + closer)
        cursor.endEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.Left)
        self.setTextCursor(cursor)
        return True

    def _delete_pair(self) -> bool:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        before, after = self._neighbours()
        if before in _PAIRS and _PAIRS[before] == after:
            cursor.beginEditBlock()
            cursor.movePosition(QTextCursor.MoveOperation.Left)
            cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 2)
            cursor.removeSelectedText()
            cursor.endEditBlock()
            return True
        return False

    def _insert_newline(self) -> None:
        cursor = self.textCursor()
        block_text = cursor.block().text()
        column = code_point_offset(block_text, cursor.positionInBlock())  # code points, as block_text
        indent = block_text[: len(block_text) - len(block_text.lstrip(" \t"))]
        before = block_text[:column].rstrip()
        after = block_text[column:].lstrip()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        if before.endswith(("{", "[")):
            inner = indent + INDENT
            if after[:1] in ("}", "]"):
                cursor.insertText("\n" + inner)
                keep = cursor.position()
                cursor.insertText("\n" + indent)
                cursor.setPosition(keep)
            else:
                cursor.insertText("\n" + inner)
        else:
            cursor.insertText("\n" + indent)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # ----- tooltips ---------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.cursorForPosition(event.pos())
            found = [m.diagnostic for m in self._marks if m.start <= position.position() < m.end]
            if found:
                QToolTip.showText(event.globalPos(), self.tooltip_text(found), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def tooltip_text(self, diagnostics: Sequence[Diagnostic]) -> str:
        lines = []
        for found in diagnostics:
            line = f"{found.severity.value}: {found.message}"
            if found.suggestion and found.suggestion not in found.message:
                line += self.tr(" (did you mean “{0}”?)").format(found.suggestion)
            lines.append(line)
        return "\n".join(lines)

    # ----- drag and drop ----------------------------------------------------------------------

    def _accepts(self, mime: QMimeData) -> bool:
        return mime.hasFormat(ELEMENT_MIME_TYPE) or mime.hasUrls()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        mime = event.mimeData()
        if mime.hasFormat(ELEMENT_MIME_TYPE):
            self.setTextCursor(self.cursorForPosition(event.position().toPoint()))
            event.acceptProposedAction()
            return
        if mime.hasUrls():
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime.hasFormat(ELEMENT_MIME_TYPE):
            tag = bytes(mime.data(ELEMENT_MIME_TYPE).data()).decode("utf-8")
            cursor = self.cursorForPosition(event.position().toPoint())
            self.setTextCursor(cursor)
            event.acceptProposedAction()
            self.element_dropped.emit(tag, code_point_offset(self.toPlainText(), cursor.position()))
            return
        if mime.hasUrls():
            paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
            event.acceptProposedAction()
            if paths:
                self.files_dropped.emit(paths)
            return
        super().dropEvent(event)
