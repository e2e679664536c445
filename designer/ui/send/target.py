"""Who the next card goes to: the chat and its recipients, shared by the picker and the send panel.

The recipient picker writes it, the send panel reads it; neither reaches into the other's
widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from designer.feishu import Recipient


class SendTarget(QObject):
    """The chosen chat (id and name) and recipients (one, or several for a bulk send).

    Signals:
        changed(): the chat or the recipients changed.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chat_id: str | None = None
        self._chat_name: str | None = None
        self._recipients: tuple[Recipient, ...] = ()

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
