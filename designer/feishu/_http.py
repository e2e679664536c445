"""One call to the API: send, read the envelope, turn every failure into a ``FeishuError``.

Retry rules (docs/feishu/api.md, "Ephemeral send and delete": a send is not idempotent):

* could not connect: the transport tries again (``CONNECT_RETRIES``) — nothing was sent;
* rate limited (HTTP 429 / 99991400): wait ``x-ogw-ratelimit-reset`` seconds (bounded)
  and send again — the server refused the call without doing it;
* token invalid (99991663): ``TenantTokenAuth`` fetches a new token and resends once;
* anything else, and above all a read time-out or a dropped connection after the
  request went out, is raised at once: the card may have been delivered, and a
  second send would show it twice.
"""

from __future__ import annotations

import json
import logging
import math
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpx

from designer import __version__
from designer.cards.numbers import non_finite_pointers
from designer.feishu._auth import TenantToken, TenantTokenAuth
from designer.feishu._constants import (
    APP_CALLS_PER_MINUTE,
    APP_CALLS_PER_SECOND,
    CONNECT_RETRIES,
    RATE_LIMIT_DEFAULT_WAIT,
    RATE_LIMIT_HEADROOM,
    RATE_LIMIT_MAX_WAIT,
    RATE_LIMIT_RETRIES,
    TOKEN_PATH,
    USER_AGENT,
)
from designer.feishu._exceptions import (
    OF_APP,
    BadResponse,
    Cancelled,
    ConnectionFailed,
    FeishuError,
    TimedOut,
    api_error,
    is_rate_limit,
    redact,
)
from designer.feishu._models import TokenAnswer
from designer.feishu._ratelimit import AppPace, Pacer
from designer.feishu._urls import check_base_url, is_loopback_url
from designer.messages import Text

FETCHING_TOKEN = Text("fetching the tenant access token")
THE_TOKEN_REQUEST = Text("the token request")
TOKEN_SHAPE = Text("the token answer has an unexpected shape ({kind})")
TOKEN_EMPTY = Text("the token answer has no token or no lifetime")
CANCELLED = Text("cancelled before it was sent")
CANCELLED_WAITING = Text("cancelled while waiting out the rate limit; not sent")
NO_CODE = Text("HTTP {status} without a numeric 'code'")
CONNECT_TIMEOUT = Text("could not connect to {url} within {seconds:g} s")
TLS_FAILED = Text("the secure (TLS) connection to {url} failed: {reason}")
TLS_HINT = Text(
    "Check the base URL (https to a server that speaks https), the system clock, and any "
    "proxy that intercepts TLS; nothing was sent."
)
CONNECT_FAILED = Text("could not connect to {url}: {reason}")
NOTHING_SENT_TIMEOUT = Text(
    "nothing was sent: {request} timed out (no answer from {url} within {seconds:g} s)"
)
NO_ANSWER = Text("no answer from {url} within {seconds:g} s")
NO_ANSWER_MAYBE = Text("no answer from {url} within {seconds:g} s; {maybe}")
NOTHING_SENT_CLOSED = Text(
    "nothing was sent: {request} got no answer (the connection to {url} closed: {reason})"
)
CLOSED = Text("the connection to {url} closed without an answer ({reason})")
CLOSED_MAYBE = Text("the connection to {url} closed without an answer ({reason}); {maybe}")
NOT_JSON = Text("HTTP {status} with a body that is not JSON: {preview}")
NOT_AN_OBJECT = Text("HTTP {status} with JSON that is not an object")
NOT_FINITE = Text("{pointer} is not a finite number, and JSON has no Infinity or NaN; nothing was sent")
FIX_THE_NUMBER = Text("Fix that number in the card (validate shows where it is) and send again.")

__all__ = ["Requester", "redact_headers", "strict_json"]

log = logging.getLogger("designer.feishu")

_RATE_LIMIT_CODE = 99991400  # what a proxy's bare 429 page is read as (Feishu's general limit)
_PREVIEW_SCAN = 4096  # bytes of a non-JSON answer searched for secrets; far more than any token
_NOTHING_SENT_HINT = Text(
    "Nothing was sent: no card or other call goes out before the tenant token is fetched. Check the "
    "network, a proxy and the base URL, then try again."
)()


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers fit for a log: the Authorization value is replaced."""
    return {
        name: ("Bearer <redacted>" if name.lower() == "authorization" else value)
        for name, value in headers.items()
    }


def _reset_seconds(response: httpx.Response) -> float:
    """The wait the server asks for: 0 to ``RATE_LIMIT_MAX_WAIT`` seconds, else the default.

    The header comes from whatever gateway or proxy answered: ``nan``, ``inf``, ``1e400``
    or a negative number would make ``time.sleep`` raise or wait for ever, and mean
    nothing anyway, so only a finite, non-negative number counts.
    """
    raw = response.headers.get("x-ogw-ratelimit-reset", "")
    try:
        seconds = float(raw)
    except ValueError:
        return RATE_LIMIT_DEFAULT_WAIT
    if not math.isfinite(seconds) or seconds < 0:
        return RATE_LIMIT_DEFAULT_WAIT
    return min(seconds, RATE_LIMIT_MAX_WAIT)


class Requester:
    """Owns the ``httpx.Client`` of one app and performs calls for the API areas (thread-safe)."""

    def __init__(
        self,
        base_url: str,
        app_id: str,
        app_secret: str,
        *,
        timeout: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base_url = check_base_url(base_url)
        self.app_id = app_id
        self._app_secret = app_secret
        self.timeout = timeout
        self._http = httpx.Client(
            base_url=self.base_url,
            timeout=timeout,
            transport=httpx.HTTPTransport(retries=CONNECT_RETRIES),
            headers={"User-Agent": f"{USER_AGENT}/{__version__}"},
            follow_redirects=False,
            # Proxy and CA settings from the environment (HTTPS_PROXY, SSL_CERT_FILE) apply
            # to Feishu, never to a loopback sandbox.
            trust_env=not is_loopback_url(self.base_url),
        )
        # Every token this client was handed (the current one and those refused since):
        # a proxy may echo any of them, and none may reach an error text.
        self._seen_tokens: set[str] = set()
        self._secrets_lock = threading.Lock()
        self.tokens = TenantToken(self._fetch_token, clock)
        self._auth = TenantTokenAuth(self.tokens)
        self._counter_lock = threading.Lock()
        self._rate_limited = 0
        # The app's 50 a second and 1000 a minute, shared by every paced call of this client
        # (each API area adds its per-chat or per-message spacing on top).
        self.app_pace = AppPace(
            per_second=APP_CALLS_PER_SECOND, per_minute=APP_CALLS_PER_MINUTE, headroom=RATE_LIMIT_HEADROOM
        )

    # --- counters --------------------------------------------------------------------

    @property
    def rate_limited_count(self) -> int:
        """How many rate-limit answers this client has received so far."""
        with self._counter_lock:
            return self._rate_limited

    def _count_rate_limited(self) -> None:
        with self._counter_lock:
            self._rate_limited += 1

    # --- secrets never in error texts ------------------------------------------------

    def _secrets(self) -> tuple[str, ...]:
        with self._secrets_lock:
            return (self._app_secret, *self._seen_tokens)

    @contextmanager
    def _redacting(self, extra: tuple[str, ...] = ()) -> Iterator[None]:
        """Errors leaving this block carry neither the app secret nor a tenant token.

        Their texts quote what came back (an API msg, a proxy's page, a transport error), and
        a careless proxy repeats the request's Authorization header and body; the texts go
        to the screen, standard error and the history file.
        """
        try:
            yield
        except FeishuError as error:
            error.redact((*self._secrets(), *extra))
            raise

    # --- the token call --------------------------------------------------------------

    def _fetch_token(self) -> tuple[str, float]:
        with self._redacting():
            token, lifetime = self._fetch_token_unredacted()
        with self._secrets_lock:
            self._seen_tokens.add(token)
        return token, lifetime

    def _fetch_token_unredacted(self) -> tuple[str, float]:
        operation: str = FETCHING_TOKEN()
        where: str = OF_APP(app_id=self.app_id)
        response = self._send(
            "POST",
            TOKEN_PATH,
            operation,
            where,
            auth=False,
            json_body=self._token_body(),
            nothing_sent=THE_TOKEN_REQUEST(),
        )
        body = self._decode(response, operation, where)
        try:
            answer = TokenAnswer.model_validate(body)
        except ValueError as error:
            raise BadResponse(
                TOKEN_SHAPE(kind=error.__class__.__name__),
                operation=operation,
                where=where,
            ) from None
        if answer.code != 0:
            raise api_error(
                answer.code,
                answer.msg,
                response.status_code,
                self._log_id(response, body),
                operation=operation,
                where=where,
            )
        if not answer.tenant_access_token or answer.expire <= 0:
            raise BadResponse(TOKEN_EMPTY(), operation=operation, where=where)
        return answer.tenant_access_token, float(answer.expire)

    def _token_body(self) -> dict[str, str]:
        return {"app_id": self.app_id, "app_secret": self._app_secret}

    # --- one API call ----------------------------------------------------------------

    def call(
        self,
        method: str,
        path: str,
        *,
        operation: str,
        where: str = "",
        params: Mapping[str, str | int] | None = None,
        json_body: Any = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        form: Mapping[str, str] | None = None,
        limiter: Pacer | None = None,
        chat_id: str | None = None,
        cancel: threading.Event | None = None,
        may_have_happened: str = "",
        secrets: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        """``data`` of a successful answer; raises ``FeishuError`` subclasses.

        ``may_have_happened`` is said when no answer came after the request went out
        (e.g. "the card may or may not have been delivered"). ``secrets`` are values of this
        call that no error text may carry either (a callback token), like the app secret.
        """
        with self._redacting(secrets):
            return self._call(
                method,
                path,
                operation=operation,
                where=where,
                params=params,
                json_body=json_body,
                files=files,
                form=form,
                limiter=limiter,
                chat_id=chat_id,
                cancel=cancel,
                may_have_happened=may_have_happened,
            )

    def _call(
        self,
        method: str,
        path: str,
        *,
        operation: str,
        where: str,
        params: Mapping[str, str | int] | None,
        json_body: Any,
        files: Mapping[str, tuple[str, bytes, str]] | None,
        form: Mapping[str, str] | None,
        limiter: Pacer | None,
        chat_id: str | None,
        cancel: threading.Event | None,
        may_have_happened: str,
    ) -> dict[str, Any]:
        attempt = 0
        while True:
            if limiter is not None and not limiter.wait_turn(chat_id, cancel):
                raise Cancelled(CANCELLED(), operation=operation, where=where)
            response = self._send(
                method,
                path,
                operation,
                where,
                params=params,
                json_body=json_body,
                files=files,
                form=form,
                may_have_happened=may_have_happened,
                limiter=limiter,
                chat_id=chat_id,
            )
            body = self._decode(response, operation, where)
            code = body.get("code")
            if not isinstance(code, int):
                raise BadResponse(NO_CODE(status=response.status_code), operation=operation, where=where)
            if code == 0:
                data = body.get("data")
                return data if isinstance(data, dict) else {}
            if is_rate_limit(code, response.status_code):
                self._count_rate_limited()
                reset = _reset_seconds(response)
                if attempt < RATE_LIMIT_RETRIES:
                    attempt += 1
                    log.warning(
                        "%s rate limited (%s); waiting %.1f s and trying again (%d/%d)",
                        operation,
                        where or path,
                        reset,
                        attempt,
                        RATE_LIMIT_RETRIES,
                    )
                    if cancel is not None:
                        if cancel.wait(reset):
                            raise Cancelled(
                                CANCELLED_WAITING(),
                                operation=operation,
                                where=where,
                            )
                    else:
                        time.sleep(reset)
                    continue
                raise api_error(
                    code,
                    str(body.get("msg", "")),
                    response.status_code,
                    self._log_id(response, body),
                    operation=operation,
                    where=where,
                    reset=reset,
                )
            raise api_error(
                code,
                str(body.get("msg", "")),
                response.status_code,
                self._log_id(response, body),
                operation=operation,
                where=where,
            )

    def _send(
        self,
        method: str,
        path: str,
        operation: str,
        where: str,
        *,
        auth: bool = True,
        params: Mapping[str, str | int] | None = None,
        json_body: Any = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        form: Mapping[str, str] | None = None,
        may_have_happened: str = "",
        nothing_sent: str = "",
        limiter: Pacer | None = None,
        chat_id: str | None = None,
    ) -> httpx.Response:
        """The answer; raises ``TransportError`` subclasses when none came.

        ``nothing_sent`` names a request that only prepares the call (the token request):
        when it gets no answer, no card or other call has gone out, and the error says so
        instead of the call's ``may_have_happened``.
        """
        started = time.perf_counter()
        extensions: dict[str, Any] = {}
        if limiter is not None:
            # The limiter counts a call when its headers start going out on a connection,
            # not before a new connection is opened (that delay would bunch calls up), and
            # moves it to when it was written (a busy machine can hold the thread up between).
            logged: list[float] = []

            def trace(event: str, info: Mapping[str, Any]) -> None:
                if event == "http11.send_request_headers.started":
                    logged.append(limiter.on_wire(chat_id))
                elif event == "http11.send_request_body.complete" and logged:
                    limiter.written(chat_id, logged.pop())

            extensions["trace"] = trace
        content: bytes | None = None
        headers: dict[str, str] = {}
        if json_body is not None:
            content = strict_json(json_body, operation, where)
            headers["Content-Type"] = "application/json; charset=utf-8"
        try:
            response = self._http.request(
                method,
                path,
                params=dict(params) if params else None,
                content=content,
                files=files,
                data=form,
                headers=headers,
                auth=self._auth if auth else None,
                extensions=extensions or None,
            )
        except httpx.ConnectTimeout:
            raise ConnectionFailed(
                CONNECT_TIMEOUT(url=self.base_url, seconds=self.timeout),
                operation=operation,
                where=where,
            ) from None
        except httpx.ConnectError as error:
            if _is_tls_failure(error):
                raise ConnectionFailed(
                    TLS_FAILED(url=self.base_url, reason=_reason(error)),
                    operation=operation,
                    where=where,
                    hint=TLS_HINT(),
                ) from None
            raise ConnectionFailed(
                CONNECT_FAILED(url=self.base_url, reason=_reason(error)), operation=operation, where=where
            ) from None
        except httpx.TimeoutException:
            if nothing_sent:
                raise TimedOut(
                    NOTHING_SENT_TIMEOUT(request=nothing_sent, url=self.base_url, seconds=self.timeout),
                    operation=operation,
                    where=where,
                    hint=_NOTHING_SENT_HINT,
                ) from None
            raise TimedOut(
                NO_ANSWER_MAYBE(url=self.base_url, seconds=self.timeout, maybe=may_have_happened)
                if may_have_happened
                else NO_ANSWER(url=self.base_url, seconds=self.timeout),
                operation=operation,
                where=where,
            ) from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as error:
            if nothing_sent:
                raise BadResponse(
                    NOTHING_SENT_CLOSED(request=nothing_sent, url=self.base_url, reason=_reason(error)),
                    operation=operation,
                    where=where,
                    hint=_NOTHING_SENT_HINT,
                ) from None
            raise BadResponse(
                CLOSED_MAYBE(url=self.base_url, reason=_reason(error), maybe=may_have_happened)
                if may_have_happened
                else CLOSED(url=self.base_url, reason=_reason(error)),
                operation=operation,
                where=where,
            ) from None
        except httpx.HTTPError as error:
            raise ConnectionFailed(
                f"{error.__class__.__name__}: {_reason(error)}", operation=operation, where=where
            ) from None
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s -> HTTP %d in %.0f ms; request headers %s",
                method,
                path,
                response.status_code,
                (time.perf_counter() - started) * 1000,
                redact_headers(response.request.headers),
            )
        return response

    def _decode(self, response: httpx.Response, operation: str, where: str) -> dict[str, Any]:
        try:
            body = json.loads(response.content)
        except ValueError:
            if response.status_code == 429:  # a proxy's bare 429 still means "wait"
                return {"code": _RATE_LIMIT_CODE, "msg": "rate limited (HTTP 429)"}
            # Secrets are cut out before the preview is cut short: a token across the cut
            # would otherwise survive as a fragment no redaction recognises.
            text = response.content[:_PREVIEW_SCAN].decode("utf-8", "replace")
            preview = redact(text, self._secrets())[:60]
            raise BadResponse(
                NOT_JSON(status=response.status_code, preview=repr(preview)),
                operation=operation,
                where=where,
            ) from None
        if not isinstance(body, dict):
            raise BadResponse(
                NOT_AN_OBJECT(status=response.status_code),
                operation=operation,
                where=where,
            )
        return body

    @staticmethod
    def _log_id(response: httpx.Response, body: Mapping[str, Any]) -> str | None:
        error = body.get("error")
        if isinstance(error, dict) and isinstance(error.get("log_id"), str):
            return str(error["log_id"])
        logid: str | None = response.headers.get("x-tt-logid")  # httpx types get() as Any
        return logid

    def close(self) -> None:
        self._http.close()
        self.tokens.clear()


def strict_json(body: Any, operation: str, where: str) -> bytes:
    """``body`` as UTF-8 JSON, the one place the client serialises a request.

    Strict: Python would write an infinite float (``1e400`` read from a card) as ``Infinity``,
    which is not JSON and which Feishu rejects after the call was made; here it stops the call
    before anything is sent, naming the member.
    """
    try:
        return json.dumps(body, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except ValueError:
        pointer = next(non_finite_pointers(body), None)
        if pointer is None:
            raise
        raise FeishuError(
            NOT_FINITE(pointer=pointer or "/"),
            operation=operation,
            where=where,
            hint=FIX_THE_NUMBER(),
        ) from None


def _is_tls_failure(error: httpx.ConnectError) -> bool:
    cause = error.__context__
    while cause is not None:
        if isinstance(cause, ssl.SSLError):
            return True
        cause = cause.__context__
    return "SSL" in str(error) or "CERTIFICATE" in str(error).upper()


def _reason(error: Exception) -> str:
    text = str(error).strip()
    return text or error.__class__.__name__
