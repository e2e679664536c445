"""The open card: its text (in the editor's ``QTextDocument``), its file and its latest parse.

One debounced parse per change: typing restarts a short timer; when it fires, the text is
parsed ONCE and ``document_changed`` hands the same ``Document`` to the preview, the outline,
the problems list and the status bar. ``flush()`` parses at once when an action needs the
current ``Document`` (palette insert, outline move, send).
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument

from designer.cards import Document, parse

PARSE_DELAY_MS = 150
_untitled_numbers = itertools.count(1)


class CardSession(QObject):
    """The card being edited.

    Signals:
        document_changed(Document): a new parse of the text is ready.
        file_path_changed(object): the file behind the text changed (``Path`` or ``None``).
    """

    document_changed = Signal(object)
    file_path_changed = Signal(object)

    def __init__(self, text_document: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text_document = text_document
        self._document: Document = parse(text_document.toPlainText())
        self._file_path: Path | None = None
        self._title = ""
        self.doc_id = f"untitled-{next(_untitled_numbers)}"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PARSE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        text_document.contentsChanged.connect(self._timer.start)

    @property
    def document(self) -> Document:
        """The latest parse (may lag the text by the debounce delay: ``flush()`` first)."""
        return self._document

    @property
    def file_path(self) -> Path | None:
        return self._file_path

    @property
    def title(self) -> str:
        """What the window title calls the card: the file name, or the title given to new text."""
        if self._file_path is not None:
            return self._file_path.name
        return self._title or self.tr("Untitled")

    def set_file_path(self, path: Path | None, title: str = "") -> None:
        self._file_path = path
        self._title = title
        if path is not None:
            self.doc_id = str(path.resolve())
        self.file_path_changed.emit(path)

    def new_doc_id(self) -> None:
        """A fresh autosave identity for text that is not a file."""
        self.doc_id = f"untitled-{next(_untitled_numbers)}"

    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> Document:
        """Parse now if the text changed since the last parse; returns the current ``Document``."""
        self._timer.stop()
        text = self._text_document.toPlainText()
        if text != self._document.text:
            self._document = parse(text)
            self.document_changed.emit(self._document)
        return self._document

    def reparse(self) -> Document:
        """Parse and announce even when the text did not change (a new file, a reset)."""
        self._timer.stop()
        self._document = parse(self._text_document.toPlainText())
        self.document_changed.emit(self._document)
        return self._document
