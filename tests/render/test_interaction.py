"""CardView: clicks select elements, act like the client and emit Feishu's callback payload."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QCalendarWidget, QDialog, QLabel, QLineEdit, QMenu, QPlainTextEdit, QTimeEdit
from pytestqt.qtbot import QtBot

from designer.cards import parse
from designer.render import THEMES, CardView, RenderOptions
from tests.helpers.render import load_card


def pt(text: str) -> dict[str, str]:
    return {"tag": "plain_text", "content": text}


@pytest.fixture
def view(qtbot: QtBot) -> CardView:
    widget = CardView()
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    return widget


def show(view: CardView, card: dict[str, Any]) -> None:
    view.set_document(parse(json.dumps(card, ensure_ascii=False)))


def menu_of(view: CardView) -> QMenu:
    popup = view.active_popup()
    assert isinstance(popup, QMenu) and popup.objectName() == "cardOptionsMenu"
    return popup


def trigger(menu: QMenu, label: str) -> None:
    action = next(a for a in menu.actions() if a.text() == label)
    menu.triggered.emit(action)
    menu.close()


def test_contract_names(view: CardView) -> None:
    assert view.objectName() == "cardView"
    assert view.options() == RenderOptions()
    show(view, {"elements": [{"tag": "hr"}]})
    view.set_options(RenderOptions(theme="dark", zoom=1.5))
    assert view.options().theme == "dark"
    scene = view.scene()
    assert scene is not None
    assert (view.canvas().width(), view.canvas().height()) == (
        round(scene.width * 1.5),
        round(scene.height * 1.5),
    )
    assert scene.width <= view.viewport().width() / 1.5 + 1  # the card shrinks into a narrow pane


def test_click_selects_the_element_under_the_mouse(view: CardView, qtbot: QtBot) -> None:
    show(
        view,
        {
            "elements": [
                {"tag": "div", "text": pt("first")},
                {"tag": "hr"},
                {"tag": "div", "text": pt("second")},
            ]
        },
    )
    rect = next(e.rect for e in view.drawn_elements() if e.pointer == "/elements/2")
    with qtbot.waitSignal(view.element_clicked) as blocker:
        qtbot.mouseClick(
            view.canvas(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(round(rect.center().x()), round(rect.center().y())),
        )
    assert blocker.args == ["/elements/2"]


def test_click_on_a_field_selects_the_field(view: CardView, qtbot: QtBot) -> None:
    show(
        view,
        {
            "elements": [
                {
                    "tag": "div",
                    "fields": [{"is_short": True, "text": pt("a")}, {"is_short": True, "text": pt("b")}],
                }
            ]
        },
    )
    with qtbot.waitSignal(view.element_clicked) as blocker:
        view.click_element("/elements/0/fields/1")
    assert blocker.args == ["/elements/0/fields/1"]


def test_zoomed_clicks_map_to_the_card(view: CardView, qtbot: QtBot) -> None:
    show(view, {"elements": [{"tag": "div", "text": pt("a")}, {"tag": "div", "text": pt("b")}]})
    view.set_options(RenderOptions(zoom=2.0))
    rect = next(e.rect for e in view.drawn_elements() if e.pointer == "/elements/1")
    with qtbot.waitSignal(view.element_clicked) as blocker:
        qtbot.mouseClick(
            view.canvas(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(round(rect.center().x() * 2), round(rect.center().y() * 2)),
        )
    assert blocker.args == ["/elements/1"]


def test_button_with_value_emits_the_callback(view: CardView, qtbot: QtBot) -> None:
    show(
        view,
        {
            "elements": [
                {
                    "tag": "action",
                    "actions": [{"tag": "button", "text": pt("OK"), "value": {"key": "v"}, "name": "ok"}],
                }
            ]
        },
    )
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        view.click_element("/elements/0/actions/0")
    payload = blocker.args[0]
    assert payload["action"] == {"tag": "button", "value": {"key": "v"}, "name": "ok"}
    assert payload["open_message_id"].startswith("om_") and payload["open_id"].startswith("ou_")


def test_button_url_is_requested_never_opened(view: CardView, qtbot: QtBot) -> None:
    multi = {"url": "https://a.cn", "pc_url": "https://pc.a.cn", "android_url": "", "ios_url": ""}
    show(
        view,
        {
            "elements": [
                {
                    "tag": "action",
                    "actions": [
                        {"tag": "button", "text": pt("go"), "url": "https://x.cn"},
                        {"tag": "button", "text": pt("multi"), "multi_url": multi},
                    ],
                }
            ]
        },
    )
    with qtbot.waitSignal(view.url_requested) as blocker, qtbot.assertNotEmitted(view.callback_emitted):
        view.click_element("/elements/0/actions/0")
    assert blocker.args == ["https://x.cn"]
    with qtbot.waitSignal(view.url_requested) as blocker:
        view.click_element("/elements/0/actions/1")
    assert blocker.args == ["https://pc.a.cn"]


def test_v2_button_behaviours(view: CardView, qtbot: QtBot) -> None:
    behaviors = [{"type": "callback", "value": {"x": 1}}, {"type": "open_url", "default_url": "https://d.cn"}]
    show(
        view,
        {"schema": "2.0", "body": {"elements": [{"tag": "button", "text": pt("b"), "behaviors": behaviors}]}},
    )
    with qtbot.waitSignal(view.callback_emitted) as callback, qtbot.waitSignal(view.url_requested) as url:
        view.click_element("/body/elements/0")
    assert callback.args[0]["action"]["value"] == {"x": 1}
    assert url.args == ["https://d.cn"]


def test_disabled_button_does_nothing(view: CardView, qtbot: QtBot) -> None:
    show(
        view,
        {
            "elements": [
                {
                    "tag": "action",
                    "actions": [{"tag": "button", "text": pt("off"), "disabled": True, "value": {"k": 1}}],
                }
            ]
        },
    )
    with qtbot.assertNotEmitted(view.callback_emitted):
        view.click_element("/elements/0/actions/0")


def test_link_in_text_is_requested(view: CardView, qtbot: QtBot) -> None:
    show(
        view,
        {
            "elements": [
                {
                    "tag": "div",
                    "text": {
                        "tag": "lark_md",
                        "content": "[clickable link text here](https://open.feishu.cn)",
                    },
                }
            ]
        },
    )
    rect = next(e.rect for e in view.drawn_elements() if e.pointer == "/elements/0")
    with qtbot.waitSignal(view.url_requested) as blocker:
        qtbot.mouseClick(
            view.canvas(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(round(rect.left() + 30), round(rect.top() + 8)),
        )
    assert blocker.args == ["https://open.feishu.cn"]


def test_javascript_link_is_not_clickable(view: CardView, qtbot: QtBot) -> None:
    show(
        view,
        {
            "elements": [
                {
                    "tag": "div",
                    "text": {"tag": "lark_md", "content": "[click here please](javascript:alert(1))"},
                }
            ]
        },
    )
    rect = next(e.rect for e in view.drawn_elements() if e.pointer == "/elements/0")
    with qtbot.assertNotEmitted(view.url_requested):
        qtbot.mouseClick(
            view.canvas(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(round(rect.left() + 30), round(rect.top() + 8)),
        )


def test_overflow_menu_of_the_ephemeral_example(view: CardView, qtbot: QtBot) -> None:
    view.set_document(parse(load_card("ephemeral_example")))
    view.click_element("/card/elements/2/actions/0")
    menu = menu_of(view)
    assert [a.text() for a in menu.actions()] == ["多端跳转", "指定跳转", "文本内容", "中文文本-james"]
    trigger(menu, "文本内容")
    confirm = view.active_popup()  # this overflow has a confirm dialog
    assert isinstance(confirm, QDialog) and confirm.objectName() == "cardConfirmDialog"
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        confirm.accept()
    assert blocker.args[0]["action"]["tag"] == "overflow"
    assert blocker.args[0]["action"]["option"] == "joy"
    view.click_element("/card/elements/2/actions/0")
    trigger(menu_of(view), "多端跳转")
    confirm = view.active_popup()
    assert isinstance(confirm, QDialog)
    with qtbot.waitSignal(view.url_requested) as url:
        confirm.accept()
    assert url.args == ["https://www.windows.com"]  # multi_url: the desktop link


def test_select_static_choice_is_shown_and_posted(view: CardView, qtbot: QtBot) -> None:
    options = [{"text": pt("一"), "value": "1"}, {"text": pt("二"), "value": "2"}]
    show(
        view,
        {
            "elements": [
                {
                    "tag": "action",
                    "actions": [
                        {
                            "tag": "select_static",
                            "placeholder": pt("pick"),
                            "options": options,
                            "value": {"field": "level"},
                        }
                    ],
                }
            ]
        },
    )
    view.click_element("/elements/0/actions/0")
    menu = menu_of(view)
    assert [a.text() for a in menu.actions()] == ["一", "二"]
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        trigger(menu, "二")
    assert blocker.args[0]["action"] == {"tag": "select_static", "value": {"field": "level"}, "option": "2"}
    shown = next(e for e in view.drawn_elements() if e.pointer == "/elements/0/actions/0")
    assert shown.text == "二"


def test_multi_select_collects_options(view: CardView, qtbot: QtBot) -> None:
    options = [{"text": pt("A"), "value": "a"}, {"text": pt("B"), "value": "b"}]
    show(
        view,
        {
            "elements": [
                {
                    "tag": "action",
                    "actions": [{"tag": "multi_select_static", "placeholder": pt("p"), "options": options}],
                }
            ]
        },
    )
    view.click_element("/elements/0/actions/0")
    trigger(menu_of(view), "A")
    view.click_element("/elements/0/actions/0")
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        trigger(menu_of(view), "B")
    assert blocker.args[0]["action"]["options"] == ["a", "b"]
    assert next(e for e in view.drawn_elements() if e.pointer == "/elements/0/actions/0").text == "A, B"


def test_select_person(view: CardView, qtbot: QtBot) -> None:
    show(
        view,
        {
            "elements": [
                {
                    "tag": "action",
                    "actions": [{"tag": "select_person", "options": [{"value": "ou_1"}, {"value": "ou_2"}]}],
                }
            ]
        },
    )
    view.click_element("/elements/0/actions/0")
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        trigger(menu_of(view), "ou_2")
    assert blocker.args[0]["action"]["option"] == "ou_2"


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("date_picker", "2024-03-05 +0800"),
        ("picker_time", "07:30 +0800"),
        ("picker_datetime", "2024-03-05 07:30 +0800"),
    ],
)
def test_pickers_open_a_dialog_and_post_the_choice(
    view: CardView, qtbot: QtBot, tag: str, expected: str
) -> None:
    show(
        view,
        {
            "elements": [
                {"tag": "action", "actions": [{"tag": tag, "placeholder": pt("when"), "value": {"p": 1}}]}
            ]
        },
    )
    view.click_element("/elements/0/actions/0")
    dialog = view.active_popup()
    assert isinstance(dialog, QDialog) and dialog.objectName() == "cardPickerDialog"
    calendar = dialog.findChild(QCalendarWidget, "cardPickerCalendar")
    time_edit = dialog.findChild(QTimeEdit, "cardPickerTime")
    assert (calendar is not None) == (tag != "picker_time")
    assert (time_edit is not None) == (tag != "date_picker")
    if calendar is not None:
        calendar.setSelectedDate(QDate(2024, 3, 5))
    if time_edit is not None:
        time_edit.setTime(time_edit.time().fromString("07:30", "HH:mm"))
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        dialog.accept()
    action = blocker.args[0]["action"]
    assert (action["tag"], action["option"], action["timezone"], action["value"]) == (
        tag,
        expected,
        "Asia/Shanghai",
        {"p": 1},
    )
    assert next(
        e for e in view.drawn_elements() if e.pointer == "/elements/0/actions/0"
    ).text == expected.removesuffix(" +0800")


def test_checker_toggles(view: CardView, qtbot: QtBot) -> None:
    show(
        view,
        {
            "schema": "2.0",
            "body": {
                "elements": [
                    {
                        "tag": "checker",
                        "text": pt("todo"),
                        "behaviors": [{"type": "callback", "value": {"id": 7}}],
                    }
                ]
            },
        },
    )
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        view.click_element("/body/elements/0")
    assert blocker.args[0]["action"] == {"tag": "checker", "value": {"id": 7}, "checked": True}
    assert (
        next(e for e in view.drawn_elements() if e.pointer == "/body/elements/0").colors["state"] == "checked"
    )
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        view.click_element("/body/elements/0")
    assert blocker.args[0]["action"]["checked"] is False


def test_input_is_editable_and_posts_input_value(view: CardView, qtbot: QtBot) -> None:
    show(view, {"schema": "2.0", "body": {"elements": [{"tag": "input", "placeholder": pt("type")}]}})
    view.click_element("/body/elements/0")
    editor = view.active_popup()
    assert isinstance(editor, QLineEdit) and editor.objectName() == "cardInputEditor"
    editor.setText("你好 card")
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        editor.editingFinished.emit()
    assert blocker.args[0]["action"]["input_value"] == "你好 card"
    assert next(e for e in view.drawn_elements() if e.pointer == "/body/elements/0").text == "你好 card"


def test_form_submit_collects_form_values(view: CardView, qtbot: QtBot) -> None:
    view.set_document(parse(load_card("all_components_v2")))
    form = "/body/elements/1"
    with qtbot.assertNotEmitted(view.callback_emitted):  # fields inside a form post nothing themselves
        view.click_element(f"{form}/elements/3")  # checker
        view.click_element(f"{form}/elements/0")  # input
        editor = view.active_popup()
        assert isinstance(editor, QLineEdit)
        editor.setText("出差")
        editor.editingFinished.emit()
        view.click_element(f"{form}/elements/1")
        trigger(menu_of(view), "高")
        view.click_element(f"{form}/elements/2")
        trigger(menu_of(view), "乙")
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        view.click_element(f"{form}/elements/4")
    action = blocker.args[0]["action"]
    assert action["tag"] == "button" and action["name"] == "submit"
    assert action["value"] == {"action": "submit"}
    assert action["form_value"] == {"reason": "出差", "level": "high", "tags": ["b"], "agree": True}


def test_form_reset_clears_values(view: CardView, qtbot: QtBot) -> None:
    card = {
        "schema": "2.0",
        "body": {
            "elements": [
                {
                    "tag": "form",
                    "name": "f",
                    "elements": [
                        {"tag": "checker", "name": "c", "text": pt("x")},
                        {"tag": "button", "name": "r", "text": pt("reset"), "form_action_type": "reset"},
                    ],
                }
            ]
        },
    }
    show(view, card)
    view.click_element("/body/elements/0/elements/0")
    assert view.form_values("/body/elements/0") == {"c": True}
    view.click_element("/body/elements/0/elements/1")
    assert view.form_values("/body/elements/0") == {"c": False}


def test_collapsible_panel_expands_and_collapses(view: CardView) -> None:
    panel = {
        "tag": "collapsible_panel",
        "header": {"title": pt("more")},
        "elements": [{"tag": "markdown", "content": "hidden"}],
    }
    show(view, {"schema": "2.0", "body": {"elements": [panel]}})
    inner = "/body/elements/0/elements/0"
    assert inner not in [e.pointer for e in view.drawn_elements()]
    height = view.canvas().height()
    view.click_element("/body/elements/0")
    assert inner in [e.pointer for e in view.drawn_elements()]
    assert view.canvas().height() > height
    view.click_element("/body/elements/0")
    assert inner not in [e.pointer for e in view.drawn_elements()]


def test_interactive_container_and_card_link(view: CardView, qtbot: QtBot) -> None:
    card = {
        "schema": "2.0",
        "card_link": {"url": "https://card.cn"},
        "body": {
            "elements": [
                {
                    "tag": "interactive_container",
                    "behaviors": [{"type": "callback", "value": {"c": 1}}],
                    "elements": [{"tag": "markdown", "content": "box"}],
                },
                {"tag": "markdown", "content": "plain"},
            ]
        },
    }
    show(view, card)
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        view.click_element("/body/elements/0")
    assert blocker.args[0]["action"]["value"] == {"c": 1}
    with qtbot.waitSignal(view.url_requested) as url:
        view.click_element("/body/elements/1")
    assert url.args == ["https://card.cn"]


def test_highlight_outlines_the_element(view: CardView) -> None:
    show(view, {"elements": [{"tag": "div", "text": pt("a")}, {"tag": "div", "text": pt("b")}]})
    rect = next(e.rect for e in view.drawn_elements() if e.pointer == "/elements/1")
    before = view.canvas().grab().toImage()
    view.highlight("/elements/1/text/content")  # a pointer inside the element outlines the element
    assert view.highlighted() == "/elements/1/text/content"
    after = view.canvas().grab().toImage()
    x, y = round(rect.left() - 2), round(rect.center().y())
    assert before.pixelColor(x, y) != after.pixelColor(x, y)
    view.highlight(None)
    assert view.canvas().grab().toImage().pixelColor(x, y) == before.pixelColor(x, y)


def test_pointer_cursor_over_clickable_elements(view: CardView, qtbot: QtBot) -> None:
    show(
        view,
        {
            "elements": [
                {"tag": "action", "actions": [{"tag": "button", "text": pt("b"), "value": {}}]},
                {"tag": "div", "text": pt("t")},
            ]
        },
    )
    button = next(e.rect for e in view.drawn_elements() if e.pointer == "/elements/0/actions/0")
    text = next(e.rect for e in view.drawn_elements() if e.pointer == "/elements/1")
    qtbot.mouseMove(view.canvas(), QPoint(round(button.center().x()), round(button.center().y())))
    assert view.canvas().cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.mouseMove(view.canvas(), QPoint(round(text.center().x()), round(text.center().y())))
    assert view.canvas().cursor().shape() == Qt.CursorShape.ArrowCursor


def test_unchanged_elements_are_not_rebuilt(view: CardView) -> None:
    card = {"elements": [{"tag": "div", "text": pt(f"element {i}")} for i in range(5)]}
    show(view, card)
    scene = view.scene()
    assert scene is not None and scene.frame is not None
    body = scene.frame.children[-1]
    first = list(body.children)
    card["elements"][2] = {"tag": "div", "text": pt("changed")}
    show(view, card)
    scene = view.scene()
    assert scene is not None and scene.frame is not None
    second = scene.frame.children[-1].children
    assert [a is b for a, b in zip(first, second, strict=True)] == [True, True, False, True, True]


def test_languages_and_language_choice(view: CardView) -> None:
    card = {
        "i18n_header": {
            "en_us": {"title": pt("Hello")},
            "zh_cn": {"title": pt("你好")},
            "ja_jp": {"title": pt("こんにちは")},
        },
        "i18n_elements": {
            "en_us": [{"tag": "div", "text": pt("english")}],
            "zh_cn": [{"tag": "div", "text": pt("中文")}],
            "ja_jp": [{"tag": "div", "text": pt("日本語")}],
        },
    }
    show(view, card)
    assert view.languages() == ["zh_cn", "en_us", "ja_jp"]
    texts = {e.pointer: e.text for e in view.drawn_elements()}
    assert texts["/i18n_header/zh_cn/title"] == "你好" and texts["/i18n_elements/zh_cn/0"] == "中文"
    view.set_options(RenderOptions(language="ja_jp"))
    texts = {e.pointer: e.text for e in view.drawn_elements()}
    assert texts["/i18n_elements/ja_jp/0"] == "日本語"


def test_set_image_source_redraws(view: CardView) -> None:
    from tests.render.test_components import png

    show(view, {"elements": [{"tag": "img", "img_key": "k", "alt": pt("a")}]})
    rect = next(e.rect for e in view.drawn_elements() if e.pointer == "/elements/0")
    view.set_image_source(lambda key: png("#00ff00", 100, 50))
    image = view.canvas().grab().toImage()
    assert image.pixelColor(round(rect.center().x()), round(rect.top() + 10)).name() == "#00ff00"


def test_confirm_dialog_comes_first(view: CardView, qtbot: QtBot) -> None:
    confirm = {"title": pt("请确认"), "text": pt("<b>真的</b>要这样做吗？")}
    show(
        view,
        {
            "elements": [
                {
                    "tag": "action",
                    "actions": [{"tag": "button", "text": pt("go"), "value": {"v": 1}, "confirm": confirm}],
                }
            ]
        },
    )
    with qtbot.assertNotEmitted(view.callback_emitted):
        view.click_element("/elements/0/actions/0")
        dialog = view.active_popup()
        assert isinstance(dialog, QDialog) and dialog.objectName() == "cardConfirmDialog"
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        assert texts == ["请确认", "<b>真的</b>要这样做吗？"]
        assert all(label.textFormat() == Qt.TextFormat.PlainText for label in dialog.findChildren(QLabel))
        dialog.reject()
    view.click_element("/elements/0/actions/0")
    dialog = view.active_popup()
    assert isinstance(dialog, QDialog)
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        dialog.accept()
    assert blocker.args[0]["action"]["value"] == {"v": 1}


def test_confirm_on_overflow_option(view: CardView, qtbot: QtBot) -> None:
    view.set_document(parse(load_card("ephemeral_example")))
    view.click_element("/card/elements/2/actions/0")
    trigger(menu_of(view), "文本内容")
    dialog = view.active_popup()
    assert isinstance(dialog, QDialog) and dialog.objectName() == "cardConfirmDialog"
    with qtbot.waitSignal(view.callback_emitted):
        dialog.accept()


def test_scrolled_view_paints_only_what_shows(view: CardView, qtbot: QtBot) -> None:
    show(view, {"elements": [{"tag": "div", "text": pt(f"line {i}")} for i in range(80)]})
    view.resize(700, 300)
    scene = view.scene()
    assert scene is not None and view.canvas().height() > 1000
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    last = next(e.rect for e in view.drawn_elements() if e.pointer == "/elements/79")
    grabbed = view.viewport().grab().toImage()
    top = view.canvas().mapTo(view.viewport(), last.topLeft().toPoint())
    region = [
        grabbed.pixelColor(top.x() + dx, top.y() + dy).name() for dx in range(0, 40) for dy in range(2, 16)
    ]
    assert any(color != "#ffffff" for color in region)  # the last line's text is painted


def test_multiline_input_edits_in_a_box(view: CardView, qtbot: QtBot) -> None:
    show(
        view,
        {
            "schema": "2.0",
            "body": {"elements": [{"tag": "input", "input_type": "multiline_text", "rows": 3}]},
        },
    )
    view.click_element("/body/elements/0")
    editor = view.active_popup()
    assert isinstance(editor, QPlainTextEdit) and editor.objectName() == "cardInputEditor"
    field = next(e.rect for e in view.drawn_elements() if e.pointer == "/body/elements/0")
    assert editor.height() == round(field.height())
    editor.setPlainText("第一行\nsecond line")
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        editor.editingFinished.emit()
    assert blocker.args[0]["action"]["input_value"] == "第一行\nsecond line"


def test_required_fields_block_submit_and_are_marked(view: CardView, qtbot: QtBot) -> None:
    card = {
        "schema": "2.0",
        "body": {
            "elements": [
                {
                    "tag": "form",
                    "name": "f",
                    "elements": [
                        {"tag": "input", "name": "title", "required": True, "placeholder": pt("必填")},
                        {"tag": "input", "name": "note", "placeholder": pt("选填")},
                        {"tag": "button", "name": "go", "text": pt("提交"), "form_action_type": "submit"},
                    ],
                }
            ]
        },
    }
    show(view, card)
    from designer.render.theme import LIGHT

    with qtbot.assertNotEmitted(view.callback_emitted):
        view.click_element("/body/elements/0/elements/2")
    colors = {e.pointer: e.colors for e in view.drawn_elements()}
    assert colors["/body/elements/0/elements/0"]["border"] == LIGHT.danger
    assert colors["/body/elements/0/elements/1"]["border"] == LIGHT.control_border
    view.click_element("/body/elements/0/elements/0")
    editor = view.active_popup()
    assert isinstance(editor, QLineEdit)
    editor.setText("周报")
    editor.editingFinished.emit()
    assert (
        next(e for e in view.drawn_elements() if e.pointer == "/body/elements/0/elements/0").colors["border"]
        == LIGHT.control_border
    )
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        view.click_element("/body/elements/0/elements/2")
    assert blocker.args[0]["action"]["form_value"] == {"title": "周报", "note": ""}


def test_keyboard_tab_and_enter(view: CardView, qtbot: QtBot) -> None:
    actions = [
        {"tag": "button", "text": pt("一"), "value": {"n": 1}},
        {"tag": "button", "text": pt("二"), "value": {"n": 2}},
    ]
    show(view, {"elements": [{"tag": "div", "text": pt("text")}, {"tag": "action", "actions": actions}]})
    view.canvas().setFocus()
    assert view.focused_control() is None
    qtbot.keyClick(view.canvas(), Qt.Key.Key_Tab)
    assert view.focused_control() == "/elements/1/actions/0"
    qtbot.keyClick(view.canvas(), Qt.Key.Key_Tab)
    assert view.focused_control() == "/elements/1/actions/1"
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        qtbot.keyClick(view.canvas(), Qt.Key.Key_Return)
    assert blocker.args[0]["action"]["value"] == {"n": 2}
    qtbot.keyClick(view.canvas(), Qt.Key.Key_Backtab)
    assert view.focused_control() == "/elements/1/actions/0"
    rect = next(e.rect for e in view.drawn_elements() if e.pointer == "/elements/1/actions/0")
    image = view.canvas().grab().toImage()
    above = {
        image.pixelColor(x, round(rect.top() - 3)).name()
        for x in range(round(rect.left()), round(rect.right()))
    }
    assert len(above) > 1  # the dashed focus ring runs above the focused button


@pytest.mark.parametrize(
    "element",
    [
        {
            "tag": "select_static",
            "disabled": True,
            "placeholder": pt("p"),
            "options": [{"text": pt("a"), "value": "a"}],
        },
        {"tag": "date_picker", "disabled": True, "placeholder": pt("p")},
        {"tag": "input", "disabled": True, "placeholder": pt("p")},
        {"tag": "checker", "disabled": True, "text": pt("p")},
    ],
    ids=lambda element: element["tag"],
)
def test_disabled_controls_do_not_respond(view: CardView, qtbot: QtBot, element: dict[str, Any]) -> None:
    from designer.render.theme import LIGHT

    show(view, {"schema": "2.0", "body": {"elements": [element]}})
    with qtbot.assertNotEmitted(view.callback_emitted):
        view.click_element("/body/elements/0")
    assert view.active_popup() is None
    drawn = next(e for e in view.drawn_elements() if e.pointer == "/body/elements/0")
    if element["tag"] != "checker":
        assert drawn.colors["background"] == LIGHT.button_disabled.background
    assert view.scene() is not None and not view.clickable_at(drawn.rect.center())


def select_img(**fields: Any) -> dict[str, Any]:
    options = [{"img_key": f"img_{v}", "value": v, "hover_tips": pt(f"图 {v}")} for v in "abc"]
    return {"tag": "select_img", "name": "pic", "options": options, **fields}


def in_form(*elements: dict[str, Any]) -> dict[str, Any]:
    submit = {"tag": "button", "name": "s", "text": pt("提交"), "form_action_type": "submit"}
    return {
        "schema": "2.0",
        "body": {"elements": [{"tag": "form", "name": "f", "elements": [*elements, submit]}]},
    }


def state_of(view: CardView, pointer: str) -> str:
    return next(e for e in view.drawn_elements() if e.pointer == pointer).colors["state"]


def test_select_img_in_a_form_marks_one_picture_until_submit(view: CardView, qtbot: QtBot) -> None:
    show(view, in_form(select_img(required=True)))
    form, pic = "/body/elements/0", "/body/elements/0/elements/0"
    with qtbot.assertNotEmitted(view.callback_emitted):
        view.click_element(f"{form}/elements/1")  # required and nothing chosen: no submit
        option = next(e for e in view.drawn_elements() if e.pointer == f"{pic}/options/0")
        assert option.colors["border"] == THEMES["light"].danger  # marked in red until chosen
        view.click_element(f"{pic}/options/1")
        view.click_element(f"{pic}/options/2")
    assert next(e for e in view.drawn_elements() if e.pointer == f"{pic}/options/0").colors["border"] != (
        THEMES["light"].danger
    )
    assert [state_of(view, f"{pic}/options/{i}") for i in range(3)] == [
        "unselected",
        "unselected",
        "selected",
    ]
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        view.click_element(f"{form}/elements/1")
    assert blocker.args[0]["action"]["form_value"] == {"pic": "c"}


def test_select_img_multi_select_toggles(view: CardView) -> None:
    show(view, in_form(select_img(multi_select=True)))
    pic = "/body/elements/0/elements/0"
    for index in (0, 1, 0):
        view.click_element(f"{pic}/options/{index}")
    assert view.form_values("/body/elements/0") == {"pic": ["b"]}


def test_select_img_outside_a_form_submits_the_picture_at_once(view: CardView, qtbot: QtBot) -> None:
    show(view, {"schema": "2.0", "body": {"elements": [select_img(value={"q": 4})]}})
    with qtbot.waitSignal(view.callback_emitted) as blocker:
        view.click_element("/body/elements/0/options/1")
    action = blocker.args[0]["action"]
    assert (action["tag"], action["option"], action["value"]) == ("select_img", "b", {"q": 4})


def test_disabled_select_img_option_does_not_respond(view: CardView, qtbot: QtBot) -> None:
    element = select_img()
    element["options"][0]["disabled"] = True
    show(view, {"schema": "2.0", "body": {"elements": [element]}})
    with qtbot.assertNotEmitted(view.callback_emitted):
        view.click_element("/body/elements/0/options/0")
