"""Bulk send: the same ephemeral card to many members of one chat.

Sends run on a few worker threads (``BULK_WORKERS``) so a real network's round trips do
not cap the pace; the ephemeral rate limiter decides when each one goes, so the run
keeps to 40 per second per chat without rejections. Each recipient is reported
separately (sent / failed and why / cancelled). An error that would fail every
remaining recipient (the bot left the chat, a topic chat, bad credentials, a refused
card, no connection) stops the run instead of repeating it 200 times.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from designer.feishu._constants import BULK_WORKERS
from designer.feishu._exceptions import (
    AuthError,
    BotNotInChat,
    Cancelled,
    ChatNotSupported,
    ConnectionFailed,
    FeishuError,
    InvalidCard,
    PermissionDenied,
    QuotaExceeded,
)
from designer.feishu._http import Requester
from designer.feishu._models import BulkItem, BulkProgress, BulkReport, Recipient
from designer.feishu._resources import Ephemeral

__all__ = ["CHAT_LEVEL_ERRORS", "bulk_send"]

# Errors about the chat, the app or the card, not about one recipient.
CHAT_LEVEL_ERRORS: tuple[type[FeishuError], ...] = (
    AuthError,
    BotNotInChat,
    ChatNotSupported,
    ConnectionFailed,
    InvalidCard,
    PermissionDenied,
    QuotaExceeded,
)


def bulk_send(
    ephemeral: Ephemeral,
    requester: Requester,
    chat_id: str,
    card: dict[str, Any],
    recipients: Sequence[Recipient],
    *,
    progress: Callable[[BulkProgress], None] | None = None,
    cancel: threading.Event | None = None,
    workers: int = BULK_WORKERS,
) -> BulkReport:
    """Send ``card`` to each recipient; see ``FeishuClient.bulk_send``."""
    stop = threading.Event()  # set by the caller's cancel or by a chat-level error
    lock = threading.Lock()
    results: list[BulkItem | None] = [None] * len(recipients)
    stopped_by: list[FeishuError] = []
    counts = {"done": 0, "sent": 0, "failed": 0}
    rate_limited_before = requester.rate_limited_count
    started = time.perf_counter()

    def stopped() -> bool:
        if cancel is not None and cancel.is_set():
            stop.set()
        return stop.is_set()

    def finish(index: int, item: BulkItem) -> None:
        with lock:
            results[index] = item
            counts["done"] += 1
            if item.status in ("sent", "failed"):
                counts[item.status] += 1
            snapshot = BulkProgress(counts["done"], len(recipients), counts["sent"], counts["failed"], item)
            # Reported under the lock so callbacks see counts in order.
            if progress is not None:
                progress(snapshot)

    def send_one(index: int) -> None:
        recipient = recipients[index]
        if stopped():
            finish(index, BulkItem(recipient, None, stopped_by[0] if stopped_by else None, "cancelled"))
            return
        try:
            result = ephemeral.send(chat_id, card, **{recipient.kind: recipient.value}, cancel=stop)
        except Cancelled:
            finish(index, BulkItem(recipient, None, stopped_by[0] if stopped_by else None, "cancelled"))
            return
        except FeishuError as error:
            if isinstance(error, CHAT_LEVEL_ERRORS):
                with lock:
                    if not stopped_by:
                        stopped_by.append(error)
                stop.set()
            finish(index, BulkItem(recipient, None, error, "failed"))
            return
        finish(index, BulkItem(recipient, result.message_id, None, "sent"))

    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="bulk-send") as pool:
        # map() submits all; workers take them in order and the limiter paces them.
        list(pool.map(send_one, range(len(recipients))))

    items = [item for item in results if item is not None]
    return BulkReport(
        items=items,
        elapsed=time.perf_counter() - started,
        rate_limited=requester.rate_limited_count - rate_limited_before,
        stopped_by=stopped_by[0] if stopped_by else None,
        cancelled_by_user=cancel is not None and cancel.is_set(),
    )
