"""``card-designer send FILE --chat oc_… (--open-id ou_… | --user-id … | --email …)``,
or to several people in several chats: ``card-designer send FILE --to oc_…:ou_… --to oc_…:li@example.com …``.

FILE is a bare card or a whole ephemeral request body (``chat_id``, ``open_id`` …, ``card``);
ids missing from the command line come from the body, given ones win. The card is validated
first (``designer.cards.parse(text, ephemeral=True)``): errors are printed and nothing is
sent. On success the message id is printed alone on standard output, for scripts:

    id=$(card-designer send card.json --chat oc_x --email li@example.com) && card-designer delete "$id"

With ``--to`` (given once per recipient, ``CHAT_ID:ID``, the id an open_id, user_id or email)
the sends go together at the service's rate limits (50 per second across chats, 40 per chat),
and each one sent prints ``message_id<TAB>chat_id<TAB>id`` on standard output, in the order
given; each failure prints ``error: …`` on standard error, and the exit status is 1 if any failed.

Every attempt is recorded in the history (``designer.store.history``). Credentials: ``--profile``,
else ``FEISHU_APP_ID`` / ``FEISHU_APP_SECRET`` / ``FEISHU_BASE_URL``, else the active profile.

Exit status: 0 sent, 1 not sent (invalid card, missing credentials, the service refused, …),
2 usage (file unreadable, no chat or recipient). Failures print ``error: <what> — <hint>``
on standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

from designer._cli import read_stdin, say, translator, words
from designer.cards import parse
from designer.errors import DesignerError
from designer.feishu import DeliveryStatus, Recipient, first_recipient
from designer.messages import Message, Text, message_of
from designer.sending import Delivery, SendOutcome, resolve_target
from designer.store.credentials import (
    ENV_APP_ID,
    ENV_APP_SECRET,
    Credentials,
    KeyringUnavailable,
    MissingCredentials,
    resolve_credentials,
)
from designer.store.history import HistoryEntry, HistoryStore

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# What the commands say (designer.messages: in the locale's language, see designer._cli.say).
ERROR = Text("error: {problem}")
ERROR_HINT = Text("error: {problem} — {hint}")
WARNING = Text("warning: {problem}")
NO_SUCH_FILE = Text("error: {file}: no such file")
IS_A_FOLDER = Text("error: {file}: is a folder, not a card file")
NOT_UTF8 = Text("error: {file}: not UTF-8 text (byte {byte}); save the card as UTF-8")
CANNOT_READ = Text("error: {file}: cannot be read ({reason})")
LOCAL_FILE = Text("error: {file}: {reason}")
A_LOCAL_FILE = Text("a local file")
NO_RECIPIENT = Text(
    "error: no recipient: give --open-id ou_…, --user-id … or --email … "
    "(or open_id / user_id / email in the request body)"
)
INTERRUPTED = Text("error: interrupted — the card may or may not have been sent; check the chat")
ONE_ERROR = Text("error: {file}: 1 error in the card — fix it; nothing was sent")
ERRORS = Text("error: {file}: {count} errors in the card — fix them; nothing was sent")
NO_CHAT = Text("error: no chat: give --chat oc_… (or chat_id in the request body)")
TO_AND_CHAT = Text("error: give --to CHAT_ID:ID for each recipient, or --chat with one recipient, not both")
TO_FORM = Text("error: --to {entry}: write CHAT_ID:ID, e.g. oc_…:ou_… or oc_…:li@example.com")
TO_OTHER_ID = Text("error: --to {entry}: {value} is a {other}, not a person's id")
TO_NO_ID = Text("error: --to {entry}: {value} is not an open_id (ou_…), user_id or email")
NOT_RECORDED = Text("{count} send(s) could not be recorded in the history ({problem})")
ONE_NOT_RECORDED = Text("the send could not be recorded in the history ({problem})")
CHATS_NOT_SAVED = Text("recent chats could not be saved ({problem})")
FAILED_TO = Text("error: {where}: {problem} — {hint}")
STOPPED_FIRST = Text("error: {where}: not sent (the run stopped first)")

NOT_SENT = Text("not sent")
HISTORY_UNREADABLE = Text("the history could not be read ({problem})")


class CommandFailed(Exception):
    """Stop a command: ``message`` goes to standard error, ``status`` is the exit status."""

    def __init__(self, message: str, status: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.message = message  # (a Message: said in the locale's language)
        self.status = status


def fail(message: str, status: int = EXIT_FAILED) -> NoReturn:
    raise CommandFailed(message, status)


def report(exc: CommandFailed) -> int:
    say(exc.message, file=sys.stderr)
    return exc.status


def warn(message: str) -> None:
    say(WARNING(problem=message), file=sys.stderr)


PROFILE_HELP = Text("the profile to use (default: FEISHU_APP_ID/FEISHU_APP_SECRET if set, else the active profile)")
BASE_URL_HELP = Text("call this API address instead (https, or http to 127.0.0.1)")
TIMEOUT_HELP = Text("network time-out (default: 10)")
FILE_HELP = Text("card JSON or an ephemeral request body ('-' = standard input)")
CHAT_HELP = Text("the group chat (oc_…); default: chat_id of the body")
OPEN_ID_HELP = Text("the member who sees the card (ou_…)")
USER_ID_HELP = Text("… by user id")
EMAIL_HELP = Text("… by email address")
TO_HELP = Text("a member of a chat (open_id, user_id or email); give it once per recipient, in any chats")


def add_connection_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help=words(PROFILE_HELP),
    )
    parser.add_argument(
        "--base-url", metavar="URL", help=words(BASE_URL_HELP)
    )
    parser.add_argument(
        "--timeout", type=_seconds, default=10.0, metavar="SECONDS", help=words(TIMEOUT_HELP)
    )


NOT_SECONDS = Text("{value} is not a number of seconds")
SECONDS_NOT_ABOVE_ZERO = Text("{value}: the time-out must be a number of seconds above 0")


def _seconds(text: str) -> float:
    """A time-out argument: a finite number of seconds above zero (argparse reports the rest)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(words(NOT_SECONDS, value=repr(text))) from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(words(SECONDS_NOT_ABOVE_ZERO, value=repr(text)))
    return value


def credentials_for(args: argparse.Namespace, profile: str | None = None) -> Credentials:
    """The credentials the arguments ask for, or ``CommandFailed`` saying what is missing."""
    try:
        return resolve_credentials(profile if profile is not None else args.profile, base_url=args.base_url)
    except (MissingCredentials, KeyringUnavailable) as exc:
        fail(error_line(exc))
    except ValueError as exc:  # an unusable base URL (InsecureURL: where it came from, what to do)
        fail(error_line(exc), EXIT_USAGE)


def find_in_history(history: HistoryStore, message_id: str) -> HistoryEntry | None:
    """The history's entry of ``message_id`` (None: not there); a history that cannot be read
    is a warning, not a failure: the command goes on without it."""
    try:
        return history.find_message(message_id)
    except OSError as exc:
        warn(HISTORY_UNREADABLE(problem=exc))
        return None


def credentials_of_sender(args: argparse.Namespace, sent: HistoryEntry | None) -> Credentials:
    """``--profile``, else the environment, else the profile that sent the message ``sent``
    (only the app that sent a card may delete, update or recall it), else the active profile."""
    from designer.store.profiles import ProfileStore

    profile = args.profile
    from_env = os.environ.get(ENV_APP_ID) or os.environ.get(ENV_APP_SECRET)
    if profile is None and not from_env and sent is not None and sent.profile in ProfileStore().names():
        profile = sent.profile
    return credentials_for(args, profile)


@contextmanager
def feishu_errors() -> Iterator[None]:
    """Turn the client's errors into ``error: <what> — <hint>``."""
    from designer.feishu import FeishuError

    try:
        yield
    except FeishuError as exc:
        fail(error_line(exc))


def error_line(exc: BaseException) -> Message:
    """``error: <what> — <hint>`` for any error (translated where said; see ``say``)."""
    if isinstance(exc, DesignerError) and exc.hint:
        return ERROR_HINT(problem=str(exc), hint=exc.hint)
    return ERROR(problem=message_of(exc))


def local_file_problem(exc: OSError) -> CommandFailed:
    """What a command says when a local file (history, settings) cannot be written or read."""
    return CommandFailed(LOCAL_FILE(file=exc.filename or A_LOCAL_FILE(), reason=exc.strerror or exc))


def read_text(name: str) -> str:
    """The text of FILE (``-`` = standard input), or ``CommandFailed`` (usage) saying why not."""
    try:
        if name == "-":
            return read_stdin()
        with open(name, encoding="utf-8-sig") as handle:
            return handle.read()
    except FileNotFoundError:
        fail(NO_SUCH_FILE(file=name), EXIT_USAGE)
    except IsADirectoryError:
        fail(IS_A_FOLDER(file=name), EXIT_USAGE)
    except UnicodeDecodeError as exc:
        fail(NOT_UTF8(file=name, byte=exc.start), EXIT_USAGE)
    except OSError as exc:
        fail(CANNOT_READ(file=name, reason=exc.strerror), EXIT_USAGE)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=words(FILE_HELP)
    )
    parser.add_argument(
        "--chat", metavar="CHAT_ID", help=words(CHAT_HELP)
    )
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--open-id", metavar="OPEN_ID", help=words(OPEN_ID_HELP))
    who.add_argument("--user-id", metavar="USER_ID", help=words(USER_ID_HELP))
    who.add_argument("--email", metavar="EMAIL", help=words(EMAIL_HELP))
    parser.add_argument(
        "--to",
        action="append",
        metavar="CHAT_ID:ID",
        help=words(TO_HELP),
    )
    add_connection_arguments(parser)


def run(args: argparse.Namespace) -> int:
    try:
        return _send(args)
    except CommandFailed as exc:
        return report(exc)
    except OSError as exc:  # e.g. the data folder is not writable: never a traceback
        return report(local_file_problem(exc))
    except KeyboardInterrupt:
        say(INTERRUPTED(), file=sys.stderr)
        return EXIT_FAILED


def _send(args: argparse.Namespace) -> int:
    shown = "<stdin>" if args.file == "-" else args.file
    document = parse(read_text(args.file), ephemeral=True)
    for problem in document.diagnostics:
        print(problem.format(shown, translate=translator()), file=sys.stderr)
    if document.errors or document.card is None:
        count = len(document.errors)
        fail(ONE_ERROR(file=shown) if count == 1 else ERRORS(file=shown, count=count))
    if args.to:
        return _send_to_many(args, document.card)
    body: dict[str, Any] | None = document.data if document.is_request_body else None
    # The command line's options win; the request body fills what they leave out.
    given = first_recipient(vars(args))
    chat_id, recipients = resolve_target(args.chat, [Recipient(*given)] if given else [], body)
    if not chat_id:
        fail(NO_CHAT(), EXIT_USAGE)
    if not recipients:
        fail(NO_RECIPIENT(), EXIT_USAGE)
    credentials = credentials_for(args)
    outcome = _deliver(args, credentials, document.card, [Delivery(chat_id, recipients[0])])
    [item] = outcome.report.items
    if item.status is not DeliveryStatus.SENT:
        fail(error_line(item.error) if item.error is not None else ERROR(problem=NOT_SENT()))
    _remember_all(credentials.profile, [(chat_id, item.recipient)])
    print(item.message_id)
    return EXIT_OK


def _targets(args: argparse.Namespace) -> list[tuple[str, Recipient]]:
    """``--to CHAT_ID:ID`` as ``(chat, Recipient)`` pairs, or ``CommandFailed`` (usage) naming the bad one."""
    from designer.feishu.recipient_id import classify

    if args.chat or first_recipient(vars(args)) is not None:
        fail(TO_AND_CHAT(), EXIT_USAGE)
    targets: list[tuple[str, Recipient]] = []
    for entry in args.to:
        chat_id, colon, value = (part.strip() for part in entry.partition(":"))
        if not colon or not chat_id or not value:
            fail(TO_FORM(entry=repr(entry)), EXIT_USAGE)
        check = classify(value)
        if check.kind is None:
            if check.other:
                fail(TO_OTHER_ID(entry=repr(entry), value=repr(value), other=check.other), EXIT_USAGE)
            fail(TO_NO_ID(entry=repr(entry), value=repr(value)), EXIT_USAGE)
        targets.append((chat_id, Recipient(check.kind, value)))
    return targets


def _send_to_many(args: argparse.Namespace, card: dict[str, Any]) -> int:
    """``--to`` given: one bulk send across the chats; see the module's docstring."""
    targets = _targets(args)
    credentials = credentials_for(args)
    report = _deliver(
        args, credentials, card, [Delivery(chat, recipient) for chat, recipient in targets]
    ).report
    sent: list[tuple[str, Recipient]] = []
    for item in report.items:
        where = f"{item.chat_id}:{item.recipient.value}"
        if item.status is DeliveryStatus.SENT:
            print(f"{item.message_id}\t{item.chat_id}\t{item.recipient.value}")
            sent.append((item.chat_id, item.recipient))
        elif item.error is not None:
            say(FAILED_TO(where=where, problem=str(item.error), hint=item.error.hint), file=sys.stderr)
        else:
            say(STOPPED_FIRST(where=where), file=sys.stderr)
    _remember_all(credentials.profile, sent)
    return EXIT_OK if report.sent == len(report.items) else EXIT_FAILED


def _deliver(
    args: argparse.Namespace, credentials: Credentials, card: dict[str, Any], deliveries: list[Delivery]
) -> SendOutcome:
    """Send through the one send service (which records every outcome in the history, as the
    window does); a history that could not be written is a warning, never hides a result."""
    from designer.feishu import FeishuClient
    from designer.sending import Sender, SendService

    with (
        feishu_errors(),
        FeishuClient(
            credentials.base_url, credentials.app_id, credentials.app_secret, timeout=args.timeout
        ) as client,
    ):
        outcome = SendService().send(
            client, Sender(credentials.profile or "", credentials.base_url), card, deliveries
        )
    if outcome.not_recorded:
        problem = outcome.not_recorded[0]
        if len(deliveries) == 1:
            warn(ONE_NOT_RECORDED(problem=problem))
        else:
            warn(NOT_RECORDED(count=len(outcome.not_recorded), problem=problem))
    return outcome


def _remember_all(profile: str | None, sends: list[tuple[str, Recipient]]) -> None:
    """Remember each (chat, recipient) in one locked update of the settings, so a window
    saving them at the same time loses nothing (recent lists are per profile)."""
    if profile is None or not sends:
        return
    from designer.store.settings import Settings, update_settings

    def change(settings: Settings) -> None:
        chats = list(dict.fromkeys(chat_id for chat_id, _recipient in sends))
        settings.remember_sends(profile, [{"chat_id": chat} for chat in chats], [r for _chat, r in sends])

    try:
        update_settings(change)
    except OSError as exc:
        warn(CHATS_NOT_SAVED(problem=exc))
