"""A table of remembered results that stays bounded in entries and in size, for the caches the
markdown parser and the preview's text measuring keep across parses and renders (issue 9)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedCache(Generic[K, V]):
    """Results by key, all forgotten at once when the table would hold more than ``max_items``
    entries or, with ``weigh``, more than ``max_weight`` of their keys' summed weight.

    The weight is what a count of entries misses: keys that are texts (a line, a table cell) are
    as long as the person's text, and a key typed in a 30 KB line makes a new 30 KB key each
    time, so 20,000 entries could be gigabytes. Forgotten all at once, not oldest first: there is
    no order to keep up and nothing is iterated, so the renderer on the GUI thread and a parse
    on a worker never meet a table changing under an iteration (each step is one dict call; the
    weight is a running estimate that a race may only make a little early or late to clear).
    """

    __slots__ = ("_items", "_max_items", "_max_weight", "_weigh", "_weight")

    def __init__(
        self, max_items: int, *, max_weight: int = 0, weigh: Callable[[K], int] | None = None
    ) -> None:
        self._items: dict[K, V] = {}
        self._max_items = max_items
        self._max_weight = max_weight
        self._weigh = weigh
        self._weight = 0

    def get(self, key: K) -> V | None:
        return self._items.get(key)

    def put(self, key: K, value: V) -> V:
        """Remember ``value`` for ``key`` (first forgetting everything if the table is full)."""
        if key in self._items:  # (a new value for a key held: no more room taken)
            self._items[key] = value
            return value
        weight = self._weigh(key) if self._weigh is not None else 0
        if len(self._items) >= self._max_items or (
            self._weigh is not None and self._weight + weight > self._max_weight
        ):
            self.clear()
        self._items[key] = value
        self._weight += weight
        return value

    def clear(self) -> None:
        self._items = {}
        self._weight = 0

    @property
    def weight(self) -> int:
        """The summed weight of the keys held (0 without ``weigh``)."""
        return self._weight

    def __len__(self) -> int:
        return len(self._items)
