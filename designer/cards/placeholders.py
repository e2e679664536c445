"""Template placeholders: text a template engine replaces before the card is sent.

Many bots keep their cards as templates. CardKit's own card variables are ``${name}``
(configure-card-variables: "${变量名}"); Go templates, Jinja and Handlebars write
``{{name}}`` / ``{{ .Name }}``; Ruby and Java EL write ``#{name}``. A value holding one says
nothing about what Feishu will receive, so no check judges it: the schema and lint ask
``is_placeholder`` (this module is the one home of that question) and say in an info line
(rule ``template-placeholder``) that the value is filled in later.
"""

from __future__ import annotations

import re
from typing import Any

from designer.messages import Message, Text

# "${" alone already counts (a half-typed CardKit variable is still one); the other two
# spellings need their closing braces, so "{{" in ordinary text or "#{" in a URL's
# fragment are not mistaken for templates.
_PLACEHOLDER = re.compile(r"\$\{|\{\{[^{}]*\}\}|#\{[^{}]*\}")


def is_placeholder(value: Any) -> bool:
    """True for a string holding a template placeholder: ``${x}``, ``{{x}}`` or ``#{x}``."""
    return isinstance(value, str) and _PLACEHOLDER.search(value) is not None


FILLED_IN_LATER = Text(
    "{value} is a template placeholder: its value is filled in later, so it is not checked"
)


def filled_in_later(shown: str) -> Message:
    """The info line for a checked value that is a placeholder (``shown``: the value as quoted
    in messages, ``schema.quoted``)."""
    return FILLED_IN_LATER(value=shown)
