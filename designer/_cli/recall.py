"""``card-designer recall MESSAGE_ID``: take back a card posted with ``post``.

The bot recalls its own messages within the tenant's limit (24 hours unless an admin changed
it); an ephemeral card is deleted instead (``card-designer delete``). Credentials as for
``update``. Recorded in the history. Exit status: 0 recalled, 1 not recalled, 2 usage.
"""

from __future__ import annotations

import argparse

from designer._cli import say, words
from designer._cli.post import (
    THE_RECALL,
    client_for,
    guarded,
    message_id_of,
    warn_not_recorded,
)
from designer._cli.send import (
    EXIT_OK,
    add_connection_arguments,
    credentials_of_sender,
    feishu_errors,
    find_in_history,
)
from designer.messages import Text
from designer.store.history import HistoryStore

RECALLED = Text("recalled {message_id}")


MESSAGE_ID_HELP = Text("the message id printed by post (om_…)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("message_id", metavar="MESSAGE_ID", help=words(MESSAGE_ID_HELP))
    add_connection_arguments(parser)


def run(args: argparse.Namespace) -> int:
    return guarded(_recall, args)


def _recall(args: argparse.Namespace) -> int:
    message_id = message_id_of(args)
    history = HistoryStore()
    credentials = credentials_of_sender(args, find_in_history(history, message_id))

    from designer.sending import SendService

    with feishu_errors(), client_for(credentials, args) as client:
        not_recorded = SendService(history).recall(client, message_id)
    warn_not_recorded(not_recorded, THE_RECALL())
    say(RECALLED(message_id=message_id))
    return EXIT_OK
