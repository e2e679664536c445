"""A card taller than the canvas cap is cut, says so, and its image stays bounded (issue 9).

A 10,000-row table drew 362,777 px tall and ``render --scale 4`` of it needed 14.5 GB.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from designer.cards import parse
from designer.cards.sizes import MAX_CANVAS_HEIGHT, MAX_IMAGE_PIXELS
from designer.cli import main
from designer.render import CardView, RenderOptions
from designer.render.image import render_scene
from designer.render.theme import LIGHT
from tests.helpers.render import Drawn

Draw = Callable[..., Drawn]


def tall_card(lines: int = 3_000) -> dict[str, Any]:
    """A markdown card of ``lines`` short lines (22 px each): 3,000 lines are some 66,000 px."""
    content = "\n".join(f"line {i} 😀" for i in range(lines))
    return {"schema": "2.0", "body": {"elements": [{"tag": "markdown", "content": content}]}}


def test_a_tall_card_is_cut_at_the_cap_with_a_note(draw: Draw) -> None:
    drawn = draw(tall_card())
    scene, image = drawn.scene, drawn.image
    assert scene.full_height > 2 * MAX_CANVAS_HEIGHT
    assert image.height() == MAX_CANVAS_HEIGHT and scene.cut is not None
    note = scene.cut_note()
    assert f"{scene.full_height:,.0f} px" in note and f"{MAX_CANVAS_HEIGHT:,} px" in note
    # The note's band is the backdrop with the note written on it; the card stops above it.
    band = QRectF(0, scene.cut + 2, image.width(), MAX_CANVAS_HEIGHT - scene.cut - 2)
    assert drawn.colors_in(QRectF(0, scene.cut + 2, 12, 30)) == {LIGHT.backdrop}
    assert drawn.ink(band, LIGHT.backdrop) > 100
    card_rect = drawn.at("/body/elements/0").rect
    assert drawn.ink(QRectF(card_rect.x(), scene.cut - 200, card_rect.width(), 190), LIGHT.surface) > 100


def test_a_card_within_the_cap_is_whole(draw: Draw) -> None:
    drawn = draw(tall_card(lines=40))
    assert drawn.scene.cut is None and drawn.scene.cut_note() == ""
    assert drawn.image.height() == drawn.scene.full_height < MAX_CANVAS_HEIGHT


@pytest.mark.parametrize("scale", [1.0, 2.0, 4.0])
def test_an_export_holds_at_most_the_pixel_cap(qapp: Any, scale: float) -> None:
    doc = parse(json.dumps(tall_card(), ensure_ascii=False))
    image, scene = render_scene(doc, RenderOptions(width=4000), scale=scale)
    assert image.width() * image.height() <= MAX_IMAGE_PIXELS
    assert image.height() <= MAX_CANVAS_HEIGHT * scale
    assert scene.cut is not None and image.height() == round(scene.height * scale)


def test_the_preview_is_cut_too(qtbot: QtBot) -> None:
    view = CardView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.set_document(parse(json.dumps(tall_card(), ensure_ascii=False)))
    view.show()
    canvas = view.canvas()
    assert canvas.height() == MAX_CANVAS_HEIGHT
    scene = view.scene()
    assert scene is not None and scene.cut is not None
    bottom = canvas.grab(canvas.rect().adjusted(0, canvas.height() - 300, 0, 0)).toImage()
    # The last 40 px: the note on the backdrop (not the card's white surface).
    note_colors = {bottom.pixelColor(x, 300 - 20).name() for x in range(0, bottom.width(), 3)}
    assert LIGHT.backdrop in note_colors and LIGHT.surface not in note_colors


def test_render_cli_warns_when_it_cuts(qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    card = tmp_path / "tall.json"
    card.write_text(json.dumps(tall_card(), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "tall.png"
    assert main(["render", str(card), "-o", str(out), "--scale", "4"]) == 0
    err = capsys.readouterr().err
    assert "warning: the card is" in err and "px tall" in err and "shows only its first" in err
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert image.width() * image.height() <= MAX_IMAGE_PIXELS


def test_render_help_states_the_cap(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert f"{MAX_CANVAS_HEIGHT:,} px" in help_text and f"{MAX_IMAGE_PIXELS:,} pixels" in help_text
