"""The sandbox's rate limits: sliding one-second and one-minute windows over arrival times.

A call is counted when it is let through; a refused call answers HTTP 429, code
99991400, with ``x-ogw-ratelimit-limit`` and ``x-ogw-ratelimit-reset`` [频控策略].
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
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
        self._log: dict[tuple[str, float], deque[float]] = {}  # stamps in order

    def admit(self, rules: Sequence[tuple[str, int, float]], at: float | None = None) -> Refusal | None:
        """Let a call that arrived ``at`` (default: now) through if every ``(key, limit, window
        seconds)`` rule allows it.

        Calls are stamped when their request line arrived, and two calls can be admitted in
        the other order (threads). A stamp earlier than one already counted is moved up to it,
        so the log stays in order and no window ever holds more than ``limit`` calls.
        """
        with self._lock:
            now = self._clock()
            stamp = now if at is None else min(at, now)
            placed: list[tuple[deque[float], float]] = []
            for key, limit, window in rules:
                times = self._log.setdefault((key, window), deque())
                while times and times[0] <= now - 2 * window:
                    times.popleft()
                effective = max(stamp, times[-1]) if times else stamp
                inside = _count_after(times, effective - window)
                if inside >= limit:
                    wait = times[len(times) - limit] + window - effective
                    return Refusal((limit, max(1, math.ceil(wait))))
                placed.append((times, effective))
            for times, effective in placed:
                times.append(effective)
            return None


def _count_after(times: deque[float], edge: float) -> int:
    """How many stamps (in order) are later than ``edge``, counting from the newest."""
    count = 0
    for stamp in reversed(times):
        if stamp <= edge:
            break
        count += 1
    return count
