"""Who the next card goes to: the chat and its recipients, shared by the picker and the send panel.

The recipient picker writes it, the send panel reads it; neither reaches into the other's
widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # made before the window's first frame, which needs no data type (issue 10)
    from designer.feishu import Recipient


class SendTarget(QObject):
    """The chosen chat (id and name) and recipients (one, or several for a bulk send).

    Members ticked in other chats are kept (``keep_ticks``) while another chat is shown,
    so one send can go to members of several chats (``deliveries``).

    Signals:
        changed(): the chat or the recipients changed.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chat_id: str | None = None
        self._chat_name: str | None = None
        self._recipients: tuple[Recipient, ...] = ()
        # chat id -> (name, ticked members) of chats other than the one shown.
        self._kept: dict[str, tuple[str | None, tuple[Recipient, ...]]] = {}

    @property
    def chat_id(self) -> str | None:
        return self._chat_id

    @property
    def chat_name(self) -> str | None:
        return self._chat_name

    @property
    def recipients(self) -> tuple[Recipient, ...]:
        return self._recipients

    def set_chat(self, chat_id: str | None, name: str | None = None) -> None:
        if (chat_id, name) == (self._chat_id, self._chat_name):
            return
        self._chat_id, self._chat_name = chat_id, name
        self.changed.emit()

    def set_recipients(self, recipients: list[Recipient] | tuple[Recipient, ...]) -> None:
        value = tuple(recipients)
        if value == self._recipients:
            return
        self._recipients = value
        self.changed.emit()

    def describe_chat(self) -> str:
        if not self._chat_id:
            return ""
        return self._chat_name or self._chat_id

    def keep_ticks(self, chat_id: str, name: str | None, recipients: list[Recipient]) -> None:
        """Keep the members ticked in ``chat_id`` (none: forget them) while another chat is shown."""
        before = self._kept.pop(chat_id, None)
        if recipients:
            self._kept[chat_id] = (name, tuple(recipients))
        if before != self._kept.get(chat_id):
            self.changed.emit()

    def take_ticks(self, chat_id: str) -> tuple[Recipient, ...]:
        """The members kept as ticked in ``chat_id``, handed back as it is shown again."""
        kept = self._kept.pop(chat_id, None)
        if kept is not None:
            self.changed.emit()
        return kept[1] if kept is not None else ()

    def forget_ticks(self) -> None:
        """Drop the ticks kept in other chats (another account: other chats)."""
        if self._kept:
            self._kept.clear()
            self.changed.emit()

    def deliveries(self) -> list[tuple[str, str | None, Recipient]]:
        """``(chat id, chat name, recipient)`` for the chat shown and every chat with kept ticks."""
        result = [(chat_id, name, r) for chat_id, (name, kept) in self._kept.items() for r in kept]
        if self._chat_id:
            result += [(self._chat_id, self._chat_name, r) for r in self._recipients]
        return result

    def kept_chats(self) -> int:
        """How many chats other than the one shown have ticked members."""
        return len(self._kept)

    def kept_members(self) -> int:
        """How many members are ticked in chats other than the one shown."""
        return sum(len(kept) for _name, kept in self._kept.values())
