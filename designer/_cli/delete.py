"""``card-designer delete MESSAGE_ID``: delete an ephemeral card sent earlier.

Credentials: ``--profile``, else the environment, else the profile that sent the message
(from the history), else the active profile. The result is recorded in the history.
Exit status: 0 deleted, 1 not deleted (``error: <what> — <hint>`` on standard error), 2 usage.
"""

from __future__ import annotations

import argparse

from designer._cli import say, words
from designer._cli.send import (
    EXIT_OK,
    EXIT_USAGE,
    CommandFailed,
    add_connection_arguments,
    credentials_of_sender,
    error_line,
    fail,
    feishu_errors,
    find_in_history,
    local_file_problem,
    report,
    warn,
)
from designer.messages import Text
from designer.sending import SendService

EMPTY_ID = Text("error: the message id is empty (it looks like om_…)")
DELETED = Text("deleted {message_id}")
DELETE_NOT_RECORDED = Text("the delete could not be recorded in the history ({problem})")


MESSAGE_ID_HELP = Text("the message id printed by send (om_…)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("message_id", metavar="MESSAGE_ID", help=words(MESSAGE_ID_HELP))
    add_connection_arguments(parser)


def run(args: argparse.Namespace) -> int:
    try:
        return _delete(args)
    except CommandFailed as exc:
        return report(exc)
    except OSError as exc:  # e.g. the data folder is not writable: never a traceback
        return report(local_file_problem(exc))


def _delete(args: argparse.Namespace) -> int:
    message_id = args.message_id.strip()
    if not message_id:
        fail(EMPTY_ID(), EXIT_USAGE)
    service = SendService()
    # The app that sent a card is the one that may delete it.
    credentials = credentials_of_sender(args, find_in_history(service.history, message_id))

    from designer.feishu import FeishuClient

    # The service records the outcome in the history (deleted, or delete_failed with the error).
    with (
        feishu_errors(),
        FeishuClient(
            credentials.base_url, credentials.app_id, credentials.app_secret, timeout=args.timeout
        ) as client,
    ):
        outcome = service.delete(client, message_id)
    if outcome.not_recorded is not None:
        warn(DELETE_NOT_RECORDED(problem=outcome.not_recorded))
    if outcome.already_deleted is not None:
        # Gone either way: the history shows it deleted, the command says it did nothing.
        fail(error_line(outcome.already_deleted))
    say(DELETED(message_id=message_id))
    return EXIT_OK
