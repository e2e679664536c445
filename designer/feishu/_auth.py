"""The tenant access token: fetched with the app id and secret, cached, attached to calls.

``TenantToken`` is ``client.auth``: ``tenant_token()`` answers from memory until shortly
before the token expires (``expire - 600`` s like the SDK, or 90 % of a shorter lifetime),
fetching a new one under a lock so many threads trigger one fetch. ``TenantTokenAuth``
(an ``httpx.Auth``) puts it in the Authorization header and, when the service answers
that the token is invalid or expired (99991663), drops it, fetches a new one and sends
the request once more: that answer means the call was refused before it did anything.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Generator

import httpx

from designer.feishu._constants import (
    TOKEN_INVALID_CODES,
    TOKEN_REFRESH_FRACTION,
    TOKEN_REFRESH_MARGIN,
)

__all__ = ["TenantToken", "TenantTokenAuth"]

log = logging.getLogger("designer.feishu")

# fetch() -> (token, lifetime in seconds); raises FeishuError.
TokenFetcher = Callable[[], tuple[str, float]]


class TenantToken:
    """The cached tenant access token of one app (thread-safe).

    Raises (from ``tenant_token``) ``AuthError`` for a wrong app id / secret and the
    transport errors of the token call.
    """

    def __init__(self, fetch: TokenFetcher, clock: Callable[[], float] = time.monotonic) -> None:
        self._fetch = fetch
        self._clock = clock
        self._lock = threading.Lock()
        self._token: str | None = None
        self._good_until = 0.0

    def tenant_token(self) -> str:
        """The current token, fetched when there is none or it is about to expire."""
        with self._lock:
            if self._token is not None and self._clock() < self._good_until:
                return self._token
            token, lifetime = self._fetch()
            margin = min(TOKEN_REFRESH_MARGIN, lifetime * TOKEN_REFRESH_FRACTION)
            self._token = token
            self._good_until = self._clock() + lifetime - margin
            log.debug(
                "tenant token fetched, valid for %.0f s (reused for %.0f s)", lifetime, lifetime - margin
            )
            return token

    def invalidate(self, token: str) -> None:
        """Forget ``token`` unless another thread has already replaced it."""
        with self._lock:
            if self._token == token:
                self._token = None
                self._good_until = 0.0

    def clear(self) -> None:
        with self._lock:
            self._token = None
            self._good_until = 0.0


def _token_refused(response: httpx.Response) -> bool:
    try:
        body = json.loads(response.content)
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("code") in TOKEN_INVALID_CODES


class TenantTokenAuth(httpx.Auth):
    """Bearer tenant token on every call; one fresh token and one resend on 99991663."""

    requires_request_body = True  # so the request can be sent a second time
    requires_response_body = True  # the refusal is in the JSON body, not the status

    def __init__(self, tokens: TenantToken) -> None:
        self._tokens = tokens

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._tokens.tenant_token()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if _token_refused(response):
            log.info("tenant token refused by %s; fetching a new one and retrying once", request.url.path)
            self._tokens.invalidate(token)
            token = self._tokens.tenant_token()
            request.headers["Authorization"] = f"Bearer {token}"
            yield request
