"""A local server that speaks Feishu's API contract, for tests and for trying the app without an account.

    from designer.sandbox import SandboxServer, DEMO_APP_ID, DEMO_APP_SECRET, demo
    with SandboxServer() as server:               # 127.0.0.1, a free port
        client = FeishuClient(server.base_url, DEMO_APP_ID, DEMO_APP_SECRET)
        client.ephemeral.send(demo.TEAM_CHAT_ID, card, open_id=demo.ALICE_OPEN_ID)
        server.inbox()                            # what each member was sent
        client.messages.send_card(demo.TEAM_CHAT_ID, final_card)   # a card for the whole chat
        server.messages()                         # the chats' posted cards (updated, recalled)
        server.advance_clock(15 * 86400)          # try the 14-day, 24-hour and 30-minute rules
        # (one clock, server.clock: rate limits, tokens and dates move on together;
        # SandboxServer(clock=SandboxClock.manual()) stands still until advanced)
        # a recipient clicks: POST {base_url}/sandbox/v1/actions; the app's CallbackListener
        # (designer.feishu) gets card.action.trigger over server.callbacks (the long connection)

No Qt; stdlib HTTP server (and a ``websockets`` one for the long connection); the card is
checked with ``designer.cards``.
"""

from designer.sandbox import demo
from designer.sandbox._clock import SandboxClock
from designer.sandbox._faults import Faults
from designer.sandbox._server import DEMO_APP_ID, DEMO_APP_SECRET, RequestRecord, SandboxServer
from designer.sandbox._service import ALL_SCOPES, GroupMessage, InboxEntry

__all__ = [
    "ALL_SCOPES",
    "DEMO_APP_ID",
    "DEMO_APP_SECRET",
    "Faults",
    "GroupMessage",
    "InboxEntry",
    "RequestRecord",
    "SandboxClock",
    "SandboxServer",
    "demo",
]
