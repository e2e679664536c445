"""Where the API lives: Feishu or Lark, or a loopback sandbox; anything else must be https."""

from __future__ import annotations

import ipaddress
from enum import StrEnum
from urllib.parse import urlsplit

from designer.feishu._exceptions import InsecureURL

__all__ = ["BASE_URLS", "Region", "check_base_url", "is_loopback_url"]


class Region(StrEnum):
    FEISHU = "feishu"
    LARK = "lark"


BASE_URLS: dict[Region, str] = {
    Region.FEISHU: "https://open.feishu.cn",
    Region.LARK: "https://open.larksuite.com",
}


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_loopback_url(base_url: str) -> bool:
    """True for a URL on this machine (the sandbox), which never goes through a proxy."""
    return _is_loopback((urlsplit(base_url).hostname or "").lower())


def check_base_url(base_url: str) -> str:
    """``base_url`` without a trailing slash; raises ``InsecureURL`` unless it is https or loopback.

    The tenant token and the app secret travel in these requests, so plain http is allowed
    only where nobody else can listen: 127.0.0.0/8, ::1 and localhost (the sandbox).
    """
    parts = urlsplit(base_url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        raise InsecureURL(
            f"{base_url!r} is not an http(s) URL with a host",
            operation="client set-up",
            hint="Give a base URL like https://open.feishu.cn.",
        )
    if parts.scheme == "http" and not _is_loopback(host):
        raise InsecureURL(
            f"{base_url!r} uses plain http for a host that is not this machine; the app secret and "
            "the tenant token would travel unencrypted",
            operation="client set-up",
        )
    if parts.query or parts.fragment or parts.username or parts.password:
        # Paths are joined onto the base URL: a query would be sent wrongly, and user info in a
        # URL ends up in logs and error texts.
        raise InsecureURL(
            f"{parts.scheme}://{host}…: a base URL is a plain address, without user, query or fragment",
            operation="client set-up",
            hint="Give a base URL like https://open.feishu.cn.",
        )
    return base_url.strip().rstrip("/")
