"""Lint stays quiet on what Feishu shows fine, and says "warning" where the card is accepted (issue 12)."""

from __future__ import annotations

from typing import Any

from designer.cards import Severity
from tests.helpers.cards import parse_card

_ICON = {"tag": "standard_icon", "token": "chat-forbidden_outlined", "color": "orange"}


def _empty_texts(card: dict[str, Any]) -> list[str]:
    return [d.pointer for d in parse_card(card).diagnostics if d.rule == "empty-text"]


def test_a_markdown_with_only_an_icon_is_not_empty() -> None:
    minimal = {"elements": [{"tag": "markdown", "content": "", "icon": _ICON}]}
    assert _empty_texts(minimal) == []
    complete = {
        "schema": "2.0",
        "body": {
            "elements": [
                {"tag": "markdown", "content": "", "icon": _ICON, "text_align": "center", "margin": "0px"},
                {"tag": "div", "text": {"tag": "plain_text", "content": ""}, "icon": _ICON},
                {"tag": "markdown", "content": ""},  # no icon: nothing shows
            ]
        },
    }
    assert _empty_texts(complete) == ["/body/elements/2/content"]


def test_an_empty_header_subtitle_is_not_a_problem_but_an_empty_title_is() -> None:
    title = {"tag": "plain_text", "content": "Title"}
    empty = {"tag": "plain_text", "content": ""}
    assert _empty_texts({"header": {"title": title, "subtitle": empty}, "elements": []}) == []
    complete = {
        "schema": "2.0",
        "header": {"title": title, "subtitle": empty, "template": "blue"},
        "i18n_header": {"en_us": {"title": empty, "subtitle": empty}},
        "body": {"elements": [{"tag": "markdown", "content": "x"}]},
    }
    assert _empty_texts(complete) == ["/i18n_header/en_us/title/content"]


def test_about_blank_is_a_warning_not_an_error() -> None:
    card = {
        "card_link": {"url": "about:blank", "pc_url": "javascript:void(0)"},
        "elements": [{"tag": "markdown", "content": "[nowhere](about:blank) [bad](ftp://x)"}],
    }
    found = {(d.pointer, d.severity) for d in parse_card(card).diagnostics if d.rule == "link-scheme"}
    assert found == {
        ("/card_link/url", Severity.WARNING),
        ("/card_link/pc_url", Severity.ERROR),
        ("/elements/0/content", Severity.WARNING),
        ("/elements/0/content", Severity.ERROR),
    }
    minimal = parse_card({"card_link": {"url": "about:blank"}, "elements": []})
    assert not minimal.errors
    (warning,) = minimal.warnings
    assert "does nothing" in warning.message and "accepted" in warning.message
