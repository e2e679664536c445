"""Send ▸ Private form round trip…: the scenario the ephemeral API exists for, step by step.

A member (the chat's admin) gets the form card (the open document) as an ephemeral card only
they see; they fill it in and submit; the app hears the submit over the long connection (the
active profile's ``CallbackListener``, open while the flow runs), fills the submitted
``form_value`` into the final card (a template whose texts say ``${field_name}``,
``designer.cards.fill``), deletes the form and posts the final card for the whole chat.

Steps (``Step``), each shown pending / running / done / failed, each with its own button so a
person can take it by hand, and "Run all" to take them in order:

1. listen   open the long connection (before the form goes out, so no submit is missed)
2. send     the form, ephemerally, to the picked member of the picked chat
3. wait     "waiting for <name> to submit…" (Cancel stops waiting and listening)
4. fill     the submitted values into the chosen final card, shown in a preview
5. delete   the form from the member's chat
6. post     the final card to the whole chat

Every network call runs in the project's worker through the window's ``SendSession``, which
records the send, the delete and the post in the history.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from designer.cards import Document, parse
from designer.cards.fill import fill_card, missing_names
from designer.feishu import CardAction, Recipient
from designer.render import RenderOptions
from designer.render.card_view import CardView
from designer.sending import Delivery, PostOutcome, SendOutcome
from designer.store.profiles import Profile
from designer.ui.send.avatars import fetch_avatar
from designer.ui.send.errors import failure_html, plain_text
from designer.ui.send.recipient_picker import RecipientPicker
from designer.ui.send.session import NoSecret, SendSession
from designer.ui.send.target import SendTarget
from designer.ui.status_colors import Status, set_status
from designer.ui.template_gallery import load_templates
from designer.ui.worker import BackgroundTask, run_in_background

if TYPE_CHECKING:  # the long connection (websockets) is imported when the flow listens
    from designer.feishu import CallbackListener, ListenerState

log = logging.getLogger(__name__)

# The template the final card defaults to (resources/templates/todo-reminder-posted.json,
# the final card of todo-reminder-form.json), by its gallery title.
DEFAULT_FINAL_TITLE = "To-do reminder for the group (final card)"
# How long opening the long connection may take before the step says it failed.
CONNECT_TIMEOUT = 15.0


class Step(StrEnum):
    LISTEN = "listen"
    SEND = "send"
    WAIT = "wait"
    FILL = "fill"
    DELETE = "delete"
    POST = "post"


class StepState(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class _Relay(QObject):
    """Carries the listener thread's news to the GUI thread (queued: it lives on the GUI thread)."""

    submitted = Signal(CardAction)
    state = Signal(str, str)  # the listener's status and what it says (message and hint)


class RoundTripPanel(QWidget):
    """The guided flow (objectName ``roundTrip``); see the module docstring.

    ``current_document()`` gives the form card (the open document); the final card is chosen
    from the templates (``finalTemplate``) or is the open document as it was when chosen.
    """

    def __init__(
        self,
        session: SendSession,
        current_document: Callable[[], Document | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roundTrip")
        self._session = session
        self._current_document = current_document
        self.target = SendTarget(self)
        self.picker = RecipientPicker(session, self.target, avatar_fetcher=fetch_avatar)
        self._relay = _Relay(self)
        self._relay.submitted.connect(self._on_submitted)
        self._relay.state.connect(self._on_listener_state)
        self._listener: CallbackListener | None = None
        self._auto = False  # "Run all": each step's success starts the next
        # What the steps learn, in order: who and where, the form's message id, the submit,
        # the filled final card.
        self._profile: Profile | None = None
        self._chat: tuple[str, str | None] | None = None
        self._admin: Recipient | None = None
        self._form_message_id: str | None = None
        self.submit: CardAction | None = None
        self.final_card: dict[str, Any] | None = None
        self.posted_message_id: str | None = None
        self.states: dict[Step, StepState] = dict.fromkeys(Step, StepState.PENDING)

        titles = {
            Step.LISTEN: self.tr("1. Listen for the submit (long connection)"),
            Step.SEND: self.tr("2. Send the form (the open document) to the member only"),
            Step.WAIT: self.tr("3. Wait for their submit"),
            Step.FILL: self.tr("4. Fill the submitted values into the final card"),
            Step.DELETE: self.tr("5. Delete the form from their chat"),
            Step.POST: self.tr("6. Post the final card to the whole chat"),
        }
        self._lines: dict[Step, QLabel] = {}
        self._buttons: dict[Step, QPushButton] = {}
        grid = QGridLayout()
        for row, step in enumerate(Step):
            title = QLabel(titles[step])
            line = QLabel()
            line.setObjectName(f"step_{step.value}")
            line.setWordWrap(True)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(self.tr("Do"))
            button.setObjectName(f"do_{step.value}")
            button.clicked.connect(lambda _checked=False, s=step: self.run_step(s))
            grid.addWidget(title, row, 0)
            grid.addWidget(button, row, 1)
            grid.addWidget(line, row, 2)
            self._lines[step] = line
            self._buttons[step] = button
        grid.setColumnStretch(2, 1)

        self._final = QComboBox()
        self._final.setObjectName("finalTemplate")
        # The templates' texts by title (the gallery reads them); "" is the open document.
        self._final.addItem(self.tr("The open document (as it is now)"), "")
        for template in load_templates():
            if template.problem is None and template.schema:
                self._final.addItem(template.title, template.text)
                if template.title == DEFAULT_FINAL_TITLE:
                    self._final.setCurrentIndex(self._final.count() - 1)

        self._run_all = QPushButton(self.tr("Run all"))
        self._run_all.setObjectName("runAll")
        self._run_all.clicked.connect(self.run_all)
        self._cancel = QPushButton(self.tr("Cancel"))
        self._cancel.setObjectName("cancelRoundTrip")
        self._cancel.clicked.connect(self.cancel)
        self._status = QLabel()
        self._status.setObjectName("roundTripStatus")
        self._status.setWordWrap(True)
        self.preview = CardView()
        self.preview.setObjectName("finalCardPreview")
        # The final card is posted to the whole chat: no "Only visible to you" badge.
        self.preview.set_options(RenderOptions(badge=False))
        self.preview.setMinimumHeight(160)

        final_row = QHBoxLayout()
        final_row.addWidget(QLabel(self.tr("Final card:")))
        final_row.addWidget(self._final, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self._run_all)
        buttons.addWidget(self._cancel)
        buttons.addStretch(1)
        steps = QWidget()
        steps_layout = QVBoxLayout(steps)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.addLayout(final_row)
        steps_layout.addLayout(grid)
        steps_layout.addLayout(buttons)
        steps_layout.addWidget(self._status)
        steps_layout.addWidget(self.preview, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.picker)
        split.addWidget(steps)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        for step in Step:
            self._set(step, StepState.PENDING, "")

    # -- state ---------------------------------------------------------------------------------

    def step_text(self, step: Step) -> str:
        return plain_text(self._lines[step].text())

    def status_text(self) -> str:
        return plain_text(self._status.text())

    def _set(self, step: Step, state: StepState, text: str, *, rich: bool = False) -> None:
        self.states[step] = state
        words = {
            StepState.PENDING: self.tr("to do"),
            StepState.RUNNING: self.tr("running…"),
            StepState.DONE: self.tr("done"),
            StepState.FAILED: self.tr("failed"),
        }[state]
        status = {StepState.DONE: Status.OK, StepState.FAILED: Status.ERROR}.get(state)
        body = text if rich else _escape(text)
        self._lines[step].setText(f"<b>{words}</b> {body}" if body else f"<b>{words}</b>")
        set_status(self._lines[step], status)
        self._buttons[step].setEnabled(state is not StepState.RUNNING)

    def _fail(self, step: Step, title: str, error: BaseException | str) -> None:
        self._auto = False
        if isinstance(error, str):
            self._set(step, StepState.FAILED, error)
        else:
            self._set(step, StepState.FAILED, failure_html(title, error), rich=True)

    def _next(self, step: Step) -> None:
        if self._auto:
            order = list(Step)
            index = order.index(step) + 1
            if index < len(order) and order[index] is not Step.WAIT:
                self.run_step(order[index])

    # -- the steps -----------------------------------------------------------------------------

    def run_all(self) -> None:
        """Take every step in order (each waits for the one before it)."""
        self._auto = True
        self.run_step(Step.LISTEN)

    def run_step(self, step: Step) -> None:
        {
            Step.LISTEN: self._listen,
            Step.SEND: self._send_form,
            Step.WAIT: self._wait,
            Step.FILL: self._fill,
            Step.DELETE: self._delete_form,
            Step.POST: self._post_final,
        }[step]()

    def _who(self) -> bool:
        """The profile, the chat and the member, or False after saying which is missing."""
        profile = self._session.active_profile()
        if profile is None:
            self._status.setText(self.tr("No profile: add one in Accounts (the toolbar's profile menu)."))
            return False
        chat_id = self.target.chat_id
        recipients = self.target.recipients
        if not chat_id or not recipients:
            self._status.setText(self.tr("Pick the chat and the member (the admin) who fills in the form."))
            return False
        self._profile, self._chat, self._admin = profile, (chat_id, self.target.chat_name), recipients[0]
        self._status.setText("")
        return True

    def _admin_name(self) -> str:
        admin = self._admin
        return (admin.name or admin.value) if admin is not None else ""

    def _listen(self) -> None:
        if not self._who() or self._profile is None:
            self._auto = False
            return
        self._stop_listener()
        profile, session, relay = self._profile, self._session, self._relay

        from designer.feishu import CallbackListener, ListenerStatus

        def on_state(state: ListenerState) -> None:
            said = " ".join(part for part in (state.message, state.hint) if part)
            relay.state.emit(state.status.value, said)

        def handler(action: CardAction) -> None:
            # On the listener's thread: only hand the submit over (no answer: the card stays).
            relay.submitted.emit(action)

        def op(task: BackgroundTask) -> CallbackListener:
            secret = session.secret(profile.name)
            if not secret:
                raise NoSecret.of_profile(profile.name)
            listener = CallbackListener(
                profile.api_base_url, profile.app_id, secret, handler, on_state=on_state
            )
            listener.start()
            state = listener.wait_for(
                ListenerStatus.CONNECTED, ListenerStatus.REFUSED, timeout=CONNECT_TIMEOUT
            )
            if state.status is not ListenerStatus.CONNECTED:
                listener.stop()
                raise ConnectionError(
                    " ".join(p for p in (state.message, state.hint) if p) or str(state.status)
                )
            return listener

        def done(listener: CallbackListener) -> None:
            self._listener = listener
            self._set(Step.LISTEN, StepState.DONE, self.tr("listening as {app}").format(app=profile.app_id))
            self._next(Step.LISTEN)

        self._set(Step.LISTEN, StepState.RUNNING, self.tr("connecting…"))
        run_in_background(
            op, done, lambda e: self._fail(Step.LISTEN, self.tr("Not listening"), e), context=self
        )

    def _on_listener_state(self, status: str, said: str) -> None:
        from designer.feishu import ListenerStatus  # (loaded with the listener, not at start)

        # After the connection was made: a drop (reconnecting) or a refusal is shown on step 1.
        if self._listener is None or status not in (ListenerStatus.RECONNECTING, ListenerStatus.REFUSED):
            return
        state = StepState.FAILED if status == ListenerStatus.REFUSED else StepState.RUNNING
        self._set(Step.LISTEN, state, self.tr("{status}: {said}").format(status=status, said=said))

    def _form_card(self) -> dict[str, Any] | None:
        document = self._current_document()
        if document is None:
            return None
        checked = parse(document.text, ephemeral=True)
        if checked.card is None or checked.errors:
            return None
        return dict(checked.card)

    def _send_form(self) -> None:
        if not self._who() or self._profile is None or self._chat is None or self._admin is None:
            self._auto = False
            return
        card = self._form_card()
        if card is None:
            self._fail(
                Step.SEND,
                "",
                self.tr("The open document is not a card without errors: fix it (see Problems)."),
            )
            return
        profile, (chat_id, chat_name), admin, session = self._profile, self._chat, self._admin, self._session

        def op(task: BackgroundTask) -> SendOutcome:
            return session.send(profile, card, [Delivery(chat_id, admin, chat_name)])

        def done(outcome: SendOutcome) -> None:
            item = outcome.report.items[0]
            if item.message_id is None:
                self._fail(Step.SEND, self.tr("Not sent"), item.error or self.tr("not sent"))
                return
            self._form_message_id = item.message_id
            self._set(
                Step.SEND,
                StepState.DONE,
                self.tr("sent {id} to {name}").format(id=item.message_id, name=self._admin_name()),
            )
            if self._auto:
                self._wait()

        self._set(Step.SEND, StepState.RUNNING, self.tr("sending…"))
        run_in_background(op, done, lambda e: self._fail(Step.SEND, self.tr("Not sent"), e), context=self)

    def _wait(self) -> None:
        if self._listener is None:
            self._fail(Step.WAIT, "", self.tr("Not listening: take step 1 first."))
            return
        if self._form_message_id is None:
            self._fail(Step.WAIT, "", self.tr("No form was sent: take step 2 first."))
            return
        self._set(
            Step.WAIT,
            StepState.RUNNING,
            self.tr("waiting for {name} to submit…").format(name=self._admin_name()),
        )

    def _on_submitted(self, action: CardAction) -> None:
        # Only the submit of our form counts (the listener hears every card of the app).
        if action.open_message_id != self._form_message_id or not action.form_value:
            return
        self.submit = action
        self._set(
            Step.WAIT,
            StepState.DONE,
            self.tr("submitted: {values}").format(values=json.dumps(action.form_value, ensure_ascii=False)),
        )
        # The values are shown filled in at once (that is what the person waits to see); the
        # delete and the post follow on their own only under Run all.
        self._fill()

    def set_final_template(self, title: str) -> bool:
        """Choose the final card by its title in ``finalTemplate``."""
        index = self._final.findText(title)
        if index >= 0:
            self._final.setCurrentIndex(index)
        return index >= 0

    def _template(self) -> dict[str, Any] | None:
        text = self._final.currentData()
        if not text:
            document = self._current_document()
            text = document.text if document is not None else ""
        checked = parse(text)
        if checked.card is None:
            self._fail(Step.FILL, "", self.tr("The final card is not a card: choose another."))
            return None
        return dict(checked.card)

    def _fill(self) -> None:
        if self.submit is None:
            self._fail(Step.FILL, "", self.tr("Nothing submitted yet: wait for the submit (step 3)."))
            return
        template = self._template()
        if template is None:
            return
        values = self.submit.form_value
        self.final_card = fill_card(template, values)
        self.preview.set_document(parse(json.dumps(self.final_card, ensure_ascii=False, indent=2)))
        missing = missing_names(template, values)
        text = (
            self.tr("filled; no value for {names}").format(names=", ".join(missing))
            if missing
            else self.tr("filled with {count} values").format(count=len(values))
        )
        self._set(Step.FILL, StepState.DONE, text)
        if self._auto:
            self._delete_form()

    def _delete_form(self) -> None:
        if self._profile is None or self._form_message_id is None:
            self._fail(Step.DELETE, "", self.tr("No form was sent: take step 2 first."))
            return
        profile, message_id, session = self._profile, self._form_message_id, self._session

        def done(outcome: object) -> None:
            self._set(Step.DELETE, StepState.DONE, self.tr("deleted {id}").format(id=message_id))
            self._next(Step.DELETE)

        self._set(Step.DELETE, StepState.RUNNING, self.tr("deleting…"))
        run_in_background(
            lambda task: session.delete(profile, message_id),
            done,
            lambda e: self._fail(Step.DELETE, self.tr("Not deleted"), e),
            context=self,
        )

    def _post_final(self) -> None:
        if (self._profile is None or self._chat is None) and not self._who():
            return
        if self.final_card is None:
            self._fail(Step.POST, "", self.tr("No final card yet: fill it first (step 4)."))
            return
        if self._profile is None or self._chat is None:
            return
        profile, (chat_id, chat_name), card, session = (
            self._profile,
            self._chat,
            self.final_card,
            self._session,
        )

        def done(outcome: PostOutcome) -> None:
            self.posted_message_id = outcome.message_id
            self._set(
                Step.POST,
                StepState.DONE,
                self.tr("posted {id} to {chat}").format(id=outcome.message_id, chat=chat_name or chat_id),
            )
            self._auto = False
            self._stop_listener()

        self._set(Step.POST, StepState.RUNNING, self.tr("posting…"))
        run_in_background(
            lambda task: session.post(profile, chat_id, chat_name, card),
            done,
            lambda e: self._fail(Step.POST, self.tr("Not posted"), e),
            context=self,
        )

    # -- the end -------------------------------------------------------------------------------

    def cancel(self) -> None:
        """Stop waiting and listening; what was done stays done (and in the history)."""
        self._auto = False
        self._stop_listener()
        if self.states[Step.WAIT] is StepState.RUNNING:
            self._set(Step.WAIT, StepState.FAILED, self.tr("cancelled"))
        if self.states[Step.LISTEN] is StepState.DONE:
            self._set(Step.LISTEN, StepState.PENDING, self.tr("stopped"))

    def _stop_listener(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            # stop() joins the listener's thread: off the GUI thread, so the window never waits.
            run_in_background(
                lambda task: listener.stop(),
                lambda _: None,
                lambda e: log.warning("stopping the listener: %s", e),
            )

    def closeEvent(self, event: Any) -> None:
        self.cancel()
        super().closeEvent(event)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)


class RoundTripDialog(QDialog):
    """The flow in a window of its own (non-modal: the editor stays usable)."""

    def __init__(
        self,
        session: SendSession,
        current_document: Callable[[], Document | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roundTripDialog")
        self.setWindowTitle(self.tr("Private form round trip"))
        self.panel = RoundTripPanel(session, current_document, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.resize(980, 620)

    def done(self, result: int) -> None:
        self.panel.cancel()
        super().done(result)
