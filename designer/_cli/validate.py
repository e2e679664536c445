"""``card-designer validate FILE... [--format text|json] [--ephemeral]``: check card files.

Prints ``file:line:col: severity: message [rule-id] (pointer)`` per diagnostic, in file order,
in the locale's language (``LANG=zh_CN.UTF-8``: Chinese), or a JSON list with ``--format json``,
whose messages stay English and carry their ``message_id`` and ``params`` (machine output does
not change with the locale). Exit status: 0 no errors (warnings allowed), 1 any error, 2 usage
errors (a file that cannot be read). ``-`` reads standard input. No Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from designer._cli import read_stdin, say, translator, words
from designer.cards import Diagnostic, parse
from designer.cards.rules import RULES
from designer.messages import Text
from designer.messages import shown as in_locale_language

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2

NO_FILES = Text("card-designer validate: give at least one FILE (or '-' for standard input)")
NO_SUCH_FILE = Text("card-designer validate: {file}: no such file")
IS_A_DIRECTORY = Text("card-designer validate: {file}: is a directory, not a card file")
NOT_UTF8 = Text("card-designer validate: {file}: not UTF-8 text (byte {byte})")
CANNOT_READ = Text("card-designer validate: {file}: cannot read: {reason}")


FILES_HELP = Text("card JSON files ('-' reads standard input)")
FORMAT_HELP = Text("output format (default: text, in the locale's language: LANG=zh_CN.UTF-8 gives Chinese, LANG=C English); json keeps the messages in English, with their message_id and params, whatever the locale")
EPHEMERAL_HELP = Text("apply the ephemeral API's rules strictly, as at send time (element-level i18n is an error)")
LIST_RULES_HELP = Text("print every rule id, severity and description (with --format json: in English)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The sub-command's options (called by ``designer.cli``)."""
    parser.add_argument("files", nargs="*", metavar="FILE", help=words(FILES_HELP))
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=words(FORMAT_HELP),
    )
    parser.add_argument(
        "--ephemeral",
        action="store_true",
        help=words(EPHEMERAL_HELP),
    )
    parser.add_argument(
        "--list-rules",
        action="store_true",
        help=words(LIST_RULES_HELP),
    )


def _read(name: str) -> str:
    """The file's text; ``OSError`` / ``UnicodeDecodeError`` tell what went wrong."""
    if name == "-":
        return read_stdin()
    with open(name, encoding="utf-8-sig") as handle:
        return handle.read()


def _as_json(name: str, problem: Diagnostic) -> dict[str, Any]:
    return {
        "file": name,
        "line": problem.span.line,
        "column": problem.span.column,
        "end_line": problem.span.end_line,
        "end_column": problem.span.end_column,
        "severity": problem.severity.value,
        "rule": problem.rule,
        "rule_description": RULES[problem.rule].description if problem.rule in RULES else "",
        "message": problem.message,
        "message_id": problem.message.id,
        "params": problem.message.params,
        "pointer": problem.pointer,
        "suggestion": problem.suggestion,
    }


def run(args: argparse.Namespace) -> int:
    """Validate the files; the exit status (0 clean, 1 errors found, 2 usage problem)."""
    if args.list_rules:
        if args.format == "json":
            rules = [
                {"id": r.id, "severity": r.severity.value, "description": r.description}
                for r in RULES.values()
            ]
            print(json.dumps(rules, ensure_ascii=False, indent=2))
        else:
            for rule in RULES.values():
                said = in_locale_language(rule.description, translator())
                print(f"{rule.id}\t{rule.severity.shown(translator())}\t{said}")
        return EXIT_OK
    if not args.files:
        say(NO_FILES(), file=sys.stderr)
        return EXIT_USAGE
    texts: list[tuple[str, str]] = []
    usage_problem = False
    for name in args.files:
        shown = "<stdin>" if name == "-" else name
        try:
            texts.append((shown, _read(name)))
        except FileNotFoundError:
            say(NO_SUCH_FILE(file=shown), file=sys.stderr)
            usage_problem = True
        except IsADirectoryError:
            say(IS_A_DIRECTORY(file=shown), file=sys.stderr)
            usage_problem = True
        except UnicodeDecodeError as exc:
            say(NOT_UTF8(file=shown, byte=exc.start), file=sys.stderr)
            usage_problem = True
        except OSError as exc:
            say(CANNOT_READ(file=shown, reason=exc.strerror), file=sys.stderr)
            usage_problem = True
    if usage_problem:
        return EXIT_USAGE
    any_error = False
    records: list[dict[str, Any]] = []
    for shown, text in texts:
        doc = parse(text, ephemeral=True if args.ephemeral else None)
        any_error = any_error or bool(doc.errors)
        for problem in doc.diagnostics:
            if args.format == "json":
                records.append(_as_json(shown, problem))
            else:
                print(problem.format(shown, translator()))
    if args.format == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2))
    return EXIT_ERRORS if any_error else EXIT_OK
