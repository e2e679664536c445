"""Write a file so that a crash leaves either the old content or the new one, never half.

The text goes to a temporary file in the same folder (``os.replace`` is only atomic within
one file system), is flushed and fsync'ed, then replaces the target; the folder is fsync'ed
too where the OS allows it, so the rename itself survives a power cut.

A process killed between creating the temporary file and the rename (SIGKILL, power cut)
leaves it behind: ``remove_stale_temp_files`` deletes such leftovers at start, only files named
as this module names them and only once they are older than any write could take.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger("designer.store")

# ``.<target name>.<mkstemp's random part>.tmp``: what write_text_atomic creates, and nothing else.
TEMP_PREFIX_FORMAT = ".{name}."
TEMP_SUFFIX = ".tmp"
_TEMP_NAME = re.compile(r"\..+\.[A-Za-z0-9_]{6,}\.tmp")
# A write holds its temporary file for milliseconds (seconds on a slow disk); one untouched for
# this long belongs to a writer that is gone, never to one still writing.
STALE_TEMP_SECONDS = 15 * 60


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
    fd, temp_name = tempfile.mkstemp(
        prefix=TEMP_PREFIX_FORMAT.format(name=target.name), suffix=TEMP_SUFFIX, dir=target.parent
    )
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


def is_temp_name(name: str) -> bool:
    """Whether ``name`` is what ``write_text_atomic`` calls its temporary files."""
    return _TEMP_NAME.fullmatch(name) is not None


def remove_stale_temp_files(folders: Iterable[Path], *, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Delete the temporary files that killed writers left in ``folders`` (and their sub-folders).

    Only names ``write_text_atomic`` makes, and only files not modified for ``older_than``
    seconds (so a write in progress in another process keeps its file). Returns what was
    deleted; a file that cannot be deleted is logged and left.
    """
    removed: list[Path] = []
    cutoff = time.time() - older_than
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.rglob(f"*{TEMP_SUFFIX}"):
            if not is_temp_name(path.name):
                continue
            try:
                if not path.is_file() or path.is_symlink() or path.stat().st_mtime > cutoff:
                    continue
                path.unlink()
            except FileNotFoundError:
                continue  # gone meanwhile (its writer finished, or another start cleaned it)
            except OSError as exc:
                log.warning("%s: a stale temporary file could not be deleted (%s)", path, exc)
                continue
            removed.append(path)
    if removed:
        log.info("deleted %d temporary file(s) left by interrupted writes", len(removed))
    return removed
