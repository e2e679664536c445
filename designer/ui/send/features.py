"""The send features of one window: what ``install`` adds to it (see ``designer.ui.send``).

The window's first frame shows the toolbar's profile switcher and Send and Listen actions, the
profile in the status bar, the menus and the docks' tabs; the panes behind them (the picker,
the send panel, the history, the callbacks) and what they import (the data types and pydantic,
the history, the long connection: ~0.3 s) are built when a dock is first shown or an action
first used (issue 10). A dock the saved layout shows at start is built then, before the frame.
"""

from __future__ import annotations

import base64
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMainWindow,
    QMenu,
    QStatusBar,
    QToolBar,
    QWidget,
)

from designer.cards import Document
from designer.ui.app_settings import AppSettings
from designer.ui.send.lifetime import WindowSendWork
from designer.ui.send.profile_switcher import ProfileStatusLabel, ProfileSwitcher
from designer.ui.send.session import SendSession
from designer.ui.send.shell import CallbacksShell, make_send_action
from designer.ui.send.target import SendTarget
from designer.ui.worker import work_of

if TYPE_CHECKING:
    from designer.sandbox.inbox_actions import ActionOutcome
    from designer.ui.callbacks_pane import CallbacksFeature
    from designer.ui.send.accounts_dialog import AccountsDialog
    from designer.ui.send.history_view import HistoryView
    from designer.ui.send.inbox_view import InboxView
    from designer.ui.send.recipient_picker import RecipientPicker
    from designer.ui.send.round_trip import RoundTripDialog
    from designer.ui.send.sandbox_mode import SandboxMode
    from designer.ui.send.send_panel import SendPanel


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

    ``picker`` and ``panel`` (and ``target``, which the picker writes), ``history`` and
    ``callbacks`` are built on first use (reading one builds it), as showing their dock or
    using their action does.

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
        self._host = host
        self._settings = settings if settings is not None else AppSettings.of()
        self.session = SendSession(settings=self._settings, parent=self)
        self._target = SendTarget(self)
        self._picker: RecipientPicker | None = None
        self._panel: SendPanel | None = None
        self._history: HistoryView | None = None
        self._callbacks: CallbacksFeature | None = None

        # The docks, empty until first shown (their tabs and places are in the first frame).
        self.send_dock = _dock("sendDock", self.tr("Send"))
        self.history_dock = _dock("historyDock", self.tr("Send history"))
        host.add_dock(self.send_dock, Qt.DockWidgetArea.RightDockWidgetArea)
        host.add_dock(self.history_dock, Qt.DockWidgetArea.BottomDockWidgetArea)
        # First run (no saved layout): Send shares the preview's place as a tab and History
        # the problems list's, so the editor and the preview keep their room.
        _tab_with(window, "previewDock", self.send_dock, self._settings)
        _tab_with(window, "problemsDock", self.history_dock, self._settings)
        self._callbacks_shell = CallbacksShell(window)
        host.add_dock(self._callbacks_shell.dock, Qt.DockWidgetArea.BottomDockWidgetArea)
        # Tabbed with the problems list (after History): tabbed with History, it raised History
        # in front of the problems at a first start, building the history (and pydantic, its
        # import) before the first frame.
        _tab_with(window, "problemsDock", self._callbacks_shell.dock, self._settings)
        # Whether the Send pane is on screen (its tab the current one), for the picker's loads.
        self._send_on_screen = False
        self.send_dock.visibilityChanged.connect(self._note_send_on_screen)
        _build_when_shown(self.send_dock, lambda: self.panel)
        _build_when_shown(self.history_dock, lambda: self.history)
        _build_when_shown(self._callbacks_shell.dock, lambda: self.callbacks)

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
        # Send and Listen work from the first frame; their first use builds their pane.
        self.send_action = make_send_action(window)
        self._send_first_use = _OnFirstTrigger(self.send_action, lambda: self.panel)
        listen_action = self._callbacks_shell.listen_action
        self._listen_first_use = _OnFirstTrigger(listen_action, lambda: self.callbacks)
        toolbar = host.main_toolbar()
        toolbar.addSeparator()
        toolbar.addWidget(self.switcher)
        toolbar.addAction(self.send_action)
        toolbar.addAction(listen_action)
        # On the window, so Ctrl+Enter works wherever the focus is (the editor included); on
        # the Send dock too, the pane it acts in (Help ▸ Keyboard Shortcuts files it there).
        window.addAction(self.send_action)
        self.send_dock.addAction(self.send_action)
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

    # -- the panes, built on first use ----------------------------------------------------------

    @property
    def target(self) -> SendTarget:
        """Who the next card goes to, as the picker chose it (reading it builds the picker,
        which starts the target afresh for the active profile)."""
        self._build_send_area()
        return self._target

    @property
    def picker(self) -> RecipientPicker:
        """The recipient picker (objectName ``recipientPicker``), in the Send dock."""
        self._build_send_area()
        assert self._picker is not None
        return self._picker

    @property
    def panel(self) -> SendPanel:
        """The send panel (objectName ``sendPanel``), in the Send dock."""
        self._build_send_area()
        assert self._panel is not None
        return self._panel

    def _build_send_area(self) -> None:
        if self._panel is not None:
            return
        from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter

        from designer.ui.send.avatars import fetch_avatar
        from designer.ui.send.recipient_picker import RecipientPicker
        from designer.ui.send.send_panel import SendPanel

        host = self._host
        picker = RecipientPicker(self.session, self._target, avatar_fetcher=fetch_avatar, load_when_shown=True)
        panel = SendPanel(
            self.session,
            self._target,
            host.current_document,
            host.reveal_pointer,
            send_action=self.send_action,
        )
        self._picker, self._panel = picker, panel
        send_area = QSplitter(Qt.Orientation.Vertical)
        send_area.setObjectName("sendArea")
        send_area.addWidget(picker)
        # Scrollable, so a long error list or result table never squeezes the panel's lines.
        panel_scroll = QScrollArea()
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        panel_scroll.setWidget(panel)
        send_area.addWidget(panel_scroll)
        # The panel keeps the room for its lines (to, buttons, status, message id); the
        # picker's lists take the rest.
        panel_scroll.setMinimumHeight(panel.sizeHint().height() + 6)
        send_area.setStretchFactor(0, 3)
        send_area.setStretchFactor(1, 1)
        self.send_dock.setWidget(send_area)
        # The picker loads chats (keyring, network) when the Send pane comes on screen.
        self.send_dock.visibilityChanged.connect(picker.set_on_screen)
        picker.set_on_screen(self._send_on_screen)
        self._send_first_use.built()  # the panel answers Send card from now on

    def _note_send_on_screen(self, visible: bool) -> None:
        self._send_on_screen = visible

    @property
    def history(self) -> HistoryView:
        """The send history (objectName ``sendHistory``), in the History dock."""
        if self._history is None:
            from designer.ui.send.history_view import HistoryView

            # Through a weak reference: a strong one from the pane kept a killed window (and
            # its autosave lock) alive, so its unsaved work was not offered at the next start.
            window_ref = weakref.ref(self._window)

            def current_document() -> Document | None:
                alive = window_ref()
                return alive.current_document() if alive is not None else None  # type: ignore[attr-defined]

            self._history = HistoryView(self.session, current_document=current_document)
            self._history.reopen_requested.connect(self._host.open_text)
            self.history_dock.setWidget(self._history)
        return self._history

    @property
    def callbacks(self) -> CallbacksFeature:
        """The Callbacks pane and its listener (its menu and dock are there from the start)."""
        if self._callbacks is None:
            from designer.ui.callbacks_pane import CallbacksFeature

            host = self._host
            self._callbacks = CallbacksFeature(
                self._window,
                self.session,
                self.history,
                self.history_dock,
                host.reveal_pointer,
                host.current_document,
                shell=self._callbacks_shell,
            )
            self._listen_first_use.built()  # the pane answers Listen from now on
        return self._callbacks

    def _start_sandbox(self, host: DesignerWindow) -> None:
        from designer.ui.send.inbox_view import InboxView
        from designer.ui.send.sandbox_mode import SandboxMode

        mode = SandboxMode(self.session, self)
        self.sandbox_mode = mode

        def entries() -> list[Any]:
            return mode.server.inbox() if mode.server is not None else []

        def image(key: str) -> bytes | None:
            return mode.server.image(key) if mode.server is not None else None

        not_running = self.tr("The sandbox is not running.")

        def act(message_id: str, open_id: str, action: dict[str, Any]) -> ActionOutcome:
            from designer.sandbox.inbox_actions import ActionRefused, act_on_card

            if mode.server is None:
                raise ActionRefused(not_running)
            return act_on_card(mode.server.base_url, message_id, open_id, action)

        def posts() -> list[Any]:
            return mode.server.messages() if mode.server is not None else []

        def chat_of(chat_id: str) -> Any:
            return mode.server.service.chat(chat_id) if mode.server is not None else None

        # Group posts are listed too: any member of the chat may act on them.
        inbox = InboxView(entries, image, act=act, posts=posts, chat_of=chat_of)
        self.inbox = inbox
        self.inbox_dock = _dock("inboxDock", self.tr("Sandbox inbox"), inbox)
        host.add_dock(self.inbox_dock, Qt.DockWidgetArea.RightDockWidgetArea)
        _tab_with(self._window, "previewDock", self.inbox_dock, self._settings)
        self.session.messages_changed.connect(inbox.refresh)
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
        if self._callbacks is not None:
            self._callbacks.callbacks.stop()
        if self.round_trip is not None:  # its long connection ends with the window
            self.round_trip.panel.cancel()
        self._lifetime.close(work_of(self._window))

    def shutdown(self) -> None:
        """Cancel this window's sends and loads, wait for them (a few seconds at most), close
        clients, stop the sandbox. Idempotent."""
        if self._callbacks is not None:
            self._callbacks.shutdown()
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


def _dock(name: str, title: str, widget: QWidget | None = None) -> QDockWidget:
    dock = QDockWidget(title)
    dock.setObjectName(name)
    if widget is not None:
        dock.setWidget(widget)
    return dock


def _build_when_shown(dock: QDockWidget, build: Callable[[], object]) -> None:
    """Call ``build`` (which fills ``dock``) the first time ``dock`` comes on screen: at start
    when the saved layout shows it, else when the person opens it or raises its tab."""

    def shown(visible: bool) -> None:
        if visible:
            dock.visibilityChanged.disconnect(shown)
            build()

    dock.visibilityChanged.connect(shown)


class _OnFirstTrigger:
    """Build a pane the first time its action is triggered, then hand that trigger on to it.

    Once the pane is built, by this or by its dock coming on screen (``built``), the pane's own
    connection takes the action's triggers: handing one on after that would run it twice (a
    second send).
    """

    def __init__(self, action: QAction, build: Callable[[], object]) -> None:
        self._action = action
        self._build = build
        self._waiting = True
        action.triggered.connect(self._triggered)

    def built(self) -> None:
        if self._waiting:
            self._waiting = False
            self._action.triggered.disconnect(self._triggered)

    def _triggered(self, checked: bool = False) -> None:
        if not self._waiting:
            return
        self._build()
        self.built()
        # A signal does not reach the slots connected while it is being emitted: emit it again
        # for the pane. The bare ``triggered`` is its no-argument overload (the stubs do not
        # know the indexing).
        self._action.triggered[bool].emit(checked)  # type: ignore[index]


def install(
    window: QMainWindow, *, sandbox: bool = False, settings: AppSettings | None = None
) -> SendFeatures:
    """Add the send features to ``window`` (see the module docstring); they keep their recent
    picks in the window's settings ``settings`` (None: the process's usual ones)."""
    features = SendFeatures(window, sandbox=sandbox, settings=settings)
    window.send_features = features  # type: ignore[attr-defined]
    return features
