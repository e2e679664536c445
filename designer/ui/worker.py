"""Run slow work (the network, the keyring) off the GUI thread and hear back on it.

The one helper every pane uses, shaped like Anki's ``QueryOp``::

    handle = run_in_background(
        lambda task: client.auth.tenant_token(),   # runs in a pool thread
        on_success=self._on_token_fetched,         # runs on the GUI thread
        on_failure=self._on_token_failed,          # runs on the GUI thread, gets the exception
        context=self,                              # callbacks are dropped once this is destroyed
    )
    handle.cancel()

``op`` gets a ``BackgroundTask``: ``task.report(value)`` sends progress to ``on_progress``
(on the GUI thread) and ``task.cancelled`` / ``task.cancel_event`` tell it to stop early.
``op`` must never touch a widget: Qt widgets belong to the GUI thread, and touching one from a
pool thread crashes at random. Give ``op`` plain values and return plain values.

Delivery: a small relay ``QObject`` is created on the calling (GUI) thread; the pool thread
emits its signals, and Qt queues them to the relay's thread, so the callbacks always run on the
GUI thread, in order (progress before the result).

Ownership: a run belongs to its ``context`` and to every object that context lives in (its Qt
parents, up to its window). Closing a window ends only its own work: ``work_of(window)``
finds the runs, each is cancelled, and ``when_done`` calls back once they have ended, with no
wait on the GUI thread (an op stuck in a request may take its timeout to notice the cancel).
A run whose context is destroyed is cancelled: nothing could hear its result any more. Only
quitting the application cancels and waits for every run (``cancel_all_and_wait``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")

_log = logging.getLogger("designer.ui.worker")

# Threads for background work: the network work of one window rarely needs more, and the
# bulk send fans out inside the client itself.
_MAX_THREADS = 4


class BackgroundTask:
    """What ``op`` sees of its own run: progress reporting and the cancel flag."""

    def __init__(self, relay: _Relay, cancel_event: threading.Event) -> None:
        self._relay = relay
        self.cancel_event = cancel_event

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def report(self, value: object) -> None:
        """Send ``value`` to ``on_progress`` on the GUI thread (dropped after a cancel)."""
        if not self.cancel_event.is_set():
            self._relay.progressed.emit(value)


class CancelHandle:
    """The caller's grip on a background run: ``cancel()`` it, ask whether it is ``done``."""

    def __init__(self) -> None:
        self.cancel_event = threading.Event()
        self._done = threading.Event()  # the callbacks ran (GUI thread)
        self._ran = threading.Event()  # op returned or raised (pool thread)
        self._when_done: list[Callable[[], None]] = []  # called with _done, on the GUI thread

    def cancel(self) -> None:
        """Ask ``op`` to stop; it decides where it can (e.g. between two sends of a bulk send)."""
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    @property
    def done(self) -> bool:
        """True once the callbacks for this run have been called (or dropped)."""
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until ``op`` has returned or raised (its callbacks may still be queued)."""
        return self._ran.wait(timeout)


def _ignore(_value: Any) -> None:
    """A callback that does nothing (what a finished relay keeps)."""


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry results from the pool thread to it."""

    progressed = Signal(object)  # whatever the op reports: any type
    succeeded = Signal(object)  # whatever the op returns: any type
    failed = Signal(object)  # the BaseException the op raised: a Python class of any kind

    def __init__(
        self,
        handle: CancelHandle,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[Any], None] | None,
        context: QObject | None,
    ) -> None:
        # Owned by a GUI-thread parent, not by Python: when a pool thread drops the last Python
        # reference, the object must not be deleted there (it is deleted by deleteLater, here).
        super().__init__(_relay_home())
        self._handle = handle
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._context = context
        self.progressed.connect(self._on_progressed)
        self.succeeded.connect(self._on_succeeded)
        self.failed.connect(self._on_failed)
        if context is not None:
            # Nothing could hear the result any more: let the op stop where it can.
            context.destroyed.connect(self._on_context_destroyed)

    def _context_alive(self) -> bool:
        return self._context is None or shiboken6.isValid(self._context)

    def belongs_to(self, owner: QObject) -> bool:
        """Whether this run's context is ``owner`` or lives inside it (a Qt child, grandchild…)."""
        obj: QObject | None = self._context
        while obj is not None and shiboken6.isValid(obj):
            if obj is owner:
                return True
            obj = obj.parent()
        return False

    @Slot()
    def _on_context_destroyed(self) -> None:
        self._handle.cancel()

    @Slot(object)
    def _on_progressed(self, value: object) -> None:
        if self._on_progress is not None and self._context_alive():
            self._on_progress(value)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        try:
            if self._context_alive():
                self._on_success(result)
        finally:
            self._finish()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        try:
            if self._context_alive():
                assert isinstance(error, BaseException)
                self._on_failure(error)
        finally:
            self._finish()

    def _finish(self) -> None:
        # Let go of the callbacks here, on the GUI thread: they hold widgets (bound methods), and
        # the pool thread may drop the last reference to this relay's wrapper later; a widget
        # freed there would be destroyed outside the GUI thread.
        self._on_success = self._on_failure = _ignore
        self._on_progress = None
        self._context = None
        _active.discard(self)
        handle = self._handle
        handle._done.set()
        self.deleteLater()
        waiting, handle._when_done = handle._when_done, []
        for callback in waiting:
            callback()


class _Runnable(QRunnable):
    def __init__(self, op: Callable[[BackgroundTask], Any], relay: _Relay, handle: CancelHandle) -> None:
        super().__init__()
        self._op: Callable[[BackgroundTask], Any] | None = op
        self._relay = relay
        self._handle = handle

    def run(self) -> None:
        relay, op = self._relay, self._op
        assert op is not None, "a runnable runs once"
        # Only the local keeps the op now: what it captured is released when run() returns,
        # not whenever the pool gets round to deleting the runnable.
        self._op = None
        task = BackgroundTask(relay, self._handle.cancel_event)
        try:
            result = op(task)
        except Exception as exc:
            # Only the type: the text of an unexpected error might quote a request.
            _log.debug("background work failed: %s", type(exc).__name__)
            relay.failed.emit(exc)
        else:
            relay.succeeded.emit(result)
        finally:
            self._handle._ran.set()


# Relays waiting for their run to end: kept here so Python does not collect them early.
_active: set[_Relay] = set()
_pool: QThreadPool | None = None
_home: QObject | None = None


def _relay_home() -> QObject:
    """The parent of every relay; made on the GUI thread by the first ``run_in_background``."""
    global _home
    if _home is None or not shiboken6.isValid(_home):
        _home = QObject()
        _home.setObjectName("backgroundRelays")
    return _home


def thread_pool() -> QThreadPool:
    """The pool background work runs in (its own, so shutdown can wait for exactly our work)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(_MAX_THREADS)
    return _pool


def run_in_background(
    op: Callable[[BackgroundTask], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[Any], None] | None = None,
    *,
    context: QObject | None = None,
) -> CancelHandle:
    """Run ``op(task)`` in a pool thread; call back on the GUI thread. Call this on the GUI thread.

    Exactly one of ``on_success(result)`` / ``on_failure(exception)`` is called, after every
    ``on_progress(value)`` the op reported, unless ``context`` was destroyed meanwhile.
    """
    handle = CancelHandle()
    relay = _Relay(handle, on_success, on_failure, on_progress, context)
    _active.add(relay)
    thread_pool().start(_Runnable(op, relay, handle))
    return handle


def work_of(owner: QObject) -> list[CancelHandle]:
    """The runs not yet done that belong to ``owner``: their context is ``owner`` or inside it.

    Ask while ``owner``'s children still exist: in its close event, or from its ``destroyed``
    signal with the object that signal passes (Qt sends it before it deletes the children).
    """
    return [relay._handle for relay in list(_active) if relay.belongs_to(owner)]


def when_done(handles: Iterable[CancelHandle], callback: Callable[[], None]) -> None:
    """Call ``callback()`` on the GUI thread once every run of ``handles`` is done: at once when
    they are, else right after the last one's callbacks. Never waits; call on the GUI thread."""
    pending = [handle for handle in handles if not handle.done]
    if not pending:
        callback()
        return
    left = [len(pending)]

    def one_done() -> None:
        left[0] -= 1
        if left[0] == 0:
            callback()

    for handle in pending:
        handle._when_done.append(one_done)


def cancel_all_and_wait(timeout_ms: int = 5000) -> bool:
    """On quit: ask every run (of every window) to stop and wait for the pool threads; True
    when all ended. Blocks the GUI thread: closing one window uses ``work_of`` instead."""
    for relay in list(_active):
        relay._handle.cancel()
    return thread_pool().waitForDone(timeout_ms)
