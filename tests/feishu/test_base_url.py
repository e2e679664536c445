"""The one base-URL check: every string is refused with a clear message or usable by the client."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.feishu import ConnectionFailed, FeishuClient, InsecureURL, check_base_url, is_loopback_url
from tests.helpers.feishu import SEND_PATH, TOKEN_PATH

_PATHS = (TOKEN_PATH, SEND_PATH, "/open-apis/im/v1/chats", "/open-apis/im/v1/chats/oc_1/members")


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("http://127.0.0.1:80:81", "has the port '80:81'"),
        ("http://[::1]:80:81", "has the port '80:81'"),
        ("http://127.0.0.1:0", "has the port '0'"),
        ("http://127.0.0.1:99999", "has the port '99999'"),
        ("http://127.0.0.1:-1", "has the port '-1'"),
        ("http://127.0.0.1:٣", "has the port '٣'"),
        ("https://a..b", "empty or over-long part"),
        ("https://" + "a" * 64 + ".cn", "empty or over-long part"),
        ("https://xn--", "is not a usable address"),
        ("http://[::1", "is not a usable address"),
        ("http://127.0.0.1 :9", "contains a space"),
        ("http://127.0.0.1:9/\x00", "control character"),
    ],
)
def test_addresses_the_client_cannot_use_are_refused_naming_where_they_came_from(url: str, says: str) -> None:
    with pytest.raises(InsecureURL, match=says) as caught:
        FeishuClient(url, "cli_x", "secret")
    assert str(caught.value).startswith("client set-up failed: ") and caught.value.hint
    with pytest.raises(ValueError, match=f"^FEISHU_BASE_URL: .*{says}") as named:
        check_base_url(url, "FEISHU_BASE_URL")  # the store's check: the same one, naming the source
    assert named.value.hint == caught.value.hint


def _offline_getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
    """What the resolver does with a name before asking DNS, then "not found" (no network)."""
    if isinstance(host, str):
        host.encode("idna")
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


_PIECES = st.tuples(
    st.sampled_from(["http", "https", "HTTPS", "ftp", "", "http:/", "javascript"]),
    st.sampled_from(["://", ":", "//", ""]),
    st.sampled_from(["", "", "", "u@", "u:pw@", "@"]),
    st.one_of(
        st.sampled_from(
            [
                "127.0.0.1",
                "localhost",
                "[::1]",
                "open.feishu.cn",
                "飞书.cn",
                "xn--fiq228c.cn",
                "xn--",
                "a..b",
                ".",
                "-",
                "10.0.0.5",
                "[zz]",
                "[::1",
                "127.1",
                "127.0.0.1\\@evil.com",
                "",
            ]
        ),
        st.text(max_size=12),
    ),
    st.one_of(
        st.sampled_from(["", ":", ":80", ":80:81", ":0", ":65536", ":-1", ":+9", ":٣", ":" + "9" * 30]),
        st.integers(-5, 70000).map(lambda port: f":{port}"),
    ),
    st.one_of(
        st.sampled_from(["", "/", "/api/", "/a b", "/%zz", "?x=1", "#top", "/\t"]), st.text(max_size=8)
    ),
)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_PIECES.map("".join), st.text(max_size=40)))
def test_any_string_is_refused_clearly_or_usable(text: str) -> None:
    try:
        checked = check_base_url(text)
    except InsecureURL as error:
        assert str(error).startswith(("client set-up failed: '", 'client set-up failed: "')) and error.hint
        assert "pw@" not in str(error)  # a password in the address is never repeated
        with pytest.raises(ValueError, match=r"^where: "):
            check_base_url(text, "where")
        return
    assert check_base_url(text, "where") == checked
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("designer.feishu._http.CONNECT_RETRIES", 0)
        patch.setattr(socket, "getaddrinfo", _offline_getaddrinfo)
        with FeishuClient(text, "cli_x", "secret", timeout=2) as client:
            for path in _PATHS:
                url = client._requester._http.build_request("POST", path).url
                assert url.scheme == "https" or is_loopback_url(str(url))  # never plain http out
                assert url.path.endswith(path)
            with pytest.raises(ConnectionFailed):  # the client's own error, not a crash
                client.auth.tenant_token()
