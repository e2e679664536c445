"""The send panel: validate the card, send it to the chosen recipients, show what happened.

Send (Ctrl+Enter) parses the card with the ephemeral API's rules first: errors block the send
and the first one is revealed in the editor; warnings are listed and sending needs a
confirmation. The send itself runs in the worker (the GUI stays live): a progress bar, the
message id (selectable, with Copy), and for several recipients a per-member result list and
Cancel. A failure shows the error's hint. Every attempt is recorded in the history.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from designer.cards import Diagnostic, Document, parse
from designer.feishu import BulkProgress, BulkReport, DeliveryStatus, Recipient
from designer.render.core_text import core_text, translate
from designer.sending import Delivery, resolve_target
from designer.store.profiles import Profile
from designer.store.settings import RecentChat
from designer.ui.send.errors import describe_error, escape, failure_html, plain_text
from designer.ui.send.models import BulkResultModel
from designer.ui.send.session import SendSession
from designer.ui.send.shell import make_send_action
from designer.ui.send.target import SendTarget
from designer.ui.status_colors import Status, set_status
from designer.ui.worker import BackgroundTask, CancelHandle, run_in_background

log = logging.getLogger(__name__)


class SendPanel(QWidget):
    """Send the current card as an ephemeral card (objectName ``sendPanel``).

    Handed the session, the shared ``SendTarget``, a function giving the current
    ``Document`` and one revealing a JSON pointer in the editor (``window.reveal_pointer``).

    Signals:
        send_started(int): a send to this many recipients began.
        send_finished(BulkReport): the report of a send that ran (some items may have failed).
        send_blocked(str): the send did not start (invalid card, no recipient, no profile...): why.
        warnings_confirmation_requested(QMessageBox): the box asking to send despite warnings.
    """

    send_started = Signal(int)
    send_finished = Signal(BulkReport)
    send_blocked = Signal(str)
    warnings_confirmation_requested = Signal(QMessageBox)

    def __init__(
        self,
        session: SendSession,
        target: SendTarget,
        document: Callable[[], Document | None],
        reveal_pointer: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
        *,
        send_action: QAction | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendPanel")
        self._session = session
        self._target = target
        self._document = document
        self._reveal_pointer = reveal_pointer
        self._handle: CancelHandle | None = None
        self._pending: tuple[Profile, str, str | None, dict[str, Any], list[Delivery]] | None = None

        self._to = QLabel()
        self._to.setObjectName("sendTo")
        self._to.setWordWrap(True)
        self._send = QPushButton(self.tr("Send"))
        self._send.setObjectName("sendButton")
        self._send.setToolTip(self.tr("Send the card as an ephemeral card (Ctrl+Enter)"))
        self._send.setDefault(True)
        self._send.setStyleSheet(
            "QPushButton#sendButton { background: #3370ff; color: white; border-radius: 4px;"
            " padding: 5px 18px; font-weight: 600; }"
            "QPushButton#sendButton:disabled { background: #bbcff9; }"
        )
        self._send.clicked.connect(self.send)
        self._cancel = QPushButton(self.tr("Cancel"))
        self._cancel.setObjectName("cancelSend")
        self._cancel.setEnabled(False)
        self._cancel.clicked.connect(self.cancel)
        # The window's (made before the panel, for its toolbar and Ctrl+Enter) or its own.
        self.send_action = send_action if send_action is not None else make_send_action(self)
        self.send_action.triggered.connect(self.send)
        self.addAction(self.send_action)

        self._progress = QProgressBar()
        self._progress.setObjectName("sendProgress")
        self._progress.setMaximumHeight(18)
        self._progress.hide()
        self._status = QLabel()
        self._status.setObjectName("sendStatus")
        self._status.setWordWrap(True)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._status.setOpenExternalLinks(False)
        self._status.linkActivated.connect(self._on_status_link_activated)

        self._message_id = QLineEdit()
        self._message_id.setObjectName("messageId")
        self._message_id.setReadOnly(True)
        self._message_id.setPlaceholderText(self.tr("message id appears here after a send"))
        self._copy = QPushButton(self.tr("Copy"))
        self._copy.setObjectName("copyMessageId")
        self._copy.setEnabled(False)
        self._copy.clicked.connect(self._on_copy_clicked)

        self.results = BulkResultModel(self)
        self._table = QTableView()
        self._table.setObjectName("sendResults")
        self._table.setModel(self.results)
        self._table.verticalHeader().hide()
        self._table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._table.selectionModel().currentRowChanged.connect(self._on_result_row_changed)
        self._table.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self._progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self._cancel)
        buttons.addWidget(self._send)
        id_row = QHBoxLayout()
        id_row.addWidget(QLabel(self.tr("Message id")))
        id_row.addWidget(self._message_id, 1)
        id_row.addWidget(self._copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._to)
        layout.addLayout(buttons)
        layout.addWidget(self._status)
        layout.addLayout(id_row)
        layout.addWidget(self._table, 100)
        layout.addStretch(1)  # takes the room while the result table is hidden

        target.changed.connect(self._on_target_changed)
        session.active_profile_changed.connect(self._on_target_changed)
        self._on_target_changed()

    # -- what the panel shows -------------------------------------------------------------

    def _on_target_changed(self, *args: object) -> None:
        recipients = self._target.recipients
        chat = self._target.describe_chat()
        if self._target.kept_chats():
            chats = {chat_id for chat_id, _name, _recipient in self._target.deliveries()}
            text = self.tr("To: <b>{count} members</b> in {chats} chats").format(
                count=len(self._target.deliveries()), chats=len(chats)
            )
        elif not chat:
            text = self.tr("Choose a chat and a recipient")
        elif not recipients:
            text = self.tr("To: {chat} — choose a recipient").format(chat=escape(chat))
        elif len(recipients) == 1:
            text = self.tr("To: <b>{who}</b> in {chat}").format(
                who=escape(_who(recipients[0])), chat=escape(chat)
            )
        else:
            text = self.tr("To: <b>{count} members</b> of {chat}").format(
                count=len(recipients), chat=escape(chat)
            )
        self._to.setText(text)

    def status_text(self) -> str:
        """The status line's plain text (for tests and accessibility)."""
        return plain_text(self._status.text())

    def message_id(self) -> str:
        return self._message_id.text()

    def is_sending(self) -> bool:
        return self._handle is not None

    def _set_status(self, html: str, status: Status | None = None) -> None:
        """Show ``html`` in the status line, coloured for ``status`` (None: plain text)."""
        set_status(self._status, status)
        self._status.setText(html)

    # -- send -----------------------------------------------------------------------------

    def send(self) -> None:
        """Validate, then send (after a confirmation when the card has warnings)."""
        if self._handle is not None:
            return
        profile = self._session.active_profile()
        if profile is None:
            self._block(self.tr("No profile: add one in Accounts (the toolbar's profile menu)."))
            return
        document = self._document()
        if document is None:
            self._block(self.tr("There is no card to send."))
            return
        checked = parse(document.text, ephemeral=True)
        if checked.card is None or not checked.ok:
            self._block_on_errors(checked, checked.errors)
            return
        if checked.errors:
            self._block_on_errors(checked, checked.errors)
            return
        chat_id, chat_name, recipients = self._resolve_target(checked)
        if not chat_id:
            self._block(self.tr("No chat chosen: pick a chat the bot is in."))
            return
        deliveries = self._deliveries(chat_id, chat_name, recipients)
        if not deliveries:
            self._block(
                self.tr("No recipient: tick members of the chat or type an open_id, user_id or email.")
            )
            return
        self._pending = (profile, chat_id, chat_name, dict(checked.card), deliveries)
        if checked.warnings:
            self._ask_about_warnings(checked.warnings)
            return
        self._start_pending()

    def _resolve_target(self, doc: Document) -> tuple[str | None, str | None, list[Recipient]]:
        """The picker's choice; a request body's own ``chat_id`` / id fills what the picker lacks."""
        body = doc.data if doc.is_request_body and isinstance(doc.data, dict) else None
        chat_id, recipients = resolve_target(self._target.chat_id, self._target.recipients, body)
        return chat_id, self._target.chat_name, recipients

    def _deliveries(self, chat_id: str, chat_name: str | None, recipients: list[Recipient]) -> list[Delivery]:
        """The deliveries of the send: with members ticked in other chats kept by the picker,
        those too; else the recipients in ``chat_id``."""
        if self._target.kept_chats():
            return [Delivery(chat, recipient, name) for chat, name, recipient in self._target.deliveries()]
        return [Delivery(chat_id, recipient, chat_name) for recipient in recipients]

    def _block(self, message: str) -> None:
        self._set_status(escape(message), Status.ERROR)
        self.send_blocked.emit(message)

    def _block_on_errors(self, doc: Document, errors: Sequence[Diagnostic]) -> None:
        if not errors:
            self._block(self.tr("The card is not JSON: fix it in the editor."))
            return
        # One line per error, its place a link that selects it in the editor.
        lines = [
            f'• <a href="{escape(d.pointer)}">{escape(_where(d))}</a>: {escape(core_text(d.message))}'
            for d in errors[:5]
        ]
        if len(errors) > 5:
            lines.append(self.tr("… and {count} more in the problems list").format(count=len(errors) - 5))
        self._set_status(
            self.tr("<b>Not sent: the card has {count} error(s).</b>").format(count=len(errors))
            + "<br>"
            + "<br>".join(lines),
            Status.ERROR,
        )
        if self._reveal_pointer is not None:
            self._reveal_pointer(errors[0].pointer)
        self.send_blocked.emit(errors[0].format(translate=translate))

    def _on_status_link_activated(self, pointer: str) -> None:
        if self._reveal_pointer is not None:
            self._reveal_pointer(pointer)

    def _ask_about_warnings(self, warnings: Sequence[Diagnostic]) -> None:
        box = QMessageBox(self)
        box.setObjectName("sendWarningsBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Send despite warnings?"))
        box.setText(self.tr("The card has {count} warning(s). Send it anyway?").format(count=len(warnings)))
        box.setDetailedText("\n".join(d.format(translate=translate) for d in warnings))
        box.setInformativeText("\n".join(f"• {_where(d)}: {core_text(d.message)}" for d in warnings[:5]))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Send anyway"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._on_warnings_answered(box, result))
        box.open()
        self.warnings_confirmation_requested.emit(box)

    def _on_warnings_answered(self, box: QMessageBox, result: int) -> None:
        box.deleteLater()
        if result == QMessageBox.StandardButton.Yes:
            self._start_pending()
        else:
            self._pending = None
            self._block(self.tr("Not sent: the warnings were not confirmed."))

    def _start_pending(self) -> None:
        assert self._pending is not None
        profile, chat_id, chat_name, card, deliveries = self._pending
        self._pending = None
        recipients = [delivery.recipient for delivery in deliveries]
        names = {delivery.chat_id: delivery.chat_name for delivery in deliveries}
        session = self._session

        def op(task: BackgroundTask) -> tuple[BulkReport, str | None]:
            # The session's send service appends (and fsync's) each outcome in this sending
            # thread the moment it is known, before the GUI hears of it (task.report): a crash
            # mid-run loses at most the sends in flight. The GUI thread never waits on the disk.
            outcome = session.send(profile, card, deliveries, progress=task.report, cancel=task.cancel_event)
            failed_write = outcome.not_recorded[0] if outcome.not_recorded else None
            return outcome.report, describe_error(failed_write) if failed_write is not None else None

        self.results.start(recipients, [delivery.chat_id for delivery in deliveries])
        self._table.setVisible(len(recipients) > 1)
        self._message_id.clear()
        self._copy.setEnabled(False)
        self._progress.setRange(0, len(recipients))
        self._progress.setValue(0)
        self._progress.setFormat(self.tr("Sending… %v of %m"))
        self._progress.show()
        self._send.setEnabled(False)
        self._cancel.setEnabled(True)
        self._set_status(
            self.tr("Sending to {count} recipient(s) in {chat}…").format(
                count=len(recipients), chat=escape(chat_name or chat_id)
            )
            if len(names) == 1
            else self.tr("Sending to {count} recipient(s) in {chats} chats…").format(
                count=len(recipients), chats=len(names)
            )
        )
        self.send_started.emit(len(recipients))
        self._handle = run_in_background(
            op,
            lambda outcome: self._on_send_done(*outcome),
            self._on_send_failed,
            self._on_progress,
            context=self,
        )
        # Remember the choice for next time (recent chats / recipients of this profile).
        session.remember(
            profile.name,
            RecentChat(chat_id=chat_id, name=chat_name),
            [delivery.recipient for delivery in deliveries if delivery.chat_id == chat_id],
        )

    def cancel(self) -> None:
        """Stop a bulk send between two recipients; those not yet sent are marked cancelled."""
        if self._handle is not None:
            self._handle.cancel()
            self._cancel.setEnabled(False)
            self._set_status(self.tr("Cancelling… (sends already on their way finish first)"), Status.WARNING)

    def _on_progress(self, progress: BulkProgress) -> None:
        self.results.set_item(progress.item)
        self._progress.setValue(progress.done)
        if progress.item.message_id and progress.total == 1:
            self._message_id.setText(progress.item.message_id)

    def _on_send_done(self, report: BulkReport, not_recorded: str | None = None) -> None:
        self._handle = None
        self._send.setEnabled(True)
        self._cancel.setEnabled(False)
        self._progress.hide()
        for item in report.items:
            self.results.set_item(item)  # no-op for rows already set by progress
        sent = [item for item in report.items if item.status is DeliveryStatus.SENT]
        if sent:
            self._message_id.setText(sent[0].message_id or "")
            self._copy.setEnabled(True)
        text = self._reportescape(report)
        if not_recorded is not None:
            text += "<br>" + escape(
                self.tr("(not recorded in history: {reason})").format(reason=not_recorded)
            )
        if report.cancelled_by_user:
            status = Status.WARNING
        else:
            status = Status.OK if report.failed == 0 and not report.stopped_by else Status.ERROR
        self._set_status(text, status)
        self.send_finished.emit(report)

    def _reportescape(self, report: BulkReport) -> str:
        if len(report.items) == 1:
            item = report.items[0]
            if item.status is DeliveryStatus.SENT:
                return self.tr("<b>Sent.</b> {who} sees the card in the chat (only while online).").format(
                    who=escape(item.recipient.name or item.recipient.value)
                )
            return failure_html(self.tr("Not sent"), item.error)
        summary = self.tr("{sent} sent, {failed} failed, {cancelled} cancelled of {total}.").format(
            sent=report.sent, failed=report.failed, cancelled=report.cancelled, total=len(report.items)
        )
        if report.stopped_by is not None:
            return failure_html(self.tr("Stopped"), report.stopped_by) + "<br>" + summary
        if report.cancelled_by_user:
            return self.tr("<b>Cancelled.</b> {summary}").format(summary=summary)
        first_failure = next((item.error for item in report.items if item.error is not None), None)
        if first_failure is not None:
            return f"<b>{summary}</b><br>" + failure_html(self.tr("First failure"), first_failure)
        return f"<b>{summary}</b>"

    def _on_send_failed(self, error: BaseException) -> None:
        self._handle = None
        self._send.setEnabled(True)
        self._cancel.setEnabled(False)
        self._progress.hide()
        self._set_status(failure_html(self.tr("Not sent"), error), Status.ERROR)
        self.send_blocked.emit(describe_error(error))

    def _on_result_row_changed(self, current: Any, previous: Any) -> None:
        item = self.results.item(current.row()) if current.isValid() else None
        if item is not None and item.message_id:
            self._message_id.setText(item.message_id)
            self._copy.setEnabled(True)
        elif item is not None and item.error is not None:
            title = self.tr("Not sent to {who}").format(who=_who(item.recipient))
            self._set_status(failure_html(title, item.error), Status.ERROR)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._message_id.text())
        self._set_status(self.tr("Message id copied."), Status.OK)

    def shutdown(self) -> None:
        """Cancel a running send (on quit)."""
        if self._handle is not None:
            self._handle.cancel()


def _who(recipient: Recipient) -> str:
    return recipient.name or f"{recipient.kind} {recipient.value}"


def _where(diagnostic: Diagnostic) -> str:
    return f"{diagnostic.line}:{diagnostic.column} {diagnostic.pointer or '/'}"


def card_text(card: dict[str, Any]) -> str:
    """A card as the editor shows it (pretty JSON), for reopening from the history."""
    return json.dumps(card, indent=2, ensure_ascii=False) + "\n"
