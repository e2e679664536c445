"""The outline tree, also for cards that do not fit the schema."""

from __future__ import annotations

from designer.cards import outline, parse
from designer.cards.card_outline import OutlineNode
from tests.helpers.cards import card_text


def _flat(nodes: list[OutlineNode], depth: int = 0) -> list[tuple[int, str, str, str]]:
    rows: list[tuple[int, str, str, str]] = []
    for node in nodes:
        rows.append((depth, node.tag, node.label, node.pointer))
        rows += _flat(node.children, depth + 1)
    return rows


def test_outline_of_the_example(example_text: str) -> None:
    rows = _flat(outline(parse(example_text)))
    assert rows[0] == (0, "div", "overflow & datePicker 功能", "/card/elements/0")
    assert rows[1] == (0, "hr", "", "/card/elements/1")
    assert rows[2][:2] == (0, "action")
    assert rows[3] == (1, "overflow", "", "/card/elements/2/actions/0")
    assert rows[4] == (1, "date_picker", "请选择日期(配有confirm)", "/card/elements/2/actions/1")
    assert len(rows) == 10


def test_outline_header_columns_forms_panels_and_languages() -> None:
    card = {
        "header": {"title": {"tag": "plain_text", "content": "Weekly report"}},
        "i18n_elements": {
            "zh_cn": [
                {
                    "tag": "column_set",
                    "columns": [
                        {"tag": "column", "elements": [{"tag": "markdown", "content": "**左**\n第二行"}]}
                    ],
                },
                {"tag": "form", "name": "f", "elements": [{"tag": "input", "name": "email"}]},
                {
                    "tag": "collapsible_panel",
                    "header": {"title": {"tag": "markdown", "content": "More"}},
                    "elements": [{"tag": "img", "img_key": "img_v2_1"}],
                },
                {
                    "tag": "div",
                    "text": {"tag": "plain_text", "content": "d"},
                    "extra": {"tag": "img", "img_key": "k"},
                },
            ]
        },
    }
    rows = _flat(outline(parse(card_text(card))))
    assert rows == [
        (0, "header", "Weekly report", "/header"),
        (0, "i18n_elements", "zh_cn", "/i18n_elements/zh_cn"),
        (1, "column_set", "", "/i18n_elements/zh_cn/0"),
        (2, "column", "", "/i18n_elements/zh_cn/0/columns/0"),
        (3, "markdown", "**左** 第二行", "/i18n_elements/zh_cn/0/columns/0/elements/0"),
        (1, "form", "f", "/i18n_elements/zh_cn/1"),
        (2, "input", "email", "/i18n_elements/zh_cn/1/elements/0"),
        (1, "collapsible_panel", "More", "/i18n_elements/zh_cn/2"),
        (2, "img", "img_v2_1", "/i18n_elements/zh_cn/2/elements/0"),
        (1, "div", "d", "/i18n_elements/zh_cn/3"),
        (2, "img", "k", "/i18n_elements/zh_cn/3/extra"),
    ]


def test_outline_works_on_invalid_cards_and_long_labels() -> None:
    card = {
        "schema": "2.0",
        "body": {
            "elements": [{"tag": "buton", "text": 5}, "junk", {"tag": "markdown", "content": "x" * 100}]
        },
    }
    doc = parse(card_text(card))
    assert doc.model is None
    rows = _flat(outline(doc))
    assert [row[1] for row in rows] == ["buton", "markdown"]
    assert len(rows[1][2]) == 40 and rows[1][2].endswith("…")
    assert outline(parse("{")) == []
    template = outline(parse('{"type": "template", "data": {"template_id": "AAq1"}}'))
    assert [(n.tag, n.label) for n in template] == [("template", "AAq1")]
