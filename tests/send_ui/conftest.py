"""Fixtures of the send UI tests: a profile for the sandbox in the real keyring, a send session,
message boxes nobody expected fail the test (the card and host window: tests/helpers/send_ui.py)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer
from designer.store import credentials
from designer.store.profiles import Profile
from designer.ui.send.session import SendSession
from designer.ui.worker import cancel_all_and_wait


@pytest.fixture(autouse=True)
def _unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A static message box the test did not answer (by patching it) fails at once."""

    def unexpected(kind: str) -> Any:
        def ask(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
            raise AssertionError(f"unexpected QMessageBox.{kind}: {title}: {text}")

        return ask

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))


@pytest.fixture
def sandbox_profile(sandbox: SandboxServer, secret_service: None) -> Iterator[Profile]:
    """A saved, active profile for the sandbox whose secret is in the real keyring."""
    profile = Profile(name="sandbox-test", region="custom", app_id=DEMO_APP_ID, base_url=sandbox.base_url)
    session = SendSession()
    session.save_profile(profile, DEMO_APP_SECRET)
    session.set_active(profile.name)
    yield profile
    credentials.delete_secret(profile.name)


@pytest.fixture
def session(sandbox_profile: Profile) -> Iterator[SendSession]:
    s = SendSession()
    yield s
    cancel_all_and_wait(10_000)
    s.close()


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    return caplog
