"""Only the changed work on each keystroke (issue 10): the outline is not rebuilt when its rows
did not change, bracket matching looks near the caret, and the parse debounce follows the
measured cost of the last parse."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.bench_parse import large_card
from designer.cards import utf16_offset
from designer.ui import MainWindow, brackets, card_session, json_editor
from designer.ui.json_editor import JsonEditor
from designer.ui.roles import ItemRole
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
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.data(ItemRole.POINTER)))
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


def _bold(editor: JsonEditor) -> list[tuple[int, int]]:
    """The highlighted bracket pair (Qt positions)."""
    return [
        (found.cursor.selectionStart(), found.cursor.selectionEnd())
        for found in editor.extraSelections()
        if found.format.fontWeight() > 400
    ]


def test_the_bracket_pair_is_found_across_lines_after_emoji(qtbot: QtBot) -> None:
    editor = JsonEditor()
    qtbot.addWidget(editor)
    text = '{\n  "😀": "{😀",  "b": [\n    "😀]", 1\n  ],\n  "c": "]"\n}'
    editor.setPlainText(text)
    opener, closer = text.index(": ["), text.index("  ],")
    cursor = editor.textCursor()
    cursor.setPosition(utf16_offset(text, opener + 3))  # just after the [
    editor.setTextCursor(cursor)
    assert _bold(editor) == [
        (utf16_offset(text, opener + 2), utf16_offset(text, opener + 3)),
        (utf16_offset(text, closer + 2), utf16_offset(text, closer + 3)),
    ]
    cursor.setPosition(utf16_offset(text, len(text)))  # after the last }: its partner is the first {
    editor.setTextCursor(cursor)
    assert _bold(editor) == [(utf16_offset(text, len(text) - 1), utf16_offset(text, len(text))), (0, 1)]


def test_a_keystroke_reads_only_the_lines_near_the_caret(
    make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "large.json"
    path.write_text(large_card(), encoding="utf-8")
    window = make_window(str(path))
    text = window.editor.text()
    assert len(text) > 50_000
    examined: list[int] = []

    def counting(*args: Any, **kwargs: Any) -> tuple[tuple[int, int] | None, int]:
        found = brackets.find_partner(*args, **kwargs)
        examined.append(found[1])
        return found

    monkeypatch.setattr(json_editor, "find_partner", counting)
    middle = text.index('"content": "', len(text) // 2) + len('"content": "')
    click_at(window, qtbot, middle)
    qtbot.keyClicks(window.editor, "ab")
    assert examined == []  # beside no bracket: nothing to match
    text = window.editor.text()
    element = text.index("{", middle) + 1
    click_at(window, qtbot, element)  # just after the next element's {
    assert examined
    assert 0 < max(examined) < 2_000  # that element's lines, not the card's
    (opened, _), (closed, _) = _bold(window.editor)
    assert (opened, text[closed]) == (element - 1, "}")  # no emoji in this card: Qt = code points


def _passes_take(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Every parse pass from now on lasts ``seconds`` by the session's clock."""
    now = [0.0]

    def clock() -> float:
        now[0] += seconds  # read at the start and at the end of each pass
        return now[0]

    monkeypatch.setattr(card_session, "_clock", clock)


def test_the_debounce_follows_the_cost_of_the_last_pass(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_text(window, SMALL_CARD)
    wait_for_parse(window, qtbot)
    assert window.session.parse_delay() <= 30  # a small card really parses fast
    _passes_take(monkeypatch, 0.090)  # a big card: each pass takes 90 ms
    click_at(window, qtbot, SMALL_CARD.index('"First"') + 2)
    qtbot.keyClicks(window.editor, "a")
    wait_for_parse(window, qtbot)
    assert window.session.parse_delay() == 45
    _passes_take(monkeypatch, 2.0)  # however slow, a change is never held back longer than this
    qtbot.keyClicks(window.editor, "b")
    wait_for_parse(window, qtbot)
    assert window.session.parse_delay() == card_session.PARSE_DELAY_MAX_MS
    _passes_take(monkeypatch, 0.004)
    qtbot.keyClicks(window.editor, "c")
    wait_for_parse(window, qtbot)
    assert window.session.parse_delay() == card_session.PARSE_DELAY_MIN_MS


def test_a_burst_of_keys_is_parsed_once_at_its_end(window: MainWindow, qtbot: QtBot) -> None:
    set_text(window, SMALL_CARD)
    wait_for_parse(window, qtbot)
    parsed: list[str] = []
    window.session.document_changed.connect(lambda document: parsed.append(document.text))
    click_at(window, qtbot, SMALL_CARD.index('"First"') + 2)
    qtbot.keyClicks(window.editor, "burst")  # the keys come faster than the shortest delay
    wait_for_parse(window, qtbot)
    assert parsed == [window.editor.text()]
    assert "Fburstirst" in parsed[0]
