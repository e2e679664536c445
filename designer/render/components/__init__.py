"""Feishu's card components, one drawer per tag, registered in ``designer.render.context.DRAWERS``.

Importing this package registers them all; ``with_icon`` is shared with the card header.
"""

from designer.render.components import audio, chart, containers, content, image, interactive, person, table
from designer.render.components.content import with_icon

__all__ = [
    "audio",
    "chart",
    "containers",
    "content",
    "image",
    "interactive",
    "person",
    "table",
    "with_icon",
]
