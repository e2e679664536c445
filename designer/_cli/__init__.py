"""Sub-commands of ``card-designer``; one module each (``add_arguments`` + ``run``).

Console input and output are handled here once for every sub-command: cards are UTF-8
whatever the console's encoding, and nothing a card contains can crash a print.
"""

from __future__ import annotations

import argparse
import functools
import gettext
import sys
from typing import Any, TextIO

from designer._resources import resource_path
from designer.messages import Text, Translate, locale_language, shown, translator_for_environment

# The gettext domain of argparse's own words ("usage:", "the following arguments are required")
# in our translation: ``resources/translations/locale/zh/LC_MESSAGES/card_designer.mo``, compiled
# by update.py from the ``argparse`` context of the .ts (``zh``: gettext finds it for every
# Chinese locale, as ``locale_language`` maps them all to the one Chinese translation).
ARGPARSE_DOMAIN = "card_designer"


def make_console_safe() -> None:
    """Write what the console's encoding cannot show as ``\\uXXXX`` escapes instead of raising.

    A cp1252 pipe (Windows, ``PYTHONIOENCODING``) cannot show the CJK and emoji that cards and
    their diagnostics contain; an escape keeps the line readable and the command alive.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # None when replaced or absent
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


@functools.cache
def translator() -> Translate:
    """The commands' language: the locale's (``LANG=zh_CN.UTF-8``: Chinese; ``LANG=C``: English),
    read once per run."""
    return translator_for_environment()


def words(text: Text, **params: Any) -> str:
    """``text`` in the locale's language: the help of an argument, the description of a command
    (in English the ``Message`` itself, which keeps its id)."""
    message = text(**params)
    said = shown(message, translator())
    return message if said == message else said


def speak_the_locale_language_in_argparse() -> None:
    """Make argparse's own words (usage, section titles, its error messages) follow the locale
    as ours do.

    argparse translates them at call time through ``gettext.gettext``, the documented way to
    localise it; so the command line binds its gettext domain to our catalog when the locale is
    Chinese, and leaves gettext alone (English) otherwise: the same decision as ``translator``.
    The domain is the process's own (``textdomain``): this runs only as ``card-designer``.
    """
    if locale_language() is None:
        return
    gettext.bindtextdomain(ARGPARSE_DOMAIN, str(resource_path("translations", "locale")))
    gettext.textdomain(ARGPARSE_DOMAIN)


def say(text: str, *, file: TextIO | None = None) -> None:
    """Print one line for a person: a core ``Message`` in the locale's language (see
    ``translator``), any other text as it is."""
    # flush: a long-running command's (listen, sandbox) lines are seen as they happen.
    print(shown(text, translator()), file=file if file is not None else sys.stdout, flush=True)


def read_stdin() -> str:
    """Standard input as UTF-8 text (a BOM dropped), whatever the console's encoding.

    Card files are UTF-8; decoding a piped card as cp1252 would garble it or fail on bytes
    cp1252 leaves undefined. Raises ``UnicodeDecodeError`` when the bytes are not UTF-8.
    """
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream put in its place (tests, embedding): already text
        return sys.stdin.read()
    data: bytes = buffer.read()
    return data.decode("utf-8-sig")


FILE_HELP = Text("a card JSON file (or ephemeral request body) to open")
SANDBOX_HELP = Text("start the built-in sandbox and send to it (no account needed)")
SELF_CHECK_HELP = Text(
    "check this installation (window, preview, keyring) and exit; same as 'card-designer self-check'"
)


def add_window_arguments(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """The window's arguments (``card-designer [FILE] [--sandbox]``), declared here so that
    ``card-designer --help`` lists them too without loading the window's module."""
    parser.add_argument("file", nargs="?", metavar="FILE", help=words(FILE_HELP))
    parser.add_argument("--sandbox", action="store_true", help=words(SANDBOX_HELP))
    parser.add_argument("--self-check", action="store_true", help=words(SELF_CHECK_HELP))

