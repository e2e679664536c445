"""The sandbox's rate limits: sliding one-second and one-minute windows over arrival times.

A call is counted when it is let through; a refused call answers HTTP 429, code
99991400, with ``x-ogw-ratelimit-limit`` and ``x-ogw-ratelimit-reset`` [频控策略].
"""

from __future__ import annotations

import bisect
import math
import threading
import time
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
    """Counts calls per key in sliding windows (thread-safe)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._log: dict[tuple[str, float], list[float]] = {}  # sorted stamps

    def admit(self, rules: Sequence[tuple[str, int, float]], at: float | None = None) -> Refusal | None:
        """Let a call that arrived ``at`` (default: now) through if every ``(key, limit, window
        seconds)`` rule allows it. Calls are stamped when their request line arrived, which
        under load can be out of order with the moment they are admitted: stamps are kept
        sorted and a call counts the ones within ``window`` before it, as the gateway would
        have on its arrival."""
        with self._lock:
            now = self._clock()
            stamp = now if at is None else min(at, now)
            for key, limit, window in rules:
                times = self._log.setdefault((key, window), [])
                del times[: bisect.bisect_right(times, now - 2 * window)]
                lo = bisect.bisect_right(times, stamp - window)
                hi = bisect.bisect_right(times, stamp)
                before = hi - lo  # calls in (stamp - window, stamp]
                if before >= limit:
                    wait = times[hi - limit] + window - stamp
                    return Refusal((limit, max(1, math.ceil(wait))))
            for key, _limit, window in rules:
                bisect.insort(self._log[(key, window)], stamp)
            return None
