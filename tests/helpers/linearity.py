"""How the cost of a function grows with its input: for "is this linear" tests (issue 9).

A test compares the time of ``work(n)`` with ``work(8 * n)``; linear work grows about 8 times,
quadratic work about 64 times. The bound the tests use (30) leaves wide room for a shared,
noisy machine, and no absolute time is asserted. Time is the process's CPU time (time spent
waiting for a core shared with other processes is not work), each size is timed a few times
and the fastest run counts.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

# Linear work grows ~8x for 8x the input, quadratic ~64x: between them, with room for noise.
GROWTH_BOUND = 30.0
FACTOR = 8


def _fastest(work: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def growth(make: Callable[[int], Callable[[], object]], n: int, *, repeats: int = 3) -> float:
    """Time of ``make(FACTOR * n)()`` over time of ``make(n)()`` (each the fastest of ``repeats``).

    ``make(size)`` builds the input outside the timing and returns the work to time. The small
    size is run several times over (and its time divided), so it is long enough to measure.
    """
    small, large = make(n), make(FACTOR * n)
    small_time = _fastest(lambda: [small() for _ in range(FACTOR)], repeats) / FACTOR
    large_time = _fastest(large, repeats)
    return large_time / max(small_time, 1e-9)
