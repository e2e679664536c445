"""The designer window: palette and outline (left), JSON editor (centre), preview (right),
problems (bottom), status bar; files, templates, autosave and crash recovery.

The window wires the panes together and owns no card logic: the text lives in the editor,
``CardSession`` parses it once per change, and every pane reads that one ``Document``.
Palette inserts, outline moves/deletes and format are text edits applied through the editor,
so one undo stack covers them. The send features plug in through ``designer.ui.send.install``.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStyle,
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
from designer.store.atomic import write_text_atomic
from designer.store.autosave import SAVE_AFTER_CHANGE_MS, AutosaveStore, Recovered
from designer.store.settings import PreviewSettings, Settings, ThemeChoice, load_settings, update_settings
from designer.ui.about_dialog import AboutDialog
from designer.ui.app_theme import ThemeName, apply_theme, palette_for, resolve_theme
from designer.ui.card_session import CardSession
from designer.ui.find_bar import FindBar
from designer.ui.json_editor import JsonEditor
from designer.ui.outline import CardOutline, OutlineModel
from designer.ui.palette import ElementPalette, PaletteModel
from designer.ui.preview_pane import PreviewPane
from designer.ui.problems import ProblemsModel, ProblemsView
from designer.ui.resources import app_icon, retint_themed_icons, ui_icon
from designer.ui.shortcuts_dialog import set_tip, show_shortcuts
from designer.ui.template_gallery import BLANK_CARD, TemplateGallery

log = logging.getLogger("designer.ui")

APP_TITLE = "Card Designer"
MAX_FILE_BYTES = 5 * 1024 * 1024  # far above any card (30 KB): anything bigger is the wrong file
NOTICE_MS = 8000
CARD_FILTER = "Card JSON (*.json);;All files (*)"
# A request body for the copy action when the text is a bare card (docs/feishu/ephemeral.md).
_BODY_PLACEHOLDERS = {"chat_id": "oc_xxx", "open_id": "ou_xxx", "msg_type": "interactive"}


def _standard_keys(key: QKeySequence.StandardKey, usual: str) -> list[QKeySequence]:
    """The platform's main binding of ``key``, and ``usual`` too: Windows has no Quit key and
    closes with Ctrl+F4, yet Ctrl+Q / Ctrl+W are what people press (and the docs name)."""
    bindings = QKeySequence.keyBindings(key)[:1]
    if QKeySequence(usual) not in bindings:
        bindings.append(QKeySequence(usual))
    return bindings


class MainWindow(QMainWindow):
    """The Card Designer main window.

    Signals:
        document_changed(Document): the text was parsed after a change (debounced, once per change).
    """

    document_changed = Signal(object)
    _autosave_failed = Signal(str)  # from the autosave's writer thread (queued to this one)

    def __init__(
        self,
        file: str | None = None,
        *,
        sandbox: bool = False,
        settings_path: Path | None = None,
        offer_restore: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        self.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)
        self._sandbox = sandbox
        self._settings_path = settings_path
        # Read-only copy for this window; every change goes through _change_settings.
        self._settings: Settings = load_settings(settings_path)
        self._theme_choice: ThemeChoice = self._settings.ui_theme
        self._theme: ThemeName = resolve_theme(self._theme_choice)
        self._autosaved_text: str | None = None

        # ----- centre: editor, find bar, notices
        self.editor = JsonEditor(self)
        font = self.editor.font()
        font.setPointSize(self._settings.editor_font_size)
        self.editor.setFont(font)
        self.find_bar = FindBar(self.editor, self)
        self.notice = QLabel(self)
        self.notice.setObjectName("editorNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel#editorNotice { background: #fff4e5; color: #8a4b00; padding: 6px 10px;"
            " border-bottom: 1px solid #f5d7a8; }"
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
        self.preview = PreviewPane(self._render_options(self._settings.preview), self)
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

        # ----- actions, menus, toolbar
        self._toolbar = QToolBar(self.tr("Main"), self)
        self._toolbar.setObjectName("mainToolbar")
        self._toolbar.setIconSize(QSize(18, 18))
        self._toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self._toolbar)
        self._icon_actions: list[tuple[QAction, str, QStyle.StandardPixmap]] = []
        self._build_actions()
        self._show_theme(self._theme)

        # ----- wiring
        self.session.document_changed.connect(self._on_document_changed)
        self.session.file_path_changed.connect(self._update_title)
        self.editor.document().modificationChanged.connect(self.setWindowModified)
        self.editor.cursorPositionChanged.connect(self._on_cursor_position_changed)
        self.editor.files_dropped.connect(self._on_files_dropped)
        self.editor.element_dropped.connect(self._on_element_dropped)
        self.palette_view.insert_requested.connect(self._on_insert_requested)
        self.outline_view.pointer_selected.connect(self._on_outline_pointer_selected)
        self.outline_view.move_requested.connect(self._on_move_requested)
        self.outline_view.delete_requested.connect(self._on_delete_requested)
        self.problems_view.diagnostic_activated.connect(self._on_diagnostic_activated)
        self.preview.element_clicked.connect(self.reveal_pointer)
        self.preview.url_requested.connect(self._on_url_requested)
        self.preview.options_changed.connect(self._on_preview_options_changed)

        # ----- autosave and saved layout
        self._autosave = AutosaveStore()
        # Throttled, not debounced: the first change starts the timer and later ones do not
        # restart it, so text is kept shortly after typing pauses and at least every interval
        # while it goes on (a crash loses at most about SAVE_AFTER_CHANGE_MS of typing).
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(SAVE_AFTER_CHANGE_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self.editor.document().contentsChanged.connect(self._autosave_soon)
        self._autosave_failed.connect(self._on_autosave_failed)
        self.resize(1440, 900)

        # ----- the first document
        if file is not None:
            if not self.open_file(Path(file), interactive=False):
                self._set_text(BLANK_CARD, None, "")
            # Unsaved work of this very file from a crash is offered too (else saving the file
            # would drop it unasked); other documents' work waits for the next plain start.
            opened = self.session.file_path
            mine = (
                [
                    item
                    for item in self._autosave.recoverable()
                    if item.file_path and opened and Path(item.file_path).resolve() == opened.resolve()
                ]
                if offer_restore
                else []
            )
            if mine:
                QTimer.singleShot(0, self, lambda: self._offer_restore(mine, only_these=True))
        else:
            self._set_text(BLANK_CARD, None, "")
            # A window opened to show one of several restored documents must not offer the
            # others again (they are being restored into their own windows right now).
            recovered = self._autosave.recoverable() if offer_restore else []
            if recovered:
                QTimer.singleShot(0, self, lambda: self._offer_restore(recovered))
        self._update_title()

        # The send features (issue 6) plug in here; the window works without them.
        try:
            from designer.ui import send
        except ImportError:
            send = None  # type: ignore[assignment]
        if send is not None:
            send.install(self, sandbox=self._sandbox, settings_path=self._settings_path)
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
        if not self._maybe_save():
            return
        self._set_text(text, None, title)
        self.editor.document().setModified(True)

    def preview_view(self) -> CardView:
        return self.preview.view

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        """Add a pane; it comes back where the user left it last time."""
        if not dock.objectName():
            raise ValueError("a dock needs an objectName so its place can be remembered")
        self.addDockWidget(area, dock)
        self.restoreDockWidget(dock)
        self._view_menu.addAction(dock.toggleViewAction())

    def main_toolbar(self) -> QToolBar:
        return self._toolbar

    def tools_menu(self) -> QMenu:
        """The Tools menu, where added features put their commands (Accounts…)."""
        return self._tools_menu

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

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | list[QKeySequence] | None = None,
        icon: str | None = None,
        fallback: QStyle.StandardPixmap | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            set_tip(action, tip)
        action.triggered.connect(slot)
        if icon is not None:
            self._icon_actions.append(
                (action, icon, fallback if fallback is not None else QStyle.StandardPixmap.SP_FileIcon)
            )
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        SP = QStyle.StandardPixmap
        self.new_action = self._action(
            self.tr("&New…"),
            self.new_from_gallery,
            QKeySequence.StandardKey.New,
            "new",
            SP.SP_FileIcon,
            self.tr("New card from a blank card or a template"),
        )
        self.open_action = self._action(
            self.tr("&Open…"),
            self._on_open_triggered,
            QKeySequence.StandardKey.Open,
            "open",
            SP.SP_DialogOpenButton,
            self.tr("Open a card JSON file"),
        )
        self.save_action = self._action(
            self.tr("&Save"),
            self.save,
            QKeySequence.StandardKey.Save,
            "save",
            SP.SP_DialogSaveButton,
            self.tr("Save the card"),
        )
        self.save_as_action = self._action(
            self.tr("Save &As…"), self.save_as, QKeySequence.StandardKey.SaveAs
        )
        self.close_action = self._action(
            self.tr("&Close Window"), self.close, _standard_keys(QKeySequence.StandardKey.Close, "Ctrl+W")
        )
        self.quit_action = self._action(
            self.tr("&Quit"), self.quit_all, _standard_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q")
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self._action(
            self.tr("&Undo"),
            self.editor.undo,
            QKeySequence.StandardKey.Undo,
            "undo",
            SP.SP_ArrowBack,
            self.tr("Undo the last change"),
        )
        self.redo_action = self._action(
            self.tr("&Redo"),
            self.editor.redo,
            "Ctrl+Shift+Z",
            "redo",
            SP.SP_ArrowForward,
            self.tr("Redo the change undone last"),
        )
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.editor.undoAvailable.connect(self.undo_action.setEnabled)
        self.editor.redoAvailable.connect(self.redo_action.setEnabled)
        self._build_clipboard_actions()
        self.find_action = self._action(
            self.tr("&Find…"), lambda: self.find_bar.open_find(False), QKeySequence.StandardKey.Find
        )
        self.replace_action = self._action(
            self.tr("&Replace…"), lambda: self.find_bar.open_find(True), "Ctrl+H"
        )
        self.goto_action = self._action(self.tr("&Go to Line…"), self._on_goto_triggered, "Ctrl+G")
        self.format_action = self._action(
            self.tr("&Format Document"),
            self.format_document,
            "Ctrl+Shift+F",
            "format",
            SP.SP_FileDialogDetailedView,
            self.tr("Indent the JSON"),
        )
        self.minify_action = self._action(self.tr("&Minify"), self.minify_document, "Ctrl+Shift+M")
        self.copy_card_action = self._action(
            self.tr("Copy Card &JSON"),
            self.copy_card_json,
            "Ctrl+Shift+C",
            "copy",
            SP.SP_FileDialogContentsView,
            self.tr("Copy the card JSON to the clipboard"),
        )
        self.copy_body_action = self._action(
            self.tr("Copy Request &Body"),
            self.copy_request_body,
            None,
            None,
            None,
            self.tr("Copy an ephemeral send request body with this card"),
        )
        self.system_theme_action = self._action(self.tr("&System"), lambda: self.set_theme("system"))
        self.light_action = self._action(self.tr("&Light"), lambda: self.set_theme("light"))
        self.dark_action = self._action(self.tr("&Dark"), lambda: self.set_theme("dark"))
        theme_group = QActionGroup(self)
        for action in (self.system_theme_action, self.light_action, self.dark_action):
            action.setCheckable(True)
            theme_group.addAction(action)
        # "System" follows the desktop switching between light and dark while the app runs.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts)
        self.about_action = self._action(self.tr("&About Card Designer"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions([self.copy_card_action, self.copy_body_action])
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.cut_action, self.copy_action, self.paste_action, self.select_all_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.replace_action, self.goto_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.format_action, self.minify_action])
        self._view_menu = menu_bar.addMenu(self.tr("&View"))
        self._tools_menu = menu_bar.addMenu(self.tr("&Tools"))
        self._tools_menu.setObjectName("toolsMenu")
        theme_menu = self._view_menu.addMenu(self.tr("Window &Theme"))
        theme_menu.addActions([self.system_theme_action, self.light_action, self.dark_action])
        self._view_menu.addSeparator()
        for dock in (self.palette_dock, self.outline_dock, self.preview_dock, self.problems_dock):
            self._view_menu.addAction(dock.toggleViewAction())
        # Help comes last in the menu bar, as on every desktop.
        self._help_menu = QMenu(self.tr("&Help"), self)
        self._help_menu.setObjectName("helpMenu")
        self._help_menu.addAction(self.shortcuts_action)
        self._help_menu.addSeparator()
        self._help_menu.addAction(self.about_action)
        menu_bar.addMenu(self._help_menu)

        self._toolbar.addActions([self.new_action, self.open_action, self.save_action])
        self._toolbar.addSeparator()
        self._toolbar.addActions([self.undo_action, self.redo_action])
        self._toolbar.addSeparator()
        self._toolbar.addActions([self.format_action, self.copy_card_action])

    def _build_clipboard_actions(self) -> None:
        """Cut / Copy / Paste / Select All of the Edit menu, acting on the editor.

        Their keys belong to the editor only (WidgetShortcut): Ctrl+C in the find bar or a
        pane's list must act there, not copy the editor's selection.
        """
        editor = self.editor
        self.cut_action = self._action(self.tr("Cu&t"), editor.cut, QKeySequence.StandardKey.Cut)
        self.copy_action = self._action(self.tr("&Copy"), editor.copy, QKeySequence.StandardKey.Copy)
        self.paste_action = self._action(self.tr("&Paste"), editor.paste, QKeySequence.StandardKey.Paste)
        self.select_all_action = self._action(
            self.tr("Select &All"), editor.selectAll, QKeySequence.StandardKey.SelectAll
        )
        for action in (self.cut_action, self.copy_action, self.paste_action, self.select_all_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            editor.addAction(action)
        self.cut_action.setEnabled(False)
        self.copy_action.setEnabled(False)
        editor.copyAvailable.connect(self._on_copy_available)
        QGuiApplication.clipboard().dataChanged.connect(self._update_paste_action)
        self._update_paste_action()

    def _on_copy_available(self, available: bool) -> None:
        self.copy_action.setEnabled(available)
        self.cut_action.setEnabled(available and not self.editor.isReadOnly())

    def _update_paste_action(self) -> None:
        self.paste_action.setEnabled(self.editor.canPaste())

    def quit_all(self) -> None:
        """Close every window, each asking about its unsaved work; stop at the first "Cancel"."""
        QApplication.closeAllWindows()

    def show_shortcuts(self) -> None:
        show_shortcuts(self)

    def show_about(self) -> None:
        dialog = self.findChild(AboutDialog)
        if dialog is None:  # asked again while open: the same one comes to the front
            dialog = AboutDialog(self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _retint_icons(self, palette: QPalette | None = None) -> None:
        style = self.style()
        for action, name, fallback in self._icon_actions:
            icon = ui_icon(name, palette or self.palette())
            action.setIcon(icon if not icon.isNull() else style.standardIcon(fallback))

    def _restore_layout(self) -> None:
        with contextlib.suppress(ValueError):
            if self._settings.window_geometry:
                self.restoreGeometry(QByteArray(base64.b64decode(self._settings.window_geometry)))
            if self._settings.window_state:
                self.restoreState(QByteArray(base64.b64decode(self._settings.window_state)))

    # ================================================================= document plumbing

    def _set_text(self, text: str, path: Path | None, title: str) -> None:
        """Load ``text`` as a new document (fresh undo history, not modified)."""
        if self._autosaved_text is not None:  # the old text was saved or discarded by now
            self._autosave.discard(self.session.doc_id)
        self.session.new_doc_id()
        self.session.set_file_path(path, title)
        self.editor.setPlainText(text)
        self.editor.document().setModified(False)
        self._autosaved_text = None
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
        self.size_label.setStyleSheet("color: #f54a45;" if over else "")
        # Counted from the Document by severity: an info (e.g. "needs Feishu 7.x") is no warning.
        errors, warnings = len(document.errors), len(document.warnings)
        if errors:
            text = self.tr("✕ %n error(s)", "", errors)
            if warnings:
                text += " · " + self.tr("%n warning(s)", "", warnings)
            self.validity_label.setStyleSheet("color: #f54a45;")
        elif warnings:
            text = self.tr("⚠ %n warning(s)", "", warnings)
            self.validity_label.setStyleSheet("color: #d97706;")
        else:
            text = self.tr("✓ Valid")
            self.validity_label.setStyleSheet("color: #2ea121;")
        self.validity_label.setText(text)

    def _pointer_at_cursor(self, document: Document) -> str | None:
        if document.text != self.editor.toPlainText():
            return None
        return document.source_map.pointer_at(self.editor.cursor_offset())

    def _sync_selection(self, pointer: str | None) -> None:
        """Show ``pointer``'s element as current in the outline and highlighted in the preview."""
        self.outline_view.select_pointer(pointer)
        index = self.outline_model.index_for(pointer) if pointer is not None else None
        element = index.data(Qt.ItemDataRole.UserRole + 1) if index is not None and index.isValid() else None
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

    def _on_goto_triggered(self) -> None:
        line, ok = QInputDialog.getInt(
            self,
            self.tr("Go to Line"),
            self.tr("Line (1–{0}):").format(self.editor.blockCount()),
            self.editor.textCursor().blockNumber() + 1,
            1,
            self.editor.blockCount(),
        )
        if ok:
            self.editor.go_to_line(line)

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

    # ================================================================= files

    def new_from_gallery(self) -> None:
        if not self._maybe_save():
            return
        gallery = TemplateGallery(self, self._theme)
        try:
            if gallery.exec() == TemplateGallery.DialogCode.Accepted:
                title, text = gallery.chosen()
                self._set_text(text, None, title)
        finally:
            gallery.deleteLater()

    def _on_open_triggered(self) -> None:
        if not self._maybe_save():
            return
        start = self._settings.last_template_dir or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open Card"), start, self.tr(CARD_FILTER))
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
        self._set_text(text, path, "")
        self._remember_file(path)
        return True

    def _file_problem(self, path: Path, reason: str, interactive: bool) -> bool:
        message = self.tr("Could not open {0}: {1}.").format(path, reason)
        if interactive:
            QMessageBox.warning(self, self.tr("Open Card"), message)
        else:
            self.show_notice(message)
        return False

    def save(self) -> bool:
        path = self.session.file_path
        return self.save_as() if path is None else self._write(path)

    def save_as(self) -> bool:
        suggested = (
            self.session.file_path or Path(self._settings.last_template_dir or Path.home()) / "card.json"
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Card"), str(suggested), self.tr(CARD_FILTER)
        )
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".json")
            # The dialog confirmed overwriting NAME, not NAME.json: ask about that file here.
            if path.exists():
                answer = QMessageBox.question(
                    self,
                    self.tr("Save Card"),
                    self.tr("{0} already exists. Replace it?").format(path),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return False
        return self._write(path)

    def _write(self, path: Path) -> bool:
        text = self.editor.toPlainText()
        existed = path.exists()
        try:
            write_text_atomic(path, text)
            if not existed:
                os.chmod(path, 0o644)  # a card file is no secret (the atomic writer defaults to 0600)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save Card"),
                self.tr("Could not save {0}: {1}.").format(path, exc.strerror or exc),
            )
            return False
        old_id = self.session.doc_id
        self.session.set_file_path(path)
        self._autosave.discard(old_id)
        self._autosave.discard(self.session.doc_id)
        self._autosaved_text = None
        self.editor.document().setModified(False)
        self._remember_file(path)
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 4000)
        return True

    def _remember_file(self, path: Path) -> None:
        def change(settings: Settings) -> None:
            settings.add_recent_file(path)
            settings.last_template_dir = str(path.resolve().parent)

        self._change_settings(change)

    def _fill_recent_menu(self) -> None:
        self._settings = load_settings(self._settings_path)  # another window may have added some
        self.recent_menu.clear()
        if not self._settings.recent_files:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
            return
        for name in self._settings.recent_files:
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _checked=False, name=name: self._open_recent(Path(name)))

    def _open_recent(self, path: Path) -> None:
        if self._maybe_save():
            self.open_file(path)

    def _maybe_save(self) -> bool:
        """True when the current text may be replaced (saved, discarded, or unchanged)."""
        if not self.editor.document().isModified():
            return True
        answer = QMessageBox.question(
            self,
            APP_TITLE,
            self.tr("“{0}” has unsaved changes. Save them?").format(self.session.title),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ----- drag and drop of files
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self._on_files_dropped(paths)

    def _on_files_dropped(self, paths: list[Path]) -> None:
        if paths and self._maybe_save():
            self.open_file(paths[0])

    # ================================================================= autosave / recovery

    def _autosave_soon(self) -> None:
        if not self._autosave_timer.isActive():
            self._autosave_timer.start()

    def autosave_now(self) -> None:
        """Keep unsaved text in the data folder (``SAVE_AFTER_CHANGE_MS`` after a change)."""
        text = self.editor.toPlainText()
        if not self.editor.document().isModified() or text == self._autosaved_text:
            return
        file_path = str(self.session.file_path) if self.session.file_path else None
        # The snapshot is taken here; the write (13 ms with its fsync, once a second while
        # typing) runs on the store's writer thread, so the keys never wait for the disk.
        self._autosave.save_later(
            self.session.doc_id,
            text,
            file_path,
            on_error=self._autosave_write_failed,
        )
        self._autosaved_text = text

    def _autosave_write_failed(self, exc: OSError) -> None:
        """(On the writer thread.) Tell this window, if it still exists, through its queue."""
        with contextlib.suppress(RuntimeError):  # the window was deleted meanwhile
            self._autosave_failed.emit(str(exc.strerror or exc))

    def _on_autosave_failed(self, reason: str) -> None:
        self._autosaved_text = None  # not kept: the next change tries again
        self.statusBar().showMessage(self.tr("Autosave failed: {0}").format(reason), NOTICE_MS)

    def _offer_restore(self, recovered: list[Recovered], *, only_these: bool = False) -> None:
        names = "\n".join(
            f"• {item.file_path or self.tr('untitled card')} ({item.saved_at:%Y-%m-%d %H:%M})"
            for item in recovered[:8]
        )
        answer = QMessageBox.question(
            self,
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
                    self._autosave.discard(item.doc_id)
            else:
                self._autosave.discard_all_recovered()
            return
        first, *others = recovered
        self.restore(first)
        for item in others:
            window = MainWindow(settings_path=self._settings_path, sandbox=self._sandbox, offer_restore=False)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.restore(item)
            window.show()

    def restore(self, item: Recovered) -> None:
        """Show a recovered autosave as unsaved changes (of its file, when it had one)."""
        path = Path(item.file_path) if item.file_path else None
        self._set_text(item.text, path, "" if path else self.tr("Recovered card"))
        self.editor.document().setModified(True)
        self.autosave_now()
        # The recovered copy goes only once this window's own autosave holds the text.
        if self._autosaved_text == self.editor.toPlainText():
            self._autosave.discard(item.doc_id)
        self.statusBar().showMessage(
            self.tr("Restored unsaved work from {0:%H:%M}").format(item.saved_at), NOTICE_MS
        )

    # ================================================================= preview, theme, closing

    @staticmethod
    def _render_options(preview: PreviewSettings) -> RenderOptions:
        return RenderOptions(
            theme=preview.theme,
            platform=preview.platform,
            width=preview.width,
            language=preview.language,
            badge=preview.badge,
            zoom=preview.zoom,
        )

    def _on_preview_options_changed(self, options: RenderOptions) -> None:
        preview = PreviewSettings(
            theme=options.theme,
            platform=options.platform,
            width=options.width,
            language=options.language,
            badge=options.badge,
            zoom=options.zoom,
        )
        self._change_settings(lambda settings: setattr(settings, "preview", preview))

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
        theme = resolve_theme(choice)
        # The palette is the application's: every window takes the choice, so its menu ticks
        # it, its icons are re-tinted, and a later system change finds the same choice in all.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget._theme_choice = choice
                widget._show_theme(theme)
        self._change_settings(lambda settings: setattr(settings, "ui_theme", choice))

    def _on_system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme_choice == "system":
            self._show_theme(resolve_theme("system"))

    def _show_theme(self, theme: ThemeName) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self._theme = theme
        # The new application palette reaches the widgets by posted events: use it directly.
        palette = palette_for(theme)
        self.editor.set_palette_colors(palette)
        self._retint_icons(palette)
        self.palette_model.retint(palette)
        self.outline_model.retint(palette)
        retint_themed_icons(palette)  # the panes' and the send features' buttons
        choice = self._theme_choice
        self.system_theme_action.setChecked(choice == "system")
        self.light_action.setChecked(choice == "light")
        self.dark_action.setChecked(choice == "dark")

    def _change_settings(self, change: Callable[[Settings], None]) -> None:
        """Apply ``change`` to the settings file as it is now and keep the result.

        Read just before writing: the send features save their recent chats in the same file,
        and a copy read at start-up would write them away.
        """
        try:
            self._settings = update_settings(change, self._settings_path)
        except OSError as exc:
            change(self._settings)  # still used for the rest of this run
            log.warning("settings not saved: %s", exc)
            self.statusBar().showMessage(
                self.tr("Settings not saved: {0}").format(exc.strerror or exc), NOTICE_MS
            )

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
        if not self._maybe_save():
            event.ignore()
            return
        self._autosave_timer.stop()
        geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        state = base64.b64encode(bytes(self.saveState().data())).decode("ascii")

        def change(settings: Settings) -> None:
            settings.window_geometry = geometry
            settings.window_state = state

        self._change_settings(change)
        self._autosave.mark_clean_exit()
        event.accept()
        # The send features end this window's background work, and only this window's.
        features = getattr(self, "send_features", None)
        if features is not None:
            features.window_closed()
