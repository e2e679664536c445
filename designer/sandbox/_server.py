"""``SandboxServer``: the sandbox's HTTP side (stdlib ``ThreadingHTTPServer``, one thread a connection).

It reads the request, applies the programmed faults and the rate limits, checks the
token and scopes, and hands the call to ``SandboxService``. HTTP/1.1 keep-alive, like
the real gateway, so a client's connection pool is exercised as it would be.

Time is the server's one ``clock`` (``SandboxClock``: the machine's time unless a test passes
a manual one): token expiry, the rate-limit windows, the stamps of requests and the dates of
messages all read it, so a test advances it instead of sleeping.
"""

from __future__ import annotations

import email.parser
import email.policy
import io
import json
import logging
import math
import re
import secrets
import socket
import struct
import sys
import threading
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import SplitResult, parse_qsl, urlsplit

from designer.feishu._constants import MESSAGE_UPDATES_PER_SECOND
from designer.sandbox._callbacks import ACTIONS_PATH, ENDPOINT_PATH, CallbackHub
from designer.sandbox._clock import SandboxClock
from designer.sandbox._faults import TOKEN_PATH, Fault, Faults
from designer.sandbox._service import (
    CHAT_SCOPES,
    CONTACT_SCOPES,
    IMAGE_MAX_BYTES,
    IMAGE_SCOPES,
    MEMBER_SCOPES,
    POST_SCOPES,
    RECALL_SCOPES,
    SEND_SCOPES,
    UPDATE_SCOPES,
    Answer,
    GroupMessage,
    InboxEntry,
    SandboxService,
    fail,
    field_violation,
)

__all__ = ["DEMO_APP_ID", "DEMO_APP_SECRET", "RequestRecord", "SandboxServer"]

DEMO_APP_ID = "cli_sandbox0demo0001"
DEMO_APP_SECRET = "sandbox-demo-secret-not-for-production"

log = logging.getLogger("designer.sandbox")

_JSON_BODY_MAX = 2 * 1024 * 1024
_SURROGATE = re.compile("[\ud800-\udfff]")
_MEMBERS_PATH = re.compile(r"^/open-apis/im/v1/chats/([^/]+)/members$")
_MESSAGE_PATH = re.compile(r"^/open-apis/im/v1/messages/([^/]+)$")
MESSAGES_PATH = "/open-apis/im/v1/messages"
CARD_UPDATE_PATH = "/open-apis/interactive/v1/card/update"
_METHODS = ("GET", "POST", "PATCH", "DELETE")  # what the open API uses


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One request the sandbox received: what, and what it answered (``code`` None: no JSON);
    ``arrived`` when it came in (what the rate limits count), ``at`` when it was answered
    (both on the server's clock)."""

    method: str
    path: str
    status: int | None
    code: int | None
    at: float
    arrived: float


# Linux's SO_TIMESTAMPNS (the socket module does not name it): each read of a socket comes
# with the moment the kernel received those bytes.
_SO_TIMESTAMPNS = 35
_KERNEL_STAMPS = sys.platform.startswith("linux") and hasattr(socket.socket, "recvmsg_into")
_STAMP_SPACE = socket.CMSG_SPACE(16) if _KERNEL_STAMPS else 0


class _ArrivalStamps(io.RawIOBase):
    """A connection's bytes, each read stamped with when its bytes arrived.

    A request must be counted when it arrived, as a gateway counts it, not when its thread got
    round to reading it: on a busy machine that is up to ~100 ms later, and calls that arrived
    well spaced would be counted bunched up (and refused). Linux says when the kernel received
    each read's bytes; elsewhere the moment of the read stands in.
    """

    def __init__(self, connection: socket.socket, clock: SandboxClock) -> None:
        self._connection = connection
        self._clock = clock
        self._kernel = False
        if _KERNEL_STAMPS:
            try:
                connection.setsockopt(socket.SOL_SOCKET, _SO_TIMESTAMPNS, 1)
                self._kernel = True
            except OSError:
                pass
        self._received = 0
        # (bytes received up to the end of a read, when that read's bytes arrived), oldest first.
        self._reads: deque[tuple[int, float]] = deque()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._kernel:
            count, ancillary, _flags, _address = self._connection.recvmsg_into([buffer], _STAMP_SPACE)
            stamp = _kernel_stamp(ancillary)
            arrived = self._clock() if stamp is None else self._clock.reading_at(stamp)
        else:
            count = self._connection.recv_into(buffer)
            arrived = self._clock()
        if count:
            self._received += count
            self._reads.append((self._received, arrived))
        return count

    def arrival(self, unconsumed: int) -> float:
        """When the next byte to be consumed arrived (``unconsumed``: bytes read, not yet used)."""
        position = self._received - unconsumed
        while self._reads and self._reads[0][0] <= position:
            self._reads.popleft()
        return self._reads[0][1] if self._reads else self._clock()


def _kernel_stamp(ancillary: list[tuple[int, int, bytes]]) -> float | None:
    """When the kernel received the bytes of a read, the machine's wall time (None: it did not say)."""
    for level, kind, data in ancillary:
        if level == socket.SOL_SOCKET and kind == _SO_TIMESTAMPNS and len(data) in (8, 16):
            seconds, nanoseconds = struct.unpack("qq" if len(data) == 16 else "ii", data)
            return float(seconds) + float(nanoseconds) / 1e9
    return None


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # idle keep-alive connections must not hold up stop()
    allow_reuse_address = True
    sandbox: SandboxServer


class _HTTPServer6(_HTTPServer):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FeishuSandbox/1.0"
    timeout = 30  # an idle keep-alive connection ends after this
    # Headers and body go out in two writes; with Nagle on, the second waits for the
    # client's delayed ACK (~40 ms a call on Linux).
    disable_nagle_algorithm = True
    server: _HTTPServer

    arrived_at = 0.0

    def setup(self) -> None:
        super().setup()
        # Read through _ArrivalStamps instead of the plain file (closed, so the socket can close).
        self.rfile.close()
        self._stamps = _ArrivalStamps(self.connection, self.server.sandbox.clock)
        self._reader = io.BufferedReader(self._stamps)
        self.rfile = self._reader

    def handle_one_request(self) -> None:
        # Wait for the request's first bytes and note when they arrived: what the rate limits count.
        try:
            waiting = self._reader.peek(1)
        except TimeoutError as error:  # as http.server treats a time-out while reading a request
            self.log_error("Request timed out: %r", error)
            self.close_connection = True
            return
        self.arrived_at = self._stamps.arrival(len(waiting))
        super().handle_one_request()

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False  # answered by send_error below
        if self.request_version == "HTTP/0.9":
            self.send_error(HTTPStatus.BAD_REQUEST, "HTTP/0.9 requests are not supported")
            return False
        if self.command not in _METHODS:
            self.close_connection = True  # its body, if any, is not read
            self.server.sandbox.refuse_method(self)
            return False
        return True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's own refusals (request line, header or version unreadable) as Feishu's JSON."""
        self.close_connection = True
        if self.request_version == "HTTP/0.9":
            # http.server assumes HTTP/0.9 until the request line is read, and an HTTP/0.9
            # answer has no status line or headers: answer as HTTP/1.1 so the refusal is readable.
            self.request_version = self.protocol_version
        phrase = self.responses.get(code, ("Error",))[0]
        self.server.sandbox.refuse_unreadable(self, code, f"{phrase}: {message}" if message else phrase)

    def do_GET(self) -> None:
        self.server.sandbox.handle(self, "GET")

    def do_POST(self) -> None:
        self.server.sandbox.handle(self, "POST")

    def do_PATCH(self) -> None:
        self.server.sandbox.handle(self, "PATCH")

    def do_DELETE(self) -> None:
        self.server.sandbox.handle(self, "DELETE")

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)


class SandboxServer:
    """A local server speaking Feishu's API contract for the demo tenant in ``designer.sandbox.demo``.

    ``base_url`` is known once constructed (the port is bound then; ``port=0`` picks a
    free one); ``start()`` serves on a background thread, ``stop()`` ends it (also a
    context manager). ``inbox()`` is what each member was sent, ``image(key)`` an
    uploaded image, ``faults`` programs misbehaviour, ``token_ttl`` the lifetime of new
    tokens, ``scopes`` the permissions the app has been granted, ``clock`` the time its tokens
    and rate limits go by (a test passes one it can advance).
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        app_id: str = DEMO_APP_ID,
        app_secret: str = DEMO_APP_SECRET,
        clock: SandboxClock | None = None,
    ) -> None:
        self.clock = clock if clock is not None else SandboxClock()
        self.faults = Faults()
        # How long a body may take to arrive once its headers are in; a client that sends
        # less than its Content-Length is answered after this instead of held for ever.
        self.body_timeout = 10.0
        self.service = SandboxService(app_id, app_secret, self.faults, self.clock)
        server_class = _HTTPServer6 if ":" in host else _HTTPServer
        self._httpd = server_class((host.strip("[]"), port), _Handler)
        self._httpd.sandbox = self
        # Card callbacks over the long connection: a WebSocket on a port of its own.
        try:
            self.callbacks = CallbackHub(self.service, host)
        except BaseException:
            self._httpd.server_close()  # the HTTP port is bound already: give it back
            raise
        self.faults.long_connection_dropper = self.callbacks.drop_connections
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._log_lock = threading.Lock()
        self._records: list[RequestRecord] = []

    # --- life cycle -------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        host = str(host)
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    @property
    def app_id(self) -> str:
        return self.service.app_id

    def start(self) -> SandboxServer:
        if self._thread is None:
            # A short poll interval lets stop() return at once (shutdown waits for one poll).
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, args=(0.05,), name="feishu-sandbox", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes stalled handlers
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()
        self.callbacks.stop()

    def serve_forever(self) -> None:
        """Serve on the calling thread until ``stop()`` is called from another one."""
        self._httpd.serve_forever(0.05)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # --- what tests and the GUI read ---------------------------------------------------

    @property
    def token_ttl(self) -> float:
        return self.service.token_ttl

    @token_ttl.setter
    def token_ttl(self, seconds: float) -> None:
        self.service.token_ttl = float(seconds)

    @property
    def scopes(self) -> set[str]:
        return self.service.scopes

    def inbox(self) -> list[InboxEntry]:
        return self.service.inbox()

    def messages(self) -> list[GroupMessage]:
        """The cards posted to whole chats (``recalled`` marks those taken back), oldest first."""
        return self.service.messages()

    def advance_clock(self, seconds: float) -> None:
        """Move the sandbox's clock on (14 days, 30 minutes …) so its time rules can be tried:
        ``clock.advance``, durations (rate limits, tokens) and dates together."""
        self.clock.advance(seconds)

    def image(self, key: str) -> bytes | None:
        return self.service.image(key)

    def requests(self, path: str | None = None) -> list[RequestRecord]:
        """Requests received so far (those to ``path`` only, when given)."""
        with self._log_lock:
            return [r for r in self._records if path is None or r.path == path]

    # --- one request ------------------------------------------------------------------

    def handle(self, handler: _Handler, method: str) -> None:
        """Answer one request: every request gets an answer, whatever it holds.

        Reading the request (target, Content-Length, body, JSON) refuses what it cannot use
        with a ``_Refused`` answer naming the problem; any other exception is a sandbox bug,
        answered as a JSON 500 without its details (those go to the log) and the server
        keeps serving.
        """
        path = handler.path
        try:
            url = _split_target(handler.path)
            path = url.path
            query = dict(parse_qsl(url.query))
            raw = self._read_body(handler, path)
            if self._apply_fault(handler, method, path, raw):
                return
            answer = self._dispatch(handler, method, path, query, raw)
        except _Refused as refusal:
            handler.close_connection = handler.close_connection or refusal.close
            answer = refusal.answer
        except Exception as error:  # a sandbox bug: answer like a server error, keep serving
            log.exception("sandbox failed on %s %s", method, path)
            handler.close_connection = True
            answer = fail(
                500, f"sandbox internal error ({error.__class__.__name__}); see the sandbox's log", status=500
            )
        self._respond(handler, method, path, answer)

    def refuse_method(self, handler: _Handler) -> None:
        """A method the open API does not use (PUT, HEAD, FOO, …): 405, in Feishu's JSON."""
        answer = fail(
            9499,
            f"Bad Request: method {_shorten(handler.command)} is not allowed; use {', '.join(_METHODS)}",
            405,
        )
        allow = {"Allow": ", ".join(_METHODS)}
        self._respond(handler, handler.command, handler.path, replace(answer, headers=allow))

    def refuse_unreadable(self, handler: _Handler, status: int, what: str) -> None:
        """A request http.server could not read (line, headers, version): its status, Feishu's JSON."""
        method, path = handler.command or "", getattr(handler, "path", "")
        self._respond(handler, method, path, fail(9499, _shorten(what, 200), status))

    def _read_body(self, handler: _Handler, path: str) -> bytes:
        """Exactly Content-Length bytes of body, or ``_Refused`` saying what is wrong with it."""
        if handler.headers.get("Transfer-Encoding") is not None:
            raise _Refused(
                field_violation("Transfer-Encoding", "is not supported: send the body with a Content-Length"),
                close=True,
            )
        values = [value.strip() for value in handler.headers.get_all("Content-Length") or []]
        if not values:
            return b""
        if len(set(values)) > 1:
            raise _Refused(
                field_violation("Content-Length", "is given twice, with different values"), close=True
            )
        text = values[0]
        # ASCII digits only: int() would also take "-5", "+5", "1_0" and "٣".
        if not (text.isascii() and text.isdigit()):
            raise _Refused(
                field_violation("Content-Length", f"is not a number: {_shorten(text)!r}"), close=True
            )
        limit = IMAGE_MAX_BYTES + 1024 * 1024 if path == "/open-apis/im/v1/images" else _JSON_BODY_MAX
        if len(text) > len(str(limit)) or int(text) > limit:
            # The body is not read, so the connection cannot be reused.
            raise _Refused(
                fail(234006, f"The request body is {_shorten(text)} bytes, too large (at most {limit})."),
                close=True,
            )
        return self._read_exactly(handler, int(text))

    def _read_exactly(self, handler: _Handler, length: int) -> bytes:
        """``length`` bytes; a body that ends early or stops arriving is refused, not waited for."""
        chunks: list[bytes] = []
        got = 0
        connection = handler.connection
        previous = connection.gettimeout()
        connection.settimeout(self.body_timeout)
        try:
            while got < length:
                chunk = handler.rfile.read1(length - got)
                if not chunk:
                    break
                chunks.append(chunk)
                got += len(chunk)
        except TimeoutError:
            pass
        finally:
            connection.settimeout(previous)
        if got < length:
            raise _Refused(
                field_violation("Content-Length", f"says {length} bytes, but the body ended after {got}"),
                close=True,
            )
        return b"".join(chunks)

    def _apply_fault(self, handler: _Handler, method: str, path: str, raw: bytes) -> bool:
        """True when a programmed fault took this request (answered, dropped or stalled away)."""
        fault = self.faults.take(path)
        if fault is None:
            return False
        if fault.kind == "drop":
            self._record(handler, method, path, None, None)
            handler.close_connection = True
            return True
        if fault.kind == "stall":
            if self._stopping.wait(fault.seconds):
                handler.close_connection = True  # stopping: hang up rather than answer
                return True
            return False  # a stalled request is still handled
        if fault.kind == "garbage":
            self._respond_raw(
                handler,
                method,
                path,
                fault.http_status,
                b"<html><body>502 Bad Gateway</body></html>",
                "text/html",
            )
        elif fault.kind == "echo":
            self._echo(handler, method, path, raw, fault)
        elif fault.kind == "answer":
            self._respond(handler, method, path, fail(fault.code, fault.msg, fault.http_status))
        elif fault.kind == "rate_limit":
            self._respond(handler, method, path, self._rate_limited(50, fault.header))
        return True

    def _dispatch(
        self, handler: _Handler, method: str, path: str, query: Mapping[str, str], raw: bytes
    ) -> Answer:
        service = self.service
        if path == TOKEN_PATH and method == "POST":
            return service.issue_token(_json(raw))
        if path == ENDPOINT_PATH and method == "POST":
            return self.callbacks.endpoint(_json(raw), handler.headers.get("Host"))
        if path == ACTIONS_PATH and method == "POST":
            # A recipient acting on a card: no app token (it is the person, not the app).
            return self.callbacks.act(_json(raw))
        route = self._route(method, path)
        if route is None:
            allowed = [other for other in _METHODS if self._route(other, path) is not None]
            if allowed:  # a path of the API, another method (DELETE on the chat list)
                answer = fail(9499, f"Bad Request: {path} takes {', '.join(allowed)}, not {method}", 405)
                return replace(answer, headers={"Allow": ", ".join(allowed)})
            return Answer(404, {})  # answered as the gateway's plain-text page by _respond
        scopes, name = route
        refused = service.check_token(handler.headers.get("Authorization"))
        if refused is not None:
            return refused
        refused = service.check_scopes(scopes)
        if refused is not None:
            return refused
        if name == "send":
            body = _json(raw)
            chat_id = body.get("chat_id") if isinstance(body, dict) else None
            hit = service.limits.admit(service.send_rate_rules(str(chat_id or "")), handler.arrived_at)
            if hit is not None:
                return self._rate_limited(hit.limit, hit.reset)
            delay = self.faults.send_delay
            if delay and self._stopping.wait(delay):
                return fail(500, "the sandbox is stopping")
            return service.ephemeral_send(body)
        if name == "delete":
            hit = service.limits.admit(
                [("delete:app", 50, 1.0), ("delete:app", 1000, 60.0)], handler.arrived_at
            )
            if hit is not None:
                return self._rate_limited(hit.limit, hit.reset)
            return service.ephemeral_delete(_json(raw))
        if name in ("post", "update", "recall", "card_update"):
            return self._messages(handler, name, path, query, raw)
        if name == "chats":
            return service.list_chats(query)
        if name == "members":
            match = _MEMBERS_PATH.match(path)
            assert match is not None
            return service.list_members(match.group(1), query)
        if name == "batch_get_id":
            return service.batch_get_id(query, _json(raw))
        fields, filenames = _multipart(handler.headers.get("Content-Type", ""), raw)
        if fields is None:
            return field_violation("body", "must be multipart/form-data with image_type and image")
        return service.upload_image(fields, filenames)

    @staticmethod
    def _route(method: str, path: str) -> tuple[tuple[str, ...], str] | None:
        if method == "POST" and path == "/open-apis/ephemeral/v1/send":
            return SEND_SCOPES, "send"
        if method == "POST" and path == "/open-apis/ephemeral/v1/delete":
            return SEND_SCOPES, "delete"
        if method == "GET" and path == "/open-apis/im/v1/chats":
            return CHAT_SCOPES, "chats"
        if method == "GET" and _MEMBERS_PATH.match(path):
            return MEMBER_SCOPES, "members"
        if method == "POST" and path == "/open-apis/contact/v3/users/batch_get_id":
            return CONTACT_SCOPES, "batch_get_id"
        if method == "POST" and path == "/open-apis/im/v1/images":
            return IMAGE_SCOPES, "images"
        if method == "POST" and path == MESSAGES_PATH:
            return POST_SCOPES, "post"
        if method == "PATCH" and _MESSAGE_PATH.match(path):
            return UPDATE_SCOPES, "update"
        if method == "DELETE" and _MESSAGE_PATH.match(path):
            return RECALL_SCOPES, "recall"
        if method == "POST" and path == CARD_UPDATE_PATH:
            return (), "card_update"  # the callback token is the permission
        return None

    def _messages(
        self, handler: _Handler, name: str, path: str, query: Mapping[str, str], raw: bytes
    ) -> Answer:
        """Posting to a chat, updating and recalling a posted card, the delayed update."""
        group = self.service.group
        body = _json(raw) if name != "recall" else None
        match = _MESSAGE_PATH.match(path)
        message_id = match.group(1) if match else ""
        if name == "post":
            chat_id = body.get("receive_id") if isinstance(body, dict) else None
            rules = group.post_rate_rules(str(chat_id or ""))
        elif name == "update":
            rules = group.update_rate_rules(message_id)
        else:
            rules = [("im:app", 50, 1.0), ("im:app", 1000, 60.0)]
        hit = self.service.limits.admit(rules, handler.arrived_at)
        if hit is not None:
            if name == "update" and hit.limit == MESSAGE_UPDATES_PER_SECOND:
                # One message updated too often: Feishu's own code, not the gateway's 429.
                return fail(230020, "This operation triggers the frequency limit.")
            return self._rate_limited(hit.limit, hit.reset)
        if name == "post":
            return group.post(query, body)
        if name == "update":
            return group.update(message_id, body)
        if name == "recall":
            return group.recall(message_id)
        return group.delayed_update(body)

    def _echo(self, handler: _Handler, method: str, path: str, raw: bytes, fault: Fault) -> None:
        """A careless proxy's error page: the Authorization header, the body, the other headers.

        Bare text, unescaped, the Authorization header first: the worst case for a client
        that shows the start of a page it cannot read.
        """
        authorization = handler.headers.get("Authorization")
        lines = [f"Authorization: {authorization}"] if authorization else []
        lines.append(raw.decode("utf-8", "replace"))
        lines += [
            f"{name}: {value}" for name, value in handler.headers.items() if name.lower() != "authorization"
        ]
        echo = "\n".join(lines)
        if fault.msg == "json":
            self._respond(handler, method, path, fail(9499, f"Bad Request: {echo}", fault.http_status))
            return
        self._respond_raw(handler, method, path, fault.http_status, echo.encode("utf-8"), "text/html")

    @staticmethod
    def _rate_limited(limit: int, reset: int | str) -> Answer:
        return Answer(
            429,
            {"code": 99991400, "msg": "request trigger frequency limit"},
            {"x-ogw-ratelimit-limit": str(limit), "x-ogw-ratelimit-reset": str(reset)},
        )

    def _respond(self, handler: _Handler, method: str, path: str, answer: Answer) -> None:
        if answer.status == 404:
            # Feishu's gateway answers unknown paths with a plain-text page, not JSON.
            self._respond_raw(handler, method, path, 404, b"404 page not found", "text/plain; charset=utf-8")
            return
        log_id = time.strftime("%Y%m%d%H%M%S") + secrets.token_hex(8).upper()
        body = dict(answer.body)
        if body.get("code") not in (0, None):
            error = dict(body.get("error") or {})
            error.setdefault("log_id", log_id)
            body["error"] = error
        try:
            payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate echoed from the request: \\u escapes are JSON
            payload = json.dumps(body).encode("ascii")
        headers = {"X-Tt-Logid": log_id, **answer.headers}
        self._respond_raw(
            handler,
            method,
            path,
            answer.status,
            payload,
            "application/json; charset=utf-8",
            headers,
            code=body.get("code"),
        )

    def _respond_raw(
        self,
        handler: _Handler,
        method: str,
        path: str,
        status: int,
        payload: bytes,
        content_type: str,
        headers: Mapping[str, str] | None = None,
        code: Any = None,
    ) -> None:
        self._record(handler, method, path, status, code if isinstance(code, int) else None)
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(payload)))
            for name, value in (headers or {}).items():
                # Header values are Latin-1 on the wire; a fault's value may not be.
                handler.send_header(name, value.encode("latin-1", "replace").decode("latin-1"))
            if handler.close_connection:
                handler.send_header("Connection", "close")
            handler.end_headers()
            if handler.command != "HEAD":  # HEAD: the headers of the answer, never its body
                handler.wfile.write(payload)
        except OSError:  # the client gave up (its time-out, a reset): nobody to answer
            handler.close_connection = True

    def _record(
        self, handler: _Handler, method: str, path: str, status: int | None, code: int | None
    ) -> None:
        record = RequestRecord(method, path, status, code, self.clock(), handler.arrived_at)
        with self._log_lock:
            self._records.append(record)


class _Refused(Exception):
    """A request the sandbox cannot use: answered with ``answer`` (``close``: hang up after)."""

    def __init__(self, answer: Answer, *, close: bool = False) -> None:
        super().__init__(answer.body.get("msg"))
        self.answer = answer
        self.close = close


def _shorten(text: str, limit: int = 40) -> str:
    """``text`` as an answer may repeat it: a 5,000-digit value is cut, not echoed whole."""
    return text if len(text) <= limit else text[:limit] + f"… ({len(text)} characters)"


def _split_target(target: str) -> SplitResult:
    if any(ord(char) < 0x21 or ord(char) == 0x7F for char in target):
        raise _Refused(field_violation("path", "contains a space or a control character"), close=True)
    try:
        return urlsplit(target)
    except ValueError as error:  # e.g. "//[" (an unclosed IPv6 host)
        raise _Refused(field_violation("path", f"cannot be read ({error})"), close=True) from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{_shorten(text)} is too large for a number")
    return value


def _json(raw: bytes) -> Any:
    """The body as JSON (``None`` when empty); ``_Refused`` naming what makes it unusable.

    UTF-8 only (Feishu's rule; json.loads would guess UTF-16 from the bytes), standard JSON
    only (no NaN, no number beyond a float), nesting as deep as the parser manages, and text
    that is Unicode (a \\ud800 escape decodes to a lone surrogate, which no answer could echo).
    """
    if not raw.strip():
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _Refused(field_violation("body", f"is not UTF-8 (byte {error.start})")) from None
    try:
        value = json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except RecursionError:
        raise _Refused(field_violation("body", "is nested too deeply")) from None
    except ValueError as error:  # JSONDecodeError, our checks, ints over 4,300 digits
        raise _Refused(field_violation("body", f"is not valid JSON ({_shorten(str(error), 120)})")) from None
    _check_text(value)
    return value


def _check_text(value: Any) -> None:
    """Refuse a lone surrogate anywhere in ``value``, naming the field (an explicit stack: no recursion)."""
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        pointer, item = stack.pop()
        if isinstance(item, dict):
            for key, child in item.items():
                stack.append((f"{pointer}/{key}", key))
                stack.append((f"{pointer}/{key}", child))
        elif isinstance(item, list):
            stack.extend((f"{pointer}/{index}", child) for index, child in enumerate(item))
        elif isinstance(item, str) and _SURROGATE.search(item):
            where = pointer.lstrip("/").replace("/", ".") or "body"
            raise _Refused(
                field_violation(
                    _shorten(where.encode("utf-8", "backslashreplace").decode("ascii")),
                    "contains a lone surrogate (\\ud800-\\udfff), which is not Unicode text",
                )
            )


def _multipart(content_type: str, raw: bytes) -> tuple[dict[str, bytes] | None, dict[str, str]]:
    """Fields (name -> bytes) and file names of a multipart/form-data body."""
    if not content_type.lower().startswith("multipart/form-data"):
        return None, {}
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + raw
    )
    if not message.is_multipart():
        return None, {}
    fields: dict[str, bytes] = {}
    filenames: dict[str, str] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        fields[name] = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename:
            filenames[name] = filename
    return fields, filenames
