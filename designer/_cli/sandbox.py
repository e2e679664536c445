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

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: any free port)")
    parser.add_argument("--app-id", help="app id the sandbox accepts (default: the demo app id)")
    parser.add_argument("--app-secret", help="app secret the sandbox accepts (default: the demo secret)")
    parser.add_argument("--verbose", action="store_true", help="print every request on standard error")


def run(args: argparse.Namespace) -> int:
    from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo

    if (args.app_id is None) != (args.app_secret is None):
        print(
            "error: give --app-id and --app-secret together (or neither, for the demo app)", file=sys.stderr
        )
        return EXIT_USAGE
    if args.app_id is not None and (not args.app_id.strip() or not args.app_secret):
        print("error: --app-id and --app-secret must not be empty", file=sys.stderr)
        return EXIT_USAGE
    if not 0 <= args.port <= 65535:
        print(f"error: --port {args.port} is not a port number (0..65535)", file=sys.stderr)
        return EXIT_USAGE
    app_id = args.app_id or DEMO_APP_ID
    app_secret = args.app_secret or DEMO_APP_SECRET
    try:
        server = SandboxServer(host=args.host, port=args.port, app_id=app_id, app_secret=app_secret)
    except OSError as error:
        print(f"error: cannot listen on {args.host}:{args.port}: {error.strerror or error}", file=sys.stderr)
        return EXIT_FAILED
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(message)s", stream=sys.stderr)
        logging.getLogger("designer.sandbox").setLevel(logging.DEBUG)

    print(f"base URL:   {server.base_url}")
    print(f"app id:     {app_id}")
    print(f"app secret: {app_secret}")
    print("demo chats (the bot is in these):")
    for chat in demo.CHATS:
        if chat.bot_in_chat:
            note = " (topic chat: ephemeral cards fail with 18053)" if chat.chat_mode == "topic" else ""
            print(f"  {chat.chat_id}  {chat.name}  {len(chat.member_ids)} members{note}")
    print(
        f"try: FEISHU_BASE_URL={server.base_url} FEISHU_APP_ID={app_id} FEISHU_APP_SECRET=... "
        f"card-designer send card.json --chat {demo.TEAM_CHAT_ID} --open-id {demo.ALICE_OPEN_ID}"
    )
    print(
        "card callbacks: run 'card-designer listen' with the same variables, then act on a sent card: "
        f"POST {server.base_url}/sandbox/v1/actions "
        '{"message_id": "om_...", "open_id": "ou_...", "action": {"tag": "button", "value": {...}}}'
    )
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"warning: listening on {args.host} over plain http: other machines can reach the sandbox",
            file=sys.stderr,
        )
    print("Press Ctrl+C to stop.", flush=True)

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
    print("sandbox stopped", flush=True)
    return EXIT_OK
