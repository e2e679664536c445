"""``card-designer render FILE -o OUT.png``: draw a card to a PNG without a display.

Exit codes: 0 written; 1 the card cannot be parsed at all (the diagnostics are printed) or the
PNG cannot be written; 2 usage errors (argparse, unreadable FILE).

The PNG is capped (``MAX_CANVAS_HEIGHT`` px of card, ``MAX_IMAGE_PIXELS`` pixels, in
designer/cards/sizes.py): a taller card is cut, the PNG ends with a note saying so, and a
warning on stderr says how much was left out. The exit code is still 0.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from designer.cards.sizes import MAX_CANVAS_HEIGHT, MAX_IMAGE_PIXELS


def _width(value: str) -> str:
    if value in ("desktop", "mobile") or (value.isdigit() and 120 <= int(value) <= 4000):
        return value
    raise argparse.ArgumentTypeError(
        f"expected desktop, mobile or a card width in pixels (120-4000), got {value!r}"
    )


def _scale(value: str) -> float:
    try:
        scale = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {value!r}") from None
    if not 0.25 <= scale <= 4:
        raise argparse.ArgumentTypeError(f"expected a scale between 0.25 and 4, got {value}")
    return scale


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="card JSON (a card, or an ephemeral request body with a 'card')")
    parser.add_argument("-o", "--output", required=True, help="the PNG file to write")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument(
        "--width",
        type=_width,
        default="desktop",
        help="desktop (the card's width_mode), mobile (a 375 px phone) or a card width in pixels",
    )
    parser.add_argument("--lang", default=None, help="language of an i18n card, e.g. zh_cn, en_us, ja_jp")
    parser.add_argument("--no-badge", action="store_true", help="leave out the 'Only visible to you' badge")
    parser.add_argument("--scale", type=_scale, default=1.0, help="pixel density of the PNG (2 for docs)")
    parser.epilog = (
        f"A card taller than {MAX_CANVAS_HEIGHT:,} px, or an image of more than {MAX_IMAGE_PIXELS:,} "
        "pixels (width x height x scale squared), is cut: the PNG ends with a note saying so and a "
        "warning is printed on stderr."
    )


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"card-designer render: cannot read {path}: {exc}", file=sys.stderr)
        return 2
    from designer.cards import parse

    doc = parse(text)
    if not doc.ok or doc.card is None:
        for diagnostic in doc.errors or doc.diagnostics:
            print(diagnostic.format(str(path)), file=sys.stderr)
        if doc.ok:
            print(f"{path}: the card is not a JSON object", file=sys.stderr)
        return 1
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QGuiApplication, QImageWriter

    from designer.render import RenderOptions
    from designer.render.image import render_scene

    app = QGuiApplication.instance() or QGuiApplication(["card-designer"])
    width = args.width
    options = RenderOptions(
        theme=args.theme,
        platform="mobile" if width == "mobile" else "desktop",
        width=int(width) if width.isdigit() else "auto",
        language=args.lang,
        badge=not args.no_badge,
    )
    image, scene = render_scene(doc, options, scale=args.scale)
    writer = QImageWriter(str(args.output), QByteArray(b"png"))  # PNG whatever the file is called
    if not writer.write(image):
        print(f"card-designer render: cannot write {args.output}: {writer.errorString()}", file=sys.stderr)
        return 1
    if scene.cut is not None:
        print(
            f"card-designer render: warning: the card is {scene.full_height:,.0f} px tall; "
            f"{args.output} shows only its first {scene.cut:,.0f} px (the PNG holds at most "
            f"{MAX_CANVAS_HEIGHT:,} px of card and {MAX_IMAGE_PIXELS:,} pixels)",
            file=sys.stderr,
        )
    for diagnostic in doc.diagnostics:
        print(diagnostic.format(str(path)), file=sys.stderr)
    print(f"{args.output}: {image.width()}x{image.height()} px")
    del app
    return 0
