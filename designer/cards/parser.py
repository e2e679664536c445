"""Placeholder parse (json.loads, no source map); replaced by the real parser."""

from __future__ import annotations

import json
from typing import Any

from designer.cards.document import (
    Diagnostic,
    Document,
    SchemaVersion,
    Severity,
    SourceMap,
    Span,
    line_starts,
    position,
)


def parse(text: str) -> Document:
    diagnostics: list[Diagnostic] = []
    data: Any = None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        line, col = position(line_starts(text), exc.pos)
        diagnostics.append(
            Diagnostic(
                Severity.ERROR, "json-syntax", exc.msg, "", Span(exc.pos, exc.pos, line, col, line, col)
            )
        )
    is_body = isinstance(data, dict) and isinstance(data.get("card"), dict)
    card = data["card"] if is_body else (data if isinstance(data, dict) else None)
    version: SchemaVersion = "2.0" if isinstance(card, dict) and card.get("schema") == "2.0" else "1.0"
    return Document(
        text=text,
        data=data,
        card=card,
        card_pointer="/card" if is_body else "",
        is_request_body=is_body,
        schema_version=version,
        source_map=SourceMap(),
        diagnostics=tuple(diagnostics),
        size_bytes=len(text.encode()),
    )
