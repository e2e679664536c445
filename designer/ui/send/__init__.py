"""Sending from the window: accounts, the recipient picker, the send panel, history, sandbox inbox.

The main window calls ``install(window, sandbox=...)`` at the end of its constructor; it adds

* a "Send" dock: the recipient picker (``recipientPicker``) above the send panel (``sendPanel``),
* a "History" dock (``sendHistory``) and, with ``--sandbox``, a "Sandbox inbox" dock,
* the profile menu on the main toolbar, the Send action (Ctrl+Enter), Accounts… (in the
  window's Tools menu),
* the active profile in the status bar,

and returns the ``SendFeatures`` holding them (also kept as ``window.send_features``).
Nothing here reaches the keyring or the network while the window opens: the docks are empty
until first shown, each pane (and the data types, history and long connection it imports) is
built when its dock comes on screen or its action is first used, the picker loads the chats
when the Send pane comes on screen, Accounts… imports its dialog when chosen, the session makes
its send service and a client when first needed (issue 10).
The window calls ``window_closed()`` from its close event: that ends this window's background
work only (other windows' goes on), without waiting for it.
The window API used: ``current_document()``, ``reveal_pointer(pointer)``, ``open_text(text,
title)``, ``add_dock(dock, area)``, ``main_toolbar()``, ``tools_menu()``, ``statusBar()``.
"""

from designer.ui.send.features import SendFeatures, install

__all__ = ["SendFeatures", "install"]
