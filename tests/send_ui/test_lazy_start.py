"""Opening the window leaves the send features' heavy parts for later (issue 10).

The keyring, the API client (httpx under it) and the accounts dialog are loaded when the Send
pane comes on screen or Accounts… is opened, and then work. Each case runs the window in a
fresh interpreter (this test process has loaded everything already) and reports what was
loaded at each step.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from designer.sandbox import SandboxServer
from designer.store.profiles import Profile

ROOT = Path(__file__).resolve().parents[2]

_WINDOW = """
import argparse, json, sys, time
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QListView, QTabBar
from designer._cli.gui import open_window
from designer.ui.worker import thread_pool

WATCHED = ("keyring", "httpx", "designer.feishu._client", "designer.ui.send.accounts_dialog")


def loaded():
    return [name for name in WATCHED if name in sys.modules]


def settle(until=lambda: True, seconds=10.0):
    # Let timers and background work started by the last step run (and end) first.
    deadline = time.monotonic() + seconds
    while True:
        QTest.qWait(20)
        thread_pool().waitForDone(100)
        QApplication.processEvents()
        if until() or time.monotonic() > deadline:
            return


window = open_window(argparse.Namespace(file=None, sandbox=False))
window.resize(1400, 900)
window.show()
QTest.qWaitForWindowExposed(window)
settle(seconds=0.5)
report = {"started": loaded()}
features = window.send_features
if sys.argv[1] == "send":
    # Click the Send tab, as a person does.
    for bar in window.findChildren(QTabBar):
        for index in range(bar.count()):
            if bar.tabText(index) == "Send" and bar.isVisible():
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    settle(lambda: features.picker.chat_model.rowCount() > 0 and not features.picker.is_loading())
    report["chats"] = features.picker.chat_model.rowCount()
else:
    features.accounts_action.trigger()  # Tools > Accounts…
    settle(seconds=0.5)
    dialog = window.findChild(QDialog, "accountsDialog")
    report["dialog_shown"] = dialog is not None and dialog.isVisible()
    report["profiles_listed"] = dialog.findChild(QListView, "profileList").model().rowCount()
    dialog.reject()
report["after"] = loaded()
features.shutdown()
print(json.dumps(report))
"""


def _window_run(step: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _WINDOW, step],
        cwd=ROOT,
        # The test's platform folders, offscreen Qt and Secret Service (tests/conftest.py).
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_first_start_loads_no_keyring_client_or_accounts_dialog_until_accounts_opens() -> None:
    result = _window_run("accounts")
    assert result["started"] == []
    # Accounts… loads the dialog (and what it needs) and it works: no profiles yet.
    assert result["dialog_shown"] is True
    assert result["profiles_listed"] == 0
    assert "designer.ui.send.accounts_dialog" in result["after"]  # type: ignore[operator]


def test_the_chats_load_when_the_send_pane_comes_on_screen(
    sandbox: SandboxServer, sandbox_profile: Profile
) -> None:
    result = _window_run("send")
    # A sandbox profile's address is read with httpx's parser when profiles load, so httpx
    # itself may be there; the keyring, the client and the network are not touched.
    started = result["started"]
    assert isinstance(started, list)
    assert {"keyring", "designer.feishu._client", "designer.ui.send.accounts_dialog"}.isdisjoint(started)
    # The Send tab: the secret is read, the client made, the bot's 4 chats listed.
    assert result["chats"] == 4
    assert {"keyring", "httpx", "designer.feishu._client"} <= set(result["after"])  # type: ignore[arg-type]
    assert "designer.ui.send.accounts_dialog" not in result["after"]  # type: ignore[operator]
