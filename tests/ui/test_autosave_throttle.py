"""Autosave follows the typing: kept shortly after a pause, and regularly while typing goes on,
so a crash loses at most about ``SAVE_AFTER_CHANGE_MS`` of work."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from designer.store.autosave import LOCK_NAME, SAVE_AFTER_CHANGE_MS
from designer.ui import MainWindow


def _autosaved(window: MainWindow) -> str | None:
    """The text this window's autosave holds now (None: nothing saved yet)."""
    files = [p for p in window.recovery.store.session_folder.glob("*.json") if p.name != LOCK_NAME]
    if not files:
        return None
    return str(json.loads(files[0].read_text(encoding="utf-8"))["text"])


def _type_at_end(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, text)


def test_typing_is_autosaved_shortly_after_it_pauses(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.editor.setFocus()
    _type_at_end(qtbot, window, " draft 1")
    typed = window.editor.toPlainText()
    assert _autosaved(window) is None  # not on every key
    qtbot.waitUntil(lambda: _autosaved(window) == typed, timeout=3 * SAVE_AFTER_CHANGE_MS)

    # More typing after a pause (non-ASCII and an emoji, as an input method commits them).
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.insertPlainText(" 草稿 🚀")
    typed = window.editor.toPlainText()
    qtbot.waitUntil(lambda: _autosaved(window) == typed, timeout=3 * SAVE_AFTER_CHANGE_MS)


def test_continuous_typing_is_autosaved_while_it_goes_on(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.editor.setFocus()
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    saved_while_typing: set[str] = set()
    keys = iter("abcdefghijklmnopqrstuvwxy" * 2)
    typist = QTimer()
    # A key every tenth of the interval: the typing never pauses as long as the interval.
    typist.setInterval(SAVE_AFTER_CHANGE_MS // 10)

    def press() -> None:
        key = next(keys, None)
        if key is None:
            typist.stop()
            return
        qtbot.keyClick(window.editor, key)
        text = _autosaved(window)
        if text is not None:
            saved_while_typing.add(text)

    typist.timeout.connect(press)
    typist.start()
    qtbot.waitUntil(lambda: not typist.isActive(), timeout=60_000)
    # 50 keys take at least 5 intervals: the typing was kept several times on the way (a
    # debounced save would wait for the pause, losing all of it to a crash meanwhile).
    assert len(saved_while_typing) >= 3, saved_while_typing
    final = window.editor.toPlainText()
    qtbot.waitUntil(lambda: _autosaved(window) == final, timeout=3 * SAVE_AFTER_CHANGE_MS)
    assert window.isWindowModified()  # still unsaved: only the autosave has it
