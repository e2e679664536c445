"""A clock that moves only when the test moves it: sandbox time (token expiry, rate-limit windows,
message dates) without sleeping. A test asks for the ``clock`` fixture; the ``sandbox`` and
``client`` fixtures then go by it. It is the sandbox's own clock (``SandboxClock``), standing
still: ``clock.advance`` and ``sandbox.advance_clock`` are the same move."""

from __future__ import annotations

import pytest

from designer.sandbox._clock import SandboxClock


class ManualClock(SandboxClock):
    """Reads like ``time.monotonic`` (call it), still until ``advance(seconds)`` moves it on
    (thread-safe: the sandbox reads it from its request threads)."""

    def __init__(self, start: float = 1000.0) -> None:
        super().__init__(manual=True, start=start)


def clock_of(request: pytest.FixtureRequest) -> SandboxClock | None:
    """The test's ``clock`` when it asked for one, else None: the sandbox keeps the machine's time."""
    if "clock" in request.fixturenames:
        manual: ManualClock = request.getfixturevalue("clock")
        return manual
    return None
