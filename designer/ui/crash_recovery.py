"""Crash recovery for one window: unsaved text kept in the data folder while the author types
(``designer.store.autosave``), and at the next start the offer to restore what a crash left.

Unsaved work of the file a window opens is offered in that window; at a plain start every
recovered card is offered, the first restored into this window and the others each into a
window of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from designer.store.autosave import SAVE_AFTER_CHANGE_MS, AutosaveStore, Recovered

if TYPE_CHECKING:
    from designer.ui.main_window import MainWindow


class CrashRecovery(QObject):
    """The autosave of one ``MainWindow`` (``window.recovery``).

    ``open_window`` makes a window for a further recovered card (it must not offer recovery
    itself: those cards are being restored right now).
    """

    def __init__(self, window: MainWindow, open_window: Callable[[], MainWindow]) -> None:
        super().__init__(window)
        self._window = window
        self._open_window = open_window
        self.store = AutosaveStore()
        # The text last kept by the autosave, None when nothing of this document is kept.
        self._autosaved_text: str | None = None
        # Throttled, not debounced: the first change starts the timer and later ones do not
        # restart it, so text is kept shortly after typing pauses and at least every interval
        # while it goes on (a crash loses at most about SAVE_AFTER_CHANGE_MS of typing).
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_CHANGE_MS)
        self._timer.timeout.connect(self.autosave_now)
        window.editor.document().contentsChanged.connect(self._autosave_soon)

    # ----------------------------------------------------------------- keeping unsaved text

    def _autosave_soon(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def autosave_now(self) -> None:
        """Keep unsaved text in the data folder (``SAVE_AFTER_CHANGE_MS`` after a change)."""
        window = self._window
        text = window.editor.toPlainText()
        if not window.editor.document().isModified() or text == self._autosaved_text:
            return
        file_path = str(window.session.file_path) if window.session.file_path else None
        try:
            self.store.save(window.session.doc_id, text, file_path)
        except OSError as exc:
            window.show_status(self.tr("Autosave failed: {0}").format(exc.strerror or exc))
            return
        self._autosaved_text = text

    def replacing(self) -> None:
        """The window's text is about to be replaced by another document's: what was kept of
        the old one goes (it was saved or discarded by now)."""
        if self._autosaved_text is not None:
            self.store.discard(self._window.session.doc_id)
        self._autosaved_text = None

    def saved(self, old_doc_id: str) -> None:
        """The text was saved (under ``old_doc_id`` before, when it was untitled)."""
        self.store.discard(old_doc_id)
        self.store.discard(self._window.session.doc_id)
        self._autosaved_text = None

    def closed(self) -> None:
        """The window closed after its work was saved or discarded: nothing left to recover."""
        self._timer.stop()
        self.store.mark_clean_exit()

    # ----------------------------------------------------------------- restoring

    def offer_for_file(self, path: Path | None) -> None:
        """Offer the unsaved work a crash left of the file ``path`` just opened (else saving the
        file would drop it unasked); other documents' work waits for the next plain start."""
        if path is None:
            return
        mine = [
            item
            for item in self.store.recoverable()
            if item.file_path and Path(item.file_path).resolve() == path.resolve()
        ]
        if mine:
            QTimer.singleShot(0, self, lambda: self._offer(mine, only_these=True))

    def offer_all(self) -> None:
        """Offer every card a crash left (a plain start)."""
        recovered = self.store.recoverable()
        if recovered:
            QTimer.singleShot(0, self, lambda: self._offer(recovered))

    def _offer(self, recovered: list[Recovered], *, only_these: bool = False) -> None:
        names = "\n".join(
            f"• {item.file_path or self.tr('untitled card')} ({item.saved_at:%Y-%m-%d %H:%M})"
            for item in recovered[:8]
        )
        answer = QMessageBox.question(
            self._window,
            self.tr("Restore unsaved cards?"),
            self.tr(
                "Card Designer did not close properly last time. Restore the unsaved work?\n\n{0}"
            ).format(names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            if only_these:
                for item in recovered:
                    self.store.discard(item.doc_id)
            else:
                self.store.discard_all_recovered()
            return
        first, *others = recovered
        self.restore(first)
        for item in others:
            window = self._open_window()
            window.recovery.restore(item)
            window.show()

    def restore(self, item: Recovered) -> None:
        """Show a recovered autosave as unsaved changes (of its file, when it had one)."""
        window = self._window
        path = Path(item.file_path) if item.file_path else None
        window.load_text(item.text, path, "" if path else self.tr("Recovered card"))
        window.editor.document().setModified(True)
        self.autosave_now()
        # The recovered copy goes only once this window's own autosave holds the text.
        if self._autosaved_text == window.editor.toPlainText():
            self.store.discard(item.doc_id)
        window.show_status(self.tr("Restored unsaved work from {0:%H:%M}").format(item.saved_at))
