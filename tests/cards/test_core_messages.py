"""Every message the core can show has a zh_CN translation that fits its parameters; the
did-you-mean guess is stored once (a parameter of the message)."""

from __future__ import annotations

import dataclasses

from designer import messages
from designer.cards import Diagnostic, parse
from designer.messages import Text, catalog, load_all, template_fields


def test_every_core_message_has_a_chinese_translation_with_the_same_parameters() -> None:
    texts = load_all()
    assert len(texts) > 100  # every package's constants were found (cards, feishu, commands)
    chinese = catalog("zh_CN")
    untranslated = sorted(text for text in texts if not chinese.get(text))
    assert not untranslated, f"run resources/translations/update.py and translate: {untranslated}"
    mismatched = [
        (text, chinese[text]) for text in texts if template_fields(chinese[text]) != template_fields(text)
    ]
    assert not mismatched


def test_a_new_message_is_registered_by_being_made() -> None:
    made = Text("a message only this test makes {x}")
    try:
        assert load_all()["a message only this test makes {x}"] is made
        assert not catalog("zh_CN").get(made.english)  # which the test above would report
    finally:  # (not left behind for the test above, whatever the order)
        messages._REGISTRY.pop(made.english)


def test_the_suggestion_is_a_parameter_of_the_message_not_a_second_copy() -> None:
    (problem,) = parse('{"elements": [{"tag": "buton"}]}').diagnostics
    assert "suggestion" not in {field.name for field in dataclasses.fields(Diagnostic)}
    assert problem.message.params["suggestion"] == "button" == problem.suggestion
    assert problem.message == "'buton' is not a component; did you mean 'button'?"


def test_a_translation_that_does_not_fit_shows_the_english() -> None:
    made = Text("needs {version}")
    try:
        message = made(version="7.20")
        assert message.translated(lambda _: "需要 {versoin}") == "needs 7.20"
        assert message.translated(lambda _: "需要 {version}") == "需要 7.20"
    finally:  # (no untranslated message left for the other tests to find)
        messages._REGISTRY.pop(made.english)
