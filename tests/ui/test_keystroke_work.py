"""Only the changed work on each keystroke (issue 10): the outline is not rebuilt when its rows
did not change, bracket matching looks near the caret, and the parse debounce follows the
measured cost of the last parse."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from designer.ui import MainWindow
from designer.ui.outline import POINTER_ROLE
from tests.ui.conftest import SMALL_CARD, set_text
from tests.ui.typing_helpers import click_at, wait_for_parse


def test_typing_in_a_label_updates_that_row_without_resetting_the_outline(
    window: MainWindow, qtbot: QtBot
) -> None:
    set_text(window, SMALL_CARD)
    wait_for_parse(window, qtbot)
    model = window.outline_model
    window.outline_view.view.collapseAll()  # the person's own view state, which a reset would lose
    window.outline_view.view.expand(model.index_for("/elements/2"))
    structural: list[str] = []
    for name in ("modelReset", "rowsRemoved", "rowsInserted", "layoutChanged"):
        getattr(model, name).connect(lambda *_args, name=name: structural.append(name))
    changed: list[str] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.data(POINTER_ROLE)))
    click_at(window, qtbot, SMALL_CARD.index('"First"') + 3)
    qtbot.keyClicks(window.editor, "st")
    wait_for_parse(window, qtbot)
    assert model.index_for("/elements/0").data() == "div  Fistrst"
    assert structural == []
    assert set(changed) == {"/elements/0"}  # only the row whose label changed
    assert window.outline_view.view.isExpanded(model.index_for("/elements/2"))
    # Typing where no label comes from (a button's value) changes nothing in the outline.
    changed.clear()
    click_at(window, qtbot, window.editor.text().index('"ok"') + 3)
    qtbot.keyClicks(window.editor, "z")
    wait_for_parse(window, qtbot)
    assert '"okz"' in window.current_document().text
    assert (structural, changed) == ([], [])
