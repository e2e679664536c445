"""The send UI tests' card, and how they look at the window: a screenshot, the Send pane
brought to the front as a person does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

CARD = {
    "config": {"wide_screen_mode": True},
    "header": {"template": "blue", "title": {"tag": "plain_text", "content": "发布提醒 Release reminder"}},
    "elements": [
        {
            "tag": "div",
            "text": {
                "tag": "lark_md",
                "content": "**v2.4.0** goes out at 18:00 today.\n请在 17:30 前合并代码。",
            },
        },
        {"tag": "hr"},
        {
            "tag": "action",
            "actions": [
                {
                    "tag": "button",
                    "text": {"tag": "plain_text", "content": "I'm ready"},
                    "type": "primary",
                    "value": {"ok": 1},
                }
            ],
        },
    ],
}


def shot(widget: Any, name: str) -> Path:
    """Grab ``widget`` as send-<name>.png: into docs/screenshots when UPDATE_SCREENSHOTS=1 is
    set (to refresh the documentation), else into a temporary folder (the grab still runs,
    and the checked-in images are not rewritten by every test run)."""
    import os
    import tempfile

    from PySide6.QtWidgets import QApplication

    folder = (
        SCREENSHOTS
        if os.environ.get("UPDATE_SCREENSHOTS") == "1"
        else Path(tempfile.gettempdir()) / "send-ui-shots"
    )
    folder.mkdir(parents=True, exist_ok=True)
    for _ in range(3):  # let layouts settle (wrapped labels grow after their text is set)
        QApplication.processEvents()
    path = folder / f"send-{name}.png"
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path


def show_send_pane(qtbot: Any, window: QMainWindow) -> None:
    """Bring the Send pane to the front as a person does: click its tab (on a first run it shares
    the preview's place, behind it). The picker loads the chats once its pane is on screen.

    A dock behind another tab still counts as visible for Qt (``isVisible``); what is on
    screen is its visible region. The pane is built when the dock first comes on screen.
    """
    from PySide6.QtWidgets import QTabBar

    window.show()
    dock = window.findChild(QDockWidget, "sendDock")
    assert dock is not None

    def on_screen() -> bool:
        pane = dock.widget()
        return dock.isVisible() and pane is not None and not pane.visibleRegion().isEmpty()

    qtbot.waitExposed(window)
    if not on_screen():
        for bar in window.findChildren(QTabBar):
            for index in range(bar.count()):
                if bar.tabText(index) == dock.windowTitle() and bar.isVisible():
                    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(on_screen, timeout=5_000)
