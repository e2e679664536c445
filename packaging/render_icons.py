"""Render the app icon for each OS, and a contact sheet of every icon for review.

    .venv/bin/python packaging/render_icons.py            # resources/icons/app.{png,ico,icns}
    .venv/bin/python packaging/render_icons.py --sheet /tmp/icons.png

The source of truth is ``resources/icons/app.svg``; the PNG / ICO / ICNS files are rendered
from it with Qt's own SVG renderer (QtSvg, part of PySide6-Essentials), so no extra tool is
needed. ICO and ICNS are written here rather than by Qt's image plugins because those store one
size per file, and Windows and macOS want several sizes in one icon file (both formats accept
PNG-compressed entries, so each entry is simply a PNG of that size).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types that hold PNG data, by pixel size (Apple's icns format).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


class IconError(Exception):
    """An icon file that Qt cannot read as SVG."""


def render(svg: Path, size: int, color: QColor | None = None) -> QImage:
    """``svg`` drawn at ``size`` x ``size`` on transparent; tinted with ``color`` when given."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise IconError(f"{svg}: not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    if color is not None:  # the app does the same: keep the alpha, replace the colour
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(image.rect(), color)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.x wants a str here although its stubs say bytes.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def ico_bytes(svg: Path, sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows .ico holding one PNG entry per size (ICONDIR + ICONDIRENTRY[] + data)."""
    pngs = [png_bytes(render(svg, size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size, png in zip(sizes, pngs, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(pngs)


def icns_bytes(svg: Path) -> bytes:
    """A macOS .icns: the ``icns`` header then one (type, length, PNG) chunk per size."""
    chunks = b""
    for size, kind in ICNS_TYPES.items():
        png = png_bytes(render(svg, size))
        chunks += kind + struct.pack(">I", len(png) + 8) + png
    return b"icns" + struct.pack(">I", len(chunks) + 8) + chunks


def write_app_icons(svg: Path = ICONS / "app.svg", out: Path = ICONS) -> list[Path]:
    """Write ``app.png`` (256 px), ``app.ico`` (Windows) and ``app.icns`` (macOS) next to the SVG."""
    written = [out / "app.png", out / "app.ico", out / "app.icns"]
    if not render(svg, 256).save(str(written[0])):
        raise OSError(f"could not write {written[0]}")
    written[1].write_bytes(ico_bytes(svg))
    written[2].write_bytes(icns_bytes(svg))
    return written


def contact_sheet(path: Path, cell: int = 100, columns: int = 8) -> Path:
    """Every icon at 24 px (and 48 px) with its name, light and dark, in one PNG to look at."""
    files = [ICONS / "app.svg"]
    files += sorted((ICONS / "elements").glob("*.svg")) + sorted((ICONS / "ui").glob("*.svg"))
    rows = -(-len(files) // columns)
    themes = ((QColor("#ffffff"), QColor("#1f2329")), (QColor("#1f2329"), QColor("#e6e8eb")))
    sheet = QImage(columns * cell * 2 + 16, rows * cell + 8, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#888888"))
    painter = QPainter(sheet)
    painter.setFont(QFont("DejaVu Sans", 7))
    for half, (background, ink) in enumerate(themes):
        left = half * (columns * cell + 16)
        painter.fillRect(left, 0, columns * cell, rows * cell + 8, background)
        for index, svg in enumerate(files):
            x = left + (index % columns) * cell
            y = 4 + (index // columns) * cell
            tint = None if svg.name == "app.svg" else ink
            painter.drawImage(x + 8, y + 8, render(svg, 24, tint))
            painter.drawImage(x + 36, y + 4, render(svg, 32, tint))
            painter.setPen(ink)
            painter.drawText(QRectF(x, y + 44, cell, 20), Qt.AlignmentFlag.AlignCenter, svg.stem)
    painter.end()
    if not sheet.save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sheet", type=Path, help="also write a contact sheet of all icons to this PNG")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        for path in write_app_icons():
            print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
        if args.sheet:
            print(f"wrote {contact_sheet(args.sheet)}")
    except (IconError, OSError) as error:
        print(f"render_icons: {error}", file=sys.stderr)
        return 1
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
