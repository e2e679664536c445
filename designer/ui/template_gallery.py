"""The template gallery: start a new card from a blank card or a ready-made template.

Templates are plain files: ``resources/template-gallery.json`` lists them (file, title,
description and category, each also ``_zh`` in Chinese, schema, and ``"sent_as": "group"`` for a card posted to the whole
chat rather than sent as an ephemeral card) and each ``resources/templates/*.json`` is a card or a
request body. A group post is drawn without the "Only visible to you" badge, here and in the window.
``load_templates()`` reads the list (Qt-free apart from the dialog below); a template whose file
is missing or unreadable is listed with the reason instead of breaking the gallery.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from designer.cards import parse
from designer.recipients import SendKind
from designer.render import CardView, RenderOptions
from designer.ui.resources import resource_path
from designer.ui.roles import ItemRole


def blank_card(schema: str = "1.0") -> str:
    """The text of a new empty card (a title and one markdown text) in the window's language:
    a person reading Chinese starts from Chinese placeholder words, not English ones."""
    title = {"tag": "plain_text", "content": QCoreApplication.translate("BlankCard", "Title")}
    text = {"tag": "markdown", "content": QCoreApplication.translate("BlankCard", "Write **markdown** here.")}
    header = {"template": "blue", "title": title}
    card: dict[str, object] = (
        {"schema": "2.0", "header": header, "body": {"elements": [text]}}
        if schema == "2.0"
        else {"config": {"wide_screen_mode": True}, "header": header, "elements": [text]}
    )
    return json.dumps(card, indent=2, ensure_ascii=False) + "\n"


class _TwoLineDelegate(QStyledItemDelegate):
    """Draws an entry as its title (semi-bold) over its category line (dimmed)."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        rect = option.rect.adjusted(10, 5, -8, -5)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.save()
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(text_color)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            str(index.data(ItemRole.TITLE) or ""),
        )
        dim = QColor(text_color)
        dim.setAlphaF(0.75 if selected else 0.55)
        painter.setFont(option.font)
        painter.setPen(dim)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            str(index.data(ItemRole.SUBTITLE) or ""),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(260, 2 * option.fontMetrics.height() + 20)


@dataclass(frozen=True, slots=True)
class Template:
    """One gallery entry; ``problem`` says why ``text`` is empty when the file could not be read."""

    title: str
    description: str
    category: str
    schema: str
    text: str
    problem: str | None = None
    # Posted to the whole chat (``"sent_as": "group"``, the history's word for it): everyone sees
    # it, so it has no "Only visible to you" badge. Else an ephemeral card (the app's default).
    group_post: bool = False
    file: str = ""  # its name in the templates folder


def template_index(folder: Path) -> Path:
    """The gallery's list of the templates in ``folder``.

    It lies beside the folder, not in it, so the folder holds cards only and
    ``card-designer validate resources/templates/*.json`` meets nothing but cards.
    """
    return folder.parent / "template-gallery.json"


def _in_language(item: dict[str, object], key: str, chinese: bool) -> object:
    """``item[key]`` in the reader's language: ``<key>_zh`` for a Chinese reader when it is there."""
    return item.get(f"{key}_zh") if chinese and item.get(f"{key}_zh") else item.get(key, "")


def load_templates(folder: Path | None = None, chinese: bool = False) -> list[Template]:
    """The templates of ``folder`` (default: the app's templates) as ``template_index`` lists them."""
    folder = folder if folder is not None else resource_path("templates")
    index_path = template_index(folder)
    try:
        index = json.loads(index_path.read_text(encoding="utf-8"))
        if not isinstance(index, list):
            raise ValueError("expected a list of templates")
    except (OSError, ValueError) as exc:
        return [Template(str(index_path), "", "", "", "", f"{index_path}: {exc}")]
    found: list[Template] = []
    for position, item in enumerate(index):
        if not isinstance(item, dict) or not isinstance(item.get("file"), str):
            found.append(
                Template(
                    f"#{position + 1}", "", "", "", "", f"{index_path}: entry {position + 1} has no file"
                )
            )
            continue
        title = str(_in_language(item, "title", chinese) or item["file"])
        path = folder / item["file"]
        sent_as = item.get("sent_as", SendKind.EPHEMERAL.value)
        try:
            text = path.read_text(encoding="utf-8")
            problem = None
        except OSError as exc:
            text, problem = "", f"{path}: {exc.strerror or exc}"
        kinds = [kind.value for kind in SendKind]
        if sent_as not in kinds:
            problem = f'{index_path}: entry {position + 1}: "sent_as" is {sent_as!r}, not one of {kinds}'
        found.append(
            Template(
                title,
                str(_in_language(item, "description", chinese)),
                str(_in_language(item, "category", chinese)),
                str(item.get("schema", "1.0")),
                text,
                problem,
                group_post=sent_as == SendKind.GROUP,
                file=item["file"],
            )
        )
    return found


def is_group_template(path: Path) -> bool:
    """Whether ``path`` is one of the app's templates that is posted to the whole chat (a file
    opened from ``resources/templates``: it keeps its template's kind in the window)."""
    folder = resource_path("templates")
    try:
        if path.resolve().parent != folder.resolve():
            return False
    except OSError:
        return False
    return any(
        template.group_post and (folder / template.file).resolve() == path.resolve()
        for template in load_templates(folder)
    )


class TemplateGallery(QDialog):
    """Pick a blank card or a template; ``chosen()`` gives (title, text) after ``accept``."""

    def __init__(self, parent: QWidget | None = None, theme: str = "light") -> None:
        super().__init__(parent)
        self.setObjectName("templateGallery")
        self.setWindowTitle(self.tr("New Card"))
        self.resize(1040, 680)
        self.model = QStandardItemModel(self)
        self._add(
            self.tr("Blank card"),
            self.tr("An empty card (JSON 1.0) with a title and one text."),
            blank_card(),
            self.tr("Start from scratch · JSON 1.0"),
        )
        self._add(
            self.tr("Blank JSON 2.0 card"),
            self.tr("An empty card in the newer JSON 2.0 structure."),
            blank_card("2.0"),
            self.tr("Start from scratch · JSON 2.0"),
        )
        chinese = QLocale().language() == QLocale.Language.Chinese
        for template in load_templates(chinese=chinese):
            description = template.problem or template.description
            # A group post's line says so (its category is the scenario it belongs to, which may
            # be the ephemeral one: the round trip's final card).
            kind = self.tr("Posted to the whole chat") if template.group_post else template.category
            subtitle = f"{kind} · JSON {template.schema}" if kind else ""
            self._add(
                template.title,
                description,
                template.text,
                subtitle,
                enabled=template.problem is None,
                group_post=template.group_post,
            )
        self.list = QListView(self)
        self.list.setObjectName("templateList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSpacing(2)
        self.list.setIconSize(QSize(0, 0))
        self.list.setMinimumWidth(300)
        self.list.setItemDelegate(_TwoLineDelegate(self.list))
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setObjectName("templateDescription")
        self.description.setContentsMargins(4, 2, 4, 6)
        self.preview = CardView(self)
        self.preview.setObjectName("templatePreview")
        # Drawn as the window draws it: an ephemeral card with its badge, a group post without.
        self.preview.set_options(RenderOptions(theme="dark" if theme == "dark" else "light"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.description)
        right.addWidget(self.preview, 1)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.doubleClicked.connect(self._on_double_clicked)
        self.list.setCurrentIndex(self.model.index(0, 0))

    def _add(
        self,
        title: str,
        description: str,
        text: str,
        subtitle: str,
        enabled: bool = True,
        *,
        group_post: bool = False,
    ) -> None:
        item = QStandardItem(title)
        item.setData(not group_post, ItemRole.BADGE)
        item.setData(subtitle, ItemRole.SUBTITLE)
        item.setData(text, ItemRole.TEXT)
        item.setData(title, ItemRole.TITLE)
        item.setToolTip(description)
        item.setData(description, Qt.ItemDataRole.StatusTipRole)
        item.setEditable(False)
        if not enabled:
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.model.appendRow(item)

    def select_title(self, title: str) -> bool:
        """Make the entry called ``title`` current (for tests and automation)."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ItemRole.TITLE) == title:
                self.list.setCurrentIndex(index)
                return True
        return False

    def chosen(self) -> tuple[str, str]:
        index = self.list.currentIndex()
        return str(index.data(ItemRole.TITLE) or ""), str(index.data(ItemRole.TEXT) or "")

    def chosen_is_group_post(self) -> bool:
        """Whether the chosen template is posted to the whole chat (no ephemeral badge)."""
        return self.list.currentIndex().data(ItemRole.BADGE) is False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.description.setText(str(current.data(Qt.ItemDataRole.StatusTipRole) or ""))
        badge = current.data(ItemRole.BADGE) is not False
        self.preview.set_options(replace(self.preview.options(), badge=badge))
        self.preview.set_document(parse(str(current.data(ItemRole.TEXT) or "")))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.accept()
