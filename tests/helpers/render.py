"""What the renderer tests ask of a drawn card: what was drawn where, in which colour (the ``draw``
fixture in tests/render/conftest.py draws it)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage

from designer.cards import Document
from designer.render.scene import CardScene, DrawnElement

CARDS = Path(__file__).resolve().parents[1] / "render" / "cards"


def load_card(name: str) -> str:
    return (CARDS / f"{name}.json").read_text(encoding="utf-8")


@dataclass
class Drawn:
    doc: Document
    image: QImage
    scene: CardScene

    @property
    def elements(self) -> list[DrawnElement]:
        return self.scene.drawn_elements()

    def at(self, pointer: str) -> DrawnElement:
        found = [e for e in self.elements if e.pointer == pointer]
        assert found, f"nothing drawn at {pointer}; drawn: {[e.pointer for e in self.elements]}"
        return found[0]

    def tags(self) -> list[str]:
        return [e.tag for e in self.elements]

    def pixel(self, x: float, y: float) -> QColor:
        return self.image.pixelColor(round(x), round(y))

    def colors_in(self, rect: QRectF) -> set[str]:
        """Every colour in ``rect`` (as #rrggbb), for "is this colour drawn here" checks."""
        found: set[str] = set()
        for y in range(int(rect.top()) + 1, int(rect.bottom()) - 1):
            for x in range(int(rect.left()) + 1, int(rect.right()) - 1):
                found.add(self.image.pixelColor(x, y).name())
        return found

    def ink(self, rect: QRectF, background: str) -> int:
        """How many pixels in ``rect`` differ from ``background`` (text or lines drawn there)."""
        bg = QColor(background)
        count = 0
        for y in range(int(rect.top()), int(rect.bottom())):
            for x in range(int(rect.left()), int(rect.right())):
                c = self.image.pixelColor(x, y)
                if abs(c.red() - bg.red()) + abs(c.green() - bg.green()) + abs(c.blue() - bg.blue()) > 60:
                    count += 1
        return count

    def centre(self, pointer: str) -> QPointF:
        return self.at(pointer).rect.center()


def as_text(card: dict[str, Any] | str) -> str:
    return card if isinstance(card, str) else json.dumps(card, ensure_ascii=False)


def close(color: QColor, expected: str, tolerance: int = 24) -> bool:
    other = QColor(expected)
    return (
        abs(color.red() - other.red()) <= tolerance
        and abs(color.green() - other.green()) <= tolerance
        and abs(color.blue() - other.blue()) <= tolerance
    )
