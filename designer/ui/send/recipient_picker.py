"""The recipient picker: a chat the bot is in, then one or several of its members, or a typed id.

Chats and members load page by page in the worker (a progress bar counts them, the list
fills as pages arrive) and are searched by name or id through a filter proxy. Members are
checkable: every ticked one gets the card (a bulk send); with none ticked, the selected one
does. Typing an open_id (``ou_…``), a user_id or an email instead names the recipient
directly; the field says which kind it is and whether its shape is right, and an email can
be looked up to the person first. Recent chats and recipients are offered per profile.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from designer.feishu import Recipient
from designer.feishu.recipient_id import IdCheck
from designer.store.profiles import Profile
from designer.ui.send.avatars import AvatarFetcher
from designer.ui.send.chat_list import ChatList
from designer.ui.send.id_field import RecipientIdField
from designer.ui.send.member_list import MemberList
from designer.ui.send.models import ChatListModel, MemberListModel
from designer.ui.send.session import SendSession
from designer.ui.send.target import SendTarget


class Listing(Enum):
    """The picker's two lists that load page by page."""

    CHATS = "chats"
    MEMBERS = "members"


class RecipientPicker(QWidget):
    """Choose the chat and the recipients of the next send (objectName ``recipientPicker``).

    Made of the chat list (``chats``), the member list (``members``) and the id field
    (``id_field``); writes the choice into the ``SendTarget`` it is handed.

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
        self._session = session
        self._target = target
        self._profile: Profile | None = None
        # load_when_shown (the window's Send pane): a profile's chats are loaded when the pane
        # is on screen (``set_on_screen``), not while it waits behind another tab. Loading
        # reads the secret from the keyring and calls the network, neither of which opening
        # the window should wait for or do unasked (issue 10).
        self._on_screen = not load_when_shown
        self._chats_pending = False

        self.chats = ChatList(session, page_size=page_size, avatar_fetcher=avatar_fetcher)
        self.chats.chat_chosen.connect(self._choose_chat)
        self.chats.loaded.connect(self._on_chats_loaded)
        self.chats.failed.connect(self.load_failed)
        self.members = MemberList(session, page_size=page_size)
        self.members.changed.connect(self._update_target)
        self.members.loaded.connect(self.members_loaded)
        self.members.failed.connect(self.load_failed)
        self.id_field = RecipientIdField(session)
        self.id_field.changed.connect(self._update_target)
        self.id_field.email_resolved.connect(self.email_resolved)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chats)
        splitter.addWidget(self.members)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.id_field)

        session.active_profile_changed.connect(self._on_active_profile_changed)
        self._on_active_profile_changed(session.active_profile())

    @property
    def chat_model(self) -> ChatListModel:
        return self.chats.model

    @property
    def member_model(self) -> MemberListModel:
        return self.members.model

    # -- profile --------------------------------------------------------------------------

    def _on_active_profile_changed(self, profile: Profile | None) -> None:
        self._profile = profile
        self.chats.set_profile(profile)
        self.members.clear()
        self.id_field.set_profile(profile)
        self._target.forget_ticks()
        self._target.set_chat(None)
        self._update_target()
        self.refresh_recent()
        self._chats_pending = profile is not None and not self._on_screen
        if profile is not None and not self._chats_pending:
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
        self.chats.set_recent(self._session.recent_chats(name) if name is not None else [])
        self.id_field.set_recent(self._session.recent_recipients(name) if name is not None else [])

    # -- chats and members ----------------------------------------------------------------

    def load_chats(self) -> None:
        """Load the chats the bot is in, page by page (in the worker)."""
        if self._profile is not None:
            self.members.clear()
            self.chats.load_chats()

    def _on_chats_loaded(self, count: int) -> None:
        # Reselect the chat chosen before a reload.
        if self._target.chat_id:
            self.select_chat(self._target.chat_id)
        self.chats_loaded.emit(count)

    def select_chat(self, chat_id: str) -> bool:
        """Select the chat ``chat_id`` in the list (True when it is there)."""
        return self.chats.select_chat(chat_id)

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

    def load_members(self, chat_id: str, name: str | None = None) -> None:
        """Load the members of ``chat_id`` page by page (in the worker)."""
        if self._profile is None:
            return
        # Members ticked when this chat was last shown are ticked again as their pages arrive.
        ticked = [r.value for r in self._target.take_ticks(chat_id)]
        self.members.load_members(self._profile, chat_id, name, ticked)

    def select_member(self, member_id: str, *, tick: bool = False) -> bool:
        """Make ``member_id`` the selected member (and tick it when ``tick``); True when listed."""
        return self.members.select_member(member_id, tick=tick)

    # -- typed id -------------------------------------------------------------------------

    def id_check(self) -> IdCheck:
        return self.id_field.check()

    def set_recipient_text(self, text: str) -> None:
        self.id_field.set_text(text)

    def resolve_email(self) -> None:
        self.id_field.resolve_email()

    # -- the target -----------------------------------------------------------------------

    def _update_target(self) -> None:
        self._target.set_recipients(self.recipients())
        self._update_member_count()

    def _update_member_count(self) -> None:
        total = self.member_model.rowCount()
        ticked = len(self.member_model.checked_recipients())
        label = self.members.count_label
        if self._target.kept_chats():
            chats = self._target.kept_chats() + (1 if ticked else 0)
            everyone = self._target.kept_members() + ticked
            label.setText(
                self.tr("{ticked} of {total} ticked; {count} members in {chats} chats get the card").format(
                    ticked=ticked, total=total, count=everyone, chats=chats
                )
            )
        elif not total:
            label.setText("")
        elif ticked:
            label.setText(self.tr("{ticked} of {total} ticked").format(ticked=ticked, total=total))
        else:
            label.setText(self.tr("{total} members").format(total=total))

    def recipients(self) -> list[Recipient]:
        """Who gets the card: the typed id when there is one, else the ticked members, else the selected one."""
        if self.id_field.text():
            typed = self.id_field.recipient()
            return [typed] if typed is not None else []
        ticked = self.member_model.checked_recipients()
        if ticked:
            return ticked
        selected = self.members.selected_recipient()
        return [selected] if selected is not None else []

    # -- loading --------------------------------------------------------------------------

    def is_loading(self) -> bool:
        """True while chats or members are still arriving."""
        return self.chats.load.running or self.members.load.running

    def progress_text(self, which: Listing) -> str:
        """The text of the chat or member progress line (for tests and accessibility)."""
        bar = self.chats.progress if which is Listing.CHATS else self.members.progress
        return bar.format() if bar.isVisible() or not bar.isHidden() else ""

    def closeEvent(self, event: QCloseEvent) -> None:
        self.chats.load.cancel()
        self.members.load.cancel()
        super().closeEvent(event)
