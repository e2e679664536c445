"""Driving the window as a designer does: type, insert from the palette, undo, select in the
outline and the preview, move and delete elements; checking the text, outline and preview."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from designer.render import CardView
from designer.ui import MainWindow
from designer.ui.json_editor import ELEMENT_MIME_TYPE
from designer.ui.roles import ItemRole
from tests.ui.conftest import SMALL_CARD, TEMPLATES, set_text
from tests.ui.typing_helpers import wait_for_parse


def _drawn_tags(window: MainWindow) -> list[str]:
    return [element.tag for element in window.preview_view().drawn_elements()]


def _outline_pointers(window: MainWindow) -> list[str]:
    found: list[str] = []
    model = window.outline_model
    stack = [model.index(row, 0) for row in range(model.rowCount())]
    while stack:
        index = stack.pop(0)
        found.append(index.data(ItemRole.POINTER))
        stack += [model.index(row, 0, index) for row in range(model.rowCount(index))]
    return found


def _put_cursor(window: MainWindow, offset: int) -> None:
    cursor = window.editor.textCursor()
    cursor.setPosition(offset)
    window.editor.setTextCursor(cursor)


def test_the_parts_have_stable_object_names(window: MainWindow) -> None:
    for name in ("cardEditor", "elementPalette", "cardOutline", "problemsList"):
        assert window.findChild(QWidget, name) is not None, name
    assert isinstance(window.findChild(CardView, "cardPreview"), CardView)
    for name in ("previewTheme", "previewWidth", "previewLanguage", "previewZoom"):
        assert isinstance(window.findChild(QComboBox, name), QComboBox), name
    assert window.findChild(QWidget, "previewBadge") is not None


def test_typing_parses_once_and_updates_preview_outline_problems_and_status(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.editor.selectAll()
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete)
    window.session.flush()
    parses: list[object] = []
    window.document_changed.connect(parses.append)
    qtbot.keyClicks(
        window.editor, '{"elements": [{"tag": "markdown", "content": "Hi **there**"}, {"tag": "hr"}]}'
    )
    assert parses == []  # debounced: nothing while typing
    qtbot.waitUntil(lambda: len(parses) == 1, timeout=2000)
    qtbot.wait(300)
    assert len(parses) == 1  # one parse for the whole burst, shared by every pane
    assert (
        window.editor.toPlainText()
        == '{"elements": [{"tag": "markdown", "content": "Hi **there**"}, {"tag": "hr"}]}'
    )
    assert _outline_pointers(window) == ["/elements/0", "/elements/1"]
    assert {"markdown", "hr"} <= set(_drawn_tags(window))
    assert window.problems_model.rowCount() == 0
    assert window.validity_label.text() == "✓ Valid"
    assert window.schema_label.text() == "JSON 1.0"
    assert window.size_label.text().endswith("KB / 30 KB")
    assert window.isWindowModified()


def test_palette_double_click_inserts_after_the_element_at_the_cursor_and_undo_restores(
    window: MainWindow, qtbot: QtBot
) -> None:
    set_text(window, SMALL_CARD)
    window.editor.document().clearUndoRedoStacks()
    original = window.editor.toPlainText()
    _put_cursor(window, original.index('"First"'))  # inside the div at /elements/0
    palette = window.palette_view
    index = palette.index_of("markdown")
    assert index.isValid()
    rect = palette.view.visualRect(index)
    # A real double-click is a press/release, then the double-click event.
    qtbot.mouseClick(palette.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(palette.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    document = window.current_document()
    assert [e.get("tag") for e in document.card["elements"]] == ["div", "markdown", "hr", "action"]
    # The rest of the text keeps its formatting: only the new element was added.
    new_text = window.editor.toPlainText()
    inserted = document.source_map.span("/elements/1")
    assert new_text[: inserted.offset].rstrip().rstrip(",") == original[
        : original.index('    {\n      "tag": "hr"')
    ].rstrip().rstrip(",")
    # The caret is in the new markdown's text, its content selected (not the whole element).
    content = document.source_map.span("/elements/1/content")
    assert window.editor.selection_range() == (content.offset + 1, content.end_offset - 1)
    assert "markdown" in _drawn_tags(window)
    assert window.outline_view.selected_pointer() == "/elements/1"
    window.commands.undo_action.trigger()
    assert window.editor.toPlainText() == original
    window.commands.redo_action.trigger()
    assert window.editor.toPlainText() == new_text


def test_insert_into_a_selected_container_goes_inside_it(window: MainWindow) -> None:
    set_text(window, SMALL_CARD)
    window.reveal_pointer("/elements/2")  # the action row
    assert window.insert_component("button")
    actions = window.current_document().card["elements"][2]["actions"]
    assert [a["tag"] for a in actions] == ["button", "button"]


def test_a_refused_insert_says_why_and_changes_nothing(window: MainWindow) -> None:
    text = '{\n  "schema": "2.0",\n  "body": {\n    "elements": []\n  }\n}\n'
    set_text(window, text)
    assert not window.insert_component("note")
    assert window.editor.toPlainText() == text
    assert window.notice.isVisible()
    assert "note" in window.notice.text() and "JSON 2.0" in window.notice.text()
    set_text(window, SMALL_CARD)
    assert not window.insert_component("column")
    assert "column_set" in window.notice.text()


def test_dragging_a_component_onto_the_editor_inserts_it_there(window: MainWindow) -> None:
    set_text(window, SMALL_CARD)
    text = window.editor.toPlainText()
    mime = QMimeData()
    mime.setData(ELEMENT_MIME_TYPE, b"hr")
    _put_cursor(window, text.index('"First"'))
    point = window.editor.cursorRect().center()
    _put_cursor(window, 0)  # the drop position decides, not where the cursor was
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    # What a drag does: enter, move over the text, drop.
    for event in (
        QDragEnterEvent(point, *args),
        QDragMoveEvent(point, *args),
        QDropEvent(point, *args),
    ):
        QApplication.sendEvent(window.editor.viewport(), event)
        assert event.isAccepted()
    tags = [e.get("tag") for e in window.current_document().card["elements"]]
    assert tags == ["div", "hr", "hr", "action"]  # after the div it was dropped on


def test_selecting_in_the_outline_selects_the_json_and_highlights_the_preview(
    window: MainWindow, qtbot: QtBot
) -> None:
    set_text(window, SMALL_CARD)
    view = window.outline_view.view
    index = window.outline_model.index_for("/elements/1")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    span = window.current_document().source_map.span("/elements/1")
    assert window.editor.selection_range() == (span.offset, span.end_offset)
    assert window.preview_view().highlighted() == "/elements/1"


def test_clicking_in_the_preview_selects_the_outline_node_and_the_json(
    window: MainWindow, qtbot: QtBot
) -> None:
    set_text(window, SMALL_CARD)
    view = window.preview_view()
    drawn = next(e for e in view.drawn_elements() if e.pointer == "/elements/0")
    zoom = view.options().zoom
    point = QPoint(round(drawn.rect.center().x() * zoom), round(drawn.rect.center().y() * zoom))
    qtbot.mouseClick(view.canvas(), Qt.MouseButton.LeftButton, pos=point)
    assert window.outline_view.selected_pointer() == "/elements/0"
    span = window.current_document().source_map.span("/elements/0")
    assert window.editor.selection_range() == (span.offset, span.end_offset)


def test_moving_the_cursor_in_the_json_selects_the_outline_node(window: MainWindow) -> None:
    set_text(window, SMALL_CARD)
    text = window.editor.toPlainText()
    _put_cursor(window, text.index('"OK"') + 2)
    assert window.outline_view.selected_pointer() == "/elements/2/actions/0"
    assert window.preview_view().highlighted() == "/elements/2/actions/0"
    _put_cursor(window, text.index('"hr"'))
    assert window.outline_view.selected_pointer() == "/elements/1"
    assert window.cursor_label.text().startswith("Ln 17,")


def test_outline_move_and_delete_are_text_edits_that_undo(window: MainWindow) -> None:
    set_text(window, SMALL_CARD)
    window.editor.document().clearUndoRedoStacks()
    window.reveal_pointer("/elements/0")
    window.outline_view.move_down_action.trigger()
    tags = [e.get("tag") for e in window.current_document().card["elements"]]
    assert tags == ["hr", "div", "action"]
    assert window.outline_view.selected_pointer() == "/elements/1"
    window.outline_view.delete_action.trigger()
    assert [e.get("tag") for e in window.current_document().card["elements"]] == ["hr", "action"]
    window.editor.undo()
    window.editor.undo()
    assert window.editor.toPlainText() == SMALL_CARD


def test_copy_card_json_and_request_body(window: MainWindow) -> None:
    set_text(window, SMALL_CARD)
    assert window.commands.copy_card_action.isEnabled()
    window.commands.copy_card_action.trigger()
    assert json.loads(QApplication.clipboard().text()) == json.loads(SMALL_CARD)
    window.commands.copy_body_action.trigger()
    body = json.loads(QApplication.clipboard().text())
    assert body["msg_type"] == "interactive" and body["card"] == json.loads(SMALL_CARD)
    assert {"chat_id", "open_id"} <= set(body)


def test_palette_search_filters_components(window: MainWindow, qtbot: QtBot) -> None:
    palette = window.palette_view
    qtbot.keyClicks(palette.search, "picker")
    assert palette.index_of("date_picker").isValid()
    assert not palette.index_of("markdown").isValid()
    palette.search.clear()
    assert palette.index_of("markdown").isValid()


def test_no_stray_dock_tab_bar_covers_the_editor(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.wait(20)  # the window tidies its dock tab bars once shown
    central = window.centralWidget().geometry()
    bars = [bar for bar in window.findChildren(QTabBar) if bar.parent() is window and bar.isVisible()]
    assert bars  # the palette/outline and preview/send groups have tabs
    for bar in bars:
        assert not bar.geometry().intersects(central), [bar.tabText(i) for i in range(bar.count())]
    shown = [tuple(bar.tabText(i) for i in range(bar.count())) for bar in bars]
    assert len(shown) == len(set(shown))


def test_keyboard_undo_redo_and_format_shortcuts(window: MainWindow, qtbot: QtBot) -> None:
    minified = '{"elements":[{"tag":"hr"}]}'
    set_text(window, minified)
    window.editor.document().clearUndoRedoStacks()
    window.editor.setFocus()
    qtbot.keyClick(
        window.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    formatted = window.editor.toPlainText()
    assert formatted.startswith('{\n  "elements": [')
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText() == minified
    qtbot.keyClick(
        window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.editor.toPlainText() == formatted


def test_inserting_into_an_empty_text_starts_a_card(window: MainWindow) -> None:
    set_text(window, "")
    assert window.insert_component("markdown")
    document = window.current_document()
    assert document.card is not None and [e["tag"] for e in document.card["elements"]] == ["markdown"]
    assert window.outline_view.selected_pointer() == "/elements/0"


def test_the_status_bar_counts_errors_and_warnings_but_not_infos(window: MainWindow) -> None:
    # A clean JSON 2.0 card whose only remarks are infos (the Feishu version a component needs).
    text = (TEMPLATES / "v2-deploy-status.json").read_text(encoding="utf-8")
    set_text(window, text)
    document = window.current_document()
    assert document.schema_version == "2.0" and document.diagnostics
    assert {found.severity.value for found in document.diagnostics} == {"info"}
    assert window.problems_model.rowCount() == len(document.diagnostics)  # still listed
    assert window.validity_label.text() == "✓ Valid"
    # One warning and the infos: one warning counted.
    set_text(
        window, text.replace('"content": "<font color=\'grey\'>成功率</font>\\n**99.98%**"', '"content": ""')
    )
    document = window.current_document()
    assert len(document.warnings) == 1 and not document.errors, document.diagnostics
    assert window.validity_label.text() == "⚠ 1 warning(s)"


@pytest.mark.parametrize(
    ("tag", "first_text"),
    [("markdown", ("content",)), ("div", ("text", "content")), ("button", ("text", "content"))],
)
def test_after_a_palette_insert_the_next_key_goes_into_the_snippets_first_text(
    window: MainWindow, qtbot: QtBot, tag: str, first_text: tuple[str, ...]
) -> None:
    set_text(window, SMALL_CARD)
    _put_cursor(window, SMALL_CARD.index('"First"'))  # inside the div at /elements/0
    palette = window.palette_view
    rect = palette.view.visualRect(palette.index_of(tag))
    qtbot.mouseClick(palette.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(palette.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    inserted = window.current_document().card["elements"][1]
    # The text's content is selected like a snippet placeholder: without its quotes.
    placeholder = inserted if tag != "button" else inserted["actions"][0]
    for key in first_text:
        placeholder = placeholder[key]
    assert window.editor.textCursor().selectedText() == json.dumps(placeholder, ensure_ascii=False)[1:-1]
    qtbot.keyClicks(window.editor, "Z")
    wait_for_parse(window, qtbot)
    document = window.current_document()
    element = document.card["elements"][1]
    assert element["tag"] == ("action" if tag == "button" else tag)  # the snippet is still there
    typed = element if tag != "button" else element["actions"][0]
    for key in first_text:
        typed = typed[key]
    assert typed == "Z"
    assert not window.editor.textCursor().hasSelection()
