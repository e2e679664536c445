"""The Qt-free fill of a final card's ${name} placeholders with a form's submitted values."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from designer.cards.fill import fill_card, fill_text, missing_names, variable_names


def test_every_string_value_is_filled_and_keys_stay() -> None:
    card = {
        "header": {"title": {"tag": "plain_text", "content": "📌 ${todo_title}"}},
        "elements": [{"tag": "markdown", "content": "截止 ${due_date} ${remind_time}，负责人 ${owners}"}],
        "${todo_title}": "a key is not a place for a value",
    }
    values = {
        "todo_title": "提交 OKR",
        "due_date": "2026-12-04",
        "remind_time": "10:00",
        "owners": ["ou_a", "ou_b"],
    }
    filled = fill_card(card, values)
    assert filled["header"]["title"]["content"] == "📌 提交 OKR"
    assert filled["elements"][0]["content"] == "截止 2026-12-04 10:00，负责人 ou_a, ou_b"
    assert "${todo_title}" in filled
    assert card["header"]["title"]["content"] == "📌 ${todo_title}"  # the template is untouched


def test_a_name_without_a_value_is_kept_and_reported() -> None:
    card = {"a": "${known} and ${unknown}"}
    assert fill_card(card, {"known": True}) == {"a": "true and ${unknown}"}
    assert missing_names(card, {"known": 1}) == ["unknown"]
    assert variable_names({"x": ["${b}", "${a}${b}"]}) == ["b", "a"]


def test_a_value_holding_a_placeholder_is_not_filled_again() -> None:
    assert fill_text("${a}", {"a": "${b}", "b": "no"}) == "${b}"


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda children: (
            st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4)
        ),
        max_leaves=20,
    ),
    st.dictionaries(
        st.from_regex(r"[A-Za-z_][\w-]{0,8}", fullmatch=True),
        st.text(st.characters(blacklist_characters="${}"), max_size=10),
        max_size=4,
    ),
)
def test_filling_keeps_the_shape_and_leaves_no_given_name(card: object, values: dict[str, str]) -> None:
    filled = fill_card(card, values)
    json.dumps(filled)  # still JSON
    # Values without "$", "{" or "}" cannot make a new placeholder: every given name is gone.
    assert not set(variable_names(filled)) & set(values)
