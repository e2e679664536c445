"""Platform folders and atomic writes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from designer.store.atomic import write_text_atomic
from designer.store.paths import config_dir, data_dir


def test_folders_follow_xdg_and_are_created(tmp_path: Path) -> None:
    config, data = config_dir(), data_dir()
    assert config == tmp_path / "xdg" / "xdg_config_home" / "card-designer"
    assert data == tmp_path / "xdg" / "xdg_data_home" / "card-designer"
    assert config.is_dir() and data.is_dir()


def test_write_replaces_content_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "folder" / "file.json"
    write_text_atomic(target, "first")
    write_text_atomic(target, "второй 第二")
    assert target.read_text(encoding="utf-8") == "второй 第二"
    assert [p.name for p in target.parent.iterdir()] == ["file.json"]


def test_new_file_is_private_and_existing_mode_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    write_text_atomic(target, "{}")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    os.chmod(target, 0o644)
    write_text_atomic(target, "{ }")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_failed_write_keeps_the_old_content(tmp_path: Path) -> None:
    target = tmp_path / "out" / "a.txt"
    write_text_atomic(target, "old")
    with pytest.raises(UnicodeEncodeError):
        write_text_atomic(target, "new 新", encoding="ascii")
    assert target.read_text() == "old"
    assert [p.name for p in target.parent.iterdir()] == ["a.txt"]
