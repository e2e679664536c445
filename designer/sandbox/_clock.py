"""The sandbox's one clock: seconds for what runs in seconds, dates for what is dated, moved on together.

Rate-limit windows, token lifetimes and the long connection's tickets go by ``clock()`` (a
monotonic reading); a posted message's date and the 14-day, 24-hour and 30-minute rules go by
``clock.now()`` (wall time). ``advance(seconds)`` moves both on at once, so a test tries a
time rule without waiting and the two never disagree. ``SandboxClock.manual()`` stands still
until advanced (a test's clock: tokens expire when the test says so); the default follows the
machine's time.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

__all__ = ["SandboxClock"]

# Readings of the machine's wall time taken further apart than this (the thread was held up
# between them) are taken again: their midpoint would be off by up to half the gap.
_PAIR_GAP = 0.0005
_PAIR_TRIES = 5


class SandboxClock:
    """Reads like ``time.monotonic`` (call it); ``now()`` is the date; ``advance`` moves both (thread-safe)."""

    def __init__(self, *, manual: bool = False, start: float = 1000.0) -> None:
        self._lock = threading.Lock()
        self._manual = manual
        self._offset = 0.0  # how far ``advance`` moved the clock on
        # A manual clock's readings: ``start`` and the date it was made, until advanced.
        self._start = start
        self._wall_start = time.time()

    @classmethod
    def manual(cls, start: float = 1000.0) -> SandboxClock:
        """A clock that moves only when ``advance`` is called (reads ``start`` until then)."""
        return cls(manual=True, start=start)

    def __call__(self) -> float:
        """Seconds, for durations (never goes back)."""
        with self._lock:
            offset = self._offset
        return (self._start if self._manual else time.monotonic()) + offset

    def wall(self) -> float:
        """Seconds since the epoch, moved on by ``advance``."""
        with self._lock:
            offset = self._offset
        return (self._wall_start if self._manual else time.time()) + offset

    def now(self) -> datetime:
        """The date, moved on by ``advance`` (what a message's time and the day rules read)."""
        return datetime.fromtimestamp(self.wall(), UTC)

    def advance(self, seconds: float) -> None:
        """Move the clock on by ``seconds``: durations and dates alike."""
        seconds = float(seconds)
        if not seconds >= 0:
            raise ValueError(f"a clock does not go back ({seconds} s)")
        with self._lock:
            self._offset += seconds

    def reading_at(self, machine_stamp: float) -> float:
        """What this clock read at ``machine_stamp`` (the machine's wall time, e.g. the kernel's
        receive time of a packet): the reading now, less how long ago that was.

        The machine's wall time is read just before and just after this clock, and again when
        the thread was held up in between: read apart, the two clocks would place the stamp as
        much earlier as the thread waited (on a loaded machine tens of milliseconds, enough to
        count a well-paced call in the window before its own).
        """
        for _ in range(_PAIR_TRIES):
            before = time.time()
            reading = self()
            after = time.time()
            if after - before <= _PAIR_GAP:
                break
        age = (before + after) / 2 - machine_stamp
        return reading - max(0.0, age)
