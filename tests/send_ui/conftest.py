"""Fixtures of the send UI tests: a real sandbox server on loopback, a profile in the real
keyring, and a small host window offering the window API the send features use."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QToolBar,
)

from designer.cards import Document, parse
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer
from designer.store import credentials
from designer.store.profiles import Profile
from designer.ui.send.session import SendSession
from designer.ui.worker import cancel_all_and_wait
from tests.ui.modal_guard import ModalGuard, guard_modals

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

CARD = {
    "config": {"wide_screen_mode": True},
    "header": {"template": "blue", "title": {"tag": "plain_text", "content": "发布提醒 Release reminder"}},
    "elements": [
        {
            "tag": "div",
            "text": {
                "tag": "lark_md",
                "content": "**v2.4.0** goes out at 18:00 today.\n请在 17:30 前合并代码。",
            },
        },
        {"tag": "hr"},
        {
            "tag": "action",
            "actions": [
                {
                    "tag": "button",
                    "text": {"tag": "plain_text", "content": "I'm ready"},
                    "type": "primary",
                    "value": {"ok": 1},
                }
            ],
        },
    ],
}


def card_text(card: dict[str, Any] | None = None) -> str:
    return json.dumps(card or CARD, indent=2, ensure_ascii=False)


class HostWindow(QMainWindow):
    """The window API of ``designer.ui.send.install``: an editor holding card text, docks, a toolbar."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.editor = QPlainTextEdit(text)
        self.editor.setObjectName("cardEditor")
        self.setCentralWidget(self.editor)
        self._toolbar = QToolBar("Main")
        self._toolbar.setObjectName("mainToolbar")
        self.addToolBar(self._toolbar)
        self._tools_menu = self.menuBar().addMenu("Tools")
        self.revealed: list[str] = []
        self.opened: list[tuple[str, str]] = []
        self.statusBar()
        self.resize(1400, 900)

    def current_document(self) -> Document:
        return parse(self.editor.toPlainText())

    def reveal_pointer(self, pointer: str) -> None:
        # Select the value at the pointer in the editor, as the real window does.
        doc = self.current_document()
        span = doc.source_map.locate(pointer)
        cursor = self.editor.textCursor()
        cursor.setPosition(span.offset)
        cursor.setPosition(span.end_offset, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.revealed.append(pointer)

    def open_text(self, text: str, title: str) -> None:
        self.editor.setPlainText(text)
        self.setWindowTitle(title)
        self.opened.append((text, title))

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        self.addDockWidget(area, dock)

    def main_toolbar(self) -> QToolBar:
        return self._toolbar

    def tools_menu(self) -> QMenu:
        return self._tools_menu


@pytest.fixture(autouse=True)
def _modal_guard(qapp: QApplication) -> Iterator[ModalGuard]:
    """No test hangs on a modal dialog: one left open for seconds is closed and fails the test."""
    yield from guard_modals()


@pytest.fixture(autouse=True)
def _unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A static message box the test did not answer (by patching it) fails at once."""

    def unexpected(kind: str) -> Any:
        def ask(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
            raise AssertionError(f"unexpected QMessageBox.{kind}: {title}: {text}")

        return ask

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))


@pytest.fixture(autouse=True)
def _workers_end() -> Iterator[None]:
    """No background run outlives its test (a late callback would hit the next test's widgets)."""
    yield
    assert cancel_all_and_wait(10_000), "background work still running after the test"


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(host="127.0.0.1", port=0, app_id=DEMO_APP_ID, app_secret=DEMO_APP_SECRET) as server:
        yield server


@pytest.fixture
def sandbox_profile(sandbox: SandboxServer, secret_service: None) -> Iterator[Profile]:
    """A saved, active profile for the sandbox whose secret is in the real keyring."""
    profile = Profile(name="sandbox-test", region="custom", app_id=DEMO_APP_ID, base_url=sandbox.base_url)
    session = SendSession()
    session.save_profile(profile, DEMO_APP_SECRET)
    session.set_active(profile.name)
    yield profile
    credentials.delete_secret(profile.name)


@pytest.fixture
def session(sandbox_profile: Profile) -> Iterator[SendSession]:
    s = SendSession()
    yield s
    cancel_all_and_wait(10_000)
    s.close()


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    return caplog


def shot(widget: Any, name: str) -> Path:
    """Grab ``widget`` as send-<name>.png: into docs/screenshots when UPDATE_SCREENSHOTS=1 is
    set (to refresh the documentation), else into a temporary folder (the grab still runs,
    and the checked-in images are not rewritten by every test run)."""
    import os
    import tempfile

    from PySide6.QtWidgets import QApplication

    folder = (
        SCREENSHOTS
        if os.environ.get("UPDATE_SCREENSHOTS") == "1"
        else Path(tempfile.gettempdir()) / "send-ui-shots"
    )
    folder.mkdir(parents=True, exist_ok=True)
    for _ in range(3):  # let layouts settle (wrapped labels grow after their text is set)
        QApplication.processEvents()
    path = folder / f"send-{name}.png"
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path


def show_send_pane(qtbot: Any, window: QMainWindow) -> None:
    """Bring the Send pane to the front as a person does: click its tab (on a first run it shares
    the preview's place, behind it). The picker loads the chats once its pane is on screen.

    A dock behind another tab still counts as visible for Qt (``isVisible``); what is on
    screen is its visible region.
    """
    from PySide6.QtWidgets import QTabBar

    window.show()
    dock = window.findChild(QDockWidget, "sendDock")
    assert dock is not None

    def on_screen() -> bool:
        return dock.isVisible() and not dock.widget().visibleRegion().isEmpty()

    qtbot.waitExposed(window)
    if not on_screen():
        for bar in window.findChildren(QTabBar):
            for index in range(bar.count()):
                if bar.tabText(index) == dock.windowTitle() and bar.isVisible():
                    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(on_screen, timeout=5_000)
