"""Callbacks ▸ Listen: card callbacks received live over the long connection, and their answer.

* ``CallbackSession`` (a QObject, one per window) owns the Qt-free ``CallbackListener`` of the
  active profile (its secret read from the keyring on the worker) and the *answer choice*.
  The listener calls ``handler`` on its own thread; the handler answers at once from a
  snapshot of the choice (an immutable ``AnswerChoice`` swapped under a lock, so the 3-second
  answer never waits for the GUI thread), then hands the action to the GUI thread with a
  queued signal.
* ``CallbacksPane`` (dock ``callbacksDock``): the state (connecting, connected, reconnecting,
  refused with the console steps, stopped), the answer choice (nothing, a toast, a card from
  the open documents), one row per callback (time, who, which card, which element, the
  answer) and the selected callback's payload, pretty and copyable. Selecting a row selects
  the card's entry in the send history and, when that card is the open document, the
  element in the editor, outline and preview.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.cards import Document
from designer.cards.tree import walk_elements
from designer.errors import DesignerError, describe
from designer.feishu import CallbackAnswer, CallbackListener, CardAction, ListenerState, ListenerStatus, Toast
from designer.feishu._callbacks import TOAST_TYPES
from designer.render.core_text import core_text, translate
from designer.store.history import HistoryEntry
from designer.store.profiles import Profile
from designer.ui.send.errors import escape
from designer.ui.send.history_view import HistoryView
from designer.ui.send.inbox_view import card_title
from designer.ui.send.session import NoSecret, SendSession
from designer.ui.shortcuts_dialog import set_tip
from designer.ui.status_colors import Status, set_status
from designer.ui.worker import BackgroundTask, run_in_background

log = logging.getLogger("designer.ui")

# (title, card JSON) of each open document that holds a card: the replacement cards on offer.
OpenCards = Callable[[], list[tuple[str, dict[str, Any]]]]

_STATE_STATUS = {
    ListenerStatus.CONNECTING: Status.INFO,
    ListenerStatus.CONNECTED: Status.OK,
    ListenerStatus.RECONNECTING: Status.WARNING,
    ListenerStatus.REFUSED: Status.ERROR,
    ListenerStatus.STOPPED: Status.MUTED,
}


class AnswerKind(StrEnum):
    NOTHING = "nothing"
    TOAST = "toast"
    CARD = "card"


@dataclass(frozen=True, slots=True)
class AnswerChoice:
    """What the next callback is answered with; immutable, so the listener's thread reads a
    whole choice however the person edits the pane meanwhile."""

    kind: AnswerKind = AnswerKind.NOTHING
    toast: Toast | None = None
    card: dict[str, Any] | None = None
    card_title: str = ""

    def answer(self) -> CallbackAnswer | None:
        if self.kind is AnswerKind.TOAST and self.toast is not None:
            return CallbackAnswer(toast=self.toast)
        if self.kind is AnswerKind.CARD and self.card is not None:
            return CallbackAnswer(card=self.card)
        return None


@dataclass(frozen=True, slots=True)
class ReceivedCallback:
    """One callback as the pane shows it; ``entry``: the history entry of the card acted on."""

    action: CardAction
    received_at: datetime
    answer: AnswerChoice
    entry: HistoryEntry | None = None
    operator_name: str = ""

    @property
    def who(self) -> str:
        return self.operator_name or self.action.operator_open_id


def parse_i18n(text: str) -> dict[str, str]:
    """``zh_cn: 已提交; en_us: Sent`` -> ``{"zh_cn": "已提交", "en_us": "Sent"}``; ValueError
    naming the part that is not ``locale: text``."""
    texts: dict[str, str] = {}
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        locale, sep, value = part.partition(":")
        if not sep or not locale.strip() or not value.strip():
            raise ValueError(
                QCoreApplication.translate(
                    "CallbacksPane", "{part} is not 'locale: text' (e.g. zh_cn: 已提交)"
                ).format(part=repr(part))
            )
        texts[locale.strip()] = value.strip()
    return texts


def element_pointer(document: Document, action: CardAction) -> str | None:
    """The pointer of the element ``action`` came from in ``document``: same tag, and the same
    name, or the same callback value (``value`` or a ``behaviors`` callback's value)."""
    for visit in walk_elements(document.card, document.card_pointer):
        if visit.tag != action.tag:
            continue
        element = visit.element
        if action.name and element.get("name") == action.name:
            return visit.pointer
        values = [element.get("value")]
        behaviors = element.get("behaviors")
        if isinstance(behaviors, list):
            values += [
                b.get("value") for b in behaviors if isinstance(b, dict) and b.get("type") == "callback"
            ]
        if action.value not in (None, {}) and action.value in values:
            return visit.pointer
    return None


class CallbackSession(QObject):
    """The long connection of one window (see the module docstring).

    Signals:
        state_changed(ListenerState): the listener's state, on the GUI thread.
        received(ReceivedCallback): a callback, already answered, on the GUI thread.
    """

    state_changed = Signal(ListenerState)
    received = Signal(ReceivedCallback)
    # From the listener's thread; connected queued to the GUI thread (see __init__).
    _state_from_listener = Signal(ListenerState, int)  # the state, the listener's generation
    _action_from_listener = Signal(ReceivedCallback)

    def __init__(self, session: SendSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._lock = threading.Lock()
        self._choice = AnswerChoice()
        self._listener: CallbackListener | None = None
        self._state = ListenerState(ListenerStatus.STOPPED)
        self._starting = False
        self._generation = 0  # which listener is current: a late state of a stopped one is ignored
        queued = Qt.ConnectionType.QueuedConnection
        self._state_from_listener.connect(self._on_listener_state, queued)
        self._action_from_listener.connect(self.received, queued)

    # -- the answer choice --------------------------------------------------------------------

    def set_choice(self, choice: AnswerChoice) -> None:
        with self._lock:
            self._choice = choice

    def choice(self) -> AnswerChoice:
        with self._lock:
            return self._choice

    def handler(self, action: CardAction) -> CallbackAnswer | None:
        """The listener's handler (its thread): answer from the choice now, tell the GUI after."""
        choice = self.choice()
        self._action_from_listener.emit(ReceivedCallback(action, datetime.now().astimezone(), choice))
        return choice.answer()

    # -- listening ----------------------------------------------------------------------------

    @property
    def state(self) -> ListenerState:
        return self._state

    def is_listening(self) -> bool:
        return self._starting or self._listener is not None

    def listen(self) -> None:
        """Connect with the active profile (its secret read on the worker); states follow."""
        if self.is_listening():
            return
        profile = self._session.active_profile()
        if profile is None:
            self._on_state(
                ListenerState(
                    ListenerStatus.REFUSED,
                    self.tr("No profile is active."),
                    self.tr("Add the app's profile in Tools ▸ Accounts…, then listen again."),
                )
            )
            return
        session = self._session
        self._starting = True
        # A stop() before the secret is back makes this run stale (its generation is passed).
        self._generation += 1
        generation = self._generation
        self._on_state(ListenerState(ListenerStatus.CONNECTING))

        def op(task: BackgroundTask) -> tuple[Profile, str]:
            secret = session.secret(profile.name)  # the keyring blocks: never on the GUI thread
            if not secret:
                raise NoSecret.of_profile(profile.name)
            return profile, secret

        run_in_background(
            op,
            lambda found: self._start_listener(found, generation),
            lambda error: self._on_no_secret(error, generation),
            context=self,
        )

    def _start_listener(self, found: tuple[Profile, str], generation: int) -> None:
        if generation != self._generation:
            return  # stopped while the secret was read
        self._starting = False
        profile, secret = found
        emit = self._state_from_listener.emit
        try:
            listener = CallbackListener(
                profile.api_base_url,
                profile.app_id,
                secret,
                self.handler,
                on_state=lambda state: emit(state, generation),
            )
        except (ValueError, DesignerError) as error:  # an empty id, an insecure base URL
            self._on_state(ListenerState(ListenerStatus.REFUSED, describe(error)))
            return
        self._listener = listener
        listener.start()

    def _on_no_secret(self, error: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self._starting = False
        self._on_state(
            ListenerState(
                ListenerStatus.REFUSED,
                describe(error),
                self.tr("Enter the app secret in Tools ▸ Accounts…, then listen again."),
            )
        )

    def stop(self, *, wait: bool = False) -> None:
        """Close the connection. Returns at once unless ``wait`` (the window's shutdown): the
        listener's thread is joined on a thread of its own, never on the GUI thread."""
        listener, self._listener = self._listener, None
        self._generation += 1
        self._starting = False
        if listener is not None:
            if wait:
                listener.stop(timeout=2.0)
            else:
                threading.Thread(target=listener.stop, name="stop-callback-listener", daemon=True).start()
        self._on_state(ListenerState(ListenerStatus.STOPPED))

    def _on_listener_state(self, state: ListenerState, generation: int) -> None:
        if generation != self._generation:
            return  # from a listener stopped since
        if state.status in (ListenerStatus.REFUSED, ListenerStatus.STOPPED):
            self._listener = None  # it gave up (refused, or no more reconnects): Listen starts afresh
        self._on_state(state)

    def _on_state(self, state: ListenerState) -> None:
        self._state = state
        self.state_changed.emit(state)


def state_text(state: ListenerState) -> str:
    """``Callbacks: connected`` and the like, for the pane and the status bar."""
    translate = QCoreApplication.translate
    words = {
        ListenerStatus.CONNECTING: translate("CallbacksPane", "Callbacks: connecting…"),
        ListenerStatus.CONNECTED: translate("CallbacksPane", "Callbacks: connected"),
        ListenerStatus.RECONNECTING: translate("CallbacksPane", "Callbacks: reconnecting…"),
        ListenerStatus.REFUSED: translate("CallbacksPane", "Callbacks: refused"),
        ListenerStatus.STOPPED: translate("CallbacksPane", "Callbacks: stopped"),
    }
    return words[state.status]


class CallbacksPane(QWidget):
    """The Callbacks pane (objectName ``callbacksPane``); see the module docstring.

    Signals:
        entry_selected(str): the history entry id of the selected callback's card.
        entry_shown(str): the same, when "Show in History" asks for the history pane.
        element_selected(str): the pointer of the element acted on, in the open document.
    """

    entry_selected = Signal(str)
    entry_shown = Signal(str)
    element_selected = Signal(str)

    COLUMNS = ("time", "who", "card", "element", "answer")

    def __init__(
        self,
        callbacks: CallbackSession,
        session: SendSession,
        open_cards: OpenCards,
        current_document: Callable[[], Document | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callbacksPane")
        self._callbacks = callbacks
        self._session = session
        self._open_cards = open_cards
        self._current_document = current_document
        self._rows: list[ReceivedCallback] = []
        self._cards: list[tuple[str, dict[str, Any]]] = []

        self.listen_action = QAction(self.tr("&Listen for Callbacks"), self)
        self.listen_action.setObjectName("listenAction")
        self.listen_action.setCheckable(True)
        self.listen_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        set_tip(
            self.listen_action,
            self.tr("Receive card callbacks of the active profile's app over the long connection"),
        )
        self.listen_action.triggered.connect(self._on_listen_triggered)

        self.state_label = QLabel()
        self.state_label.setObjectName("callbacksState")
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        listen_button = QToolButton()
        listen_button.setDefaultAction(self.listen_action)
        listen_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        top = QHBoxLayout()
        top.addWidget(self.state_label, 1)
        top.addWidget(listen_button)

        # The answer choice: set before the click arrives (the answer is due within 3 s).
        self.answer_kind = QComboBox()
        self.answer_kind.setObjectName("answerKind")
        self.answer_kind.addItem(self.tr("Nothing (the card stays)"), AnswerKind.NOTHING)
        self.answer_kind.addItem(self.tr("A toast"), AnswerKind.TOAST)
        self.answer_kind.addItem(self.tr("A replacement card"), AnswerKind.CARD)
        self.toast_type = QComboBox()
        self.toast_type.setObjectName("toastType")
        toast_words = {
            "info": self.tr("info"),
            "success": self.tr("success"),
            "error": self.tr("error"),
            "warning": self.tr("warning"),
        }
        for kind in TOAST_TYPES:
            self.toast_type.addItem(toast_words[kind], kind)
        self.toast_text = QLineEdit()
        self.toast_text.setObjectName("toastText")
        self.toast_text.setPlaceholderText(self.tr("Toast text"))
        self.toast_i18n = QLineEdit()
        self.toast_i18n.setObjectName("toastI18n")
        self.toast_i18n.setPlaceholderText(self.tr("Optional: zh_cn: 已提交; en_us: Submitted"))
        self.answer_card = QComboBox()
        self.answer_card.setObjectName("answerCard")
        refresh_cards = QToolButton()
        refresh_cards.setText(self.tr("Refresh"))
        refresh_cards.setToolTip(self.tr("List the open documents again"))
        refresh_cards.clicked.connect(self.refresh_cards)
        self.choice_problem = QLabel()
        self.choice_problem.setObjectName("answerProblem")
        self.choice_problem.setWordWrap(True)
        set_status(self.choice_problem, Status.ERROR)
        # One line: the pane's room goes to the callbacks; only the kind's own fields are shown.
        choice_row = QHBoxLayout()
        choice_row.addWidget(QLabel(self.tr("Answer with:")))
        choice_row.addWidget(self.answer_kind)
        choice_row.addWidget(self.toast_type)
        choice_row.addWidget(self.toast_text, 2)
        choice_row.addWidget(self.toast_i18n, 2)
        choice_row.addWidget(self.answer_card, 3)
        choice_row.addWidget(refresh_cards)
        self._toast_rows: tuple[QWidget, ...] = (self.toast_type, self.toast_text, self.toast_i18n)
        self._card_row_widgets: tuple[QWidget, ...] = (self.answer_card, refresh_cards)
        # Choosing "a replacement card" lists the documents open now.
        self.answer_kind.currentIndexChanged.connect(self._on_kind_changed)
        for widget in (self.toast_type, self.answer_card):
            widget.currentIndexChanged.connect(self._update_choice)
        for edit in (self.toast_text, self.toast_i18n):
            edit.textChanged.connect(self._update_choice)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("callbacksTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Who"), self.tr("Card"), self.tr("Element"), self.tr("Answer")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)

        self.payload = QPlainTextEdit()
        self.payload.setObjectName("callbackEventPayload")
        self.payload.setReadOnly(True)
        self.payload.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.payload.setPlaceholderText(self.tr("Select a callback to see what Feishu delivered."))
        self.copy_button = QPushButton(self.tr("Copy Payload"))
        self.copy_button.setObjectName("copyCallbackEvent")
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.payload.toPlainText())
        )
        self.show_entry_button = QPushButton(self.tr("Show in History"))
        self.show_entry_button.setObjectName("showCallbackEntry")
        self.show_entry_button.setEnabled(False)
        self.show_entry_button.clicked.connect(self._show_selected_entry)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_entry_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.payload, 1)
        below_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(below)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(choice_row)
        layout.addWidget(self.choice_problem)
        layout.addWidget(splitter, 1)

        callbacks.state_changed.connect(self._show_state)
        callbacks.received.connect(self._on_received)
        self._show_state(callbacks.state)
        self.refresh_cards()
        self._update_choice()

    # -- the answer choice --------------------------------------------------------------------

    def refresh_cards(self) -> None:
        """List the open documents' cards again (keeping the chosen title when still open)."""
        chosen = self.answer_card.currentText()
        self._cards = self._open_cards()
        self.answer_card.blockSignals(True)
        self.answer_card.clear()
        for title, _card in self._cards:
            self.answer_card.addItem(title)
        index = self.answer_card.findText(chosen)
        self.answer_card.setCurrentIndex(index if index >= 0 else 0 if self._cards else -1)
        self.answer_card.blockSignals(False)
        self._update_choice()

    def _on_kind_changed(self, *args: object) -> None:
        if self.answer_kind.currentData() == AnswerKind.CARD:
            self.refresh_cards()  # updates the choice too
        else:
            self._update_choice()

    def _update_choice(self, *args: object) -> None:
        kind = AnswerKind(self.answer_kind.currentData())
        for widget in self._toast_rows:
            widget.setVisible(kind is AnswerKind.TOAST)
        for widget in self._card_row_widgets:
            widget.setVisible(kind is AnswerKind.CARD)
        problem = ""
        choice = AnswerChoice()
        if kind is AnswerKind.TOAST:
            text = self.toast_text.text().strip()
            try:
                i18n = parse_i18n(self.toast_i18n.text())
            except ValueError as error:
                problem = self.tr("Toast translations: {problem}").format(problem=str(error))
            else:
                if not text and not i18n:
                    problem = self.tr("Type the toast's text: no toast is sent without one.")
                else:
                    choice = AnswerChoice(kind, toast=Toast(self.toast_type.currentData(), text, i18n))
        elif kind is AnswerKind.CARD:
            row = self.answer_card.currentIndex()
            if 0 <= row < len(self._cards):
                title, card = self._cards[row]
                choice = AnswerChoice(kind, card=card, card_title=title)
            else:
                problem = self.tr("Open the card to answer with (a document), then Refresh.")
        self.choice_problem.setText(problem)
        self.choice_problem.setVisible(bool(problem))
        self._callbacks.set_choice(choice)

    # -- state ----------------------------------------------------------------------------------

    def _on_listen_triggered(self, checked: bool) -> None:
        if checked:
            self._callbacks.listen()
        else:
            self._callbacks.stop()

    def _show_state(self, state: ListenerState) -> None:
        text = "<b>" + escape(state_text(state)) + "</b>"
        if state.message:
            text += "<br>" + escape(core_text(state.message))
        if state.hint:
            text += "<br>" + escape(core_text(state.hint))
        self.state_label.setText(text)
        set_status(self.state_label, _STATE_STATUS[state.status])
        self.listen_action.setChecked(
            self._callbacks.is_listening() and state.status is not ListenerStatus.STOPPED
        )

    # -- rows -------------------------------------------------------------------------------------

    def callbacks(self) -> list[ReceivedCallback]:
        return list(self._rows)

    def _on_received(self, received: ReceivedCallback) -> None:
        row = len(self._rows)
        self._rows.append(received)
        self.table.insertRow(row)
        self._fill_row(row)
        self._link(row)

    def _link(self, row: int) -> None:
        """Find the card's history entry and the operator's name (the history file: worker)."""
        received = self._rows[row]
        history = self._session.history_store
        action = received.action

        def op(task: BackgroundTask) -> tuple[HistoryEntry | None, str]:
            entries = history.entries()
            entry = next((e for e in reversed(entries) if e.message_id == action.open_message_id), None)
            name = next(
                (
                    e.recipient_name
                    for e in reversed(entries)
                    if e.recipient == action.operator_open_id and e.recipient_name
                ),
                "",
            )
            return entry, name or ""

        def done(found: tuple[HistoryEntry | None, str]) -> None:
            entry, name = found
            self._rows[row] = ReceivedCallback(
                received.action, received.received_at, received.answer, entry, name
            )
            self._fill_row(row)
            if self.table.currentRow() == row:
                self._on_selection_changed()

        def failed(error: BaseException) -> None:
            # The row stays, unlinked: the callback itself was received and answered.
            log.warning("callback %s: the send history could not be read: %s", action.event_id, error)

        run_in_background(op, done, failed, context=self)

    def _fill_row(self, row: int) -> None:
        received = self._rows[row]
        action = received.action
        card = action.open_message_id
        if received.entry is not None:
            title = card_title(received.entry.card)
            card = f"{title} ({card})" if title else card
        element = action.tag
        detail = action.name or _short(action.value) or action.option
        if detail:
            element += f" · {detail}"
        answer = {
            AnswerKind.NOTHING: self.tr("nothing"),
            AnswerKind.TOAST: self.tr("toast"),
            AnswerKind.CARD: self.tr("card {title}"),
        }[received.answer.kind].format(title=received.answer.card_title)
        cells = (received.received_at.strftime("%H:%M:%S"), received.who, card, element, answer)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, column, item)

    def selected(self) -> ReceivedCallback | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _on_selection_changed(self) -> None:
        received = self.selected()
        self.copy_button.setEnabled(received is not None)
        self.show_entry_button.setEnabled(received is not None and received.entry is not None)
        if received is None:
            self.payload.clear()
            return
        self.payload.setPlainText(json.dumps(received.action.raw, ensure_ascii=False, indent=2))
        if received.entry is None:
            return
        self.entry_selected.emit(received.entry.id)
        document = self._current_document()
        if document is not None and document.card == received.entry.card:
            pointer = element_pointer(document, received.action)
            if pointer is not None:
                self.element_selected.emit(pointer)

    def _show_selected_entry(self) -> None:
        received = self.selected()
        if received is not None and received.entry is not None:
            self.entry_shown.emit(received.entry.id)


def _short(value: Any) -> str:
    if value in (None, {}, ""):
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


class CallbacksFeature(QObject):
    """The Callbacks menu, pane (dock ``callbacksDock``), toolbar toggle and status-bar state of
    one window; ``shutdown()`` closes the connection."""

    def __init__(
        self,
        window: QMainWindow,
        session: SendSession,
        history: HistoryView,
        history_dock: QDockWidget,
        reveal_pointer: Callable[[str], None],
        current_document: Callable[[], Document | None],
    ) -> None:
        super().__init__(window)
        self.callbacks = CallbackSession(session, self)
        self.pane = CallbacksPane(self.callbacks, session, open_cards, current_document)
        self.dock = QDockWidget(self.tr("Callbacks"))
        self.dock.setObjectName("callbacksDock")
        self.dock.setWidget(self.pane)
        self._history, self._history_dock = history, history_dock
        self.pane.entry_selected.connect(history.select_entry)
        self.pane.entry_shown.connect(self._show_history_entry)
        self.pane.element_selected.connect(reveal_pointer)

        self.menu = QMenu(self.tr("&Callbacks"), window)
        self.menu.setObjectName("callbacksMenu")
        self.menu.addAction(self.pane.listen_action)
        self.menu.addSeparator()
        self.menu.addAction(self.dock.toggleViewAction())
        menu_bar = window.menuBar()
        help_menu = window.findChild(QMenu, "helpMenu")
        if help_menu is not None:  # Help stays last, as on every desktop
            menu_bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            menu_bar.addMenu(self.menu)
        # On the window, so the shortcut works wherever the focus is.
        window.addAction(self.pane.listen_action)

        self.status_label = QLabel()
        self.status_label.setObjectName("callbacksStatusBar")
        window.statusBar().addPermanentWidget(self.status_label)
        self.callbacks.state_changed.connect(self._show_state)
        self._show_state(self.callbacks.state)

    def _show_state(self, state: ListenerState) -> None:
        # Nothing in the status bar until the person listens: most windows never do.
        shown = state.status is not ListenerStatus.STOPPED or bool(state.message)
        self.status_label.setVisible(shown)
        self.status_label.setText(state_text(state))
        self.status_label.setToolTip(state.describe(translate))
        set_status(self.status_label, _STATE_STATUS[state.status])

    def _show_history_entry(self, entry_id: str) -> None:
        if self._history.select_entry(entry_id):
            self._history_dock.show()
            self._history_dock.raise_()

    def shutdown(self) -> None:
        self.callbacks.stop(wait=True)


def open_cards() -> list[tuple[str, dict[str, Any]]]:
    """The card of every open window's document (title, card JSON): replacement cards on offer."""
    cards: list[tuple[str, dict[str, Any]]] = []
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return cards
    for widget in app.topLevelWidgets():
        current = getattr(widget, "current_document", None)
        if not isinstance(widget, QMainWindow) or not callable(current):
            continue
        document = current()
        if isinstance(document, Document) and isinstance(document.card, dict) and document.card:
            title = widget.windowTitle().replace("[*]", "").strip() or card_title(document.card)
            title = title or widget.objectName()
            unique, n = title, 2
            while any(unique == t for t, _ in cards):
                unique, n = f"{title} ({n})", n + 1
            cards.append((unique, document.card))
    return cards
