"""The preview pane: the renderer (``designer.render.CardView``) with its controls.

Controls: theme, width (the card's own setting, compact, default, fill, mobile), language
(for i18n cards), the ephemeral badge and zoom. When the text stops being a card (broken
JSON), the last good preview stays, dimmed, under a banner that names the error and its line.
Clicks on interactive elements show the callback payload below the card.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from designer.cards import Document
from designer.render import CardView, RenderOptions
from designer.render.core_text import core_text
from designer.render.options import WidthMode
from designer.ui.callback_panel import CallbackPanel
from designer.ui.status_colors import Status, set_banner

# previewWidth items, in order: (width mode, platform)
_WIDTHS: tuple[tuple[WidthMode, Literal["desktop", "mobile"]], ...] = (
    ("auto", "desktop"),
    ("compact", "desktop"),
    ("default", "desktop"),
    ("fill", "desktop"),
    ("fill", "mobile"),
)
_ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class PreviewPane(QWidget):
    """The live preview.

    Signals:
        options_changed(RenderOptions): the user changed a preview control.
        element_clicked(str): the pointer of the element clicked in the preview.
        url_requested(str): a link in the card was clicked (the window asks before opening).
    """

    options_changed = Signal(RenderOptions)
    element_clicked = Signal(str)
    url_requested = Signal(str)

    def __init__(self, options: RenderOptions | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self._updating = True  # the controls are being filled: no options_changed yet
        self._last_good: Document | None = None
        # The open card is posted to the whole chat (a group template): no ephemeral badge,
        # whatever the Badge control says (which stays the person's choice for ephemeral cards).
        self._group_post = False
        self.view = CardView(self)
        self.view.setObjectName("cardPreview")
        self.view.element_clicked.connect(self.element_clicked)
        self.view.url_requested.connect(self.url_requested)
        self.view.callback_emitted.connect(self._on_callback_emitted)

        self.theme = self._combo("previewTheme", self.tr("Card theme"))
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.width_mode = self._combo("previewWidth", self.tr("Card width"))
        labels = (
            self.tr("Card width"),
            self.tr("Compact · 400"),
            self.tr("Default · 600"),
            self.tr("Fill"),
            self.tr("Mobile"),
        )
        for label, value in zip(labels, _WIDTHS, strict=True):
            self.width_mode.addItem(label, value)
        self.language = self._combo("previewLanguage", self.tr("Language shown (i18n cards)"))
        self.badge = QCheckBox(self.tr("Badge"), self)
        self.badge.setObjectName("previewBadge")
        self.badge.setToolTip(self.tr("Show the “Only visible to you” badge of an ephemeral card"))
        self.badge.toggled.connect(self._on_control_changed)
        self.zoom = self._combo("previewZoom", self.tr("Zoom"))
        for zoom in _ZOOMS:
            self.zoom.addItem(f"{round(zoom * 100)} %", zoom)

        controls = QHBoxLayout()
        controls.setContentsMargins(8, 6, 8, 6)
        controls.setSpacing(6)
        for widget in (self.theme, self.width_mode, self.language):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.badge)
        controls.addWidget(self.zoom)

        self.banner = QLabel(self)
        self.banner.setObjectName("previewBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_banner(self.banner, Status.ERROR, "border-radius: 6px; padding: 6px 10px; margin: 0 8px;")
        self.banner.hide()

        self.callback_panel = CallbackPanel(self)
        self.callback_panel.hide()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(self.callback_panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(controls)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.set_options(options or RenderOptions())

    def _combo(self, name: str, tooltip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setToolTip(tooltip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._on_control_changed)
        return combo

    # ----- options -----------------------------------------------------------------------------

    def options(self) -> RenderOptions:
        """The options the person chose (the badge as its control says, see ``set_group_post``)."""
        return replace(self.view.options(), badge=self.badge.isChecked())

    def _drawn(self, options: RenderOptions) -> RenderOptions:
        return replace(options, badge=False) if self._group_post else options

    def set_group_post(self, group_post: bool) -> None:
        """Say whether the open card is posted to the whole chat: everyone sees it, so it is drawn
        without the "Only visible to you" badge (the Badge control is kept, disabled)."""
        self._group_post = group_post
        self.badge.setEnabled(not group_post)
        self.badge.setToolTip(
            self.tr("A card posted to the whole chat is seen by everyone: it has no “Only visible to you” badge")
            if group_post
            else self.tr("Show the “Only visible to you” badge of an ephemeral card")
        )
        self.view.set_options(self._drawn(self.options()))

    def set_options(self, options: RenderOptions) -> None:
        """Show ``options`` in the controls and draw with them (emits nothing)."""
        self._updating = True
        try:
            self.theme.setCurrentIndex(max(0, self.theme.findData(options.theme)))
            width = options.width if isinstance(options.width, str) else "auto"
            mode = ("fill", "mobile") if options.platform == "mobile" else (width, "desktop")
            self.width_mode.setCurrentIndex(max(0, self.width_mode.findData(mode)))
            self.badge.setChecked(options.badge)
            self.zoom.setCurrentIndex(
                max(0, self.zoom.findData(options.zoom)) if options.zoom in _ZOOMS else 2
            )
            self._fill_languages(options.language)
        finally:
            self._updating = False
        self.view.set_options(self._drawn(options))

    def _fill_languages(self, chosen: str | None) -> None:
        languages = self.view.languages()
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("Card language"), None)
        for language in languages:
            self.language.addItem(language, language)
        index = self.language.findData(chosen) if chosen in languages else 0
        self.language.setCurrentIndex(max(0, index))
        self.language.setEnabled(len(languages) > 1)
        self.language.blockSignals(False)

    def _on_control_changed(self, *_args: Any) -> None:
        if self._updating:
            return
        width, platform = _WIDTHS[max(0, self.width_mode.currentIndex())]
        current = self.view.options()
        options = RenderOptions(
            theme=self.theme.currentData() or "light",
            platform=platform,
            width=width,
            language=self.language.currentData(),
            badge=self.badge.isChecked(),
            badge_language=current.badge_language,
            zoom=float(self.zoom.currentData() or 1.0),
        )
        self.view.set_options(self._drawn(options))
        self.options_changed.emit(options)

    # ----- the document ------------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        """Draw ``document``; a text that is no card keeps the last good one, dimmed, with a banner."""
        if document.card is None and document.text.strip():
            problem = document.errors[0] if document.errors else None
            where = self.tr("line {0}, column {1}: ").format(problem.line, problem.column) if problem else ""
            message = core_text(problem.message) if problem else self.tr("the text is not a card")
            self.banner.setText(
                self.tr("Not a card yet — {0}{1}. Showing the last good preview.").format(where, message)
            )
            self.banner.show()
            self.view.set_dimmed(self._last_good is not None)
            return
        self.banner.hide()
        self.view.set_dimmed(False)
        self._last_good = document
        self.view.set_document(document)
        # The language list is compared with what the box shows (one walk of the card per parse).
        shown = [self.language.itemData(index) for index in range(1, self.language.count())]
        if self.view.languages() != shown:
            self._fill_languages(self.view.options().language)

    def is_dimmed(self) -> bool:
        return self.view.is_dimmed()

    def highlight(self, pointer: str | None) -> None:
        self.view.highlight(pointer)

    def _on_callback_emitted(self, payload: dict[str, Any]) -> None:
        self.callback_panel.show_payload(payload)
