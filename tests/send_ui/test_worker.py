"""``run_in_background``: op in a pool thread, callbacks on the GUI thread, progress, cancel."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QObject

from designer.ui.worker import BackgroundTask, run_in_background


def test_callbacks_run_on_the_gui_thread_after_progress_in_order(qtbot) -> None:
    seen: list[tuple[str, object, bool]] = []
    op_threads: list[threading.Thread] = []

    def op(task: BackgroundTask) -> str:
        op_threads.append(threading.current_thread())
        for step in range(3):
            task.report(step)
        return "done"

    def on_gui(kind: str, value: object) -> None:
        seen.append((kind, value, threading.current_thread() is threading.main_thread()))

    handle = run_in_background(
        op, lambda v: on_gui("ok", v), lambda e: on_gui("err", e), lambda v: on_gui("p", v)
    )
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert op_threads[0] is not threading.main_thread()
    assert seen == [("p", 0, True), ("p", 1, True), ("p", 2, True), ("ok", "done", True)]


def test_an_exception_in_op_reaches_on_failure(qtbot) -> None:
    errors: list[BaseException] = []

    def op(task: BackgroundTask) -> None:
        raise ValueError("chat oc_x: bad")

    handle = run_in_background(op, lambda v: pytest.fail("no success expected"), errors.append)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert len(errors) == 1 and isinstance(errors[0], ValueError) and "oc_x" in str(errors[0])


def test_cancel_is_seen_by_op_and_result_still_delivered(qtbot) -> None:
    started = threading.Event()
    results: list[int] = []

    def op(task: BackgroundTask) -> int:
        started.set()
        steps = 0
        while not task.cancelled and steps < 500:
            time.sleep(0.01)
            steps += 1
        return steps

    handle = run_in_background(op, results.append, lambda e: pytest.fail(str(e)))
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert handle.cancelled and results and results[0] < 500


def test_callbacks_are_dropped_when_the_context_is_destroyed(qtbot) -> None:
    release = threading.Event()
    calls: list[object] = []
    context = QObject()

    def op(task: BackgroundTask) -> int:
        release.wait(5)
        return 1

    handle = run_in_background(op, calls.append, calls.append, context=context)
    context.deleteLater()
    qtbot.waitUntil(lambda: not _alive(context), timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert calls == []


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_many_short_runs_all_report_back_once(qtbot) -> None:
    # Short ops finish while the GUI thread is still delivering earlier results: the race in
    # which a pool thread could drop the last reference to a relay the GUI thread deletes.
    results: list[int] = []
    handles = [
        run_in_background(lambda task, n=n: n, results.append, lambda e: pytest.fail(str(e)))
        for n in range(300)
    ]
    qtbot.waitUntil(lambda: all(h.done for h in handles), timeout=10_000)
    assert sorted(results) == list(range(300))
    assert all(h.wait(1) for h in handles)
