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

import functools
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication
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
from designer.feishu._callbacks import TOAST_TYPES, TokenState, TokenStatus, token_state
from designer.feishu._constants import CALLBACK_TOKEN_USES
from designer.render.core_text import core_text, translate
from designer.store.history import HistoryEntry
from designer.store.member_names import known_name, remember_member_names
from designer.store.profiles import Profile
from designer.ui.send.errors import describe_error, escape
from designer.ui.send.history_view import HistoryView
from designer.ui.send.inbox_view import card_title
from designer.ui.send.session import NoSecret, SendSession
from designer.ui.send.shell import CallbacksShell, make_listen_action
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
    """One callback as the pane shows it; ``entry``: the history entry of the card acted on;
    ``profile``: the profile whose app received it (its token works with that app only);
    ``updates``: delayed updates made with its token; ``token_refused``: why the server
    refused the token (then no more updates are tried as usable)."""

    action: CardAction
    received_at: datetime
    answer: AnswerChoice
    entry: HistoryEntry | None = None
    operator_name: str = ""
    profile: Profile | None = None
    updates: int = 0
    token_refused: str = ""

    @property
    def who(self) -> str:
        return self.operator_name or self.action.operator_open_id

    def token(self, now: datetime) -> TokenState:
        """What the click's callback token still allows at ``now`` (the pane's estimate)."""
        state = token_state(self.received_at.timestamp(), now.timestamp(), self.updates)
        if self.token_refused and state.status is TokenStatus.USABLE:
            return TokenState(TokenStatus.USED_UP, state.seconds_left, 0)
        return state


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
        self._profile: Profile | None = None  # whose app is listened to (None: not listening)
        queued = Qt.ConnectionType.QueuedConnection
        self._state_from_listener.connect(self._on_listener_state, queued)
        self._action_from_listener.connect(self.received, queued)
        # The listener follows the active profile, as sending does: switching the profile while
        # listening reconnects as the new one (the old app's callbacks would otherwise keep
        # arriving beside sends made with the new one).
        session.active_profile_changed.connect(self._on_active_profile_changed)

    # -- the answer choice --------------------------------------------------------------------

    def set_choice(self, choice: AnswerChoice) -> None:
        with self._lock:
            self._choice = choice

    def choice(self) -> AnswerChoice:
        with self._lock:
            return self._choice

    def handler(self, action: CardAction, profile: Profile | None = None) -> CallbackAnswer | None:
        """The listener's handler (its thread): answer from the choice now, tell the GUI after.
        ``profile``: whose app the listener connected as (the callback token is that app's)."""
        choice = self.choice()
        received = ReceivedCallback(action, datetime.now().astimezone(), choice, profile=profile)
        self._action_from_listener.emit(received)
        return choice.answer()

    # -- listening ----------------------------------------------------------------------------

    @property
    def state(self) -> ListenerState:
        return self._state

    def is_listening(self) -> bool:
        return self._starting or self._listener is not None

    def listening_as(self) -> Profile | None:
        """The profile whose app the connection is for (None when not listening)."""
        return self._profile if self.is_listening() else None

    def _on_active_profile_changed(self, profile: object) -> None:
        if not self.is_listening():
            return
        if isinstance(profile, Profile) and profile == self._profile:
            return  # the same profile (e.g. saved again unchanged): the connection stays
        self.stop()
        self.listen()  # as the new profile, or "no profile is active" when none is

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
        self._profile = profile
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
                functools.partial(self.handler, profile=profile),
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
        *,
        listen_action: QAction | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callbacksPane")
        self._callbacks = callbacks
        self._session = session
        self._open_cards = open_cards
        self._current_document = current_document
        self._rows: list[ReceivedCallback] = []
        self._cards: list[tuple[str, dict[str, Any]]] = []

        # The window's (made before the pane, for its menu, toolbar and shortcut) or its own.
        self.listen_action = listen_action if listen_action is not None else make_listen_action(self)
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

        # The delayed update: the selected click's card replaced later with its callback token
        # (POST /open-apis/interactive/v1/card/update), for answers that take longer than 3 s.
        self.later_card = QComboBox()
        self.later_card.setObjectName("laterCard")
        self.later_card.setToolTip(self.tr("The card to show instead (from the open documents)"))
        self.later_card.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.later_card.setMinimumContentsLength(12)
        refresh_later = QToolButton()
        refresh_later.setText(self.tr("Refresh"))
        refresh_later.setToolTip(self.tr("List the open documents again"))
        refresh_later.clicked.connect(self.refresh_cards)
        self.later_button = QPushButton(self.tr("Update Card Later"))
        self.later_button.setObjectName("updateCardLater")
        self.later_button.setToolTip(
            self.tr(
                "Replace the clicked card with the chosen one, using the click's callback token "
                "(within 30 minutes of the click, at most twice)"
            )
        )
        self.later_button.setEnabled(False)
        self.later_button.clicked.connect(self.update_later)
        self.token_label = QLabel()
        self.token_label.setObjectName("callbackTokenState")
        self.token_label.setWordWrap(True)
        self.later_result = QLabel()
        self.later_result.setObjectName("laterResult")
        self.later_result.setWordWrap(True)
        self.later_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.later_result.hide()
        later_row = QHBoxLayout()
        later_row.addWidget(QLabel(self.tr("Update the clicked card later with:")))
        later_row.addWidget(self.later_card, 1)
        later_row.addWidget(refresh_later)
        later_row.addWidget(self.later_button)
        self._updating_row = -1  # the row whose delayed update is on its way (-1: none)
        # The token's time left counts down while a callback is selected.
        self._token_timer = QTimer(self)
        self._token_timer.setInterval(1000)
        self._token_timer.timeout.connect(self._show_token)

        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.payload, 1)
        below_layout.addLayout(buttons)
        below_layout.addLayout(later_row)
        below_layout.addWidget(self.token_label)
        below_layout.addWidget(self.later_result)
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
        """List the open documents' cards again (keeping the chosen titles when still open):
        for the answer, and for the delayed update."""
        self._cards = self._open_cards()
        for combo in (self.answer_card, self.later_card):
            chosen = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            for title, _card in self._cards:
                combo.addItem(title)
            index = combo.findText(chosen)
            combo.setCurrentIndex(index if index >= 0 else 0 if self._cards else -1)
            combo.blockSignals(False)
        self._update_choice()
        self._show_token()

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
        profile = self._callbacks.listening_as()
        if profile is not None and state.status is not ListenerStatus.STOPPED:
            text += " " + escape(
                self.tr("as profile {name} (app {app_id})").format(name=profile.name, app_id=profile.app_id)
            )
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
        """Find the card's history entry and the operator's name (files, network: the worker).

        The name comes from the history (a person a card was sent to), else the member-name
        cache, else the callback's chat is loaded (its members fill the cache): anyone in a
        chat may click a card posted there."""
        received = self._rows[row]
        history = self._session.history_store
        session = self._session
        action = received.action
        profile = received.profile or session.active_profile()
        app_id = action.app_id or (profile.app_id if profile is not None else "")

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
            return entry, name or _member_name(session, profile, app_id, action)

        def done(found: tuple[HistoryEntry | None, str]) -> None:
            entry, name = found
            # The row as it is now (a delayed update may have counted meanwhile).
            self._rows[row] = replace(self._rows[row], entry=entry, operator_name=name)
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
        self._show_token()
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

    # -- the delayed update ---------------------------------------------------------------------

    def token_text(self) -> str:
        return self.token_label.text()

    def later_result_text(self) -> str:
        return self.later_result.text() if not self.later_result.isHidden() else ""

    def _show_token(self) -> None:
        """The selected click's token: time and updates left, used up, expired, or refused."""
        received = self.selected()
        busy = self._updating_row >= 0
        if received is None:
            self.token_label.setText(self.tr("Select a callback to update its card later."))
            set_status(self.token_label, Status.MUTED)
            self.later_button.setEnabled(False)
            self._token_timer.stop()
            return
        state = received.token(datetime.now().astimezone())
        if received.token_refused:
            # The server's words are in the result line below; here, only that it is spent.
            text = self.tr("Callback token refused by the server: it updates this card no more.")
            status = Status.ERROR
        elif state.status is TokenStatus.EXPIRED:
            text = self.tr("Callback token expired: it updates the card only within 30 minutes of the click.")
            status = Status.ERROR
        elif state.status is TokenStatus.USED_UP:
            text = self.tr("Callback token used up: it updates the card at most twice.")
            status = Status.ERROR
        else:
            minutes, seconds = divmod(int(state.seconds_left), 60)
            text = self.tr(
                "Callback token: {minutes}:{seconds:02} left, {uses} of {total} updates left."
            ).format(minutes=minutes, seconds=seconds, uses=state.uses_left, total=CALLBACK_TOKEN_USES)
            status = Status.INFO
        self.token_label.setText(text)
        set_status(self.token_label, status)
        # Still offered when the pane thinks the token spent: the server's answer is the truth
        # and says why in Feishu's words (the pane's clock and count are an estimate).
        self.later_button.setEnabled(not busy and bool(received.action.token) and bool(self._cards))
        if state.status is TokenStatus.USABLE and not received.token_refused:
            self._token_timer.start()
        else:
            self._token_timer.stop()

    def update_later(self) -> None:
        """Replace the selected click's card with the chosen open document, with its callback
        token, on the worker; the result (or the client's message) is shown below."""
        row = self.table.currentRow()
        received = self.selected()
        if received is None or self._updating_row >= 0:
            return
        # The documents as they are now: the card was likely edited since the list was made.
        chosen = self.later_card.currentText()
        self.refresh_cards()
        index = self.later_card.findText(chosen)
        if not 0 <= index < len(self._cards):
            self._show_later_result(
                self.tr("Not updated: open the card to show instead (a document), then Refresh."),
                Status.ERROR,
            )
            return
        title, card = self._cards[index]
        profile = received.profile or self._session.active_profile()
        if profile is None:
            self._show_later_result(self.tr("Not updated: no profile is active."), Status.ERROR)
            return
        session, token = self._session, received.action.token

        def op(task: BackgroundTask) -> None:
            session.open_client(profile).cards.delayed_update(token, card)

        self._updating_row = row
        self._show_later_result(
            self.tr("Updating the clicked card with {title}…").format(title=title), Status.INFO
        )
        self._show_token()
        run_in_background(
            op,
            lambda _: self._on_updated_later(row, title),
            lambda error: self._on_update_refused(row, error),
            context=self,
        )

    def _on_updated_later(self, row: int, title: str) -> None:
        self._updating_row = -1
        received = self._rows[row]
        self._rows[row] = replace(received, updates=received.updates + 1)
        when = datetime.now().astimezone().strftime("%H:%M:%S")
        self._show_later_result(
            self.tr("Updated at {when}: the clicked card now shows {title}.").format(when=when, title=title),
            Status.OK,
        )
        self._show_token()

    def _on_update_refused(self, row: int, error: BaseException) -> None:
        self._updating_row = -1
        from designer.feishu import CallbackTokenRefused

        if isinstance(error, CallbackTokenRefused):
            self._rows[row] = replace(self._rows[row], token_refused=describe_error(error))
        self._show_later_result(
            self.tr("Not updated: {problem}").format(problem=describe_error(error)), Status.ERROR
        )
        self._show_token()

    def _show_later_result(self, text: str, status: Status) -> None:
        self.later_result.setText(text)
        set_status(self.later_result, status)
        self.later_result.show()

    def _show_selected_entry(self) -> None:
        received = self.selected()
        if received is not None and received.entry is not None:
            self.entry_shown.emit(received.entry.id)


# Chats whose members were loaded for a callback, by (app id, chat id) -> when (monotonic): a
# person the whole chat's load did not name (left since, or listed by another id) is not worth
# loading every member page again on each of their clicks.
_CHATS_LOADED: dict[tuple[str, str], float] = {}
_CHATS_LOADED_LOCK = threading.Lock()
CHAT_RELOAD_AFTER = 600.0  # seconds: members join; after this a chat may be loaded again


def _member_name(session: SendSession, profile: Profile | None, app_id: str, action: CardAction) -> str:
    """The clicker's name from the member cache, else from the callback's chat loaded now
    (filling the cache; at most once per ``CHAT_RELOAD_AFTER``); "" when neither knows it.
    Blocks (disk, network): worker only."""
    open_id = action.operator_open_id
    name = known_name(app_id, open_id)
    if name or profile is None or not action.open_chat_id or not open_id:
        return name
    chat = (app_id, action.open_chat_id)
    with _CHATS_LOADED_LOCK:
        now = time.monotonic()
        if now - _CHATS_LOADED.get(chat, -CHAT_RELOAD_AFTER) < CHAT_RELOAD_AFTER:
            return ""
        _CHATS_LOADED[chat] = now
    try:
        for page in session.open_client(profile).members.pages(action.open_chat_id, 100):
            remember_member_names(app_id, page.items)
            found = next((m.name for m in page.items if m.member_id == open_id and m.name), "")
            if found:
                return found
    except (DesignerError, OSError) as error:  # no permission for the chat, no network: ids only
        log.info("callback %s: the chat's members could not be loaded: %s", action.event_id, error)
    return ""


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
        shell: CallbacksShell | None = None,
    ) -> None:
        super().__init__(window)
        # The menu, dock, listen action and status label: the window's shell when it made one
        # before its first frame (the pane is built when first shown or used), else made now.
        shell = shell if shell is not None else CallbacksShell(window)
        self.callbacks = CallbackSession(session, self)
        self.pane = CallbacksPane(
            self.callbacks, session, open_cards, current_document, listen_action=shell.listen_action
        )
        self.dock = shell.dock
        self.dock.setWidget(self.pane)
        self._history, self._history_dock = history, history_dock
        self.pane.entry_selected.connect(history.select_entry)
        self.pane.entry_shown.connect(self._show_history_entry)
        self.pane.element_selected.connect(reveal_pointer)

        self.menu = shell.menu
        self.status_label = shell.status_label
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
