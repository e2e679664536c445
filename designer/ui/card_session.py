"""The open card: its text (in the editor's ``QTextDocument``), its file and its latest parse.

One debounced parse per change: typing restarts a short timer; when it fires, the text is
parsed ONCE and ``document_changed`` hands the same ``Document`` to the preview, the outline,
the problems list and the status bar. ``flush()`` parses at once when an action needs the
current ``Document`` (palette insert, outline move, send).

The timer's delay follows the measured cost of the last pass (the parse and every pane taking
its ``Document``): a small card is previewed almost as the key goes down, while a big one waits
longer, so keys typed in quick succession cost one pass, not one each.
"""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument

from designer.cards import Document, parse

# The parse delay, in ms: half the last pass's duration, kept within these bounds. Half, not
# more: keystroke to preview is the delay plus the pass, and a 30 KB card must stay near 100 ms.
# The minimum still gathers a burst of keys (auto-repeat, pasting key by key) into one parse.
PARSE_DELAY_SHARE = 0.5
PARSE_DELAY_MIN_MS = 10
PARSE_DELAY_MAX_MS = 150
_clock = time.perf_counter  # seconds; a name of its own so tests can give the passes a duration


def parse_delay_ms(last_pass_ms: float) -> int:
    """How long to wait after a change before parsing, given the last pass's duration."""
    return round(min(PARSE_DELAY_MAX_MS, max(PARSE_DELAY_MIN_MS, last_pass_ms * PARSE_DELAY_SHARE)))


_untitled_numbers = itertools.count(1)


class CardSession(QObject):
    """The card being edited.

    Signals:
        document_changed(Document): a new parse of the text is ready.
        file_path_changed(object): the file behind the text changed (``Path`` or ``None``).
    """

    document_changed = Signal(Document)
    file_path_changed = Signal(object)  # Path | None: a signal type cannot say "or None"

    def __init__(self, text_document: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text_document = text_document
        started = _clock()
        self._document: Document = parse(text_document.toPlainText())
        self._file_path: Path | None = None
        self._title = ""
        self.doc_id = f"untitled-{next(_untitled_numbers)}"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(parse_delay_ms((_clock() - started) * 1000))
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

    def parse_delay(self) -> int:
        """The current debounce, in ms (it follows the last pass: ``parse_delay_ms``)."""
        return self._timer.interval()

    def flush(self) -> Document:
        """Parse now if the text changed since the last parse; returns the current ``Document``."""
        self._timer.stop()
        text = self._text_document.toPlainText()
        if text != self._document.text:
            self._announce(text)
        return self._document

    def reparse(self) -> Document:
        """Parse and announce even when the text did not change (a new file, a reset)."""
        self._timer.stop()
        self._announce(self._text_document.toPlainText())
        return self._document

    def _announce(self, text: str) -> None:
        """Parse ``text``, hand it to every pane, and time that pass for the next debounce."""
        started = _clock()
        self._document = parse(text)
        self.document_changed.emit(self._document)
        self._timer.setInterval(parse_delay_ms((_clock() - started) * 1000))
