"""The send history: every card sent (time, profile, chat, recipient, message id, status).

Reopen puts a sent card back in the editor as a new document; Delete removes the ephemeral
card from the recipient's chat (the ephemeral delete API, in the worker) and records the
outcome: ``deleted``, or ``delete_failed`` with the reason.

The history is read in the worker (thousands of entries, each with its card, take a while to
parse): the list stays usable meanwhile and a busy bar says it is loading. A change announced
during a load reads again once that load ends, so the last load always sees the last change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from designer.sending import DeleteOutcome
from designer.store.history import Action, HistoryEntry, actions_now
from designer.ui.resources import set_themed_icon
from designer.ui.send.errors import describe_error, failure_html, plain_text
from designer.ui.send.models import HistoryModel
from designer.ui.send.send_panel import card_text
from designer.ui.send.session import SendSession
from designer.ui.worker import BackgroundTask, CancelHandle, run_in_background

log = logging.getLogger(__name__)


def _can(entry: HistoryEntry, action: Action) -> bool:
    """Whether ``action`` applies to ``entry`` and can be taken now (``actions_now``)."""
    actions = actions_now(entry)
    return action in actions and actions[action] is None


class HistoryView(QWidget):
    """The list of sends with Reopen, Copy id and Delete (objectName ``sendHistory``).

    ``open_text(text, title)`` opens a card as a new document (``window.open_text``).

    Signals:
        delete_finished(str, bool, str): a delete of the message id ended (ok, the message shown).
        reopen_requested(str, str): the card text and title handed to ``open_text``.
    """

    delete_finished = Signal(str, bool, str)
    reopen_requested = Signal(str, str)

    def __init__(
        self,
        session: SendSession,
        open_text: Callable[[str, str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendHistory")
        self._session = session
        self._open_text = open_text
        self._deleting: set[str] = set()
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
        buttons.addWidget(self._reopen)
        buttons.addWidget(self._copy)
        buttons.addWidget(self._delete)
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
        selected = self.selected_entry()
        self.model.set_entries(entries)
        if selected is not None:
            self.select_entry(selected.id)
        self._update_buttons()
        self._reload_if_changed()

    def _on_load_failed(self, error: BaseException) -> None:
        self._load_ended()
        # Keep what is listed; say why it is not fresh.
        log.warning("could not read the history: %s", error)
        self._status.setStyleSheet("QLabel { color: #d83931; }")
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
            entry is not None
            and _can(entry, Action.DELETE)
            and entry.message_id not in self._deleting
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
            self._status.setStyleSheet("QLabel { color: #2ea121; }")
            self._status.setText(text)
            self.delete_finished.emit(message_id, True, text)

        def failed(error: BaseException) -> None:
            self._deleting.discard(message_id)
            text = failure_html(self.tr("Not deleted"), error)
            self._status.setStyleSheet("QLabel { color: #d83931; }")
            self._status.setText(text)
            self.delete_finished.emit(message_id, False, text)

        self._deleting.add(message_id)
        self._update_buttons()
        self._status.setStyleSheet("")
        self._status.setText(self.tr("Deleting {id}…").format(id=message_id))
        run_in_background(op, done, failed, context=self)
