"""Feishu's look as one table of facts: colours, sizes, paddings, radii, per light/dark theme.

Sources (values only):
* [meixg] the public React renderer ``meixg/feishu-card-renderer``, ``src/styles.css``
  (surface/text/border/primary/danger colours, light header template colours, markdown sizes,
  table and placeholder styles).
* [feishu] Feishu's card docs (``feishu-cards/card-json-v2-structure``: header/body padding 12px,
  spacing small 4 / medium 8 / large 12 / extra_large 16 px, width_mode compact 400 / default 600;
  ``content-components/rich-text``: text_size heading-0 30 ... notation 12 px, text_tag colours;
  ``interactive-components/button``: type default/primary/danger/text/primary_text/danger_text/
  primary_filled/danger_filled/laser, size tiny/small/medium/large).
* [derived] Feishu publishes no dark header colours: a dark template is the light template's
  foreground mixed 30 % over the dark surface, its title that foreground mixed 55 % with white.

Nothing else in ``designer.render`` spells a colour or a pixel size: widgets read this table.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from designer.cards.colors import COLOR_ENUM
from designer.cards.numbers import SPACING_NAMES

ThemeName = Literal["light", "dark"]


@dataclass(frozen=True, slots=True)
class Pair:
    """A background and the text drawn on it."""

    background: str
    foreground: str


@dataclass(frozen=True, slots=True)
class ButtonStyle:
    background: str
    foreground: str
    border: str  # "" = no border


@dataclass(frozen=True, slots=True)
class ChartColors:
    """The ``chart`` component's colours: series palettes by ``color_theme``, grid, axis and labels."""

    palettes: dict[str, tuple[str, ...]]  # color_theme -> series colours; "brand" is the default
    grid: str  # value grid lines
    axis: str  # the category axis line
    label: str  # tick labels, legend names, value labels
    title: str
    slice_border: str  # the gap between pie slices (the card surface)


@dataclass(frozen=True, slots=True)
class Metrics:
    """Sizes in device-independent pixels (the same in both themes)."""

    card_radius: int = 8  # [feishu client] (meixg uses 10)
    header_padding_v: int = 12  # [feishu] header padding default "12px"
    header_padding_h: int = 12
    body_padding_v: int = 12  # [feishu] body padding default "12px"
    body_padding_h: int = 12
    element_spacing: int = 12  # vertical gap between elements ("large", as the client draws 1.0)
    column_spacing: int = 8  # column_set horizontal_spacing default ("medium")
    column_row_spacing: int = 8  # between rows of columns a narrow-screen flex_mode wrapped
    # flex_mode flow: a column with no content width of its own; direction horizontal: a child
    # with none (a column set, a rule) before it shares the line's spare room
    column_flow_min_width: int = 80
    action_spacing: int = 8  # gap between buttons of one action row
    title_size: int = 16  # [feishu] header title: "heading" 16px
    subtitle_size: int = 14
    text_size: int = 14  # [feishu] normal 14px
    notation_size: int = 12  # [feishu] notation 12px (note, badge, tips)
    line_height: float = 1.55  # [meixg] --fcr-markdown-line-height
    field_height: int = 32  # selects, pickers, inputs, medium buttons
    # [feishu multi-select-static] width "default" of a bordered select: "默认宽度值固定为 282 px";
    # the other selects and the pickers document only "默认宽度" and draw the same box.
    field_default_width: int = 282
    button_radius: int = 6
    tag_radius: int = 4
    list_indent: int = 22  # [meixg] --fcr-markdown-list-indent
    image_placeholder_height: int = 160
    # [feishu img] size / mode: large 160 x 160, medium 80 x 80, small 40 x 40, tiny 16 x 16
    # (squares; "stretch" fills the width); compact_width: true shows at most 278 px wide.
    image_sizes: dict[str, int] = field(
        default_factory=lambda: {"large": 160, "medium": 80, "small": 40, "tiny": 16}
    )
    image_compact_width: int = 278
    checker_box: int = 16
    chat_margin: int = 16  # backdrop around the card (desktop)
    mobile_margin: int = 12  # mobile: 375 px phone, card fills it minus these margins
    mobile_width: int = 375
    compact_width: int = 400  # [feishu] width_mode compact 400px
    default_width: int = 600  # [feishu] width_mode default 600px
    fill_width: int = 800  # render_image's "fill" when no width is given
    # [feishu button] size: tiny 24 / small 28 / medium 32 / large 40 px on the desktop,
    # 28 / 28 / 36 / 48 px on mobile.
    button_heights: dict[str, int] = field(
        default_factory=lambda: {"tiny": 24, "small": 28, "medium": 32, "large": 40}
    )
    button_heights_mobile: dict[str, int] = field(
        default_factory=lambda: {"tiny": 28, "small": 28, "medium": 36, "large": 48}
    )
    text_sizes: dict[str, int] = field(
        # [feishu rich-text / plain-text] text_size values
        default_factory=lambda: {
            "heading-0": 30,
            "heading-1": 24,
            "heading-2": 20,
            "heading-3": 18,
            "heading-4": 16,
            "heading": 16,
            "normal": 14,
            "notation": 12,
            "xxxx-large": 30,
            "xxx-large": 24,
            "xx-large": 20,
            "x-large": 18,
            "large": 16,
            "medium": 14,
            "small": 12,
            "x-small": 10,
        }
    )
    spacing_names: dict[str, int] = field(default_factory=lambda: dict(SPACING_NAMES))


@dataclass(frozen=True, slots=True)
class Theme:
    name: ThemeName
    backdrop: str  # the chat area around the card
    surface: str  # the card
    border: str
    text: str
    text_secondary: str
    text_disabled: str
    primary: str
    danger: str
    link: str
    mention: str
    hr: str
    note: str
    code_background: str
    table_header: str
    placeholder_background: str  # image placeholder fill
    control_background: str  # selects, inputs, pickers
    control_border: str
    highlight: str  # outline of the element selected in the editor
    headers: dict[str, Pair]
    tags: dict[str, Pair]
    font_colors: dict[str, str]  # <font color=...> names
    buttons: dict[str, ButtonStyle]
    button_disabled: ButtonStyle
    laser: tuple[str, str]  # gradient ends of the "laser" button border
    badge_text: str
    chart: ChartColors
    metrics: Metrics = field(default_factory=Metrics)


def _font_colors(*, dark: bool, default: str) -> dict[str, str]:
    """The colour names of ``color`` / ``<font color>`` / ``text_color`` for one theme: Feishu's
    whole enumeration with its shades (cards/colors.py), ``gray`` as ``grey``, and ``default``
    (the theme's text colour)."""
    table = {name: pair[1 if dark else 0] for name, pair in COLOR_ENUM.items()}
    table["gray"] = table["grey"]
    table["default"] = default
    return table


_LIGHT_HEADERS: dict[str, Pair] = {
    # [meixg] .fcr-header-template-*: (background, title colour)
    "blue": Pair("#e8efff", "#245bdb"),
    "wathet": Pair("#e7f4ff", "#1456a0"),
    "turquoise": Pair("#e2f7f2", "#067062"),
    "green": Pair("#e4f7e9", "#237b4b"),
    "yellow": Pair("#fff5cc", "#8f5f00"),
    "orange": Pair("#feead2", "#b26206"),
    "red": Pair("#fee9e7", "#c02a26"),
    "carmine": Pair("#fce8f3", "#b82879"),
    "violet": Pair("#f3e8ff", "#7f3bf5"),
    "purple": Pair("#ede9fe", "#5f3dc4"),
    "indigo": Pair("#e8eafd", "#3a4fa3"),
    "grey": Pair("#eff0f1", "#51565d"),
    "default": Pair("#ffffff", "#1f2329"),
}

_DARK_HEADERS: dict[str, Pair] = {
    # [derived] see the module docstring
    "blue": Pair("#20345e", "#87a5eb"),
    "wathet": Pair("#1c324d", "#7ea2cb"),
    "turquoise": Pair("#183a3a", "#76b0a9"),
    "green": Pair("#203d33", "#86b69c"),
    "yellow": Pair("#41351d", "#c1a773"),
    "orange": Pair("#4b361e", "#d5a976"),
    "red": Pair("#4f2528", "#dc8a88"),
    "carmine": Pair("#4d2441", "#d889b5"),
    "violet": Pair("#3c2a66", "#b993fa"),
    "purple": Pair("#322b58", "#a794df"),
    "indigo": Pair("#27304e", "#939ecc"),
    "grey": Pair("#2e3239", "#9fa2a6"),
    "default": Pair("#1f2329", "#f5f6f7"),
}


_LIGHT_TAGS: dict[str, Pair] = {
    # [derived] a tag is its colour's text on that text mixed 16 % over the template's tint, so a
    # tag stays visible on a header of its own colour.
    "blue": Pair("#c9d7f9", "#245bdb"),
    "wathet": Pair("#c5dbf0", "#1456a0"),
    "turquoise": Pair("#bfe1db", "#067062"),
    "green": Pair("#c5e3d0", "#237b4b"),
    "yellow": Pair("#edddab", "#8f5f00"),
    "orange": Pair("#f2d4b1", "#b26206"),
    "red": Pair("#f4cac8", "#c02a26"),
    "carmine": Pair("#f1c9df", "#b82879"),
    "violet": Pair("#e0ccfd", "#7f3bf5"),
    "purple": Pair("#d6cdf5", "#5f3dc4"),
    "indigo": Pair("#ccd1ef", "#3a4fa3"),
    "lime": Pair("#d8e6a9", "#5b7a03"),
    "neutral": Pair("#e1e2e4", "#51565d"),
}

_DARK_TAGS: dict[str, Pair] = {
    # [derived] as above: 22 % over the dark tint, text lightened
    "blue": Pair("#374d7d", "#99b2ee"),
    "wathet": Pair("#324b69", "#91b0d3"),
    "turquoise": Pair("#2d5452", "#8bbcb6"),
    "green": Pair("#36584a", "#98c1ab"),
    "yellow": Pair("#5d4e30", "#cab488"),
    "orange": Pair("#694f31", "#dbb68b"),
    "red": Pair("#6e3b3d", "#e19c9a"),
    "carmine": Pair("#6c3a5b", "#de9bc0"),
    "violet": Pair("#584187", "#c4a3fb"),
    "purple": Pair("#4c4276", "#b4a4e4"),
    "indigo": Pair("#3f486a", "#a3add4"),
    "lime": Pair("#4d5b25", "#c2d674"),
    "neutral": Pair("#484c53", "#d1d3d5"),
}


LIGHT = Theme(
    name="light",
    backdrop="#f2f3f5",
    surface="#ffffff",  # [meixg] --fcr-color-surface
    border="#dee0e3",  # [meixg] --fcr-color-border
    text="#1f2329",  # [meixg] --fcr-color-text
    text_secondary="#646a73",  # [meixg] --fcr-color-text-secondary
    text_disabled="#bbbfc4",
    primary="#3370ff",  # [meixg] --fcr-color-primary
    danger="#d83931",  # [meixg] --fcr-color-danger
    link="#3370ff",
    mention="#3370ff",
    hr="#dee0e3",
    note="#646a73",
    code_background="#f0f1f2",  # [meixg] rgb(31 35 41 / 6%) over white
    table_header="#f5f6f7",
    placeholder_background="#f5f6f7",
    control_background="#ffffff",
    control_border="#d0d3d6",
    highlight="#3370ff",
    headers=_LIGHT_HEADERS,
    tags=_LIGHT_TAGS,
    font_colors=_font_colors(dark=False, default="#1f2329"),
    buttons={
        # [feishu button]: default = dark text with a border; primary / danger = blue / red text
        # with a border; *_text = no border; *_filled = white text on blue / red.
        "default": ButtonStyle("#ffffff", "#1f2329", "#d0d3d6"),
        "primary": ButtonStyle("#ffffff", "#3370ff", "#3370ff"),
        "danger": ButtonStyle("#ffffff", "#d83931", "#d83931"),
        "text": ButtonStyle("", "#1f2329", ""),
        "primary_text": ButtonStyle("", "#3370ff", ""),
        "danger_text": ButtonStyle("", "#d83931", ""),
        "primary_filled": ButtonStyle("#3370ff", "#ffffff", ""),
        "danger_filled": ButtonStyle("#d83931", "#ffffff", ""),
        "laser": ButtonStyle("#ffffff", "#1f2329", ""),
    },
    button_disabled=ButtonStyle("#eff0f1", "#bbbfc4", "#dee0e3"),
    laser=("#4e83fd", "#b86efa"),
    badge_text="#8f959e",
    chart=ChartColors(
        # [vchart] the default light theme's ten series colours ("brand", Feishu's default);
        # [derived] the other color_theme values: Feishu shows no palette, so a hue wheel
        # ("rainbow"), alternating opposite hues ("complementary", "converse") and shades of the
        # primary blue ("primary").
        palettes={
            "brand": (
                "#1664ff",
                "#1ac6ff",
                "#ff8a00",
                "#3cc780",
                "#7442d4",
                "#ffc400",
                "#304d77",
                "#b48deb",
                "#009488",
                "#ff7dda",
            ),
            "rainbow": (
                "#f54a45",
                "#ff8800",
                "#ffc400",
                "#8fac02",
                "#32a645",
                "#14c0ff",
                "#3370ff",
                "#7f3bf5",
                "#b82879",
                "#51565d",
            ),
            "complementary": (
                "#3370ff",
                "#ff8800",
                "#14c0ff",
                "#f54a45",
                "#32a645",
                "#b82879",
                "#7f3bf5",
                "#ffc400",
                "#067062",
                "#dc9b04",
            ),
            "converse": (
                "#1664ff",
                "#ffc400",
                "#7442d4",
                "#3cc780",
                "#ff8a00",
                "#1ac6ff",
                "#f54a45",
                "#009488",
                "#b48deb",
                "#304d77",
            ),
            "primary": (
                "#1456f0",
                "#3370ff",
                "#4e83fd",
                "#82a7fc",
                "#bacefd",
                "#0c3bab",
                "#245bdb",
                "#6b98fd",
                "#a3bcfc",
                "#d1dffe",
            ),
        },
        grid="#e4e6e9",
        axis="#bbbfc4",
        label="#646a73",
        title="#1f2329",
        slice_border="#ffffff",
    ),
)

DARK = Theme(
    name="dark",
    backdrop="#131416",
    surface="#1f2329",  # [meixg] .fcr-theme-dark
    border="#43474e",
    text="#f5f6f7",
    text_secondary="#a6a9ad",
    text_disabled="#5f6369",
    primary="#4c88ff",
    danger="#f76964",
    link="#4c88ff",
    mention="#4c88ff",
    hr="#43474e",
    note="#a6a9ad",
    code_background="#30343a",  # [meixg] rgb(255 255 255 / 8%) over the surface
    table_header="#2a2e34",
    placeholder_background="#2a2e34",
    control_background="#1f2329",
    control_border="#4e535a",
    highlight="#4c88ff",
    headers=_DARK_HEADERS,
    tags=_DARK_TAGS,
    font_colors=_font_colors(dark=True, default="#f5f6f7"),
    buttons={
        "default": ButtonStyle("#1f2329", "#f5f6f7", "#4e535a"),
        "primary": ButtonStyle("#1f2329", "#4c88ff", "#4c88ff"),
        "danger": ButtonStyle("#1f2329", "#f76964", "#f76964"),
        "text": ButtonStyle("", "#f5f6f7", ""),
        "primary_text": ButtonStyle("", "#4c88ff", ""),
        "danger_text": ButtonStyle("", "#f76964", ""),
        "primary_filled": ButtonStyle("#3370ff", "#ffffff", ""),
        "danger_filled": ButtonStyle("#d83931", "#ffffff", ""),
        "laser": ButtonStyle("#1f2329", "#f5f6f7", ""),
    },
    button_disabled=ButtonStyle("#2a2e34", "#5f6369", "#43474e"),
    laser=("#4e83fd", "#b86efa"),
    badge_text="#8f959e",
    chart=ChartColors(
        # [vchart] the default dark theme's series colours (brighter, to read on the dark
        # surface); [derived] the other color_theme values lightened the same way.
        palettes={
            "brand": (
                "#3d7fff",
                "#33d0ff",
                "#ffa33d",
                "#5fd498",
                "#9068e0",
                "#ffd13d",
                "#7d95b8",
                "#c6a7f0",
                "#2ab3a6",
                "#ff97e3",
            ),
            "rainbow": (
                "#f76964",
                "#ff9f3b",
                "#f5c800",
                "#b7cf5c",
                "#51c560",
                "#45ccff",
                "#4c88ff",
                "#a273f8",
                "#d86ba8",
                "#a6a9ad",
            ),
            "complementary": (
                "#4c88ff",
                "#ff9f3b",
                "#45ccff",
                "#f76964",
                "#51c560",
                "#d86ba8",
                "#a273f8",
                "#f5c800",
                "#2ab3a6",
                "#f5b82e",
            ),
            "converse": (
                "#3d7fff",
                "#ffd13d",
                "#9068e0",
                "#5fd498",
                "#ffa33d",
                "#33d0ff",
                "#f76964",
                "#2ab3a6",
                "#c6a7f0",
                "#7d95b8",
            ),
            "primary": (
                "#4c88ff",
                "#6b9bff",
                "#8aafff",
                "#a9c3ff",
                "#c8d8ff",
                "#2f6ff0",
                "#3d7cf7",
                "#7aa5ff",
                "#b8cdff",
                "#dbe6ff",
            ),
        },
        grid="#373b42",
        axis="#5f6369",
        label="#a6a9ad",
        title="#f5f6f7",
        slice_border="#1f2329",
    ),
)

THEMES: dict[str, Theme] = {"light": LIGHT, "dark": DARK}

# CJK-capable families first so Chinese never falls back to boxes; DejaVu for symbols.
FONT_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "PingFang SC",
    "Microsoft YaHei",
    "DejaVu Sans",
)
MONO_FAMILIES: tuple[str, ...] = ("DejaVu Sans Mono", "Noto Sans Mono CJK SC", "monospace")


def header_colors(theme: Theme, template: object) -> Pair:
    """The template's colours; an unknown or missing template draws as ``default``."""
    return theme.headers.get(template if isinstance(template, str) else "default", theme.headers["default"])


def font_color(theme: Theme, value: str | None, custom: Mapping[str, str] | None = None) -> str | None:
    """A ``<font color>`` / ``color`` value as a colour Qt understands, or None to keep the text colour.

    Names come from the table; ``#rrggbb`` and ``rgba(r,g,b,a)`` pass through; anything else is
    ignored (the text keeps its colour), as the client does. ``custom`` holds the card's own
    ``config.style.color`` names resolved for this theme.
    """
    if not value:
        return None
    value = value.strip()
    if custom and value in custom:  # config.style.color names ("cus-0"), already per theme
        return custom[value]
    lowered = value.lower()
    if lowered in theme.font_colors:
        return theme.font_colors[lowered]
    if lowered.startswith("#") and len(lowered) in (4, 7, 9):
        return value
    if lowered.startswith("rgb"):
        return _rgba_to_hex(lowered)
    return None


def custom_colors(theme: Theme, config: Any) -> dict[str, str]:
    """The card's ``config.style.color`` names (``{"cus-0": {"light_mode": "rgba(...)",
    "dark_mode": ...}}``, card-json-v2-structure) resolved for ``theme``."""
    style = config.get("style") if isinstance(config, dict) else None
    table = style.get("color") if isinstance(style, dict) else None
    result: dict[str, str] = {}
    if isinstance(table, dict):
        for name, modes in table.items():
            if isinstance(name, str) and isinstance(modes, dict):
                value = modes.get("dark_mode" if theme.name == "dark" else "light_mode")
                resolved = font_color(theme, value) if isinstance(value, str) else None
                if resolved:
                    result[name] = resolved
    return result


def custom_text_sizes(theme: Theme, config: Any, platform: str) -> dict[str, int]:
    """The card's ``config.style.text_size`` names (``{"cus-0": {"default": "medium", "pc":
    "medium", "mobile": "large"}}``) resolved to pixels for ``platform``."""
    style = config.get("style") if isinstance(config, dict) else None
    table = style.get("text_size") if isinstance(style, dict) else None
    result: dict[str, int] = {}
    if isinstance(table, dict):
        for name, sizes in table.items():
            if isinstance(name, str) and isinstance(sizes, dict):
                chosen = sizes.get("mobile" if platform == "mobile" else "pc", sizes.get("default"))
                if isinstance(chosen, str) and chosen in theme.metrics.text_sizes:
                    result[name] = theme.metrics.text_sizes[chosen]
    return result


def _rgba_to_hex(value: str) -> str | None:
    inside = value[value.find("(") + 1 : value.rfind(")")]
    parts = [p.strip() for p in inside.split(",")]
    try:
        numbers = [float(p) for p in parts[:4]]
        if len(numbers) < 3 or not all(math.isfinite(n) for n in numbers):
            return None  # "rgba(inf,0,0,1)", "rgb(nan,...)": no colour, the text keeps its own
        r, g, b = (max(0, min(255, int(n))) for n in numbers[:3])
        alpha = numbers[3] if len(numbers) > 3 else 1.0
    except ValueError:
        return None
    a = max(0, min(255, round(alpha * 255)))
    return f"#{a:02x}{r:02x}{g:02x}{b:02x}"  # Qt's #AARRGGBB


def background_color(theme: Theme, value: object, custom: Mapping[str, str] | None = None) -> str | None:
    """A container's ``background_style`` as a colour, or None for none (``default``: the card's own).

    Column sets, columns and interactive containers take Feishu's colour names and the card's
    ``config.style.color`` names (column-set / interactive-container pages: "卡片支持的颜色枚举值和
    RGBA 语法自定义颜色"). ``grey`` (the legacy value) is the light grey of a grey box and a bare
    hue is its header tint, so text on it stays readable; shades (``blue-50``) and custom names are
    their own colour.
    """
    if not isinstance(value, str) or value in ("", "default", "none"):
        return None
    if custom and value in custom:
        return custom[value]
    if value in ("grey", "light_grey"):
        return theme.placeholder_background
    if value in theme.headers:
        return theme.headers[value].background
    return font_color(theme, value, custom)
