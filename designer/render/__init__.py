"""The live preview: a card ``Document`` drawn the way the Feishu client shows it (Qt).

Public API::

    CardView            the scrollable, clickable preview widget
    RenderOptions       theme / platform / width / language / badge / zoom
    render_image(doc, options, *, scale=1.0, width_px=None) -> QImage   (headless PNG export)
    THEMES              the light and dark theme tables
    DrawnElement        what ``CardView.drawn_elements()`` reports
"""

from designer.render.card_view import CardView
from designer.render.image import render_image
from designer.render.options import RenderOptions
from designer.render.scene import DrawnElement, card_languages
from designer.render.theme import THEMES

__all__ = ["THEMES", "CardView", "DrawnElement", "RenderOptions", "card_languages", "render_image"]
