"""``card-designer render``: PNG out, exit 1 with diagnostics for unreadable cards, 2 for usage."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from designer.cli import main
from tests.helpers.render import CARDS

EXAMPLE = CARDS / "ephemeral_example.json"


def test_renders_a_png(qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "card.png"
    assert main(["render", str(EXAMPLE), "-o", str(out)]) == 0
    image = QImage(str(out))
    assert image.width() == 600 + 32 and 250 < image.height() < 400
    assert f"{out}: 632x{image.height()} px" in capsys.readouterr().out


def test_options(qapp: Any, tmp_path: Path) -> None:
    out = tmp_path / "card.png"
    assert (
        main(
            [
                "render",
                str(EXAMPLE),
                "-o",
                str(out),
                "--width",
                "mobile",
                "--theme",
                "dark",
                "--no-badge",
                "--scale",
                "2",
            ]
        )
        == 0
    )
    image = QImage(str(out))
    assert image.width() == 750
    assert image.pixelColor(2, 2).name() == "#131416"  # the dark backdrop
    assert main(["render", str(EXAMPLE), "-o", str(out), "--width", "480"]) == 0
    assert QImage(str(out)).width() == 480 + 32


def test_language(qapp: Any, tmp_path: Path) -> None:
    card = tmp_path / "i18n.json"
    card.write_text(
        '{"i18n_elements": {"zh_cn": [{"tag": "hr"}], "en_us": [{"tag": "hr"}, {"tag": "hr"}]}}',
        encoding="utf-8",
    )
    zh, en = tmp_path / "zh.png", tmp_path / "en.png"
    assert main(["render", str(card), "-o", str(zh)]) == 0
    assert main(["render", str(card), "-o", str(en), "--lang", "en_us"]) == 0
    assert QImage(str(en)).height() > QImage(str(zh)).height()


def test_unparseable_card_exits_1_with_diagnostics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"elements": [', encoding="utf-8")
    assert main(["render", str(bad), "-o", str(tmp_path / "x.png")]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:1:" in err and "error" in err
    assert not (tmp_path / "x.png").exists()


def test_not_an_object_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "list.json"
    bad.write_text("[1]", encoding="utf-8")
    assert main(["render", str(bad), "-o", str(tmp_path / "x.png")]) == 1
    assert "not a JSON object" in capsys.readouterr().err


def test_card_with_errors_still_renders_and_reports(
    qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    card = tmp_path / "typo.json"
    card.write_text('{"elements": [{"tag": "buton"}]}', encoding="utf-8")
    assert main(["render", str(card), "-o", str(tmp_path / "x.png")]) == 0
    assert "unknown-tag" in capsys.readouterr().err
    assert QImage(str(tmp_path / "x.png")).width() > 0


@pytest.mark.parametrize(
    "argv",
    [
        ["render"],
        ["render", "x.json"],
        ["render", str(EXAMPLE), "-o", "o.png", "--width", "tiny"],
        ["render", str(EXAMPLE), "-o", "o.png", "--scale", "9"],
        ["render", str(EXAMPLE), "-o", "o.png", "--theme", "blue"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "usage: card-designer render" in capsys.readouterr().err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(tmp_path / "nope.json"), "-o", str(tmp_path / "x.png")]) == 2
    assert "nope.json: no such file" in capsys.readouterr().err


def test_works_without_a_display(tmp_path: Path) -> None:
    """A fresh process with no DISPLAY picks the offscreen platform by itself."""
    out = tmp_path / "card.png"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "designer", "render", str(EXAMPLE), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert out.exists() and out.stat().st_size > 1000


def test_unwritable_output_exits_1(qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(EXAMPLE), "-o", str(tmp_path / "no-such-dir" / "x.png")]) == 1
    assert "cannot write" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "args", "badge"),
    [
        ("zh_CN.UTF-8", (), "仅对你可见"),  # no window: the locale's language, as the client's
        ("C", (), "Only visible to you"),
        ("C", ("--lang", "zh_cn"), "仅对你可见"),  # the card language chosen wins
    ],
)
def test_the_badge_follows_the_locale_unless_a_card_language_is_chosen(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, args: tuple[str, ...], badge: str
) -> None:
    import designer.render.image as image_module

    drawn: list[str] = []
    real = image_module.render_scene

    def spy(*a: Any, **k: Any) -> Any:
        image, scene = real(*a, **k)
        drawn.append(scene.badge.text)
        return image, scene

    monkeypatch.setattr(image_module, "render_scene", spy)
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    assert main(["render", str(EXAMPLE), "-o", str(tmp_path / "x.png"), *args]) == 0
    assert drawn == [badge]
