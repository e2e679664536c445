"""The sandbox answers as Feishu's contract says, checked on the wire (raw HTTP, no client)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from designer.sandbox._limits import SlidingWindows
from tests.helpers.clock import ManualClock
from tests.helpers.feishu import TOKEN_PATH, Raw, hello_card


def _body(chat_id: str = demo.TEAM_CHAT_ID, **extra: Any) -> dict[str, Any]:
    return {"chat_id": chat_id, "msg_type": "interactive", "card": hello_card(), **extra}


# --- token -------------------------------------------------------------------------------


def test_token_answer_is_top_level_with_expire(sandbox: SandboxServer) -> None:
    answer = httpx.post(
        sandbox.base_url + TOKEN_PATH, json={"app_id": DEMO_APP_ID, "app_secret": DEMO_APP_SECRET}
    )
    body = answer.json()
    assert answer.status_code == 200 and body["code"] == 0
    assert body["tenant_access_token"].startswith("t-") and body["expire"] == 7200
    again = httpx.post(
        sandbox.base_url + TOKEN_PATH, json={"app_id": DEMO_APP_ID, "app_secret": DEMO_APP_SECRET}
    )
    # More than 30 minutes left: the same token, with the time that remains.
    assert again.json()["tenant_access_token"] == body["tenant_access_token"]
    assert again.json()["expire"] <= 7200


def test_short_lived_tokens_are_replaced(sandbox: SandboxServer) -> None:
    sandbox.token_ttl = 4
    first = httpx.post(
        sandbox.base_url + TOKEN_PATH, json={"app_id": DEMO_APP_ID, "app_secret": DEMO_APP_SECRET}
    )
    second = httpx.post(
        sandbox.base_url + TOKEN_PATH, json={"app_id": DEMO_APP_ID, "app_secret": DEMO_APP_SECRET}
    )
    assert first.json()["expire"] == 4
    # Less than half the lifetime gone: reused; the reuse rule is Feishu's "30 minutes left".
    assert second.json()["tenant_access_token"] == first.json()["tenant_access_token"]


@pytest.mark.parametrize(
    ("body", "code", "msg_part"),
    [
        ({}, 10003, "app_id and app_secret are required"),
        ({"app_id": "cli_other", "app_secret": DEMO_APP_SECRET}, 10003, "cli_other"),
        ({"app_id": DEMO_APP_ID, "app_secret": "nope"}, 10014, "app secret invalid"),
    ],
)
def test_token_refusals(sandbox: SandboxServer, body: dict[str, str], code: int, msg_part: str) -> None:
    answer = httpx.post(sandbox.base_url + TOKEN_PATH, json=body)
    assert answer.status_code == 400
    assert answer.json()["code"] == code and msg_part in answer.json()["msg"]


def test_calls_without_or_with_a_bad_token(sandbox: SandboxServer) -> None:
    url = sandbox.base_url + "/open-apis/im/v1/chats"
    assert httpx.get(url).json()["code"] == 99991661
    assert httpx.get(url, headers={"Authorization": "Bearer t-forged"}).json()["code"] == 99991663


def test_expired_tokens_are_refused(sandbox: SandboxServer, raw: Raw, clock: ManualClock) -> None:
    sandbox.token_ttl = 300
    raw.token()
    clock.advance(299.9)
    assert raw.call("GET", "/open-apis/im/v1/chats").json()["code"] == 0
    clock.advance(0.1)
    assert raw.call("GET", "/open-apis/im/v1/chats").json()["code"] == 99991663


# --- ephemeral send / delete ---------------------------------------------------------------


def test_send_answers_a_message_id_and_fills_the_inbox(sandbox: SandboxServer, raw: Raw) -> None:
    answer = raw.send(_body(open_id=demo.ALICE_OPEN_ID))
    assert answer.status_code == 200
    body = answer.json()
    assert body["code"] == 0 and body["data"]["message_id"].startswith("om_")
    assert answer.headers["x-tt-logid"]
    [entry] = sandbox.inbox()
    assert entry.message_id == body["data"]["message_id"] and entry.card == hello_card()
    assert entry.sent_at.tzinfo is not None


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"msg_type": "interactive", "card": {}, "open_id": demo.ALICE_OPEN_ID}, "chat_id"),
        (_body(open_id=demo.ALICE_OPEN_ID, msg_type="text"), "msg_type"),
        ({"chat_id": demo.TEAM_CHAT_ID, "msg_type": "interactive", "open_id": demo.ALICE_OPEN_ID}, "card"),
        (_body(), "open_id"),
    ],
)
def test_send_field_validation(raw: Raw, body: dict[str, Any], field: str) -> None:
    answer = raw.send(body).json()
    assert answer["code"] == 99992402
    assert answer["error"]["field_violations"][0]["field"] == field
    assert field in answer["msg"]


def test_recipient_precedence_is_open_id_then_user_id_then_email(sandbox: SandboxServer, raw: Raw) -> None:
    zhang = demo.person(demo.ZHANG_WEI_OPEN_ID)
    assert zhang is not None
    raw.send(_body(email=zhang.email, user_id="u00002", open_id=demo.ZHANG_WEI_OPEN_ID))
    raw.send(_body(email=zhang.email, user_id="u00002"))  # u00002 is Alice
    raw.send(_body(email=zhang.email))
    assert [e.recipient_name for e in sandbox.inbox()] == ["张伟", "Alice Chen", "张伟"]


@pytest.mark.parametrize(
    ("chat_id", "open_id", "code"),
    [
        (demo.TOPIC_CHAT_ID, demo.ALICE_OPEN_ID, 18053),
        (demo.LEFT_CHAT_ID, demo.ALICE_OPEN_ID, 230002),
        (demo.TEAM_CHAT_ID, demo.NOT_IN_TEAM_OPEN_ID, 230002),
        (demo.TEAM_CHAT_ID, demo.OUTSIDE_MEMBER_OPEN_ID, 230013),
        (demo.TEAM_CHAT_ID, "ou_nobody", 99992351),
        ("oc_nowhere", demo.ALICE_OPEN_ID, 230001),
    ],
)
def test_send_refusals(sandbox: SandboxServer, raw: Raw, chat_id: str, open_id: str, code: int) -> None:
    answer = raw.send(_body(chat_id, open_id=open_id))
    assert answer.status_code == 400 and answer.json()["code"] == code
    assert answer.json()["error"]["log_id"] == answer.headers["x-tt-logid"]
    assert sandbox.inbox() == []


def test_card_over_30_kb(raw: Raw) -> None:
    big = {"elements": [{"tag": "div", "text": {"tag": "plain_text", "content": "x" * 31000}}]}
    answer = raw.send({**_body(open_id=demo.ALICE_OPEN_ID), "card": big}).json()
    assert answer["code"] == 230025 and "30720" in answer["msg"]


def test_broken_card_names_the_pointer(raw: Raw) -> None:
    broken = {"header": {"template": "blu"}, "elements": [{"tag": "div"}]}
    answer = raw.send({**_body(open_id=demo.ALICE_OPEN_ID), "card": broken}).json()
    assert answer["code"] == 230099
    assert answer["msg"].startswith("Failed to create card content, ext=ErrCode: 11310; ErrMsg: ")
    assert "ErrorValue: /card/" in answer["msg"]


def test_delete_then_delete_again(sandbox: SandboxServer, raw: Raw) -> None:
    message_id = raw.send(_body(open_id=demo.ALICE_OPEN_ID)).json()["data"]["message_id"]
    first = raw.call("POST", "/open-apis/ephemeral/v1/delete", json={"message_id": message_id}).json()
    second = raw.call("POST", "/open-apis/ephemeral/v1/delete", json={"message_id": message_id}).json()
    unknown = raw.call("POST", "/open-apis/ephemeral/v1/delete", json={"message_id": "om_nope"}).json()
    assert (first["code"], second["code"], unknown["code"]) == (0, 18051, 230001)
    assert sandbox.inbox()[0].deleted


# --- rate limits -----------------------------------------------------------------------------


def test_more_than_40_sends_to_one_chat_within_a_second_are_rate_limited(
    raw: Raw, clock: ManualClock
) -> None:
    raw.token()
    # The sandbox's clock stands still: all 45 arrive within one second, however busy the machine.
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: raw.send(_body(open_id=demo.ALICE_OPEN_ID)), range(45)))
    limited = [a for a in answers if a.status_code == 429]
    assert (sum(1 for a in answers if a.status_code == 200), len(limited)) == (40, 5)
    assert limited[0].json()["code"] == 99991400
    assert limited[0].headers["x-ogw-ratelimit-limit"] == "40"
    assert int(limited[0].headers["x-ogw-ratelimit-reset"]) >= 1


def test_more_than_50_sends_of_the_app_within_a_second_are_rate_limited(
    raw: Raw, clock: ManualClock
) -> None:
    raw.token()
    chats = [demo.TEAM_CHAT_ID, demo.BIG_CHAT_ID]
    with ThreadPoolExecutor(8) as pool:
        answers = list(
            pool.map(lambda i: raw.send(_body(chats[i % 2], open_id=demo.ALICE_OPEN_ID)), range(55))
        )
    limited = [a for a in answers if a.status_code == 429]
    assert (sum(1 for a in answers if a.status_code == 200), len(limited)) == (50, 5)
    assert {a.headers["x-ogw-ratelimit-limit"] for a in limited} == {"50"}
    clock.advance(1.0)  # the next second has room again
    assert raw.send(_body(chats[0], open_id=demo.ALICE_OPEN_ID)).status_code == 200


# --- chats, members, ids ------------------------------------------------------------------------


def test_chats_paging_and_page_size_bounds(raw: Raw) -> None:
    first = raw.call("GET", "/open-apis/im/v1/chats", params={"page_size": 3}).json()["data"]
    assert len(first["items"]) == 3 and first["has_more"]
    rest = raw.call(
        "GET", "/open-apis/im/v1/chats", params={"page_size": 3, "page_token": first["page_token"]}
    )
    assert not rest.json()["data"]["has_more"]
    default = raw.call("GET", "/open-apis/im/v1/chats").json()["data"]
    assert len(default["items"]) == 4  # default page_size 20; the bot left one chat
    for bad in ({"page_size": 101}, {"page_size": 0}, {"page_token": "forged"}):
        assert raw.call("GET", "/open-apis/im/v1/chats", params=bad).json()["code"] == 99992402


def test_members_answer_fields(raw: Raw) -> None:
    path = f"/open-apis/im/v1/chats/{demo.TEAM_CHAT_ID}/members"
    data = raw.call("GET", path, params={"member_id_type": "union_id"}).json()["data"]
    assert data["member_total"] == 8 and not data["has_more"]
    assert {"member_id", "member_id_type", "name", "tenant_key"} <= set(data["items"][0])
    assert data["items"][0]["member_id"].startswith("on_")
    assert raw.call("GET", path, params={"member_id_type": "email"}).json()["code"] == 99992402
    other = raw.call("GET", f"/open-apis/im/v1/chats/{demo.BIG_CHAT_ID}/members", params={"page_size": 100})
    token = other.json()["data"]["page_token"]
    # A token of one chat's list is not accepted for another chat.
    assert raw.call("GET", path, params={"page_token": token}).json()["code"] == 99992402
    assert raw.call("GET", "/open-apis/im/v1/chats/oc_nope/members").json()["code"] == 232006
    assert raw.call("GET", f"/open-apis/im/v1/chats/{demo.LEFT_CHAT_ID}/members").json()["code"] == 232011


def test_batch_get_id_limits(raw: Raw) -> None:
    path = "/open-apis/contact/v3/users/batch_get_id"
    too_many = raw.call("POST", path, json={"emails": [f"a{i}@example.com" for i in range(51)]}).json()
    assert too_many["code"] == 99992402 and "at most 50" in too_many["msg"]
    assert raw.call("POST", path, json={}).json()["code"] == 99992402
    by_user_id = raw.call(
        "POST", path, params={"user_id_type": "user_id"}, json={"emails": ["li.na@example.com"]}
    )
    assert by_user_id.json()["data"]["user_list"] == [{"email": "li.na@example.com", "user_id": "u00003"}]


# --- images ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "files", "code"),
    [
        ({"image_type": "sticker"}, {"image": ("a.png", b"\x89PNG\r\n\x1a\nxx")}, 234001),
        ({"image_type": "message"}, None, 234001),
        ({"image_type": "message"}, {"image": ("a.png", b"")}, 234010),
        ({"image_type": "message"}, {"image": ("a.txt", b"hello")}, 234011),
    ],
)
def test_image_upload_refusals(raw: Raw, form: dict[str, str], files: Any, code: int) -> None:
    if files is None:
        answer = raw.call("POST", "/open-apis/im/v1/images", data=form, files={"other": ("x", b"1")})
    else:
        answer = raw.call("POST", "/open-apis/im/v1/images", data=form, files=files)
    assert answer.json()["code"] == code


def test_image_over_10_mb_is_refused(raw: Raw) -> None:
    data = b"\x89PNG\r\n\x1a\n" + bytes(10 * 1024 * 1024)
    answer = raw.call(
        "POST", "/open-apis/im/v1/images", data={"image_type": "message"}, files={"image": ("a.png", data)}
    )
    assert answer.json()["code"] == 234006


def test_missing_scope_lists_the_alternatives(sandbox: SandboxServer, raw: Raw) -> None:
    sandbox.scopes.clear()
    answer = raw.call("GET", "/open-apis/im/v1/chats").json()
    assert answer["code"] == 99991672
    assert "[im:chat, im:chat:readonly, im:chat:read, im:chat.group_info:readonly]" in answer["msg"]
    assert DEMO_APP_ID in answer["msg"]


def test_unknown_path_is_the_gateways_plain_404(raw: Raw) -> None:
    answer = raw.call("GET", "/open-apis/im/v1/nothing")
    assert answer.status_code == 404 and answer.text == "404 page not found"


def test_sliding_windows_admit_exactly_the_limit() -> None:
    now = [100.0]
    windows = SlidingWindows(clock=lambda: now[0])
    rules = [("chat:oc_1", 40, 1.0)]
    admitted = [windows.admit(rules) is None for _ in range(45)]
    assert admitted.count(True) == 40 and admitted[40:] == [False] * 5
    refusal = windows.admit(rules)
    assert refusal is not None and (refusal.limit, refusal.reset) == (40, 1)
    now[0] += 0.5
    assert windows.admit(rules) is not None  # still the same sliding second
    now[0] += 0.51
    assert windows.admit(rules) is None  # the first burst has left the window
    assert windows.admit([("chat:oc_2", 40, 1.0)]) is None  # another chat has its own budget


@settings(max_examples=100, deadline=None, derandomize=True)
@given(
    gaps=st.lists(st.floats(min_value=0.0, max_value=0.3), min_size=1, max_size=30),
    lateness=st.lists(st.floats(min_value=0.0, max_value=0.3), min_size=30, max_size=30),
)
def test_sliding_windows_count_calls_when_they_arrived_whatever_the_order_read(
    gaps: list[float], lateness: list[float]
) -> None:
    # Calls arrive ``gaps`` apart and are admitted when read, each up to 0.3 s late, so out of
    # order. No window ever holds more than the limit, and a call is refused only when a window
    # it falls in is full: one moved up to the newest stamp would be refused needlessly.
    limit, window = 3, 1.0
    arrivals = [100.0 + sum(gaps[: i + 1]) for i in range(len(gaps))]
    reads = sorted(range(len(arrivals)), key=lambda i: arrivals[i] + lateness[i])
    now = [0.0]
    windows = SlidingWindows(clock=lambda: now[0])
    admitted: list[float] = []
    for i in reads:
        now[0] = max(now[0], arrivals[i] + lateness[i])
        full = any(
            sum(1 for a in admitted if end - window < a <= end) >= limit
            for end in [arrivals[i], *(a for a in admitted if arrivals[i] < a < arrivals[i] + window)]
        )
        refusal = windows.admit([("chat", limit, window)], arrivals[i])
        assert (refusal is not None) == full, (arrivals[i], sorted(admitted))
        if refusal is None:
            admitted.append(arrivals[i])
    for end in admitted:
        assert sum(1 for a in admitted if end - window < a <= end) <= limit
