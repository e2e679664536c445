"""The settings of this process, held once: ``AppSettings.of(path)`` (None: the usual file).

Every window and the send features of one process share the one object of their file: they
read ``current`` instead of reading the file again, change it with ``update(change)`` (the
store's read-modify-write under the file lock shared with other processes, so the CLI
remembering a chat and a window saving its layout never undo each other), and hear every
change through ``changed`` (a theme chosen in one window reaches all of them).

The preview controls are kept as the renderer's own ``RenderOptions``: ``preview_options``
and ``set_preview_options`` convert them to and from the file's ``preview`` object by their
field names, which a test keeps equal.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QObject, Signal

from designer.render import RenderOptions
from designer.store.settings import PreviewSettings, Settings, load_settings, settings_path, update_settings


class AppSettings(QObject):
    """The settings in the file ``path``, shared by everything in this process that uses them.

    Signals:
        changed(Settings): the settings changed (an ``update`` of this process, or a ``reload``
            that found another process's change).
    """

    changed = Signal(Settings)

    _made: ClassVar[dict[Path, AppSettings]] = {}

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._current = load_settings(path)

    @classmethod
    def of(cls, path: Path | None = None) -> AppSettings:
        """The one object of the settings file ``path`` (None: the usual one) in this process."""
        key = (path if path is not None else settings_path()).absolute()
        made = cls._made.get(key)
        if made is None:
            made = cls._made[key] = cls(key)
        return made

    @property
    def current(self) -> Settings:
        """The settings as this process last read or wrote them. Read-only: change them with
        ``update`` (a change made to this copy would be lost and reach nobody)."""
        return self._current

    def update(self, change: Callable[[Settings], None]) -> Settings:
        """Apply ``change`` to the settings as the file holds them now, save, announce.

        Raises ``OSError`` when the file cannot be written; the change then still holds for
        the rest of this run (and is announced), so the app behaves as chosen.
        """
        try:
            self._current = update_settings(change, self.path)
        except OSError:
            changed = self._current.model_copy(deep=True)
            change(changed)
            self._current = changed
            self.changed.emit(changed)
            raise
        self.changed.emit(self._current)
        return self._current

    def reload(self) -> Settings:
        """Read the file again (another process may have changed it); announce a difference."""
        fresh = load_settings(self.path)
        if fresh != self._current:
            self._current = fresh
            self.changed.emit(fresh)
        return self._current

    @property
    def preview_options(self) -> RenderOptions:
        """The preview controls as the renderer takes them."""
        return RenderOptions(**self._current.preview.model_dump())

    def set_preview_options(self, options: RenderOptions) -> Settings:
        """Keep the preview controls ``options`` (raises ``OSError`` as ``update`` does)."""
        chosen = dataclasses.asdict(options)
        # Not a choice to keep: the badge speaks the window's language unless a card language is chosen.
        chosen.pop("badge_language", None)
        preview = PreviewSettings.model_validate(chosen)
        return self.update(lambda settings: setattr(settings, "preview", preview))
