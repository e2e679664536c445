"""``card-designer --sandbox``: the built-in sandbox server and a "Sandbox" profile that uses it.

The server starts in the background (a worker), then a profile named "Sandbox" (custom base
URL = the server's loopback address, the demo app id) is made active. It is a *run-only*
profile (``ProfileStore.add_run_profile``): held in this window's memory, with the demo secret
in memory too, never in the profiles file nor the keyring. So however the run ends (quit, crash,
SIGKILL) nothing of it outlives the run: no profile pointing at a dead port, nothing active.
A person's own profiles are never touched: when one is already named "Sandbox", the run's
profile takes the next free name ("Sandbox 2"), and the profile the person had active is still
the file's active one when the run ends.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from designer.feishu import Region
from designer.render.core_text import core_text
from designer.sandbox import DEMO_APP_ID, DEMO_APP_SECRET, SandboxServer
from designer.store.profiles import Profile
from designer.ui.send.session import SendSession
from designer.ui.worker import BackgroundTask, run_in_background

SANDBOX_PROFILE = "Sandbox"

_log = logging.getLogger("designer.ui.send")


class SandboxMode(QObject):
    """Runs the sandbox for one window.

    ``profile_name`` is the name of this run's sandbox profile once started (``SANDBOX_PROFILE``
    unless a saved profile has that name).

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
        self.profile_name: str | None = None

    def start(self) -> None:
        """Start the server in the background; ``started`` or ``failed`` follows."""

        def op(task: BackgroundTask) -> SandboxServer:
            server = SandboxServer(host="127.0.0.1", port=0, app_id=DEMO_APP_ID, app_secret=DEMO_APP_SECRET)
            server.start()
            return server

        run_in_background(op, self._on_started, self._on_failed, context=self)

    def _on_started(self, server: SandboxServer) -> None:
        self.server = server
        store = self._session.profile_store
        name = store.free_name(SANDBOX_PROFILE)
        self.profile_name = name
        self._session.add_run_profile(
            Profile(name=name, region=Region.CUSTOM, app_id=DEMO_APP_ID, base_url=server.base_url),
            DEMO_APP_SECRET,
        )
        self._session.set_active(name)
        self.started.emit(server.base_url)

    def _on_failed(self, error: BaseException) -> None:
        self.failed.emit(
            self.tr("The sandbox could not start: {problem}").format(problem=core_text(str(error)))
        )

    def stop(self) -> None:
        """Stop the server and forget this run's Sandbox profile (its port is gone); the
        person's own active profile is active again."""
        server, self.server = self.server, None
        if server is None:
            return
        server.stop()
        if self.profile_name is not None:
            # Through the store, not the session: at quit no widget should hear of it. Only the
            # run-only profile: the person may have removed it and saved one of that name since.
            self._session.profile_store.discard_run_profile(self.profile_name)
