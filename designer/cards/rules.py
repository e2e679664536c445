"""The registry of every diagnostic the card format can give: stable id, severity, one line.

``validate --format json`` prints these ids and the GUI's problems list shows the
description; a rule id never changes meaning once released. Severity here is the
default: the rules in ``RAISED_WHEN_EPHEMERAL`` are raised to errors for an ephemeral request
body and at send time (the ephemeral API rejects what they find; ordinary messages accept it).
"""

from __future__ import annotations

from dataclasses import dataclass

from designer.cards.document import Diagnostic, Severity, Span
from designer.messages import Message, Text


@dataclass(frozen=True, slots=True)
class Rule:
    """One diagnostic kind: stable ``id`` (never renamed), default ``severity``, one-line description.

    The description is written as English text and kept as a ``Message`` (registered for
    translation: ``validate --list-rules`` prints it in the locale's language).
    """

    id: str
    severity: Severity
    description: str

    def __post_init__(self) -> None:
        if not isinstance(self.description, Message):  # (braces such as "{{x}}" are meant literally)
            template = self.description.replace("{", "{{").replace("}", "}}")
            object.__setattr__(self, "description", Text(template)())


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        # reading the text
        Rule("json-syntax", _E, "The text is not valid JSON (says where and what was expected)."),
        Rule("duplicate-key", _W, "An object has the same member twice; only the last one counts."),
        Rule("nesting-too-deep", _E, "JSON nested so deeply it cannot be a card Feishu accepts."),
        # the schema (pydantic models in models.py)
        Rule("unknown-tag", _E, "A component tag Feishu does not know (suggests the nearest tag)."),
        Rule("missing-required", _E, "A required field is missing (e.g. a text without 'content')."),
        Rule("wrong-type", _E, "A field has the wrong JSON type (e.g. a string where true/false belongs)."),
        Rule("invalid-value", _E, "A field has a value outside its allowed set."),
        Rule(
            "unknown-field",
            _W,
            "A field Feishu does not know: ignored in classic cards, an error in JSON 2.0 (suggests the nearest name).",
        ),
        # the request body (docs/feishu/ephemeral.md)
        Rule("body-msg-type", _E, 'An ephemeral request body must have msg_type "interactive".'),
        Rule("body-recipient", _E, "An ephemeral request body needs one of open_id, user_id or email."),
        Rule("body-recipient-precedence", _I, "Several recipients given: open_id > user_id > email wins."),
        # the ephemeral API's own limits
        Rule(
            "ephemeral-element-i18n",
            _W,
            "Element-level i18n / i18n_content / i18n_img_key / i18n_default_value / i18n_file_key is not supported "
            "by the ephemeral API (error in a request body and at send time; a classic card can use card-level "
            "i18n_elements / i18n_header, a JSON 2.0 card has no card-level kind and carries one language).",
        ),
        Rule("ephemeral-forward", _W, "Ephemeral cards cannot be forwarded; enable_forward is ignored."),
        # Info, not warning, on a bare card: unlike element-level i18n there is nothing to fix
        # short of dropping the audio, which is fine for an ordinary message.
        Rule(
            "ephemeral-audio",
            _I,
            "A card with an audio component cannot be sent with the ephemeral API "
            "(error in a request body and at send time).",
        ),
        Rule(
            "audio-forward",
            _E,
            'A card with an audio component must set config "enable_forward": false, or sending it fails.',
        ),
        # card limits (docs/feishu/card-limits.md)
        Rule("card-size", _E, "The card is larger than 30 KB (UTF-8 JSON as sent)."),
        Rule("nesting-depth", _E, "Components nested more than 5 levels deep."),
        Rule(
            "element-count",
            _E,
            "A JSON 2.0 card has more than 200 elements: every component at any depth, and the "
            "texts, icons and tags inside them.",
        ),
        Rule("table-count", _E, "More than 5 tables in one card (per language)."),
        Rule(
            "link-scheme",
            _E,
            "A link that is not http(s):// (or lark://); about:blank, which Feishu accepts but "
            "which does nothing, is a warning.",
        ),
        Rule("button-text-length", _E, "Button text longer than 100 characters."),
        Rule("button-url-conflict", _W, "A button has both url and multi_url; they are exclusive."),
        Rule("v2-removed-component", _E, "note and action do not exist in JSON 2.0 (error 200861)."),
        Rule("v2-update-multi", _E, "JSON 2.0 cards must be shared cards: update_multi cannot be false."),
        Rule(
            "element-id",
            _E,
            "JSON 2.0 element_id: letters, digits, '_', starts with a letter, <= 20, unique.",
        ),
        # where components may stand
        Rule("button-outside-action", _E, "In the classic schema, buttons and pickers go in an action row."),
        Rule("form-in-form", _E, "A form may not contain another form."),
        Rule(
            "misplaced-component",
            _E,
            "A component where Feishu does not accept it (column outside column_set...).",
        ),
        Rule("duplicate-form-name", _E, "Two components in one form have the same name."),
        Rule(
            "form-field-name", _E, "A component inside a form has no name, so its value cannot be submitted."
        ),
        Rule(
            "form-submit",
            _E,
            'A form without a submit button ("form_action_type": "submit" / "action_type": "form_submit").',
        ),
        # content
        Rule("img-alt", _W, "An image without alt text (screen readers read nothing)."),
        Rule("empty-text", _W, "A text with empty content shows nothing."),
        Rule("invalid-date", _E, "A picker's initial date/time is not a valid YYYY-M-D / HH:mm value."),
        Rule("header-template", _E, "The header template colour is not one Feishu offers."),
        Rule("color", _E, "A header tag colour Feishu does not offer."),
        Rule(
            "unknown-color",
            _W,
            "A text, icon or background colour that is neither a Feishu colour name nor defined in config.style.color.",
        ),
        Rule("text-tag-count", _W, "More than 3 header tags: Feishu shows only the first 3."),
        Rule("client-version", _I, "This component needs a recent Feishu client (names the version)."),
        Rule(
            "template-placeholder",
            _I,
            "A URL, colour, number, option or id is a template placeholder (${x}, {{x}} or #{x}): "
            "it is filled in later, so it is not checked.",
        ),
        # numbers (numbers.NUMBER_RANGES)
        Rule(
            "number-range",
            _E,
            "A size, spacing, weight or count outside the range Feishu documents "
            "(margin -99..99 px, padding and spacing 0..99 px, column weight 1..5...).",
        ),
        Rule(
            "number-not-finite",
            _E,
            "A number that is not finite ('nanpx', 'infpx', or a literal such as 1e400, which would be "
            "sent as Infinity: not JSON).",
        ),
    )
}


# What ordinary messages accept but the ephemeral API rejects: their default severity on a bare
# card, errors in a request body and at send time.
RAISED_WHEN_EPHEMERAL: frozenset[str] = frozenset({"ephemeral-element-i18n", "ephemeral-audio"})


def diagnostic(
    rule: str, message: Message, pointer: str, span: Span, *, severity: Severity | None = None
) -> Diagnostic:
    """A diagnostic of a registered rule (its default severity unless given)."""
    return Diagnostic(severity or RULES[rule].severity, rule, message, pointer, span)
