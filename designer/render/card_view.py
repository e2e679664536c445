"""``CardView``: the scrollable preview of one card that responds to the mouse like the client."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QPoint, QPointF, QRectF, Qt, QTime, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from designer.cards import Document
from designer.cards.specs import VALUE_FIELDS
from designer.render.callbacks import PREVIEW_TIMEZONE, callback_payload, picker_option
from designer.render.components.interactive import FieldNode
from designer.render.context import MISSING_MARK, element_url, element_value, px
from designer.render.nodes import Interaction, Node, TextNode
from designer.render.options import RenderOptions
from designer.render.scene import CardScene, DrawnElement, card_languages
from designer.render.text import card_font
from designer.render.theme import THEMES

DIM_OPACITY = 0.4  # a card shown as stale (the text is no card right now) is drawn this faint
# Work done in one go while idle on a long text's remaining layout: short enough that a key
# pressed meanwhile waits at most about this long.
REFINE_SLICE_S = 0.008


class _Canvas(QWidget):
    """Paints the scene and turns mouse events into scene coordinates."""

    def __init__(self, view: CardView) -> None:
        super().__init__()
        self._view = view
        self.setObjectName("cardCanvas")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab walks the card's controls

    def paintEvent(self, event: QPaintEvent) -> None:
        scene = self._view.scene()
        if scene is None:
            return
        painter = QPainter(self)
        try:
            zoom = self._view.options().zoom or 1.0
            painter.scale(zoom, zoom)
            if self._view.is_dimmed():
                # Faded over the backdrop right here, in the one paint of the card: a graphics
                # effect on the scroll area kept a stale copy of the card on screen, offset by
                # the banner that appears at the same moment, until the next resize.
                painter.setOpacity(DIM_OPACITY)
            exposed = QRectF(event.rect())  # only what scrolled into view is painted
            visible = QRectF(
                exposed.x() / zoom, exposed.y() / zoom, exposed.width() / zoom, exposed.height() / zoom
            )
            scene.paint(painter, highlight=self._view.highlighted(), visible=visible.adjusted(-2, -2, 2, 2))
            focused = self._view.focused_control() if self.hasFocus() else None
            rect = scene.rect_of(focused) if focused else None
            if rect is not None:  # the keyboard focus ring
                pen = QPen(QColor(scene.theme.primary))
                pen.setWidthF(1.5)
                pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 5, 5)
        finally:
            painter.end()

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab / Shift+Tab move between the card's controls first, then leave the preview.
        if self._view.move_focus(1 if next else -1):
            return True
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            focused = self._view.focused_control()
            if focused:
                self._view.click_element(focused)
                event.accept()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _scene_point(self, event: QMouseEvent) -> QPointF:
        zoom = self._view.options().zoom or 1.0
        position = event.position()
        return QPointF(position.x() / zoom, position.y() / zoom)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._view.click_at(self._scene_point(event))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()  # the press acted already

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        clickable = self._view.clickable_at(self._scene_point(event))
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)


class _MultilineEditor(QPlainTextEdit):
    """A ``multiline_text`` input being edited; ``editingFinished`` when it loses focus."""

    editingFinished = Signal()  # the name QLineEdit uses, so both editors connect alike

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class CardView(QScrollArea):
    """The preview of one card on a chat-like backdrop.

    Signals:
        element_clicked(str): the JSON pointer of the element under a click.
        callback_emitted(dict): the payload Feishu would post to the app's card request URL.
        url_requested(str): a url / multi_url / link was clicked; the GUI asks before opening it.
    """

    element_clicked = Signal(str)
    callback_emitted = Signal(dict)
    url_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardView")
        self.setWidgetResizable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._canvas = _Canvas(self)
        self._canvas.setAccessibleName(self.tr("Card preview"))
        self.setWidget(self._canvas)
        self._document: Document | None = None
        self._options = RenderOptions()
        self._image_source: Callable[[str], bytes | None] | None = None
        self._state: dict[str, Any] = {}
        self._cache: OrderedDict[tuple[Any, ...], Node] = OrderedDict()
        self._built: CardScene | None = None
        # While the view is hidden (the window being put together: first card, options from
        # the settings, saved dock sizes), builds and layouts are only noted and done once,
        # when shown or first asked for: doing each at once built the preview 3 times and laid
        # it out 4 before the first frame (issue 10).
        self._build_pending = False
        self._layout_pending = False
        self._highlight: str | None = None
        self._editor: QLineEdit | _MultilineEditor | None = None
        self._popup: QWidget | None = None
        self._focus: str | None = None  # pointer of the keyboard-focused control
        self._dimmed = False
        # Long markdown is laid out where it shows; the rest a slice at a time while the
        # window is idle, so a 30 KB text neither delays the first show nor blocks typing.
        self._refine_timer = QTimer(self)
        self._refine_timer.setSingleShot(True)
        self._refine_timer.setInterval(0)
        self._refine_timer.timeout.connect(self._refine_step)
        self.verticalScrollBar().valueChanged.connect(self._settle_visible)
        self._rebuild()

    # -- the contract ---------------------------------------------------------------------------
    def set_document(self, doc: Document) -> None:
        if self._document is not None and doc.text != self._document.text:
            self._state.clear()  # the interaction state belongs to the card that was shown
        self._document = doc
        self._rebuild()

    def document(self) -> Document | None:
        return self._document

    def set_options(self, options: RenderOptions) -> None:
        self._options = options
        self._rebuild()

    def options(self) -> RenderOptions:
        return self._options

    def highlight(self, pointer: str | None) -> None:
        self._highlight = pointer
        if pointer is not None and self._scene is not None:
            rect = self._scene.rect_of(pointer)
            if rect is not None:
                zoom = self._options.zoom
                centre = rect.center()
                self.ensureVisible(
                    int(centre.x() * zoom),
                    int(centre.y() * zoom),
                    int(rect.width() * zoom / 2 + 8),
                    int(rect.height() * zoom / 2 + 8),
                )
        self._canvas.update()

    def highlighted(self) -> str | None:
        return self._highlight

    def set_dimmed(self, dimmed: bool) -> None:
        """Draw the card faded (it is the last good one while the text is not a card)."""
        if dimmed != self._dimmed:
            self._dimmed = dimmed
            self._canvas.update()

    def is_dimmed(self) -> bool:
        return self._dimmed

    def languages(self) -> list[str]:
        return card_languages(self._document.card if self._document is not None else None)

    def set_image_source(self, fn: Callable[[str], bytes | None]) -> None:
        self._image_source = fn
        self._cache.clear()
        self._rebuild()

    # -- introspection (tests, accessibility) ---------------------------------------------------
    def scene(self) -> CardScene | None:
        return self._scene

    def drawn_elements(self) -> list[DrawnElement]:
        """Every drawn element: pointer, tag, rect (unzoomed canvas px), text, colours."""
        return self._scene.drawn_elements() if self._scene is not None else []

    def canvas(self) -> QWidget:
        return self._canvas

    def focused_control(self) -> str | None:
        """Pointer of the control the keyboard focus is on (Tab / Shift+Tab, Enter acts)."""
        return self._focus

    def move_focus(self, step: int) -> bool:
        """Focus the next (+1) / previous (-1) control; False past the last / first one."""
        controls = self._controls()
        if not controls:
            self._focus = None
            return False
        index = (
            controls.index(self._focus) if self._focus in controls else (-1 if step > 0 else len(controls))
        )
        index += step
        if not 0 <= index < len(controls):
            self._focus = None
            self._canvas.update()
            return False
        self._focus = controls[index]
        rect = self._scene.rect_of(self._focus) if self._scene is not None else None
        if rect is not None:
            zoom = self._options.zoom
            self.ensureVisible(
                round(rect.center().x() * zoom),
                round(rect.center().y() * zoom),
                20,
                round(rect.height() * zoom / 2 + 8),
            )
        self._canvas.update()
        return True

    def _controls(self) -> list[str]:
        if self._scene is None:
            return []
        return [
            node.pointer
            for node, _ in self._scene.nodes()
            if node.interaction is not None
            and node.pointer is not None
            and node.interaction.kind != "card_link"
        ]

    def active_popup(self) -> QWidget | None:
        """The open options menu, picker dialog or text editor, if any."""
        return self._popup

    # -- building -------------------------------------------------------------------------------
    def _available_width(self) -> float:
        # Laid out for the width beside the vertical scroll bar, shown or not. A width that
        # changed as the bar came and went laid the card out again, which could hide or show
        # the bar again: a card whose height follows its width (a pie chart) flipped for ever.
        zoom = self._options.zoom or 1.0
        width = self.viewport().width()
        bar = self.verticalScrollBar()
        if not bar.isVisible():
            width -= bar.sizeHint().width()
        return max(200.0, width / zoom)

    @property
    def _scene(self) -> CardScene | None:
        if self._build_pending or self._layout_pending:
            self._catch_up()
        return self._built

    def _catch_up(self) -> None:
        if self._build_pending:
            self._build_pending = False
            self._build()
        elif self._layout_pending:
            self._layout_pending = False
            self._lay_out()

    def showEvent(self, event: QShowEvent) -> None:
        self._catch_up()  # at the width it shows with
        super().showEvent(event)

    def _rebuild(self) -> None:
        self._close_editor()
        if not self.isVisible():
            self._build_pending = True
            return
        self._build()

    def _build(self) -> None:
        self._layout_pending = False
        self._built = CardScene(
            self._document,
            self._options,
            image_source=self._image_source,
            state=self._state,
            cache=self._cache,
            lazy_text=True,
        )
        self._lay_out()

    def _relayout(self) -> None:
        if not self.isVisible():
            self._layout_pending = True
            return
        self._lay_out()

    def _lay_out(self) -> None:
        scene = self._built
        if scene is None:
            return
        palette = self.viewport().palette()  # the backdrop continues below a short card
        palette.setColor(QPalette.ColorRole.Window, QColor(scene.theme.backdrop))
        self.viewport().setPalette(palette)
        self.viewport().setAutoFillBackground(True)
        scene.layout(self._available_width())
        scene.settle(self._visible())
        self._apply_size()

    def _apply_size(self) -> None:
        """The canvas as large as the scene; the rest of a long text laid out when idle."""
        if self._scene is None:
            return
        zoom = self._options.zoom
        self._canvas.setFixedSize(
            max(1, round(self._scene.width * zoom)), max(1, round(self._scene.height * zoom))
        )
        self._canvas.update()
        if self._scene.pending():
            self._refine_timer.start()

    def _visible(self) -> QRectF:
        """The part of the scene the viewport shows (scene px)."""
        zoom = self._options.zoom or 1.0
        viewport = self.viewport()
        return QRectF(
            self.horizontalScrollBar().value() / zoom,
            self.verticalScrollBar().value() / zoom,
            viewport.width() / zoom,
            viewport.height() / zoom,
        )

    def _settle_visible(self) -> None:
        """Scrolled: what comes into view is laid out exactly before it is painted."""
        if self._scene is not None and self._scene.settle(self._visible()):
            self._apply_size()

    def _refine_step(self) -> None:
        """Lay out a slice of what is still estimated; what the viewport shows stays put."""
        scene = self._scene
        if scene is None:
            return
        visible = self._visible()
        anchor = scene.anchor(visible.top()) or scene.anchor(visible.center().y())
        before = scene.anchor_y(anchor) if anchor is not None else None
        deadline = time.perf_counter() + REFINE_SLICE_S
        if scene.refine(lambda: time.perf_counter() < deadline):
            after = scene.anchor_y(anchor) if anchor is not None else None
            self._apply_size()
            if before is not None and after is not None and after != before:
                bar = self.verticalScrollBar()
                bar.setValue(round(bar.value() + (after - before) * (self._options.zoom or 1.0)))
        elif scene.pending():
            self._refine_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    # -- interaction ------------------------------------------------------------------------------
    def clickable_at(self, point: QPointF) -> bool:
        if self._scene is None:
            return False
        for node, rect in reversed(self._scene.path_at(point)):
            if isinstance(node, TextNode) and node.anchor_at(point.x() - rect.x(), point.y() - rect.y()):
                return True
            if node.cursor_pointer and node.interaction is not None:
                return True
        return False

    def click_at(self, point: QPointF) -> None:
        """What a left click at ``point`` (scene px) does: select, follow a link or act."""
        if self._scene is None:
            return
        path = self._scene.path_at(point)
        elements = [node for node, _ in path if node.pointer is not None]
        if elements:
            self.element_clicked.emit(elements[-1].pointer or "")
        for node, rect in reversed(path):
            if isinstance(node, TextNode):
                href = node.anchor_at(point.x() - rect.x(), point.y() - rect.y())
                if href:
                    self.url_requested.emit(href)
                    return
            if node.interaction is not None:
                self._interact(node, node.interaction, rect)
                return

    def click_element(self, pointer: str) -> None:
        """Click the middle of the element at ``pointer`` (as a user would)."""
        if self._scene is None:
            return
        rect = self._scene.rect_of(pointer)
        if rect is not None:
            node = next((n for n, r in self._scene.nodes() if n.pointer == pointer), None)
            if isinstance(node, FieldNode):
                rect = QRectF(
                    rect.x(), rect.y() + node.field_rect().y(), rect.width(), node.field_rect().height()
                )
            self.click_at(rect.center())

    def _emit(self, element: dict[str, Any], value: Any, **fields: Any) -> None:
        self.callback_emitted.emit(callback_payload(element, value, **fields))

    def _interact(self, node: Node, interaction: Interaction, rect: QRectF) -> None:
        element = interaction.element
        kind = interaction.kind
        if kind == "button":
            self._after_confirm(element, lambda: self._press_button(interaction))
        elif kind in ("card_link", "container"):
            if kind == "container" and element_value(element) is not None:
                self._emit(element, element_value(element))
            url = element_url(element)
            if url:
                self.url_requested.emit(url)
        elif kind == "overflow" or kind in ("select", "person"):
            self._open_menu(interaction, rect, multi=False)
        elif kind in ("multi_select", "multi_person"):
            self._open_menu(interaction, rect, multi=True)
        elif kind in ("date", "time", "datetime"):
            self._open_picker(interaction)
        elif kind == "checker":
            checked = not self._current_checked(interaction)
            self._set_value(interaction.pointer, checked)
            self._rebuild()
            if interaction.form is None:
                self._emit(element, element_value(element), checked=checked)
        elif kind == "select_img":
            self._choose_image(interaction)
        elif kind == "input":
            self._open_editor(node, interaction, rect)
        elif kind == "collapse":
            expanded = self._state.get(interaction.pointer)
            current = expanded if isinstance(expanded, bool) else bool(element.get("expanded"))
            self._state[interaction.pointer] = not current
            self._rebuild()

    def _choose_image(self, interaction: Interaction) -> None:
        """A picture of ``select_img``: outside a form it is submitted at once; in a form it is
        marked (``multi_select``: toggled) and goes with the form's submit."""
        element = interaction.element
        value = interaction.options[0][0]
        if interaction.form is None:
            self._set_value(interaction.pointer, value)
            self._rebuild()
            self._emit(element, element_value(element), option=value)
            return
        if element.get("multi_select") is True:
            current = self._state.get(interaction.pointer)
            chosen = [str(v) for v in current] if isinstance(current, list) else []
            self._set_value(
                interaction.pointer,
                [v for v in chosen if v != value] if value in chosen else [*chosen, value],
            )
        else:
            self._set_value(interaction.pointer, value)
        self._rebuild()

    def _current_checked(self, interaction: Interaction) -> bool:
        state = self._state.get(interaction.pointer)
        return state if isinstance(state, bool) else bool(interaction.element.get("checked"))

    def _after_confirm(self, element: dict[str, Any], then: Callable[[], None]) -> None:
        """Run ``then`` now, or after the user accepts the element's ``confirm`` dialog."""
        confirm = element.get("confirm")
        if not isinstance(confirm, dict):
            then()
            return
        scene = self._scene
        language_text = scene.ctx.i18n if scene is not None else (lambda value: str(value or ""))
        dialog = QDialog(self)
        dialog.setObjectName("cardConfirmDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.setWindowTitle(language_text(confirm.get("title")) or self.tr("Confirm"))
        layout = QVBoxLayout(dialog)
        title = QLabel(language_text(confirm.get("title")), dialog)
        title.setObjectName("cardConfirmTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        text = QLabel(language_text(confirm.get("text")), dialog)
        text.setObjectName("cardConfirmText")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.accepted.connect(then)
        dialog.finished.connect(lambda _result: self._forget_popup(dialog))
        self._popup = dialog
        dialog.open()

    def _forget_popup(self, popup: QWidget) -> None:
        if self._popup is popup:
            self._popup = None

    def _press_button(self, interaction: Interaction) -> None:
        element = interaction.element
        submit = element.get("action_type") == "form_submit" or element.get("form_action_type") == "submit"
        reset = element.get("action_type") == "form_reset" or element.get("form_action_type") == "reset"
        if interaction.form is not None and reset:
            prefix = interaction.form + "/"
            for pointer in [p for p in self._state if p.startswith(prefix)]:
                del self._state[pointer]
            self._rebuild()
            return
        if interaction.form is not None and submit:
            missing = self._missing_required(interaction.form)
            if missing:  # the client refuses to submit and marks the empty required fields
                for pointer in missing:
                    self._state[pointer + MISSING_MARK] = True
                self._rebuild()
                return
            self._emit(element, element_value(element), form_value=self.form_values(interaction.form))
        elif element_value(element) is not None:
            self._emit(element, element_value(element))
        url = element_url(element)
        if url:
            self.url_requested.emit(url)

    def _missing_required(self, form_pointer: str) -> list[str]:
        """Pointers of the form's ``required`` fields that have no value."""
        values = self.form_values(form_pointer)
        missing: list[str] = []
        if self._scene is None:
            return missing
        for node, _ in self._scene.nodes():
            interaction = node.interaction
            if (
                interaction is None
                or interaction.form != form_pointer
                or not interaction.element.get("required")
            ):
                continue
            name = interaction.element.get("name")
            if isinstance(name, str) and values.get(name) in (None, "", [], False):
                missing.append(interaction.pointer)
        return missing

    def _set_value(self, pointer: str, value: Any) -> None:
        self._state[pointer] = value
        self._state.pop(pointer + MISSING_MARK, None)

    def form_values(self, form_pointer: str) -> dict[str, Any]:
        """``form_value`` of the form at ``form_pointer``: each named field's current value."""
        values: dict[str, Any] = {}
        if self._scene is None:
            return values
        for node, _ in self._scene.nodes():
            interaction = node.interaction
            if interaction is None or interaction.form != form_pointer:
                continue
            element = interaction.element
            name = element.get("name")
            if not isinstance(name, str) or not name or interaction.kind == "button":
                continue
            state = self._state.get(interaction.pointer)
            kind = interaction.kind
            if kind == "input":
                default = element.get("default_value")
                values[name] = (
                    state if isinstance(state, str) else (default if isinstance(default, str) else "")
                )
            elif kind in ("select", "person"):
                values[name] = state if isinstance(state, str) else element.get("initial_option", "")
            elif kind in ("multi_select", "multi_person"):
                values[name] = (
                    state if isinstance(state, list) else list(element.get("selected_values") or [])
                )
            elif kind in ("date", "time", "datetime"):
                values[name] = state if isinstance(state, str) else element.get(VALUE_FIELDS[kind], "")
            elif kind == "checker":
                values[name] = self._current_checked(interaction)
            elif kind == "select_img":
                multi = element.get("multi_select") is True
                if multi:
                    values[name] = list(state) if isinstance(state, list) else []
                else:
                    values[name] = state if isinstance(state, str) else ""
        return values

    def _global(self, rect: QRectF) -> QPoint:
        zoom = self._options.zoom
        return self._canvas.mapToGlobal(QPoint(round(rect.left() * zoom), round(rect.bottom() * zoom) + 2))

    def _open_menu(self, interaction: Interaction, rect: QRectF, *, multi: bool) -> None:
        menu = QMenu(self)
        menu.setObjectName("cardOptionsMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        element = interaction.element
        chosen = self._state.get(interaction.pointer)
        if multi:
            selected = (
                list(chosen)
                if isinstance(chosen, list)
                else [str(v) for v in element.get("selected_values") or []]
            )
        else:
            selected = [chosen] if isinstance(chosen, str) else [str(element.get("initial_option", ""))]
        raw_options = [o for o in element.get("options") or [] if isinstance(o, dict)]
        if not interaction.options:
            empty = menu.addAction(self.tr("(no options)"))
            empty.setEnabled(False)
        for index, (value, label) in enumerate(interaction.options):
            action = QAction(label or value, menu)
            action.setData(index)
            if interaction.kind != "overflow":
                action.setCheckable(True)
                action.setChecked(value in selected)
            menu.addAction(action)

        def on_triggered(action: QAction) -> None:
            index = action.data()
            if not isinstance(index, int):
                return
            value, _label = interaction.options[index]
            option = raw_options[index] if index < len(raw_options) else {}
            if interaction.kind == "overflow":
                url = element_url(option)
                if url:
                    self._after_confirm(element, lambda: self.url_requested.emit(url))
                elif "value" in option:
                    self._after_confirm(
                        element, lambda: self._emit(element, element_value(element), option=value)
                    )
                return
            if multi:
                current = list(self._state.get(interaction.pointer) or selected)
                if value in current:
                    current.remove(value)
                else:
                    current.append(value)
                self._set_value(interaction.pointer, current)
                self._rebuild()
                if interaction.form is None:
                    self._emit(element, element_value(element), options=current)
            else:
                self._set_value(interaction.pointer, value)
                self._rebuild()
                if interaction.form is None:
                    self._emit(element, element_value(element), option=value)

        menu.triggered.connect(on_triggered)
        menu.aboutToHide.connect(lambda: self._forget_popup(menu))
        self._popup = menu
        menu.popup(self._global(rect))

    def _open_picker(self, interaction: Interaction) -> None:
        element = interaction.element
        kind = interaction.kind
        dialog = QDialog(self)
        dialog.setObjectName("cardPickerDialog")
        dialog.setWindowTitle(
            {
                "date": self.tr("Pick a date"),
                "time": self.tr("Pick a time"),
                "datetime": self.tr("Pick a date and time"),
            }[kind]
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        layout = QVBoxLayout(dialog)
        current = self._state.get(interaction.pointer) or element.get(VALUE_FIELDS[kind]) or ""
        calendar: QCalendarWidget | None = None
        time_edit: QTimeEdit | None = None
        date_text, _, time_text = (
            str(current).partition(" ") if kind == "datetime" else (str(current), "", str(current))
        )
        if kind in ("date", "datetime"):
            calendar = QCalendarWidget(dialog)
            calendar.setObjectName("cardPickerCalendar")
            parsed = _parse_date(date_text)
            if parsed is not None:
                calendar.setSelectedDate(parsed)
            layout.addWidget(calendar)
        if kind in ("time", "datetime"):
            time_edit = QTimeEdit(dialog)
            time_edit.setObjectName("cardPickerTime")
            time_edit.setDisplayFormat("HH:mm")
            parsed_time = QTime.fromString(time_text.strip(), "H:mm")
            time_edit.setTime(parsed_time if parsed_time.isValid() else QTime(9, 0))
            layout.addWidget(time_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)

        def on_accepted() -> None:
            parts: list[str] = []
            if calendar is not None:
                parts.append(calendar.selectedDate().toString("yyyy-MM-dd"))
            if time_edit is not None:
                parts.append(time_edit.time().toString("HH:mm"))
            text = " ".join(parts)
            self._set_value(interaction.pointer, text)
            self._rebuild()
            if interaction.form is None:
                self._emit(
                    element,
                    element_value(element),
                    option=picker_option(kind, text),
                    timezone=PREVIEW_TIMEZONE,
                )

        dialog.accepted.connect(lambda: self._after_confirm(element, on_accepted))
        dialog.finished.connect(lambda _result: self._forget_popup(dialog))
        self._popup = dialog
        dialog.open()

    def _open_editor(self, node: Node, interaction: Interaction, rect: QRectF) -> None:
        """Edit an ``input`` in place: a line (or, for ``multiline_text``, a box) over the field."""
        self._close_editor()
        field_rect = node.field_rect() if isinstance(node, FieldNode) else QRectF(0, 0, node.w, node.h)
        zoom = self._options.zoom or 1.0
        element = interaction.element
        state = self._state.get(interaction.pointer)
        default = element.get("default_value")
        current = state if isinstance(state, str) else (default if isinstance(default, str) else "")
        editor: QLineEdit | _MultilineEditor
        if element.get("input_type") == "multiline_text":
            editor = _MultilineEditor(self._canvas)
            editor.setPlainText(current)
        else:
            editor = QLineEdit(self._canvas)
            editor.setText(current)
            if element.get("input_type") == "password":
                editor.setEchoMode(QLineEdit.EchoMode.Password)
            max_length = element.get("max_length")
            if isinstance(max_length, int) and max_length > 0:
                # input.md: 1..1000; a 400-digit one would not fit Qt's int (OverflowError)
                editor.setMaxLength(int(px("input", "max_length", max_length, 1000)))
        editor.setObjectName("cardInputEditor")
        theme = THEMES[self._options.theme]
        editor.setFont(card_font(round(theme.metrics.text_size * zoom)))
        editor.setStyleSheet(
            f"#cardInputEditor {{ border: 1px solid {theme.primary}; border-radius: {theme.metrics.button_radius}px;"
            f" padding: 0 {round(11 * zoom)}px; background: {theme.control_background}; color: {theme.text}; }}"
        )
        editor.setGeometry(
            round((rect.x() + field_rect.x()) * zoom),
            round((rect.y() + field_rect.y()) * zoom),
            round(field_rect.width() * zoom),
            round(field_rect.height() * zoom),
        )

        def commit() -> None:
            if self._editor is not editor:
                return
            text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
            self._editor = None
            self._popup = None
            editor.hide()  # gone at once, deleted when control returns to the event loop
            editor.deleteLater()
            self._set_value(interaction.pointer, text)
            self._rebuild()
            if interaction.form is None:
                self._emit(element, element_value(element), input_value=text)

        editor.editingFinished.connect(commit)
        editor.show()
        editor.setFocus()
        self._editor = editor
        self._popup = editor

    def _close_editor(self) -> None:
        editor = self._editor
        if editor is not None:
            self._editor = None
            self._popup = None
            editor.hide()
            editor.deleteLater()


def _parse_date(text: str) -> QDate | None:
    for fmt in ("yyyy-M-d", "yyyy-MM-dd", "yyyy/M/d"):
        date = QDate.fromString(text.strip(), fmt)
        if date.isValid():
            return date
    return None


__all__ = ["CardView"]
