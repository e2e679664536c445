"""``card-designer update MESSAGE_ID CARD.json``: replace a card posted with ``post``, in place.

Only a shared card (``"update_multi": true`` in its config, before and after; JSON 2.0 cards
always are), within 14 days of posting, not recalled; an ephemeral card cannot be updated
(delete it and send a new one). Credentials: ``--profile``, else the environment, else the
profile that posted it (from the history), else the active profile. Recorded in the history.
Exit status: 0 updated, 1 not updated (``error: <what> — <hint>``), 2 usage.
"""

from __future__ import annotations

import argparse

from designer._cli import say, words
from designer._cli.post import (
    THE_UPDATE,
    client_for,
    guarded,
    message_id_of,
    read_card,
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

UPDATED = Text("updated {message_id}")


MESSAGE_ID_HELP = Text("the message id printed by post (om_…)")
FILE_HELP = Text("the new card JSON ('-' = standard input)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("message_id", metavar="MESSAGE_ID", help=words(MESSAGE_ID_HELP))
    parser.add_argument("file", metavar="CARD", help=words(FILE_HELP))
    add_connection_arguments(parser)


def run(args: argparse.Namespace) -> int:
    return guarded(_update, args)


def _update(args: argparse.Namespace) -> int:
    message_id = message_id_of(args)
    card = read_card(args.file)
    history = HistoryStore()
    credentials = credentials_of_sender(args, find_in_history(history, message_id))

    from designer.sending import SendService

    with feishu_errors(), client_for(credentials, args) as client:
        not_recorded = SendService(history).update(client, message_id, card)
    warn_not_recorded(not_recorded, THE_UPDATE())
    say(UPDATED(message_id=message_id))
    return EXIT_OK
