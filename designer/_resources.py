"""Where the app's plain-file resources live (Qt-free, so the renderer finds its icons too).

Resources are the repository's ``resources/`` folder (templates, icons, translations). The one
lookup below covers the three ways the app runs: from a source checkout or an editable install
(``resources/`` next to the ``designer`` package), from a PyInstaller bundle (``sys._MEIPASS``),
or from a wheel (``pip install .``), whose data files put it under
``<prefix>/share/card-designer/resources``. Nothing else in the app spells a resource path.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # designer/


@cache
def resources_dir() -> Path:
    """The folder holding ``templates/``, ``icons/`` and ``translations/``."""
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [
        _PACKAGE_DIR.parent / "resources",
        _PACKAGE_DIR / "resources",
        Path(sys.prefix) / "share" / "card-designer" / "resources",  # a wheel's data files
    ]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def resource_path(*parts: str) -> Path:
    """A file under the resources folder (it may not exist: callers say what is missing)."""
    return resources_dir().joinpath(*parts)
