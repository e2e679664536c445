"""A wheel (``pip install .``) carries every resource the app loads at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_carries_the_resources(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    (wheel,) = tmp_path.glob("card_designer-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    data = {
        name.split("/data/share/card-designer/", 1)[1]
        for name in names
        if "/data/share/card-designer/" in name
    }
    expected = {
        str(path.relative_to(ROOT))
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix in {".json", ".svg", ".png", ".ico", ".qm"}
    }
    assert expected, "resources/ is empty"
    assert expected <= data, sorted(expected - data)
    assert "designer/py.typed" in names
