"""The client-side rate limiter: stay under Feishu's limits instead of being told to wait.

Feishu limits the ephemeral API to 40 calls per second per chat and 50 per second and
1000 per minute per app [发送仅特定人可见的消息卡片; 频控策略]. A sender that bursts and
then backs off on 429 wastes the wait the server imposes; pacing each call keeps a bulk
send at the limit with no rejection.

* Per second: a token bucket of capacity 1 (a call every ``1/rate`` s). A bigger bucket
  would let a burst and the following second's refill land in the same one-second
  window and overshoot the server's count. The rate is one below the limit (``headroom``)
  so requests that arrive closer together than they left still fit.
* Per minute: a bucket cannot allow a 200-card burst and still bound every 60 s window
  to 1000, so the minute limit keeps the times of the last calls (a sliding log).

Callers reserve a slot under one lock (slots are strictly increasing) and then sleep
outside it, so many threads share the limiter without holding each other up. Several
chats at once: a slot is booked for a chat only when both the app's and that chat's
spacing allow it, and ``reserve_first`` gives the next app slot to whichever of several
chats may use it (a bulk send's ``SendQueue`` asks it), so one chat's spacing never holds
up another's sends and several chats together go at the app's rate.

A call can leave late (a thread woke late on a busy machine, a new connection had to be
opened first), and a late call followed by punctual ones packs more calls into one second
than the pacing intends. So the moment a request really starts going out (``on_wire``,
called from httpx's trace hook once the connection is there) is logged and checked
against the last calls that went (``dispatch_delay``): no burst, at most
``limit - headroom`` in any second, and at most ``limit`` in any ``1 + interval`` seconds,
so the count the server sees stays within its limit even for a call it counts late.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Protocol

__all__ = ["Pacer", "RateLimiter", "Turn"]


class Pacer(Protocol):
    """What a paced call needs: wait for its turn, then say when it goes on the wire."""

    def wait_turn(self, chat_id: str | None = None, cancel: threading.Event | None = None) -> bool: ...

    def on_wire(self, chat_id: str | None = None) -> None: ...


class RateLimiter:
    """Paces calls of one API: ``per_second`` per app, ``per_chat`` per chat, ``per_minute`` per app."""

    def __init__(
        self,
        *,
        per_second: float,
        per_minute: int | None = None,
        per_chat: float | None = None,
        headroom: int = 1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._app_interval = 1.0 / max(per_second - headroom, 1)
        self._chat_interval = 1.0 / max(per_chat - headroom, 1) if per_chat else 0.0
        self._minute_limit = per_minute - headroom if per_minute else None
        self._clock = clock
        self._headroom = headroom
        self._lock = threading.Lock()
        self._app_next = 0.0
        self._chat_next: dict[str, float] = {}
        self._minute_log: deque[float] = deque()
        # When calls really went out (the last 1 + interval seconds), per app and per chat.
        self._app_limit = max(int(per_second) - headroom, 1)
        self._chat_limit = max(int(per_chat) - headroom, 1) if per_chat else 0
        self._app_sent: deque[float] = deque()
        self._chat_sent: dict[str, deque[float]] = {}

    def reserve(self, chat_id: str | None = None) -> float:
        """Book the next free slot and return the clock time at which the call may start."""
        return self.reserve_first([chat_id])[1]

    def reserve_first(self, chat_ids: Sequence[str | None]) -> tuple[str | None, float]:
        """Book the earliest slot any of ``chat_ids`` can have: ``(that chat, its time)``.

        One scheduler for several chats: the next app-wide slot goes to a chat whose own
        spacing also allows it, so a send for chat B is never held behind chat A's
        per-chat spacing, and an app slot is only taken together with a free chat slot.
        On a tie the chat listed first wins (a bulk send lists the chat with most sends
        left first, so the chats finish together instead of one running alone at 40/s).
        """
        if not chat_ids:
            raise ValueError("reserve_first needs at least one chat (None: no chat)")
        with self._lock:
            now = self._clock()
            earliest = max(now, self._app_next)
            if self._minute_limit is not None:
                while self._minute_log and self._minute_log[0] <= now - 60.0:
                    self._minute_log.popleft()
                if len(self._minute_log) >= self._minute_limit:
                    earliest = max(earliest, self._minute_log[-self._minute_limit] + 60.0)
            chosen: tuple[str | None, float] | None = None
            for chat_id in chat_ids:
                slot = earliest
                if chat_id is not None and self._chat_interval:
                    slot = max(slot, self._chat_next.get(chat_id, 0.0))
                if chosen is None or slot < chosen[1]:
                    chosen = (chat_id, slot)
                    if slot == earliest:
                        break  # no chat can go sooner
            assert chosen is not None
            chat_id, slot = chosen
            if self._minute_limit is not None:
                self._minute_log.append(slot)
            self._app_next = slot + self._app_interval
            if chat_id is not None and self._chat_interval:
                # Chats whose spacing has run out constrain nothing: forget them, so a
                # long-lived client sending to many chats keeps a small table.
                for stale in [c for c, after in self._chat_next.items() if after <= now]:
                    del self._chat_next[stale]
                self._chat_next[chat_id] = slot + self._chat_interval
            return chosen

    def dispatch_delay(self, chat_id: str | None = None) -> float:
        """0 and the call is logged as gone now, or how long to wait first (nothing logged).

        The server counts a call when it has read it, which can be later than it left (a
        new connection, a busy server), so calls can look closer together there. Hence,
        per app and per chat: the last second holds at most ``limit - headroom`` calls, and
        the last ``1 + interval`` seconds at most ``limit``: a call the server counts up to
        one pacing interval late still leaves every server second within its limit. Calls
        that fell behind their slots (the machine was busy) catch up at twice the pace at
        most, never in a burst, which would bunch up on the server.
        """
        with self._lock:
            now = self._clock()
            logs = [(self._app_sent, self._app_limit, self._app_interval)]
            if chat_id is not None and self._chat_limit:
                logs.append(
                    (self._chat_sent.setdefault(chat_id, deque()), self._chat_limit, self._chat_interval)
                )
            delay = 0.0
            for sent, limit, interval in logs:
                horizon = 1.0 + interval
                while sent and sent[0] <= now - horizon:
                    sent.popleft()
                if sent:
                    delay = max(delay, sent[-1] + interval / 2 - now)
                if len(sent) >= limit:
                    delay = max(delay, sent[-limit] + 1.0 - now)
                if len(sent) >= limit + self._headroom:
                    delay = max(delay, sent[-(limit + self._headroom)] + horizon - now)
            if delay > 0:
                return delay
            for sent, _limit, _interval in logs:
                sent.append(now)
            return 0.0

    def wait_turn(self, chat_id: str | None = None, cancel: threading.Event | None = None) -> bool:
        """Sleep until this call's paced slot; ``False`` when ``cancel`` was set meanwhile."""
        return self.sleep_until(self.reserve(chat_id), cancel)

    def sleep_until(self, slot: float, cancel: threading.Event | None = None) -> bool:
        """Sleep until the clock reads ``slot``; ``False`` when ``cancel`` was set meanwhile."""
        delay = slot - self._clock()
        if delay > 0:
            if cancel is None:
                time.sleep(delay)
            elif cancel.wait(delay):
                return False
        return not (cancel is not None and cancel.is_set())

    def on_wire(self, chat_id: str | None = None) -> None:
        """Called as the request starts going out: wait while the last second is full, then log it."""
        delay = self.dispatch_delay(chat_id)
        while delay > 0:
            time.sleep(delay)
            delay = self.dispatch_delay(chat_id)

    def wait(self, chat_id: str | None = None, cancel: threading.Event | None = None) -> bool:
        """``wait_turn`` then ``on_wire``, for callers that send right away."""
        if not self.wait_turn(chat_id, cancel):
            return False
        self.on_wire(chat_id)
        return True


class Turn:
    """A slot booked ahead by ``RateLimiter.reserve_first``, handed to the call that uses it.

    The call's first ``wait_turn`` waits for that slot instead of booking another; a
    repeat of the call (after the server said "rate limited") books afresh.
    """

    def __init__(self, limiter: RateLimiter, slot: float) -> None:
        self._limiter = limiter
        self._slot: float | None = slot

    def wait_turn(self, chat_id: str | None = None, cancel: threading.Event | None = None) -> bool:
        slot, self._slot = self._slot, None
        if slot is None:
            return self._limiter.wait_turn(chat_id, cancel)
        return self._limiter.sleep_until(slot, cancel)

    def on_wire(self, chat_id: str | None = None) -> None:
        self._limiter.on_wire(chat_id)
