"""``card-designer [FILE] [--sandbox]``: open the designer window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from designer._cli import add_window_arguments, say, words
from designer.messages import Text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from designer.ui import MainWindow

# Set to 1, the app quits once the window has painted and the events queued by then are
# handled: how benchmarks/bench_startup.py times a start, from launch to a window ready for input.
EXIT_WHEN_IDLE = "CARD_DESIGNER_EXIT_WHEN_IDLE"


WINDOW_DESCRIPTION = Text("Open the Card Designer window.")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="card-designer", description=words(WINDOW_DESCRIPTION))
    add_window_arguments(parser)
    return parser


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    if args.self_check:
        from designer._cli import self_check

        return self_check.run(args)
    # Qt aborts with a message that names neither the library nor the package when its platform
    # plugin cannot load; say which packages to install instead, before Qt is imported.
    from designer._cli.qt_preflight import check_platform

    problem = check_platform()
    if problem is not None:
        say(problem.message(), file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    window = open_window(args)
    if os.environ.get(EXIT_WHEN_IDLE) == "1":
        quit_when_painted(window)
    window.show()
    return QApplication.exec()


def quit_when_painted(window: QWidget) -> None:
    """Quit the application once ``window`` has painted itself and the loop is idle again.

    Not a zero timer right after ``show()``: that fires before the platform has even exposed
    the window, so nothing would have been drawn yet.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class _QuitAfterPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # The window's children paint right after it, in the same pass: quit after that.
                QTimer.singleShot(0, QApplication.quit)
            return False

    window.installEventFilter(_QuitAfterPaint(window))


def open_window(args: argparse.Namespace, *, offer_restore: bool = True) -> MainWindow:
    """Set up the application (names, icon, remembered theme, translation) and build the window.

    Qt is imported only here, so the script sub-commands never load it.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from designer import __version__
    from designer.store.atomic import remove_stale_temp_files
    from designer.store.paths import config_dir, data_dir
    from designer.ui import MainWindow
    from designer.ui.app_settings import AppSettings
    from designer.ui.app_theme import apply_theme, resolve_theme
    from designer.ui.exception_hook import install_exception_hook
    from designer.ui.resources import app_icon, resource_path

    app = QApplication.instance() or QApplication(["card-designer"])
    assert isinstance(app, QApplication)
    # An exception in a slot is logged and shown in the window, never the end of the app.
    install_exception_hook()
    app.setApplicationName("Card Designer")
    app.setApplicationDisplayName("Card Designer")
    app.setOrganizationName("card-designer")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    # Temporary files of writes that a killed run never finished would otherwise stay for ever.
    remove_stale_temp_files([config_dir(), data_dir()])
    # The process's one settings object: the window made below reads and changes this same one.
    settings = AppSettings.of().current
    # The remembered window theme from the first frame on (the window applies it too).
    apply_theme(app, resolve_theme(settings.ui_theme))
    language = settings.ui_language or QLocale().name()
    # The window's language for everything that asks QLocale() (the preview's "only visible to
    # you" badge, the templates' language), not only for the translated texts.
    QLocale.setDefault(QLocale(language))
    if language.lower().startswith("zh"):
        for folder, name in (
            (str(resource_path("translations")), "card_designer_zh_CN"),
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_zh_CN"),
        ):
            translator = QTranslator(app)  # owned by the application: it lives as long
            if translator.load(name, folder):
                app.installTranslator(translator)
    return MainWindow(args.file, sandbox=args.sandbox, offer_restore=offer_restore)
