"""Headless export: a ``Document`` drawn to a ``QImage`` (the same drawing as the preview)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter

from designer.cards import Document
from designer.render.context import ImageSource
from designer.render.options import RenderOptions
from designer.render.scene import MAX_IMAGE_PIXELS, CardScene


def render_image(
    doc: Document,
    options: RenderOptions,
    *,
    scale: float = 1.0,
    width_px: int | None = None,
    image_source: ImageSource | None = None,
) -> QImage:
    """Draw ``doc`` on its chat backdrop.

    ``width_px`` is the backdrop width (what ``fill`` fills; default 800 px); the image is
    ``scale`` times the layout size (2 for sharp docs), capped as ``render_scene`` says.
    Needs a ``QGuiApplication``.
    """
    return render_scene(doc, options, scale=scale, width_px=width_px, image_source=image_source)[0]


def render_scene(
    doc: Document,
    options: RenderOptions,
    *,
    scale: float = 1.0,
    width_px: int | None = None,
    image_source: ImageSource | None = None,
) -> tuple[QImage, CardScene]:
    """``render_image`` that also returns the laid-out scene (what was drawn where).

    The image is capped: at most ``MAX_CANVAS_HEIGHT`` px of the card (cards/sizes.py) and at most
    ``MAX_IMAGE_PIXELS`` pixels in all; a taller card is cut and ends with a note saying so
    (``scene.cut`` is then set, ``scene.full_height`` is the whole card)."""
    scene = CardScene(doc, options, image_source=image_source)
    width, height = scene.layout(float(width_px) if width_px is not None else None)
    factor = max(0.1, scale * options.zoom)
    # The tallest the image may be at this width and scale (one row spare for rounding up).
    height = scene.limit(min(height, MAX_IMAGE_PIXELS / max(1, round(width * factor)) / factor - 1))
    image = QImage(
        max(1, round(width * factor)),
        max(1, round(height * factor)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(QColor(scene.theme.backdrop))
    painter = QPainter(image)
    try:
        painter.scale(factor, factor)
        scene.paint(painter)
    finally:
        painter.end()
    return image, scene
