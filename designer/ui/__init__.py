"""The designer window and its panes (Qt).

Public API::

    MainWindow(file=None, *, sandbox=False, settings_path=None)
"""

from designer.ui.main_window import MainWindow

__all__ = ["MainWindow"]
