"""The designer window: palette and outline (left), JSON editor (centre), preview (right),
problems (bottom), status bar.

The window is the composition: it makes the panes and wires them together, and hands the rest
to its parts: ``commands`` (``WindowActions``: actions, menus, toolbar, shortcuts), ``files``
(``DocumentFiles``: new, open, recent, save, the unsaved-changes question) and ``recovery``
(``CrashRecovery``: autosave and restoring after a crash). It owns no card logic: the text
lives in the editor, ``CardSession`` parses it once per change, and every pane reads that one
``Document``. Palette inserts, outline moves/deletes and format are text edits applied through
the editor, so one undo stack covers them. The send features plug in through
``designer.ui.send.install``.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabBar,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from designer.cards import Diagnostic, Document, code_point_offset
from designer.cards.catalog import entry, plan_insert
from designer.cards.edits import delete_element, format_json, insert_element, minify_json, move_element
from designer.cards.sizes import MAX_CARD_BYTES, size_label
from designer.cards.tree import get_pointer
from designer.render import CardView, RenderOptions
from designer.render.core_text import core_text, error_text
from designer.store.settings import Settings, ThemeChoice
from designer.ui.app_settings import AppSettings
from designer.ui.app_theme import ThemeName, apply_theme, palette_for, resolve_theme
from designer.ui.card_session import CardSession
from designer.ui.crash_recovery import CrashRecovery
from designer.ui.document_files import APP_TITLE, DocumentFiles
from designer.ui.find_bar import FindBar
from designer.ui.json_editor import JsonEditor
from designer.ui.outline import CardOutline, OutlineModel
from designer.ui.palette import ElementPalette, PaletteModel
from designer.ui.preview_pane import PreviewPane
from designer.ui.problems import ProblemsModel, ProblemsView
from designer.ui.resources import app_icon, retint_themed_icons
from designer.ui.roles import ItemRole
from designer.ui.status_colors import Status, restyle_status_widgets, set_banner, set_status
from designer.ui.template_gallery import blank_card
from designer.ui.window_actions import WindowActions

log = logging.getLogger("designer.ui")

NOTICE_MS = 8000
# A request body for the copy action when the text is a bare card (docs/feishu/ephemeral.md).
_BODY_PLACEHOLDERS = {"chat_id": "oc_xxx", "open_id": "ou_xxx", "msg_type": "interactive"}


class MainWindow(QMainWindow):
    """The Card Designer main window.

    Signals:
        document_changed(Document): the text was parsed after a change (debounced, once per change).
    """

    document_changed = Signal(Document)

    def __init__(
        self,
        file: str | None = None,
        *,
        sandbox: bool = False,
        settings: AppSettings | None = None,
        offer_restore: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        self.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)
        self._sandbox = sandbox
        # The process's settings of this file, shared with its other windows and the send
        # features; read again now, for what another process saved since they were read.
        self.app_settings = settings if settings is not None else AppSettings.of()
        self.app_settings.reload()
        self._theme_choice: ThemeChoice = self.settings.ui_theme
        self.theme: ThemeName = resolve_theme(self._theme_choice)

        # ----- centre: editor, find bar, notices
        self.editor = JsonEditor(self)
        font = self.editor.font()
        font.setPointSize(self.settings.editor_font_size)
        self.editor.setFont(font)
        self.find_bar = FindBar(self.editor, self)
        self.notice = QLabel(self)
        self.notice.setObjectName("editorNotice")
        self.notice.setWordWrap(True)
        set_banner(
            self.notice, Status.WARNING, "padding: 6px 10px; border-width: 0 0 1px 0; border-style: solid;"
        )
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.hide)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.notice)
        central_layout.addWidget(self.editor, 1)
        central_layout.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.session = CardSession(self.editor.document(), self)

        # ----- panes
        self.palette_model = PaletteModel(parent=self)
        self.palette_view = ElementPalette(self.palette_model, self)
        self.outline_model = OutlineModel(self)
        self.outline_view = CardOutline(self.outline_model, self)
        self.problems_model = ProblemsModel(self)
        self.problems_view = ProblemsView(self.problems_model, self)
        self.preview = PreviewPane(self.app_settings.preview_options, self)
        self.palette_dock = self._dock("paletteDock", self.tr("Components"), self.palette_view)
        self.outline_dock = self._dock("outlineDock", self.tr("Outline"), self.outline_view)
        self.preview_dock = self._dock("previewDock", self.tr("Preview"), self.preview)
        self.problems_dock = self._dock("problemsDock", self.tr("Problems"), self.problems_view)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.tabifyDockWidget(self.palette_dock, self.outline_dock)
        self.palette_dock.raise_()
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)

        # ----- status bar
        self.cursor_label = self._status_label("statusCursor")
        self.schema_label = self._status_label("statusSchema")
        self.size_label = self._status_label("statusSize")
        self.validity_label = self._status_label("statusValidity")

        # ----- the parts: files, crash recovery, then the commands that call them
        self.files = DocumentFiles(self)
        self.recovery = CrashRecovery(
            self,
            lambda: MainWindow(settings=self.app_settings, sandbox=self._sandbox, offer_restore=False),
        )
        self.commands = WindowActions(self)
        # "System" follows the desktop switching between light and dark while the app runs.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)
        self._show_theme(self.theme)

        # ----- wiring
        self.session.document_changed.connect(self._on_document_changed)
        self.session.file_path_changed.connect(self._update_title)
        self.editor.document().modificationChanged.connect(self.setWindowModified)
        self.editor.cursorPositionChanged.connect(self._on_cursor_position_changed)
        self.editor.files_dropped.connect(self.files.open_dropped)
        self.editor.element_dropped.connect(self._on_element_dropped)
        self.palette_view.insert_requested.connect(self._on_insert_requested)
        self.outline_view.pointer_selected.connect(self._on_outline_pointer_selected)
        self.outline_view.move_requested.connect(self._on_move_requested)
        self.outline_view.delete_requested.connect(self._on_delete_requested)
        self.problems_view.diagnostic_activated.connect(self._on_diagnostic_activated)
        self.preview.element_clicked.connect(self.reveal_pointer)
        self.preview.url_requested.connect(self._on_url_requested)
        self.preview.options_changed.connect(self._on_preview_options_changed)
        self.app_settings.changed.connect(self._on_settings_changed)

        self.resize(1440, 900)

        # ----- the first document
        if file is not None:
            if not self.files.open_file(Path(file), interactive=False):
                self.load_text(blank_card(), None, "")
            if offer_restore:
                self.recovery.offer_for_file(self.session.file_path)
        else:
            self.load_text(blank_card(), None, "")
            # A window opened to show one of several restored documents must not offer the
            # others again (they are being restored into their own windows right now).
            if offer_restore:
                self.recovery.offer_all()
        self._update_title()

        # The send features (issue 6) plug in here; the window works without them.
        try:
            from designer.ui import send
        except ImportError:
            send = None  # type: ignore[assignment]
        if send is not None:
            send.install(self, sandbox=self._sandbox, settings=self.app_settings)
        self.resizeDocks([self.palette_dock, self.preview_dock], [260, 560], Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems_dock], [150], Qt.Orientation.Vertical)
        # Restored last, when every dock exists: docks missing from restoreState() leave
        # stray tab bars behind when they are placed afterwards.
        self._restore_layout()

    # ================================================================= public API (send docks)

    def current_document(self) -> Document:
        """The parse of the text as it is now (parses at once if a change is pending)."""
        return self.session.flush()

    def reveal_pointer(self, pointer: str) -> None:
        """Select the value at ``pointer`` in the editor, the outline and the preview."""
        document = self.session.flush()
        span = document.source_map.locate(pointer)
        self.editor.select_range(span.offset, span.end_offset)
        self._sync_selection(pointer)

    def open_text(self, text: str, title: str) -> None:
        """Show ``text`` as a new unsaved document called ``title`` (asks to save the current one)."""
        if not self.files.maybe_save():
            return
        self.load_text(text, None, title)
        self.editor.document().setModified(True)

    def preview_view(self) -> CardView:
        return self.preview.view

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        """Add a pane; it comes back where the user left it last time."""
        if not dock.objectName():
            raise ValueError("a dock needs an objectName so its place can be remembered")
        self.addDockWidget(area, dock)
        self.restoreDockWidget(dock)
        self.commands.view_menu.addAction(dock.toggleViewAction())

    def main_toolbar(self) -> QToolBar:
        return self.commands.toolbar

    def tools_menu(self) -> QMenu:
        """The Tools menu, where added features put their commands (Accounts…)."""
        return self.commands.tools_menu

    # ================================================================= building

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        return dock

    def _status_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(label)
        return label

    def _restore_layout(self) -> None:
        with contextlib.suppress(ValueError):
            if self.settings.window_geometry:
                self.restoreGeometry(QByteArray(base64.b64decode(self.settings.window_geometry)))
            if self.settings.window_state:
                self.restoreState(QByteArray(base64.b64decode(self.settings.window_state)))

    # ================================================================= document plumbing

    def load_text(self, text: str, path: Path | None, title: str, *, group_post: bool = False) -> None:
        """Load ``text`` as a new document (fresh undo history, not modified); ``group_post``: a
        card posted to the whole chat (a group template), previewed without the ephemeral badge."""
        self.preview.set_group_post(group_post)
        self.recovery.replacing()
        self.session.new_doc_id()
        self.session.set_file_path(path, title)
        self.editor.setPlainText(text)
        self.editor.document().setModified(False)
        self.session.reparse()
        self._update_title()

    def _update_title(self, *_args: object) -> None:
        self.setWindowTitle(f"{self.session.title}[*] — {APP_TITLE}")

    def _on_document_changed(self, document: Document) -> None:
        self.problems_model.set_document(document)
        self.outline_view.set_document(document)
        self.preview.set_document(document)
        self.palette_model.set_schema_version(document.schema_version)
        self.editor.set_diagnostics(document.text, document.diagnostics)
        self._update_status(document)
        self._sync_selection(self._pointer_at_cursor(document))
        self.document_changed.emit(document)

    def _update_status(self, document: Document) -> None:
        version = {"template": self.tr("template card")}.get(
            document.schema_version, f"JSON {document.schema_version}"
        )
        self.schema_label.setText(version if document.card is not None else self.tr("no card"))
        self.size_label.setText(size_label(document.size_bytes) if document.card is not None else "—")
        over = document.size_bytes > MAX_CARD_BYTES
        set_status(self.size_label, Status.ERROR if over else None)
        # Counted from the Document by severity: an info (e.g. "needs Feishu 7.x") is no warning.
        errors, warnings = len(document.errors), len(document.warnings)
        if errors:
            text = self.tr("✕ %n error(s)", "", errors)
            if warnings:
                text += " · " + self.tr("%n warning(s)", "", warnings)
            set_status(self.validity_label, Status.ERROR)
        elif warnings:
            text = self.tr("⚠ %n warning(s)", "", warnings)
            set_status(self.validity_label, Status.WARNING)
        else:
            text = self.tr("✓ Valid")
            set_status(self.validity_label, Status.OK)
        self.validity_label.setText(text)

    def _pointer_at_cursor(self, document: Document) -> str | None:
        if document.text != self.editor.toPlainText():
            return None
        return document.source_map.pointer_at(self.editor.cursor_offset())

    def _sync_selection(self, pointer: str | None) -> None:
        """Show ``pointer``'s element as current in the outline and highlighted in the preview."""
        self.outline_view.select_pointer(pointer)
        index = self.outline_model.index_for(pointer) if pointer is not None else None
        element = index.data(ItemRole.POINTER) if index is not None and index.isValid() else None
        self.preview.highlight(element if isinstance(element, str) else None)

    def _on_cursor_position_changed(self) -> None:
        cursor = self.editor.textCursor()
        column = code_point_offset(cursor.block().text(), cursor.positionInBlock()) + 1
        self.cursor_label.setText(self.tr("Ln {0}, Col {1}").format(cursor.blockNumber() + 1, column))
        # Only while the last parse matches the text (re-colouring alone also starts the parse timer).
        document = self.session.document
        if document.text == self.editor.toPlainText():
            self._sync_selection(self._pointer_at_cursor(document))

    def _on_outline_pointer_selected(self, pointer: str) -> None:
        self.reveal_pointer(pointer)

    def _on_diagnostic_activated(self, diagnostic: Diagnostic) -> None:
        self.editor.select_range(diagnostic.span.offset, diagnostic.span.end_offset)
        self.editor.setFocus()

    # ================================================================= edits through the editor

    def show_status(self, text: str) -> None:
        """A message in the status bar, long enough to be read."""
        self.statusBar().showMessage(text, NOTICE_MS)

    def show_notice(self, text: str) -> None:
        """A non-blocking message above the editor (refused insert, broken JSON to format...)."""
        self.notice.setText(text)
        self.notice.show()
        self.statusBar().showMessage(text, NOTICE_MS)
        self._notice_timer.start(NOTICE_MS)

    def insert_component(self, tag: str, anchor_offset: int | None = None) -> bool:
        """Insert the catalog snippet of ``tag`` where it belongs for the cursor (or ``anchor_offset``)."""
        document = self.session.flush()
        offset = anchor_offset if anchor_offset is not None else self.editor.cursor_offset()
        anchor = document.source_map.pointer_at(offset) if document.ok else None
        plan = plan_insert(document, tag, anchor)
        if not plan.ok:
            self.show_notice(self.tr("Cannot insert “{0}” here: {1}.").format(tag, core_text(plan.message)))
            return False
        try:
            edit = insert_element(document, plan, entry(tag).snippet_for(document.schema_version))
        except ValueError as exc:
            self.show_notice(self.tr("Cannot insert “{0}”: {1}.").format(tag, error_text(exc)))
            return False
        self.editor.apply_edits([edit])
        self._select_placeholder(f"{plan.array_pointer}/{plan.index}")
        self.statusBar().showMessage(self.tr("Inserted “{0}”").format(tag), 4000)
        return True

    def _select_placeholder(self, pointer: str) -> None:
        """Select the first text of the new element at ``pointer``, as a snippet placeholder:
        the string's content without its quotes, so the next key replaces that text and never
        the whole element. An element without a string keeps the caret at its start."""
        document = self.session.flush()
        inside = pointer + "/"
        strings = sorted(
            (span.offset, candidate)
            for candidate, span in document.source_map.values.items()
            if candidate.startswith(inside) and isinstance(get_pointer(document.data, candidate), str)
        )
        # A text object's "content" is what a person writes first; "tag" values are not text.
        named = [candidate for _, candidate in strings if candidate.rsplit("/", 1)[-1] == "content"]
        others = [candidate for _, candidate in strings if candidate.rsplit("/", 1)[-1] != "tag"]
        chosen = next(iter(named or others), None)
        element = document.source_map.locate(pointer)
        if chosen is None:
            self.editor.select_range(element.offset, element.offset)
        else:
            span = document.source_map.locate(chosen)
            self.editor.select_range(span.offset + 1, span.end_offset - 1)
        self._sync_selection(pointer)

    def _on_insert_requested(self, tag: str) -> None:
        self.insert_component(tag)
        self.editor.setFocus()

    def _on_element_dropped(self, tag: str, offset: int) -> None:
        self.insert_component(tag, offset)

    def _on_move_requested(self, pointer: str, delta: int) -> None:
        document = self.session.flush()
        edit = move_element(document, pointer, delta)
        if edit is None:
            self.show_notice(self.tr("“{0}” cannot move further that way.").format(pointer))
            return
        self.editor.apply_edits([edit])
        parent, _, index = pointer.rpartition("/")
        self.reveal_pointer(f"{parent}/{int(index) + delta}")

    def _on_delete_requested(self, pointer: str) -> None:
        document = self.session.flush()
        try:
            edit = delete_element(document, pointer)
        except ValueError as exc:
            self.show_notice(self.tr("Cannot delete: {0}.").format(error_text(exc)))
            return
        self.editor.apply_edits([edit])
        self.session.flush()

    def format_document(self) -> None:
        self._rewrite(format_json, self.tr("format"))

    def minify_document(self) -> None:
        self._rewrite(minify_json, self.tr("minify"))

    def _rewrite(self, transform: Any, what: str) -> None:
        try:
            new_text = transform(self.editor.toPlainText())
        except ValueError as exc:
            self.show_notice(self.tr("Cannot {0}: {1}").format(what, error_text(exc)))
            return
        self.editor.replace_text(new_text)
        self.session.flush()

    # ================================================================= clipboard

    def copy_card_json(self) -> bool:
        document = self.session.flush()
        if document.card is None:
            self.show_notice(self.tr("Nothing to copy: the text is not a card yet."))
            return False
        QGuiApplication.clipboard().setText(json.dumps(document.card, ensure_ascii=False, indent=2))
        self.statusBar().showMessage(self.tr("Card JSON copied"), 4000)
        return True

    def copy_request_body(self) -> bool:
        document = self.session.flush()
        if document.card is None:
            self.show_notice(self.tr("Nothing to copy: the text is not a card yet."))
            return False
        body = document.data if document.is_request_body else {**_BODY_PLACEHOLDERS, "card": document.card}
        QGuiApplication.clipboard().setText(json.dumps(body, ensure_ascii=False, indent=2))
        self.statusBar().showMessage(self.tr("Request body copied (fill in chat_id and open_id)"), 4000)
        return True

    # ================================================================= preview, theme, closing

    def _on_preview_options_changed(self, options: RenderOptions) -> None:
        self._saving(lambda: self.app_settings.set_preview_options(options))

    def _on_url_requested(self, url: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Open Link"),
            self.tr("The card links to:\n{0}\n\nOpen it in your browser?").format(url),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl(url))

    def set_theme(self, choice: ThemeChoice) -> None:
        """Switch the window to light, dark or the system's scheme (the card preview keeps its
        own theme); the choice is saved and used at the next start."""
        # The palette is the application's: every window of these settings takes the choice
        # from their ``changed`` (``_on_settings_changed``), so its menu ticks it, its icons
        # are re-tinted, and a later system change finds the same choice in all.
        self.change_settings(lambda settings: setattr(settings, "ui_theme", choice))

    def _on_settings_changed(self, settings: Settings) -> None:
        if settings.ui_theme != self._theme_choice:
            self._theme_choice = settings.ui_theme
            self._show_theme(resolve_theme(settings.ui_theme))

    def _on_system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme_choice == "system":
            self._show_theme(resolve_theme("system"))

    def _show_theme(self, theme: ThemeName) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.theme = theme
        # The new application palette reaches the widgets by posted events: use it directly.
        palette = palette_for(theme)
        self.editor.set_palette_colors(palette)
        self.palette_model.retint(palette)
        self.outline_model.retint(palette)
        retint_themed_icons(palette)  # the panes' and the send features' buttons
        restyle_status_widgets(theme == "dark")  # status lines and banners of every pane
        self.commands.show_theme(self._theme_choice, palette)

    @property
    def settings(self) -> Settings:
        """The settings as this process last read or wrote them (read-only: see ``change_settings``)."""
        return self.app_settings.current

    def change_settings(self, change: Callable[[Settings], None]) -> None:
        """Apply ``change`` to the settings (read from the file just before writing: the send
        features and the CLI save their recent chats in the same file)."""
        self._saving(lambda: self.app_settings.update(change))

    def _saving(self, save: Callable[[], object]) -> None:
        """Run ``save``; a file that cannot be written is said in the status bar (the change
        still holds for the rest of this run)."""
        try:
            save()
        except OSError as exc:
            log.warning("settings not saved: %s", exc)
            self.show_status(self.tr("Settings not saved: {0}").format(exc.strerror or exc))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files.open_dropped(paths)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._hide_stale_tab_bars)

    def _hide_stale_tab_bars(self) -> None:
        """Work around Qt 6.12 leaving a visible copy of a dock tab bar when several tab groups
        are made before the window is shown: the copy stays where the first layout put it.

        A live bar sits right above (North tabs) the dock of its current tab; a copy does not.
        """
        docks = {dock.windowTitle(): dock for dock in self.findChildren(QDockWidget) if not dock.isFloating()}
        for bar in self.findChildren(QTabBar):
            if bar.parent() is not self or not bar.isVisible():
                continue
            dock = docks.get(bar.tabText(bar.currentIndex())) if bar.count() else None
            geometry = bar.geometry()
            live = (
                dock is not None
                and dock.isVisible()
                and abs(geometry.x() - dock.x()) <= 2
                and abs(geometry.width() - dock.width()) <= 2
                and abs(geometry.bottom() + 1 - dock.y()) <= 4
            )
            if not live:
                bar.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        state = base64.b64encode(bytes(self.saveState().data())).decode("ascii")

        def change(settings: Settings) -> None:
            settings.window_geometry = geometry
            settings.window_state = state

        self.change_settings(change)
        self.recovery.closed()
        event.accept()
        # The send features end this window's background work, and only this window's.
        features = getattr(self, "send_features", None)
        if features is not None:
            features.window_closed()
