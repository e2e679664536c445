"""Template placeholders (``${x}``, ``{{x}}``, ``#{x}``) pass wherever a checked value goes,
each with one info line saying it is filled in later (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.cards import Severity
from designer.cards.placeholders import is_placeholder
from tests.helpers.cards import parse_card


def _card(p: str) -> dict[str, Any]:
    """A JSON 2.0 card where every value a rule judges is the placeholder ``p``."""
    return {
        "schema": "2.0",
        "card_link": {"url": p},
        "header": {
            "title": {"tag": "plain_text", "content": "t"},
            "template": p,
            "text_tag_list": [{"tag": "text_tag", "text": {"tag": "plain_text", "content": "a"}, "color": p}],
        },
        "body": {
            "padding": p,
            "elements": [
                {"tag": "markdown", "content": f"[open]({p})", "text_align": p, "element_id": p},
                {"tag": "div", "text": {"tag": "plain_text", "content": "x", "text_color": p, "lines": p}},
                {"tag": "person", "user_id": p, "size": p},
                {
                    "tag": "column_set",
                    "columns": [{"tag": "column", "weight": p, "width": p, "elements": []}],
                },
                {"tag": "date_picker", "initial_date": p, "disabled": p},
                {"tag": "button", "text": {"tag": "plain_text", "content": "b"}, "url": p, "type": p},
                {"tag": p},
            ],
        },
    }


# Every pointer above whose value a rule would judge (not the free texts, not the user id).
JUDGED = {
    "/card_link/url",
    "/header/template",
    "/header/text_tag_list/0/color",
    "/body/padding",
    "/body/elements/0/content",
    "/body/elements/0/text_align",
    "/body/elements/0/element_id",
    "/body/elements/1/text/text_color",
    "/body/elements/1/text/lines",
    "/body/elements/2/size",
    "/body/elements/3/columns/0/weight",
    "/body/elements/3/columns/0/width",
    "/body/elements/4/initial_date",
    "/body/elements/4/disabled",
    "/body/elements/5/url",
    "/body/elements/5/type",
    "/body/elements/6/tag",
}


@pytest.mark.parametrize("placeholder", ["${value}", "{{value}}", "{{ .Value }}", "#{value}"])
def test_a_placeholder_passes_everywhere_with_one_info_line_each(placeholder: str) -> None:
    doc = parse_card(_card(placeholder))
    assert not doc.errors and not doc.warnings, [d.format() for d in doc.errors + doc.warnings]
    infos = [d for d in doc.diagnostics if d.rule == "template-placeholder"]
    # A markdown link target ends at a space, so "[open]({{ .Value }})" is no link to judge.
    judged = JUDGED - {"/body/elements/0/content"} if " " in placeholder else JUDGED
    assert sorted(d.pointer for d in infos) == sorted(judged)
    assert all(d.severity is Severity.INFO and "filled in later" in d.message for d in infos)


def test_placeholders_in_a_classic_card_and_a_request_body() -> None:
    card = {
        "header": {"title": {"tag": "plain_text", "content": "t"}, "template": "{{color}}"},
        "elements": [
            {
                "tag": "img",
                "img_key": "k",
                "alt": {"tag": "plain_text", "content": ""},
                "custom_width": "#{w}",
            }
        ],
    }
    body = {"chat_id": "oc", "open_id": "ou", "msg_type": "interactive", "card": card}
    doc = parse_card(body)
    assert not doc.errors and not doc.warnings, [d.format() for d in doc.diagnostics]
    assert {d.pointer for d in doc.diagnostics if d.rule == "template-placeholder"} == {
        "/card/header/template",
        "/card/elements/0/custom_width",
    }


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("${x}", True),
        ("${half-typed", True),
        ("https://a.b/{{ id }}/c", True),
        ("#{user.name}", True),
        ("{{#each items}}", True),
        ("plain", False),
        ("{single}", False),
        ("https://a.b/#top", False),
        ("{{ unclosed", False),
        ("a { b } c", False),
        (3, False),
        (None, False),
    ],
)
def test_what_counts_as_a_placeholder(value: object, expected: bool) -> None:
    assert is_placeholder(value) is expected


def test_a_wrong_value_next_to_a_placeholder_is_still_reported() -> None:
    card = {
        "schema": "2.0",
        "body": {"elements": [{"tag": "markdown", "content": "x", "text_align": "middle"}]},
    }
    (problem,) = parse_card(card).errors
    assert problem.rule == "invalid-value" and problem.pointer == "/body/elements/0/text_align"


_NAME = st.text(st.characters(blacklist_characters="{}", blacklist_categories=("Cs",)), max_size=12)
_AROUND = st.text(st.characters(blacklist_characters="{}$#", blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(
    before=_AROUND,
    name=_NAME,
    after=_AROUND,
    form=st.sampled_from(["${%s}", "{{%s}}", "#{%s}"]),
)
def test_any_placeholder_anywhere_in_a_url_passes(before: str, name: str, after: str, form: str) -> None:
    value = before + form % name + after
    assert is_placeholder(value)
    doc = parse_card({"card_link": {"url": value}, "elements": []})
    assert not doc.errors, [d.format() for d in doc.errors]
    assert [d.rule for d in doc.diagnostics] == ["template-placeholder"]


@settings(max_examples=100, deadline=None, derandomize=True)
@given(text=st.text(st.characters(blacklist_characters="{", blacklist_categories=("Cs",)), max_size=30))
def test_text_without_an_opening_brace_is_never_a_placeholder(text: str) -> None:
    assert not is_placeholder(text)
    # ... so a bad URL without one is still reported
    doc = parse_card({"card_link": {"url": "ftp:" + text}, "elements": []})
    assert "template-placeholder" not in {d.rule for d in doc.diagnostics}
