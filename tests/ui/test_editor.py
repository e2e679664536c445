"""The JSON editor as a user types in it: closing brackets, indent, brackets, squiggles, find."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QInputMethodEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from designer.cards import Severity
from designer.ui import MainWindow
from designer.ui.json_editor import JsonEditor
from tests.ui.conftest import set_text


def _editor(qtbot: QtBot) -> JsonEditor:
    editor = JsonEditor()
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_typing_json_with_auto_closing_gives_exactly_what_was_typed(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    qtbot.keyClicks(editor, '{"elements": [{"tag": "hr"}]}')
    assert editor.toPlainText() == '{"elements": [{"tag": "hr"}]}'


def test_opening_bracket_and_quote_insert_their_closer(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    qtbot.keyClicks(editor, "[")
    assert editor.toPlainText() == "[]"
    assert editor.textCursor().position() == 1
    qtbot.keyClicks(editor, '"')
    assert editor.toPlainText() == '[""]'
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # deletes the empty pair
    assert editor.toPlainText() == "[]"


def test_enter_between_brackets_indents_and_puts_the_closer_below(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    qtbot.keyClicks(editor, "{")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "{\n  \n}"
    cursor = editor.textCursor()
    assert (cursor.blockNumber(), cursor.positionInBlock()) == (1, 2)
    qtbot.keyClicks(editor, '"a": [')
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == '{\n  "a": [\n    \n  ]\n}'


def test_enter_keeps_the_indent_of_the_line(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    editor.setPlainText('{\n    "a": 1,')
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText().endswith('"a": 1,\n    ')


def _caret_after(editor: JsonEditor, text: str, before: str) -> None:
    """Put the caret right after the first ``before`` in ``text`` (Qt counts emoji twice)."""
    editor.setPlainText(text)
    cursor = editor.textCursor()
    cursor.setPosition(len(text[: text.index(before) + len(before)].encode("utf-16-le")) // 2)
    editor.setTextCursor(cursor)


def test_the_typing_aids_read_the_characters_around_the_caret_after_an_emoji(qtbot: QtBot) -> None:
    """The line is read in code points, the caret's column is UTF-16: an emoji before the caret
    once made Backspace take the emoji and a bracket, Enter indent for a bracket it did not
    follow, and Backspace at a line's end raise (the key did nothing or the window crashed)."""
    editor = _editor(qtbot)
    _caret_after(editor, "😀[]", "😀")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == "[]"
    _caret_after(editor, "😀{}", "😀")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "😀\n{}"
    _caret_after(editor, '{"a": "x👍🏽"}', "👍🏽")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # takes the skin tone, one code point
    assert editor.toPlainText() == '{"a": "x👍"}'
    _caret_after(editor, '  "a": "🎉"\n', "🎉")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == '  "a": ""\n'


def test_matching_bracket_is_highlighted_and_brackets_in_strings_do_not_count(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    editor.setPlainText('{"a": "}", "b": [1]}')
    cursor = editor.textCursor()
    cursor.setPosition(0)
    editor.setTextCursor(cursor)
    bold = [
        (s.cursor.selectionStart(), s.cursor.selectionEnd())
        for s in editor.extraSelections()
        if s.format.fontWeight() > 400
    ]
    assert bold == [(0, 1), (19, 20)]


def test_non_ascii_text_can_be_entered_through_the_input_method(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    editor.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("费用 😀")
    QApplication.sendEvent(editor, event)
    assert editor.toPlainText() == "费用 😀"


def test_diagnostics_are_underlined_at_their_exact_span_with_a_tooltip(window: MainWindow) -> None:
    # An emoji before the mistake: Qt counts it as two positions, the core as one.
    text = '{"header": {"title": {"tag": "plain_text", "content": "😀"}}, "elements": [{"tag": "buton"}]}'
    set_text(window, text)
    document = window.session.document
    unknown = [d for d in document.diagnostics if d.rule == "unknown-tag"]
    assert unknown, [d.format() for d in document.diagnostics]
    squiggles = [
        s
        for s in window.editor.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    start = text.index('"buton"')
    expected = (start + 1, start + 1 + len('"buton"'))  # +1: the emoji is two UTF-16 units
    assert expected in [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in squiggles]
    marked = window.editor.diagnostics_at(start + 2)
    assert unknown[0] in marked
    tooltip = window.editor.tooltip_text(marked)
    assert unknown[0].message in tooltip and "button" in tooltip  # the suggestion


def test_error_squiggle_and_problems_list_for_broken_json(window: MainWindow, qtbot: QtBot) -> None:
    set_text(window, '{\n  "elements": [\n    {"tag": "hr"},\n  ]\n}')
    model = window.problems_model
    assert model.rowCount() >= 1
    first = model.diagnostic(0)
    assert first.severity is Severity.ERROR
    assert first.line == 4
    assert "error" in window.validity_label.text()


def test_clicking_a_problem_puts_the_cursor_on_it(window: MainWindow, qtbot: QtBot) -> None:
    set_text(window, '{\n  "elements": [\n    {"tag": "hr"},\n    {"tag": "buton"}\n  ]\n}')
    view = window.problems_view
    row = next(
        r
        for r in range(window.problems_model.rowCount())
        if window.problems_model.diagnostic(r).rule == "unknown-tag"
    )
    rect = view.visualRect(window.problems_model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.textCursor().blockNumber() == 3
    assert window.editor.textCursor().selectedText() == '"buton"'


def test_find_replace_and_replace_all_is_one_undo_step(window: MainWindow, qtbot: QtBot) -> None:
    set_text(window, '{"elements": [{"tag": "hr"}, {"tag": "hr"}]}')
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.Start)
    window.commands.find_action.trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.find_field, "hr")
    assert window.find_bar.count_label.text() == "2 found"
    assert window.editor.textCursor().selectedText() == "hr"
    first = window.editor.textCursor().selectionStart()
    qtbot.keyClick(window.find_bar.find_field, Qt.Key.Key_Return)
    assert window.editor.textCursor().selectionStart() > first
    window.commands.replace_action.trigger()
    assert window.find_bar.replace_field.isVisible()
    window.find_bar.replace_field.setText("img")
    assert window.find_bar.replace_all() == 2
    assert window.editor.toPlainText() == '{"elements": [{"tag": "img"}, {"tag": "img"}]}'
    window.editor.undo()
    assert window.editor.toPlainText() == '{"elements": [{"tag": "hr"}, {"tag": "hr"}]}'
    qtbot.keyClick(window.find_bar.find_field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_go_to_line(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (5, True))
    window.commands.goto_action.trigger()
    assert window.editor.textCursor().blockNumber() == 4
    assert window.cursor_label.text() == "Ln 5, Col 1"


def test_format_and_minify_are_undoable_and_refuse_broken_json(window: MainWindow) -> None:
    minified = '{"elements":[{"tag":"hr"}]}'
    set_text(window, minified)
    window.commands.format_action.trigger()
    assert window.editor.toPlainText() == '{\n  "elements": [\n    {\n      "tag": "hr"\n    }\n  ]\n}\n'
    window.editor.undo()
    assert window.editor.toPlainText() == minified
    set_text(window, '{\n  "elements": []\n}\n')
    window.commands.minify_action.trigger()
    assert window.editor.toPlainText() == '{"elements":[]}'
    set_text(window, '{"elements": [}')
    window.commands.format_action.trigger()
    assert window.editor.toPlainText() == '{"elements": [}'
    assert window.notice.isVisible()
    assert "Cannot format" in window.notice.text() and "line 1" in window.notice.text()


def test_hovering_a_squiggle_shows_its_message(window: MainWindow, qtbot: QtBot) -> None:
    set_text(window, '{"elements": [{"tag": "buton"}]}')
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("buton") + 2)
    point = editor.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, editor.viewport().mapToGlobal(point))
    QApplication.sendEvent(editor.viewport(), event)
    assert "buton" in QToolTip.text()
    QToolTip.hideText()
