"""The picker's chat list: the chats the bot is in, loaded page by page in the worker, searched
by name or id, with their avatars, and the profile's recent chats above them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.feishu import Chat, Page
from designer.store.profiles import Profile
from designer.store.settings import RecentChat
from designer.ui.resources import set_themed_icon
from designer.ui.roles import ItemRole
from designer.ui.send.avatars import AvatarFetcher, round_icon
from designer.ui.send.errors import describe_error
from designer.ui.send.models import ChatListModel
from designer.ui.send.paged_load import PagedLoad, progress_bar, search_proxy, set_progress
from designer.ui.send.session import SendSession
from designer.ui.worker import BackgroundTask, run_in_background

_log = logging.getLogger("designer.ui.send")


class ChatList(QWidget):
    """The chats of the active profile (``chatList`` and the widgets around it).

    Signals:
        chat_chosen(str, object): the chat id and its name (``str | None``) picked in the list
            or among the recent chats (a recent chat may be missing from the list).
        loaded(int): all pages of chats arrived (the count).
        failed(str): loading failed (the message shown).
    """

    chat_chosen = Signal(str, object)  # the name is str | None: a signal type cannot say "or None"
    loaded = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        session: SendSession,
        parent: QWidget | None = None,
        *,
        page_size: int = 100,
        avatar_fetcher: AvatarFetcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.page_size = page_size  # chats per request (the API allows up to 100)
        self._session = session
        self._avatar_fetcher = avatar_fetcher
        self._profile: Profile | None = None
        # A reload or a profile switch replaces the running load; the replaced one may still
        # be mid-request, and all it sends afterwards is dropped.
        self.load = PagedLoad(self)
        self.model = ChatListModel(self)
        self._proxy = search_proxy(self.model, self)
        self._search = QLineEdit()
        self._search.setObjectName("chatSearch")
        self._search.setPlaceholderText(self.tr("Search chats by name or id"))
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._proxy.setFilterFixedString)
        self._reload = QToolButton()
        self._reload.setObjectName("reloadChats")
        set_themed_icon(self._reload, "refresh")
        self._reload.setToolTip(self.tr("Load the chats the bot is in again"))
        self._reload.clicked.connect(self.load_chats)
        self._recent = QComboBox()
        self._recent.setObjectName("recentChats")
        self._recent.setToolTip(self.tr("Chats you sent to recently with this profile"))
        self._recent.activated.connect(self._on_recent_activated)
        self.progress = progress_bar("chatProgress")
        self._view = QListView()
        self._view.setObjectName("chatList")
        self._view.setModel(self._proxy)
        self._view.setUniformItemSizes(True)
        self._view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self._view.selectionModel().selectionChanged.connect(self._on_selection_changed)

        bar = QHBoxLayout()
        bar.addWidget(self._search, 1)
        bar.addWidget(self._reload)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Chat</b> (groups the bot is in)")))
        layout.addWidget(self._recent)
        layout.addLayout(bar)
        layout.addWidget(self.progress)
        layout.addWidget(self._view, 1)
        self.set_recent([])

    def set_profile(self, profile: Profile | None) -> None:
        """Forget the chats listed: they were another profile's (``load_chats`` lists the new one's)."""
        self._profile = profile
        self.load.cancel()
        self.model.clear()
        if profile is None:
            set_progress(self.progress, None, self.tr("No profile: add one in Accounts"))

    def set_recent(self, chats: list[RecentChat]) -> None:
        self._recent.clear()
        self._recent.addItem(self.tr("Recent chats…"), None)
        for chat in chats:
            self._recent.addItem(f"{chat.name or chat.chat_id}", (chat.chat_id, chat.name))

    def load_chats(self) -> None:
        """Load the chats the bot is in, page by page (in the worker)."""
        profile = self._profile
        if profile is None:
            return
        self.load.cancel()
        self.model.clear()
        session, page_size = self._session, self.page_size

        def op(task: BackgroundTask) -> int:
            count = 0
            for page in session.open_client(profile).chats.pages(page_size):
                if task.cancelled:
                    break
                count += len(page.items)
                task.report(page)
            return count

        set_progress(self.progress, 0, self.tr("Loading chats…"))
        self.load.start(op, self._on_done, self._on_failed, self._on_page)

    def _on_page(self, page: Page[Chat]) -> None:
        self.model.append(page.items)
        self._load_avatars(page.items)
        loaded = self.model.rowCount()
        total = page.total if page.total is not None else (loaded if not page.has_more else 0)
        set_progress(self.progress, (loaded, total), self.tr("Loading chats… {count}").format(count=loaded))

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
                self.model.set_avatar(value[0], icon)

        def on_failure(error: BaseException) -> None:
            # Cosmetic: the initials stay; the reason goes to the log only.
            _log.debug("avatars not loaded: %s", type(error).__name__)

        run_in_background(op, lambda _: None, on_failure, on_avatar, context=self)

    def _on_done(self, count: int) -> None:
        self.progress.hide()
        if count == 0:
            set_progress(self.progress, None, self.tr("The bot is in no group chat yet: add it to one"))
        self.loaded.emit(count)

    def _on_failed(self, error: BaseException) -> None:
        message = self.tr("Could not load chats: {problem}").format(problem=describe_error(error))
        set_progress(self.progress, None, message, error=True)
        self.failed.emit(message)

    def select_chat(self, chat_id: str) -> bool:
        """Select the chat ``chat_id`` in the list (True when it is there)."""
        row = self.model.row_of(chat_id)
        if row < 0:
            return False
        index = self._proxy.mapFromSource(self.model.index(row))
        if not index.isValid():
            self._search.clear()
            index = self._proxy.mapFromSource(self.model.index(row))
        self._view.setCurrentIndex(index)
        self._view.scrollTo(index)
        return True

    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        chat: Chat = indexes[0].data(ItemRole.OBJECT)
        self.chat_chosen.emit(chat.chat_id, chat.name or None)

    def _on_recent_activated(self, row: int) -> None:
        data = self._recent.itemData(row)
        self._recent.setCurrentIndex(0)
        if data is None:
            return
        chat_id, name = data
        # A recent chat may be missing from the list (still loading, or the bot left it).
        if not self.select_chat(chat_id):
            self.chat_chosen.emit(chat_id, name)
