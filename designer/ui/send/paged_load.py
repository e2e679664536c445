"""What the chat list and the member list share: a load that arrives page by page in the
worker and may be replaced at any moment, its progress line, and the search over a list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QProgressBar, QWidget

from designer.ui.roles import ItemRole
from designer.ui.status_colors import Status, set_status
from designer.ui.worker import BackgroundTask, CancelHandle, run_in_background

T = TypeVar("T")


class PagedLoad:
    """The running load of one kind (chats, or members), numbered like a ticket.

    Starting one cancels the one before and takes the next number; every callback of a run
    (its pages, its result, its failure) is dropped unless its number is still the current
    one. A cancelled run may still be mid-request and report afterwards: without the number,
    its late pages would be listed with the new chat's, its failure shown for the new chat,
    and its end would clear the new run's handle (``running`` false, nothing left to cancel).
    """

    def __init__(self, context: QObject) -> None:
        self._context = context  # callbacks are dropped once it is destroyed
        self._number = 0
        self._handle: CancelHandle | None = None

    @property
    def running(self) -> bool:
        return self._handle is not None

    def start(
        self,
        op: Callable[[BackgroundTask], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[BaseException], None],
        on_page: Callable[[Any], None],
    ) -> None:
        """Cancel the running load and start ``op`` (``run_in_background``'s op) as the current one."""
        self.cancel()
        number = self._number

        def page(value: Any) -> None:
            if number == self._number:
                on_page(value)

        def done(result: T) -> None:
            if number == self._number:
                self._handle = None
                on_done(result)

        def failed(error: BaseException) -> None:
            if number == self._number:
                self._handle = None
                on_failed(error)

        self._handle = run_in_background(op, done, failed, page, context=self._context)

    def cancel(self) -> None:
        """Stop the running load; whatever it still sends is dropped."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._number += 1


def search_proxy(model: QAbstractItemModel, parent: QWidget) -> QSortFilterProxyModel:
    """``model`` filtered, case-insensitively, by its rows' search text (name and id)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setFilterRole(ItemRole.SEARCH)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def progress_bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setObjectName(name)
    bar.setMaximumHeight(18)
    bar.setTextVisible(True)
    bar.hide()
    return bar


def set_progress(
    bar: QProgressBar, value: int | tuple[int, int] | None, text: str, *, error: bool = False
) -> None:
    """Show ``text`` on ``bar``: ``None`` a finished state (or a failure with ``error``), an
    int busy, ``(loaded, total)`` a count (busy while the total is unknown, 0)."""
    bar.show()
    bar.setFormat(text)  # first, so a valueChanged listener reads the new text
    if value is None:
        bar.setRange(0, 1)
        bar.setValue(1 if not error else 0)
        bar.setTextVisible(True)
    elif isinstance(value, tuple):
        loaded, total = value
        if total:
            bar.setRange(0, total)
            bar.setValue(loaded)
        else:
            bar.setRange(0, 0)  # busy: the total is not known yet
    else:
        bar.setRange(0, 0)
    bar.setToolTip(text)
    bar.setProperty("error", error)
    set_status(bar, Status.ERROR if error else None)
