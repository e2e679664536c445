"""Find and replace in the JSON editor (Ctrl+F / Ctrl+H), as a bar under the editor.

Every match is highlighted; Enter goes to the next, Shift+Enter to the previous, wrapping
around. "Replace all" is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from designer.ui.json_editor import JsonEditor

_MAX_MARKS = 2000  # highlighting more matches than this only slows typing down


class FindBar(QWidget):
    """The find / replace bar of one ``JsonEditor`` (handed in)."""

    def __init__(self, editor: JsonEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._editor = editor
        self.find_field = QLineEdit(self)
        self.find_field.setObjectName("findText")
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(self)
        self.replace_field.setObjectName("replaceText")
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.case = QCheckBox(self.tr("Match case"), self)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(90)
        previous = QToolButton(self)
        previous.setText("↑")
        previous.setToolTip(self.tr("Previous match (Shift+Enter)"))
        previous.clicked.connect(self.find_previous)
        following = QToolButton(self)
        following.setText("↓")
        following.setToolTip(self.tr("Next match (Enter)"))
        following.clicked.connect(self.find_next)
        self.replace_button = QPushButton(self.tr("Replace"), self)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button = QPushButton(self.tr("Replace All"), self)
        self.replace_all_button.clicked.connect(self.replace_all)
        close = QToolButton(self)
        close.setText("×")
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.close_bar)
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(4)
        layout.addWidget(self.find_field, 0, 0)
        layout.addWidget(previous, 0, 1)
        layout.addWidget(following, 0, 2)
        layout.addWidget(self.case, 0, 3)
        layout.addWidget(self.count_label, 0, 4)
        layout.addWidget(close, 0, 5)
        layout.addWidget(self.replace_field, 1, 0)
        layout.addWidget(self.replace_button, 1, 1, 1, 2)
        layout.addWidget(self.replace_all_button, 1, 3)
        layout.setColumnStretch(0, 1)
        self._replace_row = (self.replace_field, self.replace_button, self.replace_all_button)
        self.find_field.textChanged.connect(self._on_search_changed)
        self.case.toggled.connect(self._on_search_changed)
        editor.textChanged.connect(self._on_editor_text_changed)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        self.hide()

    def open_find(self, replace: bool = False) -> None:
        """Show the bar (with the replace row when ``replace``), seeded with the selected text."""
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        for widget in self._replace_row:
            widget.setVisible(replace)
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()
        self._mark_all()

    def close_bar(self) -> None:
        self.hide()
        self._editor.set_search_marks([])
        self._editor.setFocus()

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, backward: bool) -> bool:
        needle = self.find_field.text()
        if not needle:
            return False
        document = self._editor.document()
        found = document.find(needle, self._editor.textCursor(), self._flags(backward))
        if found.isNull():  # wrap around
            start = QTextCursor(document)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(needle, start, self._flags(backward))
        if found.isNull():
            return False
        self._editor.setTextCursor(found)
        self._editor.ensureCursorVisible()
        return True

    def _matches_selection(self) -> bool:
        selected = self._editor.textCursor().selectedText()
        needle = self.find_field.text()
        if self.case.isChecked():
            return bool(needle) and selected == needle
        return bool(needle) and selected.lower() == needle.lower()

    def replace_one(self) -> None:
        """Replace the selected match (if it is one) and go to the next."""
        if self._matches_selection():
            self._editor.textCursor().insertText(self.replace_field.text())
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many."""
        needle = self.find_field.text()
        if not needle:
            return 0
        document = self._editor.document()
        edit = QTextCursor(document)
        edit.beginEditBlock()
        count = 0
        found = document.find(needle, 0, self._flags())
        while not found.isNull():
            found.insertText(self.replace_field.text())
            count += 1
            found = document.find(needle, found, self._flags())
        edit.endEditBlock()
        self.count_label.setText(self.tr("{0} replaced").format(count))
        return count

    def _mark_all(self) -> int:
        needle = self.find_field.text()
        marks: list[tuple[int, int]] = []
        if needle and self.isVisible():
            document = self._editor.document()
            found = document.find(needle, 0, self._flags())
            while not found.isNull() and len(marks) < _MAX_MARKS:
                marks.append((found.selectionStart(), found.selectionEnd()))
                found = document.find(needle, found, self._flags())
        self._editor.set_search_marks(marks)
        if needle:
            self.count_label.setText(
                self.tr("{0} found").format(len(marks)) if marks else self.tr("No match")
            )
        else:
            self.count_label.clear()
        return len(marks)

    def _on_search_changed(self, *_args: object) -> None:
        self._mark_all()
        if self.find_field.text():
            cursor = self._editor.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self._editor.setTextCursor(cursor)
            self.find_next()

    def _on_editor_text_changed(self) -> None:
        if self.isVisible():
            self._mark_all()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.replace_field.hasFocus():
                self.replace_one()
            elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
            else:
                self.find_next()
            return
        super().keyPressEvent(event)
