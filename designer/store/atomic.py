"""Write a file so that a crash leaves either the old content or the new one, never half.

The text goes to a temporary file in the same folder (``os.replace`` is only atomic within
one file system), is flushed and fsync'ed, then replaces the target; the folder is fsync'ed
too where the OS allows it, so the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_text_atomic(path: Path | str, text: str, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` atomically; the folder is created when missing.

    A new file is readable by its owner only (0600), as these files describe the user's
    accounts; an existing file keeps its permissions.

    Raises ``OSError`` when the folder cannot be written (the old file is left untouched).
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    mode: int | None = None
    with contextlib.suppress(FileNotFoundError):
        mode = target.stat().st_mode & 0o777
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    # Windows cannot open a folder for fsync; there the rename is durable enough.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
