"""The caches kept across parses and renders stay bounded in entries and in size (issue 9: a key
typed in a 30 KB line made a new 30 KB cache key each time, about 1 MB a key, never freed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from designer.bounded_cache import BoundedCache
from designer.cards import markdown


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.text(max_size=40), max_size=200), st.integers(1, 20), st.integers(1, 120))
def test_the_table_never_holds_more_than_its_bounds(keys: list[str], items: int, weight: int) -> None:
    cache: BoundedCache[str, int] = BoundedCache(items, max_weight=weight, weigh=len)
    for number, key in enumerate(keys):
        assert cache.put(key, number) == number
        assert cache.get(key) == number  # what was just put is there
        assert len(cache) <= items
        # One key heavier than the bound is kept alone (it was asked for); otherwise within it.
        assert cache.weight <= max(weight, len(key))
        assert cache.weight == sum(len(k) for k in cache._items)


def test_keys_typed_into_a_long_line_do_not_pile_up() -> None:
    line = "word **bold** <br> " * 1_600  # ~30 KB, one line
    markdown.clear_inline_cache()
    for index in range(100):  # a key typed at 100 places: 100 new lines of 30 KB (3 MB)
        edited = line[: index * 97] + "x" + line[index * 97 :]
        markdown.parse_markdown(edited)
    # Without a bound on size the cache held all 100 lines: 3 MB of keys, and their runs.
    assert markdown._LINES.weight <= 2_000_000
    assert len(markdown._LINES) < 100
