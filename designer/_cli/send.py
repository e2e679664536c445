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
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

from designer._cli import read_stdin
from designer.cards import parse
from designer.errors import describe
from designer.feishu import DeliveryStatus, Recipient, first_recipient
from designer.sending import Delivery, SendOutcome, resolve_target
from designer.store.credentials import (
    Credentials,
    KeyringUnavailable,
    MissingCredentials,
    resolve_credentials,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CommandFailed(Exception):
    """Stop a command: ``message`` goes to standard error, ``status`` is the exit status."""

    def __init__(self, message: str, status: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.status = status


def fail(message: str, status: int = EXIT_FAILED) -> NoReturn:
    raise CommandFailed(message, status)


def report(exc: CommandFailed) -> int:
    print(exc, file=sys.stderr)
    return exc.status


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def add_connection_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help="the profile to use (default: FEISHU_APP_ID/FEISHU_APP_SECRET if set, else the active profile)",
    )
    parser.add_argument(
        "--base-url", metavar="URL", help="call this API address instead (https, or http to 127.0.0.1)"
    )
    parser.add_argument(
        "--timeout", type=_seconds, default=10.0, metavar="SECONDS", help="network time-out (default: 10)"
    )


def _seconds(text: str) -> float:
    """A time-out argument: a finite number of seconds above zero (argparse reports the rest)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r}: the time-out must be a number of seconds above 0")
    return value


def credentials_for(args: argparse.Namespace, profile: str | None = None) -> Credentials:
    """The credentials the arguments ask for, or ``CommandFailed`` saying what is missing."""
    try:
        return resolve_credentials(profile if profile is not None else args.profile, base_url=args.base_url)
    except (MissingCredentials, KeyringUnavailable) as exc:
        fail(f"error: {exc.describe()}")
    except ValueError as exc:  # an unusable base URL (InsecureURL: where it came from, what to do)
        fail(f"error: {describe(exc)}", EXIT_USAGE)


@contextmanager
def feishu_errors() -> Iterator[None]:
    """Turn the client's errors into ``error: <what> — <hint>``."""
    from designer.feishu import FeishuError

    try:
        yield
    except FeishuError as exc:
        fail(f"error: {exc.describe()}")


def read_text(name: str) -> str:
    """The text of FILE (``-`` = standard input), or ``CommandFailed`` (usage) saying why not."""
    try:
        if name == "-":
            return read_stdin()
        with open(name, encoding="utf-8-sig") as handle:
            return handle.read()
    except FileNotFoundError:
        fail(f"error: {name}: no such file", EXIT_USAGE)
    except IsADirectoryError:
        fail(f"error: {name}: is a folder, not a card file", EXIT_USAGE)
    except UnicodeDecodeError as exc:
        fail(f"error: {name}: not UTF-8 text (byte {exc.start}); save the card as UTF-8", EXIT_USAGE)
    except OSError as exc:
        fail(f"error: {name}: cannot be read ({exc.strerror})", EXIT_USAGE)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help="card JSON or an ephemeral request body ('-' = standard input)"
    )
    parser.add_argument(
        "--chat", metavar="CHAT_ID", help="the group chat (oc_…); default: chat_id of the body"
    )
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--open-id", metavar="OPEN_ID", help="the member who sees the card (ou_…)")
    who.add_argument("--user-id", metavar="USER_ID", help="… by user id")
    who.add_argument("--email", metavar="EMAIL", help="… by email address")
    parser.add_argument(
        "--to",
        action="append",
        metavar="CHAT_ID:ID",
        help="a member of a chat (open_id, user_id or email); give it once per recipient, in any chats",
    )
    add_connection_arguments(parser)


def run(args: argparse.Namespace) -> int:
    try:
        return _send(args)
    except CommandFailed as exc:
        return report(exc)
    except OSError as exc:  # e.g. the data folder is not writable: never a traceback
        return report(CommandFailed(f"error: {exc.filename or 'a local file'}: {exc.strerror or exc}"))
    except KeyboardInterrupt:
        print("error: interrupted — the card may or may not have been sent; check the chat", file=sys.stderr)
        return EXIT_FAILED


def _send(args: argparse.Namespace) -> int:
    shown = "<stdin>" if args.file == "-" else args.file
    document = parse(read_text(args.file), ephemeral=True)
    for problem in document.diagnostics:
        print(problem.format(shown), file=sys.stderr)
    if document.errors or document.card is None:
        count = len(document.errors)
        fail(
            f"error: {shown}: {count} error{'s' if count != 1 else ''} in the card — fix them; nothing was sent"
        )
    if args.to:
        return _send_to_many(args, document.card)
    body: dict[str, Any] | None = document.data if document.is_request_body else None
    # The command line's options win; the request body fills what they leave out.
    given = first_recipient(vars(args))
    chat_id, recipients = resolve_target(args.chat, [Recipient(*given)] if given else [], body)
    if not chat_id:
        fail("error: no chat: give --chat oc_… (or chat_id in the request body)", EXIT_USAGE)
    if not recipients:
        fail(
            "error: no recipient: give --open-id ou_…, --user-id … or --email … "
            "(or open_id / user_id / email in the request body)",
            EXIT_USAGE,
        )
    credentials = credentials_for(args)
    outcome = _deliver(args, credentials, document.card, [Delivery(chat_id, recipients[0])])
    [item] = outcome.report.items
    if item.status is not DeliveryStatus.SENT:
        fail(f"error: {describe(item.error) if item.error is not None else 'not sent'}")
    _remember_all(credentials.profile, [(chat_id, item.recipient)])
    print(item.message_id)
    return EXIT_OK


def _targets(args: argparse.Namespace) -> list[tuple[str, Recipient]]:
    """``--to CHAT_ID:ID`` as ``(chat, Recipient)`` pairs, or ``CommandFailed`` (usage) naming the bad one."""
    from designer.feishu.recipient_id import classify

    if args.chat or first_recipient(vars(args)) is not None:
        fail(
            "error: give --to CHAT_ID:ID for each recipient, or --chat with one recipient, not both",
            EXIT_USAGE,
        )
    targets: list[tuple[str, Recipient]] = []
    for entry in args.to:
        chat_id, colon, value = (part.strip() for part in entry.partition(":"))
        if not colon or not chat_id or not value:
            fail(
                f"error: --to {entry!r}: write CHAT_ID:ID, e.g. oc_…:ou_… or oc_…:li@example.com", EXIT_USAGE
            )
        check = classify(value)
        if check.kind is None:
            what = (
                f"is a {check.other}, not a person's id"
                if check.other
                else "is not an open_id (ou_…), user_id or email"
            )
            fail(f"error: --to {entry!r}: {value!r} {what}", EXIT_USAGE)
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
            print(f"error: {where}: {describe(item.error)}", file=sys.stderr)
        else:
            print(f"error: {where}: not sent (the run stopped first)", file=sys.stderr)
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
        count = len(outcome.not_recorded)
        what = "the send" if len(deliveries) == 1 else f"{count} send(s)"
        warn(f"{what} could not be recorded in the history ({outcome.not_recorded[0]})")
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
        warn(f"recent chats could not be saved ({exc})")
