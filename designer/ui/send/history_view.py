"""The send history: every card sent (time, profile, chat, recipient, message id, status).

Ephemeral sends and cards posted to a whole chat are kept apart by the kind filter
(``historyKindFilter``), and each row offers what can still be done to it, as the history's
rules say (``designer.store.history.actions_now``; a button that cannot act says why in its
tooltip): Delete removes an ephemeral card from the recipient's chat; Post to chat posts the
open document to the selected entry's whole chat; Update in place replaces a posted shared card
by the open document (14 days); Recall takes a posted card back (24 hours). Each runs in the
worker through the session's send service, which records the outcome (``deleted``,
``recalled``, an update, or the failure with its reason). Reopen puts a sent card back in the
editor as a new document.

The history is read in the worker (thousands of entries, each with its card, take a while to
parse): the list stays usable meanwhile and a busy bar says it is loading. A change announced
during a load reads again once that load ends, so the last load always sees the last change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from designer.cards import Document, parse
from designer.feishu import WrongMessageKind
from designer.recipients import SendKind
from designer.render.core_text import core_text
from designer.sending import DeleteOutcome, PostOutcome
from designer.store.history import Action, HistoryEntry, actions_now
from designer.store.profiles import Profile
from designer.ui.resources import set_themed_icon
from designer.ui.send.errors import describe_error, failure_html, plain_text
from designer.ui.send.models import HistoryModel
from designer.ui.send.send_panel import card_text
from designer.ui.send.session import SendSession
from designer.ui.status_colors import Status, set_status
from designer.ui.worker import BackgroundTask, CancelHandle, run_in_background

T = TypeVar("T")

log = logging.getLogger(__name__)


def _can(entry: HistoryEntry, action: Action) -> bool:
    """Whether ``action`` applies to ``entry`` and can be taken now (``actions_now``)."""
    actions = actions_now(entry)
    return action in actions and actions[action] is None


def why_not(entry: HistoryEntry, action: Action) -> str | None:
    """Why ``action`` cannot be taken on ``entry`` now, in the window's language; None when it can."""
    actions = actions_now(entry)
    if action in actions:
        reason = actions[action]
        return core_text(reason) if reason is not None else None
    if entry.message_id is None:
        return QCoreApplication.translate("HistoryView", "the send failed: there is no card to act on")
    if entry.kind == SendKind.EPHEMERAL:
        # Update and recall are for cards the whole chat sees (Feishu refuses them on an
        # ephemeral card); the client's error says what to do instead.
        return core_text(WrongMessageKind.default_hint)
    return QCoreApplication.translate(
        "HistoryView", "only an ephemeral card is deleted; recall a posted card"
    )


class HistoryView(QWidget):
    """The list of sends with Reopen, Copy id and Delete (objectName ``sendHistory``).

    ``open_text(text, title)`` opens a card as a new document (``window.open_text``).

    Signals:
        delete_finished(str, bool, str): a delete of the message id ended (ok, the message shown).
        reopen_requested(str, str): the card text and title handed to ``open_text``.
    """

    delete_finished = Signal(str, bool, str)
    reopen_requested = Signal(str, str)
    # A post, update or recall ended: (the action's name, ok, the message shown).
    action_finished = Signal(str, bool, str)

    def __init__(
        self,
        session: SendSession,
        open_text: Callable[[str, str], None] | None = None,
        parent: QWidget | None = None,
        current_document: Callable[[], Document | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendHistory")
        self._session = session
        self._open_text = open_text
        self._current_document = current_document
        self._deleting: set[str] = set()
        self._acting: set[str] = set()  # entry ids with a post, update or recall under way
        self._entries: list[HistoryEntry] = []
        self._loading: CancelHandle | None = None
        self._reload_again = False

        self.model = HistoryModel(self)
        self._table = QTableView()
        self._table.setObjectName("historyTable")
        self._table.setModel(self.model)
        self._table.verticalHeader().hide()
        self._table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        header = self._table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The chat name takes the spare width (it is the longest and most telling).
        header.setSectionResizeMode(HistoryModel.COLUMNS.index("chat"), QHeaderView.ResizeMode.Stretch)
        self._table.doubleClicked.connect(self._on_double_clicked)
        self._table.selectionModel().selectionChanged.connect(self._update_buttons)

        self._reopen = QPushButton(self.tr("Reopen card"))
        self._reopen.setObjectName("reopenCard")
        self._reopen.clicked.connect(self.reopen_selected)
        self._copy = QPushButton(self.tr("Copy message id"))
        self._copy.setObjectName("copyHistoryMessageId")
        self._copy.clicked.connect(self._on_copy_clicked)
        self._delete = QPushButton(self.tr("Delete for recipient"))
        self._delete.setObjectName("deleteEphemeral")
        self._delete.setToolTip(self.tr("Remove this ephemeral card from the recipient's chat"))
        self._delete.clicked.connect(self.delete_selected)
        self._post = QPushButton(self.tr("Post to chat"))
        self._post.setObjectName("postToChat")
        self._post.setToolTip(self.tr("Post the open document to this entry's chat, for everyone in it"))
        self._post.clicked.connect(self.post_selected)
        self._update = QPushButton(self.tr("Update in place"))
        self._update.setObjectName("updatePosted")
        self._update.clicked.connect(self.update_selected)
        self._recall = QPushButton(self.tr("Recall"))
        self._recall.setObjectName("recallPosted")
        self._recall.clicked.connect(self.recall_selected)
        self._kind = QComboBox()
        self._kind.setObjectName("historyKindFilter")
        self._kind.addItem(self.tr("All cards"), None)
        self._kind.addItem(self.tr("Ephemeral sends"), SendKind.EPHEMERAL.value)
        self._kind.addItem(self.tr("Posted to chats"), SendKind.GROUP.value)
        self._kind.currentIndexChanged.connect(self._show_entries)
        set_themed_icon(self._reopen, "open")
        set_themed_icon(self._copy, "copy")
        set_themed_icon(self._delete, "delete")
        self._status = QLabel()
        self._status.setObjectName("historyStatus")
        self._status.setWordWrap(True)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QProgressBar()
        bar.setRange(0, 0)  # no known length: the bar just moves
        bar.setTextVisible(False)
        bar.setMaximumSize(160, 12)
        self._busy = QWidget()
        self._busy.setObjectName("historyLoading")
        busy_row = QHBoxLayout(self._busy)
        busy_row.setContentsMargins(0, 0, 0, 0)
        busy_row.addWidget(QLabel(self.tr("Loading the history…")))
        busy_row.addWidget(bar)
        busy_row.addStretch(1)
        self._busy.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self._kind)
        buttons.addWidget(self._reopen)
        buttons.addWidget(self._copy)
        buttons.addWidget(self._delete)
        buttons.addWidget(self._post)
        buttons.addWidget(self._update)
        buttons.addWidget(self._recall)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._busy)
        layout.addWidget(self._table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self._status)

        session.history_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Read the history again in the worker; the list (and its selection) follows when read."""
        if self._loading is not None:
            self._reload_again = True  # read again when this load ends: it may predate the change
            return
        self._reload_again = False
        store = self._session.history_store

        def op(task: BackgroundTask) -> list[HistoryEntry]:
            return store.entries()

        self._busy.show()
        self._loading = run_in_background(op, self._on_loaded, self._on_load_failed, context=self)

    def is_loading(self) -> bool:
        return self._loading is not None

    def _on_loaded(self, entries: list[HistoryEntry]) -> None:
        self._load_ended()
        # The selection as it is now (the user may have clicked another row meanwhile).
        self._entries = entries
        self._show_entries()
        self._reload_if_changed()

    def set_kind_filter(self, kind: SendKind | None) -> None:
        """Show only ephemeral sends, only group posts, or (None) every card."""
        self._kind.setCurrentIndex(self._kind.findData(kind.value if kind is not None else None))

    def _show_entries(self, *args: object) -> None:
        selected = self.selected_entry()
        kind = self._kind.currentData()
        self.model.set_entries([e for e in self._entries if kind is None or e.kind == kind])
        if selected is not None:
            self.select_entry(selected.id)
        self._update_buttons()

    def _on_load_failed(self, error: BaseException) -> None:
        self._load_ended()
        # Keep what is listed; say why it is not fresh.
        log.warning("could not read the history: %s", error)
        set_status(self._status, Status.ERROR)
        self._status.setText(failure_html(self.tr("The history could not be read"), error))
        self._reload_if_changed()

    def _load_ended(self) -> None:
        self._loading = None
        self._busy.hide()

    def _reload_if_changed(self) -> None:
        if self._reload_again:
            self.reload()

    def select_entry(self, entry_id: str) -> bool:
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        self._table.selectRow(row)
        return True

    def selected_entry(self) -> HistoryEntry | None:
        rows = self._table.selectionModel().selectedRows() if self._table.selectionModel() else []
        return self.model.entry(rows[0].row()) if rows else None

    def status_text(self) -> str:
        return plain_text(self._status.text())

    def _update_buttons(self, *args: object) -> None:
        entry = self.selected_entry()
        self._reopen.setEnabled(entry is not None)
        self._copy.setEnabled(entry is not None and bool(entry.message_id))
        # The history says what can be done (a group post is recalled, not deleted).
        self._delete.setEnabled(
            entry is not None and _can(entry, Action.DELETE) and entry.message_id not in self._deleting
        )
        for button, action in ((self._update, Action.UPDATE), (self._recall, Action.RECALL)):
            reason = why_not(entry, action) if entry is not None else None
            button.setEnabled(entry is not None and reason is None and entry.id not in self._acting)
            button.setToolTip(reason or "")
        self._post.setEnabled(entry is not None and entry.id not in self._acting)
        if entry is not None and entry.kind == SendKind.EPHEMERAL:
            self._delete.setToolTip(
                why_not(entry, Action.DELETE)
                or self.tr("Remove this ephemeral card from the recipient's chat")
            )

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.reopen_selected()

    def reopen_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        title = self.tr("Sent to {who}").format(who=entry.recipient_name or entry.recipient)
        text = card_text(entry.card)
        self.reopen_requested.emit(text, title)
        if self._open_text is not None:
            self._open_text(text, title)

    def _on_copy_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.message_id:
            QGuiApplication.clipboard().setText(entry.message_id)
            self._status.setText(self.tr("Copied {id}.").format(id=entry.message_id))

    def delete_selected(self) -> None:
        """Delete the selected ephemeral card (in the worker) and record the outcome."""
        entry = self.selected_entry()
        if entry is None or not entry.message_id or not _can(entry, Action.DELETE):
            return
        profile = self._session.profile_store.get(entry.profile)
        if profile is None:
            self._status.setText(
                self.tr("Cannot delete: the profile {name} that sent it no longer exists.").format(
                    name=entry.profile
                )
            )
            return
        message_id = entry.message_id
        session = self._session

        def op(task: BackgroundTask) -> DeleteOutcome:
            # The session's send service records the outcome, off the GUI thread (each history
            # line is fsync'ed), and the session announces it; a failure is raised after it.
            return session.delete(profile, message_id)

        def done(outcome: DeleteOutcome) -> None:
            self._deleting.discard(message_id)
            text = (
                self.tr("Deleted {id}: it had been deleted already.").format(id=message_id)
                if outcome.already_deleted is not None
                else self.tr("Deleted {id}: the recipient no longer sees the card.").format(id=message_id)
            )
            if outcome.not_recorded is not None:
                reason = describe_error(outcome.not_recorded)
                text += " " + self.tr("(not recorded in history: {reason})").format(reason=reason)
            set_status(self._status, Status.OK)
            self._status.setText(text)
            self.delete_finished.emit(message_id, True, text)

        def failed(error: BaseException) -> None:
            self._deleting.discard(message_id)
            text = failure_html(self.tr("Not deleted"), error)
            set_status(self._status, Status.ERROR)
            self._status.setText(text)
            self.delete_finished.emit(message_id, False, text)

        self._deleting.add(message_id)
        self._update_buttons()
        set_status(self._status, None)
        self._status.setText(self.tr("Deleting {id}…").format(id=message_id))
        run_in_background(op, done, failed, context=self)

    # -- cards for the whole chat ------------------------------------------------------------

    def _open_card(self) -> dict[str, Any] | None:
        """The open document's card for a post or an update, or None after saying why not."""
        document = self._current_document() if self._current_document is not None else None
        if document is None:
            self._fail_now(self.tr("There is no open card to post: open or write one in the editor."))
            return None
        checked = parse(document.text)
        if checked.card is None or checked.errors:
            self._fail_now(self.tr("The open card has errors: fix them (see Problems) before posting it."))
            return None
        return dict(checked.card)

    def _fail_now(self, text: str) -> None:
        set_status(self._status, Status.ERROR)
        self._status.setText(escape(text))

    def _profile_of(self, entry: HistoryEntry, doing: str) -> Profile | None:
        profile = self._session.profile_store.get(entry.profile)
        if profile is None:
            self._fail_now(
                self.tr("Cannot {doing}: the profile {name} that sent it no longer exists.").format(
                    doing=doing, name=entry.profile
                )
            )
        return profile

    def post_selected(self) -> None:
        """Post the open document to the selected entry's whole chat (in the worker), recorded
        in the history as a group post."""
        entry = self.selected_entry()
        if entry is None:
            return
        card = self._open_card()
        profile = self._profile_of(entry, self.tr("post")) if card is not None else None
        if card is None or profile is None:
            return
        session = self._session
        chat_id, chat_name = entry.chat_id, entry.chat_name

        def op(task: BackgroundTask) -> PostOutcome:
            return session.post(profile, chat_id, chat_name, card)

        def done(outcome: PostOutcome) -> tuple[str, OSError | None]:
            text = self.tr("Posted {id} to {chat}: everyone in the chat sees it.")
            return text.format(id=outcome.message_id, chat=chat_name or chat_id), outcome.not_recorded

        self._act(
            entry,
            "post",
            op,
            done,
            self.tr("Posting to {chat}…").format(chat=chat_name or chat_id),
            self.tr("Not posted"),
        )

    def update_selected(self) -> None:
        """Replace the selected posted card by the open document, in place (in the worker)."""
        entry = self.selected_entry()
        if entry is None:
            return
        reason = why_not(entry, Action.UPDATE)
        if reason is not None:
            self._fail_now(
                self.tr("Cannot update {id}: {reason}").format(id=entry.message_id or "", reason=reason)
            )
            return
        card = self._open_card()
        profile = self._profile_of(entry, self.tr("update")) if card is not None else None
        if card is None or profile is None or entry.message_id is None:
            return
        session, message_id = self._session, entry.message_id

        def op(task: BackgroundTask) -> OSError | None:
            return session.update_card(profile, message_id, card)

        def done(not_recorded: OSError | None) -> tuple[str, OSError | None]:
            return self.tr("Updated {id}: the chat sees the new card.").format(id=message_id), not_recorded

        self._act(
            entry, "update", op, done, self.tr("Updating {id}…").format(id=message_id), self.tr("Not updated")
        )

    def recall_selected(self) -> None:
        """Recall the selected posted card (in the worker)."""
        entry = self.selected_entry()
        if entry is None:
            return
        reason = why_not(entry, Action.RECALL)
        if reason is not None:
            self._fail_now(
                self.tr("Cannot recall {id}: {reason}").format(id=entry.message_id or "", reason=reason)
            )
            return
        profile = self._profile_of(entry, self.tr("recall"))
        if profile is None or entry.message_id is None:
            return
        session, message_id = self._session, entry.message_id

        def op(task: BackgroundTask) -> OSError | None:
            return session.recall(profile, message_id)

        def done(not_recorded: OSError | None) -> tuple[str, OSError | None]:
            return self.tr("Recalled {id}: it is gone from the chat.").format(id=message_id), not_recorded

        self._act(
            entry,
            "recall",
            op,
            done,
            self.tr("Recalling {id}…").format(id=message_id),
            self.tr("Not recalled"),
        )

    def _act(
        self,
        entry: HistoryEntry,
        name: str,
        op: Callable[[BackgroundTask], T],
        done: Callable[[T], tuple[str, OSError | None]],
        busy: str,
        failed_title: str,
    ) -> None:
        """Run one action on ``entry`` in the worker: its progress, then its outcome or a clear error."""
        entry_id = entry.id

        def succeeded(result: T) -> None:
            self._acting.discard(entry_id)
            text, not_recorded = done(result)
            if not_recorded is not None:  # the call happened; only its history line is missing
                reason = describe_error(not_recorded)
                text += " " + self.tr("(not recorded in history: {reason})").format(reason=reason)
            set_status(self._status, Status.OK)
            self._status.setText(escape(text))
            self._update_buttons()
            self.action_finished.emit(name, True, text)

        def failed(error: BaseException) -> None:
            self._acting.discard(entry_id)
            text = failure_html(failed_title, error)
            set_status(self._status, Status.ERROR)
            self._status.setText(text)
            self._update_buttons()
            self.action_finished.emit(name, False, plain_text(text))

        self._acting.add(entry_id)
        self._update_buttons()
        set_status(self._status, None)
        self._status.setText(escape(busy))
        run_in_background(op, succeeded, failed, context=self)
