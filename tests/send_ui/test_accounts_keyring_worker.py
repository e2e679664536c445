"""The Accounts dialog talks to the keyring only from the worker: a slow (locked, prompting)
Secret Service leaves the window responsive, the dialog says it is saving and does not close
before the secret is stored, and a keyring that refuses is named with what to do."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator

import keyring
import keyring.errors
import pytest
from keyring.backends import SecretService
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
)

from designer.store._keyring import REFUSED_HOW_TO_FIX  # what the dialog must pass on
from designer.store.credentials import SERVICE
from designer.store.paths import config_dir
from designer.ui.send.accounts_dialog import AccountsDialog
from designer.ui.send.session import SendSession
from tests.helpers.send_ui import shot

KEYRING_DELAY_S = 1.0
SECRET = "slow-keyring-secret-0123456789"


class SlowSecretService(SecretService.Keyring):
    """The real Secret Service, answering a store or delete only after a second, as a locked
    keyring does while its unlock prompt is open."""

    def set_password(self, service: str, username: str, password: str) -> None:
        time.sleep(KEYRING_DELAY_S)
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        time.sleep(KEYRING_DELAY_S)
        super().delete_password(service, username)


class RefusingSecretService(SecretService.Keyring):
    """The real Secret Service whose unlock prompt was dismissed: every store is refused."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("Failed to unlock the collection: prompt dismissed")


@pytest.fixture
def slow_keyring(secret_service: None) -> Iterator[SlowSecretService]:
    previous = keyring.get_keyring()
    backend = SlowSecretService()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _ready_dialog(qtbot, session: SendSession, name: str) -> AccountsDialog:
    dialog = AccountsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.findChild(QPushButton, "saveProfile").isEnabled, timeout=5_000)
    dialog.findChild(QPushButton, "addProfile").click()
    dialog.findChild(QLineEdit, "profileName").setText(name)
    region = dialog.findChild(QComboBox, "profileRegion")
    region.setCurrentIndex(region.findData("lark"))
    dialog.findChild(QLineEdit, "profileAppId").setText("cli_a1b2c3d4e5f6")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "profileSecret"), SECRET)
    return dialog


def test_a_slow_keyring_leaves_the_window_responsive_and_the_dialog_open_until_stored(
    qtbot, slow_keyring: SlowSecretService
) -> None:
    session = SendSession()
    dialog = _ready_dialog(qtbot, session, "slow")
    save = dialog.findChild(QPushButton, "saveProfile")
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)

    # A 20 ms timer on the GUI thread: it can only fire while the GUI thread is free.
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()) if dialog.is_busy() else None)
    timer.start()
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as finished:
        save.click()  # returns at once: the keyring is asked in the worker
        assert dialog.is_busy()
        assert not save.isEnabled() and save.text() == "Saving…" and not close.isEnabled()
        assert dialog.findChild(QProgressBar, "keyringBusy").isVisible()
        assert "Saving slow: storing its app secret in the keyring" in dialog.status_text()
        qtbot.wait(200)
        shot(dialog, "1b-accounts-saving")
        # Escape / the window's close button: deferred until the secret is stored.
        dialog.reject()
        assert dialog.isVisible() and dialog.is_busy()
        assert "closes once the keyring has answered" in dialog.status_text()
    timer.stop()

    assert finished.args[0] is True, finished.args[1]
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    print(
        f"\n{len(ticks)} timer ticks during a {KEYRING_DELAY_S:.1f} s keyring store; longest gap {max(gaps):.3f} s"
    )
    # A frozen GUI thread would give no tick during the store (one gap of >= 1 s).
    assert len(ticks) >= 10 and max(gaps) < KEYRING_DELAY_S / 2
    # In the real keyring (read back past our wrapper), not in a file; then the dialog closed.
    assert SecretService.Keyring().get_password(SERVICE, "slow") == SECRET
    assert SECRET not in (config_dir() / "profiles.json").read_text(encoding="utf-8")
    assert [p.name for p in session.profiles()] == ["slow"]
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2_000)
    SecretService.Keyring().delete_password(SERVICE, "slow")


def test_after_a_slow_save_the_dialog_shows_the_result_and_removal_waits_too(
    qtbot, slow_keyring: SlowSecretService, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = SendSession()
    dialog = _ready_dialog(qtbot, session, "work")
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as finished:
        dialog.findChild(QPushButton, "saveProfile").click()
    assert finished.args == [True, "Saved work; its secret is in the keyring."]
    assert not dialog.findChild(QProgressBar, "keyringBusy").isVisible()
    assert dialog.findChild(QPushButton, "saveProfile").isEnabled()
    assert dialog.findChild(QListView, "profileList").model().index(0, 0).data() == "work (active)"
    qtbot.waitUntil(
        lambda: "stored in the keyring" in dialog.findChild(QLineEdit, "profileSecret").placeholderText()
    )
    shot(dialog, "1c-accounts-saved")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.remove_finished, timeout=10_000) as removed:
        dialog.findChild(QPushButton, "removeProfile").click()
        assert dialog.is_busy() and "Removing work" in dialog.status_text()
        assert not dialog.findChild(QPushButton, "removeProfile").isEnabled()
    assert removed.args == [True, "Removed work."]
    assert session.profiles() == [] and SecretService.Keyring().get_password(SERVICE, "work") is None


def test_a_refusing_keyring_is_named_with_what_to_do_and_nothing_is_written(
    qtbot, secret_service: None
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(RefusingSecretService())
    try:
        session = SendSession()
        dialog = _ready_dialog(qtbot, session, "locked")
        with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as finished:
            dialog.findChild(QPushButton, "saveProfile").click()
            dialog.reject()  # asked to close while the keyring is asked: not before it answered
        shot(dialog, "1d-accounts-keyring-refused")
    finally:
        keyring.set_keyring(previous)
    assert finished.args[0] is False
    status = dialog.status_text()
    assert "Not saved" in status and "refused to store the secret of profile 'locked'" in status
    assert "prompt dismissed" in status and REFUSED_HOW_TO_FIX in status
    assert SECRET not in status
    # Nothing saved anywhere: no profile file, no profile, the form kept for another try.
    assert not (config_dir() / "profiles.json").exists() and session.profiles() == []
    assert dialog.findChild(QLineEdit, "profileName").text() == "locked"
    assert dialog.findChild(QPushButton, "saveProfile").isEnabled() and not dialog.is_busy()
    # The close asked for meanwhile was dropped: the problem stays on screen to be read.
    qtbot.wait(50)
    assert dialog.isVisible()
