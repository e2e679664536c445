"""The Accounts dialog against the real keyring and a real sandbox: add, mask, test, remove."""

from __future__ import annotations

import socket

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListView, QPushButton

from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer
from designer.store import credentials
from designer.store.paths import config_dir
from designer.ui.send.accounts_dialog import SECRET_MASK, AccountsDialog
from designer.ui.send.session import SendSession
from tests.helpers.send_ui import shot


def _ready(dialog: AccountsDialog, qtbot) -> None:
    """Wait until the worker has looked at the keyring (Save stays off until then)."""
    save = dialog.findChild(QPushButton, "saveProfile")
    qtbot.waitUntil(save.isEnabled, timeout=5_000)


def _save(dialog: AccountsDialog, qtbot) -> tuple[bool, str]:
    """Click Save and wait for the keyring (in the worker) to answer; (stored, status)."""
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as finished:
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveProfile"), Qt.MouseButton.LeftButton)
    assert not dialog.is_busy()
    return finished.args[0], finished.args[1]


def _fill(dialog: AccountsDialog, qtbot, *, name: str, url: str, app_id: str, secret: str) -> None:
    _ready(dialog, qtbot)
    qtbot.mouseClick(dialog.findChild(QPushButton, "addProfile"), Qt.MouseButton.LeftButton)
    dialog.findChild(QLineEdit, "profileName").setText(name)
    region = dialog.findChild(QComboBox, "profileRegion")
    region.setCurrentIndex(region.findData("custom"))
    dialog.findChild(QLineEdit, "profileBaseUrl").setText(url)
    dialog.findChild(QLineEdit, "profileAppId").setText(app_id)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "profileSecret"), secret)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_add_profile_secret_goes_to_the_keyring_and_is_masked(
    qtbot, secret_service, sandbox: SandboxServer
) -> None:
    session = SendSession()
    dialog = AccountsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, qtbot, name="demo", url=sandbox.base_url, app_id=DEMO_APP_ID, secret=DEMO_APP_SECRET)
    shot(dialog, "1-accounts-new")
    stored, status = _save(dialog, qtbot)

    assert stored and "Saved demo" in status and "Saved demo" in dialog.status_text()
    assert credentials.get_secret("demo") == DEMO_APP_SECRET
    assert session.active_profile() is not None and session.active_profile().name == "demo"
    profiles_file = (config_dir() / "profiles.json").read_text(encoding="utf-8")
    assert DEMO_APP_ID in profiles_file and DEMO_APP_SECRET not in profiles_file
    # Shown again: the secret field is empty, its placeholder says a secret is stored.
    secret_field = dialog.findChild(QLineEdit, "profileSecret")
    qtbot.waitUntil(lambda: SECRET_MASK in secret_field.placeholderText(), timeout=5_000)
    assert secret_field.text() == ""
    assert secret_field.echoMode() == QLineEdit.EchoMode.Password

    with qtbot.waitSignal(dialog.connection_tested, timeout=10_000) as tested:
        qtbot.mouseClick(dialog.findChild(QPushButton, "testConnection"), Qt.MouseButton.LeftButton)
    assert tested.args[0] is True
    assert "Connection works" in dialog.status_text() and sandbox.base_url in dialog.status_text()
    shot(dialog, "2-accounts-tested")

    # Editing without typing a secret keeps the stored one.
    dialog.findChild(QLineEdit, "profileAppId").setText(DEMO_APP_ID)
    assert _save(dialog, qtbot)[0]
    assert credentials.get_secret("demo") == DEMO_APP_SECRET

    # Remove: the profile and its secret go.
    from PySide6.QtWidgets import QMessageBox

    qtbot_patch = pytest.MonkeyPatch()
    qtbot_patch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    try:
        with qtbot.waitSignal(dialog.remove_finished, timeout=10_000) as removed:
            qtbot.mouseClick(dialog.findChild(QPushButton, "removeProfile"), Qt.MouseButton.LeftButton)
    finally:
        qtbot_patch.undo()
    assert removed.args == [True, "Removed demo."]
    assert session.profiles() == [] and credentials.get_secret("demo") is None
    assert dialog.findChild(QListView, "profileList").model().rowCount() == 0


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("wrong secret", "app secret is wrong"),
        ("connection refused", "nothing was sent"),
        ("insecure url", "https"),
    ],
)
def test_test_connection_reports_the_exact_problem(
    qtbot, secret_service, sandbox: SandboxServer, case: str, expected: str
) -> None:
    session = SendSession()
    dialog = AccountsDialog(session)
    qtbot.addWidget(dialog)
    url, secret = sandbox.base_url, DEMO_APP_SECRET
    if case == "wrong secret":
        secret = "not-the-secret"
    elif case == "connection refused":
        url = f"http://127.0.0.1:{_free_port()}"
    _fill(
        dialog,
        qtbot,
        name="t",
        url=url if case != "insecure url" else "http://example.com",
        app_id=DEMO_APP_ID,
        secret=secret,
    )
    if case == "insecure url":
        qtbot.mouseClick(dialog.findChild(QPushButton, "testConnection"), Qt.MouseButton.LeftButton)
        assert "Cannot test" in dialog.status_text() and expected in dialog.status_text()
        return
    with qtbot.waitSignal(dialog.connection_tested, timeout=15_000) as tested:
        qtbot.mouseClick(dialog.findChild(QPushButton, "testConnection"), Qt.MouseButton.LeftButton)
    assert tested.args[0] is False
    assert "Connection failed" in dialog.status_text()
    assert expected in dialog.status_text(), dialog.status_text()
    if case == "wrong secret":
        shot(dialog, "2b-accounts-test-failed")
    assert secret not in dialog.status_text() or case != "wrong secret"


def test_without_a_keyring_the_dialog_explains_and_writes_nothing(qtbot) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        session = SendSession()
        dialog = AccountsDialog(session)
        qtbot.addWidget(dialog)
        dialog.show()
        note = dialog.findChild(QLabel, "keyringProblem")
        # The keyring is looked at in the worker: the note comes when it has answered.
        qtbot.waitUntil(note.isVisible, timeout=5_000)
        assert "gnome-keyring" in note.text() and "never in a file" in note.text()
        save = dialog.findChild(QPushButton, "saveProfile")
        assert not save.isEnabled() and not dialog.findChild(QLineEdit, "profileSecret").isEnabled()
        dialog.findChild(QLineEdit, "profileName").setText("work")
        dialog.findChild(QLineEdit, "profileAppId").setText("cli_a1b2c3")
        save.click()  # disabled: nothing happens
        shot(dialog, "0-accounts-no-keyring")
        assert not (config_dir() / "profiles.json").exists()
        assert session.profiles() == []
    finally:
        keyring.set_keyring(previous)


def test_switch_profiles_from_the_toolbar_menu_and_rename_keeps_the_secret(
    qtbot, secret_service: None, sandbox: SandboxServer
) -> None:
    from designer.store.profiles import Profile
    from designer.ui.send.profile_switcher import ProfileStatusLabel, ProfileSwitcher

    session = SendSession()
    session.save_profile(
        Profile(name="a", region="custom", app_id=DEMO_APP_ID, base_url=sandbox.base_url), "secret-a"
    )
    session.save_profile(Profile(name="b", region="lark", app_id="cli_b0000001"), "secret-b")
    switcher = ProfileSwitcher(session)
    label = ProfileStatusLabel(session)
    qtbot.addWidget(switcher)
    qtbot.addWidget(label)
    assert label.text() == "Profile: a" and switcher.text() == "Profile: a"
    actions = {action.text(): action for action in switcher.profile_actions()}
    assert set(actions) == {"a", "b"} and actions["a"].isChecked()
    actions["b"].trigger()
    assert session.active_profile().name == "b"
    assert label.text() == "Profile: b" and "open.larksuite.com" in label.toolTip()
    assert {a.text(): a.isChecked() for a in switcher.profile_actions()} == {"a": False, "b": True}

    dialog = AccountsDialog(session)
    qtbot.addWidget(dialog)
    listing = dialog.findChild(QListView, "profileList")
    row = next(r for r in range(listing.model().rowCount()) if listing.model().index(r, 0).data() == "a")
    listing.setCurrentIndex(listing.model().index(row, 0))
    qtbot.waitUntil(lambda: SECRET_MASK in dialog.findChild(QLineEdit, "profileSecret").placeholderText())
    _ready(dialog, qtbot)
    name = dialog.findChild(QLineEdit, "profileName")
    name.setText("a-renamed")
    stored, status = _save(dialog, qtbot)
    assert stored and "Saved a-renamed" in status
    assert [p.name for p in session.profiles()] == ["b", "a-renamed"]
    assert credentials.get_secret("a-renamed") == "secret-a" and credentials.get_secret("a") is None
    assert {a.text() for a in switcher.profile_actions()} == {"a-renamed", "b"}

    # A name already taken is refused, naming it.
    name.setText("b")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveProfile"), Qt.MouseButton.LeftButton)
    assert "a profile named “b” exists already" in dialog.status_text()
    # A bad base URL is refused, naming the field.
    name.setText("a-renamed")
    dialog.findChild(QLineEdit, "profileBaseUrl").setText("http://10.0.0.5:8080")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveProfile"), Qt.MouseButton.LeftButton)
    assert "Not saved" in dialog.status_text() and "https" in dialog.status_text()
    for profile in ("a-renamed", "b"):
        credentials.delete_secret(profile)
