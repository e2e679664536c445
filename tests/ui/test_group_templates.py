"""A template posted to the whole chat (``"sent_as": "group"`` in resources/template-gallery.json,
the round trip's final card) is drawn without the "Only visible to you" badge: in the gallery,
when it is opened in the window (from the gallery or as a file), and in the round trip's preview.
The Badge control stays the person's choice for ephemeral cards."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from designer.render import CardView
from designer.ui import MainWindow
from designer.ui.resources import resource_path
from designer.ui.roles import ItemRole
from designer.ui.template_gallery import TemplateGallery, load_templates, template_index
from tests.helpers.cli import CJK, english_left
from tests.helpers.ui import TEMPLATES

POSTED = "todo-reminder-posted.json"


def _badge_drawn(view: CardView) -> bool:
    scene = view.scene()
    assert scene is not None, "nothing drawn"
    return scene.badge is not None


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load("card_designer_zh_CN", str(resource_path("translations")))
    qapp.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    yield
    QLocale.setDefault(before)
    qapp.removeTranslator(translator)


def test_the_gallery_says_once_which_templates_are_group_posts() -> None:
    templates = load_templates(TEMPLATES)
    assert {template.file for template in templates if template.group_post} == {POSTED}
    assert all(template.problem is None for template in templates)


def test_a_sent_as_that_is_neither_is_named_as_the_problem(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "a.json").write_text('{"elements": []}', encoding="utf-8")
    template_index(folder).write_text(json.dumps([{"file": "a.json", "sent_as": "everyone"}]), encoding="utf-8")
    (found,) = load_templates(folder)
    assert found.problem is not None and '"sent_as" is \'everyone\'' in found.problem and "entry 1" in found.problem


def test_the_gallery_draws_the_badge_on_ephemeral_templates_only(qtbot: QtBot, chinese: None) -> None:
    gallery = TemplateGallery()
    qtbot.addWidget(gallery)
    gallery.show()
    qtbot.waitExposed(gallery)
    by_file = {template.file: template for template in load_templates(chinese=True)}
    assert gallery.select_title(by_file["todo-reminder-form.json"].title)
    assert _badge_drawn(gallery.preview) and not gallery.chosen_is_group_post()
    assert gallery.select_title(by_file[POSTED].title)
    assert gallery.chosen()[1] == by_file[POSTED].text
    assert not _badge_drawn(gallery.preview) and gallery.chosen_is_group_post()
    subtitle = gallery.list.currentIndex().data(ItemRole.SUBTITLE)
    assert subtitle == "发到群里，全体成员可见 · JSON 1.0", subtitle  # not its scenario, "仅特定人可见"
    gallery.grab().save("/tmp/gallery-group-template-zh.png")


def _new_from_gallery(window: MainWindow, file: str) -> None:
    wanted = next(template for template in load_templates(TEMPLATES) if template.file == file)

    def choose() -> None:
        gallery = QApplication.activeModalWidget()
        assert isinstance(gallery, TemplateGallery)
        # (by its text: the gallery's titles are in the window's language)
        rows = [gallery.model.index(row, 0) for row in range(gallery.model.rowCount())]
        (index,) = [index for index in rows if index.data(ItemRole.TEXT) == wanted.text]
        gallery.list.setCurrentIndex(index)
        gallery.accept()

    QTimer.singleShot(0, choose)
    window.commands.new_action.trigger()
    assert window.editor.toPlainText() == wanted.text


def test_a_group_template_opened_in_the_window_has_no_badge(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    assert window.preview.badge.isChecked() and _badge_drawn(window.preview.view)
    _new_from_gallery(window, POSTED)
    assert not _badge_drawn(window.preview.view)
    # The person's choice is kept (and saved) as it was: the next ephemeral card has its badge.
    assert window.preview.badge.isChecked() and not window.preview.badge.isEnabled()
    assert window.preview.options().badge and window.app_settings.preview_options.badge
    window.editor.document().setModified(False)
    _new_from_gallery(window, "todo-reminder-form.json")
    assert _badge_drawn(window.preview.view) and window.preview.badge.isEnabled()
    window.editor.document().setModified(False)
    # Opened as a file from the templates folder, it is the same template.
    assert window.files.open_file(resource_path("templates", POSTED), interactive=False)
    assert not _badge_drawn(window.preview.view)
    assert window.files.open_file(resource_path("templates", "approval.json"), interactive=False)
    assert _badge_drawn(window.preview.view)


def test_a_copy_of_the_template_elsewhere_is_an_ordinary_card(
    make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    copy = tmp_path / POSTED
    copy.write_bytes(resource_path("templates", POSTED).read_bytes())
    window = make_window()
    assert window.files.open_file(copy, interactive=False)
    assert _badge_drawn(window.preview.view)


def test_the_gallery_in_chinese_describes_every_template_in_chinese(qtbot: QtBot, chinese: None) -> None:
    gallery = TemplateGallery()
    qtbot.addWidget(gallery)
    gallery.show()
    qtbot.waitExposed(gallery)
    for row in range(gallery.model.rowCount()):
        index = gallery.model.index(row, 0)
        gallery.list.setCurrentIndex(index)
        shown = "\n".join(
            (str(index.data(ItemRole.TITLE)), str(index.data(ItemRole.SUBTITLE)), gallery.description.text())
        )
        assert CJK.search(shown) and not english_left(shown), shown
