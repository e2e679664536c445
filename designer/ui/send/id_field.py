"""The picker's id field: a recipient typed as an open_id (``ou_…``), a user_id or an email,
with what kind it is and whether its shape is right, an email looked up to the person, and
the profile's recent recipients."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from designer.feishu import Recipient, RecipientKind
from designer.feishu.recipient_id import IdCheck, IdProblem, classify
from designer.store.profiles import Profile
from designer.store.settings import RecentRecipient
from designer.ui.send.errors import describe_error
from designer.ui.send.session import SendSession
from designer.ui.status_colors import Status, set_status
from designer.ui.worker import BackgroundTask, CancelHandle, run_in_background


class RecipientIdField(QWidget):
    """The typed recipient (``recipientId``, ``recipientKind``, ``resolveEmail``, ``recentRecipients``).

    Signals:
        changed(): the text changed.
        email_resolved(str, str): an email was looked up to an open_id (email, open_id).
    """

    changed = Signal()
    email_resolved = Signal(str, str)

    def __init__(self, session: SendSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._profile: Profile | None = None
        self._resolve: CancelHandle | None = None
        self._edit = QLineEdit()
        self._edit.setObjectName("recipientId")
        self._edit.setPlaceholderText(self.tr("or type an open_id (ou_…), user_id or email"))
        self._edit.setClearButtonEnabled(True)
        self._edit.textChanged.connect(self._on_text_changed)
        self._recent = QComboBox()
        self._recent.setObjectName("recentRecipients")
        self._recent.setToolTip(self.tr("People you sent to recently with this profile"))
        self._recent.activated.connect(self._on_recent_activated)
        self._kind = QLabel()
        self._kind.setObjectName("recipientKind")
        self._kind.setWordWrap(True)
        self._resolve_button = QPushButton(self.tr("Find person"))
        self._resolve_button.setObjectName("resolveEmail")
        self._resolve_button.setToolTip(
            self.tr("Look up the open_id of this email (contact:user.id:readonly)")
        )
        self._resolve_button.clicked.connect(self.resolve_email)
        self._resolve_button.setEnabled(False)

        id_row = QHBoxLayout()
        id_row.addWidget(self._edit, 1)
        id_row.addWidget(self._resolve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._recent)
        layout.addLayout(id_row)
        layout.addWidget(self._kind)
        self.set_recent([])
        self._on_text_changed("")

    def set_profile(self, profile: Profile | None) -> None:
        """The profile an email is looked up with."""
        self._profile = profile

    def set_recent(self, people: list[RecentRecipient]) -> None:
        self._recent.clear()
        self._recent.addItem(self.tr("Recent recipients…"), None)
        for person in people:
            label = f"{person.name} ({person.value})" if person.name else person.value
            self._recent.addItem(label, (person.kind, person.value, person.name))

    def text(self) -> str:
        return self._edit.text().strip()

    def set_text(self, text: str) -> None:
        self._edit.setText(text)

    def check(self) -> IdCheck:
        return classify(self._edit.text())

    def recipient(self) -> Recipient | None:
        """The typed recipient; None when the field is empty or holds no usable id."""
        text = self.text()
        check = classify(text)
        return Recipient(check.kind, text) if text and check.kind is not None else None

    def _on_text_changed(self, text: str) -> None:
        check = classify(text)
        self._resolve_button.setEnabled(check.kind is RecipientKind.EMAIL)
        if not text.strip():
            self._kind.setText("")
        elif check.ok:
            self._kind.setText(self.tr("✓ {kind}").format(kind=self._kind_text(check)))
            set_status(self._kind, Status.OK)
        else:
            self._kind.setText(self._problem_text(check))
            set_status(self._kind, Status.ERROR)
        self.changed.emit()

    def _kind_text(self, check: IdCheck) -> str:
        if check.kind is RecipientKind.EMAIL:
            return self.tr("email: press Find person to look up the open_id, or send to the email")
        if check.kind is RecipientKind.USER_ID:
            return self.tr("user_id")
        return self.tr("open_id")

    def _problem_text(self, check: IdCheck) -> str:
        if check.problem is IdProblem.BAD_EMAIL:
            return self.tr("✗ Not an email address (name@company.com)")
        if check.problem is IdProblem.BAD_OPEN_ID:
            return self.tr(
                "✗ Starts like an open_id but has the wrong shape (ou_ and 8–64 letters or digits)"
            )
        if check.problem is IdProblem.OTHER_ID:
            return self.tr(
                "✗ This is a {what}, not a person: use an open_id (ou_…), user_id or email"
            ).format(what=check.other)
        return self.tr("✗ Not an open_id, user_id or email (user ids are letters, digits, _ and -)")

    def _on_recent_activated(self, row: int) -> None:
        data = self._recent.itemData(row)
        self._recent.setCurrentIndex(0)
        if data is not None:
            self._edit.setText(data[1])

    def resolve_email(self) -> None:
        """Look up the person with the typed email (in the worker); the field then holds their open_id."""
        profile = self._profile
        email = self.text()
        if profile is None or classify(email).kind is not RecipientKind.EMAIL:
            return
        session = self._session

        def op(task: BackgroundTask) -> str | None:
            found = session.open_client(profile).users.batch_get_id(emails=[email])
            return next((user.user_id for user in found if user.user_id), None)

        self._resolve_button.setEnabled(False)
        self._kind.setText(self.tr("Looking up {email}…").format(email=email))

        def done(open_id: str | None) -> None:
            if open_id is None:
                self._on_text_changed(self._edit.text())
                self._kind.setText(
                    self.tr("✗ No person with the email {email} in this tenant").format(email=email)
                )
                set_status(self._kind, Status.ERROR)
                return
            self._edit.setText(open_id)
            self._kind.setText(self.tr("✓ open_id of {email}").format(email=email))
            set_status(self._kind, Status.OK)
            self.email_resolved.emit(email, open_id)

        def failed(error: BaseException) -> None:
            self._resolve_button.setEnabled(True)
            self._kind.setText(self.tr("✗ Lookup failed: {problem}").format(problem=describe_error(error)))
            set_status(self._kind, Status.ERROR)

        self._resolve = run_in_background(op, done, failed, context=self)
