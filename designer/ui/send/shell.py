"""The parts of the send features that a window shows from its first frame, made without them.

The Send action (toolbar, Ctrl+Enter) and the Callbacks menu, dock, listen action (toolbar,
Ctrl+Shift+L) and status-bar state are on screen or in reach at once, while the panes behind
them (and the data types, the history and the long connection they import) are built when
first shown or used (issue 10). The panes adopt these actions and widgets when they are built:
each has one home, here, and the panes made on their own (tests, a script) make them here too.
Their texts keep the translation context of the pane that shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from designer.ui.resources import set_themed_icon
from designer.ui.shortcuts_dialog import set_tip


def make_send_action(parent: QWidget) -> QAction:
    """The "Send card" action (Ctrl+Enter wherever the focus is in ``parent``'s window)."""
    action = QAction(QCoreApplication.translate("SendPanel", "Send card"), parent)
    action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    set_themed_icon(action, "send")
    set_tip(action, QCoreApplication.translate("SendPanel", "Send the card to the chosen recipients"))
    return action


def make_listen_action(parent: QWidget) -> QAction:
    """The checkable "Listen for Callbacks" action (Ctrl+Shift+L)."""
    action = QAction(QCoreApplication.translate("CallbacksPane", "&Listen for Callbacks"), parent)
    action.setObjectName("listenAction")
    action.setCheckable(True)
    action.setShortcut(QKeySequence("Ctrl+Shift+L"))
    set_tip(
        action,
        QCoreApplication.translate(
            "CallbacksPane", "Receive card callbacks of the active profile's app over the long connection"
        ),
    )
    return action


class CallbacksShell:
    """The Callbacks menu (before Help), its dock ``callbacksDock`` (empty until the pane is
    built), the listen action (on the window, for its shortcut) and the status-bar state label
    (hidden: most windows never listen) of one window."""

    def __init__(self, window: QMainWindow) -> None:
        self.listen_action = make_listen_action(window)
        self.dock = QDockWidget(QCoreApplication.translate("CallbacksFeature", "Callbacks"))
        self.dock.setObjectName("callbacksDock")
        self.menu = QMenu(QCoreApplication.translate("CallbacksFeature", "&Callbacks"), window)
        self.menu.setObjectName("callbacksMenu")
        self.menu.addAction(self.listen_action)
        self.menu.addSeparator()
        self.menu.addAction(self.dock.toggleViewAction())
        menu_bar = window.menuBar()
        help_menu = window.findChild(QMenu, "helpMenu")
        if help_menu is not None:  # Help stays last, as on every desktop
            menu_bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            menu_bar.addMenu(self.menu)
        # On the window, so the shortcut works wherever the focus is.
        window.addAction(self.listen_action)
        self.status_label = QLabel()
        self.status_label.setObjectName("callbacksStatusBar")
        window.statusBar().addPermanentWidget(self.status_label)
        self.status_label.hide()
