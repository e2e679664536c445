"""Numbers in a card: the one place that reads a Feishu px / number value and knows its range.

Feishu writes sizes as ``"12px"``, ``"8px 12px"`` (paddings, margins), bare JSON numbers (weights,
``custom_width``) or names (``"medium"`` spacing). ``read_number`` turns one such value into a
float; ``NUMBER_RANGES`` holds the range each field has on Feishu's component pages.

Two readers share them, so they never disagree about what a value means:

* ``lint`` reports a value outside its range, and a number that is not finite (``"nanpx"``,
  ``"infpx"``, the literal ``1e400`` which Python reads as infinity) as an error with its place;
* the renderer reads the same value through ``bounded`` / ``bounded_box``, which clamp it into
  the range (and into ``MAX_GEOMETRY`` where Feishu sets no upper bound), so geometry never
  sees inf, NaN or 1e308 however wrong the card is.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from designer.cards.jsontext import join_pointer
from designer.cards.placeholders import filled_in_later, is_placeholder
from designer.cards.schema import quoted
from designer.messages import Message, Text

RANGE_OR_WORDS = Text("{range} or {words}")
NOT_FINITE = Text("{value} is not a finite number")
OUTSIDE_RANGE = Text("{value} is outside {range}")
NOT_WHOLE = Text("{value} is not a whole number")
DIGITS = Text("a {digits}-digit number")

# card-json-v2-structure.md (body.vertical_spacing, horizontal_spacing): the named spacings.
SPACING_NAMES: dict[str, int] = {"small": 4, "medium": 8, "large": 12, "extra_large": 16}

# No Feishu size goes past a few hundred px (an unbounded "[100,∞)px" button width is cut to the
# card's width anyway); the renderer never computes with more than this, so sums of many
# clamped values stay far from a float's or Qt's int range.
MAX_GEOMETRY = 10_000.0


@dataclass(frozen=True, slots=True)
class NumberRange:
    """What one field accepts: ``low..high`` in ``unit`` (``"px"``, or ``""`` for a bare number).

    ``integer``: only whole numbers (weights, counts). ``names``: words that stand for a value
    (spacing ``"medium"``); ``keywords``: other words the field takes (``"auto"``, ``"fill"``),
    which carry no number. ``box``: up to four values, as CSS writes padding and margin.
    ``bare``: a px field that also takes a bare JSON number (``custom_width`` in 1.0); for the
    others a number is the schema's wrong-type, not a range problem.
    """

    low: float
    high: float
    unit: str = "px"
    integer: bool = False
    names: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    box: bool = False
    bare: bool = False

    def describe(self) -> str:
        high = "∞" if math.isinf(self.high) else f"{self.high:g}"
        span = f"{self.low:g}..{high}{self.unit}"
        words = self.names + self.keywords
        return RANGE_OR_WORDS(range=span, words=", ".join(words)) if words else span


SPACING = NumberRange(0, 99, names=tuple(SPACING_NAMES))
MARGIN = NumberRange(-99, 99, box=True)
PADDING = NumberRange(0, 99, box=True)
# Any size at all: a field whose page gives no range (the renderer still caps it at MAX_GEOMETRY).
ANY_SIZE = NumberRange(0, math.inf)
_RADIUS = ANY_SIZE  # "[0,∞]px" (or "[0,100]%", which has no number in px)
_CONTROL_WIDTH = NumberRange(100, math.inf, keywords=("default", "fill"))

# (component tag or None for any, member) -> the range Feishu documents for it. The tag is the
# ``tag`` of the object holding the member; for members of an untagged object (a collapsible
# panel's header, a column's border) it is the tag one level up.
NUMBER_RANGES: dict[tuple[str | None, str], NumberRange] = {
    # card-json-v2-structure.md and every 2.0 container page
    (None, "margin"): MARGIN,
    (None, "padding"): PADDING,
    (None, "vertical_spacing"): SPACING,
    (None, "horizontal_spacing"): SPACING,
    (None, "corner_radius"): _RADIUS,
    # column-set.md
    ("column", "width"): NumberRange(16, 600, keywords=("auto", "weighted")),
    ("column", "weight"): NumberRange(1, 5, unit="", integer=True),
    # image.md: custom_width 278..580 px (a number in 1.0, "300px" in 2.0 examples); size
    # "[1,1000]px [1,1000]px"
    ("img", "custom_width"): NumberRange(278, 580, bare=True),
    ("img", "size"): NumberRange(
        1, 1000, box=True, keywords=("large", "medium", "small", "tiny", "stretch", "stretch_without_padding")
    ),
    # interactive-container.md
    ("interactive_container", "width"): NumberRange(16, 999, keywords=("fill", "auto")),
    ("interactive_container", "height"): NumberRange(10, 999, keywords=("auto",)),
    # chart.md
    ("chart", "height"): NumberRange(1, 999, keywords=("auto",)),
    # button.md, input.md, the select and picker pages, audio.md: "default", "fill" or "[100,∞)px"
    **{
        (tag, "width"): _CONTROL_WIDTH
        for tag in (
            "audio",
            "button",
            "input",
            "select_static",
            "multi_select_static",
            "select_person",
            "multi_select_person",
            "date_picker",
            "picker_time",
            "picker_datetime",
            "overflow",
        )
    },
    # table.md
    ("table", "page_size"): NumberRange(1, 10, unit="", integer=True),
    ("table", "row_height"): NumberRange(32, 124, keywords=("low", "middle", "high", "auto")),
    ("table", "row_max_height"): NumberRange(32, 999),
    # table.md: columns[].format.precision, decimals shown of a number column; columns[].width
    # "auto", [80,600]px or [1,100]% (a percentage is not checked in px)
    ("table", "precision"): NumberRange(0, 10, unit="", integer=True),
    ("table", "width"): NumberRange(80, 600, keywords=("auto",)),
    # input.md
    ("input", "max_length"): NumberRange(1, 1000, unit="", integer=True),
    ("input", "rows"): NumberRange(1, 999, unit="", integer=True),
    ("input", "max_rows"): NumberRange(1, 999, unit="", integer=True),
    # plain-text.md / user-list.md: lines at least 1
    (None, "lines"): NumberRange(1, 999, unit="", integer=True),
    # collapsible-panel.md
    ("collapsible_panel", "icon_expanded_angle"): NumberRange(-180, 180, unit="", integer=True),
}


# The names that are a number field of some component. Lint asks about every member of every
# component: most names are no number field at all.
NUMBER_FIELD_NAMES = frozenset(key for _, key in NUMBER_RANGES)


def range_for(tag: str | None, key: str) -> NumberRange | None:
    """The documented range of member ``key`` of a component ``tag`` (None: not a number field)."""
    if key not in NUMBER_FIELD_NAMES:
        return None
    return NUMBER_RANGES.get((tag, key)) or NUMBER_RANGES.get((None, key))


def read_number(value: Any, unit: str = "px") -> float | None:
    """A JSON number, or for a px field a string ``"12"`` / ``"12px"``, as a float; None when it
    is no number.

    The float may be infinite or NaN (``"infpx"``, ``"nan"``, a 400-digit integer, the literal
    ``1e400``): callers decide (lint reports it, ``bounded`` replaces it). Booleans are not numbers.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        try:
            return float(value)
        except OverflowError:  # an integer too large for a float: infinitely far for geometry
            return math.inf if value > 0 else -math.inf
    if isinstance(value, float):
        return value
    if not isinstance(value, str) or not unit:
        return None  # a bare-number field (a weight, a count): "3" is text, as for Feishu
    text = value.strip()
    if unit and text.lower().endswith(unit):
        text = text[: -len(unit)].strip()
    try:
        return float(text)
    except ValueError:
        return None


def clamp(number: float, allowed: NumberRange, default: float) -> float:
    """``number`` inside ``allowed`` and ``±MAX_GEOMETRY``; ``default`` when it is not finite."""
    if not math.isfinite(number):
        return default
    low = max(allowed.low, -MAX_GEOMETRY)
    high = min(allowed.high, MAX_GEOMETRY)
    return min(max(number, low), high)


def bounded(value: Any, allowed: NumberRange, default: float) -> float:
    """The value of a number field as the renderer uses it: a named size, else the number
    clamped into ``allowed``; ``default`` for a missing, non-numeric or non-finite value."""
    if isinstance(value, str) and value in allowed.names:
        return float(SPACING_NAMES.get(value, default))
    number = read_number(value, allowed.unit)
    return default if number is None else clamp(number, allowed, default)


Box = tuple[float, float, float, float]


def box_parts(value: str) -> list[str] | None:
    """The 1, 2 or 4 parts of a CSS-style box value (``"8px 12px"``); None for another count."""
    parts = value.split()
    return parts if len(parts) in (1, 2, 4) else None


def bounded_box(value: Any, allowed: NumberRange, default: Box) -> Box:
    """A padding / margin (``"8px"``, ``"4px 8px"``, ``"1px 2px 3px 4px"``) as top, right,
    bottom, left, each clamped into ``allowed``. A value with a part that is no finite number
    (``"nanpx"``, ``"8px x"``) is ignored as a whole: ``default``, as for a missing one."""
    if not isinstance(value, str):
        return default
    parts = box_parts(value)
    if parts is None:
        return default
    numbers = [read_number(part, allowed.unit) for part in parts]
    if any(number is None or not math.isfinite(number) for number in numbers):
        return default
    sides = [bounded(part, allowed, 0.0) for part in parts]
    if len(sides) == 1:
        return (sides[0], sides[0], sides[0], sides[0])
    if len(sides) == 2:
        return (sides[0], sides[1], sides[0], sides[1])
    return (sides[0], sides[1], sides[2], sides[3])


def problems(value: Any, allowed: NumberRange) -> Iterator[tuple[str, Message]]:
    """What is wrong with a number field's value: (rule id, one sentence) each, the rule being
    ``number-not-finite`` or ``number-range``, or ``template-placeholder`` for a template's
    ``${variable}`` (filled in later, not judged). Nothing for a value Feishu accepts, a name or
    keyword, or a value that is no number at all (a wrong type or shape is the schema's to
    report)."""
    if allowed.unit and not allowed.bare and not isinstance(value, str):
        return
    if is_placeholder(value) and allowed.unit:  # (a bare-number field's string is the schema's)
        yield "template-placeholder", filled_in_later(quoted(value))
        return
    if isinstance(value, str) and (value in allowed.names or value in allowed.keywords):
        return
    if isinstance(value, str) and allowed.box:
        parts = box_parts(value)
        if parts is None:
            return
        for part in parts:
            yield from _number_problems(part, allowed)
        return
    yield from _number_problems(value, allowed)


def _number_problems(value: Any, allowed: NumberRange) -> Iterator[tuple[str, Message]]:
    if isinstance(value, str) and value.strip().endswith("%"):
        return  # a percentage (corner radius, table column width): not a px size
    number = read_number(value, allowed.unit)
    if number is None:
        return
    shown = quoted(value) if isinstance(value, str) else short_number(value)
    if not math.isfinite(number) and not isinstance(value, int):  # a huge integer is JSON, just large
        yield "number-not-finite", NOT_FINITE(value=shown)
    elif not allowed.low <= number <= allowed.high:
        yield "number-range", OUTSIDE_RANGE(value=shown, range=allowed.describe())
    elif allowed.integer and not number.is_integer():
        yield "number-range", NOT_WHOLE(value=shown)


def non_finite_pointers(value: Any, pointer: str = "") -> Iterator[str]:
    """JSON pointers of every float in ``value`` that is infinite or NaN, in document order.

    ``json.loads`` reads ``1e400`` as infinity; ``json.dumps`` would write it back as
    ``Infinity``, which is not JSON. Lint reports these; the API client refuses to send them.
    """
    # Nearly every card has none: json.dumps finds that out in C, where walking the card and
    # naming every value in Python took a tenth of a 30 KB card's parse + lint.
    try:
        # (A JSON value has no cycles: the encoder need not track the containers it is in.)
        json.dumps(value, allow_nan=False, check_circular=False)
    except (ValueError, TypeError, RecursionError):  # a non-finite float, or something to walk
        pass
    else:
        return
    stack: list[tuple[Any, str]] = [(value, pointer)]
    while stack:
        current, at = stack.pop()
        if isinstance(current, dict):
            stack.extend((child, join_pointer(at, key)) for key, child in reversed(current.items()))
        elif isinstance(current, list | tuple):
            stack.extend(
                (child, join_pointer(at, index)) for index, child in reversed(list(enumerate(current)))
            )
        elif isinstance(current, float) and not math.isfinite(current):
            yield at


def short_number(value: Any) -> str:
    """A number as the message shows it: a 400-digit integer is cut, not printed whole."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**15:
        # str() of a huge integer is slow (and refused past 4300 digits): count digits from bits
        return DIGITS(digits=int(value.bit_length() * math.log10(2)) + 1)
    return repr(value)
