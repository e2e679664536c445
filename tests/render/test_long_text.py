"""Long card text is laid out in linear time (issue 9: 24 KB of markdown lines took 4.4 s)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTextCursor

from designer.render import text as text_module
from designer.render.text import TextStyle, paint_pills, plain_document, rich_document
from designer.render.theme import LIGHT
from tests.helpers.linearity import GROWTH_BOUND, growth


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


def test_text_tag_pills_paint_in_linear_time(qapp: Any) -> None:
    # Each tag scanned every line of its paragraph, on every paint: quadratic (issue 9).
    def make(size: int) -> Callable[[], object]:
        doc = rich_document(
            "<text_tag color='red'>x</text_tag>\n" * size, "lark_md", LIGHT, TextStyle(), "en_us"
        )
        doc.setTextWidth(560)
        doc.size()
        image = QImage(600, 200, QImage.Format.Format_ARGB32_Premultiplied)

        def work() -> object:
            painter = QPainter(image)
            try:
                paint_pills(doc, painter)
            finally:
                painter.end()
            return image

        return work

    assert growth(make, 150) < GROWTH_BOUND


def test_pills_are_painted_where_the_tags_are(qapp: Any) -> None:
    doc = rich_document(
        "a\n" * 5 + "<text_tag color='red'>tag</text_tag>", "lark_md", LIGHT, TextStyle(), "en_us"
    )
    doc.setTextWidth(560)
    height = round(doc.size().height())
    image = QImage(600, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    paint_pills(doc, painter)
    painter.end()
    tinted = [y for y in range(height) if image.pixelColor(4, y).name() != "#ffffff"]
    assert tinted and min(tinted) > height * 5 / 7  # on the sixth line only


@pytest.mark.parametrize("unit", ["line\n", "a<br>", "😀 飞书<br>"])
def test_plain_lines_go_in_as_one_run(qapp: Any, monkeypatch: pytest.MonkeyPatch, unit: str) -> None:
    # A format made and a run inserted per line was a third of the build of 12,000 short lines
    # (issue 9): a stretch of plain text and breaks is one insert, drawn the same.
    inserted: list[str] = []
    insert = QTextCursor.insertText

    def counted(cursor: QTextCursor, text: str, *args: Any) -> None:
        inserted.append(text)
        insert(cursor, text, *args)

    monkeypatch.setattr(QTextCursor, "insertText", counted)
    doc = rich_document(unit * 2_000 + "**end**", "lark_md", LIGHT, TextStyle(), "en_us")
    assert len(inserted) <= 3
    line = unit.replace("<br>", "\n").rstrip("\n")
    assert doc.toPlainText().split("\n") == [line] * 2_000 + ["end"]


def test_list_items_share_their_block_format_and_go_in_as_one_run(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 4,000 list items made 4,000 equal block formats and inserted marker and text apart.
    made: list[object] = []
    inserted: list[str] = []
    insert = QTextCursor.insertText

    class Counted(text_module.QTextBlockFormat):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            made.append(self)

    def counted(cursor: QTextCursor, text: str, *args: Any) -> None:
        inserted.append(text)
        insert(cursor, text, *args)

    monkeypatch.setattr(text_module, "QTextBlockFormat", Counted)
    monkeypatch.setattr(QTextCursor, "insertText", counted)
    doc = rich_document("- item 😀\n" * 500 + "    - deeper", "markdown", LIGHT, TextStyle(), "en_us")
    assert len(made) <= 2  # one per indent
    assert len(inserted) == 501
    assert doc.toPlainText().split("\n") == ["•\u2002item 😀"] * 500 + ["◦\u2002deeper"]
    doc.setTextWidth(560)
    first, deeper = doc.begin().blockFormat(), doc.lastBlock().blockFormat()
    assert deeper.leftMargin() > first.leftMargin() > 0 and first.lineHeight() == 22


def test_pills_outside_the_clip_are_not_drawn(qapp: Any) -> None:
    # 800 tags in one paragraph were all measured and drawn on every paint of any part of it.
    doc = rich_document(
        "<text_tag color='red'>tag</text_tag> 😀\n" * 800, "lark_md", LIGHT, TextStyle(), "en_us"
    )
    doc.setTextWidth(560)
    height = doc.size().height()
    drawn: list[QRectF] = []

    class Counting(QPainter):
        def drawRoundedRect(self, rect: Any, *args: Any) -> None:
            drawn.append(QRectF(rect))
            super().drawRoundedRect(rect, *args)

    image = QImage(600, round(height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    clip = QRectF(0, height / 2, 600, 220)  # ten lines in the middle
    painter = Counting(image)
    painter.setClipRect(clip)
    paint_pills(doc, painter)
    painter.end()
    assert 8 <= len(drawn) <= 14
    assert all(rect.intersects(clip) for rect in drawn)
    inside = next(rect for rect in drawn if clip.contains(rect))
    assert image.pixelColor(round(inside.left() + 2), round(inside.center().y())).name() != "#ffffff"


def test_styled_runs_share_their_char_formats(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # A font and char format made per styled run was a sixth of the first show of 30 KB of
    # bold, italic and link runs (issue 9): one per look, each run drawn as before.
    made: list[object] = []

    class Counted(text_module.QFont):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            made.append(self)

    monkeypatch.setattr(text_module, "QFont", Counted)
    unit = "**b** *i* [l](https://x.cn) 😀 <at id=ou_1></at>\n"
    doc = rich_document(unit * 500, "lark_md", LIGHT, TextStyle(), "en_us")
    assert len(made) <= 5  # bold, italic, link, mention (+ the plain text's, if not made yet)
    looks: dict[str, tuple[bool, bool, str]] = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            for piece in fragment.text().split("\u2028"):
                if piece.strip():
                    looks.setdefault(
                        piece.strip(), (fmt.font().bold(), fmt.font().italic(), fmt.anchorHref())
                    )
            it += 1
        block = block.next()
    assert looks["b"] == (True, False, "") and looks["i"] == (False, True, "")
    assert looks["l"] == (False, False, "https://x.cn") and looks["😀"][2] == ""
