"""The sandbox's rate limits: sliding one-second and one-minute windows over arrival times.

A call is counted when it is let through; a refused call answers HTTP 429, code
99991400, with ``x-ogw-ratelimit-limit`` and ``x-ogw-ratelimit-reset`` [频控策略].
"""

from __future__ import annotations

import math
import threading
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Sequence

__all__ = ["Refusal", "SlidingWindows"]


class Refusal(tuple[int, int]):
    """(limit that was hit, whole seconds until it frees up)."""

    @property
    def limit(self) -> int:
        return self[0]

    @property
    def reset(self) -> int:
        return self[1]


class SlidingWindows:
    """Counts calls per key in sliding windows (thread-safe); time is ``clock`` (the sandbox's
    ``SandboxClock``, or any reading in seconds)."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._log: dict[tuple[str, float], list[float]] = {}  # arrival stamps, in order

    def admit(self, rules: Sequence[tuple[str, int, float]], at: float | None = None) -> Refusal | None:
        """Let a call that arrived ``at`` (default: now) through if every ``(key, limit, window
        seconds)`` rule allows it: no window of that length may hold more than ``limit`` calls.

        Calls are counted when they arrived, and threads can admit them in another order (one
        read late behind a slow request): a call is placed in order among those counted, and
        every window it falls in must have room. (Moving it up to the newest stamp instead
        would count a call as later than it came and refuse well-spaced calls after it.)
        """
        with self._lock:
            now = self._clock()
            # A call counts no earlier than one window of the longest rule ago (older stamps are
            # forgotten); a stamp from the future (a clock read before ``now``'s) is now.
            oldest = now - max((window for _key, _limit, window in rules), default=0.0)
            stamp = min(max(now if at is None else at, oldest), now)
            logs: list[list[float]] = []
            for key, limit, window in rules:
                times = self._log.setdefault((key, window), [])
                del times[: bisect_right(times, now - 2 * window)]
                if _fullest_window_with(times, stamp, window) >= limit:
                    wait = times[len(times) - limit] + window - stamp
                    return Refusal((limit, max(1, math.ceil(wait))))
                logs.append(times)
            for times in logs:
                insort(times, stamp)
            return None


def _fullest_window_with(times: list[float], stamp: float, window: float) -> int:
    """The most calls (already in ``times``, sorted) in any window of ``window`` seconds that a
    call at ``stamp`` would fall in: those ending at ``stamp`` or at a later call within
    ``window`` of it (a count changes only at a call)."""
    ends = [stamp, *times[bisect_right(times, stamp) : bisect_left(times, stamp + window)]]
    return max(bisect_right(times, end) - bisect_right(times, end - window) for end in ends)
