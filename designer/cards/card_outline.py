"""The card as a tree of named parts, for the outline pane.

Built from the raw ``Document.card`` so it works while the card does not fit the schema
(the author is typing). The GUI's item model only wraps these nodes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from designer.cards.document import Document
from designer.cards.jsontext import join_pointer
from designer.cards.tree import child_array, single_child, text_of, top_level_arrays

MAX_LABEL = 40


@dataclass(frozen=True)
class OutlineNode:
    """One part of the card: its pointer, its tag (``"header"`` for the title bar, a component
    tag, or ``"i18n_elements"`` for one language's elements) and a short label."""

    pointer: str
    tag: str
    label: str
    children: list[OutlineNode] = field(default_factory=list)


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= MAX_LABEL else line[: MAX_LABEL - 1] + "…"


def label_of(element: Any) -> str:
    """The short text that names an element in the outline (``""`` when it has none)."""
    if not isinstance(element, dict):
        return ""
    tag = element.get("tag")
    if tag == "markdown":
        return _short(text_of(element))
    for key in ("text", "title", "placeholder", "label"):
        if key in element:
            label = _short(text_of(element[key]))
            if label:
                return label
    if tag == "collapsible_panel" and isinstance(element.get("header"), dict):
        return _short(text_of(element["header"].get("title")))
    if tag in ("plain_text", "lark_md"):
        return _short(text_of(element))
    if tag == "img":
        return _short(text_of(element.get("alt"))) or str(element.get("img_key", ""))
    for key in ("name", "user_id", "element_id"):
        if isinstance(element.get(key), str):
            return _short(element[key])
    if tag == "div" and isinstance(element.get("fields"), list) and element["fields"]:
        first = element["fields"][0]
        return _short(text_of(first.get("text"))) if isinstance(first, dict) else ""
    return ""


def _nodes(array: list[Any], pointer: str) -> list[OutlineNode]:
    """Nodes for the components of one array (iterative: any depth is safe)."""
    roots: list[OutlineNode] = []
    stack: list[tuple[list[Any], str, list[OutlineNode]]] = [(array, pointer, roots)]
    while stack:
        items, items_pointer, into = stack.pop()
        for index, element in enumerate(items):
            if not isinstance(element, dict):
                continue
            element_pointer = join_pointer(items_pointer, index)
            tag = element.get("tag") if isinstance(element.get("tag"), str) else ""
            node = OutlineNode(element_pointer, str(tag), label_of(element))
            into.append(node)
            inner = child_array(element, element_pointer)
            if inner is not None:
                stack.append((inner[1], inner[0], node.children))
            single = single_child(element, element_pointer)
            if single is not None:
                extra_pointer, extra = single
                extra_tag = extra.get("tag") if isinstance(extra.get("tag"), str) else ""
                node.children.append(OutlineNode(extra_pointer, str(extra_tag), label_of(extra)))
    return roots


def outline(doc: Document) -> list[OutlineNode]:
    """The header, then the components in order (per language for ``i18n_elements``)."""
    card = doc.card
    if not isinstance(card, dict):
        return []
    nodes: list[OutlineNode] = []
    header = card.get("header")
    if isinstance(header, dict):
        nodes.append(
            OutlineNode(
                join_pointer(doc.card_pointer, "header"), "header", _short(text_of(header.get("title")))
            )
        )
    if card.get("type") == "template" and isinstance(card.get("data"), dict):
        template_id = card["data"].get("template_id")
        nodes.append(
            OutlineNode(join_pointer(doc.card_pointer, "data"), "template", _short(str(template_id or "")))
        )
    for array_pointer, array, language in top_level_arrays(card, doc.card_pointer):
        children = _nodes(array, array_pointer)
        if language is None:
            nodes.extend(children)
        else:
            nodes.append(OutlineNode(array_pointer, "i18n_elements", language, children))
    return nodes
