"""Work around a reference-count bug of PySide6 6.12.0 on CPython 3.11.

PySide6 6.12.0 returns ``None`` from every Qt method declared ``void`` without taking a new
reference to it (measured: 2000 ``QPainter.save()``/``restore()`` calls drop ``None``'s count by
2000; 6.10.1 drops nothing). On CPython >= 3.12 ``None`` is immortal and nothing happens; on 3.11 the
count reaches zero after some tens of thousands of Qt calls and the process aborts with
"Fatal Python error: none_dealloc". Drawing one card makes hundreds of such calls.

The real fix is to keep PySide6 below 6.12 (or at a fixed release) in ``pyproject.toml``; until
then ``protect_none()`` gives ``None`` a reference count no run can exhaust, which is what
CPython 3.12 does for every interpreter (PEP 683).
"""

from __future__ import annotations

import ctypes
import sys

_done = False


def protect_none() -> None:
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    import PySide6

    if not PySide6.__version__.startswith("6.12."):
        return
    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _done = True
