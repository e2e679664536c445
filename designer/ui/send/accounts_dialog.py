"""The Accounts dialog: add, edit and remove API profiles, and test their connection.

A profile is a name, the open platform (Feishu, Lark or a custom base URL such as the
sandbox's), the app id and the app secret. The secret goes straight to the keyring and is
shown afterwards only as "••••"; leaving the field empty keeps the stored one. Without a
safe keyring the dialog says what to install and saves nothing.

Every keyring call runs in a worker (``run_in_background``): a locked Secret Service may
prompt for its password and take seconds, and the window must not freeze meanwhile. While a
save or removal runs the form is disabled, a busy bar and the status line say what is going
on, and the dialog does not close until the keyring has answered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
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
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.feishu import FeishuClient
from designer.render.core_text import core_text
from designer.store import credentials
from designer.store.credentials import KeyringUnavailable
from designer.store.profiles import Profile
from designer.ui.roles import ItemRole
from designer.ui.send.errors import describe_error, escape, failure_html, plain_text, titled
from designer.ui.send.session import NoSecret, ProfileRemoval, ProfileWrite, SendSession
from designer.ui.status_colors import Status, set_banner, set_status
from designer.ui.worker import BackgroundTask, CancelHandle, run_in_background

T = TypeVar("T")

SECRET_MASK = "••••"
_REGIONS = ("feishu", "lark", "custom")


class AccountsDialog(QDialog):
    """Profiles of the send features (objectName ``accountsDialog``).

    Signals:
        connection_tested(bool, str): a "Test connection" ended (success, the message shown).
        save_finished(bool, str): a save ended (stored, the status shown).
        remove_finished(bool, str): a removal ended (removed, the status shown).
    """

    connection_tested = Signal(bool, str)
    save_finished = Signal(bool, str)
    remove_finished = Signal(bool, str)

    def __init__(self, session: SendSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(760, 420)
        self._session = session
        self._editing: str | None = None  # name of the profile in the form; None = a new one
        self._has_secret: bool | None = False  # None while the keyring is being asked
        self._test: CancelHandle | None = None
        # Unknown until the worker has looked: finding the backend may talk to D-Bus.
        self._keyring_checked = False
        self._keyring_problem: str | None = None
        self._busy: CancelHandle | None = None  # a save or removal waiting for the keyring
        self._close_after_busy: int | None = None  # done(result) asked for while busy
        self._focus_before_busy: QWidget | None = None

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
        self._list_area = QWidget()
        self._list_area.setObjectName("profileListArea")
        left = QVBoxLayout(self._list_area)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self._list)
        left.addLayout(list_buttons)

        self._name = QLineEdit()
        self._name.setObjectName("profileName")
        self._name.setPlaceholderText(self.tr("e.g. work"))
        self._region = QComboBox()
        self._region.setObjectName("profileRegion")
        labels = {  # Feishu's own names: 飞书 in Chinese, Lark (its international brand) in every language
            "feishu": self.tr("Feishu (open.feishu.cn)"),
            "lark": self.tr("Lark (open.larksuite.com)"),
            "custom": self.tr("Custom base URL"),
        }
        for key in _REGIONS:
            self._region.addItem(labels[key], key)
        self._region.currentIndexChanged.connect(self._on_region_changed)
        self._base_url = QLineEdit()
        self._base_url.setObjectName("profileBaseUrl")
        self._base_url.setPlaceholderText(self.tr("https://… or http://127.0.0.1:PORT"))
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
        set_banner(
            self._keyring_note,
            Status.WARNING,
            "border-width: 1px; border-style: solid; border-radius: 4px; padding: 8px;",
        )
        self._status = QLabel()
        self._status.setObjectName("accountStatus")
        self._status.setWordWrap(True)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._busy_bar = QProgressBar()
        self._busy_bar.setObjectName("keyringBusy")
        self._busy_bar.setRange(0, 0)  # no steps to count: the keyring answers when it answers
        self._busy_bar.setTextVisible(False)
        self._busy_bar.setFixedWidth(72)
        self._busy_bar.setVisible(False)

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

        self._form_area = QWidget()
        self._form_area.setObjectName("profileFormArea")
        form_box = QVBoxLayout(self._form_area)
        form_box.setContentsMargins(0, 0, 0, 0)
        form_box.addLayout(form)
        form_box.addLayout(form_buttons)
        status_row = QHBoxLayout()
        status_row.addWidget(self._busy_bar, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self._status, 1)
        right = QVBoxLayout()
        right.addWidget(self._form_area)
        right.addLayout(status_row)
        right.addStretch(1)

        body = QHBoxLayout()
        body.addWidget(self._list_area, 1)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self._close_button = close.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self._keyring_note)
        layout.addLayout(body)
        layout.addWidget(close)

        self._show_keyring_problem()
        self._reload(select=session.profile_store.active_name)
        run_in_background(
            lambda task: credentials.keyring_problem(),
            self._on_keyring_checked,
            self._on_keyring_check_failed,
            context=self,
        )

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
            item.setData(profile.name, ItemRole.NAME)
            item.setToolTip(f"{profile.app_id} · {profile.api_base_url}")
            self._model.appendRow(item)
        row = next(
            (r for r in range(self._model.rowCount()) if self._model.item(r).data(ItemRole.NAME) == select),
            0 if self._model.rowCount() else -1,
        )
        if row >= 0:
            self._list.setCurrentIndex(self._model.index(row, 0))
        else:
            self._fill_form(None)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        name = current.data(ItemRole.NAME) if current.isValid() else None
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
        self._show_secret_state(None if checking or not self._keyring_checked else False)
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

    def _on_keyring_checked(self, problem: str | None) -> None:
        self._keyring_checked = True
        self._keyring_problem = problem
        self._show_keyring_problem()
        if self._editing is None or problem is not None:
            self._show_secret_state(False)  # a new profile: nothing stored yet

    def _on_keyring_check_failed(self, error: BaseException) -> None:
        # keyring_problem() catches what it expects; anything else is shown, saving stays off.
        self._set_status(failure_html(self.tr("The keyring could not be checked"), error), ok=False)

    def _keyring_ready(self) -> bool:
        return self._keyring_checked and self._keyring_problem is None

    def _show_keyring_problem(self) -> None:
        problem = self._keyring_problem
        self._keyring_note.setVisible(problem is not None)
        if problem is not None:
            self._keyring_note.setText(
                self.tr(
                    "<b>No safe place for app secrets.</b> Card Designer keeps app secrets only in the "
                    "system keyring and never in a file, so profiles cannot be saved until a keyring "
                    "works.<br>{problem}"
                ).format(problem=escape(_sentence(core_text(problem))))
            )
        # Until the worker has looked, Save waits too: nothing may be saved before a safe
        # keyring is known to exist.
        self._save.setEnabled(self._keyring_ready())
        self._save.setDefault(True)  # a button disabled while the dialog showed lost the role
        self._secret.setEnabled(problem is None)

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
        if not self._keyring_ready() or self._busy is not None:
            self._show_keyring_problem()
            return
        try:
            profile = self._profile_from_form()
        except ValueError as exc:
            self._set_status(self.tr("Not saved: {problem}").format(problem=describe_error(exc)), ok=False)
            return
        secret = self._secret.text().strip()
        previous_name = self._editing
        renaming = previous_name is not None and previous_name != profile.name
        if (previous_name is None or renaming) and self._session.profile_store.get(profile.name) is not None:
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
        session = self._session

        def op(task: BackgroundTask) -> ProfileWrite:
            # The secret goes to the keyring first; the profile file is written only after.
            return session.write_profile(profile, secret or None, previous_name=previous_name)

        if secret:
            doing = self.tr("Saving {name}: storing its app secret in the keyring…")
        elif renaming:
            doing = self.tr("Saving {name}: moving its app secret in the keyring…")
        else:
            doing = self.tr("Saving {name}…")
        self._save.setText(self.tr("Saving…"))
        self._start_busy(
            doing.format(name=profile.name)
            + " "
            + self.tr("If the keyring asks for its password, unlock it to go on.")
        )
        self._run_keyring_op(op, session.profile_written, self._on_saved, self._on_save_failed)

    def _on_saved(self, write: ProfileWrite) -> None:
        self._end_busy()
        self._reload(select=write.name)
        message = self.tr("Saved {name}; its secret is in the keyring.").format(name=write.name)
        self._set_status(message, ok=True)
        self.save_finished.emit(True, message)
        self._close_if_asked(succeeded=True)

    def _on_save_failed(self, error: BaseException) -> None:
        self._end_busy()
        self._set_status(self._problem_html(self.tr("Not saved"), error), ok=False)
        self.save_finished.emit(False, self.status_text())
        self._close_if_asked(succeeded=False)

    def _on_remove_clicked(self) -> None:
        name = self._editing
        if name is None or self._busy is not None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove profile"),
            self.tr("Remove the profile {name} and its app secret from the keyring?").format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        session = self._session
        self._start_busy(self.tr("Removing {name} and its app secret from the keyring…").format(name=name))
        self._run_keyring_op(
            lambda task: session.delete_profile(name),
            session.profile_deleted,
            self._on_removed,
            self._on_remove_failed,
        )

    def _on_removed(self, removal: ProfileRemoval) -> None:
        self._end_busy()
        self._reload()
        message = self.tr("Removed {name}.").format(name=removal.name)
        self._set_status(message, ok=True)
        self.remove_finished.emit(True, message)
        self._close_if_asked(succeeded=True)

    def _on_remove_failed(self, error: BaseException) -> None:
        self._end_busy()
        self._set_status(self._problem_html(self.tr("Not removed"), error), ok=False)
        self.remove_finished.emit(False, self.status_text())
        self._close_if_asked(succeeded=False)

    # -- waiting for the keyring ----------------------------------------------------------

    def _run_keyring_op(
        self,
        op: Callable[[BackgroundTask], T],
        session_done: Callable[[T], None],
        dialog_done: Callable[[T], None],
        dialog_failed: Callable[[BaseException], None],
    ) -> None:
        """Run ``op`` in the worker. On success the session hears of it even when this dialog
        was destroyed meanwhile (its parent window went): the files and keyring changed."""
        dialog = self

        def succeeded(result: T) -> None:
            session_done(result)
            if shiboken6.isValid(dialog):
                dialog_done(result)

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(dialog):
                dialog_failed(error)

        self._busy = run_in_background(op, succeeded, failed, context=self._session)

    def _start_busy(self, text: str) -> None:
        # Disabling the focused button moves the focus away: it is given back afterwards.
        self._focus_before_busy = self.focusWidget()
        self._list_area.setEnabled(False)
        self._form_area.setEnabled(False)
        self._close_button.setEnabled(False)
        self._busy_bar.setVisible(True)
        self._set_status(text, ok=True)

    def _end_busy(self) -> None:
        self._busy = None
        self._save.setText(self.tr("Save"))
        self._list_area.setEnabled(True)
        self._form_area.setEnabled(True)
        self._close_button.setEnabled(True)
        self._busy_bar.setVisible(False)
        self._save.setDefault(True)
        focus, self._focus_before_busy = self._focus_before_busy, None
        if focus is not None and shiboken6.isValid(focus) and focus.isEnabled():
            focus.setFocus()

    def is_busy(self) -> bool:
        """True while a save or removal waits for the keyring."""
        return self._busy is not None

    def done(self, result: int) -> None:
        """Close, but never while the keyring is still storing or deleting a secret: the
        close happens once it has (and not at all when it failed, so the problem is read)."""
        if self._busy is not None:
            asked_before, self._close_after_busy = self._close_after_busy is not None, result
            if asked_before:
                return
            self._set_status(
                self.status_text() + " " + self.tr("The dialog closes once the keyring has answered."),
                ok=True,
            )
            return
        super().done(result)

    def _close_if_asked(self, *, succeeded: bool) -> None:
        result, self._close_after_busy = self._close_after_busy, None
        if result is not None and succeeded:
            super().done(result)

    def _problem_html(self, title: str, error: BaseException) -> str:
        """The keyring's problem and, on a line of its own, what to do about it."""
        if isinstance(error, KeyringUnavailable):
            problem, how_to_fix = core_text(error.message), core_text(error.hint)
            said = self.tr("{problem}.<br>{how_to_fix}").format(
                problem=escape(problem), how_to_fix=escape(how_to_fix)
            )
            return f"<b>{escape(titled(title))}</b> {said}"
        return failure_html(title, error)

    def _on_use_clicked(self) -> None:
        if self._editing is not None:
            self._session.set_active(self._editing)
            self._reload(select=self._editing)

    # -- test connection ------------------------------------------------------------------

    def _on_test_clicked(self) -> None:
        try:
            profile = self._profile_from_form()
        except ValueError as exc:
            self._set_status(self.tr("Cannot test: {problem}").format(problem=describe_error(exc)), ok=False)
            return
        typed_secret = self._secret.text().strip()
        saved_name = self._editing
        session = self._session

        no_secret = self.tr("Enter the app secret to test the connection.")

        def op(task: BackgroundTask) -> str:
            secret = typed_secret
            if not secret and saved_name is not None:
                secret = session.secret(saved_name) or ""
            if not secret:
                raise NoSecret(no_secret)
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
        set_status(self._status, None if ok else Status.ERROR)

    def status_text(self) -> str:
        """What the status line says now (for tests and accessibility)."""
        return plain_text(self._status.text())


def _sentence(text: str) -> str:
    """``text`` with a capital first letter (a keyring problem starts a sentence here)."""
    return text[:1].upper() + text[1:]
