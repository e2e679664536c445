"""Randomized typing in the real window (issue 9, "what you type stays where you typed it").

On every template and every fixture card, with fixed seeds: click at random places inside string
values, type (ASCII by key, CJK and emoji by an input method commit), delete, backspace, paste,
undo, redo and switch the window theme. After each step, and again after the debounced parse has
run and every pane has taken the new ``Document``, the text is exactly what the keys made, the
caret stands where they left it and nothing is selected.

Positions in the model are code points; the editor is asked in code points too (``cursor_offset``).
More seeds: ``DESIGNER_TYPING_SEEDS=20 pytest tests/ui/test_typing_random.py``; other seeds than
CI's: ``DESIGNER_TYPING_SEED_BASE=1000``.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from designer.cards import Document, code_point_offset, utf16_offset
from designer.cards.tree import get_pointer
from designer.ui import MainWindow, card_session
from tests.ui.conftest import TEMPLATES
from tests.ui.typing_helpers import click_at, wait_for_parse

ROOT = Path(__file__).resolve().parents[2]
CARDS = sorted(
    list(TEMPLATES.glob("*.json"))
    + sorted((ROOT / "tests" / "data" / "cards").rglob("*.json"))
    + sorted((ROOT / "tests" / "render" / "cards").glob("*.json"))
    + [Path(__file__).parent / "data" / "emoji-card.json"]
)
SEEDS = int(os.environ.get("DESIGNER_TYPING_SEEDS", "3"))
# Where the seeds start: CI runs the same ones every time; a person tries new ones with e.g. 1000.
SEED_BASE = int(os.environ.get("DESIGNER_TYPING_SEED_BASE", "0"))
STEPS = 8
# Typed by key (ASCII) or committed by an input method (the rest): no JSON specials, no quotes.
ASCII = "abcXYZ019 -_.:"
WIDE = ["中", "文字", "é", "😀", "👍🏽", "🇨🇳", "👩‍💻", "𝒜"]


@dataclass
class Model:
    """What the text and caret must be after the person's keys."""

    text: str
    caret: int
    history: list[str] = field(default_factory=list)  # texts after each edit, for undo/redo
    at: int = 0

    def edited(self, text: str, caret: int) -> None:
        self.text, self.caret = text, caret
        del self.history[self.at + 1 :]
        self.history.append(text)
        self.at = len(self.history) - 1


def _string_spans(document: Document) -> list[tuple[str, int, int]]:
    """(pointer, start, end) of the content of every string value (inside its quotes)."""
    found = []
    for pointer, span in document.source_map.values.items():
        if isinstance(get_pointer(document.data, pointer), str):
            found.append((pointer, span.offset + 1, span.end_offset - 1))
    return sorted(found, key=lambda item: item[1])


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The JSON string's source tokens in ``text[start:end]``: an escape or one code point."""
    tokens = []
    index = start
    while index < end:
        width = (6 if text[index + 1] == "u" else 2) if text[index] == "\\" else 1
        tokens.append((index, index + width))
        index += width
    return tokens


class Person:
    """Acts on the window with one random generator, keeping the model of what must result."""

    def __init__(self, window: MainWindow, qtbot: QtBot, rng: random.Random, label: str) -> None:
        self.window = window
        self.editor = window.editor
        self.qtbot = qtbot
        self.rng = rng
        self.label = label
        text = self.editor.toPlainText()
        self.model = Model(text, self.editor.cursor_offset(), [text], 0)
        self.done: list[str] = []
        self.span: tuple[int, int] | None = None  # the string content the caret is in

    # ----- where a caret may stand
    def _valid(self, offset: int) -> bool:
        """Qt lets the caret stand at ``offset`` (not inside an emoji sequence or a flag)."""
        text = self.model.text
        block = self.editor.document().findBlock(utf16_offset(text, offset))
        return block.layout().isValidCursorPosition(utf16_offset(text, offset) - block.position())

    def _next_stop(self, offset: int) -> int:
        """Where Delete from ``offset`` stops: the next caret position (one grapheme on)."""
        text = self.model.text
        block = self.editor.document().findBlock(utf16_offset(text, offset))
        inside = block.layout().nextCursorPosition(utf16_offset(text, offset) - block.position())
        return code_point_offset(text, block.position() + inside)

    # ----- the steps
    def click(self) -> None:
        document = self.window.current_document()
        spans = _string_spans(document)
        pointer, start, end = self.rng.choice(spans)
        stops = [start] + [stop for _, stop in _tokens(self.model.text, start, end)]
        stops = [stop for stop in stops if self._valid(stop)]
        offset = self.rng.choice(stops)
        self.done.append(f"click {pointer} @{offset - start}")
        click_at(self.window, self.qtbot, offset)
        self.model.caret = offset
        self.span = (start, end)

    def type(self) -> None:
        text, caret = self.model.text, self.model.caret
        if self.rng.random() < 0.6:
            typed = "".join(self.rng.choice(ASCII) for _ in range(self.rng.randint(1, 3)))
            self.done.append(f"type {typed!r}")
            self.qtbot.keyClicks(self.editor, typed)
            # Each key is its own edit: undo may take back any of these states.
            for index in range(1, len(typed)):
                self.model.edited(text[:caret] + typed[:index] + text[caret:], caret + index)
        else:
            typed = self.rng.choice(WIDE)
            self.done.append(f"input method {typed!r}")
            event = QInputMethodEvent("", [])
            event.setCommitString(typed)
            QApplication.sendEvent(self.editor, event)
        self.model.edited(text[:caret] + typed + text[caret:], caret + len(typed))
        self._grow(len(typed))

    def paste(self) -> None:
        pasted = "".join(self.rng.choice([*ASCII, *WIDE]) for _ in range(self.rng.randint(1, 4)))
        self.done.append(f"paste {pasted!r}")
        QGuiApplication.clipboard().setText(pasted)
        self.qtbot.keySequence(self.editor, QKeySequence.StandardKey.Paste)
        text, caret = self.model.text, self.model.caret
        self.model.edited(text[:caret] + pasted + text[caret:], caret + len(pasted))
        self._grow(len(pasted))

    def backspace(self) -> None:
        text, caret = self.model.text, self.model.caret
        assert self.span is not None
        tokens = _tokens(text, self.span[0], self.span[1])
        # Only a plain character: half an escape would break the JSON string.
        if caret == self.span[0] or not any(end == caret and end - start == 1 for start, end in tokens):
            return self.type()
        self.done.append("backspace")
        self.qtbot.keyClick(self.editor, Qt.Key.Key_Backspace)
        # Backspace takes one code point, also out of an emoji sequence (Qt's deletePreviousChar).
        self.model.edited(text[: caret - 1] + text[caret:], caret - 1)
        self._grow(-1)

    def delete(self) -> None:
        text, caret = self.model.text, self.model.caret
        assert self.span is not None
        stop = self._next_stop(caret) if caret < self.span[1] else caret
        if stop == caret or stop > self.span[1] or "\\" in text[caret:stop]:
            return self.type()
        self.done.append("delete")
        self.qtbot.keyClick(self.editor, Qt.Key.Key_Delete)
        self.model.edited(text[:caret] + text[stop:], caret)
        self._grow(caret - stop)

    def undo(self, step: int) -> None:
        self.done.append("undo" if step < 0 else "redo")
        shift = Qt.KeyboardModifier.ShiftModifier if step > 0 else Qt.KeyboardModifier.NoModifier
        self.qtbot.keyClick(self.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | shift)
        text = self.editor.toPlainText()
        # Qt may take back several keys typed in a row at once: any earlier state will do, but
        # only one the keys made.
        states = (
            range(self.model.at - 1, -1, -1)
            if step < 0
            else range(self.model.at + 1, len(self.model.history))
        )
        found = next((index for index in states if self.model.history[index] == text), None)
        if found is None and text == self.model.text:  # nothing to undo / redo
            found = self.model.at
        assert found is not None, self._story("undo/redo made a text no key made")
        self.model.at, self.model.text = found, text
        # Qt puts the caret where the change was; from here on it must stay there.
        self.model.caret = self.editor.cursor_offset()
        self.span = None

    def switch_theme(self) -> None:
        dark = self.window.commands.dark_action.isChecked()
        self.done.append("theme " + ("light" if dark else "dark"))
        (self.window.commands.light_action if dark else self.window.commands.dark_action).trigger()

    def _grow(self, delta: int) -> None:
        assert self.span is not None
        self.span = (self.span[0], self.span[1] + delta)

    # ----- the checks
    def _story(self, what: str) -> str:
        return f"{self.label}: {what} after {' → '.join(self.done)}"

    def check(self, when: str) -> None:
        editor = self.editor
        assert editor.toPlainText() == self.model.text, self._story(f"the text differs ({when})")
        assert editor.cursor_offset() == self.model.caret, self._story(
            f"the caret is at {editor.cursor_offset()}, not {self.model.caret} ({when})"
        )
        assert not editor.textCursor().hasSelection(), self._story(
            f"{editor.textCursor().selectedText()!r} is selected ({when})"
        )

    def step(self) -> None:
        actions: list[tuple[float, Callable[[], None]]] = [
            (3, self.type),
            (1, self.paste),
            (2, self.backspace),
            (1.5, self.delete),
            (1, lambda: self.undo(-1)),
            (0.6, lambda: self.undo(+1)),
            (0.6, self.switch_theme),
            (1.5, self.click),
        ]
        if self.span is None:
            self.click()
        else:
            weights, choices = zip(*actions, strict=True)
            self.rng.choices(choices, weights)[0]()
        self.check("at once")
        wait_for_parse(self.window, self.qtbot)
        self.check("after the parse")


@pytest.fixture
def quick_parse(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The debounce, shortened: every step still waits for the same timer and signal."""
    monkeypatch.setattr(card_session, "PARSE_DELAY_MIN_MS", 1)
    monkeypatch.setattr(card_session, "PARSE_DELAY_MAX_MS", 1)
    yield


@pytest.mark.parametrize("path", CARDS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_what_you_type_stays_where_you_typed_it(
    quick_parse: None, make_window: Callable[..., MainWindow], qtbot: QtBot, path: Path
) -> None:
    window = make_window(str(path))
    window.editor.setFocus()
    try:
        for seed in range(SEED_BASE, SEED_BASE + SEEDS):
            window.files.open_file(path, interactive=False)
            window.editor.document().clearUndoRedoStacks()
            rng = random.Random(f"{path.name}:{seed}")
            person = Person(window, qtbot, rng, f"{path.name} seed {seed}")
            for _ in range(STEPS):
                person.step()
            window.editor.document().setModified(False)
    finally:
        window.commands.light_action.trigger()  # the window theme is the application's: leave it light
