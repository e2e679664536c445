"""A card whose height follows its width must not lay itself out for ever when the vertical
scroll bar comes and goes (seen with a pie chart: the typing test hung in the event loop)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from designer.cards import parse
from designer.render import CardView

PIE = Path(__file__).resolve().parents[1] / "data" / "cards" / "v2-chart-pie.json"


class _Looping(Exception):
    pass


def test_showing_and_hiding_the_scroll_bar_settles(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    view = CardView()
    qtbot.addWidget(view)
    view.set_document(parse(json.dumps(json.loads(PIE.read_text(encoding="utf-8")))))
    view.resize(640, 400)
    view.show()
    qtbot.waitExposed(view)
    calls = 0
    relayout = CardView._relayout

    def counted(self: CardView) -> None:
        nonlocal calls
        calls += 1
        if calls > 40:
            raise _Looping("the view kept laying itself out")
        relayout(self)

    monkeypatch.setattr(CardView, "_relayout", counted)
    content = view.widget().height()
    # Every height around the card's own: somewhere there the bar is needed at one width and
    # not at the other, which is where the old view flipped.
    for height in range(max(120, content - 60), content + 60, 3):
        calls = 0
        view.resize(640, height)
        QApplication.processEvents()
        QApplication.processEvents()
        assert calls <= 4, f"{calls} layouts for one resize to height {height}"
