"""A chat or member load that was replaced (reload, profile switch, another chat picked)
delivers nothing: only the newest load's chats and members are listed, its failure alone is
shown, and the newest load stays the one that can be cancelled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QListView

from designer.sandbox import SandboxServer, demo
from designer.store.profiles import Profile
from designer.store.settings import RecentChat
from designer.ui.roles import ItemRole
from designer.ui.send.recipient_picker import Listing, RecipientPicker
from designer.ui.send.session import SendSession
from designer.ui.send.target import SendTarget
from designer.ui.worker import thread_pool
from tests.helpers.send_ui import shot


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


# -- member loads ----------------------------------------------------------------------------
# A person picks a recent chat the bot has since left (its member load fails, slowly: the
# sandbox stalls it) and, while it is still loading, picks another chat in the list. The
# replaced load must not speak for the chat picked after it.


def _members_path(chat_id: str) -> str:
    return f"/open-apis/im/v1/chats/{chat_id}/members"


def _picker_with_left_chat_in_recents(
    qtbot, session: SendSession, profile: Profile, *, page_size: int = 100
) -> RecipientPicker:
    session.remember(profile.name, RecentChat(chat_id=demo.LEFT_CHAT_ID, name="旧项目群 Legacy Project"), [])
    picker = RecipientPicker(session, SendTarget(), page_size=page_size)
    qtbot.addWidget(picker)
    picker.resize(480, 720)
    picker.show()
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)
    return picker


def _pick_recent_chat(picker: RecipientPicker, name: str) -> None:
    recent = picker.findChild(QComboBox, "recentChats")
    row = recent.findText(name)
    assert row > 0, f"{name!r} not among the recent chats"
    recent.setCurrentIndex(row)
    recent.activated.emit(row)  # what choosing it in the open drop-down sends


def _click_chat(qtbot, picker: RecipientPicker, chat_id: str) -> None:
    view = picker.findChild(QListView, "chatList")
    row = picker.chat_model.row_of(chat_id)
    index = view.model().index(row, 0)
    assert index.data(ItemRole.OBJECT).chat_id == chat_id
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _all_delivered(qtbot, running: int = 0) -> None:
    """Wait until no more than ``running`` background runs are left, then deliver what the
    others sent (their callbacks are queued to this thread before their run ends)."""
    pool = thread_pool()
    qtbot.waitUntil(lambda: pool.activeThreadCount() <= running, timeout=10_000)
    QApplication.processEvents()


def test_a_replaced_member_load_does_not_report_its_failure_for_the_next_chat(
    qtbot, session: SendSession, sandbox: SandboxServer, sandbox_profile: Profile
) -> None:
    picker = _picker_with_left_chat_in_recents(qtbot, session, sandbox_profile)
    failures: list[str] = []
    picker.load_failed.connect(failures.append)
    sandbox.faults.stall_next(1.0, path=_members_path(demo.LEFT_CHAT_ID))

    _pick_recent_chat(picker, "旧项目群 Legacy Project")
    with qtbot.waitSignal(picker.members_loaded, timeout=10_000) as loaded:
        _click_chat(qtbot, picker, demo.TEAM_CHAT_ID)
    assert loaded.args == [demo.TEAM_CHAT_ID, 8]
    _all_delivered(qtbot)  # the left chat's failure came back meanwhile

    assert failures == []
    assert "Could not load members" not in picker.progress_text(Listing.MEMBERS)
    assert picker.member_model.rowCount() == 8
    assert not picker.is_loading()
    shot(picker, "3c-replaced-member-load")


def test_a_replaced_member_load_does_not_end_the_next_load(
    qtbot, session: SendSession, sandbox: SandboxServer, sandbox_profile: Profile
) -> None:
    picker = _picker_with_left_chat_in_recents(qtbot, session, sandbox_profile)
    failures: list[str] = []
    picker.load_failed.connect(failures.append)
    sandbox.faults.stall_next(0.3, path=_members_path(demo.LEFT_CHAT_ID))
    sandbox.faults.stall_next(3.0, path=_members_path(demo.TEAM_CHAT_ID))

    _pick_recent_chat(picker, "旧项目群 Legacy Project")
    _click_chat(qtbot, picker, demo.TEAM_CHAT_ID)
    _all_delivered(qtbot, running=1)  # the left chat's load failed; the team's is stalled

    assert picker.is_loading()
    assert picker.progress_text(Listing.MEMBERS).startswith("Loading members")
    assert failures == []
    with qtbot.waitSignal(picker.members_loaded, timeout=10_000) as loaded:
        pass
    assert loaded.args == [demo.TEAM_CHAT_ID, 8]
    assert not picker.is_loading() and picker.member_model.rowCount() == 8


def test_the_load_that_replaced_a_member_load_can_still_be_cancelled(
    qtbot, session: SendSession, sandbox: SandboxServer, sandbox_profile: Profile
) -> None:
    # 250 members, 50 a page: five requests unless the load is cancelled after the first.
    picker = _picker_with_left_chat_in_recents(qtbot, session, sandbox_profile, page_size=50)
    sandbox.faults.stall_next(0.3, path=_members_path(demo.LEFT_CHAT_ID))
    sandbox.faults.stall_next(2.0, path=_members_path(demo.BIG_CHAT_ID))

    _pick_recent_chat(picker, "旧项目群 Legacy Project")
    _click_chat(qtbot, picker, demo.BIG_CHAT_ID)
    _all_delivered(qtbot, running=1)  # the left chat's load failed; the big chat's is stalled

    picker.close()  # cancels the loads
    _all_delivered(qtbot)
    assert len(sandbox.requests(_members_path(demo.BIG_CHAT_ID))) == 1
    assert picker.member_model.rowCount() == 0
