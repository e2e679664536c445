"""The sandbox's long connection: card callbacks delivered to connected clients, as Feishu does.

* ``POST /callback/ws/endpoint`` (``endpoint``): the app's id and secret give a WebSocket URL
  (``device_id``, ``service_id`` and a one-time ``ticket`` in its query) and the client config;
* the WebSocket (``websockets``' threaded server, on a port of its own beside the HTTP one)
  speaks the frame protocol of ``designer.feishu._frames``: pings answered with pongs that
  carry the client config, events sent as data frames (in ``sum``/``seq`` parts when
  ``part_size`` is set), the client's answer frames read back;
* ``POST /sandbox/v1/actions`` (``act``): a person acts on a card: an ephemeral card in the
  inbox (its one recipient), or a card posted to a chat (any member of the chat); the event
  (``open_message_id`` and ``open_chat_id`` in its context) goes to every connected client
  of the app, the first answer within ``answer_timeout`` (3 s, Feishu's limit) is applied
  (an ephemeral card: toast kept, card replaced; a posted card: replaced for everyone) and
  returned to the caller.

Refusals (docs/feishu/long-connection.md): wrong credentials 1000040345; an app that is not
self-built, or whose callbacks are not set to the long connection, 403 with the reason;
more than ``max_connections`` open at once, the handshake refused with 514 / 1000040350.
The ``/sandbox/v1/actions`` errors are the sandbox's own codes (190001 …, listed in
docs/feishu/long-connection.md), since Feishu never
answers that call to anyone: its client shows the recipient an error toast instead.
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
import socket
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from designer.feishu._frames import (
    FRAME_CONTROL,
    FRAME_DATA,
    HEADER_MESSAGE_ID,
    HEADER_SEQ,
    HEADER_SUM,
    HEADER_TRACE_ID,
    HEADER_TYPE,
    TYPE_EVENT,
    TYPE_PING,
    TYPE_PONG,
    Frame,
    FrameError,
    decode_frame,
    encode_frame,
    read_answer,
    split_payload,
)
from designer.sandbox import demo
from designer.sandbox._messages import CallbackToken
from designer.sandbox._service import Answer, SandboxService, fail, field_violation, ok

__all__ = ["ACTION_FIELDS", "CallbackHub"]

log = logging.getLogger("designer.sandbox")

ENDPOINT_PATH = "/callback/ws/endpoint"
ACTIONS_PATH = "/sandbox/v1/actions"
TICKET_TTL = 60.0

# What a recipient's action may carry (the action object of card.action.trigger).
ACTION_FIELDS = (
    "tag",
    "value",
    "form_value",
    "name",
    "option",
    "options",
    "input_value",
    "checked",
    "timezone",
)

# The sandbox's own codes for /sandbox/v1/actions.
NO_SUCH_CARD = 190001
NOT_THE_RECIPIENT = 190002
NO_LISTENER = 190003
ANSWER_TOO_LATE = 190004
ANSWER_FAILED = 190005
ANSWER_CARD_REFUSED = 190006


@dataclass(slots=True)
class _Client:
    connection: Any  # websockets.sync.server.ServerConnection
    app_id: str
    device_id: str
    service_id: int
    send_lock: threading.Lock = field(default_factory=threading.Lock)
    pings: int = 0


@dataclass(slots=True)
class _Waiting:
    done: threading.Event = field(default_factory=threading.Event)
    status: int = 0
    answer: dict[str, Any] | None = None
    problem: str = ""


class CallbackHub:
    """Long-connection clients of the sandbox's app and the callbacks sent to them (thread-safe).

    Settings tests change: ``self_built`` and ``long_connection`` (the console's choices),
    ``client_config`` (the ClientConfig answered; seconds), ``answer_pings``, ``answer_timeout``, ``part_size``
    (split events into parts of this many bytes; 0: never), ``max_connections``.
    """

    def __init__(self, service: SandboxService, host: str) -> None:
        from websockets.sync.server import serve

        self.service = service
        self.self_built = True
        self.long_connection = True
        # Feishu answers 120 s / 30 s; the sandbox's are short so that a dropped connection
        # comes back while someone watches. ReconnectCount -1: try for ever.
        self.client_config: dict[str, float] = {
            "ReconnectCount": -1,
            "ReconnectInterval": 2,
            "ReconnectNonce": 1,
            "PingInterval": 30,
        }
        self.answer_pings = True  # False: a connection gone half-open (pings go unanswered)
        self.answer_timeout = 3.0
        self.part_size = 0
        self.max_connections = 50
        self._lock = threading.Lock()
        self._clients: list[_Client] = []
        self._tickets: dict[str, tuple[str, str, int, float]] = {}  # ticket -> app, device, service, expiry
        self._waiting: dict[str, _Waiting] = {}
        self._stopped = False
        self._server = serve(
            self._serve_client,
            host.strip("[]"),
            0,
            # socket.create_server binds IPv4 unless told otherwise (the HTTP side does the same).
            family=socket.AF_INET6 if ":" in host else socket.AF_INET,
            process_request=self._check_ticket,
            ping_interval=None,  # the protocol's own ping frames keep the connection alive
            compression=None,
            max_size=None,
            logger=logging.getLogger("designer.sandbox.websocket"),
        )
        address = self._server.socket.getsockname()
        self._host, self._port = address[0], address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="sandbox-websocket", daemon=True
        )
        self._thread.start()

    @property
    def callback_tokens(self) -> dict[str, CallbackToken]:
        """The live callback tokens (kept by the service, which the delayed update checks)."""
        return self.service.group.tokens

    # --- life cycle -----------------------------------------------------------------------

    @property
    def ws_base(self) -> str:
        return self._ws_base(self._host)

    def _ws_base(self, host: str) -> str:
        host = f"[{host}]" if ":" in host else host
        return f"ws://{host}:{self._port}"

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.drop_connections()
        self._server.shutdown()
        self._thread.join(timeout=5)

    def connected(self) -> int:
        """How many clients are connected now."""
        with self._lock:
            return len(self._live_clients_locked())

    def _live_clients_locked(self) -> list[_Client]:
        """The clients, less any whose upgrade failed after it was accepted (no handler ran to
        remove them)."""
        from websockets.protocol import State

        self._clients = [c for c in self._clients if c.connection.state is not State.CLOSED]
        return self._clients

    def pings(self) -> int:
        """Pings received from the clients connected now."""
        with self._lock:
            return sum(client.pings for client in self._clients)

    def drop_connections(self) -> None:
        """Cut every connection without a closing handshake, as a network failure does."""
        with self._lock:
            clients = list(self._clients)
        for client in clients:
            with contextlib.suppress(OSError):  # already closed
                # shutdown, not close: it sends the FIN and wakes the thread reading the socket.
                client.connection.socket.shutdown(socket.SHUT_RDWR)

    # --- POST /callback/ws/endpoint ------------------------------------------------------------

    def endpoint(self, body: Any, host_header: str | None = None) -> Answer:
        """The WebSocket URL for the app; its host is the one the client reached the sandbox by
        (``host_header``), so a sandbox bound to 0.0.0.0 answers an address the client can use."""
        app_id = body.get("AppID") if isinstance(body, dict) else None
        app_secret = body.get("AppSecret") if isinstance(body, dict) else None
        if not app_id or not app_secret:
            return fail(1000040344, "AppID and AppSecret are required", status=200)
        if not self.service.credentials_match(app_id, app_secret):
            return fail(1000040345, "app_id or app_secret is invalid", status=200)
        if not self.self_built:
            return fail(
                403, "the long connection is only available to self-built apps (企业自建应用)", status=200
            )
        if not self.long_connection:
            return fail(
                403,
                "the app does not receive callbacks over the long connection (使用长连接接收回调 is not "
                "chosen in Events & Callbacks)",
                status=200,
            )
        device_id = secrets.token_hex(8)
        service_id = 1000 + secrets.randbelow(9000)
        ticket = secrets.token_urlsafe(16)
        with self._lock:
            now = self.service.clock()
            for old in [t for t, (*_, expiry) in self._tickets.items() if expiry <= now]:
                del self._tickets[old]
            self._tickets[ticket] = (app_id, device_id, service_id, now + TICKET_TTL)
        query = urlencode({"device_id": device_id, "service_id": service_id, "ticket": ticket})
        try:
            reached = urlsplit("//" + (host_header or "")).hostname
        except ValueError:
            reached = None
        base = self._ws_base(reached) if reached else self.ws_base
        return ok({"URL": f"{base}/ws?{query}", "ClientConfig": dict(self.client_config)})

    # --- the WebSocket ----------------------------------------------------------------------

    def _check_ticket(self, connection: Any, request: Any) -> Any:
        """Refuse the upgrade unless it carries a ticket from the endpoint (used once).

        An accepted client is counted here, before the upgrade's answer goes out: once the
        client sees itself connected, a drop (``drop_connections``) or a callback reaches it.
        """
        query = parse_qs(urlsplit(request.path).query)
        ticket = (query.get("ticket") or [""])[0]
        with self._lock:
            issued = self._tickets.pop(ticket, None)
            if issued is None or issued[3] <= self.service.clock():
                refusal = (514, "invalid or expired ticket: call /callback/ws/endpoint again", "")
            elif len(self._live_clients_locked()) >= self.max_connections:
                refusal = (
                    514,
                    f"the app has {self.max_connections} long connections open already",
                    "1000040350",
                )
            else:
                self._clients.append(_Client(connection, *issued[:3]))
                return None
        return self._refuse(connection, *refusal)

    @staticmethod
    def _refuse(connection: Any, status: int, msg: str, auth_code: str = "") -> Any:
        response = connection.respond(HTTPStatus.FORBIDDEN, msg + "\n")
        response.headers["handshake-status"] = str(status)
        response.headers["handshake-msg"] = msg
        if auth_code:
            response.headers["handshake-autherrcode"] = auth_code
        return response

    def _serve_client(self, connection: Any) -> None:
        from websockets.exceptions import ConnectionClosed

        with self._lock:
            client = next((c for c in self._clients if c.connection is connection), None)
        if client is None:  # dropped while its upgrade was answered
            return
        try:
            for message in connection:
                if isinstance(message, bytes):
                    self._on_frame(client, message)
        except (ConnectionClosed, OSError):
            pass
        finally:
            with self._lock:
                if client in self._clients:
                    self._clients.remove(client)

    def _on_frame(self, client: _Client, data: bytes) -> None:
        try:
            frame = decode_frame(data)
        except FrameError as error:
            log.warning("long connection %s: unreadable frame (%s)", client.device_id, error)
            return
        if frame.method == FRAME_CONTROL:
            if frame.header(HEADER_TYPE) == TYPE_PING:
                with self._lock:
                    client.pings += 1
                if not self.answer_pings:
                    return
                pong = Frame(
                    service=client.service_id,
                    method=FRAME_CONTROL,
                    headers=((HEADER_TYPE, TYPE_PONG),),
                    payload=json.dumps(self.client_config).encode("utf-8"),
                )
                self._send(client, pong)
            return
        if frame.method != FRAME_DATA:
            return
        message_id = frame.header(HEADER_MESSAGE_ID) or ""
        with self._lock:
            waiting = self._waiting.get(message_id)
        if waiting is None or waiting.done.is_set():
            return  # an answer to nothing pending (late, or a second client's)
        try:
            waiting.status, waiting.answer = read_answer(frame.payload)
        except FrameError as error:
            waiting.status, waiting.problem = 0, str(error)
        waiting.done.set()

    @staticmethod
    def _send(client: _Client, frame: Frame) -> bool:
        with client.send_lock:
            try:
                client.connection.send(encode_frame(frame))
                return True
            except Exception:  # closed meanwhile: that client simply gets nothing
                return False

    # --- POST /sandbox/v1/actions ------------------------------------------------------------

    def act(self, body: Any) -> Answer:
        if not isinstance(body, dict):
            return field_violation("body", "must be a JSON object with message_id, open_id and action")
        message_id, open_id, action = body.get("message_id"), body.get("open_id"), body.get("action")
        if not isinstance(message_id, str) or not message_id:
            return field_violation("message_id", "is required (the om_… of a card in the inbox)")
        if not isinstance(open_id, str) or not open_id:
            return field_violation("open_id", "is required (who acts on the card)")
        if not isinstance(action, dict):
            return field_violation("action", "is required and must be a JSON object")
        unknown = sorted(set(action) - set(ACTION_FIELDS))
        if unknown:
            return field_violation(
                f"action.{unknown[0]}", f"is not a field of an action ({', '.join(ACTION_FIELDS)})"
            )
        if not isinstance(action.get("tag"), str) or not action["tag"]:
            return field_violation("action.tag", "is required (the element's tag, e.g. button)")
        if "form_value" in action and not isinstance(action["form_value"], dict):
            return field_violation("action.form_value", "must be a JSON object (field name -> value)")
        entry = self.service.inbox_entry(message_id)
        posted = self.service.group.get(message_id) if entry is None else None
        if posted is not None:
            # A card posted to the chat: any member may act on it, and the answer's card
            # replaces it for everyone (a shared card).
            if posted.recalled:
                return fail(
                    NO_SUCH_CARD, f"message {message_id} was recalled: nobody can act on it", status=400
                )
            chat = self.service.chat(posted.chat_id)
            if chat is None or open_id not in chat.member_ids:
                return fail(
                    NOT_THE_RECIPIENT,
                    f"{open_id} cannot act on {message_id}: only the members of chat {posted.chat_id} see it",
                    status=403,
                )
            chat_id = posted.chat_id
        elif entry is None or entry.deleted:
            state = "was deleted" if entry is not None else "is not a card the sandbox delivered"
            # 400, not 404: the sandbox answers 404 as the gateway does, with a plain-text page.
            return fail(NO_SUCH_CARD, f"message {message_id} {state}: nobody can act on it", status=400)
        elif open_id != entry.open_id:
            return fail(
                NOT_THE_RECIPIENT,
                f"{open_id} cannot act on {message_id}: the ephemeral card is visible only to {entry.open_id}",
                status=403,
            )
        else:
            chat_id = entry.chat_id
        person = demo.person(open_id)
        token = self.service.issue_callback_token(message_id, open_id)
        event = {
            "schema": "2.0",
            "header": {
                "event_id": secrets.token_hex(16),
                "token": "",  # the verification token: not used over the long connection
                "create_time": str(int(self.service.clock.wall() * 1000)),
                "event_type": "card.action.trigger",
                "tenant_key": demo.TENANT_KEY,
                "app_id": self.service.app_id,
            },
            "event": {
                "operator": {
                    "tenant_key": demo.TENANT_KEY,
                    "open_id": open_id,
                    "user_id": person.user_id if person else "",
                    "union_id": person.union_id if person else "",
                },
                "token": token,
                "action": {key: action[key] for key in ACTION_FIELDS if key in action},
                "host": "im_message",
                "context": {"open_message_id": message_id, "open_chat_id": chat_id},
            },
        }
        return self._deliver(event, message_id, token, shared=posted is not None)

    def _deliver(
        self, event: dict[str, Any], card_message_id: str, token: str, *, shared: bool = False
    ) -> Answer:
        payload = json.dumps(event, ensure_ascii=False).encode("utf-8")
        frame_message_id = "msg_" + secrets.token_hex(12)
        parts = split_payload(payload, self.part_size) if self.part_size > 0 else [payload]
        with self._lock:
            clients = [c for c in self._live_clients_locked() if c.app_id == self.service.app_id]
            waiting = _Waiting()
            self._waiting[frame_message_id] = waiting
        try:
            delivered = 0
            trace_id = secrets.token_hex(8)
            for client in clients:
                sent = True
                for seq, part in enumerate(parts):
                    frame = Frame(
                        seq_id=seq,
                        service=client.service_id,
                        method=FRAME_DATA,
                        headers=(
                            (HEADER_TYPE, TYPE_EVENT),
                            (HEADER_MESSAGE_ID, frame_message_id),
                            (HEADER_SUM, str(len(parts))),
                            (HEADER_SEQ, str(seq)),
                            (HEADER_TRACE_ID, trace_id),
                        ),
                        payload=part,
                    )
                    sent = sent and self._send(client, frame)
                delivered += sent
            if not delivered:
                return fail(
                    NO_LISTENER,
                    f"no client of app {self.service.app_id} is connected over the long connection: the "
                    "recipient sees an error toast (start one: card-designer listen)",
                    status=503,
                )
            # A real wait for a real client: timed in real time, like its timeout.
            started = time.perf_counter()
            if not waiting.done.wait(self.answer_timeout):
                return fail(
                    ANSWER_TOO_LATE,
                    f"no answer to the callback within {self.answer_timeout:g} s (Feishu's limit): the recipient "
                    "sees an error toast; answer faster, or answer nothing and update the card later with the "
                    "callback token",
                    status=504,
                )
            took_ms = int((time.perf_counter() - started) * 1000)
        finally:
            with self._lock:
                self._waiting.pop(frame_message_id, None)
        if waiting.problem or waiting.status != 200:
            what = waiting.problem or f"the client answered code {waiting.status} (its handler failed)"
            return fail(ANSWER_FAILED, f"{what}: the recipient sees an error toast", status=502)
        answer = waiting.answer or {}
        toast = answer.get("toast") if isinstance(answer.get("toast"), dict) else None
        card_answer = answer.get("card")
        card = None
        if (
            isinstance(card_answer, dict)
            and card_answer.get("type") == "raw"
            and isinstance(card_answer.get("data"), dict)
        ):
            card = card_answer["data"]
            # A shared card is checked as a group card; an ephemeral one with the ephemeral rules.
            refused = self.service.group.card_refusal(card) if shared else self.service.card_refusal(card)
            if refused is not None:  # Feishu shows the person an error and keeps the old card
                return fail(
                    ANSWER_CARD_REFUSED,
                    f"the answer's card was refused ({refused.body['msg']}): the recipient sees an error "
                    "toast and the card is not replaced",
                    status=502,
                )
        if shared:
            if card is not None:
                self.service.group.apply_answer(card_message_id, card)
        else:
            self.service.apply_callback_answer(card_message_id, toast, card)
        self.service.callback_answered(token)  # a delayed update may follow from now on
        return ok(
            {
                "event_id": event["header"]["event_id"],
                "token": token,
                "delivered_to": delivered,
                "answered_in_ms": took_ms,
                "answer": answer,
            }
        )
