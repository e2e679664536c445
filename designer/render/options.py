"""How to draw a card: theme, platform, width, language, badge, zoom."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

WidthMode = Literal["auto", "compact", "default", "fill"]


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """Options of one preview.

    ``width``: ``auto`` follows the card's ``config.width_mode`` (compact 400 px, default 600 px,
    fill = the available width), a mode forces it, an int is a card width in pixels.
    ``language``: ``None`` = ``zh_cn`` when the card has it, else the first language it has.
    ``badge``: draw the ephemeral "Only visible to you" badge under the card.
    ``badge_language``: the badge's wording; ``None`` = as the Feishu client shows it to this
    person: in the card language they chose (``language``), else in the window's language
    (``QLocale()``, which the app sets to the UI language it translates to).
    """

    theme: Literal["light", "dark"] = "light"
    platform: Literal["desktop", "mobile"] = "desktop"
    width: WidthMode | int = "auto"
    language: str | None = None
    badge: bool = True
    badge_language: Literal["zh_cn", "en_us"] | None = None
    zoom: float = 1.0
