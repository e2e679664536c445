"""The renderer tests' fixture: ``draw`` a card (the questions asked of it: tests/helpers/render.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from designer.cards import parse
from designer.render import RenderOptions
from designer.render.image import render_scene
from tests.helpers.render import Drawn, as_text


@pytest.fixture
def draw(qapp: Any) -> Callable[..., Drawn]:
    def _draw(
        card: dict[str, Any] | str, *, width_px: int | None = None, image_source: Any = None, **options: Any
    ) -> Drawn:
        doc = parse(as_text(card))
        image, scene = render_scene(
            doc, RenderOptions(**options), width_px=width_px, image_source=image_source
        )
        return Drawn(doc, image, scene)

    return _draw
