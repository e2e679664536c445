"""The member-name cache: names kept per app (an open_id is an app's own id), the newest kept
when full, nothing written when nothing is new, an unreadable file read as empty."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from designer.store import member_names
from designer.store.member_names import known_name, remember_member_names, remember_names


@dataclass(frozen=True)
class _Member:
    member_id: str
    member_id_type: str
    name: str


def test_names_are_kept_per_app_and_survive_a_new_process(tmp_path: Path) -> None:
    path = tmp_path / "names.json"
    remember_names("cli_a", {"ou_1": "张伟 🐼", "ou_2": "Alice"}, path)
    remember_names("cli_b", {"ou_1": "Someone else"}, path)
    assert known_name("cli_a", "ou_1", path) == "张伟 🐼"
    assert known_name("cli_b", "ou_1", path) == "Someone else"  # the same id, another app
    assert known_name("cli_a", "ou_missing", path) == ""
    assert known_name("", "ou_1", path) == ""
    # A renamed member: the newest name wins.
    remember_names("cli_a", {"ou_2": "Alice Chen"}, path)
    assert known_name("cli_a", "ou_2", path) == "Alice Chen"


def test_only_members_listed_by_open_id_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "names.json"
    members = [
        _Member("ou_1", "open_id", "张伟"),
        _Member("u_2", "user_id", "Bob"),
        _Member("ou_3", "open_id", ""),
    ]
    remember_member_names("cli_a", members, path)
    assert known_name("cli_a", "ou_1", path) == "张伟"
    assert known_name("cli_a", "u_2", path) == "" and known_name("cli_a", "ou_3", path) == ""


def test_nothing_new_writes_nothing_and_a_full_cache_keeps_the_newest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "names.json"
    remember_names("cli_a", {"ou_1": "A"}, path)
    writes: list[Path] = []
    real = member_names.write_text_atomic
    monkeypatch.setattr(member_names, "write_text_atomic", lambda p, t: (writes.append(p), real(p, t)))
    remember_names("cli_a", {"ou_1": "A"}, path)  # the same chat shown again
    assert writes == []
    monkeypatch.setattr(member_names, "MAX_PER_APP", 3)
    for n in range(2, 6):
        remember_names("cli_a", {f"ou_{n}": f"N{n}"}, path)
    assert [known_name("cli_a", f"ou_{n}", path) for n in range(1, 6)] == ["", "", "N3", "N4", "N5"]


def test_an_unreadable_file_reads_as_empty_and_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "names.json"
    path.write_text("{not json", encoding="utf-8")
    assert known_name("cli_a", "ou_1", path) == ""
    remember_names("cli_a", {"ou_1": "张伟"}, path)
    assert known_name("cli_a", "ou_1", path) == "张伟"


def test_a_file_that_cannot_be_written_does_not_stop_a_member_load(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    # The data folder is a file: the write fails; remember_member_names logs and goes on.
    remember_member_names("cli_a", [_Member("ou_1", "open_id", "张伟")], blocked / "names.json")
    with pytest.raises(OSError):
        remember_names("cli_a", {"ou_1": "张伟"}, blocked / "names.json")


def test_a_full_cache_evicts_the_name_not_seen_for_longest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A person seen every day stays; the one not seen since the cache filled goes first.
    path = tmp_path / "names.json"
    monkeypatch.setattr(member_names, "MAX_PER_APP", 3)
    for open_id in ("ou_a", "ou_b", "ou_c", "ou_a", "ou_d"):
        remember_names("cli_a", {open_id: open_id.upper()}, path)
    assert [known_name("cli_a", o, path) for o in ("ou_a", "ou_b", "ou_c", "ou_d")] == [
        "OU_A",
        "",
        "OU_C",
        "OU_D",
    ]
