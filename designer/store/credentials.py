"""What a client needs to call the API: base URL, app id and app secret, and where they come from.

Sources, first match wins:

1. an explicitly named profile (``--profile NAME``): its app id, its secret from the keyring;
2. for scripts and CI: ``FEISHU_APP_ID`` + ``FEISHU_APP_SECRET`` (+ ``FEISHU_BASE_URL``,
   default Feishu) in the environment;
3. the active profile.

The secret itself lives only in the keyring (``get_secret`` / ``set_secret`` /
``delete_secret``) or in the environment; it is never written to a file, and neither the
``repr`` of ``Credentials`` nor any message here contains it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from designer.errors import DesignerError
from designer.feishu._urls import BASE_URLS, Region, check_base_url
from designer.messages import Text
from designer.store._keyring import (
    SERVICE,
    KeyringUnavailable,
    delete_secret,
    get_secret,
    how_to_fix_text,
    keyring_problem,
    require_keyring,
    set_secret,
)
from designer.store.profiles import NO_PROFILES_SAVED, SAVED_PROFILES, ProfileStore

__all__ = [
    "ENV_APP_ID",
    "ENV_APP_SECRET",
    "ENV_BASE_URL",
    "SERVICE",
    "Credentials",
    "KeyringUnavailable",
    "MissingCredentials",
    "delete_secret",
    "get_secret",
    "how_to_fix_text",
    "keyring_problem",
    "require_keyring",
    "resolve_credentials",
    "set_secret",
]

ENV_APP_ID = "FEISHU_APP_ID"
ENV_APP_SECRET = "FEISHU_APP_SECRET"
ENV_BASE_URL = "FEISHU_BASE_URL"


class MissingCredentials(DesignerError):
    """No complete set of credentials; the message says which profile or variable is missing
    and the command that fixes it (so it needs no hint of its own)."""

    def __str__(self) -> str:
        # The Message itself (not a copy of its English), so it is shown in the reader's language.
        return self.args[0] if self.args and isinstance(self.args[0], str) else super().__str__()


NO_CREDENTIALS = Text(
    "no credentials: set FEISHU_APP_ID and FEISHU_APP_SECRET in the environment, or add a "
    "profile with `card-designer profile add NAME --app-id cli_...` "
    "(the first profile becomes the active one; choose another with `card-designer profile use NAME`)"
)
NO_SUCH_PROFILE = Text(
    "no profile named {profile} ({known}); add it with `card-designer profile add {plain} --app-id cli_...`"
)
NO_SECRET = Text(
    "profile {profile} has no app secret in the keyring; store it with `card-designer profile set-secret {plain}`"
)
HALF_SET = Text("{have} is set but {lack} is not: set both, or unset both to use a profile")


@dataclass(frozen=True, slots=True)
class Credentials:
    """Everything ``FeishuClient`` needs. ``profile`` is None when they came from the environment."""

    base_url: str
    app_id: str
    app_secret: str = field(repr=False)
    profile: str | None = None


def resolve_credentials(
    profile: str | None = None,
    *,
    base_url: str | None = None,
    env: Mapping[str, str] = os.environ,
    store: ProfileStore | None = None,
) -> Credentials:
    """The credentials to use; ``base_url`` (e.g. ``--base-url``) overrides the source's own.

    Raises ``MissingCredentials`` (what is missing and how to add it), ``KeyringUnavailable``
    when a profile's secret cannot be read, ``ValueError`` for an unusable base URL.
    """
    profiles = store if store is not None else ProfileStore()
    override = check_base_url(base_url, "--base-url") if base_url else None
    if profile is None:
        from_env = _from_env(env, override)
        if from_env is not None:
            return from_env
        profile = profiles.active_name
        if profile is None:
            raise MissingCredentials(NO_CREDENTIALS())
    saved = profiles.get(profile)
    if saved is None:
        names = profiles.names()
        known = SAVED_PROFILES(names=", ".join(names)) if names else NO_PROFILES_SAVED()
        raise MissingCredentials(NO_SUCH_PROFILE(profile=repr(profile), known=known, plain=profile))
    secret = get_secret(profile)
    if not secret:
        raise MissingCredentials(NO_SECRET(profile=repr(profile), plain=profile))
    return Credentials(
        base_url=override or saved.api_base_url, app_id=saved.app_id, app_secret=secret, profile=profile
    )


def _from_env(env: Mapping[str, str], override: str | None) -> Credentials | None:
    app_id = env.get(ENV_APP_ID, "").strip()
    secret = env.get(ENV_APP_SECRET, "").strip()
    if not app_id and not secret:
        return None
    if not app_id or not secret:
        have, lack = (ENV_APP_ID, ENV_APP_SECRET) if app_id else (ENV_APP_SECRET, ENV_APP_ID)
        raise MissingCredentials(HALF_SET(have=have, lack=lack))
    env_url = env.get(ENV_BASE_URL, "").strip()
    url = override or (check_base_url(env_url, ENV_BASE_URL) if env_url else BASE_URLS[Region.FEISHU])
    return Credentials(base_url=url, app_id=app_id, app_secret=secret, profile=None)
