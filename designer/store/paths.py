"""Where Card Designer keeps things between runs: the platform's config and data folders.

``platformdirs`` gives the folder each OS expects (``~/.config/card-designer`` and
``~/.local/share/card-designer`` on Linux, following ``XDG_CONFIG_HOME`` / ``XDG_DATA_HOME``;
``~/Library/Application Support/card-designer`` on macOS; ``%APPDATA%`` on Windows).
The folders are looked up on every call (so a changed environment, as in tests, is
followed) and created on demand.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "card-designer"


def config_dir() -> Path:
    """Settings and profiles (never secrets: those live in the keyring)."""
    folder = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def data_dir() -> Path:
    """History of sent cards and autosaved documents."""
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
