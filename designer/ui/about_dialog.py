"""Help › About: the version, the licence and where the documentation is."""

from __future__ import annotations

import html
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from designer import __version__
from designer.ui.resources import app_icon, resources_dir


def project_file(name: str) -> Path | None:
    """``name`` (README.md, LICENSE, docs/ARCHITECTURE.md) beside the resources folder — the
    source checkout, or the bundle when it carries it — or None when this install lacks it."""
    path = resources_dir().parent / name
    return path if path.is_file() else None


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Card Designer"))
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text = QLabel(self)
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(True)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text.setText(self._html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _html(self) -> str:
        def link(name: str, label: str) -> str:
            # A link where the file is installed; its name otherwise, so the reader can find it.
            path = project_file(name)
            if path is None:
                return html.escape(name)
            return f'<a href="{QUrl.fromLocalFile(str(path)).toString()}">{html.escape(label)}</a>'

        name = self.tr("Card Designer")  # outside the f-string: lupdate reads plain calls only
        title = f"<h2>{html.escape(name)}</h2>"
        paragraphs = [
            html.escape(self.tr("Version {0}").format(__version__)),
            html.escape(self.tr("Design Feishu / Lark message cards and send them as ephemeral cards.")),
            self.tr("Free software under the MIT licence: see {0}.").format(link("LICENSE", "LICENSE")),
            self.tr("Documentation: {0} · {1}").format(
                link("README.md", self.tr("User guide (README)")),
                link("docs/ARCHITECTURE.md", self.tr("Architecture")),
            ),
            html.escape(self.tr("PySide6 {0}, Qt {1}").format(PySide6.__version__, qVersion())),
        ]
        return title + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
