"""``parse(text) -> Document``: read the JSON with positions, check the schema, lint.

Never raises: any string gives a ``Document`` whose diagnostics say what is wrong.
Diagnostics come out in file order (then by severity), as ``validate`` prints them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from designer.cards.document import Diagnostic, Document, SchemaVersion, Severity
from designer.cards.jsontext import nesting_depth, read_json
from designer.cards.lint import CardContext, lint
from designer.cards.models import RequestBody, card_model_for
from designer.cards.rules import diagnostic
from designer.cards.schema import check_model, describe_value
from designer.cards.sizes import card_size_bytes
from designer.messages import Text

# Deeper than this cannot be a card Feishu accepts (5 component levels are a few dozen JSON
# levels); stopping here keeps the model check and the rules far from Python's recursion limit.
MAX_CARD_DEPTH = 64

# Members only a request body has (docs/feishu/ephemeral.md): any of them makes the text a body.
_BODY_MEMBERS = ("card", "msg_type", "chat_id", "open_id", "user_id", "email")
NOT_AN_OBJECT = Text("a card is a JSON object ({{...}}), found {found}")
TOO_DEEP = Text("the JSON is nested more than {limit} levels deep; no Feishu card is")
_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def schema_version_of(card: Any) -> SchemaVersion:
    """``"2.0"`` for ``"schema": "2.0"``, ``"template"`` for a template card, else ``"1.0"``."""
    if isinstance(card, dict):
        if card.get("type") == "template" and "data" in card:
            return "template"
        if card.get("schema") == "2.0":
            return "2.0"
    return "1.0"


def is_shared_card(card: Any) -> bool:
    """A shared card (共享卡片): one whose updates every recipient sees, the only kind Feishu lets
    an app update in place (``PATCH /open-apis/im/v1/messages/:message_id``) [docs/feishu/messages.md].

    JSON 1.0 cards are shared only with ``config.update_multi: true``; JSON 2.0 cards are always
    shared (``update_multi: false`` is the lint error ``v2-update-multi``, and Feishu ignores it).
    """
    if not isinstance(card, dict):
        return False
    if schema_version_of(card) == "2.0":
        return True
    config = card.get("config")
    return isinstance(config, dict) and config.get("update_multi") is True


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while parsing.

    A 30 KB card allocates tens of thousands of small objects (values, spans, pointers); the
    collections they trigger midway doubled the p95 parse time in benchmarks/bench_parse.py.
    Nothing built here is cyclic, so reference counting frees it all anyway.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse(text: str, *, ephemeral: bool | None = None) -> Document:
    """Parse card text (a bare card or an ephemeral request body) into a ``Document``.

    ``ephemeral=None``: strict ephemeral rules for a request body, relaxed (warnings) for a
    bare card; ``True`` (send time, sandbox): element-level i18n is an error either way.
    Never raises.
    """
    with _cyclic_gc_paused():
        return _parse(text, ephemeral)


def _parse(text: str, ephemeral: bool | None) -> Document:
    if not isinstance(text, str):  # a caller bug, but still no traceback for the user
        text = str(text)
    read = read_json(text)
    diagnostics: list[Diagnostic] = list(read.diagnostics)
    source_map = read.source_map
    data = read.value if read.ok else None
    is_body = isinstance(data, dict) and any(member in data for member in _BODY_MEMBERS)
    card: dict[str, Any] | None = None
    card_pointer = "/card" if is_body else ""
    if is_body:
        assert isinstance(data, dict)
        card = data["card"] if isinstance(data.get("card"), dict) else None
    elif isinstance(data, dict):
        card = data
    elif read.ok:
        diagnostics.append(
            diagnostic(
                "wrong-type",
                NOT_AN_OBJECT(found=describe_value(data)),
                "",
                source_map.locate(""),
            )
        )
    version = schema_version_of(card)
    size = card_size_bytes(card) if card is not None else 0
    model: Any = None
    # Counting brackets bounds the depth from above (strings may hold some) and is cheap; the
    # reader may have measured the depth already.
    too_deep = (
        read.ok
        and text.count("{") + text.count("[") > MAX_CARD_DEPTH
        and (read.depth if read.depth is not None else nesting_depth(data)) > MAX_CARD_DEPTH
    )
    if too_deep:
        diagnostics.append(
            diagnostic(
                "nesting-too-deep",
                TOO_DEEP(limit=MAX_CARD_DEPTH),
                "",
                source_map.locate(""),
            )
        )
    elif read.ok:
        if is_body:
            _, found = check_model(RequestBody, data, "", source_map)
            diagnostics += found
        if card is not None:
            model, found = check_model(
                card_model_for(version), card, card_pointer, source_map, unknown_is_error=version == "2.0"
            )
            diagnostics += found
        strict = ephemeral if ephemeral is not None else is_body
        context = CardContext(data, card, card_pointer, is_body, version, source_map, strict, size)
        diagnostics += lint(context)
    diagnostics.sort(key=lambda d: (d.span.offset, _SEVERITY_ORDER[d.severity], d.rule))
    return Document(
        text=text,
        data=data,
        card=card,
        card_pointer=card_pointer,
        is_request_body=is_body,
        schema_version=version,
        source_map=source_map,
        diagnostics=tuple(diagnostics),
        model=model,
        size_bytes=size,
    )
