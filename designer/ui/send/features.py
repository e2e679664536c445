"""The send features of one window: what ``install`` adds to it (see ``designer.ui.send``)."""

from __future__ import annotations

import base64
import weakref
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
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
from designer.ui.app_settings import AppSettings
from designer.ui.callbacks_pane import CallbacksFeature
from designer.ui.send.avatars import fetch_avatar
from designer.ui.send.history_view import HistoryView
from designer.ui.send.lifetime import WindowSendWork
from designer.ui.send.profile_switcher import ProfileStatusLabel, ProfileSwitcher
from designer.ui.send.recipient_picker import RecipientPicker
from designer.ui.send.send_panel import SendPanel
from designer.ui.send.session import SendSession
from designer.ui.send.target import SendTarget
from designer.ui.worker import work_of

if TYPE_CHECKING:
    from designer.sandbox.inbox_actions import ActionOutcome
    from designer.ui.send.accounts_dialog import AccountsDialog
    from designer.ui.send.inbox_view import InboxView
    from designer.ui.send.round_trip import RoundTripDialog
    from designer.ui.send.sandbox_mode import SandboxMode


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
        accounts_dialog_opened(QDialog): the ``AccountsDialog`` just shown.
    """

    accounts_dialog_opened = Signal(QDialog)

    def __init__(
        self, window: QMainWindow, *, sandbox: bool = False, settings: AppSettings | None = None
    ) -> None:
        super().__init__(window)
        host: DesignerWindow = window  # type: ignore[assignment]
        self._window = window
        self._settings = settings if settings is not None else AppSettings.of()
        self.session = SendSession(settings=self._settings, parent=self)
        self.target = SendTarget(self)
        self.picker = RecipientPicker(
            self.session, self.target, avatar_fetcher=fetch_avatar, load_when_shown=True
        )
        self.panel = SendPanel(self.session, self.target, host.current_document, host.reveal_pointer)
        # Through a weak reference: a strong one from the pane kept a killed window (and its
        # autosave lock) alive, so its unsaved work was not offered again at the next start.
        window_ref = weakref.ref(window)

        def current_document() -> Document | None:
            alive = window_ref()
            return alive.current_document() if alive is not None else None  # type: ignore[attr-defined]

        self.history = HistoryView(self.session, current_document=current_document)
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
        _tab_with(window, "previewDock", self.send_dock, self._settings)
        _tab_with(window, "problemsDock", self.history_dock, self._settings)
        self.callbacks = CallbacksFeature(
            window, self.session, self.history, self.history_dock, host.reveal_pointer, host.current_document
        )
        host.add_dock(self.callbacks.dock, Qt.DockWidgetArea.BottomDockWidgetArea)
        _tab_with(window, "historyDock", self.callbacks.dock, self._settings)
        toolbar_listen = self.callbacks.pane.listen_action

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
        toolbar.addAction(toolbar_listen)
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
        self._lifetime = WindowSendWork(self.session, self.sandbox_mode)
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

        def act(message_id: str, open_id: str, action: dict[str, Any]) -> ActionOutcome:
            from designer.sandbox.inbox_actions import ActionRefused, act_on_card

            if mode.server is None:
                raise ActionRefused("the sandbox is not running")
            return act_on_card(mode.server.base_url, message_id, open_id, action)

        inbox = InboxView(entries, image, act=act)
        self.inbox = inbox
        self.inbox_dock = _dock("inboxDock", self.tr("Sandbox inbox"), inbox)
        host.add_dock(self.inbox_dock, Qt.DockWidgetArea.RightDockWidgetArea)
        _tab_with(self._window, "previewDock", self.inbox_dock, self._settings)
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
        self.callbacks.callbacks.stop()
        if self.round_trip is not None:  # its long connection ends with the window
            self.round_trip.panel.cancel()
        self._lifetime.close(work_of(self._window))

    def shutdown(self) -> None:
        """Cancel this window's sends and loads, wait for them (a few seconds at most), close
        clients, stop the sandbox. Idempotent."""
        self.callbacks.shutdown()
        self._lifetime.end(work_of(self._window))


def _tab_with(window: QMainWindow, neighbour_name: str, dock: QDockWidget, settings: AppSettings) -> None:
    """Tab ``dock`` with the window's dock ``neighbour_name`` unless the user placed it already."""
    if _in_saved_layout(dock.objectName(), settings):
        return
    neighbour = window.findChild(QDockWidget, neighbour_name)
    if neighbour is not None and neighbour is not dock and not neighbour.isFloating():
        window.tabifyDockWidget(neighbour, dock)
        neighbour.raise_()


def _in_saved_layout(name: str, settings: AppSettings) -> bool:
    """Whether the window's saved layout (``QMainWindow.saveState``) places the dock ``name``."""
    try:
        state = base64.b64decode(settings.current.window_state or "")
    except ValueError:
        return False
    # saveState() writes each dock's objectName as a UTF-16 (big-endian) QString.
    return name.encode("utf-16-be") in state


def _dock(name: str, title: str, widget: QWidget) -> QDockWidget:
    dock = QDockWidget(title)
    dock.setObjectName(name)
    dock.setWidget(widget)
    return dock


def install(
    window: QMainWindow, *, sandbox: bool = False, settings: AppSettings | None = None
) -> SendFeatures:
    """Add the send features to ``window`` (see the module docstring); they keep their recent
    picks in the window's settings ``settings`` (None: the process's usual ones)."""
    features = SendFeatures(window, sandbox=sandbox, settings=settings)
    window.send_features = features  # type: ignore[attr-defined]
    return features
