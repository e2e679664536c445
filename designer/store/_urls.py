"""Base URLs of the open platform, and the rule that only loopback may skip TLS."""

from __future__ import annotations

from designer.feishu import BASE_URLS, InsecureURL
from designer.feishu import check_base_url as _client_check

# The client's table, keyed by the plain region names that profiles store.
REGION_BASE_URLS = {region.value: url for region, url in BASE_URLS.items()}


def check_base_url(url: str, where: str) -> str:
    """``url`` without a trailing slash; ``ValueError`` naming ``where`` when it is not usable.

    The client's own check (one rule for both: an address stored here is one the client
    accepts), with the message saying where the address came from.
    """
    try:
        return _client_check(url)
    except InsecureURL as error:
        raise ValueError(f"{where}: {error.message} — {error.hint}") from None
