"""The active profile in the status bar, and the toolbar menu that switches it.

The menu lists the saved profiles (the active one ticked) and opens the Accounts dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMenu, QToolButton, QWidget

from designer.store.profiles import Profile
from designer.ui.resources import set_themed_icon
from designer.ui.send.session import SendSession


class ProfileSwitcher(QToolButton):
    """A toolbar button "Profile: <name>" with a menu of profiles (objectName ``profileSwitcher``).

    Signals:
        accounts_requested(): "Accounts…" was chosen in the menu.
    """

    accounts_requested = Signal()

    def __init__(self, session: SendSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileSwitcher")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        set_themed_icon(self, "settings")
        self._session = session
        self._menu = QMenu(self)
        self._menu.setObjectName("profileMenu")
        self.setMenu(self._menu)
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        session.profiles_changed.connect(self._rebuild)
        session.active_profile_changed.connect(self._rebuild)
        self._rebuild()

    def _rebuild(self, *args: object) -> None:
        self._menu.clear()
        for action in self._group.actions():
            self._group.removeAction(action)
        active = self._session.active_profile()
        for profile in self._session.profiles():
            action = QAction(profile.name, self._menu)
            action.setCheckable(True)
            action.setChecked(active is not None and profile.name == active.name)
            action.setToolTip(f"{profile.app_id} · {profile.api_base_url}")
            action.triggered.connect(lambda checked=False, name=profile.name: self._session.set_active(name))
            self._group.addAction(action)
            self._menu.addAction(action)
        if self._session.profiles():
            self._menu.addSeparator()
        accounts = QAction(self.tr("Accounts…"), self._menu)
        accounts.setObjectName("openAccounts")
        accounts.triggered.connect(self.accounts_requested)
        self._menu.addAction(accounts)
        self.setText(self.tr("Profile: {name}").format(name=active.name) if active else self.tr("No profile"))
        self.setToolTip(self.tr("Switch the profile used to send, or manage accounts"))

    def profile_actions(self) -> list[QAction]:
        return self._group.actions()


class ProfileStatusLabel(QLabel):
    """ "Profile: name · base URL" in the status bar (objectName ``activeProfile``)."""

    def __init__(self, session: SendSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activeProfile")
        self._session = session
        session.active_profile_changed.connect(self._on_active_profile_changed)
        session.profiles_changed.connect(lambda: self._on_active_profile_changed(session.active_profile()))
        self._on_active_profile_changed(session.active_profile())

    def _on_active_profile_changed(self, profile: Profile | None) -> None:
        if profile is None:
            self.setText(self.tr("No profile"))
            self.setToolTip(self.tr("Add a profile in Accounts to send cards"))
            return
        self.setText(self.tr("Profile: {name}").format(name=profile.name))
        self.setToolTip(f"{profile.app_id} · {profile.api_base_url}")
