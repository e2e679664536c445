"""The sandbox's rate limits: sliding one-second and one-minute windows, like Feishu's gateway.

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
        self._log: dict[tuple[str, float], deque[float]] = {}

    def admit(self, rules: Sequence[tuple[str, int, float]]) -> Refusal | None:
        """Let a call through if every ``(key, limit, window seconds)`` rule allows it."""
        with self._lock:
            now = self._clock()
            for key, limit, window in rules:
                times = self._log.setdefault((key, window), deque())
                while times and times[0] <= now - window:
                    times.popleft()
                if len(times) >= limit:
                    wait = times[len(times) - limit] + window - now
                    return Refusal((limit, max(1, math.ceil(wait))))
            for key, _limit, window in rules:
                self._log[(key, window)].append(now)
            return None
