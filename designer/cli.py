"""The ``card-designer`` command: the GUI by default, sub-commands for scripts and CI.

Each sub-command lives in its own module under ``designer._cli`` exposing
``add_arguments(parser)`` and ``run(args) -> int``. Only the chosen one is imported: its
arguments are declared on its own sub-parser, the others are listed by name and help only
(declared here, so ``--help`` names every command without loading any). ``--version`` and
``validate`` thus never load Qt, the network client or the keyring (tests/cli/test_imports.py).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from designer import __version__
from designer._cli import (
    add_window_arguments,
    make_console_safe,
    speak_the_locale_language_in_argparse,
    words,
)
from designer.messages import Text

# sub-command name -> (module under designer._cli, one-line help)
SUBCOMMANDS: dict[str, tuple[str, Text]] = {
    "validate": ("validate", Text("check card JSON files and print diagnostics")),
    "render": ("render", Text("draw a card to a PNG file (no display needed)")),
    "send": ("send", Text("send a card as an ephemeral message")),
    "delete": ("delete", Text("delete an ephemeral message you sent")),
    "post": ("post", Text("post a card for the whole chat to see")),
    "update": ("update", Text("replace a posted card in place (shared cards, within 14 days)")),
    "recall": ("recall", Text("take back a posted card (within 24 hours)")),
    "answer": ("answer", Text("update a clicked card with the click's callback token (delayed update)")),
    "profile": ("profile", Text("manage API profiles (secrets live in the keyring)")),
    "listen": ("listen", Text("print card callbacks as they come (Feishu's long connection; no public URL)")),
    "sandbox": ("sandbox", Text("run the local Feishu API sandbox server")),
    "self-check": ("self_check", Text("check this installation (window, preview, keyring) and exit")),
}
USAGE = Text(
    "{prog} [FILE] [--sandbox]     open the designer window\n"
    "       {prog} COMMAND [OPTIONS]      run a command ({prog} COMMAND --help)"
)
DESCRIPTION = Text("Design Feishu / Lark interactive cards and send them as ephemeral cards.")
VERSION_HELP = Text("show program's version number and exit")
WINDOW_GROUP = Text("open the window (no COMMAND)")


def _build_parser(chosen: str | None) -> argparse.ArgumentParser:
    """The parser; only the ``chosen`` sub-command (if any) gets its arguments, from its module."""
    parser = argparse.ArgumentParser(
        prog="card-designer",
        # Both ways in: the window (no command) and the script commands.
        usage=words(USAGE, prog="%(prog)s"),
        description=words(DESCRIPTION),
    )
    # (argparse of Python 3.11 does not translate the --version help: it is ours)
    parser.add_argument(
        "--version", action="version", version=f"card-designer {__version__}", help=words(VERSION_HELP)
    )
    if chosen is None:
        # Shown by --help only (no command is parsed then): the window's own arguments.
        add_window_arguments(parser.add_argument_group(words(WINDOW_GROUP)))
    # prog given: a sub-command's usage line must not repeat the two-line usage above.
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", prog="card-designer")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub_parser = sub.add_parser(name, help=words(help_text), description=words(help_text))
        if name == chosen:
            importlib.import_module(f"designer._cli.{module_name}").add_arguments(sub_parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    make_console_safe()
    speak_the_locale_language_in_argparse()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (
        args_list[0] not in SUBCOMMANDS and args_list[0] not in ("-h", "--help", "--version")
    ):
        # No sub-command: open the designer window (optionally with a file / --sandbox).
        from designer._cli import gui

        return gui.main(args_list)
    # The first argument names the sub-command (or is -h / --version, which need none).
    parser = _build_parser(args_list[0] if args_list[0] in SUBCOMMANDS else None)
    args = parser.parse_args(args_list)
    module = importlib.import_module(f"designer._cli.{SUBCOMMANDS[args.command][0]}")
    result: int = module.run(args)
    return result
