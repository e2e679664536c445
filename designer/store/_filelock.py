"""An exclusive lock on a file shared by threads and processes (``fcntl`` / ``msvcrt``, no Qt).

``file_lock(path)`` holds ``<path>.lock``: one holder at a time across every thread of this
process and every process on the machine; a thread that holds it may take it again (nested
calls of the same store). The lock is the OS's: it goes with the process, so a killed holder
never leaves it stuck (a lock *file* that merely exists would).
"""

from __future__ import annotations

import errno
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_SUFFIX = ".lock"


class _PathLock:
    """The lock of one path in this process: a thread lock, and the OS lock while held."""

    def __init__(self, lock_path: Path) -> None:
        self.lock_path = lock_path
        self.thread_lock = threading.RLock()
        self.depth = 0  # nesting of the thread that holds thread_lock
        self.fd: int | None = None

    def acquire(self) -> None:
        self.thread_lock.acquire()
        if self.depth == 0:
            try:
                self.fd = _os_lock(self.lock_path)
            except BaseException:
                self.thread_lock.release()
                raise
        self.depth += 1

    def release(self) -> None:
        self.depth -= 1
        if self.depth == 0 and self.fd is not None:
            fd, self.fd = self.fd, None
            _os_unlock(fd)
        self.thread_lock.release()


_locks: dict[Path, _PathLock] = {}
_locks_guard = threading.Lock()


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold the lock of ``path`` (the file ``<path>.lock`` next to it is created when missing).

    Raises ``OSError`` when the lock file cannot be created (a read-only folder).
    """
    target = path.resolve()
    with _locks_guard:
        lock = _locks.get(target)
        if lock is None:
            lock = _locks[target] = _PathLock(target.with_name(target.name + LOCK_SUFFIX))
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


def _os_lock(lock_path: Path) -> int:
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":
            import msvcrt

            # LK_LOCK gives up after about 10 s; the holder is another live process, so wait on.
            while True:
                try:
                    msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EACCES, errno.EDEADLOCK):
                        raise
                    time.sleep(0.05)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _os_unlock(fd: int) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)  # closing releases the OS lock in any case
