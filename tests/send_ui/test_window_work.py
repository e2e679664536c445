"""Background work belongs to the window that started it: closing one window cancels its own
loads and sends only, returns without waiting for them, and frees its clients once they end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from designer.sandbox import SandboxServer, demo
from designer.store.profiles import Profile
from designer.ui import MainWindow
from designer.ui.send import SendFeatures
from designer.ui.worker import thread_pool
from tests.helpers.cards import card_text
from tests.helpers.send_ui import CARD, shot, show_send_pane

from .test_picker_stale_loads import _click_chat, _members_path


def _window(qtbot, path: Path) -> MainWindow:
    window = MainWindow(str(path))
    # As the app opens every window after the first: the window goes when it is closed.
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.resize(1400, 900)
    show_send_pane(qtbot, window)
    picker = window.send_features.picker
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)
    return window


@pytest.fixture
def two_windows(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sandbox_profile: Profile
) -> Iterator[tuple[MainWindow, MainWindow]]:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    path = tmp_path / "card.json"
    path.write_text(card_text(CARD), encoding="utf-8")
    windows = (_window(qtbot, path), _window(qtbot, path))
    yield windows
    # Not qtbot.addWidget: a window the test closed is deleted already.
    for window in windows:
        if shiboken6.isValid(window):
            window.close()
            qtbot.waitUntil(lambda window=window: not shiboken6.isValid(window), timeout=10_000)


@pytest.mark.parametrize("end", ["close", "deleteLater"])
def test_closing_a_window_leaves_the_other_windows_work_running(
    qtbot, two_windows: tuple[MainWindow, MainWindow], sandbox: SandboxServer, end: str
) -> None:
    """``deleteLater``: a window deleted without a close event (its close hook never ran)."""
    first, second = two_windows
    first_features: SendFeatures = first.send_features
    first_picker, second_picker = first_features.picker, second.send_features.picker
    # A member load in each window, held up by the server: the first window's for longer.
    sandbox.faults.stall_next(4.0, path=_members_path(demo.TEAM_CHAT_ID))
    sandbox.faults.stall_next(1.0, path=_members_path(demo.BIG_CHAT_ID))
    _click_chat(qtbot, first_picker, demo.TEAM_CHAT_ID)
    _click_chat(qtbot, second_picker, demo.BIG_CHAT_ID)
    assert first_picker.is_loading() and second_picker.is_loading()

    second_loaded: list[tuple[str, int]] = []
    second_picker.members_loaded.connect(lambda chat_id, count: second_loaded.append((chat_id, count)))
    getattr(first, end)()
    qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=10_000)

    # The second window's load was left alone: all 250 members arrive.
    qtbot.waitUntil(lambda: second_loaded != [], timeout=10_000)
    assert second_loaded == [(demo.BIG_CHAT_ID, 250)]
    assert second_picker.member_model.rowCount() == 250 and not second_picker.is_loading()
    # Closing did not wait for the first window's load: the server still holds its request,
    # and the first window's clients stay open until that load has ended.
    assert sandbox.requests(_members_path(demo.TEAM_CHAT_ID)) == []
    assert not first_features._lifetime.ended
    shot(second.send_features.send_dock, "11-other-window-closed")

    # The first window's load ends (cancelled, after its stalled request), then its clients go.
    qtbot.waitUntil(lambda: first_features._lifetime.ended, timeout=10_000)
    assert len(sandbox.requests(_members_path(demo.TEAM_CHAT_ID))) == 1
    assert thread_pool().waitForDone(10_000)
    QApplication.processEvents()
