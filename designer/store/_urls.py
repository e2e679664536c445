"""Base URLs of the open platform, and the rule that only loopback may skip TLS."""

from __future__ import annotations

from urllib.parse import urlsplit

from designer.feishu import BASE_URLS, is_loopback_url

# The client's table, keyed by the plain region names that profiles store.
REGION_BASE_URLS = {region.value: url for region, url in BASE_URLS.items()}


def check_base_url(url: str, where: str) -> str:
    """``url`` without a trailing slash; ``ValueError`` naming ``where`` when it is not usable.

    The app secret and the tenant token travel to this address, so it must be https,
    except on this machine (the sandbox).
    """
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{where}: {url!r} is not a web address like https://open.feishu.cn")
    if parts.scheme == "http" and not is_loopback_url(text):
        raise ValueError(
            f"{where}: {url!r} uses http; the app secret must travel over https "
            "(plain http is only allowed to this machine: 127.0.0.1, localhost, [::1])"
        )
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"{where}: {url!r} must be a plain base address, without user, query or fragment")
    return text.rstrip("/")
