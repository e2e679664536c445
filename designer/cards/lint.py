"""Lint rules beyond the schema: what Feishu or the ephemeral API would reject or show wrongly.

Every rule works on the raw card (``Document.card``), so it runs even when the schema
check failed, and tolerates any shape. Rule ids, severities and descriptions live in
``rules.RULES`` (re-exported here). Sources: Feishu's API reference ("Card limits"), the
ephemeral API's page (使用限制), Feishu's component pages (see ``models.py``); the ranges of
number fields are in ``numbers.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from designer.cards.colors import COLOR_NAMES
from designer.cards.document import Diagnostic, Severity, SourceMap
from designer.cards.jsontext import CONTAINERS, join_pointer, split_pointer
from designer.cards.numbers import NUMBER_FIELD_NAMES, non_finite_pointers, problems, range_for
from designer.cards.placeholders import filled_in_later, is_placeholder
from designer.cards.placement import misplacement
from designer.cards.rules import RAISED_WHEN_EPHEMERAL, RULES, Rule, diagnostic
from designer.cards.schema import FIELD_PROBLEM, guessed, nearest, quoted
from designer.cards.sizes import MAX_CARD_BYTES
from designer.cards.specs import BY_TAG, FORM_FIELD_TAGS, MIN_CLIENT, InteractionKind, tags_where
from designer.cards.tree import ElementVisit, walk_elements
from designer.messages import Message, Text
from designer.recipients import RecipientKind

__all__ = ["RULES", "CardContext", "Rule", "lint"]

MAX_NESTING = 5
MAX_ELEMENTS_V2 = 200
MAX_TABLES = 5
MAX_BUTTON_TEXT = 100
MAX_TEXT_TAGS = 3

# title.md: header "template"
HEADER_TEMPLATES: tuple[str, ...] = (
    "blue",
    "wathet",
    "turquoise",
    "green",
    "yellow",
    "orange",
    "red",
    "carmine",
    "violet",
    "purple",
    "indigo",
    "grey",
    "default",
)
# title.md: text_tag "color"
TEXT_TAG_COLORS: tuple[str, ...] = (
    "neutral",
    "blue",
    "turquoise",
    "lime",
    "orange",
    "violet",
    "indigo",
    "wathet",
    "green",
    "yellow",
    "red",
    "purple",
    "carmine",
)
# The colour names (plus custom ones a card defines in config.style.color): cards/colors.py.
FEISHU_COLORS: frozenset[str] = COLOR_NAMES
# Members that take a colour name (the same page lists them); icon and border "color" are matched by owner.
_COLOR_KEYS = frozenset({"text_color", "background_style", "border_color", "background_color", "fill_color"})
# docs/feishu/card-limits.md "Client versions"; a component's own minimum is in its spec (MIN_CLIENT).
SCHEMA_V2_MIN_CLIENT = "7.20"

_URL_KEYS = frozenset({"url", "android_url", "ios_url", "pc_url", "default_url"})
_LINK_SCHEMES = ("http://", "https://", "lark://")
_MD_TAGS = frozenset({"lark_md", "markdown"})
_MARKDOWN_LINK = re.compile(
    r"\[[^\]]*\]\(\s*([^)\s]+)"  # [text](target)
    r"|<a\s[^>]*?href\s*=\s*['\"]?([^'\"\s>]+)"  # <a href='target'>
    r"|<link\s[^>]*?\burl\s*=\s*['\"]?([^'\"\s>]+)",  # <link url='target'>
    re.IGNORECASE,
)
# A target with a scheme ("javascript:", "ftp:"); "$urlVal" variables and plain words have none.
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME = re.compile(r"^(\d{1,2}):(\d{1,2})$")
_DATETIME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{1,2})$")
_ELEMENT_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,19}$")
# configure-multi-language-content.md's table writes the audio one "i18n_file_key_key"; the
# audio page (card-json-v2-components/content-components/audio) and its JSON write "i18n_file_key".
_ELEMENT_I18N_KEYS = frozenset(
    {"i18n", "i18n_content", "i18n_img_key", "i18n_default_value", "i18n_file_key", "i18n_file_key_key"}
)
_CONTENT_TAGS = frozenset({"plain_text", "lark_md", "markdown"})
# Components that wrap others; a column counts with its column_set as one level.
_NESTING_TAGS = tags_where(lambda spec: spec.nesting)


@dataclass(frozen=True, slots=True)
class CardContext:
    """What the rules read: the parsed value and where things are."""

    data: Any
    card: dict[str, Any] | None
    card_pointer: str
    is_request_body: bool
    version: str
    source_map: SourceMap
    ephemeral: bool  # the strict ephemeral rules apply (request body, or send time)
    size_bytes: int


def _tag(obj: dict[str, Any]) -> str:
    """The object's tag, ``""`` when it has none or it is not a string (any shape may come in)."""
    tag = obj.get("tag")
    return tag if isinstance(tag, str) else ""


class _Linter:
    def __init__(self, ctx: CardContext) -> None:
        self.ctx = ctx
        self.found: list[Diagnostic] = []
        self.visits: list[ElementVisit] = list(walk_elements(ctx.card, ctx.card_pointer))
        self.members: list[_Member] = _members(ctx.card, ctx.card_pointer) if ctx.card is not None else []
        self.placeholders: set[str] = set()

    def add(
        self,
        rule: str,
        message: Message,
        pointer: str,
        *,
        key: bool = False,
        severity: Severity | None = None,
    ) -> None:
        span = self.ctx.source_map.locate(pointer, key=key)
        self.found.append(diagnostic(rule, message, pointer, span, severity=severity))

    def templated(self, value: Any, pointer: str) -> bool:
        """Whether ``value`` (a URL, colour, id... that a rule would judge) is a template
        placeholder; if so, says once that it is filled in later instead of judging it."""
        if not is_placeholder(value):
            return False
        if pointer not in self.placeholders:
            self.placeholders.add(pointer)
            self.add("template-placeholder", filled_in_later(quoted(value)), pointer)
        return True


class _Member(NamedTuple):
    """One object member inside the card: ``owner[key] == value``; ``holder`` is the object
    that holds ``owner`` (e.g. the button around a text), for rules that look one level up.

    A named tuple: a 30 KB card has thousands of members, and a frozen dataclass's
    ``__init__`` (one ``object.__setattr__`` per field) made building them the lint's top cost."""

    pointer: str
    key: str
    value: Any
    owner: dict[str, Any]
    holder: dict[str, Any] | None


def _members(card: Any, card_pointer: str) -> list[_Member]:
    """Every object member in the card, in one iterative pass (rules filter this list)."""
    found: list[_Member] = []
    stack: list[tuple[Any, str, dict[str, Any] | None]] = [(card, card_pointer, None)]
    while stack:
        value, pointer, holder = stack.pop()
        if isinstance(value, dict):
            for key, child in value.items():
                child_pointer = join_pointer(pointer, key)
                found.append(_Member(child_pointer, key, child, value, holder))
                if isinstance(child, CONTAINERS):
                    stack.append((child, child_pointer, value))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                if isinstance(child, CONTAINERS):
                    stack.append((child, join_pointer(pointer, index), holder))
    return found


# --- what the rules say (designer.messages: English ids, translated where shown) --------------

BODY_MSG_TYPE = Text('msg_type must be "interactive" for an ephemeral card, found {found}')
BODY_RECIPIENT = Text("the request body needs a recipient: one of open_id, user_id or email")
BODY_RECIPIENT_PRECEDENCE = Text(
    "{given} are all given: '{winner}' wins (open_id > user_id > email); the others are ignored"
)
EPHEMERAL_REJECTS = Text("the ephemeral API rejects it")
EPHEMERAL_UNSUPPORTED = Text("the ephemeral API does not support it")
I18N_INSTEAD_V2 = Text(
    "JSON 2.0 has no card-level i18n_elements either, so an ephemeral 2.0 card shows one "
    "language: send each reader the text in their language, or use a classic card "
    '(without "schema": "2.0") with i18n_elements and header i18n'
)
I18N_INSTEAD = Text("put translations in card-level i18n_elements / i18n_header instead")
ELEMENT_I18N = Text("element-level '{key}': {where}; {instead}")
EPHEMERAL_FORWARD = Text("ephemeral cards cannot be forwarded: enable_forward is ignored")
AUDIO_FORWARD = Text(
    'a card with an audio component cannot be forwarded: set "enable_forward": false in '
    "its config, or sending it fails"
)
AUDIO_NOT_EPHEMERAL = Text("it cannot be sent as an ephemeral card")
EPHEMERAL_AUDIO = Text("a card with an audio component: {where} (send it as an ordinary message)")
CARD_SIZE = Text("the card is {size:.1f} KB; Feishu accepts at most 30 KB (error 230025)")
ELEMENT_COUNT = Text(
    "the card has {count} elements (components and the texts, icons and tags in them); "
    "JSON 2.0 allows at most {limit}"
)
TABLE_COUNT = Text("more than {limit} tables in one card")
NESTING_DEPTH = Text("'{tag}' is nested {depth} levels deep; Feishu allows at most {limit}")
LINK_IN_TEXT_BLANK = Text(
    "link {target} in the text is about:blank: the link does nothing (the card is accepted)"
)
LINK_BLANK = Text("'{key}' is about:blank: the link does nothing (the card is accepted)")
LINK_IN_TEXT_SCHEME = Text("link {target} in the text must start with http:// or https://")
LINK_SCHEME = Text("'{key}' must start with http:// or https://, found {target}")
IMG_ALT = Text("image has no 'alt' text")
CLIENT_VERSION = Text("'{tag}' needs Feishu client {version} or later")
CLIENT_VERSION_V2 = Text("JSON 2.0 cards need Feishu client {version} or later")
ELEMENT_ID_FORM = Text(
    "element_id {value}: letters, digits and '_', starting with a letter, at most 20 characters"
)
ELEMENT_ID_TWICE = Text("element_id {value} is used twice in the card")
BUTTON_TEXT_LENGTH = Text("button text is {length} characters; Feishu allows at most {limit}")
BUTTON_URL_CONFLICT = Text("a button takes 'url' or 'multi_url', not both")
INVALID_DATE = Text("'{field}': {value} is not a valid {shape} value")
FORM_FIELD_NAME = Text("'{tag}' inside form '{form}' needs a 'name' to be submitted")
DUPLICATE_FORM_NAME = Text("name {name} is already used in this form (at {first})")
FORM_SUBMIT = Text("form {name} has no submit button, so it can never be sent: add a button with {how}")
EMPTY_TEXT = Text("text content is empty: nothing is shown")
HEADER_TEMPLATE = Text("header template {value} is not a Feishu colour (one of {allowed})")
TEXT_TAG_COUNT = Text("{count} header tags: Feishu shows only the first {limit}")
TAG_COLOR = Text("tag colour {value} is not a Feishu colour")
UNKNOWN_COLOR = Text(
    "'{key}': {value} is not a Feishu colour name: it may show in the default colour "
    "(define custom colours in config.style.color)"
)
V2_TOP_LEVEL_ELEMENTS = Text(
    "JSON 2.0 cards take their components in body.elements: top-level 'elements' is ignored"
)
V1_BODY = Text("'body' belongs to JSON 2.0 cards: add \"schema\": \"2.0\" or use 'elements'")
V2_UPDATE_MULTI = Text("JSON 2.0 cards are always shared: update_multi must be true")
NUMBER_NOT_FINITE = Text(
    "this number is too large to be sent: JSON has no infinity (it would go out as Infinity)"
)


# --- the rules ----------------------------------------------------------------------------------


def _request_body(lint: _Linter) -> None:
    ctx = lint.ctx
    body = ctx.data
    if not ctx.is_request_body or not isinstance(body, dict):
        return
    msg_type = body.get("msg_type")
    if "msg_type" in body and msg_type != "interactive":
        lint.add("body-msg-type", BODY_MSG_TYPE(found=json.dumps(msg_type, ensure_ascii=False)), "/msg_type")
    given = [kind.value for kind in RecipientKind if body.get(kind.value)]
    if not given:
        lint.add("body-recipient", BODY_RECIPIENT(), "")
    elif len(given) > 1:
        lint.add(
            "body-recipient-precedence",
            BODY_RECIPIENT_PRECEDENCE(given=", ".join(given), winner=given[0]),
            f"/{given[1]}",
            key=True,
        )


def _ephemeral(lint: _Linter) -> None:
    # configure-multi-language-content.md: card-level ("全局") i18n is i18n_elements plus the header's
    # own `i18n` (title, subtitle); element-level ("局部") is i18n_content, i18n_img_key,
    # i18n_default_value, i18n_file_key_key, and `i18n` on a text inside a component. The
    # ephemeral API supports only the card-level kind (docs/feishu/ephemeral.md; the page's 使用限制).
    # JSON 2.0 has no card-level kind at all (card-json-v2-breaking-changes-release-notes.md: "JSON
    # 2.0 版本不再支持通过 i18n_elements 字段设置全局多语言", only the element-level fields), so
    # an ephemeral 2.0 card can carry one language only: say so rather than point at i18n_elements.
    ctx = lint.ctx
    severity = _ephemeral_severity(ctx, "ephemeral-element-i18n")
    where = EPHEMERAL_REJECTS() if ctx.ephemeral else EPHEMERAL_UNSUPPORTED()
    instead = I18N_INSTEAD_V2() if ctx.version == "2.0" else I18N_INSTEAD()
    config_prefix = join_pointer(ctx.card_pointer, "config") + "/"
    header_prefixes = (
        join_pointer(ctx.card_pointer, "header") + "/",
        join_pointer(ctx.card_pointer, "i18n_header") + "/",
    )
    for member in lint.members:
        if member.key not in _ELEMENT_I18N_KEYS or not isinstance(member.value, dict):
            continue
        if member.pointer.startswith(config_prefix):
            continue  # config.summary.i18n_content is the chat preview, not an element
        if member.key == "i18n" and member.pointer.startswith(header_prefixes):
            continue  # the header's i18n is part of card-level multi-language
        lint.add(
            "ephemeral-element-i18n",
            ELEMENT_I18N(key=member.key, where=where, instead=instead),
            member.pointer,
            key=True,
            severity=severity,
        )
    config = ctx.card.get("config") if ctx.card else None
    if ctx.ephemeral and isinstance(config, dict) and config.get("enable_forward") is True:
        lint.add(
            "ephemeral-forward",
            EPHEMERAL_FORWARD(),
            join_pointer(join_pointer(ctx.card_pointer, "config"), "enable_forward"),
            key=True,
        )


def _ephemeral_severity(ctx: CardContext, rule: str) -> Severity:
    """A rule in ``RAISED_WHEN_EPHEMERAL`` is an error where the ephemeral API applies."""
    assert rule in RAISED_WHEN_EPHEMERAL
    return Severity.ERROR if ctx.ephemeral else RULES[rule].severity


def _audio(lint: _Linter) -> None:
    """audio.md 注意事项: a card holding an audio cannot be forwarded ("你需要在卡片 JSON 的
    config 配置中指定 enable_forward 为 false，否则会导致卡片发送失败") and cannot be sent with
    the ephemeral API ("暂不支持使用发送仅特定人可见的消息卡片接口发送")."""
    ctx = lint.ctx
    audio = next((visit for visit in lint.visits if visit.tag == "audio"), None)
    if audio is None or not isinstance(ctx.card, dict):
        return
    config = ctx.card.get("config")
    forward = config.get("enable_forward") if isinstance(config, dict) else None
    if forward is not False and not is_placeholder(forward):
        config_pointer = join_pointer(ctx.card_pointer, "config")
        pointer = join_pointer(config_pointer, "enable_forward") if forward is not None else audio.pointer
        lint.add("audio-forward", AUDIO_FORWARD(), pointer)
    where = EPHEMERAL_REJECTS() if ctx.ephemeral else AUDIO_NOT_EPHEMERAL()
    lint.add(
        "ephemeral-audio",
        EPHEMERAL_AUDIO(where=where),
        join_pointer(audio.pointer, "tag"),
        severity=_ephemeral_severity(ctx, "ephemeral-audio"),
    )


def _limits(lint: _Linter) -> None:
    ctx = lint.ctx
    if ctx.size_bytes > MAX_CARD_BYTES:
        lint.add(
            "card-size",
            CARD_SIZE(size=ctx.size_bytes / 1024),
            ctx.card_pointer,
        )
    if ctx.version == "2.0":
        elements = _counted_elements(lint)
        if len(elements) > MAX_ELEMENTS_V2:
            lint.add(
                "element-count",
                ELEMENT_COUNT(count=len(elements), limit=MAX_ELEMENTS_V2),
                elements[MAX_ELEMENTS_V2],
            )
    tables: Counter[str | None] = Counter()
    for visit in lint.visits:
        if visit.tag != "table":
            continue
        tables[visit.language] += 1
        if tables[visit.language] == MAX_TABLES + 1:
            lint.add("table-count", TABLE_COUNT(limit=MAX_TABLES), visit.pointer)
    for visit in lint.visits:
        depth = 1 + sum(1 for tag in visit.ancestors if tag in _NESTING_TAGS)
        if depth == MAX_NESTING + 1:  # report where a branch first goes too deep, not every child
            lint.add(
                "nesting-depth",
                NESTING_DEPTH(tag=visit.tag, depth=depth, limit=MAX_NESTING),
                visit.pointer,
            )


# Members holding the author's own data, not card elements: a VChart spec, table rows, the value
# sent back in a callback, and what an old client shows instead of a component.
_DATA_KEYS = frozenset({"chart_spec", "rows", "value", "fallback"})


def _counted_elements(lint: _Linter) -> list[str]:
    """Pointers, in document order, of what the JSON 2.0 limit counts. card-json-v2-structure.md
    (注意事项): "一张卡片最多支持 200 个元素（如 tag 为 plain_text 的文本元素）或组件" — at most
    200 elements or components per card, a text object with tag plain_text being such an element.
    So every object with a ``tag`` counts: components at any depth (containers included), and
    the texts, icons and header tags inside them."""
    base = len(split_pointer(lint.ctx.card_pointer))
    found = [
        member.pointer.rpartition("/")[0]
        for member in lint.members
        if member.key == "tag"
        and isinstance(member.value, str)
        and not _DATA_KEYS.intersection(split_pointer(member.pointer)[base:])
    ]
    if len(found) <= MAX_ELEMENTS_V2:
        return found
    return sorted(found, key=lambda pointer: lint.ctx.source_map.locate(pointer).offset)


def _markdown_links(content: str) -> list[str]:
    """Link targets written inside lark_md / markdown text: ``[t](url)``, ``<a href=url>``, ``<link url=...>``."""
    return [m.group(1) or m.group(2) or m.group(3) for m in _MARKDOWN_LINK.finditer(content)]


def _links(lint: _Linter) -> None:
    for member in lint.members:
        if member.key == "content" and isinstance(member.value, str) and _tag(member.owner) in _MD_TAGS:
            for target in _markdown_links(member.value):
                if lint.templated(target, member.pointer) or not _SCHEME.match(target):
                    continue
                _link(lint, target, member.pointer, LINK_IN_TEXT_BLANK, LINK_IN_TEXT_SCHEME, {})
        value = member.value
        if member.key not in _URL_KEYS or not isinstance(value, str) or not value:
            continue
        if not lint.templated(value, member.pointer):
            _link(lint, value, member.pointer, LINK_BLANK, LINK_SCHEME, {"key": member.key})


def _link(
    lint: _Linter, target: str, pointer: str, blank: Text, scheme: Text, params: dict[str, str]
) -> None:
    """``target`` must be http(s):// or lark://; ``about:blank`` (a link to nowhere, which
    builders write as a stand-in) is accepted by Feishu and only does nothing: a warning.
    ``blank`` / ``scheme`` say so (for a link in a text or a URL field, named by ``params``)."""
    if target.lower().startswith(_LINK_SCHEMES):
        return
    if target.strip().lower() == "about:blank":
        lint.add(
            "link-scheme",
            blank(target=quoted(target), **params),
            pointer,
            severity=Severity.WARNING,
        )
        return
    lint.add("link-scheme", scheme(target=quoted(target), **params), pointer)


def _components(lint: _Linter) -> None:
    ctx = lint.ctx
    version = ctx.version
    seen_min_client: set[str] = set()
    element_ids: dict[str, str] = {}
    for visit in lint.visits:
        element, tag, pointer = visit.element, visit.tag, visit.pointer
        tag_pointer = join_pointer(pointer, "tag")
        problem = misplacement(tag, visit.ancestors, version, standalone=visit.array_pointer is not None)
        if problem is not None:
            lint.add(problem.rule, problem.message, tag_pointer)
        if tag == "img" and "alt" not in element:
            lint.add("img-alt", IMG_ALT(), pointer)
        if tag == "button":
            _button(lint, element, pointer)
        if tag in _PICKER_VALUES:
            _picker_value(lint, element, pointer, tag)
        if tag in MIN_CLIENT and tag not in seen_min_client:
            seen_min_client.add(tag)
            lint.add("client-version", CLIENT_VERSION(tag=tag, version=MIN_CLIENT[tag]), tag_pointer)
        element_id = element.get("element_id")
        id_pointer = join_pointer(pointer, "element_id")
        if version == "2.0" and isinstance(element_id, str) and not lint.templated(element_id, id_pointer):
            if not _ELEMENT_ID.match(element_id):
                lint.add(
                    "element-id",
                    ELEMENT_ID_FORM(value=quoted(element_id)),
                    id_pointer,
                )
            elif element_id in element_ids:
                lint.add("element-id", ELEMENT_ID_TWICE(value=quoted(element_id)), id_pointer)
            element_ids.setdefault(element_id, pointer)
        if tag == "form":
            _form_names(lint, visit)
    if version == "2.0":
        lint.add(
            "client-version",
            CLIENT_VERSION_V2(version=SCHEMA_V2_MIN_CLIENT),
            join_pointer(ctx.card_pointer, "schema"),
        )


def _button(lint: _Linter, element: dict[str, Any], pointer: str) -> None:
    text = element.get("text")
    content = text.get("content") if isinstance(text, dict) else None
    # Free text: a placeholder in it is judged by nobody, so no info line either.
    if isinstance(content, str) and len(content) > MAX_BUTTON_TEXT and not is_placeholder(content):
        lint.add(
            "button-text-length",
            BUTTON_TEXT_LENGTH(length=len(content), limit=MAX_BUTTON_TEXT),
            join_pointer(join_pointer(pointer, "text"), "content"),
        )
    if element.get("url") and element.get("multi_url"):
        lint.add(
            "button-url-conflict",
            BUTTON_URL_CONFLICT(),
            join_pointer(pointer, "url"),
        )


def _valid_date(year: str, month: str, day: str) -> bool:
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def _valid_time(hour: str, minute: str) -> bool:
    return int(hour) < 24 and int(minute) < 60


def _valid_datetime(*parts: str) -> bool:
    return _valid_date(*parts[:3]) and _valid_time(*parts[3:])


# A picker's kind -> how its value is read and checked; its field and shape are in its spec.
_PICKER_CHECKS: dict[InteractionKind, tuple[re.Pattern[str], Callable[..., bool]]] = {
    InteractionKind.DATE: (_DATE, _valid_date),
    InteractionKind.TIME: (_TIME, _valid_time),
    InteractionKind.DATETIME: (_DATETIME, _valid_datetime),
}
_PICKER_VALUES = tags_where(lambda spec: spec.interaction in _PICKER_CHECKS)


def _picker_value(lint: _Linter, element: dict[str, Any], pointer: str, tag: str) -> None:
    # date-picker.md etc.: the service accepts unpadded values such as "2002-2-22" and "9:5".
    spec = BY_TAG[tag]
    checks = _PICKER_CHECKS.get(spec.interaction) if spec.interaction is not None else None
    if checks is None or spec.value_field is None:
        return
    (pattern, valid), field, shape = checks, spec.value_field, spec.value_format
    value = element.get(field)
    if not isinstance(value, str) or lint.templated(value, join_pointer(pointer, field)):
        return
    match = pattern.match(value)
    ok = match is not None and valid(*match.groups())
    if not ok:
        lint.add(
            "invalid-date",
            INVALID_DATE(field=field, value=quoted(value), shape=shape),
            join_pointer(pointer, field),
        )


def _submits(button: dict[str, Any]) -> bool:
    """Whether a button submits its form: ``"form_action_type": "submit"`` (form-container.md,
    JSON 2.0) or the older ``"action_type": "form_submit"`` (the 1.0 page, still accepted in
    2.0). A placeholder may become either: it is given the benefit of the doubt."""
    form_action_type, action_type = button.get("form_action_type"), button.get("action_type")
    if form_action_type == "submit" or action_type == "form_submit":
        return True
    return is_placeholder(form_action_type) or is_placeholder(action_type)


def _form_names(lint: _Linter, form: ElementVisit) -> None:
    """Names of the fields of one form (not of a form nested in it: that is its own error), and
    its submit button: both form-container pages say a form must hold at least one button that
    submits it ("表单容器中必须至少有一个带有提交属性的按钮"); without one it can never be sent."""
    prefix = form.pointer + "/"
    depth = len(form.ancestors) + 1
    names: dict[str, str] = {}
    submitted = False
    for visit in lint.visits:
        if not visit.pointer.startswith(prefix) or "form" in visit.ancestors[depth:]:
            continue
        if visit.tag == "button" and _submits(visit.element):
            submitted = True
        if visit.tag not in FORM_FIELD_TAGS and visit.tag != "button":
            continue
        name = visit.element.get("name")
        if not isinstance(name, str) or not name:
            if visit.tag != "button":
                lint.add(
                    "form-field-name",
                    FORM_FIELD_NAME(tag=visit.tag, form=form.element.get("name", "")),
                    visit.pointer,
                )
            continue
        if name in names:
            lint.add(
                "duplicate-form-name",
                DUPLICATE_FORM_NAME(name=quoted(name), first=names[name]),
                join_pointer(visit.pointer, "name"),
            )
        names.setdefault(name, visit.pointer)
    if not submitted:
        how = '"form_action_type": "submit"' if lint.ctx.version == "2.0" else '"action_type": "form_submit"'
        lint.add(
            "form-submit",
            FORM_SUBMIT(name=quoted(str(form.element.get("name", ""))), how=how),
            join_pointer(form.pointer, "tag"),
        )


def _texts(lint: _Linter) -> None:
    # An empty header subtitle shows nothing and takes no room (title.md: subtitle is optional);
    # CardKit's exports always carry one, empty when the author gave none.
    subtitles = {
        join_pointer(join_pointer(pointer, "subtitle"), "content") for pointer, _ in _headers(lint.ctx)
    }
    for member in lint.members:
        text = member.owner
        if member.key != "content" or member.value != "" or _tag(text) not in _CONTENT_TAGS:
            continue
        if text.get("i18n") or text.get("i18n_content"):
            continue
        if "/alt/" in member.pointer:
            continue  # an empty alt marks a decorative image
        if text.get("icon") or (member.holder is not None and member.holder.get("icon")):
            continue  # an icon-only markdown, div or button: the icon shows, the empty text is on purpose
        if member.pointer in subtitles:
            continue
        lint.add("empty-text", EMPTY_TEXT(), member.pointer)


def _headers(ctx: CardContext) -> list[tuple[str, Any]]:
    """(pointer, value) of the card's header and of each language's ``i18n_header``."""
    card = ctx.card
    if not isinstance(card, dict):
        return []
    headers: list[tuple[str, Any]] = [(join_pointer(ctx.card_pointer, "header"), card.get("header"))]
    i18n_header = card.get("i18n_header")
    if isinstance(i18n_header, dict):
        base = join_pointer(ctx.card_pointer, "i18n_header")
        headers += [(join_pointer(base, lang), header) for lang, header in i18n_header.items()]
    return headers


def _header_and_colors(lint: _Linter) -> None:
    for pointer, header in _headers(lint.ctx):
        if not isinstance(header, dict):
            continue
        template = header.get("template")
        if (
            isinstance(template, str)
            and template not in HEADER_TEMPLATES
            and not lint.templated(template, join_pointer(pointer, "template"))
        ):
            lint.add(
                "header-template",
                guessed(
                    HEADER_TEMPLATE(value=quoted(template), allowed=", ".join(sorted(HEADER_TEMPLATES))),
                    nearest(template, HEADER_TEMPLATES),
                ),
                join_pointer(pointer, "template"),
            )
        tags = header.get("text_tag_list")
        if isinstance(tags, list):
            if len(tags) > MAX_TEXT_TAGS:
                lint.add(
                    "text-tag-count",
                    TEXT_TAG_COUNT(count=len(tags), limit=MAX_TEXT_TAGS),
                    join_pointer(join_pointer(pointer, "text_tag_list"), MAX_TEXT_TAGS),
                )
            for index, tag in enumerate(tags):
                color = tag.get("color") if isinstance(tag, dict) else None
                color_pointer = join_pointer(
                    join_pointer(join_pointer(pointer, "text_tag_list"), index), "color"
                )
                if (
                    isinstance(color, str)
                    and color not in TEXT_TAG_COLORS
                    and not lint.templated(color, color_pointer)
                ):
                    guess = nearest(color, TEXT_TAG_COLORS)
                    lint.add("color", guessed(TAG_COLOR(value=quoted(color)), guess), color_pointer)


def _custom_colors(card: dict[str, Any]) -> set[str]:
    """Colour names the card defines itself in ``config.style.color`` (e.g. ``cus-0``)."""
    config = card.get("config")
    style = config.get("style") if isinstance(config, dict) else None
    colors = style.get("color") if isinstance(style, dict) else None
    return set(colors) if isinstance(colors, dict) else set()


def _colors(lint: _Linter) -> None:
    card = lint.ctx.card
    if not isinstance(card, dict):
        return
    allowed = FEISHU_COLORS | _custom_colors(card)
    for member in lint.members:
        value = member.value
        if not isinstance(value, str) or not value or value in allowed:
            continue
        icon_or_border = member.key == "color" and (
            "token" in member.owner or member.pointer.endswith(("/border/color", "/style/color"))
        )
        if member.key not in _COLOR_KEYS and not icon_or_border:
            continue
        if member.pointer.startswith(join_pointer(lint.ctx.card_pointer, "config") + "/"):
            continue
        if lint.templated(value, member.pointer):
            continue
        guess = nearest(value, allowed)
        lint.add(
            "unknown-color",
            guessed(UNKNOWN_COLOR(key=member.key, value=quoted(value)), guess),
            member.pointer,
        )


def _v2_config(lint: _Linter) -> None:
    ctx = lint.ctx
    if not isinstance(ctx.card, dict):
        return
    # The body of the other schema version is ignored: the card would show up empty.
    if ctx.version == "2.0" and "elements" in ctx.card:
        lint.add(
            "misplaced-component",
            V2_TOP_LEVEL_ELEMENTS(),
            join_pointer(ctx.card_pointer, "elements"),
            key=True,
        )
    if ctx.version == "1.0" and "body" in ctx.card:
        lint.add(
            "misplaced-component",
            V1_BODY(),
            join_pointer(ctx.card_pointer, "body"),
            key=True,
        )
    if ctx.version != "2.0":
        return
    config = ctx.card.get("config")
    if isinstance(config, dict) and config.get("update_multi") is False:
        lint.add(
            "v2-update-multi",
            V2_UPDATE_MULTI(),
            join_pointer(join_pointer(ctx.card_pointer, "config"), "update_multi"),
        )


# Objects without a tag whose number fields follow the component they belong to
# (collapsible-panel.md: header.padding, border.corner_radius; plain-text.md: text.lines;
# table.md: header_style.lines).
_PART_KEYS = ("header", "border", "text", "header_style")


def _number_owners(lint: _Linter) -> list[tuple[str | None, dict[str, Any], str]]:
    """(tag, object, pointer) of every object whose members may be number fields: the card's
    body and headers, every component and its untagged parts. Members elsewhere (a chart spec,
    a callback value, table rows) are the author's own data, not Feishu's number fields."""
    ctx = lint.ctx
    card = ctx.card
    owners: list[tuple[str | None, dict[str, Any], str]] = []
    if isinstance(card, dict) and isinstance(card.get("body"), dict):
        owners.append((None, card["body"], join_pointer(ctx.card_pointer, "body")))
    owners += [(None, header, pointer) for pointer, header in _headers(ctx) if isinstance(header, dict)]
    for visit in lint.visits:
        owners.append((visit.tag, visit.element, visit.pointer))
        for key in _PART_KEYS:
            part = visit.element.get(key)
            if isinstance(part, dict):
                owners.append((visit.tag, part, join_pointer(visit.pointer, key)))
        columns = visit.element.get("columns") if visit.tag == "table" else None
        for index, column in enumerate(columns if isinstance(columns, list) else []):
            if not isinstance(column, dict):
                continue
            column_pointer = join_pointer(join_pointer(visit.pointer, "columns"), index)
            owners.append((visit.tag, column, column_pointer))  # table.md: columns[].width
            if isinstance(column.get("format"), dict):  # columns[].format.precision
                owners.append((visit.tag, column["format"], join_pointer(column_pointer, "format")))
    return owners


def _numbers(lint: _Linter) -> None:
    """Number fields against the ranges Feishu documents (numbers.NUMBER_RANGES), then any
    number anywhere that JSON cannot carry."""
    reported: set[str] = set()
    for tag, owner, pointer in _number_owners(lint):
        for key, value in owner.items():
            if key not in NUMBER_FIELD_NAMES:  # most members: no call needed to know
                continue
            allowed = range_for(tag, key)
            if allowed is None:
                continue
            member_pointer = join_pointer(pointer, key)
            for rule, problem in problems(value, allowed):
                if rule == "template-placeholder":
                    lint.templated(value, member_pointer)
                    break
                lint.add(rule, FIELD_PROBLEM(field=f"'{key}'", problem=problem), member_pointer)
                reported.add(member_pointer)
                break  # one message per field: the first wrong part says enough
    # Anywhere else (a callback value, chart data...): 1e400 reads as infinity and would go out
    # as Infinity, which is not JSON (Feishu rejects the whole request).
    if lint.ctx.card is None:
        return
    for pointer in non_finite_pointers(lint.ctx.card, lint.ctx.card_pointer):
        if pointer not in reported:
            lint.add(
                "number-not-finite",
                NUMBER_NOT_FINITE(),
                pointer,
            )


_CHECKS: tuple[Callable[[_Linter], None], ...] = (
    _request_body,
    _ephemeral,
    _audio,
    _limits,
    _links,
    _components,
    _texts,
    _header_and_colors,
    _colors,
    _v2_config,
    _numbers,
)


def lint(ctx: CardContext) -> list[Diagnostic]:
    """All lint diagnostics for one card (in rule order; the parser sorts them by position)."""
    linter = _Linter(ctx)
    if ctx.card is None and not ctx.is_request_body:
        return []
    for check in _CHECKS:
        check(linter)
    return linter.found
