"""Long card text is laid out in linear time (issue 9: 24 KB of markdown lines took 4.4 s)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from designer.render.text import TextStyle, plain_document, rich_document
from designer.render.theme import LIGHT
from tests.linearity import GROWTH_BOUND, growth


@pytest.mark.parametrize(
    "unit",
    [
        "line\n",  # one paragraph of many short lines (a line break run each)
        "a<br>",
        "**b** *i* [l](https://x.cn) <at id=ou_1></at> ",  # many differently styled runs
    ],
)
def test_markdown_layout_grows_linearly(qapp: Any, unit: str) -> None:
    def make(size: int) -> Callable[[], object]:
        content = unit * (size // len(unit))

        def work() -> object:
            doc = rich_document(content, "lark_md", LIGHT, TextStyle(), "en_us")
            doc.setTextWidth(560)
            return doc.size()  # the layout itself, as the card's text node asks for it

        return work

    assert growth(make, 3_000) < GROWTH_BOUND


def test_plain_text_layout_grows_linearly(qapp: Any) -> None:
    def make(size: int) -> Callable[[], object]:
        content = "line\n" * (size // 5)

        def work() -> object:
            doc = plain_document(content, LIGHT, TextStyle(), "en_us")
            doc.setTextWidth(560)
            return doc.size()

        return work

    assert growth(make, 3_000) < GROWTH_BOUND


def test_built_document_holds_every_line(qapp: Any) -> None:
    # The build runs in one edit block: the text must still all be there, line for line.
    doc = rich_document("a 😀\n" * 300 + "**end**", "lark_md", LIGHT, TextStyle(), "en_us")
    assert doc.toPlainText().split("\n") == ["a 😀"] * 300 + ["end"]  # (line breaks read as "\n")
    doc.setTextWidth(560)
    assert doc.size().height() > 300 * 14
