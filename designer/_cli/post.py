"""``card-designer post --chat oc_… CARD.json``: post a card for the whole chat to see.

The card is validated first (``designer.cards.parse``): errors are printed and nothing is
posted. On success the message id is printed alone on standard output, for scripts:

    id=$(card-designer post --chat oc_x final.json) && card-designer update "$id" v2.json

``--uuid`` makes the post safe to repeat: Feishu posts one card per uuid within an hour.
The post is recorded in the history as a group post (``update`` and ``recall`` record theirs).
Credentials as for ``send``. Exit status: 0 posted, 1 not posted, 2 usage; failures print
``error: <what> — <hint>`` on standard error, never a traceback.

Also the helpers of ``update``, ``recall`` and ``answer`` (one card reader, one client).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from designer._cli.send import (
    EXIT_OK,
    EXIT_USAGE,
    CommandFailed,
    add_connection_arguments,
    credentials_for,
    fail,
    read_text,
    report,
    warn,
)
from designer.cards import parse
from designer.store.credentials import ENV_APP_ID, ENV_APP_SECRET, Credentials
from designer.store.history import HistoryEntry, HistoryStore


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="CARD", help="card JSON file ('-' = standard input)")
    parser.add_argument("--chat", required=True, metavar="CHAT_ID", help="the chat to post to (oc_…)")
    parser.add_argument(
        "--uuid",
        metavar="TEXT",
        help="up to 50 characters; posting again with the same uuid within an hour posts nothing new",
    )
    add_connection_arguments(parser)


def run(args: argparse.Namespace) -> int:
    return guarded(_post, args)


def guarded(command: Any, args: argparse.Namespace) -> int:
    """Run ``command(args)``: a ``CommandFailed`` or a local file error is one line, never a traceback."""
    try:
        result: int = command(args)
        return result
    except CommandFailed as exc:
        return report(exc)
    except OSError as exc:  # e.g. the data folder is not writable
        return report(CommandFailed(f"error: {exc.filename or 'a local file'}: {exc.strerror or exc}"))
    except KeyboardInterrupt:
        print(
            "error: interrupted — the change may or may not have happened; look in the chat", file=sys.stderr
        )
        return 1


def read_card(name: str) -> dict[str, Any]:
    """The card in file ``name`` (a bare card, or the ``card`` of a request body), checked:
    its problems are printed and an error stops the command before anything is sent."""
    shown = "<stdin>" if name == "-" else name
    document = parse(read_text(name), ephemeral=False)
    for problem in document.diagnostics:
        print(problem.format(shown), file=sys.stderr)
    if document.errors or document.card is None:
        count = len(document.errors)
        fail(
            f"error: {shown}: {count} error{'s' if count != 1 else ''} in the card — fix them; nothing was sent"
        )
    return document.card


def message_id_of(args: argparse.Namespace) -> str:
    message_id: str = args.message_id.strip()
    if not message_id or "/" in message_id:
        fail(f"error: {args.message_id!r} is not a message id (it looks like om_…)", EXIT_USAGE)
    return message_id


def find_in_history(history: HistoryStore, message_id: str) -> HistoryEntry | None:
    try:
        return history.find_message(message_id)
    except OSError as exc:
        warn(f"the history could not be read ({exc})")
        return None


def credentials_of_sender(args: argparse.Namespace, sent: HistoryEntry | None) -> Credentials:
    """``--profile``, else the environment, else the profile that sent the message (only the
    app that sent a card may change it), else the active profile."""
    from designer.store.profiles import ProfileStore

    profile = args.profile
    from_env = os.environ.get(ENV_APP_ID) or os.environ.get(ENV_APP_SECRET)
    if profile is None and not from_env and sent is not None and sent.profile in ProfileStore().names():
        profile = sent.profile
    return credentials_for(args, profile)


def record(change: Any, what: str) -> None:
    """Write one change to the history; a file problem is a warning (the call happened anyway)."""
    try:
        change()
    except OSError as exc:
        warn(f"the {what} could not be recorded in the history ({exc})")


def _post(args: argparse.Namespace) -> int:
    chat_id = args.chat.strip()
    if not chat_id:
        fail("error: --chat is empty (a chat id looks like oc_…)", EXIT_USAGE)
    if args.uuid is not None and not 1 <= len(args.uuid) <= 50:
        fail("error: --uuid must be 1 to 50 characters", EXIT_USAGE)
    card = read_card(args.file)
    credentials = credentials_for(args)

    from designer.feishu import FeishuClient, FeishuError
    from designer.store.history import group_post_entry

    history = HistoryStore()
    where = (credentials.profile or "", credentials.base_url, chat_id, None, card)
    try:
        with FeishuClient(
            credentials.base_url, credentials.app_id, credentials.app_secret, timeout=args.timeout
        ) as client:
            posted = client.messages.send_card(chat_id, card, uuid=args.uuid)
    except FeishuError as exc:
        problem = f"{exc} — {exc.hint}"
        record(lambda: history.append(group_post_entry(*where, error=problem)), "post")
        fail(f"error: {problem}")
    if find_in_history(history, posted.message_id) is None:  # a repeated uuid: recorded already
        entry = group_post_entry(*where, message_id=posted.message_id, sent_at=posted.created_at)
        record(lambda: history.append(entry), "post")
    print(posted.message_id)
    return EXIT_OK
