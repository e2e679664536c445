"""One root error for the whole app: every layer's errors say what and what to do the same way."""

from __future__ import annotations

import pytest

from designer.errors import DesignerError, describe
from designer.feishu import BotNotInChat, FeishuError, InsecureURL, check_base_url
from designer.store.credentials import KeyringUnavailable, MissingCredentials
from designer.store.history import UnknownEntry
from designer.store.profiles import UnknownProfile


@pytest.mark.parametrize(
    "error",
    [
        BotNotInChat(230002, "Bot can NOT be out of the chat.", 400, operation="ephemeral send"),
        KeyringUnavailable("no keyring backend was found"),
        MissingCredentials("no credentials"),
        UnknownProfile("no profile named 'x'"),
        UnknownEntry("no history entry with id 'x'"),
    ],
)
def test_every_layer_joins_the_root_error(error: DesignerError) -> None:
    assert isinstance(error, DesignerError)
    assert describe(error) == (f"{error} — {error.hint}" if error.hint else str(error))


def test_a_subclass_narrows_the_hint_only() -> None:
    error = BotNotInChat(230002, "out of the chat", 400)
    assert error.hint == BotNotInChat.default_hint != FeishuError.default_hint
    assert BotNotInChat(230002, "x", 400, hint="do this").hint == "do this"


def test_an_address_refused_for_the_store_names_where_it_came_from() -> None:
    with pytest.raises(InsecureURL) as caught:
        check_base_url("http://example.com", "FEISHU_BASE_URL")
    assert str(caught.value).startswith("FEISHU_BASE_URL: 'http://example.com' uses http")
    assert describe(caught.value).endswith(InsecureURL.default_hint)


def test_errors_from_outside_the_app_still_read_as_one_line() -> None:
    assert describe(ValueError("bad value")) == "bad value"
    assert describe(RuntimeError("boom")) == "RuntimeError: boom"
