"""Every lint rule: a case that triggers it (at the right place) and a near miss that does not."""

from __future__ import annotations

from typing import Any

import pytest

from designer.cards import RULES, Severity, parse, plan_insert
from designer.cards.rules import RAISED_WHEN_EPHEMERAL
from designer.cards.sizes import card_size_bytes, size_label
from tests.helpers.cards import card_text, line_of, parse_card, rules


def _text(content: str, tag: str = "plain_text") -> dict[str, Any]:
    return {"tag": tag, "content": content}


def _md(content: str = "hi") -> dict[str, Any]:
    return {"tag": "markdown", "content": content}


def _button(text: str = "OK", **more: Any) -> dict[str, Any]:
    return {"tag": "button", "text": _text(text), "type": "primary", **more}


def _body(card: dict[str, Any], **recipients: Any) -> dict[str, Any]:
    return {"chat_id": "oc_1", "msg_type": "interactive", **recipients, "card": card}


def _v2(*elements: Any, **more: Any) -> dict[str, Any]:
    return {"schema": "2.0", **more, "body": {"elements": list(elements)}}


def _nested(levels: int) -> dict[str, Any]:
    element: dict[str, Any] = _md()
    for index in range(levels - 1):
        element = (
            {"tag": "form", "name": f"f{index}", "elements": [element]}
            if index == 0
            else {
                "tag": "collapsible_panel",
                "header": {"title": _text("t")},
                "elements": [element],
            }
        )
    return {"elements": [element]}


# rule -> (card that triggers it, card that does not, parse kwargs)
CASES: dict[str, tuple[Any, Any, dict[str, Any]]] = {
    "body-msg-type": (
        {"chat_id": "oc", "open_id": "ou", "msg_type": "text", "card": {"elements": []}},
        _body({"elements": []}, open_id="ou"),
        {},
    ),
    "body-recipient": (_body({"elements": []}), _body({"elements": []}, email="a@b.c"), {}),
    "body-recipient-precedence": (
        _body({"elements": []}, open_id="ou", email="a@b.c"),
        _body({"elements": []}, user_id="u1"),
        {},
    ),
    "ephemeral-forward": (
        _body({"config": {"enable_forward": True}, "elements": []}, open_id="ou"),
        _body({"config": {"enable_forward": False}, "elements": []}, open_id="ou"),
        {},
    ),
    "ephemeral-audio": (
        _body(_v2({"tag": "audio", "file_key": "f"}, config={"enable_forward": False}), open_id="ou"),
        _body(_v2(_md(), config={"enable_forward": False}), open_id="ou"),
        {},
    ),
    "audio-forward": (
        _v2({"tag": "audio", "file_key": "f"}),
        _v2({"tag": "audio", "file_key": "f"}, config={"enable_forward": False}),
        {},
    ),
    "card-size": (
        {"elements": [_md("x" * 31_000)]},
        {"elements": [_md("x" * 29_000)]},
        {},
    ),
    "nesting-depth": (_nested(6), _nested(5), {}),
    "element-count": (_v2(*[_md() for _ in range(201)]), _v2(*[_md() for _ in range(200)]), {}),
    "table-count": (
        {"elements": [{"tag": "table", "columns": [{"name": "a"}]} for _ in range(6)]},
        {"elements": [{"tag": "table", "columns": [{"name": "a"}]} for _ in range(5)]},
        {},
    ),
    "link-scheme": (
        {"card_link": {"url": "javascript:alert(1)"}, "elements": []},
        {
            "card_link": {"url": "https://feishu.cn", "pc_url": "lark://msgcard/unsupported_action"},
            "elements": [],
        },
        {},
    ),
    "button-text-length": (
        {"elements": [{"tag": "action", "actions": [_button("x" * 101)]}]},
        {"elements": [{"tag": "action", "actions": [_button("x" * 100)]}]},
        {},
    ),
    "button-url-conflict": (
        {
            "elements": [
                {"tag": "action", "actions": [_button(url="https://a", multi_url={"url": "https://a"})]}
            ]
        },
        {"elements": [{"tag": "action", "actions": [_button(url="https://a")]}]},
        {},
    ),
    "v2-removed-component": (
        _v2({"tag": "note", "elements": [_text("n")]}),
        _v2(_md()),
        {},
    ),
    "v2-update-multi": (
        _v2(_md(), config={"update_multi": False}),
        _v2(_md(), config={"update_multi": True}),
        {},
    ),
    "element-id": (
        _v2({**_md(), "element_id": "a"}, {**_md(), "element_id": "a"}),
        _v2({**_md(), "element_id": "a"}, {**_md(), "element_id": "b_2"}),
        {},
    ),
    "button-outside-action": (
        {"elements": [_button()]},
        _v2(_button()),
        {},
    ),
    "form-in-form": (
        {
            "elements": [
                {"tag": "form", "name": "a", "elements": [{"tag": "form", "name": "b", "elements": []}]}
            ]
        },
        {
            "elements": [
                {"tag": "form", "name": "a", "elements": []},
                {"tag": "form", "name": "b", "elements": []},
            ]
        },
        {},
    ),
    "misplaced-component": (
        {"elements": [{"tag": "column", "elements": []}]},
        {"elements": [{"tag": "column_set", "columns": [{"tag": "column", "elements": []}]}]},
        {},
    ),
    "duplicate-form-name": (
        {
            "elements": [
                {
                    "tag": "form",
                    "name": "f",
                    "elements": [{"tag": "input", "name": "x"}, {"tag": "input", "name": "x"}],
                }
            ]
        },
        {
            "elements": [
                {
                    "tag": "form",
                    "name": "f",
                    "elements": [{"tag": "input", "name": "x"}, {"tag": "input", "name": "y"}],
                }
            ]
        },
        {},
    ),
    "form-field-name": (
        {"elements": [{"tag": "form", "name": "f", "elements": [{"tag": "input"}]}]},
        {"elements": [{"tag": "form", "name": "f", "elements": [{"tag": "input", "name": "a"}]}]},
        {},
    ),
    "form-submit": (
        _v2({"tag": "form", "name": "f", "elements": [{"tag": "input", "name": "a"}]}),
        _v2(
            {
                "tag": "form",
                "name": "f",
                "elements": [{"tag": "input", "name": "a"}, _button(name="s", form_action_type="submit")],
            }
        ),
        {},
    ),
    "img-alt": (
        {"elements": [{"tag": "img", "img_key": "k"}]},
        {"elements": [{"tag": "img", "img_key": "k", "alt": _text("")}]},
        {},
    ),
    "empty-text": ({"elements": [_md("")]}, {"elements": [_md(" ")]}, {}),
    "invalid-date": (
        {"elements": [{"tag": "action", "actions": [{"tag": "date_picker", "initial_date": "2002-2-30"}]}]},
        {"elements": [{"tag": "action", "actions": [{"tag": "date_picker", "initial_date": "2002-2-28"}]}]},
        {},
    ),
    "header-template": (
        {"header": {"title": _text("t"), "template": "bleu"}, "elements": []},
        {"header": {"title": _text("t"), "template": "blue"}, "elements": []},
        {},
    ),
    "color": (
        {
            "header": {
                "title": _text("t"),
                "text_tag_list": [{"tag": "text_tag", "text": _text("a"), "color": "pink"}],
            }
        },
        {
            "header": {
                "title": _text("t"),
                "text_tag_list": [{"tag": "text_tag", "text": _text("a"), "color": "red"}],
            }
        },
        {},
    ),
    "text-tag-count": (
        {"header": {"title": _text("t"), "text_tag_list": [{"tag": "text_tag", "text": _text("a")}] * 4}},
        {"header": {"title": _text("t"), "text_tag_list": [{"tag": "text_tag", "text": _text("a")}] * 3}},
        {},
    ),
    "unknown-color": (
        {"elements": [{"tag": "div", "text": {**_text("x"), "text_color": "bleu-500"}}]},
        {
            "config": {
                "style": {"color": {"cus-0": {"light_mode": "rgba(0,0,0,1)", "dark_mode": "rgba(1,1,1,1)"}}}
            },
            "elements": [
                {"tag": "div", "text": {**_text("x"), "text_color": "cus-0"}},
                {"tag": "div", "text": {**_text("y"), "text_color": "blue-500"}},
                {"tag": "column_set", "background_style": "grey", "columns": []},
            ],
        },
        {},
    ),
    "client-version": ({"elements": [{"tag": "chart", "chart_spec": {}}]}, {"elements": [_md()]}, {}),
    "template-placeholder": (
        {"card_link": {"url": "{{ .Link }}"}, "elements": []},
        {"card_link": {"url": "https://feishu.cn/#top"}, "elements": [_md("Hi {{name}}")]},
        {},
    ),
    "ephemeral-element-i18n": (
        {"elements": [{"tag": "div", "text": {"tag": "plain_text", "i18n": {"zh_cn": "你好"}}}]},
        {"i18n_elements": {"zh_cn": [{"tag": "div", "text": _text("你好")}]}},
        {},
    ),
    "duplicate-key": ('{"elements": [], "elements": []}', '{"elements": []}', {}),
    "json-syntax": ('{"elements": [}', '{"elements": []}', {}),
    "nesting-too-deep": ('{"elements": [' + "[" * 70 + "]" * 70 + "]}", '{"elements": [[[]]]}', {}),
    "unknown-tag": ({"elements": [{"tag": "hrr"}]}, {"elements": [{"tag": "hr"}]}, {}),
    "missing-required": ({"elements": [{"tag": "img"}]}, {"elements": [{"tag": "img", "img_key": "k"}]}, {}),
    "wrong-type": ({"config": {"update_multi": "true"}}, {"config": {"update_multi": True}}, {}),
    "invalid-value": ({"config": {"width_mode": "wide"}}, {"config": {"width_mode": "fill"}}, {}),
    "unknown-field": ({"confg": {}}, {"config": {}}, {}),
    "number-range": (
        {"schema": "2.0", "body": {"padding": "100px", "elements": []}},
        {"schema": "2.0", "body": {"padding": "99px 0px", "vertical_spacing": "large", "elements": []}},
        {},
    ),
    "number-not-finite": (
        '{"elements": [{"tag": "button", "text": {"tag": "plain_text", "content": "x"}, "value": {"n": 1e400}}]}',
        '{"elements": [{"tag": "button", "text": {"tag": "plain_text", "content": "x"}, "value": {"n": 1e300}}]}',
        {},
    ),
}


def _parse(card: Any, kwargs: dict[str, Any]) -> Any:
    return parse(card if isinstance(card, str) else card_text(card), **kwargs)


def test_every_rule_has_a_case() -> None:
    assert set(CASES) == set(RULES)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_fires(rule: str) -> None:
    bad, _, kwargs = CASES[rule]
    doc = _parse(bad, kwargs)
    found = [d for d in doc.diagnostics if d.rule == rule]
    assert found, [d.format() for d in doc.diagnostics]
    assert found[0].severity == RULES[rule].severity or rule in RAISED_WHEN_EPHEMERAL


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_stays_quiet_on_the_near_miss(rule: str) -> None:
    _, good, kwargs = CASES[rule]
    doc = _parse(good, kwargs)
    assert rule not in rules(doc), [d.format() for d in doc.diagnostics]


def test_element_i18n_is_a_warning_on_a_bare_card_and_an_error_when_ephemeral() -> None:
    card = {"elements": [{"tag": "img", "img_key": "k", "alt": _text(""), "i18n_img_key": {"en_us": "k2"}}]}
    bare = parse_card(card)
    assert [d.severity for d in bare.diagnostics if d.rule == "ephemeral-element-i18n"] == [Severity.WARNING]
    strict = parse_card(card, ephemeral=True)
    assert [d.severity for d in strict.diagnostics if d.rule == "ephemeral-element-i18n"] == [Severity.ERROR]
    body = parse_card(_body(card, open_id="ou"))
    (problem,) = [d for d in body.diagnostics if d.rule == "ephemeral-element-i18n"]
    assert problem.severity is Severity.ERROR and problem.pointer == "/card/elements/0/i18n_img_key"
    relaxed = parse_card(_body(card, open_id="ou"), ephemeral=False)
    assert [d.severity for d in relaxed.diagnostics if d.rule == "ephemeral-element-i18n"] == [
        Severity.WARNING
    ]


def test_v2_i18n_content_is_element_level_but_summary_is_not() -> None:
    card = _v2(
        {"tag": "markdown", "content": "a", "i18n_content": {"en_us": "b"}},
        config={"summary": {"content": "s", "i18n_content": {"en_us": "t"}}},
    )
    found = [
        d.pointer for d in parse_card(card, ephemeral=True).diagnostics if d.rule == "ephemeral-element-i18n"
    ]
    assert found == ["/body/elements/0/i18n_content"]


@pytest.mark.parametrize(
    ("tag", "field", "value", "valid"),
    [
        ("date_picker", "initial_date", "2002-2-22", True),
        ("date_picker", "initial_date", "2024-02-29", True),
        ("date_picker", "initial_date", "2023-02-29", False),
        ("date_picker", "initial_date", "2002/2/22", False),
        ("picker_time", "initial_time", "19:09", True),
        ("picker_time", "initial_time", "9:5", True),
        ("picker_time", "initial_time", "24:00", False),
        ("picker_datetime", "initial_datetime", "2002-2-22 18:00", True),
        ("picker_datetime", "initial_datetime", "2002-12-31 23:59", True),
        ("picker_datetime", "initial_datetime", "2002-13-01 10:00", False),
        ("picker_datetime", "initial_datetime", "2002-2-22T18:00", False),
    ],
)
def test_picker_values(tag: str, field: str, value: str, valid: bool) -> None:
    text = card_text({"elements": [{"tag": "action", "actions": [{"tag": tag, field: value}]}]})
    doc = parse(text)
    found = [d for d in doc.diagnostics if d.rule == "invalid-date"]
    if valid:
        assert not found
    else:
        assert found[0].line == line_of(text, f'"{value}"')
        assert found[0].pointer == f"/elements/0/actions/0/{field}"


def test_header_template_suggestion_and_line() -> None:
    text = card_text({"header": {"title": _text("t"), "template": "turqoise"}, "elements": []})
    (problem,) = parse(text).errors
    assert problem.suggestion == "turquoise" and problem.line == line_of(text, '"turqoise"')


def test_recipient_precedence_names_the_winner() -> None:
    doc = parse_card(_body({"elements": []}, email="a@b.c", user_id="u1"))
    (note,) = [d for d in doc.diagnostics if d.rule == "body-recipient-precedence"]
    assert "'user_id' wins" in note.message and note.severity is Severity.INFO


def test_card_size_counts_utf8_of_the_card_only() -> None:
    doc = parse_card(_body({"elements": [_md("飞书")]}, open_id="ou_" + "x" * 1000))
    assert (
        doc.size_bytes
        == card_size_bytes(doc)
        == len('{"elements":[{"tag":"markdown","content":"飞书"}]}'.encode())
    )


def test_button_in_form_and_div_extra_is_fine_in_1_0() -> None:
    card = {
        "elements": [
            {"tag": "div", "text": _text("a"), "extra": _button()},
            {"tag": "form", "name": "f", "elements": [_button(name="submit", action_type="form_submit")]},
        ]
    }
    assert "button-outside-action" not in rules(parse_card(card))


def test_components_in_the_other_versions_place_are_errors() -> None:
    text = card_text({"schema": "2.0", "elements": [{"tag": "markdown", "content": "lost"}]})
    (problem,) = [d for d in parse(text).errors if d.rule == "misplaced-component"]
    assert "body.elements" in problem.message and problem.line == line_of(text, '"elements"')
    doc = parse_card({"body": {"elements": []}})
    assert [d.pointer for d in doc.errors if d.rule == "misplaced-component"] == ["/body"]
    assert not parse_card({"schema": "1.0", "elements": []}).diagnostics


def test_header_i18n_is_card_level_but_header_i18n_content_is_element_level() -> None:
    title = {"tag": "plain_text", "i18n": {"zh_cn": "标题", "en_us": "Title"}}
    card = {"header": {"title": title}, "i18n_elements": {"zh_cn": [_md()], "en_us": [_md()]}}
    assert "ephemeral-element-i18n" not in rules(parse_card(_body(card, open_id="ou")))
    card = {"header": {"title": {"tag": "plain_text", "i18n_content": {"en_us": "Title"}}}, "elements": []}
    (problem,) = [
        d for d in parse_card(_body(card, open_id="ou")).diagnostics if d.rule == "ephemeral-element-i18n"
    ]
    assert problem.pointer == "/card/header/title/i18n_content" and problem.severity is Severity.ERROR
    field = {"tag": "input", "name": "a", "default_value": "x", "i18n_default_value": {"en_us": "y"}}
    card = {"elements": [{"tag": "form", "name": "f", "elements": [field]}]}
    found = [d.pointer for d in parse_card(card, ephemeral=True).errors if d.rule == "ephemeral-element-i18n"]
    assert found == ["/elements/0/elements/0/i18n_default_value"]


def test_size_label() -> None:
    assert size_label(12_595) == "12.3 KB / 30 KB"
    assert card_size_bytes({"elements": []}) == len('{"elements":[]}')


def _in(container: str, child: dict[str, Any], version: str) -> dict[str, Any]:
    holder: dict[str, Any] = {"tag": container, "elements": [child]}
    if container == "form":
        holder["name"] = "f"
    if container == "collapsible_panel":
        holder["header"] = {"title": _text("t")}
    if container == "column":
        holder = {"tag": "column_set", "columns": [holder]}
    return _v2(holder) if version == "2.0" else {"elements": [holder]}


_TABLE = {"tag": "table", "columns": [{"name": "a"}]}


@pytest.mark.parametrize(
    ("container", "child", "version", "misplaced"),
    [
        ("column", _TABLE, "2.0", True),
        ("form", _TABLE, "2.0", True),
        ("interactive_container", _TABLE, "2.0", True),
        ("collapsible_panel", {"tag": "form", "name": "g", "elements": []}, "2.0", True),
        ("column", _button(), "2.0", False),
        ("interactive_container", _md(), "2.0", False),
        ("column", _TABLE, "1.0", True),
        ("column", {"tag": "img_combination", "combination_mode": "double", "img_list": []}, "1.0", True),
        ("form", {"tag": "chart", "chart_spec": {}}, "1.0", True),
        ("collapsible_panel", _TABLE, "1.0", True),
        ("interactive_container", {"tag": "action", "actions": [_button()]}, "1.0", True),
        ("interactive_container", {"tag": "checker", "text": _text("x")}, "1.0", False),
        ("column", {"tag": "action", "actions": [_button()]}, "1.0", False),
        ("note", _button(), "1.0", True),
    ],
)
def test_what_each_container_may_hold(
    container: str, child: dict[str, Any], version: str, misplaced: bool
) -> None:
    doc = parse_card(_in(container, child, version))
    found = [d for d in doc.errors if d.rule == "misplaced-component"]
    assert bool(found) is misplaced, [d.format() for d in doc.diagnostics]
    if misplaced:
        assert found[0].pointer.endswith("/elements/0/tag")


def test_palette_follows_the_same_rules() -> None:
    doc = parse_card(_in("column", _md(), "2.0"))
    anchor = "/body/elements/0/columns/0"
    refused = plan_insert(doc, "table", anchor)
    assert not refused.ok and "may not hold a table" in refused.message
    assert plan_insert(doc, "button", anchor).ok
    classic = parse_card(_in("interactive_container", _md(), "1.0"))
    plan = plan_insert(classic, "button", "/elements/0")
    assert not plan.ok and "interactive_container holds only" in plan.message


@pytest.mark.parametrize(
    ("content", "bad"),
    [
        ("[docs](https://open.feishu.cn) <a href='http://a.b'>x</a> [v]($urlVal) [t](${link})", False),
        ("<link icon='chat_outlined' url='https://applink.feishu.cn/client/chat/x'>chat</link>", False),
        ("[click](javascript:alert(1))", True),
        ("<a href='file:///etc/passwd'>x</a>", True),
        ("<link url='ftp://files'>f</link>", True),
    ],
)
def test_links_inside_markdown_text(content: str, bad: bool) -> None:
    for element in (_md(content), {"tag": "div", "text": _text(content, "lark_md")}):
        found = [d for d in parse_card({"elements": [element]}).errors if d.rule == "link-scheme"]
        assert bool(found) is bad, content


def test_element_i18n_in_a_v2_card_does_not_send_the_author_to_i18n_elements() -> None:
    # JSON 2.0 has no i18n_elements (the schema rejects it): the message says what is possible.
    card = _v2({"tag": "markdown", "content": "a", "i18n_content": {"en_us": "b"}})
    (problem,) = [d for d in parse_card(card, ephemeral=True).errors if d.rule == "ephemeral-element-i18n"]
    assert "i18n_elements" in problem.message and "no card-level" in problem.message
    assert "one language" in problem.message and "classic card" in problem.message
    assert "put translations in card-level" not in problem.message
    classic = {"elements": [{"tag": "markdown", "content": "a", "i18n_content": {"en_us": "b"}}]}
    (problem,) = [d for d in parse_card(classic, ephemeral=True).errors if d.rule == "ephemeral-element-i18n"]
    assert "put translations in card-level i18n_elements" in problem.message
    # what the advice names must itself pass: the 1.0 card with i18n_elements sends fine
    fixed = {"i18n_elements": {"en_us": [_md("b")], "zh_cn": [_md("a")]}}
    assert not parse_card(_body(fixed, open_id="ou")).errors


def test_audio_translations_are_element_level_too() -> None:
    audio = {"tag": "audio", "file_key": "file_v3_x", "i18n_file_key": {"en_us": "file_v3_y"}}
    card = _v2(audio, config={"enable_forward": False})
    found = [d.pointer for d in parse_card(card).diagnostics if d.rule == "ephemeral-element-i18n"]
    assert found == ["/body/elements/0/i18n_file_key"]


def _div(text: str = "t") -> dict[str, Any]:
    return {"tag": "div", "text": _text(text)}


def test_the_v2_element_limit_counts_texts_and_containers_too() -> None:
    # card-json-v2-structure.md: at most 200 "elements (such as a plain_text text element) or
    # components": a div with its text is two.
    assert "element-count" not in rules(parse_card(_v2(*[_div() for _ in range(100)])))
    text = card_text(_v2(*[_div(f"t{i}") for i in range(101)]))
    (problem,) = [d for d in parse(text).errors if d.rule == "element-count"]
    assert "202 elements" in problem.message
    assert problem.pointer == "/body/elements/100"  # the 201st in reading order (its text: the 202nd)
    # containers count, and so does what they hold, at any depth
    nested = {"tag": "column_set", "columns": [{"tag": "column", "elements": [_div() for _ in range(66)]}]}
    assert "element-count" not in rules(parse_card(_v2(nested)))  # 1 + 1 + 66 * 2 = 134
    assert "element-count" in rules(parse_card(_v2(nested, nested)))  # 268


def test_chart_data_and_callback_values_are_not_elements() -> None:
    spec = {"type": "bar", "data": {"values": [{"tag": "x"} for _ in range(300)]}}
    value = {"items": [{"tag": "y"} for _ in range(300)]}
    card = _v2({"tag": "chart", "chart_spec": spec}, _button(value=value))
    assert "element-count" not in rules(parse_card(card))


@pytest.mark.parametrize(
    ("button", "version", "flagged"),
    [
        ({"action_type": "form_submit"}, "1.0", False),
        ({"action_type": "form_submit"}, "2.0", False),
        ({"form_action_type": "submit"}, "2.0", False),
        ({"form_action_type": "reset"}, "2.0", True),
        ({"action_type": "form_reset"}, "1.0", True),
        ({"form_action_type": "${kind}"}, "2.0", False),
        ({}, "2.0", True),
    ],
)
def test_a_form_needs_a_submit_button(button: dict[str, Any], version: str, flagged: bool) -> None:
    submit = _button(name="b", **button)
    columns = {"tag": "column_set", "columns": [{"tag": "column", "elements": [submit]}]}
    form = {"tag": "form", "name": "f", "elements": [{"tag": "input", "name": "a"}, columns]}
    card = _v2(form) if version == "2.0" else {"elements": [form]}
    found = [d for d in parse_card(card).errors if d.rule == "form-submit"]
    assert bool(found) is flagged, [d.format() for d in parse_card(card).diagnostics]
    if flagged:
        spelling = '"form_action_type": "submit"' if version == "2.0" else '"action_type": "form_submit"'
        assert spelling in found[0].message and found[0].pointer.endswith("/elements/0/tag")
