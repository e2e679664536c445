"""A chat load that was replaced (reload, profile switch) delivers nothing: only the newest
load's chats are listed, and the newest load stays the one that can be cancelled."""

from __future__ import annotations

from designer.sandbox import SandboxServer
from designer.ui.send.recipient_picker import RecipientPicker
from designer.ui.send.session import SendSession
from designer.ui.send.target import SendTarget


def test_a_replaced_chat_load_delivers_nothing(qtbot, session: SendSession, sandbox: SandboxServer) -> None:
    picker = RecipientPicker(session, SendTarget())
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)

    loaded: list[int] = []
    picker.chats_loaded.connect(loaded.append)
    picker.load_chats()  # replaced at once by the next one, while its page may be on its way
    picker.load_chats()
    qtbot.waitUntil(lambda: len(loaded) >= 1, timeout=10_000)
    qtbot.wait(300)  # time for the first load's late page and result, if they were delivered
    assert loaded == [4]
    ids = [picker.chat_model.index(row).data() for row in range(picker.chat_model.rowCount())]
    assert picker.chat_model.rowCount() == 4, ids
    assert not picker.is_loading()
