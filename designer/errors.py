"""The root of every error the app raises for a person to read (no Qt, no network).

``str(error)`` says what went wrong and where; ``error.hint`` says what to do about it.
The API client's tree (``designer.feishu``), the store's errors (keyring, profiles,
credentials, history) and the window's join it, so a display shows any of them with
``describe`` and never needs to know which layer raised it.

A subclass that only changes the advice narrows ``default_hint`` (as openai-python's error
classes narrow ``status_code``) instead of writing an ``__init__`` of its own.
"""

from __future__ import annotations

from typing import ClassVar

from designer.messages import Text, Translate, english, message_of, shown

WHAT_AND_WHAT_TO_DO = Text("{problem} — {hint}")

__all__ = ["DesignerError", "describe"]


class DesignerError(Exception):
    """An error with a message (what, where) and a hint (what to do)."""

    default_hint: ClassVar[str] = ""

    def __init__(self, message: str = "", *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint if hint is not None else self.default_hint

    def __str__(self) -> str:
        return self.message

    def describe(self, translate: Translate = english) -> str:
        """One plain line: what went wrong, then what to do, in the language of ``translate``
        (English: a ``Message``, so a reader in another language can still be shown it in theirs)."""
        what = str(self)  # a subclass's __str__ may frame the message (FeishuError)
        line = WHAT_AND_WHAT_TO_DO(problem=what, hint=self.hint) if self.hint else what
        return line if translate is english else shown(line, translate)


def describe(error: BaseException, translate: Translate = english) -> str:
    """One plain line for any error: ``DesignerError.describe``, else its text and type."""
    if isinstance(error, DesignerError):
        return error.describe(translate)
    text = shown(message_of(error), translate)
    if isinstance(error, ValueError | LookupError) and text:
        return text
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
