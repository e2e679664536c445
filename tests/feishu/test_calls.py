"""Every call of the client against the sandbox over loopback HTTP."""

from __future__ import annotations

import threading

import pytest

from designer.feishu import AuthError, FeishuClient, InvalidRequest, Page
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer, demo
from tests.helpers.feishu import SEND_PATH, TOKEN_PATH, simple_card

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def test_tenant_token_is_fetched_once_and_reused(client: FeishuClient, sandbox: SandboxServer) -> None:
    token = client.auth.tenant_token()
    assert token.startswith("t-")
    client.chats.list_all()
    client.members.list_all(demo.TEAM_CHAT_ID)
    assert client.auth.tenant_token() == token
    assert len(sandbox.requests(TOKEN_PATH)) == 1


def test_concurrent_first_calls_fetch_one_token(client: FeishuClient, sandbox: SandboxServer) -> None:
    tokens: list[str] = []
    threads = [threading.Thread(target=lambda: tokens.append(client.auth.tenant_token())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(tokens)) == 1 and len(tokens) == 8
    assert len(sandbox.requests(TOKEN_PATH)) == 1


@pytest.mark.parametrize(
    ("app_id", "secret", "code", "hint_word"),
    [(DEMO_APP_ID, "wrong-secret", 10014, "secret"), ("cli_unknown", DEMO_APP_SECRET, 10003, "app id")],
)
def test_wrong_credentials_raise_auth_error(
    sandbox: SandboxServer, app_id: str, secret: str, code: int, hint_word: str
) -> None:
    with FeishuClient(sandbox.base_url, app_id, secret) as client, pytest.raises(AuthError) as caught:
        client.auth.tenant_token()
    assert caught.value.code == code
    assert hint_word in caught.value.hint
    assert "tenant access token" in str(caught.value)


def test_send_by_open_id_lands_in_the_inbox(client: FeishuClient, sandbox: SandboxServer) -> None:
    card = simple_card()
    result = client.ephemeral.send(demo.TEAM_CHAT_ID, card, open_id=demo.ALICE_OPEN_ID)
    assert result.message_id.startswith("om_")
    [entry] = sandbox.inbox()
    assert entry.message_id == result.message_id
    assert (entry.chat_id, entry.open_id, entry.recipient_name) == (
        demo.TEAM_CHAT_ID,
        demo.ALICE_OPEN_ID,
        "Alice Chen",
    )
    assert entry.card == card and not entry.deleted


def test_send_by_user_id_and_by_email(client: FeishuClient, sandbox: SandboxServer) -> None:
    zhang = demo.person(demo.ZHANG_WEI_OPEN_ID)
    assert zhang is not None
    client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), user_id=zhang.user_id)
    client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), email="alice.chen@example.com")
    assert [(e.open_id, e.recipient_name) for e in sandbox.inbox()] == [
        (demo.ZHANG_WEI_OPEN_ID, "张伟"),
        (demo.ALICE_OPEN_ID, "Alice Chen"),
    ]


def test_open_id_wins_over_user_id_and_email(client: FeishuClient, sandbox: SandboxServer) -> None:
    zhang = demo.person(demo.ZHANG_WEI_OPEN_ID)
    assert zhang is not None
    client.ephemeral.send(
        demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID, user_id=zhang.user_id, email=zhang.email
    )
    client.ephemeral.send(
        demo.TEAM_CHAT_ID, simple_card(), user_id=zhang.user_id, email="alice.chen@example.com"
    )
    assert [e.open_id for e in sandbox.inbox()] == [demo.ALICE_OPEN_ID, demo.ZHANG_WEI_OPEN_ID]


def test_send_without_recipient_is_refused_before_the_network(
    client: FeishuClient, sandbox: SandboxServer
) -> None:
    with pytest.raises(ValueError, match="open_id, user_id or email"):
        client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card())
    assert sandbox.requests(SEND_PATH) == []


def test_delete_marks_the_card_deleted(client: FeishuClient, sandbox: SandboxServer) -> None:
    sent = client.ephemeral.send(demo.TEAM_CHAT_ID, simple_card(), open_id=demo.ALICE_OPEN_ID)
    client.ephemeral.delete(sent.message_id)
    [entry] = sandbox.inbox()
    assert entry.deleted


def test_chats_page_by_page(client: FeishuClient) -> None:
    pages = list(client.chats.pages(page_size=2))
    assert [len(page.items) for page in pages] == [2, 2]
    assert pages[0].has_more and pages[0].page_token and not pages[-1].has_more
    assert all(isinstance(page, Page) and page.total is None for page in pages)
    ids = [chat.chat_id for page in pages for chat in page.items]
    assert ids == [chat.chat_id for chat in client.chats.list_all()]
    assert demo.LEFT_CHAT_ID not in ids  # the bot has left it
    assert {demo.TEAM_CHAT_ID, demo.TOPIC_CHAT_ID, demo.BIG_CHAT_ID} <= set(ids)


def test_chats_carry_name_avatar_and_description(client: FeishuClient) -> None:
    chats = {chat.chat_id: chat for chat in client.chats.list_all()}
    team = chats[demo.TEAM_CHAT_ID]
    assert team.name == "产品设计组 Product Design"
    assert team.avatar.startswith("https://") and team.description
    assert chats[demo.TOPIC_CHAT_ID].avatar == ""


def test_250_members_come_in_three_pages(client: FeishuClient) -> None:
    pages = list(client.members.pages(demo.BIG_CHAT_ID))
    assert [len(page.items) for page in pages] == [100, 100, 50]
    assert {page.total for page in pages} == {250}
    members = [member for page in pages for member in page.items]
    assert len({m.member_id for m in members}) == 250
    assert demo.BOT_OPEN_ID not in {m.member_id for m in members}  # bots are not listed
    names = [m.name for m in members]
    assert any(name.isascii() for name in names) and any(not name.isascii() for name in names)
    assert members == client.members.list_all(demo.BIG_CHAT_ID)


def test_members_by_user_id(client: FeishuClient) -> None:
    [page] = list(client.members.pages(demo.TEAM_CHAT_ID, member_id_type="user_id"))
    assert page.items[0].member_id_type == "user_id"
    assert page.items[0].member_id.startswith("u")
    assert page.total == 8


def test_page_size_out_of_range_is_a_clear_error(client: FeishuClient) -> None:
    with pytest.raises(ValueError, match=r"the page size must be 1 to 100, not 101"):
        next(client.members.pages(demo.TEAM_CHAT_ID, page_size=101))
    with pytest.raises(ValueError, match="the page size must be"):
        next(client.chats.pages(page_size=0))


def test_batch_get_id_finds_and_misses(client: FeishuClient) -> None:
    found = client.users.batch_get_id(
        emails=["alice.chen@example.com", "nobody@example.com"], mobiles=["+8613800000001"]
    )
    assert [(u.email, u.mobile, u.user_id) for u in found] == [
        ("alice.chen@example.com", None, demo.ALICE_OPEN_ID),
        ("nobody@example.com", None, None),
        (None, "+8613800000001", demo.ZHANG_WEI_OPEN_ID),
    ]


def test_batch_get_id_splits_more_than_50(client: FeishuClient, sandbox: SandboxServer) -> None:
    emails = [p.email for p in demo.PEOPLE[:120]]
    found = client.users.batch_get_id(emails=emails)
    assert [u.user_id for u in found] == [p.open_id for p in demo.PEOPLE[:120]]
    assert len(sandbox.requests("/open-apis/contact/v3/users/batch_get_id")) == 3


def test_batch_get_id_rejects_a_bare_string(client: FeishuClient) -> None:
    with pytest.raises(TypeError, match="sequences of strings"):
        client.users.batch_get_id(emails="alice.chen@example.com")


def test_image_upload_returns_a_key_the_sandbox_can_show(
    client: FeishuClient, sandbox: SandboxServer
) -> None:
    key = client.images.upload(PNG, "chart.png")
    assert key.startswith("img_")
    assert sandbox.image(key) == PNG
    assert sandbox.image("img_unknown") is None


def test_image_upload_refuses_empty_and_huge_files_locally(
    client: FeishuClient, sandbox: SandboxServer
) -> None:
    with pytest.raises(ValueError, match=r"empty\.png is empty"):
        client.images.upload(b"", "empty.png")
    with pytest.raises(ValueError, match="at most 10 MB"):
        client.images.upload(PNG + bytes(10 * 1024 * 1024), "huge.png")
    assert sandbox.requests("/open-apis/im/v1/images") == []


def test_image_upload_of_a_non_image_names_the_file(client: FeishuClient) -> None:
    with pytest.raises(InvalidRequest) as caught:
        client.images.upload(b"just text", "notes.txt")
    assert caught.value.code == 234011
    assert "notes.txt" in str(caught.value)
    assert "PNG" in caught.value.hint


def test_client_checks_its_arguments() -> None:
    with pytest.raises(ValueError, match="app id is empty"):
        FeishuClient("https://open.feishu.cn", " ", "secret")
    with pytest.raises(ValueError, match="app secret of app cli_x is empty"):
        FeishuClient("https://open.feishu.cn", "cli_x", "")
