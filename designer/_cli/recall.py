"""``card-designer recall MESSAGE_ID``: take back a card posted with ``post``.

The bot recalls its own messages within the tenant's limit (24 hours unless an admin changed
it); an ephemeral card is deleted instead (``card-designer delete``). Credentials as for
``update``. Recorded in the history. Exit status: 0 recalled, 1 not recalled, 2 usage.
"""

from __future__ import annotations

import argparse

from designer._cli.post import credentials_of_sender, fail, find_in_history, guarded, message_id_of, record
from designer._cli.send import EXIT_OK, add_connection_arguments
from designer.store.history import HistoryStore


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("message_id", metavar="MESSAGE_ID", help="the message id printed by post (om_…)")
    add_connection_arguments(parser)


def run(args: argparse.Namespace) -> int:
    return guarded(_recall, args)


def _recall(args: argparse.Namespace) -> int:
    message_id = message_id_of(args)
    history = HistoryStore()
    credentials = credentials_of_sender(args, find_in_history(history, message_id))

    from designer.feishu import FeishuClient, FeishuError, MessageRecalled

    try:
        with FeishuClient(
            credentials.base_url, credentials.app_id, credentials.app_secret, timeout=args.timeout
        ) as client:
            client.messages.recall(message_id)
    except MessageRecalled as exc:
        record(lambda: history.mark_recalled(message_id), "recall")  # gone either way
        fail(f"error: {exc} — {exc.hint}")
    except FeishuError as exc:
        problem = f"{exc} — {exc.hint}"
        record(lambda: history.mark_recalled(message_id, problem), "recall")
        fail(f"error: {problem}")
    record(lambda: history.mark_recalled(message_id), "recall")
    print(f"recalled {message_id}")
    return EXIT_OK
