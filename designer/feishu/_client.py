"""``FeishuClient``: one object per profile (base URL + app), its API areas as attributes."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Any

from designer.feishu._auth import TenantToken
from designer.feishu._bulk import bulk_send, bulk_send_across
from designer.feishu._constants import DEFAULT_TIMEOUT
from designer.feishu._http import Requester
from designer.feishu._messages import Cards, Messages
from designer.feishu._models import BulkProgress, BulkReport, Recipient
from designer.feishu._resources import Chats, Ephemeral, Images, Members, Users
from designer.messages import Text

NO_APP_ID = Text("the app id is empty")
NO_APP_SECRET = Text("the app secret of app {app_id} is empty")

__all__ = ["FeishuClient"]


class FeishuClient:
    """The Feishu / Lark open API for one app.

    ``base_url`` is ``BASE_URLS[Region.FEISHU]``, ``BASE_URLS[Region.LARK]`` or a sandbox's
    loopback URL; any other http URL raises ``InsecureURL``. The client takes the
    credentials, it does not look them up (``designer.store`` does). Thread-safe: the
    GUI's workers may share one client. Calls raise ``FeishuError`` subclasses.

    Areas: ``auth`` (``tenant_token()``), ``ephemeral`` (``send``, ``delete``), ``messages``
    (``send_card``, ``update_card``, ``recall``: cards the whole chat sees), ``cards``
    (``delayed_update`` with a click's callback token), ``chats``, ``members`` (``pages``,
    ``list_all``), ``users`` (``batch_get_id``), ``images`` (``upload``).
    """

    def __init__(
        self,
        base_url: str,
        app_id: str,
        app_secret: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not app_id.strip():
            raise ValueError(NO_APP_ID())
        if not app_secret:
            raise ValueError(NO_APP_SECRET(app_id=app_id))
        # clock: what the token's lifetime is counted by (a test advances its own with the sandbox's).
        self._requester = Requester(base_url, app_id.strip(), app_secret, timeout=timeout, clock=clock)
        self.auth: TenantToken = self._requester.tokens
        self.ephemeral = Ephemeral(self._requester)
        self.messages = Messages(self._requester)
        self.cards = Cards(self._requester)
        self.chats = Chats(self._requester)
        self.members = Members(self._requester)
        self.users = Users(self._requester)
        self.images = Images(self._requester)

    @property
    def base_url(self) -> str:
        return self._requester.base_url

    @property
    def app_id(self) -> str:
        return self._requester.app_id

    @property
    def rate_limited_count(self) -> int:
        """How many times the server answered "rate limited" to this client (goal: 0)."""
        return self._requester.rate_limited_count

    def bulk_send(
        self,
        chat_id: str,
        card: dict[str, Any],
        recipients: Sequence[Recipient],
        *,
        progress: Callable[[BulkProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> BulkReport:
        """Send ``card`` to each recipient in ``chat_id``, at the rate limit, reported per recipient.

        ``progress`` is called after each recipient, from a worker thread and one call at a
        time (a GUI passes it on with a queued signal; keep it quick). Setting ``cancel``
        stops sending: recipients not yet sent are reported ``cancelled``. Per-recipient
        errors never raise; an error about the chat, the app or the card stops the run
        (``BulkReport.stopped_by``).
        """
        return bulk_send(
            self.ephemeral, self._requester, chat_id, card, recipients, progress=progress, cancel=cancel
        )

    def bulk_send_across(
        self,
        card: dict[str, Any],
        targets: Sequence[tuple[str, Recipient]],
        *,
        progress: Callable[[BulkProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> BulkReport:
        """``bulk_send`` to ``(chat_id, recipient)`` pairs in any number of chats.

        The chats' sends go together at the app's limit (50 per second), each chat within
        its own (40 per second). Items are reported in the order given, each with its
        ``chat_id``. An error about one chat (the bot left it, a topic chat) stops only
        that chat's sends; ``stopped_by`` is the first error that stopped any.
        """
        return bulk_send_across(
            self.ephemeral, self._requester, card, targets, progress=progress, cancel=cancel
        )

    def close(self) -> None:
        self._requester.close()

    def __enter__(self) -> FeishuClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        # Never the secret or the token.
        return f"FeishuClient(base_url={self.base_url!r}, app_id={self.app_id!r})"
