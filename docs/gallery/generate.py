"""Render the sample cards into this folder and write its README.md.

Run from the repository root: ``.venv/bin/python docs/gallery/generate.py``. Each template of
``resources/templates`` is drawn on the desktop in the light theme and on a phone in the dark
theme; the every-component test card is drawn in all four theme/platform pairs.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from designer.cards import parse  # noqa: E402
from designer.render import RenderOptions, render_image  # noqa: E402
from designer.ui.template_gallery import load_templates, template_index  # noqa: E402

TEMPLATES = ROOT / "resources" / "templates"
EVERY_COMPONENT = ROOT / "tests" / "render" / "cards" / "all_components.json"
V2_COMPONENTS = ROOT / "tests" / "render" / "cards" / "all_components_v2.json"


def render(source: Path, name: str, options: RenderOptions) -> str:
    image = render_image(parse(source.read_text(encoding="utf-8")), options)
    file_name = f"{name}.png"
    image.save(str(HERE / file_name))
    return file_name


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])
    for old in HERE.glob("*.png"):
        old.unlink()
    lines = [
        "# Gallery: cards as the preview draws them",
        "",
        "Rendered by `docs/gallery/generate.py` with `designer.render.render_image` (the same drawing",
        "as the app's live preview and `card-designer render`). Regenerate after a change of the look:",
        "",
        "    .venv/bin/python docs/gallery/generate.py",
        "",
        "Images with an `img_key` show a placeholder with the alt text (the preview fetches nothing);",
        "emoji draw with the colour-emoji font (`fonts-noto-color-emoji`); without one installed they",
        "show as their key in a grey pill.",
        "",
        "## Every component",
        "",
        "| | desktop | mobile |",
        "| --- | --- | --- |",
    ]
    for theme in ("light", "dark"):
        desktop = render(EVERY_COMPONENT, f"every-component-{theme}-desktop", RenderOptions(theme=theme))  # type: ignore[arg-type]
        mobile = render(
            EVERY_COMPONENT, f"every-component-{theme}-mobile", RenderOptions(theme=theme, platform="mobile")
        )  # type: ignore[arg-type]
        lines.append(f"| {theme} | ![]({desktop}) | ![]({mobile}) |")
    v2_light = render(V2_COMPONENTS, "json-2.0-components-light-desktop", RenderOptions())
    v2_dark = render(
        V2_COMPONENTS, "json-2.0-components-dark-mobile", RenderOptions(theme="dark", platform="mobile")
    )
    lines += [
        "",
        "JSON 2.0 components:",
        "",
        "| light, desktop | dark, mobile |",
        "| --- | --- |",
        f"| ![]({v2_light}) | ![]({v2_dark}) |",
    ]
    lines += [
        "",
        "## Templates (`resources/templates`)",
        "",
        "| template | light, desktop | dark, mobile |",
        "| --- | --- | --- |",
    ]
    index = json.loads(template_index(TEMPLATES).read_text(encoding="utf-8"))
    # A card posted to the whole chat has no "Only visible to you" badge (the gallery's sent_as).
    group_posts = {template.file for template in load_templates(TEMPLATES) if template.group_post}
    for entry in index:
        source = TEMPLATES / entry["file"]
        stem = source.stem
        badge = entry["file"] not in group_posts
        light = render(source, f"{stem}-light-desktop", RenderOptions(badge=badge))
        dark = render(
            source,
            f"{stem}-dark-mobile",
            RenderOptions(theme="dark", platform="mobile", badge=badge, badge_language="zh_cn"),
        )
        title = f"**{entry['title']}**<br>{entry['title_zh']}<br>`{entry['file']}` (JSON {entry['schema']})"
        lines.append(f"| {title} | ![]({light}) | ![]({dark}) |")
    (HERE / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(list(HERE.glob('*.png')))} images in {HERE}")
    del app


if __name__ == "__main__":
    main()
