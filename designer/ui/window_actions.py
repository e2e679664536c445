"""The window's commands: every ``QAction`` with its shortcut and icon, the menu bar, the main
toolbar, and the commands that are only a dialog (Go to Line, Keyboard Shortcuts, About).

What a command does to the card lives elsewhere: file commands in ``DocumentFiles``, text
edits and the theme on ``MainWindow``; this module only names them, binds their keys and
places them. The shortcuts dialog reads the shortcuts back from these actions, so a key is
written once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu, QStyle, QToolBar

from designer.store.settings import ThemeChoice
from designer.ui.about_dialog import AboutDialog
from designer.ui.resources import ui_icon
from designer.ui.shortcuts_dialog import set_tip, show_shortcuts

if TYPE_CHECKING:
    from designer.ui.main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | str | list[QKeySequence] | None


def _standard_keys(key: QKeySequence.StandardKey, usual: str) -> list[QKeySequence]:
    """The platform's main binding of ``key``, and ``usual`` too: Windows has no Quit key and
    closes with Ctrl+F4, yet Ctrl+Q / Ctrl+W are what people press (and the docs name)."""
    bindings = QKeySequence.keyBindings(key)[:1]
    if QKeySequence(usual) not in bindings:
        bindings.append(QKeySequence(usual))
    return bindings


class WindowActions(QObject):
    """The actions, menus and toolbar of one ``MainWindow`` (``window.commands``).

    The actions are added to the window, so their shortcuts work wherever the focus is in it,
    except the clipboard ones, which belong to the editor (see ``_build_clipboard_actions``).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.toolbar = QToolBar(self.tr("Main"), window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.addToolBar(self.toolbar)
        self._icon_actions: list[tuple[QAction, str, QStyle.StandardPixmap]] = []
        self._build_actions()
        self._build_menus()
        self._build_toolbar()

    # ----------------------------------------------------------------- building

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: Shortcut = None,
        icon: str | None = None,
        fallback: QStyle.StandardPixmap | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self._window)
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
        self._window.addAction(action)
        return action

    def _build_actions(self) -> None:
        SP = QStyle.StandardPixmap
        window = self._window
        files = window.files
        editor = window.editor
        self.new_action = self._action(
            self.tr("&New…"),
            files.new_from_gallery,
            QKeySequence.StandardKey.New,
            "new",
            SP.SP_FileIcon,
            self.tr("New card from a blank card or a template"),
        )
        self.open_action = self._action(
            self.tr("&Open…"),
            files.open_dialog,
            QKeySequence.StandardKey.Open,
            "open",
            SP.SP_DialogOpenButton,
            self.tr("Open a card JSON file"),
        )
        self.save_action = self._action(
            self.tr("&Save"),
            files.save,
            QKeySequence.StandardKey.Save,
            "save",
            SP.SP_DialogSaveButton,
            self.tr("Save the card"),
        )
        self.save_as_action = self._action(
            self.tr("Save &As…"), files.save_as, QKeySequence.StandardKey.SaveAs
        )
        self.close_action = self._action(
            self.tr("&Close Window"), window.close, _standard_keys(QKeySequence.StandardKey.Close, "Ctrl+W")
        )
        self.quit_action = self._action(
            self.tr("&Quit"), self.quit_all, _standard_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q")
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self._action(
            self.tr("&Undo"),
            editor.undo,
            QKeySequence.StandardKey.Undo,
            "undo",
            SP.SP_ArrowBack,
            self.tr("Undo the last change"),
        )
        self.redo_action = self._action(
            self.tr("&Redo"),
            editor.redo,
            "Ctrl+Shift+Z",
            "redo",
            SP.SP_ArrowForward,
            self.tr("Redo the change undone last"),
        )
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        editor.undoAvailable.connect(self.undo_action.setEnabled)
        editor.redoAvailable.connect(self.redo_action.setEnabled)
        self._build_clipboard_actions()
        find_bar = window.find_bar
        self.find_action = self._action(
            self.tr("&Find…"), lambda: find_bar.open_find(False), QKeySequence.StandardKey.Find
        )
        self.replace_action = self._action(self.tr("&Replace…"), lambda: find_bar.open_find(True), "Ctrl+H")
        self.goto_action = self._action(self.tr("&Go to Line…"), self.go_to_line, "Ctrl+G")
        self.format_action = self._action(
            self.tr("&Format Document"),
            window.format_document,
            "Ctrl+Shift+F",
            "format",
            SP.SP_FileDialogDetailedView,
            self.tr("Indent the JSON"),
        )
        self.minify_action = self._action(self.tr("&Minify"), window.minify_document, "Ctrl+Shift+M")
        self.copy_card_action = self._action(
            self.tr("Copy Card &JSON"),
            window.copy_card_json,
            "Ctrl+Shift+C",
            "copy",
            SP.SP_FileDialogContentsView,
            self.tr("Copy the card JSON to the clipboard"),
        )
        self.copy_body_action = self._action(
            self.tr("Copy Request &Body"),
            window.copy_request_body,
            None,
            None,
            None,
            self.tr("Copy an ephemeral send request body with this card"),
        )
        self.system_theme_action = self._action(self.tr("&System"), lambda: window.set_theme("system"))
        self.light_action = self._action(self.tr("&Light"), lambda: window.set_theme("light"))
        self.dark_action = self._action(self.tr("&Dark"), lambda: window.set_theme("dark"))
        theme_group = QActionGroup(self)
        for action in (self.system_theme_action, self.light_action, self.dark_action):
            action.setCheckable(True)
            theme_group.addAction(action)
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts)
        self.about_action = self._action(self.tr("&About Card Designer"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_clipboard_actions(self) -> None:
        """Cut / Copy / Paste / Select All of the Edit menu, acting on the editor.

        Their keys belong to the editor only (WidgetShortcut): Ctrl+C in the find bar or a
        pane's list must act there, not copy the editor's selection.
        """
        editor = self._window.editor
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

    def _build_menus(self) -> None:
        window = self._window
        menu_bar = window.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(lambda: window.files.fill_recent_menu(self.recent_menu))
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
        self.view_menu = menu_bar.addMenu(self.tr("&View"))
        self.tools_menu = menu_bar.addMenu(self.tr("&Tools"))
        self.tools_menu.setObjectName("toolsMenu")
        theme_menu = self.view_menu.addMenu(self.tr("Window &Theme"))
        theme_menu.addActions([self.system_theme_action, self.light_action, self.dark_action])
        self.view_menu.addSeparator()
        for dock in (window.palette_dock, window.outline_dock, window.preview_dock, window.problems_dock):
            self.view_menu.addAction(dock.toggleViewAction())
        # Help comes last in the menu bar, as on every desktop.
        self.help_menu = QMenu(self.tr("&Help"), window)
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        menu_bar.addMenu(self.help_menu)

    def _build_toolbar(self) -> None:
        self.toolbar.addActions([self.new_action, self.open_action, self.save_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.format_action, self.copy_card_action])

    # ----------------------------------------------------------------- state

    def _on_copy_available(self, available: bool) -> None:
        self.copy_action.setEnabled(available)
        self.cut_action.setEnabled(available and not self._window.editor.isReadOnly())

    def _update_paste_action(self) -> None:
        self.paste_action.setEnabled(self._window.editor.canPaste())

    def show_theme(self, choice: ThemeChoice, palette: QPalette) -> None:
        """Tick ``choice`` in the theme menu and draw the icons for ``palette``."""
        self.system_theme_action.setChecked(choice == "system")
        self.light_action.setChecked(choice == "light")
        self.dark_action.setChecked(choice == "dark")
        style = self._window.style()
        for action, name, fallback in self._icon_actions:
            icon = ui_icon(name, palette)
            action.setIcon(icon if not icon.isNull() else style.standardIcon(fallback))

    # ----------------------------------------------------------------- commands that are a dialog

    def quit_all(self) -> None:
        """Close every window, each asking about its unsaved work; stop at the first "Cancel"."""
        QApplication.closeAllWindows()

    def go_to_line(self) -> None:
        editor = self._window.editor
        line, ok = QInputDialog.getInt(
            self._window,
            self.tr("Go to Line"),
            self.tr("Line (1–{0}):").format(editor.blockCount()),
            editor.textCursor().blockNumber() + 1,
            1,
            editor.blockCount(),
        )
        if ok:
            editor.go_to_line(line)

    def show_shortcuts(self) -> None:
        show_shortcuts(self._window)

    def show_about(self) -> None:
        window = self._window
        dialog = window.findChild(AboutDialog)
        if dialog is None:  # asked again while open: the same one comes to the front
            dialog = AboutDialog(window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
