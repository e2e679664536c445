"""Autosave follows the typing: kept shortly after a pause, and regularly while typing goes on,
so a crash loses at most about ``SAVE_AFTER_CHANGE_MS`` of work."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from designer.store import autosave as autosave_module
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


def test_the_autosave_write_is_not_done_on_the_gui_thread(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    write = autosave_module.write_text_atomic

    def recorded(path: Path, text: str) -> None:
        threads.append(threading.current_thread())
        write(path, text)

    monkeypatch.setattr(autosave_module, "write_text_atomic", recorded)
    window = make_window()
    window.editor.setFocus()
    _type_at_end(qtbot, window, " draft")
    typed = window.editor.toPlainText()
    qtbot.waitUntil(lambda: _autosaved(window) == typed, timeout=3 * SAVE_AFTER_CHANGE_MS)
    assert threads and threading.main_thread() not in threads


def test_closing_waits_for_the_write_in_flight_and_leaves_nothing(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()
    write = autosave_module.write_text_atomic

    def slow(path: Path, text: str) -> None:
        started.set()
        time.sleep(0.3)  # a slow disk: the close comes while this write is on its way
        write(path, text)

    monkeypatch.setattr(autosave_module, "write_text_atomic", slow)
    window = make_window()
    _type_at_end(qtbot, window, " draft")
    window.recovery.autosave_now()
    assert started.wait(5)
    folder = window.recovery.store.session_folder
    window.editor.document().setModified(False)  # (the person chose not to keep it)
    window.close()
    assert not window.isVisible()
    time.sleep(0.4)  # the write in flight has ended by now
    assert not folder.exists()  # no session left to look like a crashed run


def test_a_failed_autosave_is_shown_and_tried_again(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(path: Path, text: str) -> None:
        raise OSError(28, "No space left on device")

    window = make_window()
    monkeypatch.setattr(autosave_module, "write_text_atomic", failing)
    _type_at_end(qtbot, window, " draft")
    window.recovery.autosave_now()
    qtbot.waitUntil(lambda: "No space left on device" in window.statusBar().currentMessage(), timeout=3000)
    monkeypatch.undo()
    window.recovery.autosave_now()  # the same text: not taken as kept, so written now
    typed = window.editor.toPlainText()
    qtbot.waitUntil(lambda: _autosaved(window) == typed, timeout=3000)
