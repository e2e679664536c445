"""The Accounts dialog: add, edit and remove API profiles, and test their connection.

A profile is a name, the open platform (Feishu, Lark or a custom base URL such as the
sandbox's), the app id and the app secret. The secret goes straight to the keyring and is
shown afterwards only as "••••"; leaving the field empty keeps the stored one. Without a
safe keyring the dialog says what to install and saves nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.feishu import FeishuClient
from designer.store import credentials
from designer.store.credentials import KeyringUnavailable
from designer.store.profiles import Profile
from designer.ui.send.errors import describe_error, escape, failure_html, plain_text
from designer.ui.send.session import NoSecret, SendSession
from designer.ui.worker import BackgroundTask, CancelHandle, run_in_background

SECRET_MASK = "••••"
_REGIONS = (("feishu", "Feishu (open.feishu.cn)"), ("lark", "Lark (open.larksuite.com)"), ("custom", None))


class AccountsDialog(QDialog):
    """Profiles of the send features (objectName ``accountsDialog``).

    Signals:
        connection_tested(bool, str): a "Test connection" ended (success, the message shown).
        secret_checked(str, bool): whether the keyring holds a secret for the profile shown.
    """

    connection_tested = Signal(bool, str)
    secret_checked = Signal(str, bool)

    def __init__(self, session: SendSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(760, 420)
        self._session = session
        self._editing: str | None = None  # name of the profile in the form; None = a new one
        self._has_secret: bool | None = False  # None while the keyring is being asked
        self._test: CancelHandle | None = None
        self._keyring_problem = credentials.keyring_problem()

        self._model = QStandardItemModel(self)
        self._list = QListView()
        self._list.setObjectName("profileList")
        self._list.setModel(self._model)
        self._list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self._list.setMinimumWidth(170)
        self._list.selectionModel().currentChanged.connect(self._on_current_changed)
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addProfile")
        add.clicked.connect(self._on_add_clicked)
        self._remove = QPushButton(self.tr("Remove"))
        self._remove.setObjectName("removeProfile")
        self._remove.clicked.connect(self._on_remove_clicked)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(add)
        list_buttons.addWidget(self._remove)
        left = QVBoxLayout()
        left.addWidget(self._list)
        left.addLayout(list_buttons)

        self._name = QLineEdit()
        self._name.setObjectName("profileName")
        self._name.setPlaceholderText(self.tr("e.g. work"))
        self._region = QComboBox()
        self._region.setObjectName("profileRegion")
        for key, label in _REGIONS:
            self._region.addItem(label or self.tr("Custom base URL"), key)
        self._region.currentIndexChanged.connect(self._on_region_changed)
        self._base_url = QLineEdit()
        self._base_url.setObjectName("profileBaseUrl")
        self._base_url.setPlaceholderText("https://… or http://127.0.0.1:PORT")
        self._app_id = QLineEdit()
        self._app_id.setObjectName("profileAppId")
        self._app_id.setPlaceholderText("cli_…")
        self._secret = QLineEdit()
        self._secret.setObjectName("profileSecret")
        self._secret.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self._name)
        form.addRow(self.tr("Platform"), self._region)
        form.addRow(self.tr("Base URL"), self._base_url)
        form.addRow(self.tr("App ID"), self._app_id)
        form.addRow(self.tr("App secret"), self._secret)

        self._keyring_note = QLabel()
        self._keyring_note.setObjectName("keyringProblem")
        self._keyring_note.setWordWrap(True)
        self._keyring_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._keyring_note.setStyleSheet(
            "QLabel { background: #fff3e8; color: #7a3b00; border: 1px solid #ffc58f;"
            " border-radius: 4px; padding: 8px; }"
        )
        self._status = QLabel()
        self._status.setObjectName("accountStatus")
        self._status.setWordWrap(True)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._save = QPushButton(self.tr("Save"))
        self._save.setObjectName("saveProfile")
        self._save.setDefault(True)
        self._save.clicked.connect(self._on_save_clicked)
        self._test_button = QPushButton(self.tr("Test connection"))
        self._test_button.setObjectName("testConnection")
        self._test_button.clicked.connect(self._on_test_clicked)
        self._use = QPushButton(self.tr("Use this profile"))
        self._use.setObjectName("useProfile")
        self._use.clicked.connect(self._on_use_clicked)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self._test_button)
        form_buttons.addWidget(self._use)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self._save)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(form_buttons)
        right.addWidget(self._status)
        right.addStretch(1)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._keyring_note)
        layout.addLayout(body)
        layout.addWidget(close)

        self._show_keyring_problem()
        self._reload(select=session.profile_store.active_name)

    # -- the list -------------------------------------------------------------------------

    def _reload(self, select: str | None = None) -> None:
        self._model.clear()
        active = self._session.profile_store.active_name
        for profile in self._session.profiles():
            label = (
                profile.name
                if profile.name != active
                else self.tr("{name} (active)").format(name=profile.name)
            )
            item = QStandardItem(label)
            item.setData(profile.name, Qt.ItemDataRole.UserRole)
            item.setToolTip(f"{profile.app_id} · {profile.api_base_url}")
            self._model.appendRow(item)
        row = next(
            (
                r
                for r in range(self._model.rowCount())
                if self._model.item(r).data(Qt.ItemDataRole.UserRole) == select
            ),
            0 if self._model.rowCount() else -1,
        )
        if row >= 0:
            self._list.setCurrentIndex(self._model.index(row, 0))
        else:
            self._fill_form(None)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        name = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        self._fill_form(self._session.profile_store.get(name) if name else None)

    def _fill_form(self, profile: Profile | None) -> None:
        self._editing = profile.name if profile else None
        self._name.setText(profile.name if profile else "")
        region = profile.region if profile else "feishu"
        self._region.setCurrentIndex(self._region.findData(region))
        self._base_url.setText(profile.base_url or "" if profile else "")
        self._app_id.setText(profile.app_id if profile else "")
        self._secret.clear()
        checking = profile is not None and self._keyring_problem is None
        self._show_secret_state(None if checking else False)
        if profile is not None and checking:
            # Asked in the worker: a locked keyring may wait for the user to unlock it.
            name, session = profile.name, self._session
            run_in_background(
                lambda task: session.has_secret(name),
                lambda found: self._on_secret_checked(name, found),
                lambda error: self._set_status(describe_error(error), ok=False),
                context=self,
            )
        self._remove.setEnabled(profile is not None)
        self._use.setEnabled(profile is not None and profile.name != self._session.profile_store.active_name)
        self._on_region_changed()
        self._set_status("", ok=True)

    def _on_secret_checked(self, name: str, found: bool) -> None:
        if name == self._editing:
            self._show_secret_state(found)
            self.secret_checked.emit(name, found)

    def _show_secret_state(self, stored: bool | None) -> None:
        """``stored``: a secret is in the keyring (True), is not (False), still asking (None)."""
        self._has_secret = stored
        if stored is None:
            text = self.tr("checking the keyring…")
        elif stored:
            text = self.tr("{mask} stored in the keyring; type to replace").format(mask=SECRET_MASK)
        else:
            text = self.tr("the app secret (kept in the system keyring)")
        self._secret.setPlaceholderText(text)

    def _on_region_changed(self) -> None:
        self._base_url.setEnabled(self._region.currentData() == "custom")

    def _on_add_clicked(self) -> None:
        self._list.clearSelection()
        self._list.setCurrentIndex(QModelIndex())
        self._fill_form(None)
        self._name.setFocus()

    # -- keyring --------------------------------------------------------------------------

    def _show_keyring_problem(self) -> None:
        problem = self._keyring_problem
        self._keyring_note.setVisible(problem is not None)
        if problem is not None:
            self._keyring_note.setText(
                self.tr(
                    "<b>No safe place for app secrets.</b> Card Designer keeps app secrets only in the "
                    "system keyring and never in a file, so profiles cannot be saved until a keyring "
                    "works.<br>{problem}"
                ).format(problem=escape(problem[:1].upper() + problem[1:]))
            )
        for widget in (self._save, self._secret):
            widget.setEnabled(problem is None)

    # -- save / remove / use --------------------------------------------------------------

    def _profile_from_form(self) -> Profile:
        region = self._region.currentData()
        base_url = self._base_url.text().strip() if region == "custom" else None
        return Profile(
            name=self._name.text().strip(),
            region=region,
            app_id=self._app_id.text().strip(),
            base_url=base_url or None,
        )

    def _on_save_clicked(self) -> None:
        if self._keyring_problem is not None:
            self._show_keyring_problem()
            return
        try:
            profile = self._profile_from_form()
        except ValueError as exc:
            self._set_status(self.tr("Not saved: {problem}").format(problem=str(exc)), ok=False)
            return
        secret = self._secret.text().strip()
        renaming = self._editing is not None and self._editing != profile.name
        if (self._editing is None or renaming) and self._session.profile_store.get(profile.name) is not None:
            self._set_status(
                self.tr("Not saved: a profile named “{name}” exists already").format(name=profile.name),
                ok=False,
            )
            return
        # While the keyring is still being asked, an empty field keeps whatever is stored.
        if not secret and self._has_secret is False:
            self._set_status(
                self.tr("Not saved: enter the app secret of {app_id}").format(app_id=profile.app_id), ok=False
            )
            self._secret.setFocus()
            return
        try:
            self._session.save_profile(profile, secret or None, previous_name=self._editing)
        except KeyringUnavailable as exc:
            self._set_status(self.tr("Not saved: {problem}").format(problem=str(exc)), ok=False)
            return
        self._reload(select=profile.name)
        self._set_status(
            self.tr("Saved {name}; its secret is in the keyring.").format(name=profile.name), ok=True
        )

    def _on_remove_clicked(self) -> None:
        name = self._editing
        if name is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove profile"),
            self.tr("Remove the profile {name} and its app secret from the keyring?").format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._session.remove_profile(name)
        except KeyringUnavailable as exc:
            self._set_status(self.tr("Not removed: {problem}").format(problem=str(exc)), ok=False)
            return
        self._reload()
        self._set_status(self.tr("Removed {name}.").format(name=name), ok=True)

    def _on_use_clicked(self) -> None:
        if self._editing is not None:
            self._session.set_active(self._editing)
            self._reload(select=self._editing)

    # -- test connection ------------------------------------------------------------------

    def _on_test_clicked(self) -> None:
        try:
            profile = self._profile_from_form()
        except ValueError as exc:
            self._set_status(self.tr("Cannot test: {problem}").format(problem=str(exc)), ok=False)
            return
        typed_secret = self._secret.text().strip()
        saved_name = self._editing
        session = self._session

        def op(task: BackgroundTask) -> str:
            secret = typed_secret
            if not secret and saved_name is not None:
                secret = session.secret(saved_name) or ""
            if not secret:
                raise NoSecret("enter the app secret to test the connection")
            with FeishuClient(profile.api_base_url, profile.app_id, secret) as client:
                client.auth.tenant_token()  # the token itself is never shown
            return profile.api_base_url

        self._test_button.setEnabled(False)
        self._set_status(self.tr("Connecting to {url}…").format(url=profile.api_base_url), ok=True)
        self._test = run_in_background(op, self._on_test_succeeded, self._on_test_failed, context=self)

    def _on_test_succeeded(self, url: str) -> None:
        self._test_button.setEnabled(True)
        message = self.tr("Connection works: {url} accepted the app id and secret.").format(url=url)
        self._set_status(message, ok=True)
        self.connection_tested.emit(True, message)

    def _on_test_failed(self, error: BaseException) -> None:
        self._test_button.setEnabled(True)
        self._set_status(failure_html(self.tr("Connection failed"), error), ok=False)
        self.connection_tested.emit(False, describe_error(error))

    def _set_status(self, text: str, *, ok: bool) -> None:
        self._status.setText(text)
        self._status.setStyleSheet("" if ok else "QLabel { color: #d83931; }")

    def status_text(self) -> str:
        """What the status line says now (for tests and accessibility)."""
        return plain_text(self._status.text())
