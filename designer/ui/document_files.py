"""The window's card file: New from the gallery, Open (dialog, recent files, dropped files),
Save / Save As, and the "unsaved changes" question before the text is replaced.

Whether the text has unsaved changes is the editor document's modified flag (the window shows
it as ``[*]`` in its title); the file it belongs to is ``CardSession.file_path``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from designer.store.atomic import write_text_atomic
from designer.store.settings import Settings
from designer.ui.template_gallery import TemplateGallery, is_group_template

if TYPE_CHECKING:
    from designer.ui.main_window import MainWindow

APP_TITLE = "Card Designer"
MAX_FILE_BYTES = 5 * 1024 * 1024  # far above any card (30 KB): anything bigger is the wrong file
CARD_FILTER = "Card JSON (*.json);;All files (*)"


class DocumentFiles(QObject):
    """Opening and saving the card of one ``MainWindow`` (``window.files``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def new_from_gallery(self) -> None:
        window = self._window
        if not self.maybe_save():
            return
        gallery = TemplateGallery(window, window.theme)
        try:
            if gallery.exec() == TemplateGallery.DialogCode.Accepted:
                title, text = gallery.chosen()
                window.load_text(text, None, title, group_post=gallery.chosen_is_group_post())
        finally:
            gallery.deleteLater()

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = self._window.settings.last_template_dir or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self._window, self.tr("Open Card"), start, self.tr(CARD_FILTER))
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path, *, interactive: bool = True) -> bool:
        """Load ``path``; a problem is reported (dialog, or notice when not ``interactive``)."""
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise ValueError(
                    self.tr("the file is {0} MB; a card is at most 30 KB").format(
                        path.stat().st_size // 2**20
                    )
                )
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return self._file_problem(
                path, self.tr("it is not UTF-8 text (byte {0})").format(exc.start), interactive
            )
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            return self._file_problem(path, reason, interactive)
        self._window.load_text(text, path, "", group_post=is_group_template(path))
        self._remember_file(path)
        return True

    def _file_problem(self, path: Path, reason: str, interactive: bool) -> bool:
        message = self.tr("Could not open {0}: {1}.").format(path, reason)
        if interactive:
            QMessageBox.warning(self._window, self.tr("Open Card"), message)
        else:
            self._window.show_notice(message)
        return False

    def open_dropped(self, paths: list[Path]) -> None:
        """Files dropped on the window or the editor: the first one is opened."""
        if paths and self.maybe_save():
            self.open_file(paths[0])

    def save(self) -> bool:
        path = self._window.session.file_path
        return self.save_as() if path is None else self._write(path)

    def save_as(self) -> bool:
        window = self._window
        suggested = (
            window.session.file_path or Path(window.settings.last_template_dir or Path.home()) / "card.json"
        )
        name, _ = QFileDialog.getSaveFileName(
            window, self.tr("Save Card"), str(suggested), self.tr(CARD_FILTER)
        )
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".json")
            # The dialog confirmed overwriting NAME, not NAME.json: ask about that file here.
            if path.exists():
                answer = QMessageBox.question(
                    window,
                    self.tr("Save Card"),
                    self.tr("{0} already exists. Replace it?").format(path),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return False
        return self._write(path)

    def _write(self, path: Path) -> bool:
        window = self._window
        text = window.editor.toPlainText()
        existed = path.exists()
        try:
            write_text_atomic(path, text)
            if not existed:
                os.chmod(path, 0o644)  # a card file is no secret (the atomic writer defaults to 0600)
        except OSError as exc:
            QMessageBox.warning(
                window,
                self.tr("Save Card"),
                self.tr("Could not save {0}: {1}.").format(path, exc.strerror or exc),
            )
            return False
        old_id = window.session.doc_id
        window.session.set_file_path(path)
        window.recovery.saved(old_id)
        window.editor.document().setModified(False)
        self._remember_file(path)
        window.statusBar().showMessage(self.tr("Saved {0}").format(path), 4000)
        return True

    def _remember_file(self, path: Path) -> None:
        def change(settings: Settings) -> None:
            settings.add_recent_file(path)
            settings.last_template_dir = str(path.resolve().parent)

        self._window.change_settings(change)

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        # Read again: a window of another Card Designer process may have added some.
        recent = self._window.app_settings.reload().recent_files
        if not recent:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
            return
        for name in recent:
            action = menu.addAction(name)
            action.triggered.connect(lambda _checked=False, name=name: self._open_recent(Path(name)))

    def _open_recent(self, path: Path) -> None:
        if self.maybe_save():
            self.open_file(path)

    def maybe_save(self) -> bool:
        """True when the current text may be replaced (saved, discarded, or unchanged)."""
        window = self._window
        if not window.editor.document().isModified():
            return True
        answer = QMessageBox.question(
            window,
            APP_TITLE,
            self.tr("“{0}” has unsaved changes. Save them?").format(window.session.title),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
