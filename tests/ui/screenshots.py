"""Draw the window screenshots for docs/ and the README (not a test; run it by hand):

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.screenshots [OUT_DIR]

Each shot uses fresh settings and data folders (a temporary XDG home), a real template card,
and the cursor inside an element (so the outline and the preview show the selection).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "resources" / "templates" / "alert.json"


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="card-designer-shots-"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(home / name.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from designer.render import RenderOptions
    from designer.ui import MainWindow

    app = QApplication.instance() or QApplication(["card-designer"])
    assert isinstance(app, QApplication)
    for theme in ("light", "dark"):
        window = MainWindow(str(TEMPLATE))
        window.set_theme(theme)
        window.preview.set_options(RenderOptions(theme=theme))
        window.resize(1600, 1000)
        window.show()
        text = window.editor.toPlainText()
        cursor = window.editor.textCursor()
        cursor.setPosition(text.index('"tag": "markdown"') + 2)
        window.editor.setTextCursor(cursor)
        for _ in range(30):
            app.processEvents()
        path = out / f"window-{theme}.png"
        window.grab().save(str(path))
        print(path)
        window.editor.document().setModified(False)
        window.close()
        window.deleteLater()
        app.processEvents()
    # Broken JSON: the last good preview stays, dimmed, under a banner; the outline is greyed.
    window = MainWindow(str(ROOT / "resources" / "templates" / "approval.json"))
    window.set_theme("light")  # the dark shot above is remembered as the window theme
    window.resize(1600, 1000)
    window.show()
    window.outline_dock.raise_()
    text = window.editor.toPlainText()
    window.editor.selectAll()
    window.editor.insertPlainText(text.replace('"elements": [', '"elements" [', 1))
    window.session.flush()
    window.editor.go_to_line(text[: text.index('"elements": [')].count("\n") + 1, 16)
    for _ in range(30):
        app.processEvents()
    path = out / "window-broken-json.png"
    window.grab().save(str(path))
    print(path)
    window.editor.document().setModified(False)
    window.close()
    window.deleteLater()

    from designer.ui.template_gallery import TemplateGallery

    gallery = TemplateGallery()
    gallery.select_title("Production alert")
    gallery.show()
    for _ in range(20):
        app.processEvents()
    path = out / "template-gallery.png"
    gallery.grab().save(str(path))
    print(path)
    gallery.close()

    # The Simplified Chinese translation, with the send pane in front.
    from PySide6.QtCore import QTranslator

    from designer.ui.resources import resource_path

    translator = QTranslator()
    assert translator.load("card_designer_zh_CN", str(resource_path("translations")))
    app.installTranslator(translator)
    window = MainWindow(str(TEMPLATE))
    window.resize(1600, 1000)
    window.show()
    window.send_features.send_dock.raise_()
    for _ in range(30):
        app.processEvents()
    path = out / "window-zh_CN.png"
    window.grab().save(str(path))
    print(path)
    window.close()
    window.deleteLater()
    app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
