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
import sys
from typing import TYPE_CHECKING, Any

from designer._cli import say, translator, words
from designer._cli.send import (
    ERRORS,
    EXIT_OK,
    EXIT_USAGE,
    ONE_ERROR,
    CommandFailed,
    add_connection_arguments,
    credentials_for,
    fail,
    feishu_errors,
    local_file_problem,
    read_text,
    report,
    warn,
)
from designer.cards import parse
from designer.messages import Message, Text
from designer.store.credentials import Credentials

if TYPE_CHECKING:
    from designer.feishu import FeishuClient

# What the commands say (designer.messages: in the locale's language, see designer._cli.say).
INTERRUPTED = Text("error: interrupted — the change may or may not have happened; look in the chat")
NOT_A_MESSAGE_ID = Text("error: {value} is not a message id (it looks like om_…)")
NOT_RECORDED = Text("the {what} could not be recorded in the history ({problem})")
EMPTY_CHAT = Text("error: --chat is empty (a chat id looks like oc_…)")
BAD_UUID = Text("error: --uuid must be 1 to 50 characters")
THE_POST = Text("post")
THE_UPDATE = Text("update")
THE_RECALL = Text("recall")


FILE_HELP = Text("card JSON file ('-' = standard input)")
CHAT_HELP = Text("the chat to post to (oc_…)")
UUID_HELP = Text("up to 50 characters; posting again with the same uuid within an hour posts nothing new")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="CARD", help=words(FILE_HELP))
    parser.add_argument("--chat", required=True, metavar="CHAT_ID", help=words(CHAT_HELP))
    parser.add_argument(
        "--uuid",
        metavar="TEXT",
        help=words(UUID_HELP),
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
        return report(local_file_problem(exc))
    except KeyboardInterrupt:
        say(INTERRUPTED(), file=sys.stderr)
        return 1


def read_card(name: str) -> dict[str, Any]:
    """The card in file ``name`` (a bare card, or the ``card`` of a request body), checked:
    its problems are printed and an error stops the command before anything is sent."""
    shown = "<stdin>" if name == "-" else name
    document = parse(read_text(name), ephemeral=False)
    for problem in document.diagnostics:
        print(problem.format(shown, translate=translator()), file=sys.stderr)
    if document.errors or document.card is None:
        count = len(document.errors)
        fail(ONE_ERROR(file=shown) if count == 1 else ERRORS(file=shown, count=count))
    return document.card


def message_id_of(args: argparse.Namespace) -> str:
    message_id: str = args.message_id.strip()
    if not message_id or "/" in message_id:
        fail(NOT_A_MESSAGE_ID(value=repr(args.message_id)), EXIT_USAGE)
    return message_id


def client_for(credentials: Credentials, args: argparse.Namespace) -> FeishuClient:
    from designer.feishu import FeishuClient

    return FeishuClient(credentials.base_url, credentials.app_id, credentials.app_secret, timeout=args.timeout)


def warn_not_recorded(not_recorded: OSError | None, what: Message) -> None:
    """The call happened; only its history line is missing: a warning, never a failure."""
    if not_recorded is not None:
        warn(NOT_RECORDED(what=what, problem=not_recorded))


def _post(args: argparse.Namespace) -> int:
    chat_id = args.chat.strip()
    if not chat_id:
        fail(EMPTY_CHAT(), EXIT_USAGE)
    if args.uuid is not None and not 1 <= len(args.uuid) <= 50:
        fail(BAD_UUID(), EXIT_USAGE)
    card = read_card(args.file)
    credentials = credentials_for(args)

    from designer.sending import Sender, SendService

    # The service records the post (or its failure) in the history, as the window does.
    with feishu_errors(), client_for(credentials, args) as client:
        outcome = SendService().post(
            client, Sender(credentials.profile or "", credentials.base_url), chat_id, None, card, uuid=args.uuid
        )
    warn_not_recorded(outcome.not_recorded, THE_POST())
    print(outcome.message_id)
    return EXIT_OK
