"""The card format, without Qt: parse card text into a ``Document`` with diagnostics.

Public API::

    parse(text, *, ephemeral=None) -> Document; is_shared_card(card) (parser.py)
    Document, Diagnostic, Severity, Span, SourceMap, utf16_offset, code_point_offset
    RULES (lint.py / rules.py), CATALOG / entry / plan_insert (catalog.py),
    TextEdit / insert_element / delete_element / move_element / format_json / minify_json (edits.py),
    OutlineNode / outline (outline.py), card_size_bytes (sizes.py)
"""

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
from designer.cards.outline import OutlineNode, outline
from designer.cards.parser import is_shared_card, parse
from designer.cards.rules import RULES, Rule
from designer.cards.sizes import card_size_bytes

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
