"""The sandbox inbox: what each demo member received, drawn as they would see it.

Only in sandbox mode (``card-designer --sandbox``): the sandbox server keeps every ephemeral
card it accepted and every card posted to a chat; this view lists them (newest first) and
draws the chosen one with the preview renderer (an ephemeral card with the "only visible to
you" badge), and says when it was deleted or recalled.

A card posted to a chat is seen, and can be acted on, by every member: the view acts as the
member chosen in "Acting as"; the answer's card replaces it for the whole chat.

The recipient can act on the card shown (click a button, pick in a select or picker, fill and
submit a form): the card view's callback payload goes to the sandbox as
``POST /sandbox/v1/actions`` (``designer.sandbox.inbox_actions``, on the worker: the sandbox
waits up to 3 s for the app's answer), and what came back is shown as Feishu shows it: the
toast over the card, the card replaced.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from designer.cards import parse
from designer.errors import describe
from designer.render import CardView, RenderOptions
from designer.sandbox import GroupMessage, InboxEntry, demo
from designer.sandbox.inbox_actions import ActionOutcome, action_of_payload
from designer.ui.roles import ItemRole
from designer.ui.send.errors import escape
from designer.ui.send.models import placeholder_avatar
from designer.ui.status_colors import Status, status_color
from designer.ui.worker import BackgroundTask, run_in_background

_Index = QModelIndex | QPersistentModelIndex
# act(message_id, open_id, action) -> what the answer did; blocking (runs on the worker).
ActOnCard = Callable[[str, str, dict[str, Any]], ActionOutcome]
TOAST_SHOWN_MS = 4000  # how long a toast stays over the card (Feishu's client shows it ~3-4 s)
# A toast's type -> the status colour it is drawn in.
_TOAST_STATUS = {"info": Status.INFO, "success": Status.OK, "error": Status.ERROR, "warning": Status.WARNING}
# The sandbox's chat of an id (``SandboxService.chat``): its name and members, for group posts.
ChatOf = Callable[[str], "demo.DemoChat | None"]


@dataclass(frozen=True, slots=True)
class InboxCard:
    """One card in the inbox: an ephemeral card (``open_id``: the one person who sees it) or a
    card posted to a chat (``open_id`` empty: every member sees it; ``recipient_name`` the chat)."""

    message_id: str
    chat_id: str
    open_id: str
    recipient_name: str
    card: dict[str, Any]
    sent_at: datetime
    deleted: bool = False

    @property
    def shared(self) -> bool:
        return not self.open_id

    @classmethod
    def of_entry(cls, entry: InboxEntry) -> InboxCard:
        return cls(
            entry.message_id,
            entry.chat_id,
            entry.open_id,
            entry.recipient_name,
            entry.card,
            entry.sent_at,
            entry.deleted,
        )

    @classmethod
    def of_post(cls, message: GroupMessage, chat_name: str) -> InboxCard:
        return cls(
            message.message_id,
            message.chat_id,
            "",
            chat_name,
            message.card,
            message.created_at,
            message.recalled,
        )


class InboxModel(QAbstractListModel):
    """The sandbox's inbox cards, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[InboxCard] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def set_entries(self, entries: Sequence[InboxCard]) -> None:
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: e.sent_at, reverse=True)
        self.endResetModel()

    def entry(self, row: int) -> InboxCard:
        return self._entries[row]

    def row_of(self, message_id: str) -> int:
        return next((row for row, e in enumerate(self._entries) if e.message_id == message_id), -1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = entry.sent_at.astimezone().strftime("%H:%M:%S")
            title = card_title(entry.card)
            # A group post says so: the whole chat sees it (and any member may click it).
            who = (
                entry.recipient_name
                if not entry.shared
                else QCoreApplication.translate("InboxView", "{chat} (the whole chat)").format(
                    chat=entry.recipient_name
                )
            )
            return f"{who} · {when}\n{title}"
        if role == Qt.ItemDataRole.DecorationRole:
            return placeholder_avatar(entry.recipient_name, entry.open_id, 28)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.message_id}\n{entry.chat_id}\n{entry.open_id or entry.recipient_name}"
        if role == Qt.ItemDataRole.ForegroundRole and entry.deleted:
            return status_color(Status.MUTED)
        if role == ItemRole.OBJECT:
            return entry
        return None


def toast_text_for(toast: dict[str, Any], locale: str) -> str:
    """The toast's text as a client in ``locale`` (``zh_CN``) shows it: its ``i18n`` text for
    that language (keys are ``zh_cn``, ``en_us`` …), else ``content``."""
    i18n = toast.get("i18n")
    if isinstance(i18n, dict):
        text = i18n.get(locale.lower())
        if isinstance(text, str) and text:
            return text
    content = toast.get("content")
    return content if isinstance(content, str) else ""


def card_title(card: dict[str, Any]) -> str:
    """The card's header title (its first language's with only i18n headers), or ""."""
    header = card.get("header") if isinstance(card, dict) else None
    if isinstance(header, dict):
        title = header.get("title")
        if isinstance(title, dict) and isinstance(title.get("content"), str):
            return str(title["content"])
    i18n = card.get("i18n_header") if isinstance(card, dict) else None
    if isinstance(i18n, dict):
        for value in i18n.values():
            if isinstance(value, dict) and isinstance(value.get("title"), dict):
                return str(value["title"].get("content", ""))
    return ""


class InboxView(QWidget):
    """Each sandbox recipient's ephemeral cards (objectName ``sandboxInbox``).

    ``inbox()`` returns the sandbox's entries (``SandboxServer.inbox``: an in-process call,
    no network), ``image_source(key)`` the bytes of an uploaded image.
    """

    def __init__(
        self,
        inbox: Callable[[], list[InboxEntry]],
        image_source: Callable[[str], bytes | None] | None = None,
        parent: QWidget | None = None,
        *,
        act: ActOnCard | None = None,
        posts: Callable[[], list[GroupMessage]] | None = None,
        chat_of: ChatOf | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sandboxInbox")
        self._inbox = inbox
        self._posts = posts
        self._chat_of = chat_of
        self._act = act
        self._acting = False
        self.model = InboxModel(self)
        self._list = QListView()
        self._list.setObjectName("inboxList")
        self._list.setModel(self.model)
        self._list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self._list.setMinimumHeight(90)
        self._list.selectionModel().currentChanged.connect(self._on_current_changed)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setObjectName("refreshInbox")
        refresh.clicked.connect(self.refresh)
        self._heading = QLabel()
        self._heading.setObjectName("inboxHeading")
        self._heading.setWordWrap(True)
        # Who clicks a card posted to a chat (any member may): hidden for an ephemeral card.
        self.acting_as = QComboBox()
        self.acting_as.setObjectName("inboxActingAs")
        self.acting_as.setToolTip(self.tr("The chat member who acts on the shared card"))
        self._acting_label = QLabel(self.tr("Acting as:"))
        acting_row = QHBoxLayout()
        acting_row.addWidget(self._acting_label)
        acting_row.addWidget(self.acting_as, 1)
        self._acting_widgets = (self._acting_label, self.acting_as)
        for widget in self._acting_widgets:
            widget.hide()
        self.card_view = CardView()
        self.card_view.setObjectName("inboxCardView")
        self.card_view.set_options(RenderOptions(badge=True, width="auto"))
        if image_source is not None:
            self.card_view.set_image_source(image_source)
        self.card_view.callback_emitted.connect(self._on_callback)
        # The toast floats over the card, as Feishu's client shows it.
        self._toast = QLabel(self.card_view)
        self._toast.setObjectName("inboxToast")
        self._toast.setWordWrap(True)
        self._toast.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._toast.hide()
        self._toast_timer = QTimer(self)
        self._toast_timer.setSingleShot(True)
        self._toast_timer.setInterval(TOAST_SHOWN_MS)
        self._toast_timer.timeout.connect(self._toast.hide)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Sandbox inbox</b> (what each member sees)")))
        left_layout.addWidget(self._list, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(refresh)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._heading)
        right_layout.addLayout(acting_row)
        right_layout.addWidget(self.card_view, 1)
        # Vertical: the inbox lives beside the preview, a tall and narrow place.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self._heading.setText(self.tr("Send a card: it appears here as its recipient sees it."))

    def refresh(self) -> None:
        """Read the sandbox's inbox again, keeping the shown card (or showing the newest)."""
        current = self.shown_message_id()
        cards = [InboxCard.of_entry(entry) for entry in self._inbox()]
        if self._posts is not None:
            cards += [InboxCard.of_post(post, self._chat_name(post.chat_id)) for post in self._posts()]
        self.model.set_entries(cards)
        row = self.model.row_of(current) if current else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self._list.setCurrentIndex(self.model.index(row))
            self._show(self.model.entry(row))

    def show_message(self, message_id: str) -> bool:
        row = self.model.row_of(message_id)
        if row < 0:
            return False
        self._list.setCurrentIndex(self.model.index(row))
        return True

    def shown_message_id(self) -> str | None:
        index = self._list.currentIndex()
        return self.model.entry(index.row()).message_id if index.isValid() else None

    def heading_text(self) -> str:
        return self._heading.text()

    def _chat_name(self, chat_id: str) -> str:
        chat = self._chat_of(chat_id) if self._chat_of is not None else None
        return chat.name if chat is not None else chat_id

    def _show_members(self, entry: InboxCard) -> None:
        """The members who may act on a shared card (keeping the one chosen when still there)."""
        for widget in self._acting_widgets:
            widget.setVisible(entry.shared)
        if not entry.shared:
            return
        chosen = self.acting_as.currentData()
        chat = self._chat_of(entry.chat_id) if self._chat_of is not None else None
        self.acting_as.blockSignals(True)
        self.acting_as.clear()
        for open_id in chat.member_ids if chat is not None else ():
            person = demo.person(open_id)
            self.acting_as.addItem(person.name if person is not None else open_id, open_id)
        index = self.acting_as.findData(chosen)
        self.acting_as.setCurrentIndex(max(index, 0) if self.acting_as.count() else -1)
        self.acting_as.blockSignals(False)

    def act_as(self, open_id: str) -> bool:
        """Act on shared cards as the member ``open_id``; False when not a member listed."""
        index = self.acting_as.findData(open_id)
        if index >= 0:
            self.acting_as.setCurrentIndex(index)
        return index >= 0

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.model.entry(current.row()))

    def _show(self, entry: InboxCard) -> None:
        when = entry.sent_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        self._show_members(entry)
        if entry.shared and entry.deleted:
            heading = self.tr("<b>{name}</b> no longer sees this card: it was recalled ({id}).")
        elif entry.shared:
            heading = self.tr("Everyone in <b>{name}</b> sees this card, posted {when} ({id}).")
        elif entry.deleted:
            heading = self.tr("<b>{name}</b> no longer sees this card: it was deleted ({id}).")
        else:
            heading = self.tr("<b>{name}</b> sees this card in the chat, sent {when} ({id}).")
        self._heading.setText(
            heading.format(name=escape(entry.recipient_name), when=when, id=entry.message_id)
        )
        # The "only visible to you" badge is the ephemeral card's; a group post has none.
        options = replace(self.card_view.options(), badge=not entry.shared)
        if options != self.card_view.options():
            self.card_view.set_options(options)
        self.card_view.set_document(parse(json.dumps(entry.card, ensure_ascii=False)))
        self.card_view.setEnabled(not entry.deleted and not self._acting)

    # -- acting on the card -----------------------------------------------------------------

    def toast_text(self) -> str:
        """The toast over the card now ("" when none is shown)."""
        return self._toast.text() if not self._toast.isHidden() else ""

    def is_acting(self) -> bool:
        """True while an action waits for the app's answer."""
        return self._acting

    def _on_callback(self, payload: dict[str, Any]) -> None:
        index = self._list.currentIndex()
        if self._act is None or not index.isValid() or self._acting:
            return
        entry = self.model.entry(index.row())
        if entry.deleted:
            return
        act = self._act
        action = action_of_payload(payload)
        message_id, open_id = entry.message_id, entry.open_id or str(self.acting_as.currentData() or "")
        if not open_id:
            self._show_toast(self.tr("Choose who acts on the card (Acting as)."), Status.ERROR)
            return

        def op(task: BackgroundTask) -> ActionOutcome:
            return act(message_id, open_id, action)

        self._acting = True
        self.card_view.setEnabled(False)  # one action at a time, as the client waits for its answer
        run_in_background(op, self._on_answered, self._on_refused, context=self)

    def _on_answered(self, outcome: ActionOutcome) -> None:
        self._acting = False
        self.refresh()  # the sandbox applied the answer: the replaced card is read back
        toast = outcome.toast
        if toast is not None:
            kind = toast.get("type")
            self._show_toast(
                toast_text_for(toast, QLocale().name()),
                _TOAST_STATUS.get(kind if isinstance(kind, str) else "", Status.INFO),
            )

    def _on_refused(self, error: BaseException) -> None:
        self._acting = False
        self.refresh()
        # What Feishu's client shows the person when the app's answer fails, with the cause.
        self._show_toast(self.tr("The action failed: {why}").format(why=describe(error)), Status.ERROR)

    def _show_toast(self, text: str, status: Status) -> None:
        color = status_color(status)
        self._toast.setStyleSheet(
            f"QLabel#inboxToast {{ background: palette(window); border: 1px solid {color.name()}; color: {color.name()};"
            " border-radius: 6px; padding: 6px 10px; }"
        )
        self._toast.setText(text)
        width = max(120, min(self.card_view.width() - 24, 360))
        self._toast.setFixedWidth(width)
        self._toast.adjustSize()
        # Centred over the card, as Feishu's client shows a toast (not over the card's header).
        self._toast.move(
            (self.card_view.width() - width) // 2, (self.card_view.height() - self._toast.height()) // 2
        )
        self._toast.show()
        self._toast.raise_()
        self._toast_timer.start()
