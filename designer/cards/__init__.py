"""The card format, without Qt: parse card text into a ``Document`` with diagnostics.

Public API::

    parse(text) -> Document
    Document, Diagnostic, Severity, Span, SourceMap
"""

from designer.cards.document import Diagnostic, Document, Severity, SourceMap, Span, utf16_offset
from designer.cards.parser import parse

__all__ = ["Diagnostic", "Document", "Severity", "SourceMap", "Span", "parse", "utf16_offset"]
