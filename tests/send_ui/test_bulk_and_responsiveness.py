"""Paged member loading, a bulk send with Cancel, and the GUI thread staying free during sends."""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLineEdit, QProgressBar, QToolButton, QVBoxLayout, QWidget

from designer.cards import parse
from designer.feishu import DeliveryStatus, Recipient
from designer.sandbox import SandboxServer, demo
from designer.ui.send.recipient_picker import RecipientPicker
from designer.ui.send.send_panel import SendPanel
from designer.ui.send.session import SendSession
from designer.ui.send.target import SendTarget
from tests.helpers.cards import card_text
from tests.helpers.send_ui import CARD, shot


def _pane(
    qtbot, session: SendSession, *, page_size: int = 100
) -> tuple[QWidget, RecipientPicker, SendPanel, SendTarget]:
    target = SendTarget()
    host = QWidget()
    picker = RecipientPicker(session, target, page_size=page_size)
    panel = SendPanel(session, target, lambda: parse(card_text(CARD)))
    layout = QVBoxLayout(host)
    layout.addWidget(picker, 3)
    layout.addWidget(panel, 2)
    qtbot.addWidget(host)
    host.resize(520, 900)
    host.show()
    return host, picker, panel, target


def test_members_arrive_page_by_page_and_bulk_send_can_be_cancelled(
    qtbot, session: SendSession, sandbox: SandboxServer
) -> None:
    host, picker, panel, target = _pane(qtbot, session, page_size=50)
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)

    batches: list[int] = []
    picker.member_model.rowsInserted.connect(lambda parent, first, last: batches.append(last - first + 1))
    progress_seen: list[str] = []
    bar = picker.findChild(QProgressBar, "memberProgress")
    bar.valueChanged.connect(lambda value: progress_seen.append(bar.format()))
    assert picker.select_chat(demo.BIG_CHAT_ID)
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.member_model.rowCount() == 250, timeout=15_000)
    assert batches == [50, 50, 50, 50, 50]
    assert (
        progress_seen[0] == "Loading members… 50 of 250"
        and progress_seen[-1] == "Loading members… 250 of 250"
    )

    # Search, then tick every member (the "All" button ticks those shown: clear the search first).
    qtbot.keyClicks(picker.findChild(QLineEdit, "memberSearch"), "wang")
    shown = picker.findChild(type(picker.members.view), "memberList").model().rowCount()
    assert 0 < shown < 250
    picker.findChild(QLineEdit, "memberSearch").clear()
    picker.findChild(QToolButton, "selectAllMembers").click()
    assert len(target.recipients) == 250

    sandbox.faults.slow_sends(0.05)
    with qtbot.waitSignal(panel.send_started):
        panel.send()
    assert panel.is_sending() and panel.findChild(QProgressBar, "sendProgress").isVisible()
    qtbot.waitUntil(lambda: panel.results.counts()[DeliveryStatus.SENT] >= 15, timeout=15_000)
    shot(host, "9-bulk-sending")
    with qtbot.waitSignal(panel.send_finished, timeout=20_000) as finished:
        panel.cancel()
    report = finished.args[0]
    assert report.cancelled_by_user
    assert (
        report.sent >= 15 and report.cancelled > 0 and report.sent + report.failed + report.cancelled == 250
    )
    # Nothing more arrives after the cancel, and every card sent is in someone's inbox.
    time.sleep(0.3)
    assert len(sandbox.inbox()) == report.sent
    counts = panel.results.counts()
    assert (counts[DeliveryStatus.SENT], counts[DeliveryStatus.CANCELLED], counts[None]) == (
        report.sent,
        report.cancelled,
        0,
    )
    assert "Cancelled." in panel.status_text() and f"{report.sent} sent" in panel.status_text()
    # The history has exactly the cards that went out (the untried ones are not "sends").
    entries = session.history_store.entries()
    assert sorted(e.message_id for e in entries if e.status == "sent") == sorted(
        e.message_id for e in sandbox.inbox()
    )
    shot(host, "9-bulk-cancelled")


class _PaintCounter(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1


def test_the_gui_thread_is_never_blocked_during_a_slow_send(
    qtbot, session: SendSession, sandbox: SandboxServer
) -> None:
    host, _picker, panel, target = _pane(qtbot, session)
    counter = _PaintCounter()
    host.layout().addWidget(counter)
    counter.setMinimumHeight(20)
    qtbot.waitExposed(host)
    target.set_chat(demo.TEAM_CHAT_ID, "team")
    target.set_recipients([Recipient("open_id", demo.ALICE_OPEN_ID, "Alice Chen")])
    sandbox.faults.slow_sends(1.5)  # each send takes 1.5 s at the server

    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: (ticks.append(clock.elapsed()), counter.update()))
    timer.start()
    paints_before = counter.paints
    with qtbot.waitSignal(panel.send_finished, timeout=15_000) as finished:
        panel.send()
    timer.stop()
    assert finished.args[0].sent == 1
    duration = ticks[-1] - ticks[0]
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    print(
        f"send took ~{duration} ms: {len(ticks)} timer ticks, longest gap {max(gaps)} ms, {counter.paints - paints_before} repaints"
    )
    assert duration >= 1400  # the send really was slow...
    assert len(ticks) >= 30  # ...and the 20 ms timer kept firing all along
    assert max(gaps) < 500
    assert counter.paints - paints_before >= 20  # the window kept repainting


def test_a_bulk_send_lists_each_member_and_a_failure_shows_its_hint(
    qtbot, session: SendSession, sandbox: SandboxServer
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from designer.feishu import UserOutsideAvailability

    host, picker, panel, _target = _pane(qtbot, session)
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)
    picker.select_chat(demo.TEAM_CHAT_ID)
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.member_model.rowCount() == 8, timeout=10_000)
    picker.member_model.set_all_checked(True)
    with qtbot.waitSignal(panel.send_finished, timeout=15_000) as finished:
        panel.send()
    report = finished.args[0]
    assert (report.sent, report.failed) == (7, 1)
    hint = UserOutsideAvailability.default_hint
    assert "7 sent, 1 failed" in panel.status_text() and hint in panel.status_text()
    table = panel.findChild(QTableView, "sendResults")
    assert table.isVisible() and panel.results.rowCount() == 8
    failed_row = next(row for row in range(8) if panel.results.item(row).status == "failed")
    assert panel.results.index(failed_row, 0).data() == "陈静"
    assert panel.results.index(failed_row, 1).data() == "failed"
    assert hint in panel.results.index(failed_row, 2).data(Qt.ItemDataRole.ToolTipRole)
    # Choosing a sent row shows its message id; a failed one its hint.
    sent_row = 0 if failed_row else 1
    table.selectRow(sent_row)
    assert panel.message_id() == panel.results.item(sent_row).message_id
    table.selectRow(failed_row)
    assert hint in panel.status_text()
    shot(host, "9b-bulk-with-a-failure")
