"""The picker's member list: the members of the chosen chat, loaded page by page in the worker,
searched by name or id, checkable for a bulk send, with a count of who gets the card."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListView, QToolButton, QVBoxLayout, QWidget

from designer.feishu import Member, Page, Recipient
from designer.store.member_names import remember_member_names
from designer.store.profiles import Profile
from designer.ui.roles import ItemRole
from designer.ui.send.errors import describe_error, escape
from designer.ui.send.models import MemberListModel
from designer.ui.send.paged_load import PagedLoad, progress_bar, search_proxy, set_progress
from designer.ui.send.session import SendSession
from designer.ui.status_colors import Status, set_status
from designer.ui.worker import BackgroundTask


class MemberList(QWidget):
    """The members of one chat (``memberList`` and the widgets around it).

    Signals:
        changed(): the ticked or the selected members changed (a page may tick members again).
        loaded(str, int): all pages of members of the chat id arrived (the count).
        failed(str): loading failed (the message shown).
    """

    changed = Signal()
    loaded = Signal(str, int)
    failed = Signal(str)

    def __init__(self, session: SendSession, parent: QWidget | None = None, *, page_size: int = 100) -> None:
        super().__init__(parent)
        self.page_size = page_size  # members per request (the API allows up to 100)
        self._session = session
        # Another chat picked replaces the running load; all the replaced one still sends is dropped.
        self.load = PagedLoad(self)
        self.model = MemberListModel(self)
        self._proxy = search_proxy(self.model, self)
        self._title = QLabel()
        self._search = QLineEdit()
        self._search.setObjectName("memberSearch")
        self._search.setPlaceholderText(self.tr("Search members by name or id"))
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._proxy.setFilterFixedString)
        select_all = QToolButton()
        select_all.setObjectName("selectAllMembers")
        select_all.setText(self.tr("All"))
        select_all.setToolTip(self.tr("Tick every member shown (for a bulk send)"))
        select_all.clicked.connect(self._tick_shown)
        select_none = QToolButton()
        select_none.setText(self.tr("None"))
        select_none.setToolTip(self.tr("Untick every member"))
        select_none.clicked.connect(lambda: self.model.set_all_checked(False))
        self.progress = progress_bar("memberProgress")
        self.view = QListView()
        self.view.setObjectName("memberList")
        self.view.setModel(self._proxy)
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.changed.emit())
        self.model.dataChanged.connect(lambda *_: self.changed.emit())
        self.count_label = QLabel()
        self.count_label.setObjectName("memberCount")
        set_status(self.count_label, Status.MUTED)

        bar = QHBoxLayout()
        bar.addWidget(self._search, 1)
        bar.addWidget(select_all)
        bar.addWidget(select_none)
        title_row = QHBoxLayout()
        title_row.addWidget(self._title, 1)
        title_row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title_row)
        layout.addLayout(bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        self.clear()

    def clear(self) -> None:
        """No chat chosen: nothing listed, nothing loading."""
        self.load.cancel()
        self.model.clear()
        self._title.setText(self.tr("<b>Members</b>: choose a chat first"))

    def load_members(self, profile: Profile, chat_id: str, name: str | None, ticked: list[str]) -> None:
        """Load the members of ``chat_id`` page by page (in the worker); the member ids
        ``ticked`` are ticked as their pages arrive."""
        self.model.clear()
        self.model.set_all_checked(True, ticked)
        self.changed.emit()
        session, page_size = self._session, self.page_size
        self._title.setText(self.tr("<b>Members</b> of {chat}").format(chat=escape(name or chat_id)))

        def op(task: BackgroundTask) -> int:
            count = 0
            for page in session.open_client(profile).members.pages(chat_id, page_size):
                if task.cancelled:
                    break
                count += len(page.items)
                remember_member_names(profile.app_id, page.items)  # who clicked a callback, later
                task.report(page)
            return count

        set_progress(self.progress, 0, self.tr("Loading members…"))
        self.load.start(op, lambda count: self._on_done(chat_id, count), self._on_failed, self._on_page)

    def _on_page(self, page: Page[Member]) -> None:
        self.model.append(page.items)
        self.changed.emit()  # members ticked when the chat was last shown may be on this page
        loaded = self.model.rowCount()
        total = page.total or (loaded if not page.has_more else 0)
        set_progress(
            self.progress,
            (loaded, max(total, loaded)),
            self.tr("Loading members… {count} of {total}").format(count=loaded, total=total or "?"),
        )

    def _on_done(self, chat_id: str, count: int) -> None:
        self.progress.hide()
        self.loaded.emit(chat_id, count)

    def _on_failed(self, error: BaseException) -> None:
        message = self.tr("Could not load members: {problem}").format(problem=describe_error(error))
        set_progress(self.progress, None, message, error=True)
        self.failed.emit(message)

    def _tick_shown(self) -> None:
        """Tick every member the search shows."""
        ids = []
        for row in range(self._proxy.rowCount()):
            member: Member = self._proxy.index(row, 0).data(ItemRole.OBJECT)
            ids.append(member.member_id)
        self.model.set_all_checked(True, ids)

    def select_member(self, member_id: str, *, tick: bool = False) -> bool:
        """Make ``member_id`` the selected member (and tick it when ``tick``); True when listed."""
        for row, member in enumerate(self.model.members()):
            if member.member_id == member_id:
                source = self.model.index(row)
                if tick:
                    self.model.setData(source, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
                index = self._proxy.mapFromSource(source)
                if index.isValid():
                    self.view.setCurrentIndex(index)
                return True
        return False

    def selected_recipient(self) -> Recipient | None:
        """The member selected (not ticked) in the list, as a recipient."""
        current = self.view.currentIndex()
        if not (current.isValid() and self.view.selectionModel().isSelected(current)):
            return None
        member: Member = current.data(ItemRole.OBJECT)
        return Recipient.of_member(member)
