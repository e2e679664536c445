"""``SandboxServer``: the sandbox's HTTP side (stdlib ``ThreadingHTTPServer``, one thread a connection).

It reads the request, applies the programmed faults and the rate limits, checks the
token and scopes, and hands the call to ``SandboxService``. HTTP/1.1 keep-alive, like
the real gateway, so a client's connection pool is exercised as it would be.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import logging
import re
import secrets
import socket
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from designer.sandbox._faults import TOKEN_PATH, Fault, Faults
from designer.sandbox._service import (
    CHAT_SCOPES,
    CONTACT_SCOPES,
    IMAGE_MAX_BYTES,
    IMAGE_SCOPES,
    MEMBER_SCOPES,
    SEND_SCOPES,
    Answer,
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
_MEMBERS_PATH = re.compile(r"^/open-apis/im/v1/chats/([^/]+)/members$")


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One request the sandbox received: what, and what it answered (``code`` None: no JSON)."""

    method: str
    path: str
    status: int | None
    code: int | None
    at: float


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

    def parse_request(self) -> bool:
        # Stamped as soon as the request line is read: what the rate limits count.
        self.arrived_at = time.monotonic()
        return super().parse_request()

    def do_GET(self) -> None:
        self.server.sandbox.handle(self, "GET")

    def do_POST(self) -> None:
        self.server.sandbox.handle(self, "POST")

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)


class SandboxServer:
    """A local server speaking Feishu's API contract for the demo tenant in ``designer.sandbox.demo``.

    ``base_url`` is known once constructed (the port is bound then; ``port=0`` picks a
    free one); ``start()`` serves on a background thread, ``stop()`` ends it (also a
    context manager). ``inbox()`` is what each member was sent, ``image(key)`` an
    uploaded image, ``faults`` programs misbehaviour, ``token_ttl`` the lifetime of new
    tokens, ``scopes`` the permissions the app has been granted.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        app_id: str = DEMO_APP_ID,
        app_secret: str = DEMO_APP_SECRET,
    ) -> None:
        self.faults = Faults()
        self.service = SandboxService(app_id, app_secret, self.faults)
        server_class = _HTTPServer6 if ":" in host else _HTTPServer
        self._httpd = server_class((host.strip("[]"), port), _Handler)
        self._httpd.sandbox = self
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

    def image(self, key: str) -> bytes | None:
        return self.service.image(key)

    def requests(self, path: str | None = None) -> list[RequestRecord]:
        """Requests received so far (those to ``path`` only, when given)."""
        with self._log_lock:
            return [r for r in self._records if path is None or r.path == path]

    # --- one request ------------------------------------------------------------------

    def handle(self, handler: _Handler, method: str) -> None:
        url = urlsplit(handler.path)
        path = url.path
        query = dict(parse_qsl(url.query))
        try:
            length = int(handler.headers.get("Content-Length") or 0)
        except ValueError:
            handler.close_connection = True
            self._respond(handler, method, path, field_violation("Content-Length", "is not a number"))
            return
        limit = IMAGE_MAX_BYTES + 1024 * 1024 if path == "/open-apis/im/v1/images" else _JSON_BODY_MAX
        if length > limit:
            handler.close_connection = True  # the body is not read; the connection cannot be reused
            self._respond(
                handler, method, path, fail(234006, f"The request body is {length} bytes, too large.")
            )
            return
        raw = handler.rfile.read(length) if length else b""
        fault = self.faults.take(path)
        if fault is not None:
            if fault.kind == "drop":
                self._record(method, path, None, None)
                handler.close_connection = True
                return
            if fault.kind == "stall" and self._stopping.wait(fault.seconds):
                handler.close_connection = True  # stopping: hang up rather than answer
                return
            if fault.kind == "garbage":
                self._respond_raw(
                    handler,
                    method,
                    path,
                    fault.http_status,
                    b"<html><body>502 Bad Gateway</body></html>",
                    "text/html",
                )
                return
            if fault.kind == "echo":
                self._echo(handler, method, path, raw, fault)
                return
            if fault.kind == "answer":
                self._respond(handler, method, path, fail(fault.code, fault.msg, fault.http_status))
                return
            if fault.kind == "rate_limit":
                self._respond(handler, method, path, self._rate_limited(50, fault.header))
                return
        try:
            answer = self._dispatch(handler, method, path, query, raw)
        except Exception as error:  # a sandbox bug: answer like a server error, keep serving
            log.exception("sandbox failed on %s %s", method, path)
            answer = fail(500, f"sandbox internal error: {error.__class__.__name__}: {error}", status=500)
        self._respond(handler, method, path, answer)

    def _dispatch(
        self, handler: _Handler, method: str, path: str, query: Mapping[str, str], raw: bytes
    ) -> Answer:
        service = self.service
        if path == TOKEN_PATH and method == "POST":
            return service.issue_token(_json(raw))
        route = self._route(method, path)
        if route is None:
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
        return None

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
        payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
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
        self._record(method, path, status, code if isinstance(code, int) else None)
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(payload)))
            for name, value in (headers or {}).items():
                handler.send_header(name, value)
            if handler.close_connection:
                handler.send_header("Connection", "close")
            handler.end_headers()
            handler.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (e.g. its time-out)
            handler.close_connection = True

    def _record(self, method: str, path: str, status: int | None, code: int | None) -> None:
        with self._log_lock:
            self._records.append(RequestRecord(method, path, status, code, time.monotonic()))


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None


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
