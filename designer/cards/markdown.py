"""lark_md / markdown text of a card parsed into a small typed tree any renderer can draw.

Feishu's card text comes in two dialects (pages "富文本（Markdown）" for JSON 1.0 and 2.0 under
``feishu-cards/.../content-components/rich-text``):

* ``lark_md`` (the ``text`` of a ``div``/``note``/field, and 1.0 ``markdown``): bold, italic,
  strikethrough, links, ``<at>`` mentions, ``<font color>``, ``<text_tag>``, Feishu emoji
  ``:OK:``, lists and fenced code (client 7.6+), ``---`` rules, ``\\n`` / ``<br>`` line breaks.
* ``markdown`` (the 2.0 ``markdown`` component) adds ``#`` headings, ``> `` quotes and ``<link>``.

The tree is plain data (no Qt). Text is always *text*: a tag we do not know, an unclosed marker or a
link whose scheme is not http(s) comes back as literal characters, never as markup, so a renderer
that draws the runs as text can never be tricked into interpreting HTML from a card.

Public API::

    parse_markdown(text, dialect="lark_md") -> list[Block]
    plain_text(blocks) -> str                      # what a reader sees, for search and tests
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache, partial
from operator import attrgetter
from typing import Literal

from designer.bounded_cache import BoundedCache
from designer.cards.emoji import EMOJI

Dialect = Literal["lark_md", "markdown"]
InlineKind = Literal["text", "mention", "text_tag", "number_tag", "emoji", "image", "icon", "break"]


@dataclass(frozen=True, slots=True)
class Inline:
    """One run of text with one style.

    ``kind``: ``text`` (styled by the flags below), ``mention`` (``user_id`` is the id or
    ``"all"``), ``text_tag`` (a coloured pill, ``tag_color``), ``number_tag`` (a number in a
    circle: ``tag_color`` its ``background_color``, ``color`` its ``font_color``, ``href`` where a
    click goes on the desktop), ``emoji`` (a Feishu emoji key
    resolved to a character), ``image`` (``href`` is the ``img_key``, ``text`` the hover text),
    ``icon`` (a standard icon, ``key`` its token: the prefix of a ``<link icon=...>``),
    ``break`` (a line break inside a paragraph).
    """

    kind: InlineKind
    text: str = ""
    bold: bool = False
    italic: bool = False
    strike: bool = False
    code: bool = False
    href: str | None = None  # only ever an http(s) url for text runs
    color: str | None = None  # <font color=...> value as written (e.g. "red", "rgba(...)")
    tag_color: str | None = None
    user_id: str | None = None
    key: str | None = None  # an ``emoji`` run's Feishu emoji key ("OK"), an ``icon`` run's token


@dataclass(frozen=True, slots=True)
class Paragraph:
    inlines: tuple[Inline, ...]
    kind: Literal["paragraph"] = "paragraph"


@dataclass(frozen=True, slots=True)
class Heading:
    level: int  # 1..6
    inlines: tuple[Inline, ...]
    kind: Literal["heading"] = "heading"


@dataclass(frozen=True, slots=True)
class Quote:
    inlines: tuple[Inline, ...]
    kind: Literal["quote"] = "quote"


@dataclass(frozen=True, slots=True)
class ListItem:
    inlines: tuple[Inline, ...]
    depth: int = 0  # 4 spaces (or a tab) per level, as Feishu documents
    ordered: bool = False
    number: int = 1


@dataclass(frozen=True, slots=True)
class ListBlock:
    items: tuple[ListItem, ...]
    kind: Literal["list"] = "list"


@dataclass(frozen=True, slots=True)
class CodeBlock:
    code: str
    language: str = ""
    kind: Literal["code"] = "code"


@dataclass(frozen=True, slots=True)
class Rule:
    kind: Literal["hr"] = "hr"


@dataclass(frozen=True, slots=True)
class Table:
    """A pipe table (JSON 2.0 markdown): a header row and body rows of inline cells."""

    header: tuple[tuple[Inline, ...], ...]
    rows: tuple[tuple[tuple[Inline, ...], ...], ...]
    kind: Literal["table"] = "table"


Block = Paragraph | Heading | Quote | ListBlock | CodeBlock | Rule | Table

_HR = re.compile(r"^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")
# A heading's closing "#"s and spaces are stripped in code (parse_markdown): as a pattern,
# "(.*?)\s*#*\s*$" backtracked over a run of spaces cubically ("# a" + 4,000 spaces took minutes).
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_LIST = re.compile(r"^((?: {4}|\t)*) {0,3}([-*+]|(\d{1,9})[.)])\s+(.*)$")
# Possessive: the spaces around the language never need to be given back, and giving them back
# one by one made a fence line with many spaces quadratic.
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})\s*+([\w+#.-]*+)\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$")
# The first non-space character a line has when each block pattern may match it (a list of
# 4,000 items tried six patterns a line), and what it is when the line may be more than
# paragraph text.
_STARTS: dict[str, Container[str]] = {
    "fence": "`~",
    "rule": "-*_",
    "heading": "#",
    "table": "|",
    "quote": ">",
    "list": "-*+0123456789",
}
_BLOCK_STARTS: Container[str] = frozenset("".join(str(starts) for starts in _STARTS.values()))


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


# Attribute values: 'x', "x" or bare x (Feishu's examples use all three). No attribute holds a
# "<": a tag then ends before the next "<", so trying a tag at every "<" of a line reads each
# character once (a value running on through later tags made a line of them quadratic).
_ATTR = r"""\s*=\s*(?:'([^'<]*)'|"([^"<]*)"|([^\s<>]+))"""
_AT = re.compile(r"<at\s+(id|ids|email)" + _ATTR + r"\s*>", re.IGNORECASE)
# <person id='ou_x' show_name=true ...></person> (rich-text page, "人员"): drawn like a mention.
_PERSON = re.compile(r"<person\b([^<>]*)>\s*</person>", re.IGNORECASE)
_PERSON_ID = re.compile(r"\bid" + _ATTR, re.IGNORECASE)
_FONT_OPEN = re.compile(r"<font\s+color" + _ATTR + r"\s*>", re.IGNORECASE)
_TAG_OPEN = re.compile(r"<text_tag\s+color" + _ATTR + r"\s*>", re.IGNORECASE)
_A_OPEN = re.compile(r"<a\s+href" + _ATTR + r"\s*>", re.IGNORECASE)
_LINK_OPEN = re.compile(r"<link\b([^<>]*)>", re.IGNORECASE)
_LINK_URL = re.compile(r"\burl" + _ATTR, re.IGNORECASE)
# <number_tag background_color='grey' font_color='white' url=... pc_url=...>1</number_tag>
# (rich-text page, "数字角标": a number 0-99 in a circle; pc_url wins over url on the desktop).
_NUMBER_TAG_OPEN = re.compile(r"<number_tag\b([^<>]*)>", re.IGNORECASE)
_NUMBER_TAG_ATTRS = {
    name: re.compile(rf"\b{name}" + _ATTR, re.IGNORECASE)
    for name in ("background_color", "font_color", "pc_url", "url")
}
_LINK_ICON = re.compile(r"\bicon" + _ATTR, re.IGNORECASE)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
# Closing tags, found by _Scan (a lookahead, so every place counts, as with str.find).
_CLOSING = {
    name: re.compile(f"(?=</{name}>)", re.IGNORECASE)
    for name in ("at", "font", "text_tag", "number_tag", "a", "link")
}
# [label](url) and ![alt](key): the label ends at the first "]" (or line end), the url at the
# first ")" (or space, which makes it no link).
_LABEL_END = re.compile(r"[\]\n]")
_URL_END = re.compile(r"[)\s]")
# Emphasis markers, longest first; each with the pattern that finds it (overlapping: "***"),
# and the one that finds it after text, not a space (where it may close an emphasis).
_MARKERS = {marker: re.compile(f"(?={re.escape(marker)})") for marker in ("**", "__", "~~", "*", "_")}
_CLOSERS = {marker: re.compile(f"(?<=\\S)(?={re.escape(marker)})") for marker in _MARKERS}
# Keys run to 24 characters (":StatusFlashOfInspiration:"); 32 leaves room and stays bounded.
_EMOJI = re.compile(r":([A-Za-z0-9_]{2,32}):")

# Characters where an inline construct may start; everything else is copied as text quickly.
_SPECIAL = re.compile(r"[<*_~`\[!:&]")


@lru_cache(maxsize=16)
def _special_without(special: re.Pattern[str], char: str) -> re.Pattern[str]:
    """``special`` (a character class pattern) without ``char``."""
    kept = special.pattern[1:-1].replace("\\" + char if char in "[]" else char, "", 1)
    return re.compile(f"[{kept}]")


def is_web_url(url: str) -> bool:
    """Only http(s) links become clickable (Feishu: "超链接必须包含 schema ... 仅支持 HTTP 和 HTTPS")."""
    lowered = url.strip().lower()
    return lowered.startswith(("http://", "https://"))


def _attr(match: re.Match[str], first_group: int) -> str:
    for group in range(first_group, first_group + 3):
        value = match.group(group)
        if value is not None:
            return value
    return ""


@dataclass(slots=True)
class _Style:
    bold: bool = False
    italic: bool = False
    strike: bool = False
    href: str | None = None
    color: str | None = None


# A text this short is searched from each place asked (at most this many places, each read
# once: bounded); a longer one has each pattern's places found once, then looked up.
_SHORT = 64


class _Scan:
    """One text being parsed, with what has been found in it so far.

    The parser tries a construct at every ``*``, ``[``, ``<`` ... of a line. Searching the rest
    of the line from each of them made a line of unclosed markers quadratic (20,000 characters
    took 3.6 s, issue 9). Here each pattern is found in one pass over the text and looked up by
    bisection, and a chain of candidates (a closing ``*`` after a space is passed over for the
    next one) is walked once and remembered, so an attempt costs O(log n).
    """

    __slots__ = ("_chains", "_found", "_web", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[re.Pattern[str], list[int]] = {}
        self._chains: dict[tuple[str, str], dict[int, int]] = {}
        self._web: dict[int, bool] = {}

    def next(self, pattern: re.Pattern[str], start: int) -> int:
        """Where ``pattern`` first matches at or after ``start``, or -1 (as ``str.find``)."""
        if len(self.text) <= _SHORT:  # (searched at once: no list of places to make first)
            found_here = pattern.search(self.text, start)
            return found_here.start() if found_here is not None else -1
        found = self._found.get(pattern)
        if found is None:
            found = self._found[pattern] = [match.start() for match in pattern.finditer(self.text)]
        index = bisect_left(found, start)
        return found[index] if index < len(found) else -1

    def closing(self, marker: str, start: int) -> int:
        """The first ``marker`` from the one at ``start`` on that follows text, not a space
        ("a * b * c" is no emphasis), or -1."""
        if len(marker) == 1:  # each one after the last: the first one after text, found at once
            return self.next(_CLOSERS[marker], start)
        # (a double one is looked for past the two characters of the last: "** **" is walked)
        return self._follow(("closing", marker), start, partial(self._past_spaced, marker))

    def may_close(self, marker: str, start: int) -> bool:
        """Whether a ``marker`` at or after ``start`` follows text: without one, no emphasis of
        it opens at or before ``start`` (each ``closing`` finds is one of them)."""
        return self.next(_CLOSERS[marker], start) != -1

    def _past_spaced(self, marker: str, at: int) -> int | None:
        if not self.text[at - 1].isspace():
            return None
        return self.next(_MARKERS[marker], at + len(marker))

    def single(self, marker: str, start: int) -> int:
        """The first ``marker`` from the one at ``start`` on that does not begin a double one
        ("*a **b** c*" closes at the last "*"), or -1."""
        return self._follow(("single", marker), start, partial(self._past_double, marker))

    def _past_double(self, marker: str, at: int) -> int | None:
        if not self.text.startswith(marker * 2, at):
            return None
        return self.next(_MARKERS[marker], at + 2)

    def _follow(self, chain: tuple[str, str], start: int, step: Callable[[int], int | None]) -> int:
        """Walk ``step`` from ``start`` until it stops (None: that place is the answer) or -1.
        Every place walked through remembers the answer, so no place is stepped from twice."""
        memo = self._chains.setdefault(chain, {})
        path: list[int] = []
        position = start
        while position != -1:
            known = memo.get(position)
            if known is not None:
                position = known
                break
            following = step(position)
            if following is None:
                break
            path.append(position)
            position = following
        for visited in path:
            memo[visited] = position
        if position != -1:
            memo[position] = position
        return position

    def target(self, label_start: int) -> tuple[int, int] | None:
        """``label](url)`` from ``label_start``: the offsets of its "]" and its ")", else None."""
        text = self.text
        label_end = self.next(_LABEL_END, label_start)
        if label_end == -1 or text[label_end] != "]" or not text.startswith("(", label_end + 1):
            return None
        url_end = self.next(_URL_END, label_end + 2)
        if url_end == -1 or text[url_end] != ")":
            return None
        return label_end, url_end

    def web_target(self, label_end: int, url_end: int) -> bool:
        """Whether the url of ``target`` is http(s); every "[" before one "]" asks the same."""
        known = self._web.get(label_end)
        if known is None:
            known = self._web[label_end] = is_web_url(self.text[label_end + 2 : url_end])
        return known


@dataclass(slots=True)
class _InlineParser:
    """The runs of one line. The inline syntax is the same in both dialects (they differ in
    blocks only: headings and quotes are ``markdown``'s), so it takes none."""

    out: list[Inline] = field(default_factory=list)

    def text(self, text: str, style: _Style, *, code: bool = False) -> None:
        if not text:
            return
        if not code:
            text = html.unescape(text) if "&" in text else text
        self.out.append(
            Inline(
                "text",
                text,
                bold=style.bold,
                italic=style.italic,
                strike=style.strike,
                code=code,
                href=style.href,
                color=style.color,
            )
        )

    def parse(self, text: str, style: _Style) -> None:
        if _SPECIAL.search(text) is None:  # (the inside of most emphasis and links: text)
            self.text(text, style)
            return
        scan = _Scan(text)
        pos = 0
        literal_start = 0
        length = len(text)
        special = _SPECIAL
        while pos < length:
            found = special.search(text, pos)
            if found is None:
                break
            pos = found.start()
            consumed = self._construct(scan, pos, style, literal_start)
            if consumed is None:
                char = text[pos]
                if char in "*_~" and not any(
                    scan.may_close(marker, pos + 2) for marker in _MARKERS if marker[0] == char
                ):
                    # No marker of this character closes after here: none of the ones after
                    # opens anything either, so they are passed over with the text. Trying
                    # each of 10,000 "*" of one line was most of drawing it (issue 9).
                    special = _special_without(special, char)
                pos += 1
                continue
            literal_start = pos = consumed
        self.text(text[literal_start:], style)

    def _flush(self, text: str, start: int, end: int, style: _Style) -> None:
        self.text(text[start:end], style)

    def _construct(self, scan: _Scan, pos: int, style: _Style, literal_start: int) -> int | None:
        """Parse the construct starting at ``pos``; return where it ends, or None for literal."""
        text = scan.text
        char = text[pos]
        if char == "<":
            return self._tag(scan, pos, style, literal_start)
        if char == "`":
            end = text.find("`", pos + 1)  # reads up to the next "`" only: linear as it is
            if end == -1 or end == pos + 1:
                return None
            self._flush(text, literal_start, pos, style)
            self.text(text[pos + 1 : end], style, code=True)
            return end + 1
        if char in "*_~":
            return self._emphasis(scan, pos, style, literal_start)
        if char == "[" or char == "!":
            return self._link(scan, pos, style, literal_start)
        if char == ":":
            match = _EMOJI.match(text, pos)
            if match and match.group(1) in EMOJI:
                self._flush(text, literal_start, pos, style)
                self.out.append(Inline("emoji", EMOJI[match.group(1)], key=match.group(1)))
                return match.end()
            return None
        return None  # "&" entities are decoded in text()

    def _emphasis(self, scan: _Scan, pos: int, style: _Style, literal_start: int) -> int | None:
        text = scan.text
        for marker, pattern in _MARKERS.items():
            if not text.startswith(marker, pos):
                continue
            if marker == "_" and pos > 0 and text[pos - 1].isalnum():
                return None  # snake_case words are not emphasis
            inner_start = pos + len(marker)
            if inner_start >= len(text) or text[inner_start].isspace():
                continue
            end = scan.next(pattern, inner_start)
            if end > inner_start:  # (a marker right after the opener closes nothing: "****")
                end = scan.closing(marker, end)
            if end <= inner_start:
                continue
            if marker in ("*", "_") and text.startswith(marker * 2, end):
                end = scan.single(marker, end)
                if end == -1:
                    continue
            self._flush(text, literal_start, pos, style)
            inner = _Style(style.bold, style.italic, style.strike, style.href, style.color)
            if marker in ("**", "__"):
                inner.bold = True
            elif marker == "~~":
                inner.strike = True
            else:
                inner.italic = True
            self.parse(text[inner_start:end], inner)
            return end + len(marker)
        return None

    def _link(self, scan: _Scan, pos: int, style: _Style, literal_start: int) -> int | None:
        text = scan.text
        image = text[pos] == "!"
        if image and not text.startswith("[", pos + 1):
            return None
        label_start = pos + (2 if image else 1)
        target = scan.target(label_start)
        if target is None:
            return None
        label_end, url_end = target
        if image:
            self._flush(text, literal_start, pos, style)
            alt, key = text[label_start:label_end], text[label_end + 2 : url_end]
            self.out.append(Inline("image", alt, href=key))
            return url_end + 1
        if not scan.web_target(label_end, url_end):
            return None  # non-http(s) links stay literal text
        self._flush(text, literal_start, pos, style)
        href = text[label_end + 2 : url_end].strip()
        inner = _Style(style.bold, style.italic, style.strike, href, style.color)
        self.parse(text[label_start:label_end], inner)
        return url_end + 1

    def _tag(self, scan: _Scan, pos: int, style: _Style, literal_start: int) -> int | None:
        text = scan.text
        br = _BR.match(text, pos)
        if br:
            self._flush(text, literal_start, pos, style)
            self.out.append(Inline("break", "\n"))
            return br.end()
        at = _AT.match(text, pos)
        close = scan.next(_CLOSING["at"], at.end()) if at else -1
        if at and close != -1:
            self._flush(text, literal_start, pos, style)
            kind = at.group(1).lower()
            value = _attr(at, 2)
            ids = [v.strip() for v in value.split(",") if v.strip()] if kind == "ids" else [value]
            for user in ids:
                self.out.append(Inline("mention", text[at.end() : close], user_id=user))
            return close + len("</at>")
        person = _PERSON.match(text, pos)
        if person:
            self._flush(text, literal_start, pos, style)
            found = _PERSON_ID.search(person.group(1))
            self.out.append(Inline("mention", "", user_id=_attr(found, 1) if found else ""))
            return person.end()
        for opener, name in ((_FONT_OPEN, "font"), (_TAG_OPEN, "text_tag"), (_A_OPEN, "a")):
            match = opener.match(text, pos)
            if not match:
                continue
            close = scan.next(_CLOSING[name], match.end())
            if close == -1:
                return None
            value = _attr(match, 1).strip()
            inner_text = text[match.end() : close]
            self._flush(text, literal_start, pos, style)
            if name == "font":
                self.parse(inner_text, _Style(style.bold, style.italic, style.strike, style.href, value))
            elif name == "text_tag":
                self.out.append(Inline("text_tag", html.unescape(inner_text), tag_color=value))
            elif is_web_url(value):
                self.parse(inner_text, _Style(style.bold, style.italic, style.strike, value, style.color))
            else:
                self.parse(inner_text, style)
            return close + len(name) + 3
        number = _NUMBER_TAG_OPEN.match(text, pos)
        if number:
            close = scan.next(_CLOSING["number_tag"], number.end())
            if close == -1:
                return None
            attrs = {
                name: _attr(found, 1).strip()
                for name, pattern in _NUMBER_TAG_ATTRS.items()
                if (found := pattern.search(number.group(1)))
            }
            url = next((attrs[k] for k in ("pc_url", "url") if is_web_url(attrs.get(k, ""))), None)
            self._flush(text, literal_start, pos, style)
            self.out.append(
                Inline(
                    "number_tag",
                    html.unescape(text[number.end() : close]).strip(),
                    href=url,
                    color=attrs.get("font_color") or None,
                    tag_color=attrs.get("background_color") or None,
                )
            )
            return close + len("</number_tag>")
        # <link url=...> is documented for both dialects (client 7.12+).
        match = _LINK_OPEN.match(text, pos)
        if match:
            close = scan.next(_CLOSING["link"], match.end())
            url_match = _LINK_URL.search(match.group(1))
            if close == -1 or url_match is None:
                return None
            url = _attr(url_match, 1).strip()
            self._flush(text, literal_start, pos, style)
            href = url if is_web_url(url) else None
            # <link icon='chat_outlined' url=...>: an icon of the icon library before the text
            # (2.0 markdown page, "含图标的链接语法").
            icon_match = _LINK_ICON.search(match.group(1))
            icon = _attr(icon_match, 1).strip() if icon_match else ""
            if icon:
                self.out.append(Inline("icon", "", href=href, key=icon))
            inner = _Style(style.bold, style.italic, style.strike, href, style.color)
            self.parse(text[match.end() : close], inner)
            return close + len("</link>")
        return None


# Everything of a run but its text: two runs alike in this are one look. Read from the fields
# (one home for them); comparing ``replace(run, text=...)`` instead built a run per run and was
# a sixth of drawing 30 KB of styled runs (issue 9).
_LOOK = attrgetter(*(f.name for f in fields(Inline) if f.name != "text"))


def _joined(runs: list[Inline]) -> tuple[Inline, ...]:
    """Adjacent text runs of one style as one run, each joined once (appending run by run
    copied the text so far every time)."""
    if len(runs) < 2:
        return tuple(runs)
    out: list[Inline] = []
    pieces: list[str] = []  # the texts that make up out[-1] while it is a text run

    def finish() -> None:
        if len(pieces) > 1:
            out[-1] = replace(out[-1], text="".join(pieces))

    for run in runs:
        if pieces and run.kind == "text" and _LOOK(run) == _LOOK(out[-1]):
            pieces.append(run.text)
            continue
        finish()
        out.append(run)
        pieces = [run.text] if run.kind == "text" else []
    finish()
    return tuple(out)


def parse_inline(text: str) -> tuple[Inline, ...]:
    """The runs of ``text`` (either dialect: they share their inline syntax)."""
    if "\n" not in text:  # most table cells and list items
        return _line_runs(text)
    out: list[Inline] = []
    for index, line in enumerate(text.split("\n")):
        if index:
            out.append(_BREAK)
        out.extend(_line_runs(line))
    return tuple(out)


def _line_runs(line: str) -> tuple[Inline, ...]:
    """The runs of one line (no construct spans lines), remembered across parses: a key typed
    in a long text leaves all its other lines as they were, and they were parsed again on each
    key (issue 9). Alike lines are one tuple."""
    runs = _LINES.get(line)
    if runs is not None:
        return runs
    if _SPECIAL.search(line) is None:  # plain text: one run, no parser
        runs = (Inline("text", line),) if line else ()
    elif "<" in line and _SPECIAL.search(_BR.sub("", line)) is None:
        # Text and <br> breaks only (30 KB of them is one line): as the parser reads it, without
        # trying a construct at each "<" (that was most of drawing such a text).
        found: list[Inline] = []
        made: dict[str, Inline] = {}  # (alike parts, one run: a run is made slowly, field by field)
        for index, part in enumerate(_BR.split(line)):
            if index:
                found.append(_BREAK)
            if part:
                run = made.get(part)
                if run is None:
                    run = made[part] = Inline("text", part)
                found.append(run)
        runs = tuple(found)
    else:
        parser = _InlineParser()
        parser.parse(line, _Style())
        runs = _joined(parser.out)
    return _LINES.put(line, runs)


_BREAK = Inline("break", "\n")  # (immutable: one for every line break)
# Lines -> their runs (see _line_runs): the lines of a few 30 KB texts, and at most about 2 MB
# of line text (each key typed in a 30 KB line is a new 30 KB line).
_LINES: BoundedCache[str, tuple[Inline, ...]] = BoundedCache(20_000, max_weight=2_000_000, weigh=len)


def clear_inline_cache() -> None:
    """Forget the lines parsed so far (a benchmark's first show)."""
    _LINES.clear()
    _ITEMS.clear()


def _list_item(line: str) -> ListItem | None:
    """The list item ``line`` is, or None; remembered across parses as lines are (``_LINES``).
    (What begins a list item begins no other block but a rule, tried first: "- - -".)"""
    listed = _LIST.match(line)
    if listed is None:
        return None
    number = int(listed.group(3)) if listed.group(3) else 1
    item = ListItem(
        parse_inline(listed.group(4)),
        depth=listed.group(1).count("\t") + listed.group(1).count("    "),
        ordered=listed.group(3) is not None,
        number=number,
    )
    return _ITEMS.put(line, item)


# List item lines -> their items (see _list_item), bounded as _LINES is.
_ITEMS: BoundedCache[str, ListItem] = BoundedCache(20_000, max_weight=2_000_000, weigh=len)


def parse_markdown(text: str, *, dialect: Dialect = "lark_md") -> list[Block]:
    """Split ``text`` into blocks, each with its inline runs. Never raises on any input."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    paragraph: list[str] = []
    items: list[ListItem] = []
    lines = text.split("\n")
    # Runs by their text, for this parse: list items and table cells repeat ("- [ ] todo",
    # statuses, numbers), and each was parsed again (a third of parsing a 30 KB table); alike
    # texts then share one tuple, which a table's drawing finds by identity (issue 9).
    parsed: dict[str, tuple[Inline, ...]] = {}

    def inline(source: str) -> tuple[Inline, ...]:
        runs = parsed.get(source)
        if runs is None:
            runs = parsed[source] = parse_inline(source)
        return runs

    def flush_paragraph() -> None:
        if paragraph:
            blocks.append(Paragraph(inline("\n".join(paragraph))))
            paragraph.clear()

    def flush_list() -> None:
        if items:
            blocks.append(ListBlock(tuple(items)))
            items.clear()

    index = 0
    while index < len(lines):
        line = lines[index]
        first = line.lstrip()[:1]
        if first and first not in _BLOCK_STARTS:
            # Text that cannot start any block (each pattern below wants one of _BLOCK_STARTS
            # first): six patterns a line were half of parsing 30 KB of short lines (issue 9).
            flush_list()
            paragraph.append(line)
            index += 1
            continue
        item = _ITEMS.get(line)
        if item is not None:  # (a list item line is one wherever it stands: see _list_item)
            flush_paragraph()
            items.append(item)
            index += 1
            continue
        fence = _FENCE.match(line) if first in _STARTS["fence"] else None
        if fence:
            flush_paragraph()
            flush_list()
            marker = fence.group(1)
            end = index + 1
            while end < len(lines) and not lines[end].strip().startswith(marker):
                end += 1
            blocks.append(CodeBlock("\n".join(lines[index + 1 : end]), fence.group(2)))
            index = end + 1
            continue
        if first in _STARTS["rule"] and _HR.match(line):
            flush_paragraph()
            flush_list()
            blocks.append(Rule())
        elif dialect == "markdown" and first in _STARTS["heading"] and (heading := _HEADING.match(line)):
            flush_paragraph()
            flush_list()
            title = heading.group(2).rstrip().rstrip("#").rstrip()  # "## Title ##" -> "Title"
            blocks.append(Heading(len(heading.group(1)), inline(title)))
        elif (
            dialect == "markdown"
            and first in _STARTS["table"]
            and _TABLE_ROW.match(line)
            and index + 1 < len(lines)
            and _TABLE_RULE.match(lines[index + 1])
        ):
            flush_paragraph()
            flush_list()
            header = _cells(line)
            end = index + 2
            body: list[tuple[tuple[Inline, ...], ...]] = []
            while end < len(lines) and _TABLE_ROW.match(lines[end]):
                cells = _cells(lines[end])[: len(header)]
                cells += [""] * (len(header) - len(cells))
                body.append(tuple(inline(cell) for cell in cells))
                end += 1
            blocks.append(Table(tuple(inline(cell) for cell in header), tuple(body)))
            index = end
            continue
        elif dialect == "markdown" and first in _STARTS["quote"] and (quote := _QUOTE.match(line)):
            flush_paragraph()
            flush_list()
            blocks.append(Quote(inline(quote.group(1))))
        elif first in _STARTS["list"] and (item := _list_item(line)):
            flush_paragraph()
            items.append(item)
        elif not line.strip():
            flush_list()
            if paragraph:
                flush_paragraph()
            elif blocks or index < len(lines) - 1:
                # Feishu keeps every "\n": an empty line is an empty paragraph.
                blocks.append(Paragraph(()))
        else:
            flush_list()
            paragraph.append(line)
        index += 1
    flush_paragraph()
    flush_list()
    while blocks and isinstance(blocks[-1], Paragraph) and not blocks[-1].inlines:
        blocks.pop()
    return blocks


def inline_text(inlines: tuple[Inline, ...]) -> str:
    if len(inlines) == 1 and inlines[0].kind != "mention":  # (most cells and items: one run)
        return inlines[0].text
    parts: list[str] = []
    for run in inlines:
        if run.kind == "mention":
            parts.append("@" + (run.text or ("all" if run.user_id == "all" else (run.user_id or ""))))
        else:
            parts.append(run.text)
    return "".join(parts)


def plain_text(blocks: Iterable[Block]) -> str:
    """The text a reader sees, one line per paragraph / item (mentions as ``@id``)."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            lines.extend(inline_text(item.inlines) for item in block.items)
        elif isinstance(block, CodeBlock):
            lines.append(block.code)
        elif isinstance(block, Table):
            for row in (block.header, *block.rows):
                lines.append("\t".join(inline_text(cell) for cell in row))
        elif isinstance(block, Rule):
            lines.append("")
        else:
            lines.append(inline_text(block.inlines))
    return "\n".join(lines)
