"""The designer window and its panes (Qt).

Public API::

    MainWindow(file=None, *, sandbox=False, settings=None)  # settings: an AppSettings (app_settings.py)

The window is made of parts: ``WindowActions`` (window_actions.py), ``DocumentFiles``
(document_files.py) and ``CrashRecovery`` (crash_recovery.py).
"""

from designer.ui.main_window import MainWindow

__all__ = ["MainWindow"]
