"""lark_md / markdown parsing (Qt-free): what each construct becomes, and that text stays text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from designer.cards import markdown as markdown_module
from designer.cards.markdown import (
    CodeBlock,
    Dialect,
    Heading,
    Inline,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Table,
    parse_inline,
    parse_markdown,
    plain_text,
)
from tests.helpers.linearity import GROWTH_BOUND, growth


def runs(text: str) -> tuple[Inline, ...]:
    return parse_inline(text)


def test_bold_italic_strike_code() -> None:
    result = runs("**b** *i* ~~s~~ `c` __b2__")
    styled = [(r.text, r.bold, r.italic, r.strike, r.code) for r in result if r.text.strip()]
    assert styled == [
        ("b", True, False, False, False),
        ("i", False, True, False, False),
        ("s", False, False, True, False),
        ("c", False, False, False, True),
        ("b2", True, False, False, False),
    ]


def test_nested_emphasis_inside_font() -> None:
    result = runs("<font color='red'>red **bold red**</font>")
    assert [(r.text, r.bold, r.color) for r in result] == [("red ", False, "red"), ("bold red", True, "red")]


@pytest.mark.parametrize(
    ("source", "href"),
    [
        ("[open](https://open.feishu.cn)", "https://open.feishu.cn"),
        ("[open](http://example.com/a?b=1)", "http://example.com/a?b=1"),
        ("<a href='https://x.cn'>open</a>", "https://x.cn"),
        ("<link url=\"https://x.cn\" icon='chat_outlined'>open</link>", "https://x.cn"),
    ],
)
def test_http_links_become_links(source: str, href: str) -> None:
    *icon, run = runs(source)
    assert (run.text, run.href) == ("open", href)
    # <link icon=...>: the icon run comes first (drawn before the text, test_visuals)
    assert [(r.kind, r.key) for r in icon] == ([("icon", "chat_outlined")] if "icon=" in source else [])


@pytest.mark.parametrize(
    "source",
    ["[x](javascript:alert(1))", "[x](file:///etc/passwd)", "[x](data:text/html,hi)", "[x](ftp://a)"],
)
def test_other_schemes_stay_literal_text(source: str) -> None:
    result = runs(source)
    assert all(r.href is None for r in result)
    assert "".join(r.text for r in result) == source


def test_non_http_anchor_keeps_its_text_without_link() -> None:
    result = runs("<a href='javascript:x()'>click</a>")
    assert [(r.text, r.href) for r in result] == [("click", None)]


def test_raw_html_is_literal_text() -> None:
    source = "<b>bold?</b> <script>alert(1)</script> <img src=x onerror=y>"
    result = runs(source)
    assert len(result) == 1 and result[0].kind == "text"
    assert result[0].text == source
    assert not result[0].bold


def test_mentions() -> None:
    result = runs("<at id=all></at> hi <at id='ou_123'></at> <at ids=ou_a,ou_b></at> <at email=a@b.cn></at>")
    mentions = [r.user_id for r in result if r.kind == "mention"]
    assert mentions == ["all", "ou_123", "ou_a", "ou_b", "a@b.cn"]


def test_text_tag_and_font_colour() -> None:
    result = runs("<text_tag color='blue'>标签</text_tag><font color=green>ok</font>")
    assert (result[0].kind, result[0].text, result[0].tag_color) == ("text_tag", "标签", "blue")
    assert (result[1].text, result[1].color) == ("ok", "green")


def test_emoji_shortcodes() -> None:
    result = runs(":OK: :THUMBSUP: :not_a_key: a:b:c")
    emoji = [(r.text, r.key) for r in result if r.kind == "emoji"]
    assert emoji == [("👌", "OK"), ("👍", "THUMBSUP")]
    assert ":not_a_key:" in "".join(r.text for r in result if r.kind == "text")


def test_line_breaks_and_entities() -> None:
    result = runs("a\nb<br>c<br/>d &#60;tag&#62; &lt;x&gt;")
    assert [r.kind for r in result].count("break") == 3
    assert result[-1].text == "d <tag> <x>"


def test_unclosed_markers_are_literal() -> None:
    assert "".join(r.text for r in runs("**not closed *either `nor")) == "**not closed *either `nor"
    assert "".join(r.text for r in runs("snake_case_name and a_b_c")) == "snake_case_name and a_b_c"


def test_markdown_image() -> None:
    (run,) = runs("![hover](img_v2_abc)")
    assert (run.kind, run.text, run.href) == ("image", "hover", "img_v2_abc")


def test_blocks_lists_code_rule() -> None:
    blocks = parse_markdown('intro\n- a\n    - a.1\n- b\n1. one\n2. two\n---\n```json\n{"a": 1}\n```\nend')
    kinds = [b.kind for b in blocks]
    assert kinds == ["paragraph", "list", "hr", "code", "paragraph"]
    items = blocks[1]
    assert isinstance(items, ListBlock)
    assert [(i.depth, i.ordered, i.number) for i in items.items] == [
        (0, False, 1),
        (1, False, 1),
        (0, False, 1),
        (0, True, 1),
        (0, True, 2),
    ]
    code = blocks[3]
    assert isinstance(code, CodeBlock) and code.language == "json" and code.code == '{"a": 1}'
    assert isinstance(blocks[2], Rule)


def test_headings_and_quotes_only_in_markdown_dialect() -> None:
    v2 = parse_markdown("# Title\n> quoted", dialect="markdown")
    assert isinstance(v2[0], Heading) and v2[0].level == 1 and v2[0].inlines[0].text == "Title"
    assert isinstance(v2[1], Quote)
    v1 = parse_markdown("# Title", dialect="lark_md")
    assert isinstance(v1[0], Paragraph) and v1[0].inlines[0].text == "# Title"


def test_empty_lines_are_kept_as_empty_paragraphs() -> None:
    blocks = parse_markdown("a\n\n\nb")
    assert [plain_text([b]) for b in blocks] == ["a", "", "b"]


def test_plain_text_of_everything() -> None:
    blocks = parse_markdown("**负责人** <at id=all></at>\n- 一\n- 二")
    assert plain_text(blocks) == "负责人 @all\n一\n二"


@pytest.mark.parametrize(
    "junk", ["", "\n\n", "<", "<at", "**", "[", "](", "```", "<font color=>x", "&#99999999;", "\u0000"]
)
def test_never_raises(junk: str) -> None:
    for blocks in (parse_markdown(junk, dialect="markdown"), parse_markdown(junk * 50, dialect="lark_md")):
        assert all(block.kind in ("paragraph", "heading", "quote", "list", "code", "hr") for block in blocks)
        assert isinstance(plain_text(blocks), str)
    if junk.strip() and junk not in ("```",):
        assert parse_markdown(junk), f"{junk!r} vanished"  # shown as something, never dropped


def test_pipe_tables_in_markdown_dialect() -> None:
    blocks = parse_markdown(
        "| 名称 | 数量 |\n|---|---:|\n| **苹果** | 3 |\n| 香蕉 |\nafter", dialect="markdown"
    )
    table = blocks[0]
    assert isinstance(table, Table)
    assert [plain_text([Paragraph(cell)]) for cell in table.header] == ["名称", "数量"]
    assert table.rows[0][0][0].bold and table.rows[0][0][0].text == "苹果"
    assert len(table.rows[1]) == 2  # a short row is padded to the header's width
    assert plain_text(blocks) == "名称\t数量\n苹果\t3\n香蕉\t\nafter"
    assert parse_markdown("| a |\n|---|", dialect="lark_md")[0].kind == "paragraph"  # 1.0: literal


# --- linear time (issue 9: 20,000 characters took 3.6 s, a heading with spaces minutes) ---------


@pytest.mark.parametrize(
    ("prefix", "unit", "suffix", "dialect"),
    [
        ("", "*a ", "", "lark_md"),  # emphasis that never closes (the closer follows a space)
        ("", "_a ", "", "lark_md"),
        ("", "**a ", "", "lark_md"),
        ("", "[a](", "", "lark_md"),  # a link whose url never ends
        ("", "![a](", "", "lark_md"),
        ("", "<font color='red'>x ", "", "lark_md"),  # opening tags with no closing tag
        ("", "<at id=ou_1>x ", "", "lark_md"),
        ("", "<person id=x ", "", "lark_md"),
        ("", "<link url=x ", "", "lark_md"),
        ("# a", " ", "b", "markdown"),  # heading text with a long run of spaces
        ("```", " ", "x y", "markdown"),  # a fence line with a long run of spaces
    ],
    ids=lambda value: value if isinstance(value, str) and value.strip() else None,
)
def test_parsing_time_grows_linearly(prefix: str, unit: str, suffix: str, dialect: Dialect) -> None:
    def make(size: int) -> Callable[[], object]:
        text = prefix + unit * (size // len(unit)) + suffix
        return lambda: parse_markdown(text, dialect=dialect)

    assert growth(make, 4_000) < GROWTH_BOUND


def test_closing_tag_found_after_a_character_whose_lower_case_is_longer() -> None:
    # "İ".lower() is two characters: searching a lower-cased copy put every later offset off
    # by one (the red run was "x<" and the rest of the line was lost).
    result = runs("İ<font color=red>x</font>y <at id=ou_1>Ann</at>")
    assert [(r.kind, r.text, r.color) for r in result] == [
        ("text", "İ", None),
        ("text", "x", "red"),
        ("text", "y ", None),
        ("mention", "Ann", None),
    ]


def test_attribute_value_holds_no_tag_start() -> None:
    # A tag ends before the next "<": "<at id=" with no value of its own is text, and the
    # mention after it still is one.
    result = runs("<at id=<at id=ou_2>Bo</at>")
    assert [(r.kind, r.text, r.user_id) for r in result] == [
        ("text", "<at id=", None),
        ("mention", "Bo", "ou_2"),
    ]


def test_many_adjacent_runs_of_one_style_are_one_run() -> None:
    # Non-http anchors keep their text unlinked: the pieces join into one run.
    source = "<a href='javascript:x'>ab</a>" * 3 + "cd"
    assert [(r.text, r.href) for r in runs(source)] == [("abababcd", None)]


def test_runs_are_compared_for_joining_without_building_any(monkeypatch: pytest.MonkeyPatch) -> None:
    # Building a copy of each run to compare its style with the one before was a sixth of
    # drawing 30 KB of styled runs (issue 9): a run is built only for a join that happens.
    built: list[object] = []
    replace = markdown_module.replace

    def counted(run: Inline, **changes: object) -> Inline:
        built.append(changes)
        return replace(run, **changes)

    monkeypatch.setattr(markdown_module, "replace", counted)
    result = runs("**b** c 😀 " * 1_000 + "<font color=red>x</font><font color=red>y</font>")
    assert len(built) == 1  # the one join: "x" and "y"
    assert [(r.text, r.bold) for r in result[:3]] == [("b", True), (" c 😀 ", False), ("b", True)]
    assert (result[-1].text, result[-1].color) == ("xy", "red") and len(result) == 2_001


# Every key of Feishu's emoji key page ("表情文案说明", im-v1/message-reaction/emojis-introduce),
# in the page's order; the rich-text page says markdown accepts exactly these.
FEISHU_EMOJI_KEYS = [
    "OK",
    "THUMBSUP",
    "THANKS",
    "MUSCLE",
    "FINGERHEART",
    "APPLAUSE",
    "FISTBUMP",
    "JIAYI",
    "DONE",
    "SMILE",
    "BLUSH",
    "LAUGH",
    "SMIRK",
    "LOL",
    "FACEPALM",
    "LOVE",
    "WINK",
    "PROUD",
    "WITTY",
    "SMART",
    "SCOWL",
    "THINKING",
    "SOB",
    "CRY",
    "ERROR",
    "NOSEPICK",
    "HAUGHTY",
    "SLAP",
    "SPITBLOOD",
    "TOASTED",
    "GLANCE",
    "DULL",
    "INNOCENTSMILE",
    "JOYFUL",
    "WOW",
    "TRICK",
    "YEAH",
    "ENOUGH",
    "TEARS",
    "EMBARRASSED",
    "KISS",
    "SMOOCH",
    "DROOL",
    "OBSESSED",
    "MONEY",
    "TEASE",
    "SHOWOFF",
    "COMFORT",
    "CLAP",
    "PRAISE",
    "STRIVE",
    "XBLUSH",
    "SILENT",
    "WAVE",
    "WHAT",
    "FROWN",
    "SHY",
    "DIZZY",
    "LOOKDOWN",
    "CHUCKLE",
    "WAIL",
    "CRAZY",
    "WHIMPER",
    "HUG",
    "BLUBBER",
    "WRONGED",
    "HUSKY",
    "SHHH",
    "SMUG",
    "ANGRY",
    "HAMMER",
    "SHOCKED",
    "TERROR",
    "PETRIFIED",
    "SKULL",
    "SWEAT",
    "SPEECHLESS",
    "SLEEP",
    "DROWSY",
    "YAWN",
    "SICK",
    "PUKE",
    "BETRAYED",
    "HEADSET",
    "EatingFood",
    "MeMeMe",
    "Sigh",
    "Typing",
    "Lemon",
    "Get",
    "LGTM",
    "OnIt",
    "OneSecond",
    "VRHeadset",
    "YouAreTheBest",
    "SALUTE",
    "SHAKE",
    "HIGHFIVE",
    "UPPERLEFT",
    "ThumbsDown",
    "SLIGHT",
    "TONGUE",
    "EYESCLOSED",
    "RoarForYou",
    "CALF",
    "BEAR",
    "BULL",
    "RAINBOWPUKE",
    "ROSE",
    "HEART",
    "PARTY",
    "LIPS",
    "BEER",
    "CAKE",
    "GIFT",
    "CUCUMBER",
    "Drumstick",
    "Pepper",
    "CANDIEDHAWS",
    "BubbleTea",
    "Coffee",
    "Yes",
    "No",
    "OKR",
    "CheckMark",
    "CrossMark",
    "MinusOne",
    "Hundred",
    "AWESOMEN",
    "Pin",
    "Alarm",
    "Loudspeaker",
    "Trophy",
    "Fire",
    "BOMB",
    "Music",
    "XmasTree",
    "Snowman",
    "XmasHat",
    "FIREWORKS",
    "2022",
    "REDPACKET",
    "FORTUNE",
    "LUCK",
    "FIRECRACKER",
    "StickyRiceBalls",
    "HEARTBROKEN",
    "POOP",
    "StatusFlashOfInspiration",
    "18X",
    "CLEAVER",
    "Soccer",
    "Basketball",
    "GeneralDoNotDisturb",
    "Status_PrivateMessage",
    "GeneralInMeetingBusy",
    "StatusReading",
    "StatusInFlight",
    "GeneralBusinessTrip",
    "GeneralWorkFromHome",
    "StatusEnjoyLife",
    "GeneralTravellingCar",
    "StatusBus",
    "GeneralSun",
    "GeneralMoonRest",
    "MoonRabbit",
    "Mooncake",
    "JubilantRabbit",
    "TV",
    "Movie",
    "Pumpkin",
    "BeamingFace",
    "Delighted",
    "ColdSweat",
    "FullMoonFace",
    "Partying",
    "GoGoGo",
    "ThanksFace",
    "SaluteFace",
    "Shrug",
    "ClownFace",
    "HappyDragon",
]


def test_every_documented_emoji_key_is_an_emoji() -> None:
    assert len(FEISHU_EMOJI_KEYS) == 182
    source = " ".join(f":{key}:" for key in FEISHU_EMOJI_KEYS)
    result = runs(source)
    assert [r.key for r in result if r.kind == "emoji"] == FEISHU_EMOJI_KEYS
    # nothing is left as literal ":KEY:" text (":Partying:", ":StatusFlashOfInspiration:" were)
    assert ":" not in "".join(r.text for r in result if r.kind == "text")


def test_emoji_keys_are_case_sensitive() -> None:
    result = runs(":ThumbsDown: :THUMBSDOWN: :Partying:")
    assert [(r.text, r.key) for r in result if r.kind == "emoji"] == [
        ("👎", "ThumbsDown"),
        ("🥳", "Partying"),
    ]
    assert ":THUMBSDOWN:" in "".join(r.text for r in result if r.kind == "text")


def test_number_tag_with_its_attributes() -> None:
    source = (
        "数字角标<number_tag background_color='grey' font_color='white' url='https://a.cn' "
        "pc_url='https://pc.cn' android_url='https://m.cn' ios_url='https://i.cn'>1</number_tag> 后"
    )
    result = runs(source)
    tag = next(r for r in result if r.kind == "number_tag")
    assert (tag.text, tag.tag_color, tag.color, tag.href) == ("1", "grey", "white", "https://pc.cn")
    assert "number_tag" not in "".join(r.text for r in result)
    plain = runs("默认<number_tag>12</number_tag>")
    assert [(r.kind, r.text, r.href, r.tag_color) for r in plain] == [
        ("text", "默认", None, None),
        ("number_tag", "12", None, None),
    ]
    only_url = next(
        r for r in runs("<number_tag url='https://a.cn'>3</number_tag>") if r.kind == "number_tag"
    )
    assert only_url.href == "https://a.cn"
    assert plain_text(parse_markdown("a<number_tag>3</number_tag>b")) == "a3b"


def test_unclosed_number_tag_stays_literal() -> None:
    result = runs("<number_tag>1")
    assert "".join(r.text for r in result) == "<number_tag>1"
