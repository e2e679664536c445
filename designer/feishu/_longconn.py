"""``CallbackListener``: card callbacks over Feishu's long connection, without a public URL.

    listener = CallbackListener(base_url, app_id, app_secret, handler, on_state=print)
    listener.start()            # a thread of its own; handler(CardAction) runs there
    ...
    listener.stop()

How it works (docs/feishu/long-connection.md): ``POST {base}/callback/ws/endpoint`` with the
app id and secret answers a WebSocket URL and the client config (reconnect count, interval
and jitter, ping interval); the WebSocket carries protobuf frames (``_frames``): pings and
pongs, and data frames with the events, whose answers go back on the same connection.
A card callback must be answered within 3 seconds: the handler runs on the listener's
thread as soon as the event is whole, and its answer is sent at once.

States (``ListenerState``, passed to ``on_state`` from the listener's thread): connecting,
connected, reconnecting (the connection dropped or could not be opened: tried again as the
client config says), refused (the service will not let this app connect: the hint names
the console steps; not retried), stopped (``stop()``, or reconnecting gave up).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from designer.feishu._callbacks import CALLBACK_EVENT_TYPE, CallbackAnswer, CardAction, Toast, event_json
from designer.feishu._constants import DEFAULT_TIMEOUT
from designer.feishu._exceptions import (
    OF_APP,
    FeishuError,
    InsecureURL,
    LongConnectionRefused,
    TransportError,
)
from designer.feishu._frames import (
    FRAME_CONTROL,
    FRAME_DATA,
    HEADER_BIZ_RT,
    HEADER_MESSAGE_ID,
    HEADER_SEQ,
    HEADER_SUM,
    HEADER_TYPE,
    TYPE_CARD,
    TYPE_EVENT,
    TYPE_PING,
    TYPE_PONG,
    Frame,
    FrameError,
    Reassembler,
    answer_payload,
    decode_frame,
    encode_frame,
)
from designer.feishu._urls import check_base_url, is_loopback_url
from designer.messages import Text, Translate, english, shown

if TYPE_CHECKING:
    from designer.feishu._http import Requester

__all__ = [
    "ENDPOINT_PATH",
    "CallbackHandler",
    "CallbackListener",
    "ClientConfig",
    "ListenerState",
    "ListenerStatus",
]

log = logging.getLogger("designer.feishu")

ENDPOINT_PATH = "/callback/ws/endpoint"
ANSWER_WITHIN = 3.0  # seconds Feishu waits for a callback's answer [卡片回传交互]
# Our bound on one WebSocket message (a broken or hostile server must not exhaust memory):
# callbacks are a few KB; the SDK sets no bound at all.
MAX_MESSAGE_BYTES = 16 * 1024 * 1024

# The endpoint's own codes (lark_oapi/ws/const.py): these two mean "try again later"; any
# other non-zero code is a refusal the SDK does not retry either.
_RETRY_CODES = frozenset({1, 1000040343})
# Handshake refusals (headers of the WebSocket upgrade's error answer).
_HANDSHAKE_STATUS, _HANDSHAKE_MSG, _HANDSHAKE_AUTH_CODE = (
    "handshake-status",
    "handshake-msg",
    "handshake-autherrcode",
)
_FORBIDDEN, _AUTH_FAILED, _EXCEED_CONN_LIMIT = 403, 514, 1000040350

_CONSOLE_STEPS = Text(
    "In the developer console (open.feishu.cn/app, or open.larksuite.com/app for Lark): the app must "
    "be a self-built app (企业自建应用); under Events & Callbacks > Callback Configuration choose "
    "'Receive callbacks through persistent connection' (使用长连接接收回调) and add the callback "
    "card.action.trigger (卡片回传交互); then publish a new version of the app."
)()
_REFUSAL_HINTS: dict[int, str] = {
    1000040344: Text("The app id or app secret is empty: fill in both in the profile.")(),
    1000040345: Text(
        "The app id or app secret was not accepted (or the app has no published version): "
        "check both in Credentials & Basic Info, and publish a version of the app."
    )(),
    _FORBIDDEN: _CONSOLE_STEPS,
    _AUTH_FAILED: Text("The connection's credentials were refused: check the app id and app secret.")(),
    _EXCEED_CONN_LIMIT: Text(
        "The app has too many long connections open: stop other listeners of this app "
        "(each running copy of this tool or of the SDK holds one)."
    )(),
}
# What the listener says (designer.messages: translated where shown).
OPENING = Text("opening the callback long connection")
THE_ENDPOINT_REQUEST = Text("the long-connection endpoint request")
LISTENER_FAILED = Text("the listener failed ({kind}); see the log")
LISTEN_AGAIN = Text("Listen again; if it keeps failing, report it with the log.")
GAVE_UP = Text("gave up after {tries} tries to connect (as the service's client config says): {problem}")
GAVE_UP_ONE = Text("gave up after 1 try to connect (as the service's client config says): {problem}")
CHECK_NETWORK = Text("Check the network and the base URL, then listen again.")
TRYING_AGAIN = Text("{problem}; trying again in {seconds:.1f} s")
RECEIVING = Text("receiving callbacks")
DROPPED = Text("the connection dropped ({reason}); reconnecting")
NO_NUMERIC_CODE = Text("the endpoint answered HTTP {status} without a numeric code")
BUSY = Text("the service is busy ({msg}, code {code})")
ENDPOINT_HTTP = Text("the endpoint answered HTTP {status}")
NO_URL = Text("the endpoint's answer has no URL")
NOT_WSS = Text("the endpoint answered a WebSocket address that is not wss:// ({address})")
WS_REFUSED = Text("the WebSocket was refused: {msg}")
WS_NOT_OPENED = Text("could not open the WebSocket ({kind}: {reason})")
NO_PONG = Text("no answer to a ping within {seconds:g} s")
CLOSED = Text("closed: {reason}")
CLOSED_PLAIN = Text("closed")
NO_APP_ID = Text("CallbackListener: the app id is empty")
NO_APP_SECRET = Text("CallbackListener: the app secret of app {app_id} is empty")
# The states' names, as the command line and the window say them.
STATUS_TEXTS = {
    "connecting": Text("connecting"),
    "connected": Text("connected"),
    "reconnecting": Text("reconnecting"),
    "refused": Text("refused"),
    "stopped": Text("stopped"),
}
STATE_LINE = Text("{status}: {message}")


class ListenerStatus(StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    REFUSED = "refused"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class ListenerState:
    """Where the listener is; ``message`` says what happened, ``hint`` what to do.

    ``stopped`` with a message is a listener that gave up reconnecting; without, a ``stop()``.
    """

    status: ListenerStatus
    message: str = ""
    hint: str = ""
    attempt: int = 0  # reconnecting: the how-many-th try this is
    error: FeishuError | None = None

    # What went wrong without the retry note (reconnecting: "no answer …", not "…; trying again").
    problem: str = ""

    def __str__(self) -> str:
        return self.describe()

    def describe(self, translate: Translate = english) -> str:
        """``status: message — hint`` in the language of ``translate``."""
        status = STATUS_TEXTS[self.status.value]()
        text = STATE_LINE(status=status, message=self.message) if self.message else status
        return shown(text, translate) + (f" — {shown(self.hint, translate)}" if self.hint else "")


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """The endpoint's ``ClientConfig`` (seconds; ``reconnect_count`` -1 = for ever)."""

    reconnect_count: int = -1
    reconnect_interval: float = 120.0
    reconnect_nonce: float = 30.0
    ping_interval: float = 120.0

    def updated(self, raw: Any) -> ClientConfig:
        """This config with the fields ``raw`` (the JSON object) gives; unusable values are ignored."""
        if not isinstance(raw, dict):
            return self
        names = {
            "ReconnectCount": "reconnect_count",
            "ReconnectInterval": "reconnect_interval",
            "ReconnectNonce": "reconnect_nonce",
            "PingInterval": "ping_interval",
        }
        changes: dict[str, Any] = {}
        for key, name in names.items():
            value = raw.get(key)
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            if name == "reconnect_count":
                changes[name] = int(value)
            elif 0 <= value <= 24 * 3600 and (name != "ping_interval" or value > 0):
                changes[name] = float(value)
        return replace(self, **changes)


CallbackHandler = Callable[[CardAction], CallbackAnswer | Toast | dict[str, Any] | None]


class _Refused(Exception):
    def __init__(self, error: LongConnectionRefused) -> None:
        super().__init__(str(error))
        self.error = error


class _Retry(Exception):
    """Connecting failed in a way worth trying again; ``message`` says how."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message  # (a Message: said in the reader's language)


class CallbackListener:
    """Receives card callbacks of one app over the long connection and answers them.

    ``handler(action)`` returns None (no answer: the card stays as it is), a ``Toast``, a
    ``CallbackAnswer`` (toast and/or replacement card) or the answer's JSON as a dict. It runs
    on the listener's thread; an exception in it answers the callback with an error (the
    person sees Feishu's error toast) and is logged. Qt-free; a GUI forwards ``on_state`` and
    the handler's work to its own thread with queued signals.
    """

    def __init__(
        self,
        base_url: str,
        app_id: str,
        app_secret: str,
        handler: CallbackHandler,
        *,
        on_state: Callable[[ListenerState], None] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if not app_id.strip():
            raise ValueError(NO_APP_ID())
        if not app_secret:
            raise ValueError(NO_APP_SECRET(app_id=app_id))
        # The base URL is checked here (InsecureURL at once, not later on the listener's
        # thread); each start() opens its own HTTP client, closed when its thread ends.
        self._credentials = (check_base_url(base_url), app_id.strip(), app_secret)
        self._handler = handler
        self._on_state = on_state
        self._timeout = timeout
        self._config = ClientConfig()
        self._reassembler = Reassembler()
        self._state = ListenerState(ListenerStatus.STOPPED)
        self._state_lock = threading.Lock()
        self._state_changed = threading.Condition(self._state_lock)
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._connection: Any = None  # the open websockets ClientConnection
        self._service_id = 0

    # --- public ---------------------------------------------------------------------------

    @property
    def app_id(self) -> str:
        return self._credentials[1]

    @property
    def state(self) -> ListenerState:
        with self._state_lock:
            return self._state

    @property
    def client_config(self) -> ClientConfig:
        return self._config

    def start(self) -> None:
        """Connect on a thread of its own (daemon); states go to ``on_state``."""
        if self._thread is not None and self._thread.is_alive():
            return
        from designer.feishu._http import Requester

        self._stopping.clear()
        requester = Requester(*self._credentials, timeout=self._timeout)
        self._set_state(ListenerState(ListenerStatus.CONNECTING))
        self._thread = threading.Thread(
            target=self._run, args=(requester,), name=f"feishu-callbacks-{self.app_id}", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Close the connection and end the thread; the last state is ``stopped`` (or the refusal).

        ``start()`` may be called again afterwards.
        """
        self._stopping.set()
        connection = self._connection
        if connection is not None:
            connection.close()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._stopped()

    def wait_for(self, *statuses: ListenerStatus, timeout: float) -> ListenerState:
        """The state once it is one of ``statuses`` or ``timeout`` seconds passed (then the current one)."""
        deadline = time.monotonic() + timeout
        with self._state_changed:
            while self._state.status not in statuses:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._state_changed.wait(left)
            return self._state

    # --- states ---------------------------------------------------------------------------

    def _set_state(self, state: ListenerState) -> None:
        with self._state_changed:
            if state == self._state:
                return
            self._state = state
            self._state_changed.notify_all()
        log.info("callback listener of %s: %s", self.app_id, state)
        if self._on_state is not None:
            try:
                self._on_state(state)
            except Exception:  # an observer's bug must not end the listener
                log.exception("on_state raised")

    # --- the thread -----------------------------------------------------------------------

    def _run(self, requester: Requester) -> None:
        try:
            self._keep_connected(requester)
        except Exception as error:  # a bug of ours: said, never a thread that ends in silence
            log.exception("the callback listener failed")
            self._set_state(
                ListenerState(
                    ListenerStatus.STOPPED,
                    LISTENER_FAILED(kind=error.__class__.__name__),
                    LISTEN_AGAIN(),
                )
            )
        finally:
            requester.close()
        self._stopped()

    def _stopped(self) -> None:
        """State ``stopped``, unless the listener ended refused or gave up (that state stays)."""
        state = self.state
        if state.status is not ListenerStatus.REFUSED and not (
            state.status is ListenerStatus.STOPPED and state.message
        ):
            self._set_state(ListenerState(ListenerStatus.STOPPED))

    def _keep_connected(self, requester: Requester) -> None:
        failures = 0  # failed tries since the last good connection
        while not self._stopping.is_set():
            try:
                connection = self._connect(requester)
            except _Refused as refusal:
                error = refusal.error
                self._set_state(ListenerState(ListenerStatus.REFUSED, error.message, error.hint, error=error))
                return
            except _Retry as problem:
                failures += 1
                config = self._config
                if 0 <= config.reconnect_count <= failures:
                    cause = problem.message
                    gave_up = GAVE_UP_ONE(problem=cause) if failures == 1 else GAVE_UP(tries=failures, problem=cause)
                    self._set_state(
                        ListenerState(ListenerStatus.STOPPED, gave_up, CHECK_NETWORK(), problem=cause)
                    )
                    return
                # The first wait is a random part of the nonce (the SDK's jitter, so that many
                # clients do not all come back at once), then the interval.
                wait = config.reconnect_interval if failures > 1 else random.random() * config.reconnect_nonce
                self._set_state(
                    ListenerState(
                        ListenerStatus.RECONNECTING,
                        TRYING_AGAIN(problem=problem.message, seconds=wait),
                        attempt=failures,
                        problem=problem.message,
                    )
                )
                if self._stopping.wait(wait):
                    return
                continue
            failures = 0
            self._set_state(ListenerState(ListenerStatus.CONNECTED, RECEIVING()))
            reason = self._serve(connection)
            if self._stopping.is_set():
                return
            self._set_state(
                ListenerState(ListenerStatus.RECONNECTING, DROPPED(reason=reason), problem=reason)
            )
            if self._stopping.wait(random.random() * self._config.reconnect_nonce):
                return

    def _endpoint(self, requester: Requester) -> str:
        """The WebSocket URL from the endpoint (client config applied); _Refused / _Retry."""
        operation = OPENING()
        where = OF_APP(app_id=self.app_id)
        try:
            with requester._redacting():
                response = requester._send(
                    "POST",
                    ENDPOINT_PATH,
                    operation,
                    where,
                    auth=False,
                    json_body={"AppID": self.app_id, "AppSecret": requester._app_secret},
                    nothing_sent=THE_ENDPOINT_REQUEST(),
                )
                body = requester._decode(response, operation, where)
        except TransportError as failure:
            raise _Retry(failure.message) from None
        code = body.get("code")
        msg = str(body.get("msg", ""))
        if not isinstance(code, int):
            raise _Retry(NO_NUMERIC_CODE(status=response.status_code))
        if code in _RETRY_CODES:
            raise _Retry(BUSY(msg=msg or "system busy", code=code))
        if code != 0:
            hint = _REFUSAL_HINTS.get(code, _CONSOLE_STEPS)
            refusal = LongConnectionRefused(
                code,
                requester_redact(requester, msg),
                response.status_code,
                requester._log_id(response, body),
                operation=operation,
                where=where,
                hint=hint,
            )
            raise _Refused(refusal)
        if response.status_code != 200:
            raise _Retry(ENDPOINT_HTTP(status=response.status_code))
        data = body.get("data")
        url = data.get("URL") if isinstance(data, dict) else None
        if not isinstance(url, str) or not url:
            raise _Retry(NO_URL())
        self._config = self._config.updated(data.get("ClientConfig") if isinstance(data, dict) else None)
        return url

    def _connect(self, requester: Requester) -> Any:
        from websockets.exceptions import InvalidStatus, WebSocketException
        from websockets.sync.client import connect

        url = self._endpoint(requester)
        parts = urlsplit(url)
        loopback = is_loopback_url(requester.base_url)
        if parts.scheme != "wss" and not (
            parts.scheme == "ws" and loopback and is_loopback_url("http://" + parts.netloc)
        ):
            error = LongConnectionRefused(
                0,
                NOT_WSS(address=f"{parts.scheme}://{parts.hostname}"),
                200,
                operation=OPENING(),
                where=OF_APP(app_id=self.app_id),
                hint=InsecureURL.default_hint,
            )
            raise _Refused(error)
        query = parse_qs(parts.query)
        try:
            self._service_id = int(query.get("service_id", ["0"])[0])
        except ValueError:
            self._service_id = 0
        try:
            connection = connect(
                url,
                open_timeout=self._timeout,
                # The protocol has its own pings (frames); websockets' own keep-alive as well
                # would only add a second way to time out.
                ping_interval=None,
                max_size=MAX_MESSAGE_BYTES,
                compression=None,
                # A proxy from the environment for Feishu, never for a loopback sandbox (as httpx).
                proxy=None if loopback else True,
            )
        except InvalidStatus as error:
            headers = error.response.headers
            status = headers.get(_HANDSHAKE_STATUS)
            msg = headers.get(_HANDSHAKE_MSG) or f"HTTP {error.response.status_code}"
            if status is not None and status.isdigit():
                code = int(status)
                auth_code = headers.get(_HANDSHAKE_AUTH_CODE, "")
                refused = code == _FORBIDDEN or (
                    code == _AUTH_FAILED and auth_code == str(_EXCEED_CONN_LIMIT)
                )
                if refused:
                    key = _EXCEED_CONN_LIMIT if code == _AUTH_FAILED else code
                    raise _Refused(
                        LongConnectionRefused(
                            key,
                            msg,
                            error.response.status_code,
                            operation=OPENING(),
                            where=OF_APP(app_id=self.app_id),
                            hint=_REFUSAL_HINTS[key],
                        )
                    ) from None
            raise _Retry(WS_REFUSED(msg=msg)) from None
        except (WebSocketException, OSError, TimeoutError, ValueError) as error:  # ValueError: a bad port
            # The URL's query holds the connection's ticket and access key: never in a message.
            shown = str(error).replace(url, f"{parts.scheme}://{parts.netloc}{parts.path}")
            raise _Retry(WS_NOT_OPENED(kind=error.__class__.__name__, reason=shown)) from None
        self._connection = connection
        if self._stopping.is_set():
            connection.close()
        return connection

    def _serve(self, connection: Any) -> str:
        """Answer frames until the connection ends; returns why it ended."""
        from websockets.exceptions import ConnectionClosed

        next_ping = time.monotonic()
        heard_since_ping = True
        try:
            while not self._stopping.is_set():
                now = time.monotonic()
                if now >= next_ping:
                    if not heard_since_ping:
                        # A half-open connection (a NAT or Wi-Fi change): TCP may not notice for
                        # many minutes, and callbacks would go to a connection nobody reads.
                        return NO_PONG(seconds=self._config.ping_interval)
                    self._send_ping(connection)
                    heard_since_ping = False
                    next_ping = now + self._config.ping_interval
                try:
                    message = connection.recv(timeout=max(0.0, next_ping - time.monotonic()))
                except TimeoutError:
                    continue
                heard_since_ping = True
                if isinstance(message, str):
                    log.warning("long connection: a text message, not a frame; ignored")
                    continue
                try:
                    self._on_frame(connection, message)
                except ConnectionClosed:
                    raise
                except Exception:  # a bug here must not end the listener: log it, keep serving
                    log.exception("long connection: a frame could not be handled")
        except ConnectionClosed as closed:
            return CLOSED(reason=closed.rcvd.reason or closed.rcvd.code) if closed.rcvd else CLOSED_PLAIN()
        except OSError as error:
            return f"{error.__class__.__name__}: {error}"
        finally:
            self._connection = None
            connection.close()
        return "stopped"

    def _send_ping(self, connection: Any) -> None:
        ping = Frame(service=self._service_id, method=FRAME_CONTROL, headers=((HEADER_TYPE, TYPE_PING),))
        connection.send(encode_frame(ping))

    def _on_frame(self, connection: Any, data: bytes) -> None:
        try:
            frame = decode_frame(data)
        except FrameError as error:
            log.warning("long connection: unreadable frame (%s); ignored", error)
            return
        kind = frame.header(HEADER_TYPE)
        if frame.method == FRAME_CONTROL:
            if kind == TYPE_PONG and frame.payload:
                try:
                    self._config = self._config.updated(event_json(frame.payload))
                except ValueError as error:
                    log.warning("long connection: a pong with an unreadable config (%s)", error)
            return
        if frame.method != FRAME_DATA:
            return
        message_id = frame.header(HEADER_MESSAGE_ID) or ""
        try:
            total = int(frame.header(HEADER_SUM) or "1")
            seq = int(frame.header(HEADER_SEQ) or "0")
            payload = self._reassembler.add(message_id, total, seq, frame.payload)
        except (ValueError, FrameError) as error:
            log.warning("long connection: message %s has unusable parts (%s); ignored", message_id, error)
            return
        if payload is None:
            return  # more parts to come
        started = time.monotonic()
        status, answer = 200, None
        if kind in (TYPE_EVENT, TYPE_CARD):
            status, answer = self._handle(payload)
        elapsed_ms = int((time.monotonic() - started) * 1000)
        try:
            body = answer_payload(answer, status, elapsed_ms)
        except (TypeError, ValueError) as error:  # not JSON: a set, an object, NaN …
            log.error("the callback handler's answer is not JSON (%s); answered with an error", error)
            body = answer_payload(None, 500, elapsed_ms)
        if elapsed_ms > ANSWER_WITHIN * 1000:
            log.warning(
                "callback %s answered after %.1f s: Feishu waits %g s, the person saw an error",
                message_id,
                elapsed_ms / 1000,
                ANSWER_WITHIN,
            )
        reply = replace(frame.with_header(HEADER_BIZ_RT, str(elapsed_ms)), payload=body)
        connection.send(encode_frame(reply))

    def _handle(self, payload: bytes) -> tuple[int, dict[str, Any] | None]:
        try:
            event = event_json(payload)
        except ValueError as error:
            log.warning("long connection: %s; answered with an error", error)
            return 500, None
        header = event.get("header")
        event_type = header.get("event_type") if isinstance(header, dict) else None
        if event_type != CALLBACK_EVENT_TYPE:
            log.info("long connection: event %s is not a card callback; acknowledged", event_type)
            return 200, None
        action = CardAction.from_event(event)
        try:
            result = self._handler(action)
        except Exception:
            log.exception("the callback handler failed on %s", action.event_id)
            return 500, None
        if result is None:
            return 200, None
        if isinstance(result, Toast):
            result = CallbackAnswer(toast=result)
        if isinstance(result, CallbackAnswer):
            return 200, result.to_json()
        if isinstance(result, dict):
            return 200, result
        log.error(
            "the callback handler returned a %s; it returns None, a Toast, a CallbackAnswer or a dict "
            "(answered with an error)",
            type(result).__name__,
        )
        return 500, None


def requester_redact(requester: Any, text: str) -> str:
    """``text`` without the app secret (the endpoint may repeat what it was sent)."""
    from designer.feishu._exceptions import redact

    return redact(text, requester._secrets())
