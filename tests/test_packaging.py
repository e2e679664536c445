"""A wheel (``pip install .``) carries every resource the app loads at run time."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

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
        # (.ts: the commands read the core's translations from it, without Qt)
        if path.is_file() and path.suffix in {".json", ".svg", ".png", ".ico", ".qm", ".ts"}
    }
    assert expected, "resources/ is empty"
    assert expected <= data, sorted(expected - data)
    assert "designer/py.typed" in names


def test_every_json_under_the_templates_folder_is_a_card_the_validator_accepts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``card-designer validate resources/templates/*.json`` meets cards only (no gallery index).

    The one error allowed is the deliberate one of Feishu's own ephemeral example (issue 2): the
    gallery shows it as the element-level i18n the ephemeral API rejects.
    """
    from designer.cli import main

    files = sorted((ROOT / "resources" / "templates").rglob("*.json"))
    assert len(files) >= 12
    capsys.readouterr()
    main(["validate", "--format", "json", *map(str, files)])
    records = json.loads(capsys.readouterr().out)
    errors = {
        (Path(record["file"]).name, record["rule"]) for record in records if record["severity"] == "error"
    }
    assert errors == {("ephemeral-send-example.json", "ephemeral-element-i18n")}
