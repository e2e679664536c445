"""Feishu's card components, one drawer per tag, registered in ``designer.render.context.DRAWERS``.

Importing this package registers them all; ``with_icon`` is shared with the card header. The
chart drawer (a VChart reader and painter, the largest of them) is imported when a card first
holds a chart, not with the window (issue 10): until then ``chart`` stands for it.
"""

from typing import Any

from designer.render.components import audio, containers, content, image, interactive, person, table
from designer.render.components.content import with_icon
from designer.render.context import BuildContext, register
from designer.render.nodes import Node


def _chart(ctx: BuildContext, element: dict[str, Any], pointer: str) -> Node:
    """Import the chart drawer (it registers itself in place of this one) and draw with it."""
    from designer.render.components import chart

    return chart.draw_chart(ctx, element, pointer)


register({"chart": _chart})

__all__ = ["audio", "containers", "content", "image", "interactive", "person", "table", "with_icon"]
