"""``card-designer sandbox [--host H] [--port N] [--app-id ID --app-secret SECRET] [--verbose]``.

Runs the local Feishu API sandbox in the foreground. The first three lines on standard
output are the base URL, the app id and the app secret it accepts (the demo ones unless
given), so a script can read them; then the demo chats. Stops cleanly on Ctrl+C or
SIGTERM (exit status 0). Exit status 1 when the address cannot be used, 2 for bad usage.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from types import FrameType

from designer._cli import say, words
from designer.messages import Text

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# What the command says (designer.messages: in the locale's language, see designer._cli.say).
# The first three lines keep their English labels: scripts read them (see the module's docstring).
ID_AND_SECRET = Text("error: give --app-id and --app-secret together (or neither, for the demo app)")
EMPTY = Text("error: --app-id and --app-secret must not be empty")
BAD_PORT = Text("error: --port {port} is not a port number (0..65535)")
CANNOT_LISTEN = Text("error: cannot listen on {host}:{port}: {reason}")
DEMO_CHATS = Text("demo chats (the bot is in these):")
CHAT_LINE = Text("  {chat_id}  {name}  {count} members")
TOPIC_CHAT_LINE = Text("  {chat_id}  {name}  {count} members (topic chat: ephemeral cards fail with 18053)")
TRY = Text("try: {command}")
CALLBACKS = Text(
    "card callbacks: run 'card-designer listen' with the same variables, then act on a sent card: {request}"
)
OPEN_TO_OTHERS = Text("warning: listening on {host} over plain http: other machines can reach the sandbox")
PRESS_CTRL_C = Text("Press Ctrl+C to stop.")
STOPPED = Text("sandbox stopped")


HOST_HELP = Text("address to listen on (default: 127.0.0.1)")
PORT_HELP = Text("port to listen on (default: any free port)")
APP_ID_HELP = Text("app id the sandbox accepts (default: the demo app id)")
APP_SECRET_HELP = Text("app secret the sandbox accepts (default: the demo secret)")
VERBOSE_HELP = Text("print every request on standard error")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help=words(HOST_HELP))
    parser.add_argument("--port", type=int, default=0, help=words(PORT_HELP))
    parser.add_argument("--app-id", help=words(APP_ID_HELP))
    parser.add_argument("--app-secret", help=words(APP_SECRET_HELP))
    parser.add_argument("--verbose", action="store_true", help=words(VERBOSE_HELP))


def run(args: argparse.Namespace) -> int:
    from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo

    if (args.app_id is None) != (args.app_secret is None):
        say(ID_AND_SECRET(), file=sys.stderr)
        return EXIT_USAGE
    if args.app_id is not None and (not args.app_id.strip() or not args.app_secret):
        say(EMPTY(), file=sys.stderr)
        return EXIT_USAGE
    if not 0 <= args.port <= 65535:
        say(BAD_PORT(port=args.port), file=sys.stderr)
        return EXIT_USAGE
    app_id = args.app_id or DEMO_APP_ID
    app_secret = args.app_secret or DEMO_APP_SECRET
    try:
        server = SandboxServer(host=args.host, port=args.port, app_id=app_id, app_secret=app_secret)
    except OSError as error:
        say(CANNOT_LISTEN(host=args.host, port=args.port, reason=error.strerror or error), file=sys.stderr)
        return EXIT_FAILED
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(message)s", stream=sys.stderr)
        logging.getLogger("designer.sandbox").setLevel(logging.DEBUG)

    print(f"base URL:   {server.base_url}")
    print(f"app id:     {app_id}")
    print(f"app secret: {app_secret}")
    say(DEMO_CHATS())
    for chat in demo.CHATS:
        if chat.bot_in_chat:
            line = TOPIC_CHAT_LINE if chat.chat_mode == "topic" else CHAT_LINE
            say(line(chat_id=chat.chat_id, name=chat.name, count=len(chat.member_ids)))
    say(
        TRY(
            command=f"FEISHU_BASE_URL={server.base_url} FEISHU_APP_ID={app_id} FEISHU_APP_SECRET=... "
            f"card-designer send card.json --chat {demo.TEAM_CHAT_ID} --open-id {demo.ALICE_OPEN_ID}"
        )
    )
    request = (
        f"POST {server.base_url}/sandbox/v1/actions "
        '{"message_id": "om_...", "open_id": "ou_...", "action": {"tag": "button", "value": {...}}}'
    )
    say(CALLBACKS(request=request))
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        say(OPEN_TO_OTHERS(host=args.host), file=sys.stderr)
    say(PRESS_CTRL_C())

    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    server.start()
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    say(STOPPED())
    return EXIT_OK
