"""``run_in_background``: op in a pool thread, callbacks on the GUI thread, progress, cancel."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QObject

from designer.ui.worker import (
    BackgroundTask,
    CancelHandle,
    run_in_background,
    when_done,
    work_of,
)


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


# -- ownership: closing one window ends only its own work ---------------------------------


def _blocked_run(release: threading.Event, results: list[object], context: QObject | None) -> CancelHandle:
    """A run that holds on until ``release`` is set or it is cancelled; returns whether it was."""

    def op(task: BackgroundTask) -> bool:
        while not release.is_set() and not task.cancelled:
            release.wait(0.01)
        return task.cancelled

    return run_in_background(op, results.append, results.append, context=context)


def test_work_of_an_owner_is_the_work_started_inside_it_only(qtbot) -> None:
    first, second = QObject(), QObject()
    pane = QObject(first)  # e.g. a picker in the first window
    release = threading.Event()
    first_results: list[object] = []
    second_results: list[object] = []
    in_first = _blocked_run(release, first_results, pane)
    in_second = _blocked_run(release, second_results, second)
    unowned = _blocked_run(release, [], None)

    assert work_of(first) == [in_first]
    assert work_of(second) == [in_second]
    for handle in work_of(first):
        handle.cancel()
    qtbot.waitUntil(lambda: in_first.done, timeout=5000)
    assert first_results == [True]  # it saw the cancel
    assert not in_second.cancelled and not unowned.cancelled
    assert work_of(first) == []  # done runs are nobody's work any more

    release.set()
    qtbot.waitUntil(lambda: in_second.done and unowned.done, timeout=5000)
    assert second_results == [False]


def test_when_done_calls_back_once_after_the_last_run_and_never_waits(qtbot) -> None:
    releases = [threading.Event(), threading.Event()]
    handles = [_blocked_run(release, [], None) for release in releases]
    calls: list[bool] = []

    def callback() -> None:
        calls.append(threading.current_thread() is threading.main_thread())

    when_done(handles, callback)
    assert calls == []  # returned at once, the runs still going
    releases[0].set()
    qtbot.waitUntil(lambda: handles[0].done, timeout=5000)
    assert calls == []
    releases[1].set()
    qtbot.waitUntil(lambda: calls != [], timeout=5000)
    assert calls == [True] and all(handle.done for handle in handles)

    when_done(handles, callback)  # all done already: at once
    when_done([], callback)
    assert calls == [True, True, True]


def test_a_run_is_cancelled_when_its_context_is_destroyed(qtbot) -> None:
    release = threading.Event()
    seen: list[bool] = []
    calls: list[object] = []
    context = QObject()

    def op(task: BackgroundTask) -> None:
        release.wait(5)  # e.g. a request under way: the cancel is seen after it
        seen.append(task.cancelled)

    handle = run_in_background(op, calls.append, calls.append, context=context)
    context.deleteLater()
    qtbot.waitUntil(lambda: not _alive(context), timeout=2000)
    assert handle.cancelled  # nothing could hear its result: the op is told to stop

    release.set()
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert seen == [True] and calls == []
