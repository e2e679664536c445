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

The app's limits are one ``AppPace`` per client, shared by all its call families (ephemeral
send and delete, post, update, recall, the delayed update); each family's ``RateLimiter``
adds its own per-chat or per-message spacing. Callers reserve a slot under the app's lock
(every slot at least one app interval from every other) and then sleep outside it, so many
threads share the limiter without holding each other up. Several chats at once: a slot is
booked for a chat only when both the app's and that chat's spacing allow it, and
``reserve_first`` gives the next app slot to whichever of several chats may use it (a bulk
send's ``SendQueue`` asks it), so one chat's spacing never holds up another's sends and
several chats together go at the app's rate.

A call can leave late (a thread woke late on a busy machine, a new connection had to be
opened first), and a late call followed by punctual ones packs more calls into one second
than the pacing intends. So the moment a request really starts going out (``on_wire``,
called from httpx's trace hook once the connection is there) is logged and checked
against the last calls that went (``dispatch_delay``): no burst, at most
``limit - headroom`` in any second, and at most ``limit`` in any ``1 + interval`` seconds,
so the count the server sees stays within its limit even for a call it counts late. Once
its bytes are written (``written``, the trace hook's end of the body) the call is moved to
that moment: a thread held up in between on a busy machine would otherwise be counted
earlier than the server counts it, and a second later the limiter would let one call too
many into the window the server still counts it in.
"""

from __future__ import annotations

import threading
import time
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Sequence
from typing import Protocol

__all__ = ["AppPace", "Pacer", "RateLimiter", "Turn"]


class Pacer(Protocol):
    """What a paced call needs: wait for its turn, say when it goes on the wire and when it was written."""

    def wait_turn(self, chat_id: str | None = None, cancel: threading.Event | None = None) -> bool: ...

    def on_wire(self, chat_id: str | None = None) -> float: ...

    def written(self, chat_id: str | None, logged: float) -> None: ...


class AppPace:
    """The app's own pacing (``per_second``, ``per_minute``), shared by every call family of a client.

    Feishu states 50 a second and 1000 a minute per app for each API the client paces
    [频控策略; docs/feishu/api.md]. The client keeps all of them together within one such
    budget (one ``AppPace`` per client, held by its ``Requester``): a card posted or updated
    while a bulk send runs then can never be the call that goes over the app's limit,
    however the gateway adds up the app's calls, and such calls are few, so the bulk send
    loses a slot per call. Each family's ``RateLimiter`` adds only its own per-chat (or
    per-message) spacing on top.

    Booked slots are kept in order, so a call that may go sooner (its chat is free) takes a
    gap between slots booked ahead instead of queueing behind a slot another chat's spacing
    pushed back: a post never holds up a bulk send for longer than its own slot.
    """

    def __init__(
        self,
        *,
        per_second: float,
        per_minute: int | None = None,
        headroom: int = 1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.clock = clock
        self.headroom = headroom
        # One lock for the app and every family's chats: a slot is booked for a chat only
        # together with an app slot.
        self.lock = threading.Lock()
        self.interval = 1.0 / max(per_second - headroom, 1)
        self.limit = max(int(per_second) - headroom, 1)
        self._minute_limit = per_minute - headroom if per_minute else None
        self._booked: list[float] = []  # slots booked in the last minute and ahead, in order
        # When calls really went out (the last 1 + interval seconds, in order), any family's.
        self.sent: list[float] = []

    def earliest(self, want: float, now: float) -> float:
        """The first time from ``want`` at least one interval from every booked slot and within
        the minute limit (the caller holds ``lock``)."""
        booked = self._booked
        del booked[: bisect_right(booked, now - 60.0)]
        if self._minute_limit is not None and len(booked) >= self._minute_limit:
            # A full minute: after the call that left it full, and no gap-filling (a slot
            # between booked ones could put a later minute window over the limit).
            want = max(want, booked[-self._minute_limit] + 60.0, booked[-1] + self.interval)
        index = bisect_right(booked, want - self.interval)
        while index < len(booked) and booked[index] < want + self.interval:
            want = booked[index] + self.interval
            index += 1
        return want

    def book(self, slot: float) -> None:
        """Take ``slot`` (one ``earliest`` gave; the caller holds ``lock``)."""
        insort(self._booked, slot)


class RateLimiter:
    """Paces the calls of one API family: the client's shared ``AppPace`` and ``per_chat`` per chat.

    The "chat" is whatever the family's own limit is counted per: a chat for sends and
    posts, a message for updates; ``per_chat=None`` paces by the app's limits alone.
    """

    def __init__(self, app: AppPace, *, per_chat: float | None = None) -> None:
        self.app = app
        self._chat_interval = 1.0 / max(per_chat - app.headroom, 1) if per_chat else 0.0
        self._chat_limit = max(int(per_chat) - app.headroom, 1) if per_chat else 0
        self._chat_next: dict[str, float] = {}
        # When calls really went out (the last 1 + interval seconds, in order), per chat.
        self._chat_sent: dict[str, list[float]] = {}

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
        app = self.app
        with app.lock:
            now = app.clock()
            soonest = app.earliest(now, now)
            chosen: tuple[str | None, float] | None = None
            for chat_id in chat_ids:
                slot = soonest
                if chat_id is not None and self._chat_interval:
                    free = self._chat_next.get(chat_id, 0.0)
                    if free > soonest:
                        slot = app.earliest(free, now)
                if chosen is None or slot < chosen[1]:
                    chosen = (chat_id, slot)
                    if slot == soonest:
                        break  # no chat can go sooner
            assert chosen is not None
            chat_id, slot = chosen
            app.book(slot)
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
        return self._dispatch(chat_id)[0]

    def _dispatch(self, chat_id: str | None) -> tuple[float, float]:
        """``dispatch_delay``'s answer and the clock time it was given at (what was logged)."""
        with self.app.lock:
            now = self.app.clock()
            # Chats (or, for updates, messages) with no call in the span counted constrain
            # nothing: forget them, so a long-lived client keeps a small table (as _chat_next).
            stale_before = now - (1.0 + self._chat_interval)
            for stale in [c for c, sent in self._chat_sent.items() if not sent or sent[-1] <= stale_before]:
                del self._chat_sent[stale]
            logs = self._logs(chat_id)
            delay = 0.0
            for sent, limit, interval in logs:
                horizon = 1.0 + interval
                del sent[: bisect_right(sent, now - horizon)]
                if sent:
                    delay = max(delay, sent[-1] + interval / 2 - now)
                if len(sent) >= limit:
                    delay = max(delay, sent[-limit] + 1.0 - now)
                if len(sent) >= limit + self.app.headroom:
                    delay = max(delay, sent[-(limit + self.app.headroom)] + horizon - now)
            if delay > 0:
                return delay, now
            for sent, _limit, _interval in logs:
                insort(sent, now)
            return 0.0, now

    def written(self, chat_id: str | None, logged: float) -> None:
        """The call logged at ``logged`` (``on_wire``'s answer) has now been written: log it as now.

        Between the limiter letting a call go and its bytes reaching the socket, a busy
        machine can hold the thread up for tens of milliseconds while calls whose turns
        passed meanwhile catch up. Counted where it was let go, the late call looks, one
        second on, as if it had left the window the server still counts it in, and the
        calls let go then overfill that window (issue 9's one rejection at load 8). Moved
        to when it was written, every later check counts it where the server does.
        """
        with self.app.lock:
            now = self.app.clock()
            for sent, _limit, _interval in self._logs(chat_id):
                index = bisect_left(sent, logged)
                if index < len(sent) and sent[index] == logged:
                    del sent[index]
                insort(sent, max(now, logged))

    def _logs(self, chat_id: str | None) -> list[tuple[list[float], int, float]]:
        """The logs of calls gone that a call of ``chat_id`` counts in (the caller holds the lock)."""
        logs = [(self.app.sent, self.app.limit, self.app.interval)]
        if chat_id is not None and self._chat_limit:
            logs.append((self._chat_sent.setdefault(chat_id, []), self._chat_limit, self._chat_interval))
        return logs

    def wait_turn(self, chat_id: str | None = None, cancel: threading.Event | None = None) -> bool:
        """Sleep until this call's paced slot; ``False`` when ``cancel`` was set meanwhile."""
        return self.sleep_until(self.reserve(chat_id), cancel)

    def sleep_until(self, slot: float, cancel: threading.Event | None = None) -> bool:
        """Sleep until the clock reads ``slot``; ``False`` when ``cancel`` was set meanwhile."""
        delay = slot - self.app.clock()
        if delay > 0:
            if cancel is None:
                time.sleep(delay)
            elif cancel.wait(delay):
                return False
        return not (cancel is not None and cancel.is_set())

    def on_wire(self, chat_id: str | None = None) -> float:
        """Called as the request starts going out: wait while the last second is full, then log
        it; the time it was logged at (to hand to ``written``)."""
        while True:
            delay, now = self._dispatch(chat_id)
            if delay <= 0:
                return now
            time.sleep(delay)

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

    def on_wire(self, chat_id: str | None = None) -> float:
        return self._limiter.on_wire(chat_id)

    def written(self, chat_id: str | None, logged: float) -> None:
        self._limiter.written(chat_id, logged)
