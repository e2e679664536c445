"""``card-designer listen [--profile P] [--answer-toast TEXT [--toast-type TYPE]]``.

Opens the app's long connection to Feishu (no public URL needed: docs/feishu/long-connection.md)
and prints each card callback (``card.action.trigger``) on standard output as one line of JSON,
the event as Feishu sent it, for scripts (``… | jq .event.action``). With ``--answer-toast``
every callback is answered with that toast; without it, with nothing (the card stays as it is).

States go to standard error (connecting, connected, reconnecting after a drop), with one line
per callback saying who acted on what: by name when the member-name cache knows the person
(``designer.store.member_names``, filled by the window's chat member loads). Ctrl+C or
SIGTERM stops cleanly (exit status 0). Exit status 1 when the connection is refused (the
message names the console steps to fix it), cannot be opened in the first place, or is given
up after the reconnect tries the service allows; 2 for bad usage. Credentials: as for ``send``.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from types import FrameType
from typing import TYPE_CHECKING

from designer._cli import say, translator, words
from designer._cli.send import (
    EXIT_FAILED,
    EXIT_OK,
    CommandFailed,
    add_connection_arguments,
    credentials_for,
    error_line,
    report,
)
from designer.messages import Text

if TYPE_CHECKING:
    from designer.feishu import CardAction, ListenerState, Toast

_TOAST_TYPES = ("info", "success", "error", "warning")

# What the command says (designer.messages: in the locale's language, see designer._cli.say).
STATE = Text("listen: {state}")
STARTED = Text("listen: app {app_id} at {url}; Ctrl+C stops")
# Each callback, for a person watching (stdout keeps the event alone, for scripts).
CLICKED = Text("listen: {who} acted on {element} of card {message_id}")
CLICKED_NAMED = Text("listen: {name} ({who}) acted on {element} of card {message_id}")
UNREACHABLE = Text("error: {problem} — check the network and the base URL of this profile")
FAILED = Text("error: {problem} — {hint}")


ANSWER_TOAST_HELP = Text("answer every callback with this toast (default: answer nothing, the card stays as it is)")
TOAST_TYPE_HELP = Text("the toast's look (default: info)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_connection_arguments(parser)
    parser.add_argument(
        "--answer-toast",
        metavar="TEXT",
        help=words(ANSWER_TOAST_HELP),
    )
    parser.add_argument(
        "--toast-type",
        choices=_TOAST_TYPES,
        default="info",
        help=words(TOAST_TYPE_HELP),
    )


def run(args: argparse.Namespace) -> int:
    try:
        return _listen(args)
    except CommandFailed as exc:
        return report(exc)


def _say_who(action: CardAction, app_id: str, lock: threading.Lock) -> None:
    """Who acted on what, on standard error: by name when the member-name cache knows them
    (the window's member loads fill it); a small file read, well within the 3 s answer."""
    from designer.store.member_names import known_name

    element = action.tag + (f" {action.name}" if action.name else "")
    who, card = action.operator_open_id, action.open_message_id
    name = known_name(action.app_id or app_id, who)
    line = (
        CLICKED_NAMED(name=name, who=who, element=element, message_id=card)
        if name
        else CLICKED(who=who, element=element, message_id=card)
    )
    with lock:
        say(line, file=sys.stderr)


def _listen(args: argparse.Namespace) -> int:
    credentials = credentials_for(args)

    from designer.feishu import CallbackListener, ListenerStatus, Toast

    answer: Toast | None = None
    if args.answer_toast is not None:
        answer = Toast(args.toast_type, args.answer_toast)
    print_lock = threading.Lock()
    done = threading.Event()
    outcome: list[ListenerState] = []
    connected_once = threading.Event()

    def on_callback(action: CardAction) -> Toast | None:
        line = json.dumps(action.raw, ensure_ascii=False, separators=(",", ":"))
        with print_lock:
            print(line, flush=True)
        _say_who(action, credentials.app_id, print_lock)
        return answer

    def on_state(state: ListenerState) -> None:
        failed = state.status is ListenerStatus.REFUSED or (
            state.status is ListenerStatus.STOPPED and bool(state.message)
        )
        # Never connected: a wrong address or no network; said at once, not retried for ever.
        unreachable = state.status is ListenerStatus.RECONNECTING and not connected_once.is_set()
        if failed or unreachable:
            outcome.append(state)  # said once, as the error, by the main thread
            done.set()
            return
        if state.status is ListenerStatus.CONNECTED:
            connected_once.set()
        with print_lock:
            say(STATE(state=state.describe(translator())), file=sys.stderr)

    def on_signal(signum: int, frame: FrameType | None) -> None:
        done.set()

    try:
        listener = CallbackListener(
            credentials.base_url,
            credentials.app_id,
            credentials.app_secret,
            on_callback,
            on_state=on_state,
            timeout=args.timeout,
        )
    except ValueError as exc:
        raise CommandFailed(error_line(exc)) from None
    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        say(STARTED(app_id=credentials.app_id, url=credentials.base_url), file=sys.stderr)
        listener.start()
        while not done.wait(0.2):
            pass
    finally:
        listener.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if not outcome:
        return EXIT_OK
    state = outcome[0]
    if state.status is ListenerStatus.RECONNECTING:
        say(UNREACHABLE(problem=state.problem or state.message), file=sys.stderr)
    else:
        say(FAILED(problem=state.message, hint=state.hint), file=sys.stderr)
    return EXIT_FAILED
