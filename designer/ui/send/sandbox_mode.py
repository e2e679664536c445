"""``card-designer --sandbox``: the built-in sandbox server and a "Sandbox" profile that uses it.

The server starts in the background (a worker), then a profile named "Sandbox" (custom base
URL = the server's loopback address, the demo app id) is saved and made active. Its demo
secret goes to the keyring when there is one, else it is kept in memory for this run only:
never in a file. On quit the server stops, the Sandbox profile is removed (its address went
with the server) and the profile that was active before comes back.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer
from designer.store import credentials
from designer.store.profiles import Profile
from designer.ui.send.session import SendSession
from designer.ui.worker import BackgroundTask, run_in_background

SANDBOX_PROFILE = "Sandbox"

_log = logging.getLogger("designer.ui.send")


class SandboxMode(QObject):
    """Runs the sandbox for one window.

    Signals:
        started(str): the server answers at this base URL and the Sandbox profile is active.
        failed(str): the server could not start (why).
    """

    started = Signal(str)
    failed = Signal(str)

    def __init__(self, session: SendSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.server: SandboxServer | None = None
        self._previous_active: str | None = None
        self.secret_in_keyring = False

    def start(self) -> None:
        """Start the server in the background; ``started`` or ``failed`` follows."""

        def op(task: BackgroundTask) -> tuple[SandboxServer, bool]:
            server = SandboxServer(host="127.0.0.1", port=0, app_id=DEMO_APP_ID, app_secret=DEMO_APP_SECRET)
            server.start()
            in_keyring = False
            if credentials.keyring_problem() is None:
                try:
                    credentials.set_secret(SANDBOX_PROFILE, DEMO_APP_SECRET)
                    in_keyring = True
                except credentials.KeyringUnavailable as exc:
                    _log.info("sandbox secret kept in memory: %s", exc.problem)
            return server, in_keyring

        run_in_background(op, self._on_started, self._on_failed, context=self)

    def _on_started(self, result: tuple[SandboxServer, bool]) -> None:
        server, in_keyring = result
        self.server = server
        self.secret_in_keyring = in_keyring
        if not in_keyring:
            self._session.keep_secret_in_memory(SANDBOX_PROFILE, DEMO_APP_SECRET)
        store = self._session.profile_store
        active = store.active_name
        self._previous_active = active if active != SANDBOX_PROFILE else None
        profile = Profile(name=SANDBOX_PROFILE, region="custom", app_id=DEMO_APP_ID, base_url=server.base_url)
        # The port differs on each run: save (or update) the profile, then select it.
        self._session.save_profile(profile, None)
        self._session.set_active(SANDBOX_PROFILE)
        self.started.emit(server.base_url)

    def _on_failed(self, error: BaseException) -> None:
        self.failed.emit(self.tr("The sandbox could not start: {problem}").format(problem=str(error)))

    def stop(self) -> None:
        """Stop the server, forget the Sandbox profile (its port is gone) and give back the
        profile that was active before."""
        server, self.server = self.server, None
        if server is None:
            return
        server.stop()
        store = self._session.profile_store
        try:
            # Through the store, not the session: at quit no widget should hear of it.
            store.remove(SANDBOX_PROFILE)
        except (LookupError, credentials.KeyringUnavailable) as exc:
            _log.info("sandbox profile left in place: %s", exc)
        if self._previous_active and store.get(self._previous_active) is not None:
            store.active_name = self._previous_active
