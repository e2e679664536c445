"""The card holding every component, compared with golden images in all 12 combinations.

light/dark x desktop/mobile x compact/default/fill, with a per-pixel tolerance (font rasterisers
differ a little between machines). On a mismatch the rendered image and a diff are written next to
the test's tmp folder so you can look at them.

Regenerate after an intended change of the look (then LOOK at the PNGs before committing):

    .venv/bin/python -m tests.render.test_golden --regenerate
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage

from designer.cards import parse
from designer.render import RenderOptions, render_image
from tests.helpers.render import load_card

GOLDEN = Path(__file__).parent / "golden"
COMBOS = list(itertools.product(("light", "dark"), ("desktop", "mobile"), ("compact", "default", "fill")))
CHANNEL_TOLERANCE = 48  # a pixel differs when a channel is further off than this
MAX_DIFFERENT = 0.004  # ... and the image differs when more than 0.4 % of its pixels do
FILL_WIDTH = 720  # backdrop width for "fill" (keeps the goldens small)


def golden_name(theme: str, platform: str, width: str) -> str:
    return f"all_components-{theme}-{platform}-{width}.png"


def render_combo(theme: str, platform: str, width: str) -> QImage:
    doc = parse(load_card("all_components"))
    options = RenderOptions(theme=theme, platform=platform, width=width)  # type: ignore[arg-type]
    return render_image(doc, options, width_px=FILL_WIDTH).convertToFormat(QImage.Format.Format_RGB32)


def compare(actual: QImage, expected: QImage) -> tuple[float, QImage]:
    """Share of differing pixels, and a diff image (red where they differ)."""
    diff = QImage(actual.size(), QImage.Format.Format_RGB32)
    diff.fill(QColor("#ffffff"))
    if actual == expected:  # the usual case on one machine: skip the pixel loop
        return 0.0, diff
    different = 0
    red = QColor("#ff0000").rgb()
    for y in range(actual.height()):
        for x in range(actual.width()):
            a = actual.pixel(x, y)
            e = expected.pixel(x, y)
            if a == e:
                continue
            if (
                abs(((a >> 16) & 255) - ((e >> 16) & 255)) > CHANNEL_TOLERANCE
                or abs(((a >> 8) & 255) - ((e >> 8) & 255)) > CHANNEL_TOLERANCE
                or abs((a & 255) - (e & 255)) > CHANNEL_TOLERANCE
            ):
                different += 1
                diff.setPixel(x, y, red)
    return different / max(1, actual.width() * actual.height()), diff


@pytest.mark.parametrize(("theme", "platform", "width"), COMBOS)
def test_matches_golden(qapp: Any, tmp_path: Path, theme: str, platform: str, width: str) -> None:
    name = golden_name(theme, platform, width)
    expected_path = GOLDEN / name
    assert expected_path.exists(), (
        f"{expected_path} is missing: run python -m tests.render.test_golden --regenerate"
    )
    actual = render_combo(theme, platform, width)
    expected = QImage(str(expected_path)).convertToFormat(QImage.Format.Format_RGB32)
    if actual.size() != expected.size():
        actual.save(str(tmp_path / name))
        pytest.fail(
            f"{name}: size {actual.width()}x{actual.height()} != golden {expected.width()}x{expected.height()} (rendered: {tmp_path / name})"
        )
    share, diff = compare(actual, expected)
    if share > MAX_DIFFERENT:
        actual.save(str(tmp_path / name))
        diff.save(str(tmp_path / f"diff-{name}"))
        pytest.fail(f"{name}: {share:.2%} of pixels differ (rendered and diff in {tmp_path})")


def test_the_comparison_catches_a_changed_colour(qapp: Any) -> None:
    """The tolerance is not so loose that a different button colour would pass."""
    light = render_combo("light", "desktop", "default")
    changed = light.copy()
    for y in range(100, 140):
        for x in range(20, 400):
            changed.setPixel(x, y, QColor("#3370ff").rgb())
    share, _ = compare(changed, light)
    assert share > MAX_DIFFERENT


def test_combos_differ_where_they_should(qapp: Any) -> None:
    images = {
        combo: render_combo(*combo)
        for combo in [
            ("light", "desktop", "default"),
            ("dark", "desktop", "default"),
            ("light", "desktop", "compact"),
        ]
    }
    default, compact = images[("light", "desktop", "default")], images[("light", "desktop", "compact")]
    assert default.width() == compact.width() == FILL_WIDTH  # the backdrop; the cards differ
    assert default.height() != compact.height()
    assert images[("dark", "desktop", "default")].pixelColor(2, 2) != images[
        ("light", "desktop", "default")
    ].pixelColor(2, 2)


def regenerate() -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    GOLDEN.mkdir(exist_ok=True)
    for combo in COMBOS:
        image = render_combo(*combo)
        path = GOLDEN / golden_name(*combo)
        image.save(str(path), "PNG")
        print(f"{path}: {image.width()}x{image.height()}")
    del app


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "--regenerate" not in sys.argv:
        sys.exit("usage: python -m tests.render.test_golden --regenerate")
    regenerate()
