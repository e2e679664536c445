"""Rate limits: the server's 429 and the client's wait-and-retry; the client's own pacing."""

from __future__ import annotations

import itertools
import threading
import time

import httpx
import pytest

from designer.feishu import Cancelled, FeishuClient, RateLimited
from designer.feishu._ratelimit import RateLimiter
from designer.sandbox import SandboxServer, demo
from tests.feishu.conftest import SEND_PATH, simple_card


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_rate_limited_send_waits_the_reset_and_is_sent_once(
    client: FeishuClient, sandbox: SandboxServer
) -> None:
    client.auth.tenant_token()
    sandbox.faults.rate_limit_next(reset=1, path=SEND_PATH)
    started = time.monotonic()
    result = client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID)
    waited = time.monotonic() - started
    assert result.message_id
    assert waited >= 0.95  # x-ogw-ratelimit-reset: 1
    assert [(r.status, r.code) for r in sandbox.requests(SEND_PATH)] == [(429, 99991400), (200, 0)]
    assert client.rate_limited_count == 1
    assert len(sandbox.inbox()) == 1


def test_rate_limited_after_the_retries_raises_with_the_reset(
    client: FeishuClient, sandbox: SandboxServer
) -> None:
    client.auth.tenant_token()
    for _ in range(4):
        sandbox.faults.answer_next(
            99991400, "request trigger frequency limit", http_status=400, path=SEND_PATH
        )
    started = time.monotonic()
    with pytest.raises(RateLimited) as caught:
        client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID)
    # No reset header: the default one-second wait, three times (an old API answering HTTP 400).
    assert time.monotonic() - started >= 2.9
    assert caught.value.reset == 1.0
    assert len(sandbox.requests(SEND_PATH)) == 4
    assert sandbox.inbox() == []


def test_limiter_paces_one_below_the_per_second_limit() -> None:
    clock = FakeClock()
    limiter = RateLimiter(per_second=50, per_chat=40, headroom=1, clock=clock)
    slots = [limiter.reserve("oc_a") for _ in range(40)]
    gaps = {round(b - a, 6) for a, b in itertools.pairwise(slots)}
    assert gaps == {round(1 / 39, 6)}
    # Any one-second window holds at most 40 of them (the server's limit).
    assert sum(1 for s in slots if slots[0] <= s < slots[0] + 1.0) <= 40


def test_limiter_keeps_chats_apart_but_shares_the_app_limit() -> None:
    clock = FakeClock()
    limiter = RateLimiter(per_second=50, per_chat=40, headroom=1, clock=clock)
    slots = [limiter.reserve("oc_a" if i % 2 else "oc_b") for i in range(98)]
    # Alternating two chats, the app limit (49/s) is the binding one.
    assert slots[-1] - slots[0] == pytest.approx(97 / 49)


def test_limiter_keeps_to_the_per_minute_limit() -> None:
    clock = FakeClock()
    limiter = RateLimiter(per_second=1000, per_minute=1000, headroom=1, clock=clock)
    slots = [limiter.reserve() for _ in range(1200)]
    for index in range(len(slots) - 999):
        assert slots[index + 999] - slots[index] >= 60.0  # never 1000 within a minute
    assert slots[998] - slots[0] < 2  # but a burst of 999 goes at once


def test_limiter_wait_stops_when_cancelled() -> None:
    limiter = RateLimiter(per_second=2, headroom=1)
    assert limiter.wait()
    cancel = threading.Event()
    threading.Timer(0.1, cancel.set).start()
    started = time.monotonic()
    assert limiter.wait(cancel=cancel) is False
    assert time.monotonic() - started < 0.6


def test_cancel_while_waiting_out_a_rate_limit_sends_nothing(
    client: FeishuClient, sandbox: SandboxServer
) -> None:
    client.auth.tenant_token()
    sandbox.faults.rate_limit_next(reset=5, path=SEND_PATH)
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled) as caught:
        client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID, cancel=cancel)
    assert time.monotonic() - started < 2
    assert "not sent" in str(caught.value)
    assert len(sandbox.requests(SEND_PATH)) == 1 and sandbox.inbox() == []


def test_a_bare_429_without_json_is_still_waited_out(client: FeishuClient, sandbox: SandboxServer) -> None:
    client.auth.tenant_token()
    sandbox.faults.garbage_next(path=SEND_PATH, http_status=429)
    assert client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID).message_id
    assert [r.status for r in sandbox.requests(SEND_PATH)] == [429, 200]
    assert client.rate_limited_count == 1


@pytest.mark.parametrize("header", ["nan", "inf", "-1", "1e400", "soon", "-inf", ""])
def test_a_reset_header_that_is_no_usable_wait_means_the_default_wait(
    client: FeishuClient, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch, header: str
) -> None:
    # A broken gateway's header must neither crash the send (time.sleep(nan) raises) nor
    # make it wait for ever: the default wait is used, over real HTTP.
    monkeypatch.setattr("designer.feishu._http.RATE_LIMIT_DEFAULT_WAIT", 0.05)
    client.auth.tenant_token()
    for _ in range(4):
        sandbox.faults.rate_limit_next(reset=header, path=SEND_PATH)
    with pytest.raises(RateLimited) as caught:
        client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID)
    assert caught.value.reset == 0.05
    assert [r.status for r in sandbox.requests(SEND_PATH)] == [429] * 4
    sandbox.faults.rate_limit_next(reset=header, path=SEND_PATH)
    assert client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID).message_id
    assert len(sandbox.inbox()) == 1


def test_a_huge_finite_reset_is_bounded() -> None:
    from designer.feishu._constants import RATE_LIMIT_MAX_WAIT
    from designer.feishu._http import _reset_seconds

    def reset(value: str) -> float:
        return _reset_seconds(httpx.Response(429, headers={"x-ogw-ratelimit-reset": value}))

    assert reset("1e300") == RATE_LIMIT_MAX_WAIT
    assert reset("2.5") == 2.5 and reset("0") == 0.0
