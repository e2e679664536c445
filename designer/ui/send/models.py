"""Qt item models of the send features: chats, chat members, bulk-send results, history.

Each model holds plain values (``designer.feishu`` / ``designer.store`` objects) and is filled
by its pane from worker results; views show them, filter proxies search them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from designer.feishu import BulkItem, Chat, DeliveryStatus, Member, Recipient
from designer.recipients import SendKind
from designer.render.core_text import core_text
from designer.store.history import HistoryEntry, SendStatus
from designer.ui.roles import ItemRole
from designer.ui.status_colors import Status, status_color

_Index = QModelIndex | QPersistentModelIndex

# Feishu's avatar placeholder colours: a name always gets the same one.
_PLACEHOLDER_COLORS = ("#3370ff", "#00b3a1", "#f54a45", "#ff8800", "#7f3bf5", "#2ea121", "#f01d94", "#1e9ad6")


def placeholder_avatar(name: str, key: str, size: int = 32) -> QIcon:
    """A round avatar with the first letter of ``name`` (what Feishu shows when there is no image)."""
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    color = QColor(_PLACEHOLDER_COLORS[digest[0] % len(_PLACEHOLDER_COLORS)])
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setPixelSize(int(size * 0.45))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    initial = (name.strip() or "?")[0].upper()
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initial)
    painter.end()
    return QIcon(pixmap)


class ChatListModel(QAbstractListModel):
    """The chats the bot is in, appended page by page; avatars are placeholders until loaded."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._chats: list[Chat] = []
        self._icons: dict[str, QIcon] = {}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._chats)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        chat = self._chats[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return chat.name or chat.chat_id
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(chat)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [chat.name or chat.chat_id, chat.chat_id]
            if chat.description:
                lines.append(chat.description)
            return "\n".join(lines)
        if role == ItemRole.OBJECT:
            return chat
        if role == ItemRole.SEARCH:
            return f"{chat.name} {chat.chat_id}"
        return None

    def _icon(self, chat: Chat) -> QIcon:
        icon = self._icons.get(chat.chat_id)
        if icon is None:
            icon = placeholder_avatar(chat.name or chat.chat_id, chat.chat_id)
            self._icons[chat.chat_id] = icon
        return icon

    def set_avatar(self, chat_id: str, icon: QIcon) -> None:
        """Show a loaded avatar instead of the placeholder."""
        self._icons[chat_id] = icon
        for row, chat in enumerate(self._chats):
            if chat.chat_id == chat_id:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def clear(self) -> None:
        self.beginResetModel()
        self._chats = []
        self.endResetModel()

    def append(self, chats: Sequence[Chat]) -> None:
        if not chats:
            return
        start = len(self._chats)
        self.beginInsertRows(QModelIndex(), start, start + len(chats) - 1)
        self._chats.extend(chats)
        self.endInsertRows()

    def chats(self) -> list[Chat]:
        return list(self._chats)

    def row_of(self, chat_id: str) -> int:
        return next((row for row, chat in enumerate(self._chats) if chat.chat_id == chat_id), -1)


class MemberListModel(QAbstractListModel):
    """Members of one chat, checkable: the checked ones are the recipients of a (bulk) send.

    Signals (Qt's own): ``dataChanged`` with ``CheckStateRole`` when a box is ticked.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._members: list[Member] = []
        self._checked: set[str] = set()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self._members[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return member.name or member.member_id
        if role == Qt.ItemDataRole.DecorationRole:
            return placeholder_avatar(member.name or member.member_id, member.member_id, 24)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{member.name}\n{member.member_id_type}: {member.member_id}"
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = member.member_id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == ItemRole.OBJECT:
            return member
        if role == ItemRole.SEARCH:
            return f"{member.name} {member.member_id}"
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        member = self._members[index.row()]
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(member.member_id)
        else:
            self._checked.discard(member.member_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def clear(self) -> None:
        self.beginResetModel()
        self._members = []
        self._checked = set()
        self.endResetModel()

    def append(self, members: Sequence[Member]) -> None:
        if not members:
            return
        start = len(self._members)
        self.beginInsertRows(QModelIndex(), start, start + len(members) - 1)
        self._members.extend(members)
        self.endInsertRows()

    def members(self) -> list[Member]:
        return list(self._members)

    def set_all_checked(self, checked: bool, member_ids: Sequence[str] | None = None) -> None:
        """Tick (or untick) ``member_ids`` (all members when None)."""
        ids = [m.member_id for m in self._members] if member_ids is None else list(member_ids)
        if checked:
            self._checked.update(ids)
        else:
            self._checked.difference_update(ids)
        if self._members:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._members) - 1), [Qt.ItemDataRole.CheckStateRole]
            )

    def checked_recipients(self) -> list[Recipient]:
        """The ticked members, in list order, as recipients of a send."""
        result: list[Recipient] = []
        for member in self._members:
            if member.member_id in self._checked:
                result.append(Recipient.of_member(member))
        return result


class BulkResultModel(QAbstractTableModel):
    """One row per recipient of a send: who, the outcome, and the message id or the error."""

    COLUMNS: ClassVar[tuple[str, ...]] = ("recipient", "status", "result")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._recipients: list[Recipient] = []
        self._chats: list[str] = []  # each row's chat ("" when not known)
        self._items: dict[int, BulkItem] = {}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._recipients)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            QCoreApplication.translate("SendModels", "Recipient"),
            QCoreApplication.translate("SendModels", "Status"),
            QCoreApplication.translate("SendModels", "Message id / problem"),
        )[section]

    def start(self, recipients: Sequence[Recipient], chats: Sequence[str] | None = None) -> None:
        """Rows for a new send, all pending; ``chats``: each recipient's chat (a send to several)."""
        self.beginResetModel()
        self._recipients = list(recipients)
        self._chats = list(chats) if chats is not None else [""] * len(self._recipients)
        self._items = {}
        self.endResetModel()

    def set_item(self, item: BulkItem) -> None:
        """Record the outcome for ``item.recipient`` (the first pending row with that recipient,
        in its chat: one person can be ticked in two chats)."""
        for row, recipient in enumerate(self._recipients):
            same_chat = not (self._chats[row] and item.chat_id) or self._chats[row] == item.chat_id
            if recipient == item.recipient and same_chat and row not in self._items:
                self._items[row] = item
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
                return

    def item(self, row: int) -> BulkItem | None:
        return self._items.get(row)

    def counts(self) -> dict[DeliveryStatus | None, int]:
        """How many rows are in each state; ``None``: waiting (not sent yet)."""
        result: dict[DeliveryStatus | None, int] = {status: 0 for status in DeliveryStatus}
        result[None] = 0
        for row in range(len(self._recipients)):
            item = self._items.get(row)
            result[item.status if item else None] += 1
        return result

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        recipient = self._recipients[index.row()]
        item = self._items.get(index.row())
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "recipient":
                return recipient.name or recipient.value
            if column == "status":
                return _status_text(item.status if item else None)
            if item is None:
                return ""
            if item.message_id:
                return item.message_id
            return (
                core_text(item.error.hint) if item.error else ""
            )  # what to do; the detail is in the tooltip
        if role == Qt.ItemDataRole.ToolTipRole:
            if item is not None and item.error is not None:
                return f"{core_text(str(item.error))}\n\n{core_text(item.error.hint)}"
            return f"{recipient.kind}: {recipient.value}"
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and item is not None:
            return status_color(_OUTCOME[item.status])
        if role == ItemRole.OBJECT:
            return item
        return None


# How a delivery's state (a bulk send's item, a history entry) is coloured. (A history entry's
# SENT / FAILED are the same words as a delivery's, so one key serves both.)
_OUTCOME: dict[DeliveryStatus | SendStatus, Status] = {
    DeliveryStatus.SENT: Status.OK,
    DeliveryStatus.FAILED: Status.ERROR,
    DeliveryStatus.CANCELLED: Status.MUTED,
    SendStatus.DELETED: Status.MUTED,
    SendStatus.DELETE_FAILED: Status.ERROR,
    SendStatus.RECALLED: Status.MUTED,
    SendStatus.RECALL_FAILED: Status.ERROR,
}


def _status_text(status: DeliveryStatus | SendStatus | None) -> str:
    """A delivery's or history entry's state in words; ``None``: not sent yet."""
    if status is None:
        return QCoreApplication.translate("SendModels", "waiting")
    return {
        DeliveryStatus.SENT: QCoreApplication.translate("SendModels", "sent"),
        DeliveryStatus.FAILED: QCoreApplication.translate("SendModels", "failed"),
        DeliveryStatus.CANCELLED: QCoreApplication.translate("SendModels", "cancelled"),
        SendStatus.DELETED: QCoreApplication.translate("SendModels", "deleted"),
        SendStatus.DELETE_FAILED: QCoreApplication.translate("SendModels", "delete failed"),
        SendStatus.RECALLED: QCoreApplication.translate("SendModels", "recalled"),
        SendStatus.RECALL_FAILED: QCoreApplication.translate("SendModels", "recall failed"),
    }.get(status, str(status))


class HistoryModel(QAbstractTableModel):
    """Every recorded send, newest first: time, profile, chat, recipient, message id, status."""

    COLUMNS: ClassVar[tuple[str, ...]] = ("time", "profile", "chat", "recipient", "message_id", "status")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            QCoreApplication.translate("SendModels", "Time"),
            QCoreApplication.translate("SendModels", "Profile"),
            QCoreApplication.translate("SendModels", "Chat"),
            QCoreApplication.translate("SendModels", "Recipient"),
            QCoreApplication.translate("SendModels", "Message id"),
            QCoreApplication.translate("SendModels", "Status"),
        )[section]

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> HistoryEntry:
        return self._entries[row]

    def row_of(self, entry_id: str) -> int:
        return next((row for row, e in enumerate(self._entries) if e.id == entry_id), -1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "time":
                return _local_time(entry.sent_at)
            if column == "profile":
                return entry.profile
            if column == "chat":
                return entry.chat_name or entry.chat_id
            if column == "recipient":
                if entry.kind is SendKind.GROUP:  # posted for everyone in the chat, not one member
                    return QCoreApplication.translate("SendModels", "whole chat")
                return entry.recipient_name or entry.recipient
            if column == "message_id":
                return entry.message_id or ""
            return _status_text(entry.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [
                f"{QCoreApplication.translate('SendModels', 'Chat')}: {entry.chat_name or ''} {entry.chat_id}",
                f"{QCoreApplication.translate('SendModels', 'Recipient')}: {entry.recipient_name or ''} {entry.recipient_kind} {entry.recipient}",
            ]
            if entry.error:  # recorded as a Message (or plain text, from older files): worded here
                parts.append(core_text(entry.error))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return status_color(_OUTCOME[entry.status])
        if role == ItemRole.OBJECT:
            return entry
        return None


def _local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")
