"""The typed recipient: which kind of id it is, and what is wrong with its shape."""

from __future__ import annotations

import pytest

from designer.feishu.recipient_id import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ou_7d8a6e6df7621556ce0d21922b676706", "open_id"),
        ("  ou_7d8a6e6df7621556ce0d21922b676706 ", "open_id"),
        ("u00012", "user_id"),
        ("zhang-san_01", "user_id"),
        ("li.lei@example.com", "email"),
    ],
)
def test_usable_ids_are_named_by_kind(text: str, kind: str) -> None:
    check = classify(text)
    assert check.ok and check.kind == kind and check.problem is None


@pytest.mark.parametrize(
    ("text", "problem", "other"),
    [
        ("", "empty", None),
        ("li.lei@", "bad_email", None),
        ("a@b@c.com", "bad_email", None),
        ("ou_12", "bad_open_id", None),
        ("ou_zz!zzzzzzzz", "bad_open_id", None),
        ("on_7d8a6e6df7621556ce0d21922b676706", "other_id", "union_id"),
        ("oc_7d8a6e6df7621556ce0d21922b676706", "other_id", "chat_id"),
        ("om_1234", "other_id", "message_id"),
        ("张三", "bad_user_id", None),
        ("has space", "bad_user_id", None),
    ],
)
def test_wrong_shapes_say_what_is_wrong(text: str, problem: str, other: str | None) -> None:
    check = classify(text)
    assert not check.ok and check.kind is None
    assert check.problem == problem and check.other == other
