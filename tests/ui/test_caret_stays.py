"""What you type stays where you typed it (issue 9): a re-parse, an outline rebuild or a theme
switch never moves the editor's caret; only the person's own act in the outline or the preview
does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from designer.ui import MainWindow
from designer.ui.template_gallery import blank_card
from tests.helpers.ui import SMALL_CARD, click_at, set_text, wait_for_parse


@pytest.mark.parametrize(
    ("card", "where"),
    [(blank_card(), '"Title"'), (SMALL_CARD, '"First"')],
    ids=["starter card header title", "first element text"],
)
def test_typing_in_a_text_value_keeps_the_caret_where_the_person_typed(
    window: MainWindow, qtbot: QtBot, card: str, where: str
) -> None:
    if window.editor.toPlainText() != card:
        set_text(window, card)
    offset = card.index(where) + 3
    click_at(window, qtbot, offset)
    assert window.editor.cursor_offset() == offset
    qtbot.keyClicks(window.editor, "x")
    wait_for_parse(window, qtbot)
    assert window.editor.cursor_offset() == offset + 1
    assert not window.editor.textCursor().hasSelection()
    qtbot.keyClicks(window.editor, "y")
    wait_for_parse(window, qtbot)
    expected = card[:offset] + "xy" + card[offset:]
    assert window.editor.toPlainText() == expected
    assert window.editor.cursor_offset() == offset + 2
    assert window.schema_label.text() == "JSON 1.0"  # still a card, nothing was replaced


@pytest.mark.parametrize(
    ("where", "pointer", "row_text"),
    [
        ('"Hello"', "/header", "header  xHello"),  # a label changes: set in place
        ('"hr"', "/elements/1", "xhr"),  # a tag changes: every row is rebuilt
    ],
    ids=["label edited", "tag edited"],
)
def test_an_outline_update_passes_no_selection_on(
    window: MainWindow, qtbot: QtBot, where: str, pointer: str, row_text: str
) -> None:
    set_text(window, SMALL_CARD)
    picked: list[str] = []
    window.outline_view.pointer_selected.connect(picked.append)
    offset = SMALL_CARD.index(where) + 1
    click_at(window, qtbot, offset)
    qtbot.keyClicks(window.editor, "x")
    wait_for_parse(window, qtbot)
    assert window.outline_model.index_for(pointer).data() == row_text
    assert picked == []
    assert window.editor.cursor_offset() == offset + 1
    assert not window.editor.textCursor().hasSelection()
    assert window.outline_view.selected_pointer() == pointer


def test_the_keyboard_in_the_outline_still_moves_the_editor(window: MainWindow, qtbot: QtBot) -> None:
    set_text(window, SMALL_CARD)
    view = window.outline_view.view
    index = window.outline_model.index_for("/elements/0")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.keyClick(view, Qt.Key.Key_Down)
    span = window.current_document().source_map.span("/elements/1")
    assert span is not None
    assert window.editor.selection_range() == (span.offset, span.end_offset)


def test_a_click_in_the_outline_while_a_parse_is_due_selects_that_node_only(
    window: MainWindow, qtbot: QtBot
) -> None:
    set_text(window, SMALL_CARD)
    click_at(window, qtbot, SMALL_CARD.index('"div"') + 1)
    qtbot.keyClicks(window.editor, "x")  # a new tag: the parse rebuilds the tree
    assert window.session.pending()  # the click below runs the parse, which rebuilds the tree
    picked: list[str] = []
    window.outline_view.pointer_selected.connect(picked.append)
    view = window.outline_view.view
    index = window.outline_model.index_for("/elements/1")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert picked == ["/elements/1"]
    span = window.current_document().source_map.span("/elements/1")
    assert span is not None
    assert window.editor.selection_range() == (span.offset, span.end_offset)
    assert window.outline_view.selected_pointer() == "/elements/1"


def test_tabbing_into_the_outline_does_not_move_the_editor(window: MainWindow, qtbot: QtBot) -> None:
    set_text(window, SMALL_CARD)
    window.outline_dock.raise_()
    click_at(window, qtbot, 0)  # before the card: no node is current
    assert window.outline_view.selected_pointer() is None
    # Qt makes the first row current when the tree gets the focus; nobody picked it.
    window.outline_view.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.outline_view.view.hasFocus)
    assert window.editor.cursor_offset() == 0
    assert not window.editor.textCursor().hasSelection()
