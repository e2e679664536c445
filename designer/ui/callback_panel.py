"""The callback payload panel: what the app's server would receive for the last click.

Clicking a button (or choosing in a menu, picker, form) in the preview produces the payload
Feishu would post to the app's card request URL; this panel shows it as pretty JSON that can
be selected or copied whole.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget

from designer.ui.resources import set_themed_icon


class CallbackPanel(QWidget):
    """Shows one callback payload; ``Copy`` puts it on the clipboard, ``×`` hides the panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbackPanel")
        self._title = QLabel(self.tr("Callback payload"), self)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("callbackPayload")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlaceholderText(
            self.tr("Click a button in the preview to see what your app would receive.")
        )
        self.copy_button = QToolButton(self)
        self.copy_button.setObjectName("copyCallbackPayload")
        self.copy_button.setText(self.tr("Copy"))
        set_themed_icon(self.copy_button, "copy")
        self.copy_button.setIconSize(QSize(14, 14))
        self.copy_button.setToolButtonStyle(self.copy_button.toolButtonStyle().ToolButtonTextBesideIcon)
        self.copy_button.setToolTip(self.tr("Copy the payload to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Hide the payload panel"))
        self.close_button.clicked.connect(self.hide)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self._title)
        header.addStretch(1)
        header.addWidget(self.copy_button)
        header.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.text)

    def show_payload(self, payload: dict[str, Any]) -> None:
        self.text.setPlainText(json.dumps(payload, ensure_ascii=False, indent=2))
        self.show()

    def payload_text(self) -> str:
        return self.text.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.payload_text())
