"""Programmable misbehaviour, for fault tests: ``server.faults``.

One-shot faults apply to the next request whose path starts with ``path`` (any API
path when ``None``; the token and long-connection endpoints only when named, so a fault
meant for a send is not eaten by the token fetch before it or by a listener reconnecting).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Fault", "Faults"]

TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal"
# Faults apply here only when named: a listener reconnecting in the background must not eat
# a fault a test meant for a send.
_NAMED_ONLY = frozenset({TOKEN_PATH, "/callback/ws/endpoint"})


@dataclass(frozen=True, slots=True)
class Fault:
    kind: str  # "stall" | "drop" | "garbage" | "echo" | "answer" | "rate_limit"
    path: str | None
    seconds: float = 0.0
    code: int = 0
    msg: str = ""
    http_status: int = 400
    header: str = ""  # rate_limit: the x-ogw-ratelimit-reset header, verbatim


class Faults:
    """What the sandbox should get wrong next (thread-safe).

    * ``stall_next(seconds)``: wait before handling the request (it is still handled:
      a stalled send is delivered, as a slow real server would);
    * ``drop_next()``: close the connection without answering (nothing is handled);
    * ``garbage_next(http_status=200)``: answer with an HTML page instead of JSON;
    * ``echo_next(http_status=502, as_json=False)``: answer like a proxy's debug page that
      repeats the request's Authorization header and body (HTML; with ``as_json`` an API
      error whose msg repeats them), to test that no secret reaches an error text;
    * ``answer_next(code, msg, http_status)``: answer that API error instead;
    * ``rate_limit_next(reset)``: answer 429 / 99991400 with the rate-limit headers (``reset``
      as text is sent verbatim, e.g. ``"nan"``: what a broken gateway might say);
    * ``expire_tokens()``: every token issued so far stops working (99991663);
    * ``slow_sends(seconds)``: every ephemeral send takes that long until set back to 0;
    * ``drop_long_connections()``: cut every open callback long connection at once, without a
      closing handshake (a network failure); the clients reconnect.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[Fault] = []
        self._send_delay = 0.0
        self.tokens_expired = threading.Event()  # read and cleared by the service
        self.long_connection_dropper: Callable[[], None] | None = None  # set by the server

    def _add(self, fault: Fault) -> None:
        with self._lock:
            self._pending.append(fault)

    def stall_next(self, seconds: float, path: str | None = None) -> None:
        self._add(Fault("stall", path, seconds=seconds))

    def drop_next(self, path: str | None = None) -> None:
        self._add(Fault("drop", path))

    def garbage_next(self, path: str | None = None, http_status: int = 200) -> None:
        self._add(Fault("garbage", path, http_status=http_status))

    def echo_next(self, path: str | None = None, http_status: int = 502, as_json: bool = False) -> None:
        self._add(Fault("echo", path, http_status=http_status, msg="json" if as_json else "html"))

    def answer_next(self, code: int, msg: str, http_status: int = 400, path: str | None = None) -> None:
        self._add(Fault("answer", path, code=code, msg=msg, http_status=http_status))

    def rate_limit_next(self, reset: float | str = 1.0, path: str | None = None) -> None:
        header = (
            str(max(1, round(reset)))
            if isinstance(reset, int | float) and math.isfinite(reset)
            else str(reset)
        )
        self._add(Fault("rate_limit", path, header=header))

    def expire_tokens(self) -> None:
        self.tokens_expired.set()

    def slow_sends(self, seconds: float) -> None:
        with self._lock:
            self._send_delay = max(0.0, seconds)

    @property
    def send_delay(self) -> float:
        with self._lock:
            return self._send_delay

    def drop_long_connections(self) -> None:
        if self.long_connection_dropper is not None:
            self.long_connection_dropper()

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()
            self._send_delay = 0.0
        self.tokens_expired.clear()

    def take(self, path: str) -> Fault | None:
        """The first pending fault for ``path``, removed from the queue."""
        with self._lock:
            for index, fault in enumerate(self._pending):
                if fault.path:
                    matches = path.startswith(fault.path)
                else:  # a recipient's action (/sandbox/…) is not a call of the app
                    matches = path not in _NAMED_ONLY and not path.startswith("/sandbox/")
                if matches:
                    return self._pending.pop(index)
        return None
