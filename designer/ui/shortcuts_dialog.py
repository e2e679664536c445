"""Keyboard shortcuts: tooltips that name them, and the dialog that lists them all.

Both read the shortcuts from the actions themselves, so a shortcut changed or added anywhere
(the window's menus, the send features) shows up here without a second list to keep in step.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcut_text(action: QAction) -> str:
    """Every shortcut of ``action`` as the platform writes them ("Ctrl+S"), or "".

    Written once each: two keys can read the same in a language (Return and Enter are both
    "回车" in Chinese)."""
    texts = (
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for key in action.shortcuts()
        if not key.isEmpty()
    )
    return ", ".join(dict.fromkeys(texts))


# A mnemonic of its own after a translated text, as Chinese menus write it: "保存(&S)".
_TRAILING_MNEMONIC = re.compile(r"\s*\(&[^&]\)")


def plain_text(action: QAction) -> str:
    """The action's text without its mnemonic ("&Save" → "Save", "保存(&S)" → "保存", "&&" → "&")."""
    text = _TRAILING_MNEMONIC.sub("", action.text())
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def set_tip(action: QAction, tip: str) -> None:
    """Give ``action`` its tooltip and status tip; the tooltip ends with the action's shortcut."""
    action.setStatusTip(tip)
    keys = shortcut_text(action)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)


class ShortcutsDialog(QDialog):
    """Every command of ``window`` that has a shortcut, by menu, read from the actions."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a list to read: no current-row frame
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self._fill(window)
        self.resize(460, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, command, shortcut) as shown, top to bottom."""
        found: list[tuple[str, str, str]] = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            assert section is not None  # i < topLevelItemCount()
            for j in range(section.childCount()):
                child = section.child(j)
                assert child is not None
                found.append((section.text(0), child.text(0), child.text(1)))
        return found

    def _fill(self, window: QMainWindow) -> None:
        seen: set[int] = set()
        sections: list[tuple[str, list[QAction]]] = []

        def walk(menu: QMenu, title: str) -> None:
            actions: list[QAction] = []
            for action in menu.actions():
                submenu = action.menu()
                if isinstance(submenu, QMenu):
                    walk(submenu, f"{title} › {plain_text(action)}")
                elif shortcut_text(action) and id(action) not in seen:
                    seen.add(id(action))
                    actions.append(action)
            if actions:
                sections.append((title, actions))

        for action in window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu, plain_text(action))
        # Commands in no menu (the outline's Move Up, Send card's Ctrl+Enter): under the pane
        # they act in, as the person sees it there.
        by_pane: dict[str, list[QAction]] = {}
        for action in window.findChildren(QAction):
            if id(action) not in seen and action.text() and shortcut_text(action):
                seen.add(id(action))
                by_pane.setdefault(self._pane_title(action), []).append(action)
        sections += sorted(by_pane.items())
        bold = self.tree.font()
        bold.setBold(True)
        for title, actions in sections:
            section = QTreeWidgetItem(self.tree, [title])
            section.setFont(0, bold)
            section.setFirstColumnSpanned(True)
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for action in actions:
                QTreeWidgetItem(section, [plain_text(action), shortcut_text(action)])
        self.tree.expandAll()

    def _pane_title(self, action: QAction) -> str:
        for owner in action.associatedObjects():
            widget = owner if isinstance(owner, QWidget) else None
            while widget is not None and not isinstance(widget, QDockWidget):
                widget = widget.parentWidget()
            if widget is not None:
                return widget.windowTitle()
        return self.tr("Other")


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    """Open the shortcuts dialog of ``window`` (modeless, deleted when closed); asked again
    while it is open, the same one comes to the front."""
    dialog = window.findChild(ShortcutsDialog)
    if dialog is None:
        dialog = ShortcutsDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
