"""The sandbox's seeded demo tenant: chats and people, the same on every run.

The cases people meet with real chats are all here (docs/feishu/ephemeral.md, issue 3):

* ``TEAM_CHAT_ID``   an ordinary group, 8 people, Chinese and English names; one of them,
  ``OUTSIDE_MEMBER_OPEN_ID``, is outside the app's availability (230013);
* ``TOPIC_CHAT_ID``  a topic chat: ephemeral sends answer 18053;
* ``LEFT_CHAT_ID``   a chat the bot has left: not listed, sends answer 230002;
* ``BIG_CHAT_ID``    250 members (paging, bulk sends); ``NOT_IN_TEAM_OPEN_ID`` is here
  but not in the team chat (a send to them in the team chat answers 230002 naming the user);
* ``EMPTY_CHAT_ID``  only the bot (a member list of zero).

Ids are derived from fixed seeds (``ou_`` + 32 hex), so tests and screenshots can name them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

__all__ = [
    "ALICE_OPEN_ID",
    "BIG_CHAT_ID",
    "BOT_OPEN_ID",
    "CHATS",
    "EMPTY_CHAT_ID",
    "LEFT_CHAT_ID",
    "NOT_IN_TEAM_OPEN_ID",
    "OUTSIDE_MEMBER_OPEN_ID",
    "PEOPLE",
    "TEAM_CHAT_ID",
    "TENANT_KEY",
    "TOPIC_CHAT_ID",
    "ZHANG_WEI_OPEN_ID",
    "DemoChat",
    "Person",
    "chat",
    "crowd_chat",
    "person",
]

TENANT_KEY = "736588c9260f175d"


def _id(prefix: str, seed: str) -> str:
    return prefix + hashlib.sha256(seed.encode()).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Person:
    open_id: str
    user_id: str
    union_id: str
    name: str
    email: str
    mobile: str
    available: bool = True  # inside the app's availability range


@dataclass(frozen=True, slots=True)
class DemoChat:
    chat_id: str
    name: str
    description: str
    avatar: str
    chat_mode: str  # "group" or "topic"
    bot_in_chat: bool
    member_ids: tuple[str, ...]  # open_ids of the people (the bot is never listed)
    owner_id: str


def _person(index: int, name: str, email_name: str, *, available: bool = True) -> Person:
    seed = f"person-{index}"
    return Person(
        open_id=_id("ou_", seed),
        user_id=f"u{index:05d}",
        union_id=_id("on_", seed),
        name=name,
        email=f"{email_name}@example.com",
        mobile=f"+86138{index:08d}",
        available=available,
    )


_TEAM = [
    _person(1, "张伟", "zhang.wei"),
    _person(2, "Alice Chen", "alice.chen"),
    _person(3, "李娜", "li.na"),
    _person(4, "Bob Smith", "bob.smith"),
    _person(5, "王芳", "wang.fang"),
    _person(6, "Carol Jones", "carol.jones"),
    _person(7, "刘洋", "liu.yang"),
    _person(8, "陈静", "chen.jing", available=False),
]

# (name, pinyin for the email address)
_SURNAMES = [
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("黄", "huang"),
    ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"),
    ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"), ("林", "lin"), ("罗", "luo"),
]  # fmt: skip
_GIVEN = [
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
    ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"),
    ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀英", "xiuying"),
]  # fmt: skip
_FIRST = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Sophia", "Mason", "Grace", "Leo"]
_LAST = ["Wang", "Miller", "Davis", "Garcia", "Wilson", "Taylor", "Moore", "Clark", "Lewis", "Walker", "Hall"]


def _crowd(count: int, start: int) -> list[Person]:
    """``count`` more people, every other one with an English name."""
    people = []
    for offset in range(count):
        index = start + offset
        if offset % 2 == 0:
            surname, surname_pinyin = _SURNAMES[offset % len(_SURNAMES)]
            given, given_pinyin = _GIVEN[(offset // len(_SURNAMES)) % len(_GIVEN)]
            name, email_name = f"{surname}{given}", f"{surname_pinyin}.{given_pinyin}{index}"
        else:
            first = _FIRST[offset % len(_FIRST)]
            last = _LAST[(offset // len(_FIRST)) % len(_LAST)]
            name, email_name = f"{first} {last}", f"{first}.{last}{index}".lower()
        people.append(_person(index, name, email_name))
    return people


_CROWD = _crowd(250 - len(_TEAM) + 1, start=100)  # the big chat: team minus 陈静, plus the crowd
PEOPLE: tuple[Person, ...] = (*_TEAM, *_CROWD)

BOT_OPEN_ID = _id("ou_", "bot")
ZHANG_WEI_OPEN_ID = _TEAM[0].open_id
ALICE_OPEN_ID = _TEAM[1].open_id
OUTSIDE_MEMBER_OPEN_ID = _TEAM[7].open_id
NOT_IN_TEAM_OPEN_ID = _CROWD[0].open_id

TEAM_CHAT_ID = _id("oc_", "chat-team")
TOPIC_CHAT_ID = _id("oc_", "chat-topic")
LEFT_CHAT_ID = _id("oc_", "chat-left")
BIG_CHAT_ID = _id("oc_", "chat-big")
EMPTY_CHAT_ID = _id("oc_", "chat-empty")

_AVATAR = "https://s1-imfile.feishucdn.com/static-resource/v1/sandbox-{}~?image_size=72x72&cut_type=&quality=&format=png"

_big_members = tuple(p.open_id for p in _TEAM[:7]) + tuple(p.open_id for p in _CROWD)
assert len(_big_members) == 250

CHATS: tuple[DemoChat, ...] = (
    DemoChat(
        chat_id=TEAM_CHAT_ID,
        name="产品设计组 Product Design",
        description="卡片设计与评审 · card design reviews",
        avatar=_AVATAR.format("team"),
        chat_mode="group",
        bot_in_chat=True,
        member_ids=tuple(p.open_id for p in _TEAM),
        owner_id=ZHANG_WEI_OPEN_ID,
    ),
    DemoChat(
        chat_id=TOPIC_CHAT_ID,
        name="发布讨论 Release Topics",
        description="话题群：ephemeral cards are not supported here",
        avatar="",
        chat_mode="topic",
        bot_in_chat=True,
        member_ids=tuple(p.open_id for p in _TEAM[:4]),
        owner_id=ALICE_OPEN_ID,
    ),
    DemoChat(
        chat_id=LEFT_CHAT_ID,
        name="旧项目群 Legacy Project",
        description="the bot was removed from this chat",
        avatar=_AVATAR.format("legacy"),
        chat_mode="group",
        bot_in_chat=False,
        member_ids=tuple(p.open_id for p in _TEAM[:5]),
        owner_id=ZHANG_WEI_OPEN_ID,
    ),
    DemoChat(
        chat_id=BIG_CHAT_ID,
        name="全员群 All Hands",
        description="250 members",
        avatar=_AVATAR.format("all-hands"),
        chat_mode="group",
        bot_in_chat=True,
        member_ids=_big_members,
        owner_id=ZHANG_WEI_OPEN_ID,
    ),
    DemoChat(
        chat_id=EMPTY_CHAT_ID,
        name="机器人测试 Bot Test",
        description="",
        avatar="",
        chat_mode="group",
        bot_in_chat=True,
        member_ids=(),
        owner_id=ALICE_OPEN_ID,
    ),
)

_PEOPLE_BY_OPEN_ID = {p.open_id: p for p in PEOPLE}
_CHATS_BY_ID = {c.chat_id: c for c in CHATS}


def person(open_id: str) -> Person | None:
    return _PEOPLE_BY_OPEN_ID.get(open_id)


def chat(chat_id: str) -> DemoChat | None:
    return _CHATS_BY_ID.get(chat_id)


def crowd_chat(number: int, members: int = 100) -> DemoChat:
    """An extra chat of ``members`` of the big chat's crowd, for sends across several chats.

    Not part of the demo tenant: add it to a sandbox with ``SandboxService.add_chat``.
    """
    if not 0 < members <= len(_CROWD):
        raise ValueError(f"crowd_chat: members must be 1 to {len(_CROWD)}, not {members}")
    return DemoChat(
        chat_id=_id("oc_", f"chat-crowd-{number}"),
        name=f"人群 {number} Crowd {number}",
        description=f"{members} members",
        avatar="",
        chat_mode="group",
        bot_in_chat=True,
        member_ids=tuple(p.open_id for p in _CROWD[:members]),
        owner_id=_CROWD[0].open_id,
    )
