"""How a failure is shown to a person: what to do first (the hint), then what happened.

Every error of the app (``designer.errors.DesignerError``: the client's, the store's, the
window's) carries both (``str`` and ``hint``). No Qt here: these helpers only build text.
"""

from __future__ import annotations

import re
from html import escape as _escape
from html import unescape

from designer.errors import DesignerError, describe
from designer.ui.status_colors import Status, status_color


def escape(text: str) -> str:
    """``text`` safe inside Qt rich text (quotes need no escaping there)."""
    return _escape(text, quote=False)


def describe_error(error: BaseException) -> str:
    """One plain line: what went wrong, then what to do (for logs, history and tooltips)."""
    return describe(error)


def failure_html(title: str, error: BaseException | None) -> str:
    """Rich text for a status line: ``title``, the hint in full, the technical detail small below."""
    if error is None:
        return f"<b>{escape(title)}.</b>"
    if not isinstance(error, DesignerError) or not error.hint:
        return f"<b>{escape(title)}:</b> {escape(describe_error(error))}"
    return (
        f"<b>{escape(title)}:</b> {escape(error.hint)}"
        f"<br><span style='color:{status_color(Status.MUTED).name()}; font-size:small'>{escape(str(error))}</span>"
    )


def plain_text(rich: str) -> str:
    """The words of a rich-text status line (for tests, accessibility and the clipboard)."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", rich)).split())
