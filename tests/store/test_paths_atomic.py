"""Platform folders and atomic writes."""

from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path

import pytest

from designer.store.atomic import (
    STALE_TEMP_SECONDS,
    TEMP_PREFIX_FORMAT,
    TEMP_SUFFIX,
    remove_stale_temp_files,
    write_text_atomic,
)
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


def _left_behind(folder: Path, name: str, age_seconds: float) -> Path:
    """A temporary file as a write killed before its rename leaves it, last touched ``age_seconds`` ago."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX_FORMAT.format(name=name), suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    moment = time.time() - age_seconds
    os.utime(temp, (moment, moment))
    return Path(temp)


def test_stale_temp_files_of_killed_writes_are_removed_and_nothing_else(tmp_path: Path) -> None:
    config = tmp_path / "config"
    data = tmp_path / "data"
    stale = [
        _left_behind(config, "settings.json", STALE_TEMP_SECONDS + 60),
        _left_behind(config, "profiles.json", 3 * 24 * 3600),
        _left_behind(data / "autosave" / "123-abc", "0f3a.json", STALE_TEMP_SECONDS + 1),
    ]
    in_progress = _left_behind(config, "settings.json", 1)  # another process is writing it now
    foreign = [config / "notes.tmp", config / ".settings.json.tmp", data / "x.settings.json.abcdefgh.tmp"]
    for path in foreign:
        path.write_text("not ours")
        os.utime(path, (0, 0))
    (config / "settings.json").write_text("{}")

    removed = remove_stale_temp_files([config, data, tmp_path / "missing"])

    assert sorted(removed) == sorted(stale)
    assert not any(path.exists() for path in stale)
    assert in_progress.exists() and all(path.exists() for path in foreign)
    assert (config / "settings.json").read_text() == "{}"


def test_window_start_removes_stale_temp_files(qapp: object) -> None:
    from designer._cli.gui import build_parser, open_window

    stale = _left_behind(config_dir(), "settings.json", STALE_TEMP_SECONDS * 2)
    fresh = _left_behind(config_dir(), "settings.json", 0)
    window = open_window(build_parser().parse_args([]))
    try:
        assert not stale.exists() and fresh.exists()
    finally:
        window.close()
        window.deleteLater()
