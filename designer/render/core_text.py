"""The core's messages (diagnostics, Feishu errors and hints, send results) in the window's language.

The Qt-free core gives ``designer.messages.Message`` values (English ids with parameters); their
translations are in the ``CoreMessages`` context of the same ``.ts`` / ``.qm`` as the window's own
strings (``resources/translations/update.py`` adds them), so the installed ``QTranslator`` serves both.
Here, in the lowest Qt layer, so the preview and the window share it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from designer.cards import Diagnostic
from designer.messages import CONTEXT, message_of, shown


def translate(source: str) -> str:
    """A core message id (its English template) -> the template in the window's language."""
    return QCoreApplication.translate(CONTEXT, source)


def core_text(text: str) -> str:
    """``text`` in the window's language when it is a core ``Message``; else as it is."""
    return shown(text, translate)


def error_text(error: BaseException) -> str:
    """What an error says, in the window's language when the core raised it with a ``Message``
    (``str()`` of such an exception is a plain copy of its English)."""
    return core_text(message_of(error))


def diagnostic_line(found: Diagnostic) -> str:
    """``severity: message`` of one diagnostic, as the editor's tooltip shows it."""
    return f"{found.severity.shown(translate)}: {core_text(found.message)}"
