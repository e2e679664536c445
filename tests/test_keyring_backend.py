"""The test keyring is the real Secret Service, not a dict."""

from __future__ import annotations

import uuid

import pytest


@pytest.mark.keyring
def test_secret_service_round_trip(secret_service: None) -> None:
    import keyring
    from keyring.backends import SecretService

    assert isinstance(keyring.get_keyring(), SecretService.Keyring)
    service, user, secret = "card-designer-test", str(uuid.uuid4()), "s3cr3t-" + str(uuid.uuid4())
    keyring.set_password(service, user, secret)
    assert keyring.get_password(service, user) == secret
    keyring.delete_password(service, user)
    assert keyring.get_password(service, user) is None
