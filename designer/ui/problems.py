"""The problems list: every diagnostic of the current parse, in file order.

``ProblemsModel`` is a table model over ``Document.diagnostics``; ``ProblemsView`` shows it and
reports which diagnostic the user picked, so the window can put the editor cursor on it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from designer.cards import Diagnostic, Document, Severity
from designer.ui.app_theme import is_dark
from designer.ui.roles import ItemRole
from designer.ui.status_colors import SEVERITY_STATUS, status_color

_Index = QModelIndex | QPersistentModelIndex


def severity_icon(severity: Severity, dark: bool) -> QIcon:
    """A filled dot in the severity's colour (error red, warning orange, info blue) for a
    light or ``dark`` window."""
    icon = QIcon()
    for size in (12, 16, 24):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(status_color(SEVERITY_STATUS[severity], dark))
        margin = size * 0.2
        painter.drawEllipse(int(margin), int(margin), int(size - 2 * margin), int(size - 2 * margin))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class ProblemsModel(QAbstractTableModel):
    """Columns: message (with a severity icon), line:column, rule, JSON pointer."""

    COLUMNS = ("message", "position", "rule", "pointer")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diagnostics: tuple[Diagnostic, ...] = ()
        # Per severity and theme (light, dark): asked for at paint time, so a theme switch shows.
        self._icons = {
            (severity, dark): severity_icon(severity, dark) for severity in Severity for dark in (False, True)
        }

    def set_document(self, document: Document) -> None:
        if document.diagnostics == self._diagnostics:
            return
        self.beginResetModel()
        self._diagnostics = document.diagnostics
        self.endResetModel()

    def diagnostic(self, row: int) -> Diagnostic:
        return self._diagnostics[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._diagnostics)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Problem"), self.tr("Line"), self.tr("Rule"), self.tr("Where"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        found = self._diagnostics[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if found.suggestion and found.suggestion not in found.message:
                    return self.tr("{0} (did you mean “{1}”?)").format(found.message, found.suggestion)
                return found.message
            if column == 1:
                return f"{found.line}:{found.column}"
            if column == 2:
                return found.rule
            return found.pointer or "/"
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._icons[found.severity, is_dark(QGuiApplication.palette())]
        if role == Qt.ItemDataRole.ToolTipRole:
            return found.format()
        if role == ItemRole.OBJECT:
            return found
        return None


class ProblemsView(QTreeView):
    """Shows a ``ProblemsModel``.

    Signals:
        diagnostic_activated(Diagnostic): the user clicked or pressed Enter on a problem.
    """

    diagnostic_activated = Signal(Diagnostic)

    def __init__(self, model: ProblemsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsList")
        self.setModel(model)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.clicked.connect(self._on_clicked)
        self.activated.connect(self._on_clicked)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0:
            # An empty list says so, instead of looking broken.
            painter = QPainter(self.viewport())
            color = QColor(self.palette().color(QPalette.ColorRole.Text))
            color.setAlphaF(0.45)
            painter.setPen(color)
            painter.drawText(
                self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No problems in this card")
            )
            painter.end()

    def _on_clicked(self, index: QModelIndex) -> None:
        found = index.data(ItemRole.OBJECT)
        if isinstance(found, Diagnostic):
            self.diagnostic_activated.emit(found)
