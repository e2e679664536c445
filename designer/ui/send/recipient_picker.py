"""The recipient picker: a chat the bot is in, then one or several of its members, or a typed id.

Chats and members load page by page in the worker (a progress bar counts them, the list
fills as pages arrive) and are searched by name or id through a filter proxy. Members are
checkable: every ticked one gets the card (a bulk send); with none ticked, the selected one
does. Typing an open_id (``ou_…``), a user_id or an email instead names the recipient
directly; the field says which kind it is and whether its shape is right, and an email can
be looked up to the person first. Recent chats and recipients are offered per profile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QItemSelection, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.feishu import Chat, Member, Page, Recipient
from designer.feishu.recipient_id import IdCheck, classify
from designer.store.profiles import Profile
from designer.ui.resources import set_themed_icon
from designer.ui.send.avatars import AvatarFetcher, round_icon
from designer.ui.send.errors import describe_error, escape
from designer.ui.send.models import ChatListModel, MemberListModel, ObjectRole, SearchRole
from designer.ui.send.session import SendSession
from designer.ui.send.target import SendTarget
from designer.ui.worker import BackgroundTask, CancelHandle, run_in_background

_log = logging.getLogger("designer.ui.send")

T = TypeVar("T")


class RecipientPicker(QWidget):
    """Choose the chat and the recipients of the next send (objectName ``recipientPicker``).

    Writes the choice into the ``SendTarget`` it is handed.

    Signals:
        chats_loaded(int): all pages of chats arrived (the count).
        members_loaded(str, int): all pages of members of the chat id arrived (the count).
        load_failed(str): loading chats or members failed (the message shown).
        email_resolved(str, str): an email was looked up to an open_id (email, open_id).
    """

    chats_loaded = Signal(int)
    members_loaded = Signal(str, int)
    load_failed = Signal(str)
    email_resolved = Signal(str, str)

    def __init__(
        self,
        session: SendSession,
        target: SendTarget,
        parent: QWidget | None = None,
        *,
        page_size: int = 100,
        avatar_fetcher: AvatarFetcher | None = None,
        load_when_shown: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recipientPicker")
        self.page_size = page_size  # chats / members per request (the API allows up to 100)
        self._session = session
        self._target = target
        self._avatar_fetcher = avatar_fetcher
        # A reload, a profile switch or another chat picked replaces the running load; the
        # replaced one may still be mid-request, and all it sends afterwards is dropped.
        self._chat_load = _Load(self)
        self._member_load = _Load(self)
        self._resolve: CancelHandle | None = None
        self._profile: Profile | None = None
        # load_when_shown (the window's Send pane): a profile's chats are loaded when the pane
        # is on screen (``set_on_screen``), not while it waits behind another tab. Loading
        # reads the secret from the keyring and calls the network, neither of which opening
        # the window should wait for or do unasked (issue 10).
        self._on_screen = not load_when_shown
        self._chats_pending = False

        # -- chats --
        self.chat_model = ChatListModel(self)
        self._chat_proxy = _search_proxy(self.chat_model, self)
        self._chat_search = QLineEdit()
        self._chat_search.setObjectName("chatSearch")
        self._chat_search.setPlaceholderText(self.tr("Search chats by name or id"))
        self._chat_search.setClearButtonEnabled(True)
        self._chat_search.textChanged.connect(self._chat_proxy.setFilterFixedString)
        self._reload = QToolButton()
        self._reload.setObjectName("reloadChats")
        set_themed_icon(self._reload, "refresh")
        self._reload.setToolTip(self.tr("Load the chats the bot is in again"))
        self._reload.clicked.connect(self.load_chats)
        self._recent_chats = QComboBox()
        self._recent_chats.setObjectName("recentChats")
        self._recent_chats.setToolTip(self.tr("Chats you sent to recently with this profile"))
        self._recent_chats.activated.connect(self._on_recent_chat_activated)
        self._chat_progress = _progress_bar("chatProgress")
        self._chat_list = QListView()
        self._chat_list.setObjectName("chatList")
        self._chat_list.setModel(self._chat_proxy)
        self._chat_list.setUniformItemSizes(True)
        self._chat_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self._chat_list.selectionModel().selectionChanged.connect(self._on_chat_selection_changed)

        chat_bar = QHBoxLayout()
        chat_bar.addWidget(self._chat_search, 1)
        chat_bar.addWidget(self._reload)
        chats_box = QWidget()
        chats_layout = QVBoxLayout(chats_box)
        chats_layout.setContentsMargins(0, 0, 0, 0)
        chats_title = QLabel(self.tr("<b>Chat</b> (groups the bot is in)"))
        chats_layout.addWidget(chats_title)
        chats_layout.addWidget(self._recent_chats)
        chats_layout.addLayout(chat_bar)
        chats_layout.addWidget(self._chat_progress)
        chats_layout.addWidget(self._chat_list, 1)

        # -- members --
        self.member_model = MemberListModel(self)
        self._member_proxy = _search_proxy(self.member_model, self)
        self._members_title = QLabel(self.tr("<b>Members</b>: choose a chat first"))
        self._member_search = QLineEdit()
        self._member_search.setObjectName("memberSearch")
        self._member_search.setPlaceholderText(self.tr("Search members by name or id"))
        self._member_search.setClearButtonEnabled(True)
        self._member_search.textChanged.connect(self._member_proxy.setFilterFixedString)
        self._select_all = QToolButton()
        self._select_all.setObjectName("selectAllMembers")
        self._select_all.setText(self.tr("All"))
        self._select_all.setToolTip(self.tr("Tick every member shown (for a bulk send)"))
        self._select_all.clicked.connect(lambda: self._tick_shown(True))
        self._select_none = QToolButton()
        self._select_none.setText(self.tr("None"))
        self._select_none.setToolTip(self.tr("Untick every member"))
        self._select_none.clicked.connect(lambda: self.member_model.set_all_checked(False))
        self._member_progress = _progress_bar("memberProgress")
        self._member_list = QListView()
        self._member_list.setObjectName("memberList")
        self._member_list.setModel(self._member_proxy)
        self._member_list.setUniformItemSizes(True)
        self._member_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self._member_list.selectionModel().selectionChanged.connect(self._update_target)
        self.member_model.dataChanged.connect(self._update_target)
        member_bar = QHBoxLayout()
        member_bar.addWidget(self._member_search, 1)
        member_bar.addWidget(self._select_all)
        member_bar.addWidget(self._select_none)
        members_box = QWidget()
        members_layout = QVBoxLayout(members_box)
        members_layout.setContentsMargins(0, 0, 0, 0)
        self._member_count = QLabel()
        self._member_count.setObjectName("memberCount")
        self._member_count.setStyleSheet("QLabel { color: #646a73; }")
        title_row = QHBoxLayout()
        title_row.addWidget(self._members_title, 1)
        title_row.addWidget(self._member_count)
        members_layout.addLayout(title_row)
        members_layout.addLayout(member_bar)
        members_layout.addWidget(self._member_progress)
        members_layout.addWidget(self._member_list, 1)

        # -- a typed id --
        self._id_edit = QLineEdit()
        self._id_edit.setObjectName("recipientId")
        self._id_edit.setPlaceholderText(self.tr("or type an open_id (ou_…), user_id or email"))
        self._id_edit.setClearButtonEnabled(True)
        self._id_edit.textChanged.connect(self._on_id_text_changed)
        self._recent_recipients = QComboBox()
        self._recent_recipients.setObjectName("recentRecipients")
        self._recent_recipients.setToolTip(self.tr("People you sent to recently with this profile"))
        self._recent_recipients.activated.connect(self._on_recent_recipient_activated)
        self._id_kind = QLabel()
        self._id_kind.setObjectName("recipientKind")
        self._id_kind.setWordWrap(True)
        self._resolve_button = QPushButton(self.tr("Find person"))
        self._resolve_button.setObjectName("resolveEmail")
        self._resolve_button.setToolTip(
            self.tr("Look up the open_id of this email (contact:user.id:readonly)")
        )
        self._resolve_button.clicked.connect(self.resolve_email)
        self._resolve_button.setEnabled(False)
        id_row = QHBoxLayout()
        id_row.addWidget(self._id_edit, 1)
        id_row.addWidget(self._resolve_button)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(chats_box)
        splitter.addWidget(members_box)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._recent_recipients)
        layout.addLayout(id_row)
        layout.addWidget(self._id_kind)

        session.active_profile_changed.connect(self._on_active_profile_changed)
        self._on_id_text_changed("")
        self._on_active_profile_changed(session.active_profile())

    # -- profile --------------------------------------------------------------------------

    def _on_active_profile_changed(self, profile: Profile | None) -> None:
        self._profile = profile
        self._cancel_loads()
        self.chat_model.clear()
        self.member_model.clear()
        self._target.forget_ticks()
        self._target.set_chat(None)
        self._update_target()
        self.refresh_recent()
        if profile is None:
            self._members_title.setText(self.tr("<b>Members</b>: choose a chat first"))
            self._set_progress(self._chat_progress, None, self.tr("No profile: add one in Accounts"))
            self._chats_pending = False
            return
        self._chats_pending = not self._on_screen
        if not self._chats_pending:
            self.load_chats()

    def set_on_screen(self, on_screen: bool) -> None:
        """Whether the picker's pane is on screen (a dock's ``visibilityChanged``: its tab is the
        current one). With ``load_when_shown``, chats held back meanwhile load now."""
        self._on_screen = on_screen
        if on_screen and self._chats_pending:
            self._chats_pending = False
            self.load_chats()

    def refresh_recent(self) -> None:
        """Fill the recent chats and recipients of the active profile."""
        name = self._profile.name if self._profile else None
        self._recent_chats.clear()
        self._recent_chats.addItem(self.tr("Recent chats…"), None)
        self._recent_recipients.clear()
        self._recent_recipients.addItem(self.tr("Recent recipients…"), None)
        if name is None:
            return
        for chat in self._session.recent_chats(name):
            self._recent_chats.addItem(f"{chat.name or chat.chat_id}", (chat.chat_id, chat.name))
        for person in self._session.recent_recipients(name):
            label = f"{person.name} ({person.value})" if person.name else person.value
            self._recent_recipients.addItem(label, (person.kind, person.value, person.name))

    # -- chats ----------------------------------------------------------------------------

    def load_chats(self) -> None:
        """Load the chats the bot is in, page by page (in the worker)."""
        profile = self._profile
        if profile is None:
            return
        self._cancel_loads()
        self.chat_model.clear()
        self.member_model.clear()
        session, page_size = self._session, self.page_size

        def op(task: BackgroundTask) -> int:
            count = 0
            for page in session.open_client(profile).chats.pages(page_size):
                if task.cancelled:
                    break
                count += len(page.items)
                task.report(page)
            return count

        self._set_progress(self._chat_progress, 0, self.tr("Loading chats…"))
        self._chat_load.start(op, self._on_chats_done, self._on_chats_failed, self._on_chat_page)

    def _on_chat_page(self, page: Page[Chat]) -> None:
        self.chat_model.append(page.items)
        self._load_avatars(page.items)
        loaded = self.chat_model.rowCount()
        total = page.total if page.total is not None else (loaded if not page.has_more else 0)
        self._set_progress(
            self._chat_progress, (loaded, total), self.tr("Loading chats… {count}").format(count=loaded)
        )

    def _load_avatars(self, chats: list[Chat]) -> None:
        """Replace placeholders by the chats' avatars (fetched in the worker) where there are any."""
        fetch, profile = self._avatar_fetcher, self._profile
        wanted = [(chat.chat_id, chat.avatar) for chat in chats if chat.avatar]
        if fetch is None or profile is None or not wanted:
            return

        def op(task: BackgroundTask) -> None:
            for chat_id, url in wanted:
                if task.cancelled:
                    return
                data = fetch(profile, url)
                if data:
                    task.report((chat_id, data))

        def on_avatar(value: tuple[str, bytes]) -> None:
            icon = round_icon(value[1])
            if icon is not None:
                self.chat_model.set_avatar(value[0], icon)

        def on_failure(error: BaseException) -> None:
            # Cosmetic: the initials stay; the reason goes to the log only.
            _log.debug("avatars not loaded: %s", type(error).__name__)

        run_in_background(op, lambda _: None, on_failure, on_avatar, context=self)

    def _on_chats_done(self, count: int) -> None:
        self._chat_progress.hide()
        if count == 0:
            self._set_progress(
                self._chat_progress, None, self.tr("The bot is in no group chat yet: add it to one")
            )
        # Reselect the chat chosen before a reload.
        if self._target.chat_id:
            self.select_chat(self._target.chat_id)
        self.chats_loaded.emit(count)

    def _on_chats_failed(self, error: BaseException) -> None:
        message = self.tr("Could not load chats: {problem}").format(problem=describe_error(error))
        self._set_progress(self._chat_progress, None, message, error=True)
        self.load_failed.emit(message)

    def select_chat(self, chat_id: str) -> bool:
        """Select the chat ``chat_id`` in the list (True when it is there)."""
        row = self.chat_model.row_of(chat_id)
        if row < 0:
            return False
        index = self._chat_proxy.mapFromSource(self.chat_model.index(row))
        if not index.isValid():
            self._chat_search.clear()
            index = self._chat_proxy.mapFromSource(self.chat_model.index(row))
        self._chat_list.setCurrentIndex(index)
        self._chat_list.scrollTo(index)
        return True

    def _on_chat_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        chat: Chat = indexes[0].data(ObjectRole)
        self._choose_chat(chat.chat_id, chat.name or None)

    def _on_recent_chat_activated(self, row: int) -> None:
        data = self._recent_chats.itemData(row)
        self._recent_chats.setCurrentIndex(0)
        if data is None:
            return
        chat_id, name = data
        # A recent chat may be missing from the list (still loading, or the bot left it).
        if not self.select_chat(chat_id):
            self._choose_chat(chat_id, name)

    def _choose_chat(self, chat_id: str, name: str | None) -> None:
        if chat_id == self._target.chat_id and self.member_model.rowCount():
            return
        if self._target.chat_id and self._target.chat_id != chat_id:
            # The ticks stay with their chat: one send can reach members of several chats.
            self._target.keep_ticks(
                self._target.chat_id, self._target.chat_name, self.member_model.checked_recipients()
            )
        self._target.set_chat(chat_id, name)
        self.load_members(chat_id, name)

    # -- members --------------------------------------------------------------------------

    def load_members(self, chat_id: str, name: str | None = None) -> None:
        """Load the members of ``chat_id`` page by page (in the worker)."""
        profile = self._profile
        if profile is None:
            return
        self.member_model.clear()
        # Members ticked when this chat was last shown are ticked again as their pages arrive.
        self.member_model.set_all_checked(True, [r.value for r in self._target.take_ticks(chat_id)])
        self._update_target()
        session, page_size = self._session, self.page_size
        self._members_title.setText(self.tr("<b>Members</b> of {chat}").format(chat=escape(name or chat_id)))

        def op(task: BackgroundTask) -> int:
            count = 0
            for page in session.open_client(profile).members.pages(chat_id, page_size):
                if task.cancelled:
                    break
                count += len(page.items)
                task.report(page)
            return count

        self._set_progress(self._member_progress, 0, self.tr("Loading members…"))
        self._member_load.start(
            op,
            lambda count: self._on_members_done(chat_id, count),
            self._on_members_failed,
            self._on_member_page,
        )

    def _on_member_page(self, page: Page[Member]) -> None:
        self.member_model.append(page.items)
        self._update_target()  # members ticked when the chat was last shown may be on this page
        loaded = self.member_model.rowCount()
        total = page.total or (loaded if not page.has_more else 0)
        self._set_progress(
            self._member_progress,
            (loaded, max(total, loaded)),
            self.tr("Loading members… {count} of {total}").format(count=loaded, total=total or "?"),
        )

    def _on_members_done(self, chat_id: str, count: int) -> None:
        self._member_progress.hide()
        self.members_loaded.emit(chat_id, count)

    def _on_members_failed(self, error: BaseException) -> None:
        message = self.tr("Could not load members: {problem}").format(problem=describe_error(error))
        self._set_progress(self._member_progress, None, message, error=True)
        self.load_failed.emit(message)

    def _tick_shown(self, checked: bool) -> None:
        ids = []
        for row in range(self._member_proxy.rowCount()):
            member: Member = self._member_proxy.index(row, 0).data(ObjectRole)
            ids.append(member.member_id)
        self.member_model.set_all_checked(checked, ids)

    def select_member(self, member_id: str, *, tick: bool = False) -> bool:
        """Make ``member_id`` the selected member (and tick it when ``tick``); True when listed."""
        for row, member in enumerate(self.member_model.members()):
            if member.member_id == member_id:
                source = self.member_model.index(row)
                if tick:
                    self.member_model.setData(source, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
                index = self._member_proxy.mapFromSource(source)
                if index.isValid():
                    self._member_list.setCurrentIndex(index)
                return True
        return False

    # -- typed id -------------------------------------------------------------------------

    def _on_id_text_changed(self, text: str) -> None:
        check = classify(text)
        self._resolve_button.setEnabled(check.kind == "email")
        if not text.strip():
            self._id_kind.setText("")
        elif check.ok:
            self._id_kind.setText(self.tr("✓ {kind}").format(kind=self._kind_text(check)))
            self._id_kind.setStyleSheet("QLabel { color: #2ea121; }")
        else:
            self._id_kind.setText(self._problem_text(check))
            self._id_kind.setStyleSheet("QLabel { color: #d83931; }")
        self._update_target()

    def _kind_text(self, check: IdCheck) -> str:
        if check.kind == "email":
            return self.tr("email: press Find person to look up the open_id, or send to the email")
        if check.kind == "user_id":
            return self.tr("user_id")
        return self.tr("open_id")

    def _problem_text(self, check: IdCheck) -> str:
        if check.problem == "bad_email":
            return self.tr("✗ Not an email address (name@company.com)")
        if check.problem == "bad_open_id":
            return self.tr(
                "✗ Starts like an open_id but has the wrong shape (ou_ and 8–64 letters or digits)"
            )
        if check.problem == "other_id":
            return self.tr(
                "✗ This is a {what}, not a person: use an open_id (ou_…), user_id or email"
            ).format(what=check.other)
        return self.tr("✗ Not an open_id, user_id or email (user ids are letters, digits, _ and -)")

    def id_check(self) -> IdCheck:
        return classify(self._id_edit.text())

    def set_recipient_text(self, text: str) -> None:
        self._id_edit.setText(text)

    def _on_recent_recipient_activated(self, row: int) -> None:
        data = self._recent_recipients.itemData(row)
        self._recent_recipients.setCurrentIndex(0)
        if data is not None:
            self._id_edit.setText(data[1])

    def resolve_email(self) -> None:
        """Look up the person with the typed email (in the worker); the field then holds their open_id."""
        profile = self._profile
        email = self._id_edit.text().strip()
        if profile is None or classify(email).kind != "email":
            return
        session = self._session

        def op(task: BackgroundTask) -> str | None:
            found = session.open_client(profile).users.batch_get_id(emails=[email])
            return next((user.user_id for user in found if user.user_id), None)

        self._resolve_button.setEnabled(False)
        self._id_kind.setText(self.tr("Looking up {email}…").format(email=email))

        def done(open_id: str | None) -> None:
            if open_id is None:
                self._on_id_text_changed(self._id_edit.text())
                self._id_kind.setText(
                    self.tr("✗ No person with the email {email} in this tenant").format(email=email)
                )
                self._id_kind.setStyleSheet("QLabel { color: #d83931; }")
                return
            self._id_edit.setText(open_id)
            self._id_kind.setText(self.tr("✓ open_id of {email}").format(email=email))
            self._id_kind.setStyleSheet("QLabel { color: #2ea121; }")
            self.email_resolved.emit(email, open_id)

        def failed(error: BaseException) -> None:
            self._resolve_button.setEnabled(True)
            self._id_kind.setText(self.tr("✗ Lookup failed: {problem}").format(problem=describe_error(error)))
            self._id_kind.setStyleSheet("QLabel { color: #d83931; }")

        self._resolve = run_in_background(op, done, failed, context=self)

    # -- the target -----------------------------------------------------------------------

    def _update_target(self, *args: object) -> None:
        self._target.set_recipients(self.recipients())
        self._update_member_count()

    def _update_member_count(self) -> None:
        total = self.member_model.rowCount()
        ticked = len(self.member_model.checked_recipients())
        if self._target.kept_chats():
            chats = self._target.kept_chats() + (1 if ticked else 0)
            everyone = self._target.kept_members() + ticked
            self._member_count.setText(
                self.tr("{ticked} of {total} ticked; {count} members in {chats} chats get the card").format(
                    ticked=ticked, total=total, count=everyone, chats=chats
                )
            )
        elif not total:
            self._member_count.setText("")
        elif ticked:
            self._member_count.setText(
                self.tr("{ticked} of {total} ticked").format(ticked=ticked, total=total)
            )
        else:
            self._member_count.setText(self.tr("{total} members").format(total=total))

    def recipients(self) -> list[Recipient]:
        """Who gets the card: the typed id when there is one, else the ticked members, else the selected one."""
        text = self._id_edit.text().strip()
        if text:
            check = classify(text)
            return [Recipient(check.kind, text)] if check.kind is not None else []
        ticked = self.member_model.checked_recipients()
        if ticked:
            return ticked
        current = self._member_list.currentIndex()
        if current.isValid() and self._member_list.selectionModel().isSelected(current):
            member: Member = current.data(ObjectRole)
            return [Recipient.of_member(member)]
        return []

    # -- helpers --------------------------------------------------------------------------

    def _set_progress(
        self, bar: QProgressBar, value: int | tuple[int, int] | None, text: str, *, error: bool = False
    ) -> None:
        bar.show()
        bar.setFormat(text)  # first, so a valueChanged listener reads the new text
        if value is None:
            bar.setRange(0, 1)
            bar.setValue(1 if not error else 0)
            bar.setTextVisible(True)
        elif isinstance(value, tuple):
            loaded, total = value
            if total:
                bar.setRange(0, total)
                bar.setValue(loaded)
            else:
                bar.setRange(0, 0)  # busy: the total is not known yet
        else:
            bar.setRange(0, 0)
        bar.setToolTip(text)
        bar.setProperty("error", error)
        bar.setStyleSheet("QProgressBar { color: #d83931; }" if error else "")

    def is_loading(self) -> bool:
        """True while chats or members are still arriving."""
        return self._chat_load.running or self._member_load.running

    def progress_text(self, which: str) -> str:
        """The text of the chat or member progress line (for tests and accessibility)."""
        bar = self._chat_progress if which == "chats" else self._member_progress
        return bar.format() if bar.isVisible() or not bar.isHidden() else ""

    def _cancel_loads(self) -> None:
        self._chat_load.cancel()
        self._member_load.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._cancel_loads()
        super().closeEvent(event)


class _Load:
    """The running load of one kind (chats, or members), numbered like a ticket.

    Starting one cancels the one before and takes the next number; every callback of a run
    (its pages, its result, its failure) is dropped unless its number is still the current
    one. A cancelled run may still be mid-request and report afterwards: without the number,
    its late pages would be listed with the new chat's, its failure shown for the new chat,
    and its end would clear the new run's handle (``running`` false, nothing left to cancel).
    """

    def __init__(self, context: QObject) -> None:
        self._context = context  # callbacks are dropped once it is destroyed
        self._number = 0
        self._handle: CancelHandle | None = None

    @property
    def running(self) -> bool:
        return self._handle is not None

    def start(
        self,
        op: Callable[[BackgroundTask], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[BaseException], None],
        on_page: Callable[[Any], None],
    ) -> None:
        """Cancel the running load and start ``op`` (``run_in_background``'s op) as the current one."""
        self.cancel()
        number = self._number

        def page(value: Any) -> None:
            if number == self._number:
                on_page(value)

        def done(result: T) -> None:
            if number == self._number:
                self._handle = None
                on_done(result)

        def failed(error: BaseException) -> None:
            if number == self._number:
                self._handle = None
                on_failed(error)

        self._handle = run_in_background(op, done, failed, page, context=self._context)

    def cancel(self) -> None:
        """Stop the running load; whatever it still sends is dropped."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._number += 1


def _search_proxy(model: ChatListModel | MemberListModel, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setFilterRole(SearchRole)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def _progress_bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setObjectName(name)
    bar.setMaximumHeight(18)
    bar.setTextVisible(True)
    bar.hide()
    return bar
