"""A clock that moves only when the test moves it: sandbox time (token expiry, rate-limit windows)
without sleeping. A test asks for the ``clock`` fixture; the ``sandbox`` and ``client`` fixtures
then go by it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest


class ManualClock:
    """Reads like ``time.monotonic`` (call it); ``advance(seconds)`` moves it on (thread-safe:
    the sandbox reads it from its request threads)."""

    def __init__(self, start: float = 1000.0) -> None:
        self._lock = threading.Lock()
        self._now = start

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError(f"a clock does not go back ({seconds} s)")
        with self._lock:
            self._now += seconds


def clock_of(request: pytest.FixtureRequest) -> Callable[[], float]:
    """The test's ``clock`` when it asked for one, else real time (for the fixtures that build
    a sandbox or a client)."""
    if "clock" in request.fixturenames:
        manual: ManualClock = request.getfixturevalue("clock")
        return manual
    return time.monotonic
