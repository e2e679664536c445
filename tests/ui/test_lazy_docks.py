"""The send features' panes are built when first shown or used (issue 10), and then work.

The window opens with the Send, Send history and Callbacks docks as empty shells (their tabs,
menus, shortcuts and toolbar actions are there); clicking a tab, choosing a menu item or
pressing a shortcut builds the pane behind it, as a person finds it. A dock the saved layout
shows at start is built before the window's first frame.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel, QLineEdit, QMenu, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from designer.feishu import ListenerStatus
from designer.ui import MainWindow
from designer.ui.send import SendFeatures

SEND_DOCKS = ("sendDock", "historyDock", "callbacksDock")


def _dock(window: MainWindow, name: str) -> QDockWidget:
    dock = window.findChild(QDockWidget, name)
    assert dock is not None, name
    return dock


def _pane_on_screen(dock: QDockWidget) -> bool:
    pane = dock.widget()
    return dock.isVisible() and pane is not None and not pane.visibleRegion().isEmpty()


def _click_tab(qtbot: QtBot, window: MainWindow, title: str) -> None:
    qtbot.wait(20)  # the window hides Qt's stale copies of tab bars right after it is shown
    clicked = 0
    for bar in window.findChildren(QTabBar):
        for index in range(bar.count()):
            if bar.tabText(index) == title and bar.isVisible():
                qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
                clicked += 1
    assert clicked, f"no visible tab {title!r}"


def _features(window: MainWindow) -> SendFeatures:
    features: SendFeatures = window.send_features
    return features


def test_a_first_start_shows_the_problems_and_builds_no_send_pane(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    assert [_dock(window, name).widget() for name in SEND_DOCKS] == [None, None, None]
    # The bottom group is Problems, Send history, Callbacks, the problems in front.
    assert _pane_on_screen(_dock(window, "problemsDock"))
    tabs = [
        [bar.tabText(index) for index in range(bar.count())]
        for bar in window.findChildren(QTabBar)
        if bar.isVisible()
    ]
    assert ["Problems", "Send history", "Callbacks"] in tabs
    assert ["Preview", "Send"] in tabs
    # What the first frame shows of them is there: the menus, the toolbar, the status bar.
    callbacks_menu = window.findChild(QMenu, "callbacksMenu")
    assert callbacks_menu is not None
    assert [action.text() for action in window.menuBar().actions()][-2:] == ["&Callbacks", "&Help"]
    toolbar = [action.text() for action in window.main_toolbar().actions() if action.text()]
    assert toolbar[-2:] == ["Send card", "&Listen for Callbacks"]
    profile = window.findChild(QLabel, "activeProfile")
    assert profile is not None and profile.isVisible()
    listening = window.findChild(QLabel, "callbacksStatusBar")
    assert listening is not None and not listening.isVisible()


def test_each_dock_is_built_when_its_tab_is_clicked_and_then_works(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    features = _features(window)

    _click_tab(qtbot, window, "Send history")
    history = _dock(window, "historyDock")
    qtbot.waitUntil(lambda: _pane_on_screen(history))
    assert history.widget() is features.history
    assert features.history.objectName() == "sendHistory"

    _click_tab(qtbot, window, "Callbacks")
    callbacks = _dock(window, "callbacksDock")
    qtbot.waitUntil(lambda: _pane_on_screen(callbacks))
    pane = features.callbacks.pane
    assert callbacks.widget() is pane
    # Choose "A toast" as a person does: the toast's fields appear.
    kind = pane.findChild(QComboBox, "answerKind")
    toast_text = pane.findChild(QLineEdit, "toastText")
    assert kind is not None and toast_text is not None and not toast_text.isVisible()
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    qtbot.waitUntil(toast_text.isVisible)
    assert kind.currentText() == "A toast"

    _click_tab(qtbot, window, "Send")
    send = _dock(window, "sendDock")
    qtbot.waitUntil(lambda: _pane_on_screen(send))
    assert features.picker.isVisible() and features.panel.isVisible()
    send_button = features.panel.findChild(QWidget, "sendButton")
    assert send_button is not None
    with qtbot.waitSignal(features.panel.send_blocked) as blocked:
        qtbot.mouseClick(send_button, Qt.MouseButton.LeftButton)
    assert "No profile" in blocked.args[0]
    window.grab().save("/tmp/start10-docks-opened.png")

    # Their shortcuts, once the panes are built, reach them once each (not a second send).
    sends: list[str] = []
    features.panel.send_blocked.connect(sends.append)
    states: list[object] = []
    features.callbacks.callbacks.state_changed.connect(states.append)
    with qtbot.waitActive(window):  # window shortcuts answer in the active window
        window.activateWindow()
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(
        window.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(sends) == 1
    assert len(states) == 1  # refused once: no profile


def test_send_and_listen_work_from_the_keyboard_before_their_panes_are_built(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    features = _features(window)
    with qtbot.waitActive(window):  # window shortcuts answer in the active window
        window.activateWindow()
    window.editor.setFocus()
    blocked: list[str] = []
    # Ctrl+Enter in the editor: the panel is built and the send goes on (no profile: refused).
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _dock(window, "sendDock").widget() is not None
    features.panel.send_blocked.connect(blocked.append)
    assert "No profile" in features.panel.status_text()
    # Ctrl+Shift+L: the callbacks pane is built and listening starts (no profile: refused).
    qtbot.keyClick(
        window.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert _dock(window, "callbacksDock").widget() is features.callbacks.pane
    assert features.callbacks.callbacks.state.status is ListenerStatus.REFUSED
    label = window.findChild(QLabel, "callbacksStatusBar")
    assert label is not None and label.isVisible() and label.text() == "Callbacks: refused"
    # A second Ctrl+Enter reaches the panel once, through its own connection.
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(blocked) == 1


def test_the_callbacks_menu_opens_its_dock_and_builds_the_pane(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    dock = _dock(window, "callbacksDock")
    # Where the person left it: floating on the screen, not behind another tab.
    dock.setFloating(True)
    dock.move(window.geometry().center())
    dock.close()
    assert dock.widget() is None
    toggle = dock.toggleViewAction()
    menu = window.findChild(QMenu, "callbacksMenu")
    assert menu is not None and toggle in menu.actions()
    toggle.trigger()  # Callbacks ▸ Callbacks
    qtbot.waitUntil(lambda: _pane_on_screen(dock))
    assert dock.widget() is _features(window).callbacks.pane


class _AtFirstPaint(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.built: dict[str, bool] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.built is None:
            assert isinstance(watched, MainWindow)
            self.built = {name: _dock(watched, name).widget() is not None for name in SEND_DOCKS}
        return False


def test_a_dock_the_saved_layout_shows_is_built_before_the_first_frame(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    first = make_window()
    _click_tab(qtbot, first, "Send")
    qtbot.waitUntil(lambda: _pane_on_screen(_dock(first, "sendDock")))
    first.close()  # saves the layout: Send in front of the preview

    settings = first.app_settings
    again = MainWindow(settings=settings, offer_restore=False)
    try:
        probe = _AtFirstPaint(again)
        again.installEventFilter(probe)
        again.show()
        qtbot.waitUntil(lambda: probe.built is not None)
        assert probe.built == {"sendDock": True, "historyDock": False, "callbacksDock": False}
        assert _pane_on_screen(_dock(again, "sendDock"))
        assert not _pane_on_screen(_dock(again, "previewDock"))
    finally:
        again.close()
        again.deleteLater()
