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

from designer._cli import say, translator, words
from designer._cli.send import CommandFailed, read_text, report
from designer.cards.sizes import MAX_CANVAS_HEIGHT, MAX_IMAGE_PIXELS
from designer.messages import Text, locale_language

# What the command says (designer.messages: in the locale's language, see designer._cli.say).
NOT_AN_OBJECT = Text("{file}: the card is not a JSON object")
CANNOT_WRITE = Text("card-designer render: cannot write {file}: {reason}")
# Qt's own reason is English; the one a person meets (a wrong folder) is said here.
NO_FOLDER = Text("the folder does not exist or cannot be written to")
CUT = Text(
    "card-designer render: warning: the card is {height:,.0f} px tall; {file} shows only its first "
    "{cut:,.0f} px (the PNG holds at most {max_height:,} px of card and {max_pixels:,} pixels)"
)
WRITTEN = Text("{file}: {width}x{height} px")


BAD_WIDTH = Text("expected desktop, mobile or a card width in pixels (120-4000), got {value}")
NOT_A_NUMBER = Text("expected a number, got {value}")
BAD_SCALE = Text("expected a scale between 0.25 and 4, got {value}")


def _width(value: str) -> str:
    if value in ("desktop", "mobile") or (value.isdigit() and 120 <= int(value) <= 4000):
        return value
    raise argparse.ArgumentTypeError(words(BAD_WIDTH, value=repr(value)))


def _scale(value: str) -> float:
    try:
        scale = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(words(NOT_A_NUMBER, value=repr(value))) from None
    if not 0.25 <= scale <= 4:
        raise argparse.ArgumentTypeError(words(BAD_SCALE, value=value))
    return scale


FILE_HELP = Text("card JSON (a card, or an ephemeral request body with a 'card')")
O_HELP = Text("the PNG file to write")
CUT_EPILOG = Text(
    "A card taller than {height} px, or an image of more than {pixels} pixels (width x height x "
    "scale squared), is cut: the PNG ends with a note saying so and a warning is printed on stderr."
)
WIDTH_HELP = Text("desktop (the card's width_mode), mobile (a 375 px phone) or a card width in pixels")
LANG_HELP = Text("language of an i18n card, e.g. zh_cn, en_us, ja_jp")
NO_BADGE_HELP = Text("leave out the 'Only visible to you' badge")
SCALE_HELP = Text("pixel density of the PNG (2 for docs)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=words(FILE_HELP))
    parser.add_argument("-o", "--output", required=True, help=words(O_HELP))
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument(
        "--width",
        type=_width,
        default="desktop",
        help=words(WIDTH_HELP),
    )
    parser.add_argument("--lang", default=None, help=words(LANG_HELP))
    parser.add_argument("--no-badge", action="store_true", help=words(NO_BADGE_HELP))
    parser.add_argument("--scale", type=_scale, default=1.0, help=words(SCALE_HELP))
    parser.epilog = words(CUT_EPILOG, height=f"{MAX_CANVAS_HEIGHT:,}", pixels=f"{MAX_IMAGE_PIXELS:,}")


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        text = read_text(args.file)  # as send reads a card: the same messages
    except CommandFailed as exc:
        return report(exc)
    from designer.cards import parse

    doc = parse(text)
    if not doc.ok or doc.card is None:
        for diagnostic in doc.errors or doc.diagnostics:
            print(diagnostic.format(str(path), translator()), file=sys.stderr)
        if doc.ok:
            say(NOT_AN_OBJECT(file=path), file=sys.stderr)
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
        # No window here: the badge is in the locale's language, unless --lang chose the card's.
        badge_language=None if args.lang else ("zh_cn" if locale_language() else "en_us"),
    )
    image, scene = render_scene(doc, options, scale=args.scale)
    writer = QImageWriter(str(args.output), QByteArray(b"png"))  # PNG whatever the file is called
    if not writer.write(image):
        device = writer.error() == QImageWriter.ImageWriterError.DeviceError
        reason = NO_FOLDER() if device else writer.errorString()
        say(CANNOT_WRITE(file=args.output, reason=reason), file=sys.stderr)
        return 1
    if scene.cut is not None:
        cut = CUT(
            height=scene.full_height,
            file=args.output,
            cut=scene.cut,
            max_height=MAX_CANVAS_HEIGHT,
            max_pixels=MAX_IMAGE_PIXELS,
        )
        say(cut, file=sys.stderr)
    for diagnostic in doc.diagnostics:
        print(diagnostic.format(str(path), translator()), file=sys.stderr)
    say(WRITTEN(file=args.output, width=image.width(), height=image.height()))
    del app
    return 0
