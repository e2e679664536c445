"""The end of one window's send work: cancel it when the window closes, wait for it when the
application quits, then close the window's clients and stop its sandbox, exactly once."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from designer.ui.send.session import SendSession
from designer.ui.worker import CancelHandle, cancel_all_and_wait, when_done, work_of

if TYPE_CHECKING:
    from designer.ui.send.sandbox_mode import SandboxMode


class WindowSendWork:
    """Ends the background work of one window and then frees what it used, exactly once.

    Closing the window cancels its runs and frees its clients and sandbox when they have
    ended (a client is never closed under a run still using it), without blocking the GUI
    thread; quitting cancels and waits for every run, the process is about to end.
    """

    _WAIT_SECONDS = 5.0

    def __init__(self, session: SendSession, sandbox_mode: SandboxMode | None) -> None:
        self._session = session
        self._sandbox_mode = sandbox_mode
        self._work: list[CancelHandle] = []  # cancelled, waited for before the release
        self.closing = False
        self.ended = False

    def close(self, work: list[CancelHandle]) -> None:
        """Cancel ``work``; release once it is done. Returns at once."""
        if self.closing or self.ended:
            return
        self.closing = True
        self._cancel(work)
        when_done(self._work, self._release)

    def window_gone(self, window: QObject) -> None:
        # ``window`` is a fresh wrapper of the object being deleted; its children still exist.
        self.close(work_of(window))

    def end(self, work: list[CancelHandle]) -> None:
        """Cancel ``work`` (and what a close left running), wait for it, release now."""
        if self.ended:
            return
        self._cancel(work)
        deadline = time.monotonic() + self._WAIT_SECONDS
        for handle in self._work:
            handle.wait(max(0.0, deadline - time.monotonic()))
        self._release()

    def quit(self, *args: object) -> None:
        if self.ended:
            return
        cancel_all_and_wait()
        self._release()

    def _cancel(self, work: list[CancelHandle]) -> None:
        for handle in work:
            handle.cancel()
        self._work += [handle for handle in work if handle not in self._work]

    def _release(self) -> None:
        if self.ended:
            return
        self.ended = True
        self._work = []
        self._session.close()
        if self._sandbox_mode is not None:
            self._sandbox_mode.stop()
