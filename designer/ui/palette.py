"""The element palette: the catalog of components, grouped, searchable, to insert or drag.

``PaletteModel`` turns ``designer.cards.catalog.CATALOG`` into a two-level item model (group ->
component); ``ElementPalette`` shows it with a search box. Double-click / Enter asks the window
to insert the component; dragging carries its tag to the editor (``ELEMENT_MIME_TYPE``).
Components that do not exist in the open card's schema version are shown dimmed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from designer.cards.catalog import CATALOG, CatalogEntry
from designer.ui.app_theme import is_dark
from designer.ui.json_editor import ELEMENT_MIME_TYPE
from designer.ui.resources import element_icon
from designer.ui.roles import ItemRole
from designer.ui.status_colors import Status, status_color

_GROUP_ORDER = ("text", "layout", "interaction", "media", "form")
_Index = QModelIndex | QPersistentModelIndex


def _catalog_tr(text: str) -> str:
    """The catalog's English strings, translated (resources/translations/update.py lists them)."""
    return QCoreApplication.translate("CatalogEntry", text)


class PaletteModel(QStandardItemModel):
    """Group rows ("Text", "Layout", ...) holding one row per catalog entry.

    Columns: the component (icon, title; tooltip with description, tag and minimum client) and
    the schema versions it exists in.

    The icons are drawn (an SVG tinted for the theme) when a view first asks for one, i.e. for
    the rows on screen: drawing all 60 at start, and again for the window's theme, was a
    tenth of the window's start (issue 10).
    """

    def __init__(self, entries: Sequence[CatalogEntry] = CATALOG, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries = {item.tag: item for item in entries}
        self._schema_version = "1.0"
        self._icon_palette: QPalette | None = None  # None: the application's palette
        self._icons: dict[str, QIcon] = {}
        self.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Schema")])
        titles = {
            "text": self.tr("Text"),
            "layout": self.tr("Layout"),
            "interaction": self.tr("Interaction"),
            "media": self.tr("Media"),
            "form": self.tr("Form"),
        }
        groups: dict[str, QStandardItem] = {}
        for group in _GROUP_ORDER:
            item = QStandardItem(titles[group])
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            item.setFont(font)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            filler = QStandardItem()
            filler.setFlags(Qt.ItemFlag.ItemIsEnabled)
            groups[group] = item
            self.appendRow([item, filler])
        for entry in entries:
            title = QStandardItem(_catalog_tr(entry.title))
            title.setData(entry.tag, ItemRole.TAG)
            title.setData(
                f"{entry.title} {_catalog_tr(entry.title)} {entry.tag} {entry.description}", ItemRole.SEARCH
            )
            tooltip = f"<b>{_catalog_tr(entry.title)}</b> <code>{entry.tag}</code><br>{_catalog_tr(entry.description)}"
            if entry.min_client:
                tooltip += "<br>" + self.tr("Needs Feishu {0} or later").format(entry.min_client)
            title.setToolTip(tooltip)
            versions = QStandardItem(self._versions_label(entry))
            versions.setData(entry.tag, ItemRole.TAG)
            versions.setData(title.data(ItemRole.SEARCH), ItemRole.SEARCH)
            versions.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            small = QFont()
            small.setPointSizeF(max(small.pointSizeF() - 1.5, 7.0))
            versions.setFont(small)
            groups.get(entry.group, groups["text"]).appendRow([title, versions])
        self._apply_availability()

    def _versions_label(self, entry: CatalogEntry) -> str:
        if entry.schema_versions >= {"1.0", "2.0"}:
            return "1.0 · 2.0"
        return self.tr("{0} only").format(" · ".join(sorted(entry.schema_versions)))

    def entry(self, tag: str) -> CatalogEntry:
        return self._entries[tag]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            tag = super().data(index, ItemRole.TAG)
            if isinstance(tag, str):
                icon = self._icons.get(tag)
                if icon is None:
                    icon = self._icons[tag] = element_icon(tag, self._icon_palette)
                return icon
        return super().data(index, role)

    def retint(self, palette: QPalette) -> None:
        """Redraw the component icons for a new window theme (when next shown)."""
        self._icon_palette = QPalette(palette)
        self._icons.clear()
        for row in range(self.rowCount()):
            group = self.item(row)
            if group.rowCount():
                first, last = group.child(0).index(), group.child(group.rowCount() - 1).index()
                self.dataChanged.emit(first, last, [Qt.ItemDataRole.DecorationRole])
        self._apply_availability(palette)

    def icons_drawn(self) -> int:
        """How many component icons are drawn for the current theme (the rest wait to be shown)."""
        return len(self._icons)

    def set_schema_version(self, version: str) -> None:
        """Dim components that the open card's schema version does not have."""
        if version != self._schema_version:
            self._schema_version = version
            self._apply_availability()

    def is_available(self, tag: str) -> bool:
        return (
            self._schema_version == "template" or self._schema_version in self._entries[tag].schema_versions
        )

    def _apply_availability(self, palette: QPalette | None = None) -> None:
        # Dimmed, not disabled: double-clicking still explains why it cannot go in this card.
        dim = status_color(Status.MUTED, is_dark(palette) if palette is not None else None)
        for group_row in range(self.rowCount()):
            group = self.item(group_row)
            for row in range(group.rowCount()):
                for column in range(2):
                    item = group.child(row, column)
                    available = self.is_available(item.data(ItemRole.TAG))
                    secondary = column == 1  # the schema column is secondary text
                    item.setData(None if available and not secondary else dim, Qt.ItemDataRole.ForegroundRole)
                    item.setFlags(
                        Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsDragEnabled
                        | Qt.ItemFlag.ItemIsEnabled
                    )

    def mimeTypes(self) -> list[str]:
        return [ELEMENT_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        for index in indexes:
            tag = index.data(ItemRole.TAG)
            if isinstance(tag, str):
                mime.setData(ELEMENT_MIME_TYPE, tag.encode("utf-8"))
                mime.setText(tag)
                break
        return mime


class _SearchProxy(QSortFilterProxyModel):
    """Keeps components whose title, tag or description contain every typed word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.lower().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(index.data(ItemRole.SEARCH) or "").lower()
        return bool(haystack) and all(word in haystack for word in self._words)


class ElementPalette(QWidget):
    """The palette pane: a search box over the component tree.

    Signals:
        insert_requested(str): the user double-clicked (or pressed Enter on) a component tag.
    """

    insert_requested = Signal(str)

    def __init__(self, model: PaletteModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("elementPalette")
        self._model = model
        self._proxy = _SearchProxy(self)
        self._proxy.setSourceModel(model)
        self.search = QLineEdit(self)
        self.search.setObjectName("paletteSearch")
        self.search.setPlaceholderText(self.tr("Search components"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.view = QTreeView(self)
        self.view.setModel(self._proxy)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setIndentation(14)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.expandAll()
        self.view.activated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.view)

    def index_of(self, tag: str) -> QModelIndex:
        """The view's index of the component ``tag`` (invalid when filtered out)."""
        matches = self._proxy.match(
            self._proxy.index(0, 0),
            ItemRole.TAG,
            tag,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        return matches[0] if matches else QModelIndex()

    def _on_search_text_changed(self, text: str) -> None:
        self._proxy.set_search(text)
        self.view.expandAll()

    def _on_activated(self, index: QModelIndex) -> None:
        tag = index.data(ItemRole.TAG)
        if isinstance(tag, str):
            self.insert_requested.emit(tag)
