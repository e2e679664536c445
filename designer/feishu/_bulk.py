"""Bulk send: the same ephemeral card to many members of one chat or of several chats.

Sends run on a few worker threads (``BULK_WORKERS``) so a real network's round trips do
not cap the pace; the ephemeral rate limiter decides when each one goes. Each free
worker takes the next send from ``SendQueue``, which asks the limiter for the earliest
slot any chat with sends left can have: one chat keeps to 40 per second, several chats
together to the app's 50 per second, without rejections. Each recipient is reported
separately (sent / failed and why / cancelled). An error that would fail every
remaining recipient of a chat (the bot left the chat, a topic chat) stops that chat's
sends; one that would fail every send at all (bad credentials, a refused card, no
connection) stops the run instead of repeating it 200 times.
"""

from __future__ import annotations

import threading
import time
from collections import deque
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
from designer.feishu._models import BulkItem, BulkProgress, BulkReport, DeliveryStatus, Recipient
from designer.feishu._ratelimit import RateLimiter, Turn
from designer.feishu._resources import Ephemeral

__all__ = ["CHAT_LEVEL_ERRORS", "RUN_LEVEL_ERRORS", "SendQueue", "bulk_send", "bulk_send_across"]

# Errors about the chat, not about one recipient: the chat's other sends would fail too.
CHAT_LEVEL_ERRORS: tuple[type[FeishuError], ...] = (BotNotInChat, ChatNotSupported)
# Errors about the app, the card or the connection: every other send would fail too.
RUN_LEVEL_ERRORS: tuple[type[FeishuError], ...] = (
    AuthError,
    ConnectionFailed,
    InvalidCard,
    PermissionDenied,
    QuotaExceeded,
)


class SendQueue:
    """The sends not yet started, per chat in the order given; picks which one goes next.

    ``take`` books the limiter's earliest slot that any chat with sends left can have
    (``RateLimiter.reserve_first``), listing the chats with most sends left first: when
    several could go at that slot, the longest queue does, so the chats end together and
    the run is not left with one chat going alone at its per-chat limit. Thread-safe.
    """

    def __init__(self, chat_ids: Sequence[str]) -> None:
        self._lock = threading.Lock()
        self._queues: dict[str, deque[int]] = {}
        for index, chat_id in enumerate(chat_ids):
            self._queues.setdefault(chat_id, deque()).append(index)

    def take(self, limiter: RateLimiter) -> tuple[int, str, float] | None:
        """``(index, chat, slot)`` of the next send, its slot booked; ``None`` when none is left."""
        with self._lock:
            chats = sorted((c for c, q in self._queues.items() if q), key=lambda c: -len(self._queues[c]))
            if not chats:
                return None
            chat_id, slot = limiter.reserve_first(chats)
            assert chat_id is not None
            return self._queues[chat_id].popleft(), chat_id, slot

    def drop(self, chat_id: str | None = None) -> list[int]:
        """Take out the sends left, of one chat or (``None``) of all; their indexes."""
        with self._lock:
            chats = list(self._queues) if chat_id is None else [chat_id]
            dropped = [index for c in chats for index in self._queues.get(c, ())]
            for c in chats:
                self._queues.pop(c, None)
            return sorted(dropped)


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
    """Send ``card`` to each recipient in one chat; see ``FeishuClient.bulk_send``."""
    return bulk_send_across(
        ephemeral,
        requester,
        card,
        [(chat_id, recipient) for recipient in recipients],
        progress=progress,
        cancel=cancel,
        workers=workers,
    )


def bulk_send_across(
    ephemeral: Ephemeral,
    requester: Requester,
    card: dict[str, Any],
    targets: Sequence[tuple[str, Recipient]],
    *,
    progress: Callable[[BulkProgress], None] | None = None,
    cancel: threading.Event | None = None,
    workers: int = BULK_WORKERS,
) -> BulkReport:
    """Send ``card`` to each ``(chat, recipient)``; see ``FeishuClient.bulk_send_across``."""
    stop = threading.Event()  # set by the caller's cancel or by a run-level error
    lock = threading.Lock()
    results: list[BulkItem | None] = [None] * len(targets)
    stopped_by: list[FeishuError] = []  # the first error that stopped a chat or the run (the report's)
    run_stopped_by: list[FeishuError] = []  # the first error that stopped the whole run
    chat_stopped_by: dict[str, FeishuError] = {}
    counts = {"done": 0, "sent": 0, "failed": 0}
    rate_limited_before = requester.rate_limited_count
    started = time.perf_counter()
    queue = SendQueue([chat_id for chat_id, _recipient in targets])
    # Cancels the waits of one chat's sends (set for all when the run stops).
    halt = {chat_id: threading.Event() for chat_id, _recipient in targets}

    def stopped() -> bool:
        if cancel is not None and cancel.is_set():
            stop.set()
        if stop.is_set():
            for event in halt.values():
                event.set()
        return stop.is_set()

    def finish(index: int, item: BulkItem) -> None:
        with lock:
            results[index] = item
            counts["done"] += 1
            if item.status is not DeliveryStatus.CANCELLED:
                counts[item.status] += 1
            snapshot = BulkProgress(counts["done"], len(targets), counts["sent"], counts["failed"], item)
            # Reported under the lock so callbacks see counts in order.
            if progress is not None:
                progress(snapshot)

    def cancelled(index: int) -> BulkItem:
        chat_id, recipient = targets[index]
        with lock:
            # Another chat's error is not why this send was dropped: a user's cancel (None) or a
            # run-level error is.
            why = chat_stopped_by.get(chat_id) or (run_stopped_by[0] if run_stopped_by else None)
        return BulkItem(recipient, None, why, DeliveryStatus.CANCELLED, chat_id)

    def send_one(index: int, chat_id: str, slot: float) -> None:
        recipient = targets[index][1]
        if stopped():
            finish(index, cancelled(index))
            return
        try:
            result = ephemeral.send(
                chat_id,
                card,
                **{recipient.kind.value: recipient.value},
                cancel=halt[chat_id],
                turn=Turn(ephemeral.send_limiter, slot),
            )
        except Cancelled:
            finish(index, cancelled(index))
            return
        except FeishuError as error:
            dropped: list[int] = []
            if isinstance(error, RUN_LEVEL_ERRORS):
                with lock:
                    if not stopped_by:
                        stopped_by.append(error)
                    if not run_stopped_by:
                        run_stopped_by.append(error)
                stop.set()
                stopped()
            elif isinstance(error, CHAT_LEVEL_ERRORS):
                with lock:
                    chat_stopped_by.setdefault(chat_id, error)
                    if not stopped_by:
                        stopped_by.append(error)
                halt[chat_id].set()
                dropped = queue.drop(chat_id)
            finish(index, BulkItem(recipient, None, error, DeliveryStatus.FAILED, chat_id))
            for other in dropped:
                finish(other, cancelled(other))
            return
        finish(index, BulkItem(recipient, result.message_id, None, DeliveryStatus.SENT, chat_id))

    def work() -> None:
        while not stopped():
            job = queue.take(ephemeral.send_limiter)
            if job is None:
                return
            send_one(*job)

    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="bulk-send") as pool:
        for future in [pool.submit(work) for _ in range(max(1, workers))]:
            future.result()
    for index in queue.drop():  # left when the run stopped
        finish(index, cancelled(index))

    items = [item for item in results if item is not None]
    return BulkReport(
        items=items,
        elapsed=time.perf_counter() - started,
        rate_limited=requester.rate_limited_count - rate_limited_before,
        stopped_by=stopped_by[0] if stopped_by else None,
        cancelled_by_user=cancel is not None and cancel.is_set(),
    )
