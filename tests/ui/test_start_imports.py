"""What the window loads before its first frame (issue 10): not what that frame does not show.

A fresh interpreter opens the window as ``card-designer`` does and reports ``sys.modules`` at
the first paint (this test process has loaded everything already); then it draws a card with a
chart, which must still come out as a chart. The send panes, the callbacks pane, the history
and what they import are built when first shown or used (tests/ui/test_lazy_docks.py).
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

_FIRST_PAINT = """
import argparse, json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from designer._cli import gui

app = QApplication(["card-designer"])
window = gui.open_window(argparse.Namespace(file=None, sandbox=False), offer_restore=False)
report = {}


class AtFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not report:
            report["loaded"] = sorted(sys.modules)
            QTimer.singleShot(0, app.quit)
        return False


window.installEventFilter(AtFirstPaint(window))
window.show()
app.exec()

from designer.cards import parse
from designer.render import RenderOptions, render_image

card = {"elements": [{"tag": "chart", "chart_spec": {"type": "bar", "data": {"values": [
    {"x": "一", "y": 3}, {"x": "二 👋", "y": 5}]}, "xField": "x", "yField": "y"}}]}
doc = parse(json.dumps(card, ensure_ascii=False))
image = render_image(doc, RenderOptions())
from designer.render.context import DRAWERS
report["chart_drawer"] = DRAWERS["chart"].__module__
report["drawn"] = [image.width(), image.height()]
print(json.dumps(report))
"""


@functools.cache
def _first_paint() -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT],
        cwd=ROOT,
        env=dict(os.environ),  # offscreen, the test's own platform folders (tests/conftest.py)
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_the_window_shows_before_loading_the_chart_drawer_which_still_draws_charts() -> None:
    report = _first_paint()
    loaded = set(report["loaded"])
    assert "designer.render.components.content" in loaded  # the harness saw the window's start
    assert not {"designer.render.components.chart", "designer.render.components.chart_spec"} & loaded
    # The first chart loads the real drawer, which takes its place.
    assert report["chart_drawer"] == "designer.render.components.chart"
    width, height = report["drawn"]
    assert width > 0 and height > 0


# What the first frame does not show (the Send, Send history and Callbacks panes are tabs
# behind the preview and the problems), and what only they import.
NOT_AT_START = {
    "pydantic",
    "httpx",
    "websockets",
    "keyring",
    "designer.feishu._models",
    "designer.feishu._client",
    "designer.feishu._longconn",
    "designer.feishu._callbacks",
    "designer.sending",
    "designer.store.history",
    "designer.sandbox",
    "designer.ui.callbacks_pane",
    "designer.ui.send.history_view",
    "designer.ui.send.send_panel",
    "designer.ui.send.recipient_picker",
    "designer.ui.send.inbox_view",
    "designer.ui.send.accounts_dialog",
}


def test_the_window_shows_before_loading_the_send_panes_the_history_or_pydantic() -> None:
    loaded = set(_first_paint()["loaded"])
    assert "designer.ui.send.features" in loaded  # the send features' shell is there
    assert NOT_AT_START & loaded == set()
