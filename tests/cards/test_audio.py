"""The JSON 2.0 ``audio`` component: model, lint and palette entry (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from designer.cards import Severity, entry, insert_element, parse, plan_insert
from tests.helpers.cards import FIXTURES, card_text, parse_card

_NO_FORWARD = {"update_multi": True, "enable_forward": False}


def _card(*elements: Any, config: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "schema": "2.0",
        "config": _NO_FORWARD if config is None else config,
        "body": {"elements": list(elements)},
    }


# audio.md, "JSON 结构": every field the page documents (comments dropped).
COMPLETE = {
    "tag": "audio",
    "element_id": "custom_id",
    "margin": "0px 0px 0px 0px",
    "file_key": "file_v3_00or_f2c1276b-9f24-463d-8911-xxxxxx",
    "i18n_file_key": {"zh_cn": "file_v3_1", "en_us": "file_v3_2"},
    "audio_id": "1",
    "disabled": False,
    "disabled_tips": {"tag": "plain_text", "content": "已禁用"},
    "show_progress_bar": True,
    "show_time": True,
    "time_display": "default",
    "time_position": "end",
    "border": {"color": "border-color", "corner_radius": "8px"},
    "style": "normal",
    "padding": "12px",
    "background_style": "bg-color",
    "fill_color": "fill-color",
    "width": "default",
    "fallback": {"tag": "fallback_text", "text": {"content": "自定义降级文案", "tag": "plain_text"}},
}
COLORS = {
    "style": {
        "color": {
            name: {"light_mode": "rgba(5,157,178,0.52)", "dark_mode": "rgba(78,23,108,0.49)"}
            for name in ("border-color", "bg-color", "fill-color")
        }
    }
}


def test_a_minimal_audio_is_a_known_component() -> None:
    doc = parse_card(_card({"tag": "audio", "file_key": "file_v3_x"}))
    assert not doc.errors and not doc.warnings, [d.format() for d in doc.diagnostics]
    assert "ephemeral-audio" in {d.rule for d in doc.diagnostics}  # an info line on a bare card
    assert "unknown-tag" not in {d.rule for d in doc.diagnostics}
    (client,) = [d for d in doc.diagnostics if d.rule == "client-version" and "audio" in d.message]
    assert "7.49" in client.message


def test_the_complete_audio_of_the_docs_validates() -> None:
    doc = parse_card(_card(COMPLETE, config={**_NO_FORWARD, **COLORS}))
    assert not doc.errors, [d.format() for d in doc.errors]
    # what only the ephemeral API would refuse: its i18n_file_key (and the audio itself, an info line)
    assert [d.rule for d in doc.warnings] == ["ephemeral-element-i18n"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("file_key", 5),
        ("time_display", "start"),
        ("time_position", "middle"),
        ("style", "loud"),
        ("show_time", "yes"),
        ("width", "50px"),
        ("padding", "100px"),
        ("fill_color", "bleu-800"),
    ],
)
def test_a_wrong_audio_field_is_named(field: str, value: Any) -> None:
    doc = parse_card(_card({"tag": "audio", "file_key": "f", field: value}))
    found = [d for d in doc.errors + doc.warnings if d.pointer == f"/body/elements/0/{field}"]
    assert found, [d.format() for d in doc.diagnostics]


def test_fallback_drop_is_accepted_and_other_words_are_not() -> None:
    assert not parse_card(_card({"tag": "audio", "file_key": "f", "fallback": "drop"})).errors
    found = parse_card(_card({"tag": "audio", "file_key": "f", "fallback": "skip"})).errors
    assert found and {d.pointer for d in found} == {"/body/elements/0/fallback"}, [d.format() for d in found]


def test_an_audio_card_must_not_be_forwardable() -> None:
    missing = parse_card(_card({"tag": "audio", "file_key": "f"}, config={}))
    (problem,) = [d for d in missing.errors if d.rule == "audio-forward"]
    assert problem.pointer == "/body/elements/0" and '"enable_forward": false' in problem.message
    allowed = parse_card(_card({"tag": "audio", "file_key": "f"}, config={"enable_forward": True}))
    (problem,) = [d for d in allowed.errors if d.rule == "audio-forward"]
    assert problem.pointer == "/config/enable_forward"


def test_audio_cannot_be_sent_as_an_ephemeral_card() -> None:
    card = _card({"tag": "markdown", "content": "listen"}, {"tag": "audio", "file_key": "f"})
    bare = [d for d in parse_card(card).diagnostics if d.rule == "ephemeral-audio"]
    assert [d.severity for d in bare] == [Severity.INFO]
    strict = [d for d in parse_card(card, ephemeral=True).diagnostics if d.rule == "ephemeral-audio"]
    assert [(d.severity, d.pointer) for d in strict] == [(Severity.ERROR, "/body/elements/1/tag")]
    body = {"chat_id": "oc", "open_id": "ou", "msg_type": "interactive", "card": card}
    (problem,) = [d for d in parse_card(body).errors if d.rule == "ephemeral-audio"]
    assert problem.pointer == "/card/body/elements/1/tag" and "ephemeral API rejects it" in problem.message


def test_audio_is_json_2_only() -> None:
    doc = parse_card({"elements": [{"tag": "audio", "file_key": "f"}]})
    (problem,) = [d for d in doc.errors if d.rule == "misplaced-component"]
    assert "only in JSON 2.0" in problem.message and problem.pointer == "/elements/0/tag"
    assert not plan_insert(doc, "audio", None).ok


def test_the_palette_inserts_an_audio_into_a_2_0_card() -> None:
    item = entry("audio")
    assert item.schema_versions == {"2.0"} and item.min_client == "7.49" and item.group == "media"
    text = card_text(_card({"tag": "hr"}))
    doc = parse(text)
    plan = plan_insert(doc, "audio", None)
    assert plan.ok, plan.message
    new = parse(insert_element(doc, plan, item.snippet_for("2.0")).apply(text))
    assert not new.errors, [d.format() for d in new.errors]
    assert new.card is not None and new.card["body"]["elements"][1]["tag"] == "audio"
    # In a card that may be forwarded, the one error says what to change.
    text = card_text({"schema": "2.0", "body": {"elements": []}})
    doc = parse(text)
    new = parse(insert_element(doc, plan_insert(doc, "audio", None), item.snippet_for("2.0")).apply(text))
    assert [d.rule for d in new.errors] == ["audio-forward"]


def test_the_docs_audio_example_is_a_fixture_that_validates() -> None:
    path: Path = FIXTURES / "v2-audio.json"
    doc = parse(path.read_text(encoding="utf-8"))
    assert not doc.errors, [d.format(path.name) for d in doc.errors]
    assert (
        sum(
            1 for e in json.loads(path.read_text(encoding="utf-8"))["body"]["elements"] if e["tag"] == "audio"
        )
        == 15
    )
