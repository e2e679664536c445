"""Sending from the window: accounts, the recipient picker, the send panel, history, sandbox inbox.

The main window calls ``install(window, sandbox=...)`` at the end of its constructor; it adds

* a "Send" dock: the recipient picker (``recipientPicker``) above the send panel (``sendPanel``),
* a "History" dock (``sendHistory``) and, with ``--sandbox``, a "Sandbox inbox" dock,
* the profile menu on the main toolbar, the Send action (Ctrl+Enter), Accounts… (in the
  window's Tools menu),
* the active profile in the status bar,

and returns the ``SendFeatures`` holding them (also kept as ``window.send_features``).
Nothing here reaches the keyring or the network while the window opens: the picker loads
the chats when the Send pane comes on screen, Accounts… imports its dialog when chosen,
the session makes a client when one is first needed (issue 10).
The window calls ``window_closed()`` from its close event: that ends this window's background
work only (other windows' goes on), without waiting for it.
The window API used: ``current_document()``, ``reveal_pointer(pointer)``, ``open_text(text,
title)``, ``add_dock(dock, area)``, ``main_toolbar()``, ``tools_menu()``, ``statusBar()``.
"""

from __future__ import annotations

import base64
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QStatusBar,
    QToolBar,
    QWidget,
)

from designer.cards import Document
from designer.store.settings import load_settings
from designer.ui.send.avatars import fetch_avatar
from designer.ui.send.history_view import HistoryView
from designer.ui.send.profile_switcher import ProfileStatusLabel, ProfileSwitcher
from designer.ui.send.recipient_picker import RecipientPicker
from designer.ui.send.send_panel import SendPanel
from designer.ui.send.session import SendSession
from designer.ui.send.target import SendTarget
from designer.ui.worker import CancelHandle, cancel_all_and_wait, when_done, work_of

if TYPE_CHECKING:
    from designer.ui.send.accounts_dialog import AccountsDialog
    from designer.ui.send.inbox_view import InboxView
    from designer.ui.send.round_trip import RoundTripDialog
    from designer.ui.send.sandbox_mode import SandboxMode

__all__ = ["SendFeatures", "install"]


class DesignerWindow(Protocol):
    """What the send features need from the main window."""

    def current_document(self) -> Document | None: ...
    def reveal_pointer(self, pointer: str) -> None: ...
    def open_text(self, text: str, title: str) -> Any: ...
    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None: ...
    def main_toolbar(self) -> QToolBar: ...
    def tools_menu(self) -> QMenu: ...
    def statusBar(self) -> QStatusBar: ...


class SendFeatures(QObject):
    """Everything ``install`` added to one window; ``window_closed()`` and ``shutdown()`` end
    its background work.

    Signals:
        accounts_dialog_opened(object): the ``AccountsDialog`` just shown.
    """

    accounts_dialog_opened = Signal(object)

    def __init__(
        self, window: QMainWindow, *, sandbox: bool = False, settings_path: Path | None = None
    ) -> None:
        super().__init__(window)
        host: DesignerWindow = window  # type: ignore[assignment]
        self._window = window
        self.session = SendSession(settings_path=settings_path, parent=self)
        self.target = SendTarget(self)
        self.picker = RecipientPicker(
            self.session, self.target, avatar_fetcher=fetch_avatar, load_when_shown=True
        )
        self.panel = SendPanel(self.session, self.target, host.current_document, host.reveal_pointer)
        self.history = HistoryView(self.session, current_document=host.current_document)
        self.history.reopen_requested.connect(host.open_text)

        send_area = QSplitter(Qt.Orientation.Vertical)
        send_area.setObjectName("sendArea")
        send_area.addWidget(self.picker)
        # Scrollable, so a long error list or result table never squeezes the panel's lines.
        panel_scroll = QScrollArea()
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        panel_scroll.setWidget(self.panel)
        send_area.addWidget(panel_scroll)
        # The panel keeps the room for its lines (to, buttons, status, message id); the
        # picker's lists take the rest.
        panel_scroll.setMinimumHeight(self.panel.sizeHint().height() + 6)
        send_area.setStretchFactor(0, 3)
        send_area.setStretchFactor(1, 1)
        self.send_dock = _dock("sendDock", self.tr("Send"), send_area)
        # The picker loads chats (keyring, network) when the Send pane comes on screen.
        self.send_dock.visibilityChanged.connect(self.picker.set_on_screen)
        self.history_dock = _dock("historyDock", self.tr("Send history"), self.history)
        host.add_dock(self.send_dock, Qt.DockWidgetArea.RightDockWidgetArea)
        host.add_dock(self.history_dock, Qt.DockWidgetArea.BottomDockWidgetArea)
        # First run (no saved layout): Send shares the preview's place as a tab and History
        # the problems list's, so the editor and the preview keep their room.
        _tab_with(window, "previewDock", self.send_dock, settings_path)
        _tab_with(window, "problemsDock", self.history_dock, settings_path)

        self.accounts_action = QAction(self.tr("Accounts…"), window)
        self.accounts_action.setObjectName("accountsAction")
        self.accounts_action.triggered.connect(self.open_accounts)
        host.tools_menu().addAction(self.accounts_action)
        self.round_trip_action = QAction(self.tr("Private form round trip…"), window)
        self.round_trip_action.setObjectName("roundTripAction")
        self.round_trip_action.triggered.connect(lambda: self.open_round_trip(host))
        host.tools_menu().addAction(self.round_trip_action)
        self.round_trip: RoundTripDialog | None = None
        self.switcher = ProfileSwitcher(self.session)
        self.switcher.accounts_requested.connect(self.open_accounts)
        toolbar = host.main_toolbar()
        toolbar.addSeparator()
        toolbar.addWidget(self.switcher)
        toolbar.addAction(self.panel.send_action)
        # On the window, so Ctrl+Enter works wherever the focus is (the editor included).
        window.addAction(self.panel.send_action)
        self.status_label = ProfileStatusLabel(self.session)
        host.statusBar().addPermanentWidget(self.status_label)

        self.sandbox_mode: SandboxMode | None = None
        self.inbox: InboxView | None = None
        self.inbox_dock: QDockWidget | None = None
        if sandbox:
            self._start_sandbox(host)

        # Plain Python state: the release may come after Qt deleted the window and this object.
        self._lifetime = _Lifetime(self.session, self.sandbox_mode)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._lifetime.quit)
        # A window deleted without a close event (its close hook did not run).
        window.destroyed.connect(self._lifetime.window_gone)

    def _start_sandbox(self, host: DesignerWindow) -> None:
        from designer.ui.send.inbox_view import InboxView
        from designer.ui.send.sandbox_mode import SandboxMode

        mode = SandboxMode(self.session, self)
        self.sandbox_mode = mode

        def entries() -> list[Any]:
            return mode.server.inbox() if mode.server is not None else []

        def image(key: str) -> bytes | None:
            return mode.server.image(key) if mode.server is not None else None

        inbox = InboxView(entries, image)
        self.inbox = inbox
        self.inbox_dock = _dock("inboxDock", self.tr("Sandbox inbox"), inbox)
        host.add_dock(self.inbox_dock, Qt.DockWidgetArea.RightDockWidgetArea)
        _tab_with(self._window, "previewDock", self.inbox_dock, self.session.settings_path)
        self.session.history_changed.connect(inbox.refresh)
        mode.started.connect(
            lambda url: host.statusBar().showMessage(
                self.tr("Sandbox running at {url}").format(url=url), 8000
            )
        )
        mode.failed.connect(lambda message: host.statusBar().showMessage(message))
        mode.start()

    def open_round_trip(self, host: DesignerWindow) -> RoundTripDialog:
        """Show the guided form round trip (one per window, kept between openings)."""
        from designer.ui.send.round_trip import RoundTripDialog

        if self.round_trip is None:
            self.round_trip = RoundTripDialog(self.session, host.current_document, self._window)
        self.round_trip.show()
        self.round_trip.raise_()
        return self.round_trip

    def open_accounts(self) -> AccountsDialog:
        # Imported when first opened: the dialog brings the client and the keyring with it.
        from designer.ui.send.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.session, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.accounts_dialog_opened.emit(dialog)
        return dialog

    def window_closed(self) -> None:
        """The window closed: cancel its sends and loads (not other windows') and return at once;
        its clients are closed and its sandbox stopped once that work has ended."""
        if self.round_trip is not None:  # its long connection ends with the window
            self.round_trip.panel.cancel()
        self._lifetime.close(work_of(self._window))

    def shutdown(self) -> None:
        """Cancel this window's sends and loads, wait for them (a few seconds at most), close
        clients, stop the sandbox. Idempotent."""
        self._lifetime.end(work_of(self._window))


class _Lifetime:
    """Ends the background work of one window and then frees what it used, exactly once.

    Closing the window cancels its runs and frees its clients and sandbox when they have
    ended (a client is never closed under a run still using it), without blocking the GUI
    thread; quitting cancels and waits for every run, the process is about to end.
    """

    _WAIT_SECONDS = 5.0

    def __init__(self, session: SendSession, sandbox_mode: Any) -> None:
        self._session = session
        self._sandbox_mode = sandbox_mode
        self._work: list[CancelHandle] = []  # cancelled, waited for before the release
        self.closing = False
        self.ended = False

    def close(self, work: list[CancelHandle]) -> None:
        """Cancel ``work``; release once it is done. Returns at once."""
        if self.closing or self.ended:
            return
        self.closing = True
        self._cancel(work)
        when_done(self._work, self._release)

    def window_gone(self, window: QObject) -> None:
        # ``window`` is a fresh wrapper of the object being deleted; its children still exist.
        self.close(work_of(window))

    def end(self, work: list[CancelHandle]) -> None:
        """Cancel ``work`` (and what a close left running), wait for it, release now."""
        if self.ended:
            return
        self._cancel(work)
        deadline = time.monotonic() + self._WAIT_SECONDS
        for handle in self._work:
            handle.wait(max(0.0, deadline - time.monotonic()))
        self._release()

    def quit(self, *args: object) -> None:
        if self.ended:
            return
        cancel_all_and_wait()
        self._release()

    def _cancel(self, work: list[CancelHandle]) -> None:
        for handle in work:
            handle.cancel()
        self._work += [handle for handle in work if handle not in self._work]

    def _release(self) -> None:
        if self.ended:
            return
        self.ended = True
        self._work = []
        self._session.close()
        if self._sandbox_mode is not None:
            self._sandbox_mode.stop()


def _tab_with(
    window: QMainWindow, neighbour_name: str, dock: QDockWidget, settings_path: Path | None
) -> None:
    """Tab ``dock`` with the window's dock ``neighbour_name`` unless the user placed it already."""
    if _in_saved_layout(dock.objectName(), settings_path):
        return
    neighbour = window.findChild(QDockWidget, neighbour_name)
    if neighbour is not None and neighbour is not dock and not neighbour.isFloating():
        window.tabifyDockWidget(neighbour, dock)
        neighbour.raise_()


def _in_saved_layout(name: str, settings_path: Path | None) -> bool:
    """Whether the window's saved layout (``QMainWindow.saveState``) places the dock ``name``."""
    try:
        state = base64.b64decode(load_settings(settings_path).window_state or "")
    except ValueError:
        return False
    # saveState() writes each dock's objectName as a UTF-16 (big-endian) QString.
    return name.encode("utf-16-be") in state


def _dock(name: str, title: str, widget: QWidget) -> QDockWidget:
    dock = QDockWidget(title)
    dock.setObjectName(name)
    dock.setWidget(widget)
    return dock


def install(window: QMainWindow, *, sandbox: bool = False, settings_path: Path | None = None) -> SendFeatures:
    """Add the send features to ``window`` (see the module docstring); they keep their recent
    picks in the window's settings file ``settings_path`` (None: the usual one)."""
    features = SendFeatures(window, sandbox=sandbox, settings_path=settings_path)
    window.send_features = features  # type: ignore[attr-defined]
    return features
