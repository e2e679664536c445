"""The preview is built and laid out once while the window opens (issue 10): the first card,
the options from the settings and the saved dock sizes arrive before the window shows, and
each used to build (3 times) or lay out (4 times) the preview again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from designer.render import card_view
from designer.render.scene import CardScene
from designer.ui import MainWindow


def test_the_window_builds_and_lays_out_the_preview_once_at_start(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    work: list[str] = []

    class CountingScene(CardScene):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            work.append("build")
            super().__init__(*args, **kwargs)

        def layout(self, *args: Any, **kwargs: Any) -> tuple[float, float]:
            work.append("layout")
            return super().layout(*args, **kwargs)

    monkeypatch.setattr(card_view, "CardScene", CountingScene)
    window = make_window()
    qtbot.waitUntil(lambda: window.preview.view.canvas().isVisible())
    qtbot.wait(50)  # the events of the first show (resizes of the docks) are handled
    assert work == ["build", "layout"]
    # ...and it shows the card.
    assert window.preview.view.drawn_elements()
