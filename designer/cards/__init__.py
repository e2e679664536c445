"""The card format, without Qt: parse card text into a ``Document`` with diagnostics.

Public API::

    parse(text, *, ephemeral=None) -> Document; is_shared_card(card) (parser.py)
    Document, Diagnostic, Severity, Span, SourceMap, utf16_offset, code_point_offset
    RULES (lint.py / rules.py), CATALOG / entry / plan_insert (catalog.py),
    TextEdit / insert_element / delete_element / move_element / format_json / minify_json (edits.py),
    OutlineNode / outline (card_outline.py), card_size_bytes (sizes.py)

Each name is imported from its module when first used: `card-designer validate` needs
``parse`` only, not the palette's catalog, the structural edits or the outline (issue 10).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from designer.cards.card_outline import OutlineNode, outline
    from designer.cards.catalog import CATALOG, CatalogEntry, InsertPlan, entry, plan_insert
    from designer.cards.document import (
        Diagnostic,
        Document,
        Severity,
        SourceMap,
        Span,
        code_point_offset,
        utf16_offset,
    )
    from designer.cards.edits import (
        TextEdit,
        delete_element,
        format_json,
        insert_element,
        minify_json,
        move_element,
    )
    from designer.cards.parser import is_shared_card, parse
    from designer.cards.rules import RULES, Rule
    from designer.cards.sizes import card_size_bytes

# name -> the module that defines it
_HOMES: dict[str, str] = {
    **dict.fromkeys(("CATALOG", "CatalogEntry", "InsertPlan", "entry", "plan_insert"), "catalog"),
    **dict.fromkeys(
        ("Diagnostic", "Document", "Severity", "SourceMap", "Span", "code_point_offset", "utf16_offset"),
        "document",
    ),
    **dict.fromkeys(
        ("TextEdit", "delete_element", "format_json", "insert_element", "minify_json", "move_element"),
        "edits",
    ),
    **dict.fromkeys(("OutlineNode", "outline"), "card_outline"),
    **dict.fromkeys(("is_shared_card", "parse"), "parser"),
    **dict.fromkeys(("RULES", "Rule"), "rules"),
    "card_size_bytes": "sizes",
}

__all__ = [
    "CATALOG",
    "RULES",
    "CatalogEntry",
    "Diagnostic",
    "Document",
    "InsertPlan",
    "OutlineNode",
    "Rule",
    "Severity",
    "SourceMap",
    "Span",
    "TextEdit",
    "card_size_bytes",
    "code_point_offset",
    "delete_element",
    "entry",
    "format_json",
    "insert_element",
    "is_shared_card",
    "minify_json",
    "move_element",
    "outline",
    "parse",
    "plan_insert",
    "utf16_offset",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
