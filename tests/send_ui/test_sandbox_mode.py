"""``card-designer --sandbox``: the server starts in the background, a Sandbox profile for this
run only is selected (in memory, its secret too: never the profiles file nor the keyring), the
inbox shows what each member got, and quitting stops the server; a person's own profiles, and
which one is active, are never touched, even by a run that is killed."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtWidgets import QMessageBox

from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, demo
from designer.store import credentials
from designer.store.paths import config_dir
from designer.store.profiles import Profile, ProfileStore
from designer.ui import MainWindow
from designer.ui.send import SendFeatures
from designer.ui.send.sandbox_mode import SANDBOX_PROFILE
from tests.helpers.cards import card_text
from tests.helpers.send_ui import CARD, shot, show_send_pane


@pytest.fixture
def sandbox_window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    path = tmp_path / "card.json"
    path.write_text(card_text(CARD), encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow(str(path), sandbox=True)
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    yield window
    window.send_features.shutdown()


def _started(qtbot, window: MainWindow) -> SendFeatures:
    features: SendFeatures = window.send_features
    assert features.sandbox_mode is not None
    qtbot.waitUntil(lambda: features.sandbox_mode.server is not None, timeout=10_000)
    return features


def _port_open(url: str) -> bool:
    parts = urlsplit(url)
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex((parts.hostname, parts.port)) == 0


def test_sandbox_mode_selects_its_profile_and_shows_the_inbox(
    qtbot, secret_service: None, sandbox_window: MainWindow
) -> None:
    # A profile of the user's own was active before: it comes back after the sandbox run.
    store = ProfileStore()
    store.save(Profile(name="work", region="feishu", app_id="cli_work0001"))
    store.active_name = "work"

    saved = (config_dir() / "profiles.json").read_bytes()

    features = _started(qtbot, sandbox_window)
    server = features.sandbox_mode.server
    window_store = features.session.profile_store
    assert window_store.active_name == SANDBOX_PROFILE
    profile = window_store.get(SANDBOX_PROFILE)
    assert profile is not None and profile.base_url == server.base_url and profile.app_id == DEMO_APP_ID
    assert features.status_label.text() == f"Profile: {SANDBOX_PROFILE}"
    # This run's only: not in the profiles file (nor its secret in the keyring).
    assert (config_dir() / "profiles.json").read_bytes() == saved
    assert store.active_name == "work" and store.get(SANDBOX_PROFILE) is None
    assert credentials.get_secret(SANDBOX_PROFILE) is None

    picker = features.picker
    show_send_pane(qtbot, sandbox_window)
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)
    assert picker.select_chat(demo.TEAM_CHAT_ID)
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.member_model.rowCount() == 8, timeout=10_000)
    assert picker.select_member(demo.ZHANG_WEI_OPEN_ID, tick=True)
    assert picker.select_member(demo.ALICE_OPEN_ID, tick=True)
    with qtbot.waitSignal(features.panel.send_finished, timeout=15_000) as finished:
        features.panel.send()
    assert finished.args[0].sent == 2

    inbox = features.inbox
    assert inbox is not None
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 2, timeout=5_000)
    names = {inbox.model.entry(row).recipient_name for row in range(2)}
    assert names == {"张伟", "Alice Chen"}
    assert inbox.shown_message_id() in {e.message_id for e in server.inbox()}
    assert inbox.card_view.document() is not None
    assert inbox.card_view.document().card == json.loads(card_text(CARD))
    features.inbox_dock.raise_()
    shot(sandbox_window, "8-sandbox-inbox")
    sandbox_window.set_theme("dark")  # app-wide: set back at once for the tests that follow
    try:
        features.send_dock.raise_()
        shot(sandbox_window, "10-send-dark")
    finally:
        sandbox_window.set_theme("light")

    # Quit: the server stops, the user's own profile is active again.
    url = server.base_url
    assert _port_open(url)
    features.shutdown()
    assert not _port_open(url)
    assert store.active_name == "work" and window_store.active_name == "work"
    assert window_store.get(SANDBOX_PROFILE) is None and credentials.get_secret(SANDBOX_PROFILE) is None
    assert (config_dir() / "profiles.json").read_bytes() == saved


def test_sandbox_without_a_keyring_keeps_the_secret_in_memory_only(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    try:
        window = MainWindow(sandbox=True)
        qtbot.addWidget(window)
        features = _started(qtbot, window)
        picker = features.picker
        show_send_pane(qtbot, window)
        # The demo secret in memory is enough to use the sandbox.
        qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)
        features.shutdown()
    finally:
        keyring.set_keyring(previous)
    for file in (tmp_path / "xdg").rglob("*"):
        if file.is_file():
            assert DEMO_APP_SECRET.encode() not in file.read_bytes(), file


def test_closing_the_window_stops_the_sandbox(
    qtbot, secret_service: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shiboken6

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow(sandbox=True)
    features = _started(qtbot, window)
    url = features.sandbox_mode.server.base_url
    assert _port_open(url)
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5_000)
    # Stopped once the window's own background work (a chat load may be on its way) ended.
    qtbot.waitUntil(lambda: not _port_open(url), timeout=10_000)
    assert ProfileStore().get(SANDBOX_PROFILE) is None


def test_a_persons_own_sandbox_profile_is_untouched_by_a_sandbox_run(
    qtbot, secret_service: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The person made a profile of their own named "Sandbox" before, and uses it.
    mine = Profile(
        name=SANDBOX_PROFILE, region="custom", app_id="cli_mine0001", base_url="http://127.0.0.1:9"
    )
    store = ProfileStore()
    store.save(mine)
    store.active_name = SANDBOX_PROFILE
    credentials.set_secret(SANDBOX_PROFILE, "my own secret")
    saved = (config_dir() / "profiles.json").read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow(sandbox=True)
    qtbot.addWidget(window)
    try:
        features = _started(qtbot, window)
        window_store = features.session.profile_store
        run_name = window_store.active_name
        assert run_name == f"{SANDBOX_PROFILE} 2" == features.sandbox_mode.profile_name
        assert window_store.get(run_name).base_url == features.sandbox_mode.server.base_url
        assert window_store.get(SANDBOX_PROFILE) == mine
        # The run's profile works (its secret is in memory) …
        picker = features.picker
        show_send_pane(qtbot, window)
        qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)
        features.shutdown()
        # … and the person's profile, its secret and their choice of active profile are as they were.
        assert (config_dir() / "profiles.json").read_bytes() == saved
        assert credentials.get_secret(SANDBOX_PROFILE) == "my own secret"
        assert window_store.active() == mine and ProfileStore().active() == mine
        assert window_store.get(run_name) is None
    finally:
        window.send_features.shutdown()
        credentials.delete_secret(SANDBOX_PROFILE)


# A window with --sandbox in a process of its own; it says when the sandbox profile is active.
_SANDBOX_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication
from designer.ui import MainWindow

app = QApplication(["sandbox-window"])
window = MainWindow(sandbox=True)
mode = window.send_features.sandbox_mode
mode.started.connect(lambda url: print("started", window.send_features.session.profile_store.active_name, flush=True))
mode.failed.connect(lambda message: (print("failed", message, flush=True), app.exit(1)))
window.show()
app.exec()
"""


def test_a_killed_sandbox_run_leaves_nothing_active(secret_service: None) -> None:
    store = ProfileStore()
    store.save(Profile(name="work", region="feishu", app_id="cli_work0001"))
    store.active_name = "work"
    saved = (config_dir() / "profiles.json").read_bytes()
    window = subprocess.Popen(
        [sys.executable, "-c", _SANDBOX_WINDOW],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert window.stdout is not None
        assert window.stdout.readline().split() == ["started", SANDBOX_PROFILE]
        os.kill(window.pid, signal.SIGKILL)  # as a crash would: nothing runs at its end
    finally:
        window.kill()
        window.wait(30)
        if window.stdout is not None:
            window.stdout.close()
    assert (config_dir() / "profiles.json").read_bytes() == saved
    assert ProfileStore().active_name == "work" and ProfileStore().names() == ["work"]
    assert credentials.get_secret(SANDBOX_PROFILE) is None
