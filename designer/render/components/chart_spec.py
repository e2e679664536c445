"""Reading the ``chart`` component's ``chart_spec`` (a VChart spec) into what the preview draws.

Only the common subset is read (chart page, feishu-cards/.../content-components/chart):
``type`` bar / line / area / pie / scatter / common (bar and line series together) and the
page's radar / funnel / linearProgress / circularProgress / wordCloud examples; ``data`` as
``{"values": [...]}`` or a list of ``{"id", "values"}``; ``xField`` (a list groups bars by its
second field), ``yField``, ``seriesField``, ``categoryField``, ``valueField``, ``direction``
("horizontal" bars), ``innerRadius`` / ``outerRadius`` (donut), ``label.visible``,
``legends.visible`` / ``orient``, ``stack``, ``title.text``, ``color`` (the series colours, as
VChart reads it: a list of colours, or ``{"range": [...], "domain": [...], "specified": {...}}``),
``nameField`` (word cloud), ``axes[].min`` / ``max`` (the progress charts' scale, 0..1 unless
set), ``isTransform`` (funnel conversion steps). Values may be numbers or numeric
strings, as VChart accepts. Anything else raises ``ChartSpecError`` naming what is wrong, so
the preview can say it in a box instead of drawing a wrong chart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from designer.cards.numbers import read_number
from designer.cards.numbers import short_number as _short
from designer.render.context import tr

CARTESIAN = ("bar", "line", "area")
# One value per category (and per series): drawn around a centre, as layers, tracks or words.
CATEGORICAL = ("radar", "funnel", "linearProgress", "circularProgress", "wordCloud")
KINDS = (*CARTESIAN, "pie", "scatter", "common", *CATEGORICAL)
MAX_VALUE = 1e100  # far past any real figure, far from float overflow when summed or scaled


class ChartSpecError(ValueError):
    """A ``chart_spec`` the preview cannot draw; the message names the field and the problem."""


@dataclass(slots=True)
class Series:
    """One coloured series: a bar group member, a line, an area, the slices of a pie, or dots.

    ``values`` maps a category to its value; a scatter series has ``points`` instead.
    """

    name: str
    kind: str  # bar | line | area | pie | scatter | one of CATEGORICAL
    values: dict[str, float] = field(default_factory=dict)
    points: list[tuple[float, float]] = field(default_factory=list)


@dataclass(slots=True)
class ChartModel:
    """What to draw, read from a spec: categories in data order and the series over them."""

    kind: str  # bar | line | area | pie | scatter | common
    title: str
    categories: list[str]
    series: list[Series]
    horizontal: bool = False  # bars along the x axis (``direction: horizontal``)
    stacked: bool = False  # bars of one category on top of each other
    labels: bool = False  # ``label.visible``: values on bars / points / slices
    legend: bool = True
    legend_orient: str = "bottom"
    inner_radius: float = 0.0  # pie: fraction of the outer radius (a donut when > 0)
    outer_radius: float = 0.8
    named_series: bool = False  # the series come from a seriesField (so a legend names them)
    color_range: list[str] = field(default_factory=list)  # ``color``: replaces the theme palette
    color_domain: list[str] = field(default_factory=list)  # ``color.domain``: names in palette order
    color_specified: dict[str, str] = field(default_factory=dict)  # ``color.specified``: name -> colour
    scale: tuple[float, float] = (0.0, 1.0)  # progress charts: the values at empty and full
    transform: bool = False  # funnel ``isTransform``: conversion steps between the layers
    font_sizes: tuple[float, float] = (12.0, 36.0)  # word cloud: smallest and largest word
    area: bool = False  # radar ``area.visible``: the series polygons are filled
    _known: set[str] = field(default_factory=set, repr=False)

    def add_category(self, category: str) -> None:
        """Add a category in data order (a set keeps long data sets linear)."""
        if category not in self._known:
            self._known.add(category)
            self.categories.append(category)

    def color_keys(self) -> list[str]:
        """The names that get a colour each: the categories of a pie or funnel (and of a word
        cloud without series), else the series."""
        if self.kind in ("pie", "funnel") or (self.kind == "wordCloud" and not self.named_series):
            return list(self.categories)
        return [s.name for s in self.series]

    def value_range(self) -> tuple[float, float]:
        """The smallest and largest value the value axis must show (always including 0)."""
        low, high = 0.0, 0.0
        if self.stacked:
            for category in self.categories:
                bars = [s.values.get(category, 0.0) for s in self.series if s.kind == "bar"]
                high = max(high, sum(v for v in bars if v > 0))
                low = min(low, sum(v for v in bars if v < 0))
        for series in self.series:
            if self.stacked and series.kind == "bar":
                continue
            for value in series.values.values():
                low, high = min(low, value), max(high, value)
        return low, high


def _number(value: Any, field_name: str, where: str, row: int) -> float | None:
    """A value as a float; None for a missing value (a gap); ChartSpecError for text."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ChartSpecError(_not_number(field_name, where, row, value))
    if isinstance(value, int | float):
        number = read_number(value, "")  # a 400-digit integer is infinitely large, not an OverflowError
        assert number is not None
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            raise ChartSpecError(_not_number(field_name, where, row, value)) from None
    else:
        raise ChartSpecError(_not_number(field_name, where, row, value))
    if math.isnan(number):
        raise ChartSpecError(_not_number(field_name, where, row, value))
    if abs(number) > MAX_VALUE:  # infinity too: axis arithmetic on such values overflows a float
        raise ChartSpecError(
            tr("chart: {field} '{name}' of data row {row} is too large to draw ({value})").format(
                field=where,
                name=field_name,
                row=row + 1,
                value=_short(value) if isinstance(value, int) else f"{number:g}",
            )
        )
    return number


def _not_number(field_name: str, where: str, row: int, value: Any) -> str:
    return tr("chart: {field} '{name}' of data row {row} is not a number ({value})").format(
        field=where, name=field_name, row=row + 1, value=repr(value)[:24]
    )


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _datasets(spec: dict[str, Any]) -> list[tuple[str, list[Any]]]:
    data = spec.get("data")
    if data is None:
        raise ChartSpecError(tr("chart: chart_spec has no data"))
    entries = data if isinstance(data, list) else [data]
    result: list[tuple[str, list[Any]]] = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("values"), list):
            raise ChartSpecError(tr("chart: data {index} has no 'values' list").format(index=index))
        result.append((str(entry.get("id", index)), entry["values"]))
    if not result:
        raise ChartSpecError(tr("chart: chart_spec has no data"))
    return result


def _rows(spec: dict[str, Any], datasets: list[tuple[str, list[Any]]]) -> list[dict[str, Any]]:
    """The rows a series reads: ``dataId`` / ``dataIndex`` pick one data set, else the first."""
    chosen = datasets[0][1]
    data_id = spec.get("dataId")
    data_index = spec.get("dataIndex")
    if data_id is not None:
        found = [values for name, values in datasets if name == str(data_id)]
        if not found:
            raise ChartSpecError(tr("chart: dataId '{id}' is not in the data").format(id=data_id))
        chosen = found[0]
    elif isinstance(data_index, int) and not isinstance(data_index, bool):
        if not 0 <= data_index < len(datasets):
            raise ChartSpecError(tr("chart: dataIndex {index} is not in the data").format(index=data_index))
        chosen = datasets[data_index][1]
    rows = [row for row in chosen if isinstance(row, dict)]
    if not rows:
        raise ChartSpecError(tr("chart: the data has no values"))
    return rows


def _field(
    spec: dict[str, Any], name: str, rows: list[dict[str, Any]], *, required: bool = True
) -> str | None:
    """The data key named by ``spec[name]``, checked against the rows."""
    value = spec.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None or value == "":
        if required:
            raise ChartSpecError(tr("chart: no {field}").format(field=name))
        return None
    if not isinstance(value, str):
        raise ChartSpecError(tr("chart: {field} is not a field name").format(field=name))
    if not any(value in row for row in rows):
        raise ChartSpecError(tr("chart: {field} '{name}' not in the data").format(field=name, name=value))
    return value


def _visible(value: Any, default: bool) -> bool:
    if isinstance(value, dict):
        return value.get("visible", True) is not False
    if isinstance(value, list) and value:
        return _visible(value[0], default)
    if isinstance(value, bool):
        return value
    return default


def _fraction(value: Any, default: float) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1:
        return float(value)
    return default


def _cartesian(
    spec: dict[str, Any], kind: str, rows: list[dict[str, Any]], model: ChartModel
) -> list[Series]:
    """The series of one bar / line / area spec over ``rows``; new categories go to ``model``."""
    horizontal = kind == "bar" and spec.get("direction") == "horizontal"
    category_key, value_key = ("yField", "xField") if horizontal else ("xField", "yField")
    category_field = _field(spec, category_key, rows)
    value_field = _field(spec, value_key, rows)
    series_field = _field(spec, "seriesField", rows, required=False)
    raw_x = spec.get(category_key)
    if series_field is None and isinstance(raw_x, list) and len(raw_x) > 1:
        series_field = _field({"seriesField": raw_x[1]}, "seriesField", rows)
    assert category_field is not None and value_field is not None
    if series_field is not None:
        model.named_series = True
    by_name: dict[str, Series] = {}
    for index, row in enumerate(rows):
        category = _text(row.get(category_field))
        value = _number(row.get(value_field), value_field, value_key, index)
        name = _text(row.get(series_field)) if series_field else value_field
        series = by_name.setdefault(name, Series(name, kind))
        model.add_category(category)
        if value is not None:
            series.values[category] = series.values.get(category, 0.0) + value
    if horizontal:
        model.horizontal = True
    grouped = isinstance(raw_x, list) and len(raw_x) > 1
    if kind == "bar" and len(by_name) > 1 and not grouped and spec.get("stack") is not False:
        model.stacked = True  # VChart stacks the series of one x field; ["x", "series"] groups them
    return list(by_name.values())


def _pie(spec: dict[str, Any], rows: list[dict[str, Any]], model: ChartModel) -> list[Series]:
    category_field = _field(spec, "categoryField", rows)
    value_field = _field(spec, "valueField", rows)
    assert category_field is not None and value_field is not None
    series = Series(category_field, "pie")
    for index, row in enumerate(rows):
        value = _number(row.get(value_field), value_field, "valueField", index)
        if value is None:
            continue
        if value < 0:
            raise ChartSpecError(
                tr("chart: valueField '{name}' of data row {row} is negative ({value})").format(
                    name=value_field, row=index + 1, value=_text(value)
                )
            )
        category = _text(row.get(category_field))
        model.add_category(category)
        series.values[category] = series.values.get(category, 0.0) + value
    if sum(series.values.values()) <= 0:
        raise ChartSpecError(tr("chart: the pie's values add up to 0"))
    model.inner_radius = _fraction(spec.get("innerRadius"), 0.0)
    model.outer_radius = _fraction(spec.get("outerRadius"), 0.8) or 0.8
    return [series]


def _scatter(spec: dict[str, Any], rows: list[dict[str, Any]], model: ChartModel) -> list[Series]:
    x_field = _field(spec, "xField", rows)
    y_field = _field(spec, "yField", rows)
    series_field = _field(spec, "seriesField", rows, required=False)
    assert x_field is not None and y_field is not None
    model.named_series = series_field is not None
    by_name: dict[str, Series] = {}
    for index, row in enumerate(rows):
        x = _number(row.get(x_field), x_field, "xField", index)
        y = _number(row.get(y_field), y_field, "yField", index)
        if x is None or y is None:
            continue
        name = _text(row.get(series_field)) if series_field else y_field
        by_name.setdefault(name, Series(name, "scatter")).points.append((x, y))
    return list(by_name.values())


def _categorical(
    spec: dict[str, Any], kind: str, rows: list[dict[str, Any]], model: ChartModel
) -> list[Series]:
    """The series of a radar / funnel / progress / word cloud spec: one value per category.

    linearProgress reads like a bar chart (``direction`` horizontal by default: ``yField`` the
    category, ``xField`` the value); a word cloud's category is its ``nameField``; the others
    read ``categoryField`` / ``valueField``. ``seriesField`` splits and colours the series.
    """
    if kind == "linearProgress":
        horizontal = spec.get("direction", "horizontal") != "vertical"
        category_key, value_key = ("yField", "xField") if horizontal else ("xField", "yField")
        model.horizontal = horizontal
    elif kind == "wordCloud":
        category_key, value_key = "nameField", "valueField"
    else:
        category_key, value_key = "categoryField", "valueField"
    category_field = _field(spec, category_key, rows)
    value_field = _field(spec, value_key, rows)
    series_field = _field(spec, "seriesField", rows, required=False)
    assert category_field is not None and value_field is not None
    model.named_series = series_field is not None
    by_name: dict[str, Series] = {}
    for index, row in enumerate(rows):
        value = _number(row.get(value_field), value_field, value_key, index)
        if value is None:
            continue
        if value < 0 and kind in ("funnel", "wordCloud"):  # a layer's width, a word's size
            raise ChartSpecError(
                tr("chart: {field} '{name}' of data row {row} is negative ({value})").format(
                    field=value_key, name=value_field, row=index + 1, value=_text(value)
                )
            )
        category = _text(row.get(category_field))
        name = _text(row.get(series_field)) if series_field else value_field
        model.add_category(category)
        series = by_name.setdefault(name, Series(name, kind))
        series.values[category] = series.values.get(category, 0.0) + value
    if kind in ("linearProgress", "circularProgress"):
        model.scale = _scale(spec)
    if kind in ("radar", "circularProgress"):
        model.inner_radius = _fraction(spec.get("innerRadius"), 0.0)
        radius = spec.get("outerRadius", spec.get("radius"))
        model.outer_radius = _fraction(radius, 0.8) or 0.8
    if kind == "radar":
        model.area = _visible(spec.get("area"), False)
    if kind == "funnel":
        model.transform = spec.get("isTransform") is True
    if kind == "wordCloud":
        sizes = spec.get("fontSizeRange")
        if (
            isinstance(sizes, list)
            and len(sizes) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in sizes)
        ):
            low, high = sorted(max(4.0, min(120.0, float(v))) for v in sizes)
            model.font_sizes = (low, high)
    return list(by_name.values())


def _scale(spec: dict[str, Any]) -> tuple[float, float]:
    """A progress chart's empty and full values: the value axis's ``min`` / ``max``, else 0..1
    (VChart's progress charts read values as fractions of a 0..1 axis)."""
    low, high = 0.0, 1.0
    axes = spec.get("axes")
    for axis in axes if isinstance(axes, list) else []:
        if not isinstance(axis, dict):
            continue
        for key in ("min", "max"):
            value = axis.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool):
                number = read_number(value, "")  # a 400-digit integer is a float too
                if number is None or not math.isfinite(number):
                    continue
                number = max(-MAX_VALUE, min(MAX_VALUE, number))  # keeps max - min a finite float
                if key == "min":
                    low = number
                else:
                    high = number
    if high <= low:
        raise ChartSpecError(
            tr("chart: the axis max ({high}) is not above its min ({low})").format(
                high=_text(high), low=_text(low)
            )
        )
    return low, high


def _colors(spec: dict[str, Any], model: ChartModel) -> None:
    """``color`` as VChart reads it: a list of colours (the palette, in series order) or a scale
    object, ``{"range": [...]}`` with an optional ``domain`` (names in palette order) and
    ``specified`` (name -> colour, before the palette). The strings are checked where they are
    drawn (chart.py), which knows colour syntax; here only the shape is read."""
    value = spec.get("color")
    if value is None:
        return
    if isinstance(value, list):
        model.color_range = [str(v) for v in value if isinstance(v, str)]
        return
    if not isinstance(value, dict):
        raise ChartSpecError(tr("chart: color is not a list of colours or a colour scale"))
    colors = value.get("range")
    if isinstance(colors, list):
        model.color_range = [str(v) for v in colors if isinstance(v, str)]
    domain = value.get("domain")
    if isinstance(domain, list):
        model.color_domain = [_text(v) for v in domain]
    specified = value.get("specified")
    if isinstance(specified, dict):
        model.color_specified = {str(k): v for k, v in specified.items() if isinstance(v, str)}


def read_chart_spec(spec: Any) -> ChartModel:
    """The chart to draw for ``chart_spec``; raises ``ChartSpecError`` naming what is wrong."""
    if spec is None:
        raise ChartSpecError(tr("chart: no chart_spec"))
    if not isinstance(spec, dict):
        raise ChartSpecError(tr("chart: chart_spec is not an object"))
    kind = spec.get("type")
    if not isinstance(kind, str) or not kind:
        raise ChartSpecError(tr("chart: chart_spec has no type"))
    if kind not in KINDS:
        raise ChartSpecError(tr("chart: type '{type}' is not drawn in the preview").format(type=kind))
    title = spec.get("title")
    title_text = title.get("text") if isinstance(title, dict) else None
    if isinstance(title_text, list):  # VChart accepts a list of lines
        title_text = " ".join(str(t) for t in title_text)
    legends = spec.get("legends")
    legend_spec = legends[0] if isinstance(legends, list) and legends else legends
    orient = legend_spec.get("orient") if isinstance(legend_spec, dict) else None
    model = ChartModel(
        kind=kind,
        title=str(title_text) if title_text is not None and _visible(title, True) else "",
        categories=[],
        series=[],
        labels=_visible(spec.get("label"), False),
        legend=_visible(legends, True),
        legend_orient=orient if orient in ("bottom", "top", "left", "right") else "bottom",
    )
    datasets = _datasets(spec)
    _colors(spec, model)
    if kind == "pie":
        model.series = _pie(spec, _rows(spec, datasets), model)
    elif kind in CATEGORICAL:
        model.series = _categorical(spec, kind, _rows(spec, datasets), model)
    elif kind == "scatter":
        model.series = _scatter(spec, _rows(spec, datasets), model)
    elif kind == "common":
        parts = spec.get("series")
        if not isinstance(parts, list) or not parts:
            raise ChartSpecError(tr("chart: a 'common' chart has no series list"))
        for index, part in enumerate(parts):
            part_kind = part.get("type") if isinstance(part, dict) else None
            if part_kind not in CARTESIAN:
                raise ChartSpecError(
                    tr("chart: series {index} type '{type}' is not drawn in the preview").format(
                        index=index, type=part_kind
                    )
                )
            assert isinstance(part, dict)
            model.labels = model.labels or _visible(part.get("label"), False)
            model.series.extend(_cartesian(part, str(part_kind), _rows(part, datasets), model))
        model.horizontal = False  # a combined chart keeps its categories on the x axis
    else:
        model.series = _cartesian(spec, kind, _rows(spec, datasets), model)
    if not model.series or not (model.categories or any(s.points for s in model.series)):
        raise ChartSpecError(tr("chart: the data has no values"))
    return model
