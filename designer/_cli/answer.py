"""``card-designer answer --token c-… CARD.json``: the delayed update of a clicked card.

The token is the ``token`` of the click's ``card.action.trigger`` event (``card-designer
listen`` prints it). It works only after the click was answered, within 30 minutes of it, at
most twice. Credentials as for ``send``. Exit status: 0 updated, 1 not updated, 2 usage.
"""

from __future__ import annotations

import argparse

from designer._cli import say, words
from designer._cli.post import guarded, read_card
from designer._cli.send import (
    EXIT_OK,
    EXIT_USAGE,
    add_connection_arguments,
    credentials_for,
    error_line,
    fail,
)
from designer.messages import Text

EMPTY_TOKEN = Text("error: --token is empty (a callback token looks like c-…)")
UPDATED_CLICKED = Text("updated the clicked card")


FILE_HELP = Text("the card to show instead ('-' = standard input)")
TOKEN_HELP = Text("the callback token of the click (c-…, from listen)")
OPEN_ID_HELP = Text("update the card only for this person (repeat for several; default: everyone who sees it)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="CARD", help=words(FILE_HELP))
    parser.add_argument(
        "--token", required=True, metavar="TOKEN", help=words(TOKEN_HELP)
    )
    parser.add_argument(
        "--open-id",
        action="append",
        metavar="OPEN_ID",
        help=words(OPEN_ID_HELP),
    )
    add_connection_arguments(parser)


def run(args: argparse.Namespace) -> int:
    return guarded(_answer, args)


def _answer(args: argparse.Namespace) -> int:
    token = args.token.strip()
    if not token:
        fail(EMPTY_TOKEN(), EXIT_USAGE)
    card = read_card(args.file)
    credentials = credentials_for(args)

    from designer.feishu import FeishuClient, FeishuError

    try:
        with FeishuClient(
            credentials.base_url, credentials.app_id, credentials.app_secret, timeout=args.timeout
        ) as client:
            client.cards.delayed_update(token, card, open_ids=args.open_id)
    except FeishuError as exc:
        fail(error_line(exc))
    say(UPDATED_CLICKED())
    return EXIT_OK
