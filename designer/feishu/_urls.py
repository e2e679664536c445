"""Where the API lives: Feishu or Lark, or a loopback sandbox; anything else must be https.

``check_base_url`` is the one check of a base URL (the store uses it too, for profiles and
``FEISHU_BASE_URL``, naming where the address came from), and ``Region`` the one list of
regions (a profile stores its value). It reads the address with the parser the client connects with (httpx)
and with urllib's, and accepts it only when both find the same host and a port from 1 to
65535: otherwise the loopback rule could pass an address that httpx later refuses, or one it
would send elsewhere.
"""

from __future__ import annotations

import ipaddress
import unicodedata
from enum import StrEnum
from urllib.parse import SplitResult, urlsplit

from designer.feishu._exceptions import InsecureURL
from designer.messages import Text

__all__ = ["BASE_URLS", "Region", "check_base_url", "is_loopback_url"]


class Region(StrEnum):
    """Where a profile's API lives: Feishu, Lark, or a base URL of its own (``CUSTOM``)."""

    FEISHU = "feishu"
    LARK = "lark"
    CUSTOM = "custom"


# The open platforms' own addresses; CUSTOM has none (the profile names it).
BASE_URLS: dict[Region, str] = {
    Region.FEISHU: "https://open.feishu.cn",
    Region.LARK: "https://open.larksuite.com",
}

_EXAMPLE_HINT = Text(
    "Give a base URL like https://open.feishu.cn (or http://127.0.0.1:PORT for the sandbox)."
)()
CLIENT_SET_UP = Text("client set-up")
REFUSED = Text("{url} {problem}")
SPACE = Text("contains a space or a control character; a base URL is one plain address")
NOT_USABLE = Text("is not a usable address ({reason})")
NOT_WEB = Text("is not a web address like https://open.feishu.cn")
NOT_PLAIN = Text("has a user, a query or a fragment; a base URL is a plain address")
BAD_PORT = Text("has the port {port}; a port is a number from 1 to 65535")
NO_HOST = Text("has no host name the client can use")
BAD_HOST = Text("has a host name with an empty or over-long part (a.b.cn, at most 63 a part)")
PLAIN_HTTP = Text(
    "uses http for a host that is not this machine; the app secret and the tenant token would travel unencrypted"
)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_loopback_url(base_url: str) -> bool:
    """True for a URL on this machine (the sandbox), which never goes through a proxy."""
    import httpx  # here, not at the top: a profile list or a region table needs no HTTP stack

    try:
        host = httpx.URL(base_url.strip()).host  # the host the client would connect to
    except (httpx.InvalidURL, ValueError):
        return False
    return _is_loopback(host.lower())


def _shown(text: str) -> str:
    """``text`` fit for a message: a user and password in it are never repeated.

    Everything between the scheme and the last ``@`` is left out, however malformed the rest.
    """
    if "@" not in text:
        return repr(text)
    head, _, tail = text.rpartition("@")
    scheme = head.partition("//")[0] + "//" if "//" in head else ""
    return repr(f"{scheme}…@{tail}")


def _refuse(text: str, where: str, problem: str, hint: str = _EXAMPLE_HINT) -> InsecureURL:
    return InsecureURL(
        REFUSED(url=_shown(text), problem=problem), operation=CLIENT_SET_UP(), where=where, hint=hint
    )


def _port_text(parts: SplitResult) -> str:
    """What follows the host in the address (``80:81`` in ``http://127.0.0.1:80:81``)."""
    hostport = parts.netloc.rpartition("@")[2]
    if hostport.startswith("["):
        return hostport.partition("]")[2].removeprefix(":")
    return hostport.partition(":")[2]


def check_base_url(base_url: str, where: str = "") -> str:
    """``base_url`` without a trailing slash; raises ``InsecureURL`` (a ``ValueError``) saying why not.

    ``where`` names where the address came from (``--base-url``, ``FEISHU_BASE_URL``, a
    profile); the error's text starts with it.

    Accepted: http(s) with a host both parsers agree on, an optional port 1..65535 and an
    optional path; plain http only where nobody else can listen (127.0.0.0/8, ::1 and
    localhost: the sandbox), because the app secret and the tenant token travel in these
    requests. No user, query or fragment: paths are joined onto it, and user info in a URL
    ends up in logs and error texts.
    """
    text = base_url.strip()
    if any(char.isspace() or unicodedata.category(char)[0] == "C" for char in text):
        raise _refuse(text, where, SPACE())
    try:
        parts = urlsplit(text)
    except ValueError as error:  # e.g. an unclosed [ of an IPv6 address
        raise _refuse(text, where, NOT_USABLE(reason=error)) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.netloc:
        raise _refuse(text, where, NOT_WEB())
    if "@" in parts.netloc or parts.query or parts.fragment or "?" in text or "#" in text:
        raise _refuse(text, where, NOT_PLAIN())
    port_problem = _refuse(text, where, BAD_PORT(port=repr(_port_text(parts))))
    import httpx  # here, not at the top: only a custom address is read with the client's parser

    try:
        split_port, split_host = parts.port, (parts.hostname or "").lower()
    except ValueError:
        raise port_problem from None
    try:
        url = httpx.URL(text)
        host, raw_host = url.host.lower(), url.raw_host.decode("ascii").lower()
    except (httpx.InvalidURL, ValueError) as error:  # idna's errors are ValueErrors
        raise _refuse(text, where, NOT_USABLE(reason=error)) from None
    if url.port != split_port or (split_port is not None and not 1 <= split_port <= 65535):
        raise port_problem
    if not host or split_host not in (host, raw_host):
        raise _refuse(text, where, NO_HOST())
    try:
        raw_host.encode("idna")  # what the resolver does first (socket.getaddrinfo)
    except UnicodeError:
        raise _refuse(text, where, BAD_HOST()) from None
    if scheme == "http" and not _is_loopback(host):
        raise _refuse(text, where, PLAIN_HTTP(), InsecureURL.default_hint)
    return text.rstrip("/")
