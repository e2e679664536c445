"""The sandbox's one clock: durations and dates moved on together; arrivals stamped on it."""

from __future__ import annotations

import socket
import time
from datetime import timedelta

import pytest

from designer.sandbox import SandboxServer
from designer.sandbox._clock import SandboxClock
from designer.sandbox._server import _ArrivalStamps


def test_advance_moves_the_seconds_and_the_date_together() -> None:
    clock = SandboxClock.manual(start=50.0)
    date = clock.now()
    clock.advance(15 * 86400)
    assert clock() == 50.0 + 15 * 86400
    assert clock.now() - date == timedelta(days=15)
    with pytest.raises(ValueError, match="does not go back"):
        clock.advance(-1)
    with pytest.raises(ValueError, match="does not go back"):
        clock.advance(float("nan"))


def test_a_sandbox_moved_on_expires_its_tokens_and_dates_its_messages_alike() -> None:
    # One clock: advance_clock once, and a token outlives its lifetime as a post ages past 14 days.
    with SandboxServer() as sandbox:
        before = (sandbox.clock(), sandbox.service.now())
        sandbox.advance_clock(3600)
        assert sandbox.clock() - before[0] >= 3600
        assert sandbox.service.now() - before[1] >= timedelta(hours=1)
        assert sandbox.clock is sandbox.service.clock


_HOLD = 0.5  # seconds the stamping thread is held up


def test_an_arrival_is_stamped_when_it_arrived_though_the_thread_was_held_up_while_reading_the_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Issue 9's loaded machine: the thread stamping a request is held up right between reading
    # the sandbox's clock and the machine's wall time. Read apart, the two clocks put the arrival
    # that much early (in the window before its own); read as a pair, it stays put. (The hold is
    # long, 0.5 s, so that a busy CI machine's own delays stay far inside the half of it allowed.)
    with socket.create_server(("127.0.0.1", 0)) as listener:
        sender = socket.create_connection(listener.getsockname())
        receiver, _address = listener.accept()
    try:
        clock = SandboxClock()
        stamps = _ArrivalStamps(receiver, clock)
        sender.sendall(b"POST / HTTP/1.1\r\n")
        sent_at = clock()
        time.sleep(0.01)  # the bytes are in; the kernel stamped them
        real_time = time.time
        held = [True]

        def held_up_once() -> float:
            if held:
                held.clear()
                time.sleep(_HOLD)
            return real_time()

        monkeypatch.setattr(time, "time", held_up_once)
        read = stamps.readinto(bytearray(64))
        arrived = stamps.arrival(read)  # (when the first of the bytes read, none used yet, arrived)
    finally:
        sender.close()
        receiver.close()
    assert abs(arrived - sent_at) < _HOLD / 2
