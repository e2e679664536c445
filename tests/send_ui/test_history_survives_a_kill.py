"""A bulk send records each delivery as it happens: a window killed midway keeps their history."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from designer.feishu._constants import BULK_WORKERS
from designer.sandbox import SandboxServer, demo
from designer.store.history import HistoryStore

REPO = Path(__file__).resolve().parents[2]

# The send panel of a window, sending one card to the 250 members of the big demo chat.
_SENDER = """
import sys
from PySide6.QtWidgets import QApplication
from designer.cards import parse
from designer.feishu import Recipient
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, demo
from designer.store.profiles import Profile
from designer.ui.send.send_panel import SendPanel
from designer.ui.send.session import SendSession
from designer.ui.send.target import SendTarget
from tests.helpers.cards import card_text
from tests.helpers.send_ui import CARD

app = QApplication(["sender"])
session = SendSession()
session.profile_store.save(Profile("bulk", "custom", DEMO_APP_ID, sys.argv[1]))
session.set_active("bulk")
session.keep_secret_in_memory("bulk", DEMO_APP_SECRET)
target = SendTarget()
target.set_chat(demo.BIG_CHAT_ID, "Big chat")
target.set_recipients([Recipient("open_id", member) for member in demo.chat(demo.BIG_CHAT_ID).member_ids])
panel = SendPanel(session, target, lambda: parse(card_text(CARD)))
panel.send_finished.connect(lambda report: app.exit(3))  # it must not get that far
panel.send()
app.exec()
"""


def test_a_bulk_send_killed_midway_has_every_delivery_in_the_history(sandbox: SandboxServer) -> None:
    members = len(demo.chat(demo.BIG_CHAT_ID).member_ids)
    sender = subprocess.Popen(
        [sys.executable, "-c", _SENDER, sandbox.base_url],
        cwd=REPO,
        env=dict(os.environ),
        stderr=subprocess.PIPE,
    )
    try:
        # Kill it (as a crash would) once a good part of the run is delivered, well before its end.
        deadline = time.monotonic() + 60
        while len(sandbox.inbox()) < 60 and sender.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert sender.poll() is None, sender.stderr.read().decode() if sender.stderr else ""
        os.kill(sender.pid, signal.SIGKILL)
    finally:
        sender.kill()
        sender.wait(30)
        if sender.stderr:
            sender.stderr.close()
    delivered = {entry.message_id for entry in sandbox.inbox()}
    assert 60 <= len(delivered) < members

    recorded = {entry.message_id for entry in HistoryStore().entries() if entry.status == "sent"}
    assert recorded <= delivered
    # At most the sends in flight when it died are missing: the server had taken them, their
    # answers had not come back. A bulk send keeps BULK_WORKERS requests going at once.
    assert len(delivered - recorded) <= BULK_WORKERS, f"{len(delivered - recorded)} of {len(delivered)} not recorded"
