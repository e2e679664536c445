"""The outline: the card's tree (header, components, columns, actions...) beside the palette.

``OutlineModel`` wraps the nodes of ``designer.cards.outline.outline(doc)`` (tag and short label
per node, its JSON pointer in ``ItemRole.POINTER``); ``CardOutline`` shows it with move up / move down
/ delete buttons. Those buttons only ask (``*_requested``): the window turns them into text edits
through the editor, so Undo covers them.

Only the person moves the editor from here: ``pointer_selected`` is emitted for a node the
person picked with the mouse or the keyboard in the tree, never for the current-row changes Qt
makes on its own while the tree is rebuilt after a parse (each removed row becomes current in
turn; passing those on moved the editor's caret away from where the person was typing).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QAbstractItemView, QToolBar, QTreeView, QVBoxLayout, QWidget

from designer.cards import Document
from designer.cards.outline import OutlineNode, outline
from designer.ui.app_theme import is_dark
from designer.ui.resources import element_icon, set_themed_icon, ui_icon
from designer.ui.roles import ItemRole
from designer.ui.status_colors import Status, status_color

_ICON_FALLBACK = {"header": "header", "i18n_elements": "language", "template": "template"}


def _node_icon(tag: str, palette: QPalette | None = None) -> QIcon:
    icon = element_icon(tag, palette)
    if icon.isNull() and tag in _ICON_FALLBACK:
        icon = ui_icon(_ICON_FALLBACK[tag], palette)
    return icon


def _walk(nodes: list[OutlineNode]) -> Iterator[tuple[int, OutlineNode]]:
    """Every node with its depth, parents before children, in row order (iterative)."""
    stack: list[tuple[int, list[OutlineNode], int]] = [(0, nodes, 0)]
    while stack:
        depth, children, at = stack.pop()
        if at < len(children):
            stack.append((depth, children, at + 1))
            yield depth, children[at]
            stack.append((depth + 1, children[at].children, 0))


def _shape(nodes: list[OutlineNode]) -> list[tuple[int, str, str]]:
    """What the rows are, without their labels: (depth, pointer, tag) in row order."""
    return [(depth, node.pointer, node.tag) for depth, node in _walk(nodes)]


class OutlineModel(QStandardItemModel):
    """One row per outline node: ``tag  label``, with the pointer and tag as data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._nodes: list[OutlineNode] = []
        self._items: dict[str, QStandardItem] = {}

    def set_document(self, document: Document) -> bool:
        """Follow a new parse; True when the rows were rebuilt (a part added, removed or moved).

        Typing inside a part changes at most its label: then only the labels that differ are
        set in place (``dataChanged``, no reset, no rows removed), which keeps the view's
        current row, expansion and scroll position, and costs nothing when nothing changed.
        """
        nodes = outline(document)
        if nodes == self._nodes:
            return False
        if _shape(nodes) == _shape(self._nodes):
            for (_, old), (_, new) in zip(_walk(self._nodes), _walk(nodes), strict=True):
                if old.label != new.label:
                    self._items[new.pointer].setText(self._text_of(new))
            self._nodes = nodes
            return False
        self._nodes = nodes
        self.clear()
        self._items = {}
        icons: dict[str, QIcon] = {}  # one per tag: loading an SVG per row was most of a rebuild
        stack: list[tuple[list[OutlineNode], QStandardItem]] = [(nodes, self.invisibleRootItem())]
        while stack:
            children, into = stack.pop()
            for node in children:
                if node.tag not in icons:
                    icons[node.tag] = _node_icon(node.tag)
                item = self._item_for(node, icons[node.tag])
                into.appendRow(item)
                self._items[node.pointer] = item
                if node.children:
                    stack.append((node.children, item))
        return True

    def _text_of(self, node: OutlineNode) -> str:
        names = {"header": self.tr("header"), "i18n_elements": self.tr("language")}
        tag = names.get(node.tag, node.tag or self.tr("(no tag)"))
        return f"{tag}  {node.label}" if node.label else tag

    def _item_for(self, node: OutlineNode, icon: QIcon) -> QStandardItem:
        item = QStandardItem(icon, self._text_of(node))
        item.setData(node.pointer, ItemRole.POINTER)
        item.setData(node.tag, ItemRole.TAG)
        item.setToolTip(node.pointer)
        item.setEditable(False)
        if not node.tag:
            item.setForeground(status_color(Status.ERROR))
        if node.tag == "header":
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            item.setFont(font)
        return item

    def retint(self, palette: QPalette) -> None:
        """Redraw the node icons for a new window theme."""
        for item in self._items.values():
            item.setIcon(_node_icon(item.data(ItemRole.TAG), palette))
            if not item.data(ItemRole.TAG):
                item.setForeground(status_color(Status.ERROR, is_dark(palette)))

    def index_for(self, pointer: str) -> QModelIndex:
        """The node for ``pointer`` or, when it points inside an element, the nearest one around it."""
        current = pointer
        while True:
            item = self._items.get(current)
            if item is not None:
                return item.index()
            if not current:
                return QModelIndex()
            current = current.rsplit("/", 1)[0]


class _OutlineTree(QTreeView):
    """The tree view; counts the mouse and key events it is handling, so the outline can tell
    a current-row change the person made from one Qt made by itself (rows removed, a reset)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_acting = 0

    @contextmanager
    def _person(self) -> Iterator[None]:
        self.person_acting += 1
        try:
            yield
        finally:
            self.person_acting -= 1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        with self._person():
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        with self._person():
            super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        with self._person():
            super().mouseMoveEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        with self._person():
            super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        with self._person():
            super().keyPressEvent(event)


class CardOutline(QWidget):
    """The outline pane.

    Signals:
        pointer_selected(str): the person picked a node with the mouse or the keyboard (never
            emitted for ``select_pointer`` or a rebuild of the tree).
        move_requested(str, int): move the element at the pointer by -1 (up) or +1 (down).
        delete_requested(str): delete the element at the pointer.
    """

    pointer_selected = Signal(str)
    move_requested = Signal(str, int)
    delete_requested = Signal(str)

    def __init__(self, model: OutlineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardOutline")
        self._model = model
        self._selecting = False
        # Rows being inserted, removed, moved, reset or re-laid out: the model's own signals say
        # when. Connected BEFORE the view gets the model, so these run before the selection
        # model's handlers, which is where Qt moves the current row onto a neighbour.
        self._model_changing = 0
        for begins in (
            model.modelAboutToBeReset,
            model.rowsAboutToBeInserted,
            model.rowsAboutToBeRemoved,
            model.rowsAboutToBeMoved,
            model.layoutAboutToBeChanged,
        ):
            begins.connect(self._on_model_change_begins)
        for ends in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
            model.layoutChanged,
        ):
            ends.connect(self._on_model_change_ends)
        self.view = _OutlineTree(self)
        self.view.setModel(model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setIndentation(14)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.toolbar = QToolBar(self)
        self.toolbar.setIconSize(QSize(16, 16))
        self.move_up_action = self._action("arrow-up", self.tr("Move Up"), "Alt+Up", -1)
        self.move_down_action = self._action("arrow-down", self.tr("Move Down"), "Alt+Down", 1)
        self.delete_action = QAction(self.tr("Delete"), self)
        set_themed_icon(self.delete_action, "delete")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.setToolTip(self.tr("Delete the selected element (Undo brings it back)"))
        self.delete_action.triggered.connect(self._on_delete_triggered)
        self.toolbar.addAction(self.delete_action)
        self.addAction(self.delete_action)
        # The same actions on a right-click, where people look for them in a tree.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([self.move_up_action, self.move_down_action, self.delete_action])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view)
        self._update_actions()

    def _action(self, icon: str, text: str, shortcut: str, delta: int) -> QAction:
        action = QAction(text, self)
        set_themed_icon(action, icon)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({shortcut})")
        action.triggered.connect(lambda: self._on_move_triggered(delta))
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def set_document(self, document: Document) -> None:
        """Follow a new parse: labels change in place; when parts were added, removed or moved
        the tree is rebuilt, keeping the selected node when it still exists.

        While the text is not a card (broken JSON), the last tree stays, greyed out.
        """
        broken = document.card is None and bool(document.text.strip())
        self.view.setEnabled(not broken)
        if broken:
            self._update_actions()
            return
        selected = self.selected_pointer()
        if self._model.set_document(document):
            self.view.expandAll()
            self.select_pointer(selected)

    def selected_pointer(self) -> str | None:
        index = self.view.currentIndex()
        pointer = index.data(ItemRole.POINTER) if index.isValid() else None
        return pointer if isinstance(pointer, str) else None

    def select_pointer(self, pointer: str | None) -> None:
        """Show the node of ``pointer`` (or the one around it) as current, without emitting."""
        index = self._model.index_for(pointer) if pointer is not None else QModelIndex()
        self._selecting = True
        try:
            if index.isValid():
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.view.scrollTo(index)
            else:
                self.view.selectionModel().clear()
        finally:
            self._selecting = False
        self._update_actions()

    def _is_element(self, pointer: str | None) -> bool:
        return pointer is not None and pointer.rsplit("/", 1)[-1].isdigit()

    def _update_actions(self) -> None:
        element = self.view.isEnabled() and self._is_element(self.selected_pointer())
        for action in (self.move_up_action, self.move_down_action, self.delete_action):
            action.setEnabled(element)

    def _on_model_change_begins(self, *_args: object) -> None:
        self._model_changing += 1

    def _on_model_change_ends(self, *_args: object) -> None:
        self._model_changing = max(0, self._model_changing - 1)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        # Passed on only when the person moved it in the tree: not from select_pointer, not
        # while the model changes under the view (even when that happens inside a click, as a
        # pending parse runs when the click reveals its node).
        picked = self.view.person_acting > 0 and not self._model_changing and not self._selecting
        if not picked or not current.isValid():
            return
        pointer = current.data(ItemRole.POINTER)
        if isinstance(pointer, str):
            self.pointer_selected.emit(pointer)

    def _on_move_triggered(self, delta: int) -> None:
        pointer = self.selected_pointer()
        if self._is_element(pointer):
            assert pointer is not None
            self.move_requested.emit(pointer, delta)

    def _on_delete_triggered(self) -> None:
        pointer = self.selected_pointer()
        if self._is_element(pointer):
            assert pointer is not None
            self.delete_requested.emit(pointer)
