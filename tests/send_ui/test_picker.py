"""The recipient picker: typed ids (kind + shape), email lookup, avatars, recent chats/recipients."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from designer.cards import parse
from designer.sandbox import SandboxServer, demo
from designer.store.profiles import Profile
from designer.ui.send.recipient_picker import RecipientPicker
from designer.ui.send.send_panel import SendPanel
from designer.ui.send.session import SendSession
from designer.ui.send.target import SendTarget
from tests.helpers.cards import card_text
from tests.helpers.send_ui import CARD, shot


def _picker(qtbot, session: SendSession) -> tuple[RecipientPicker, SendTarget]:
    target = SendTarget()
    picker = RecipientPicker(session, target)
    qtbot.addWidget(picker)
    picker.resize(480, 720)
    picker.show()
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)
    return picker, target


def test_typed_id_says_its_kind_and_checks_its_shape(
    qtbot, session: SendSession, sandbox: SandboxServer
) -> None:
    picker, target = _picker(qtbot, session)
    field = picker.findChild(QLineEdit, "recipientId")
    kind = picker.findChild(QLabel, "recipientKind")

    qtbot.keyClicks(field, demo.ALICE_OPEN_ID)
    assert kind.text() == "✓ open_id"
    assert [(r.kind, r.value) for r in target.recipients] == [("open_id", demo.ALICE_OPEN_ID)]

    field.clear()
    qtbot.keyClicks(field, "u00002")
    assert kind.text() == "✓ user_id" and target.recipients[0].kind == "user_id"

    field.clear()
    qtbot.keyClicks(field, "oc_12345678")
    assert "chat_id, not a person" in kind.text()
    assert target.recipients == ()

    field.clear()
    qtbot.keyClicks(field, "alice.chen@")
    assert "Not an email" in kind.text() and target.recipients == ()
    assert not picker.findChild(QPushButton, "resolveEmail").isEnabled()


def test_an_email_is_resolved_to_the_person(qtbot, session: SendSession, sandbox: SandboxServer) -> None:
    picker, target = _picker(qtbot, session)
    field = picker.findChild(QLineEdit, "recipientId")
    qtbot.keyClicks(field, "alice.chen@example.com")
    assert target.recipients[0].kind == "email"
    resolve = picker.findChild(QPushButton, "resolveEmail")
    assert resolve.isEnabled()
    with qtbot.waitSignal(picker.email_resolved, timeout=10_000) as resolved:
        qtbot.mouseClick(resolve, Qt.MouseButton.LeftButton)
    assert resolved.args == ["alice.chen@example.com", demo.ALICE_OPEN_ID]
    assert field.text() == demo.ALICE_OPEN_ID
    assert picker.findChild(QLabel, "recipientKind").text() == "✓ open_id of alice.chen@example.com"
    assert [(r.kind, r.value) for r in target.recipients] == [("open_id", demo.ALICE_OPEN_ID)]
    shot(picker, "3b-email-resolved")

    field.clear()
    qtbot.keyClicks(field, "nobody@example.com")
    found: list[object] = []
    picker.email_resolved.connect(lambda *args: found.append(args))
    qtbot.mouseClick(resolve, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "No person" in picker.findChild(QLabel, "recipientKind").text(), timeout=10_000)
    assert found == []
    assert field.text() == "nobody@example.com"


def test_chats_have_placeholder_avatars_with_initials(
    qtbot, session: SendSession, sandbox: SandboxServer
) -> None:
    picker, _ = _picker(qtbot, session)
    index = picker.chat_model.index(picker.chat_model.row_of(demo.TEAM_CHAT_ID))
    icon = index.data(Qt.ItemDataRole.DecorationRole)
    image = icon.pixmap(32, 32).toImage()
    # A filled circle: the centre is coloured, the corner transparent.
    assert image.pixelColor(3, 16).alpha() == 255 or image.pixelColor(16, 3).alpha() == 255
    assert image.pixelColor(0, 0).alpha() == 0
    assert "产品设计组" in index.data(Qt.ItemDataRole.ToolTipRole) and demo.TEAM_CHAT_ID in index.data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_recent_chats_and_recipients_are_remembered_per_profile(
    qtbot, session: SendSession, sandbox: SandboxServer, sandbox_profile: Profile
) -> None:
    target = SendTarget()
    picker = RecipientPicker(session, target)
    panel = SendPanel(session, target, lambda: parse(card_text(CARD)))
    qtbot.addWidget(picker)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.chat_model.rowCount() == 4, timeout=10_000)
    assert picker.select_chat(demo.TEAM_CHAT_ID)
    qtbot.waitUntil(lambda: not picker.is_loading() and picker.member_model.rowCount() == 8, timeout=10_000)
    picker.select_member(demo.ALICE_OPEN_ID)
    with qtbot.waitSignal(panel.send_finished, timeout=10_000):
        panel.send()

    # A new picker for the same profile offers them first.
    again = RecipientPicker(session, SendTarget())
    qtbot.addWidget(again)
    chats = again.findChild(QComboBox, "recentChats")
    people = again.findChild(QComboBox, "recentRecipients")
    assert chats.itemText(1) == "产品设计组 Product Design"
    assert people.itemText(1) == f"Alice Chen ({demo.ALICE_OPEN_ID})"
    people.activated.emit(1)
    assert again.findChild(QLineEdit, "recipientId").text() == demo.ALICE_OPEN_ID

    # Another profile has its own (empty) lists.
    other = Profile(name="other", region="custom", app_id="cli_other", base_url=sandbox.base_url)
    session.save_profile(other, "x-secret")
    session.set_active("other")
    assert again.findChild(QComboBox, "recentChats").count() == 1
    session.remove_profile("other")


def test_avatars_replace_the_placeholders_where_the_api_gives_them(
    qtbot, session: SendSession, sandbox: SandboxServer
) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from designer.ui.send.avatars import fetch_avatar

    # The app's own fetcher never goes out for a profile on this machine (the sandbox).
    profile = session.active_profile()
    assert profile is not None
    assert fetch_avatar(profile, demo.CHATS[0].avatar) is None

    # An image source standing in for the CDN: a red square for every URL asked.
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ff0000"))
    png = QByteArray()
    buffer = QBuffer(png)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    asked: list[str] = []

    def fetcher(profile: Profile, url: str) -> bytes:
        asked.append(url)
        return bytes(png.data())

    target = SendTarget()
    picker = RecipientPicker(session, target, avatar_fetcher=fetcher)
    qtbot.addWidget(picker)
    with_avatar = {c.chat_id for c in demo.CHATS if c.avatar and c.bot_in_chat}
    qtbot.waitUntil(lambda: len(asked) == len(with_avatar), timeout=10_000)

    def centre(chat_id: str) -> QColor:
        index = picker.chat_model.index(picker.chat_model.row_of(chat_id))
        return index.data(Qt.ItemDataRole.DecorationRole).pixmap(32, 32).toImage().pixelColor(16, 16)

    qtbot.waitUntil(
        lambda: all(centre(chat_id).name() == "#ff0000" for chat_id in with_avatar), timeout=5_000
    )
    assert centre(demo.TOPIC_CHAT_ID).name() != "#ff0000"  # no avatar: the initials placeholder
