"""The send features' shared state: profiles, their secrets, API clients, history, recent picks.

One ``SendSession`` per window; every send pane is handed it (napari's "widgets are handed
their model"). It owns no widget. Methods that may block (the keyring, the network) say so
and are called from ``designer.ui.worker`` ops only. Sends and deletes go through the core's
``SendService`` (as the command line's do), which records them in the history; the session
announces each such change once (``history_changed``, on the GUI thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from designer.errors import DesignerError
from designer.store import credentials
from designer.store.profiles import Profile, ProfileStore
from designer.store.settings import RecentChat, RecentRecipient, Settings
from designer.ui.app_settings import AppSettings

if TYPE_CHECKING:
    # Imported when first used: the send service brings the history and the data types
    # (pydantic) with it, and the window builds its session before its first frame (issue 10).
    from designer.feishu import BulkProgress, FeishuClient, Recipient
    from designer.sending import DeleteOutcome, Delivery, PostOutcome, SendOutcome, SendService
    from designer.store.history import HistoryStore

_log = logging.getLogger("designer.ui.send")


def _new_client(base_url: str, app_id: str, app_secret: str) -> FeishuClient:
    # The client (and httpx under it) is imported with the first client, not with the window.
    from designer.feishu import FeishuClient

    return FeishuClient(base_url, app_id, app_secret)


class NoSecret(DesignerError, LookupError):
    """The profile has no app secret (not in the keyring, not in memory). Raised with words in
    the window's language (it is shown there): ``of_profile``, or a message and hint of its own."""

    @classmethod
    def of_profile(cls, name: str) -> NoSecret:
        """The profile ``name`` has none: what to do is to enter it in Accounts."""
        return cls(
            QCoreApplication.translate(
                "SendSession", "The profile {name} has no app secret in the keyring"
            ).format(name=repr(name)),
            hint=QCoreApplication.translate(
                "SendSession", "Open Accounts, edit the profile and enter its app secret."
            ),
        )


@dataclass(frozen=True, slots=True)
class ProfileWrite:
    """What ``write_profile`` changed: the saved name, the old name when renamed, the active
    profile before."""

    name: str
    previous_name: str | None
    was_active: str | None


@dataclass(frozen=True, slots=True)
class ProfileRemoval:
    """What ``delete_profile`` removed, and the active profile before."""

    name: str
    was_active: str | None


_T = TypeVar("_T")


class SendSession(QObject):
    """Profiles, secrets and clients of the send features.

    Signals:
        profiles_changed(): a profile was added, edited or removed.
        active_profile_changed(object): the active ``Profile`` (or None) changed.
        history_changed(): a send or a delete was recorded in the history (once per send,
            however many recipients; emitted on the session's thread).
        messages_changed(): a send, delete, post, update or recall was made, recorded or not
            (the sandbox inbox shows the messages themselves).

    Raises (from the methods named): ``KeyringUnavailable`` (``save_profile``,
    ``write_profile``, ``remove_profile``, ``delete_profile``, ``open_client``), ``NoSecret``
    (``open_client``), ``ValueError`` for a bad profile.
    """

    profiles_changed = Signal()
    active_profile_changed = Signal(object)  # Profile | None: a signal type cannot say "or None"
    history_changed = Signal()
    messages_changed = Signal()
    # Emitted by a worker when it wrote the history / made a call; relayed on this thread.
    _history_written = Signal()
    _messages_touched = Signal()

    def __init__(
        self,
        profiles: ProfileStore | None = None,
        history: HistoryStore | None = None,
        *,
        client_factory: Callable[[str, str, str], FeishuClient] | None = None,
        settings: AppSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # The process's one settings object of the window's file (None: the usual one): the
        # recent picks are kept there, read and changed through it as the window's own fields are.
        self.settings = settings if settings is not None else AppSettings.of()
        self.profile_store = profiles if profiles is not None else ProfileStore()
        self._history = history
        self._sending: SendService | None = None  # made on first use (``sending``)
        self._sending_lock = threading.Lock()  # workers may be the first users
        self._history_written.connect(self.history_changed, Qt.ConnectionType.QueuedConnection)
        self._messages_touched.connect(self.messages_changed, Qt.ConnectionType.QueuedConnection)
        self._client_factory = client_factory or _new_client
        # Secrets that must not (or cannot) go to the keyring: the sandbox's demo secret when
        # there is no keyring. Memory only, never a file.
        self._memory_secrets: dict[str, str] = {}
        # One client per profile, so its cached tenant token is reused between sends.
        self._clients: dict[str, tuple[tuple[str, str], FeishuClient]] = {}
        self._clients_lock = threading.Lock()
        self._retired: list[FeishuClient] = []  # replaced clients, closed at shutdown

    # -- profiles -------------------------------------------------------------------------

    def profiles(self) -> list[Profile]:
        return self.profile_store.list()

    def active_profile(self) -> Profile | None:
        return self.profile_store.active()

    def set_active(self, name: str | None) -> None:
        if name == self.profile_store.active_name:
            return
        self.profile_store.active_name = name
        self.active_profile_changed.emit(self.active_profile())

    def save_profile(self, profile: Profile, secret: str | None, *, previous_name: str | None = None) -> None:
        """Add or update ``profile`` at once: ``write_profile`` then ``profile_written``.

        Blocks on the keyring when a secret is given or the profile is renamed: the GUI runs
        the two halves apart (``write_profile`` in a worker op), this is for scripts and tests.
        """
        self.profile_written(self.write_profile(profile, secret, previous_name=previous_name))

    def write_profile(
        self, profile: Profile, secret: str | None, *, previous_name: str | None = None
    ) -> ProfileWrite:
        """The keyring and file half of a save; blocks on the keyring: worker ops only.

        ``secret`` (when given) goes to the keyring first; nothing is written when the keyring
        refuses it. Renaming moves the secret. Emits nothing: hand the result to
        ``profile_written`` on the GUI thread.
        """
        renamed = previous_name is not None and previous_name != profile.name
        if secret:
            credentials.set_secret(profile.name, secret)
        elif renamed:
            assert previous_name is not None
            old_secret = credentials.get_secret(previous_name)
            if old_secret:
                credentials.set_secret(profile.name, old_secret)
        was_active = self.profile_store.active_name
        self.profile_store.save(profile)
        if renamed:
            assert previous_name is not None
            self.profile_store.remove(previous_name)  # deletes the old secret from the keyring
            if was_active == previous_name:
                self.profile_store.active_name = profile.name
        return ProfileWrite(profile.name, previous_name if renamed else None, was_active)

    def profile_written(self, write: ProfileWrite) -> None:
        """The GUI-thread half of a save: drop the stale clients and tell the panes."""
        self._forget_client(write.name)
        if write.previous_name:
            self._forget_client(write.previous_name)
        self.profiles_changed.emit()
        active = self.profile_store.active_name
        if write.was_active != active or write.was_active in (write.name, write.previous_name):
            self.active_profile_changed.emit(self.active_profile())

    def remove_profile(self, name: str) -> None:
        """Remove the profile at once: ``delete_profile`` then ``profile_deleted`` (blocks)."""
        self.profile_deleted(self.delete_profile(name))

    def delete_profile(self, name: str) -> ProfileRemoval:
        """The keyring and file half of a removal: the profile, its keyring secret and what
        was remembered for it. Blocks on the keyring: worker ops only. Emits nothing."""
        was_active = self.profile_store.active_name
        self.profile_store.remove(name)
        self.settings.update(lambda settings: settings.forget_profile(name))
        return ProfileRemoval(name, was_active)

    def profile_deleted(self, removal: ProfileRemoval) -> None:
        """The GUI-thread half of a removal: forget the in-memory secret and client, tell the panes."""
        self._memory_secrets.pop(removal.name, None)
        self._forget_client(removal.name)
        self.profiles_changed.emit()
        if removal.was_active == removal.name:
            self.active_profile_changed.emit(self.active_profile())

    def add_run_profile(self, profile: Profile, secret: str) -> None:
        """Hold ``profile`` and its secret for this run only (memory: the sandbox's), then tell
        the panes once."""
        self.keep_secret_in_memory(profile.name, secret)
        self.profile_store.add_run_profile(profile)
        self.profiles_changed.emit()

    def keep_secret_in_memory(self, name: str, secret: str) -> None:
        """Use ``secret`` for profile ``name`` in this run only (no keyring: the sandbox)."""
        self._memory_secrets[name] = secret
        self._forget_client(name)

    def secret(self, name: str) -> str | None:
        """The app secret of ``name`` (memory first, then the keyring). Blocks: worker ops only."""
        return self._memory_secrets.get(name) or credentials.get_secret(name)

    def has_secret(self, name: str) -> bool:
        """Whether a secret is known for ``name``. Blocks on the keyring; False when there is none."""
        if name in self._memory_secrets:
            return True
        if credentials.keyring_problem() is not None:
            return False
        return bool(credentials.get_secret(name))

    # -- clients --------------------------------------------------------------------------

    def open_client(self, profile: Profile) -> FeishuClient:
        """The API client of ``profile`` (made on first use). Blocks on the keyring: worker ops only."""
        key = (profile.api_base_url, profile.app_id)
        with self._clients_lock:
            cached = self._clients.get(profile.name)
            if cached is not None and cached[0] == key:
                return cached[1]
        secret = self.secret(profile.name)
        if not secret:
            raise NoSecret.of_profile(profile.name)
        with self._clients_lock:
            # Another worker may have made one meanwhile: use it (closing a client another
            # thread is using would break its call).
            cached = self._clients.get(profile.name)
            if cached is not None and cached[0] == key:
                return cached[1]
            client = self._client_factory(profile.api_base_url, profile.app_id, secret)
            self._clients[profile.name] = (key, client)
            if cached is not None:
                self._retired.append(cached[1])
        return client

    def _forget_client(self, name: str) -> None:
        # Not closed now: a worker may be sending with it. It is closed at shutdown.
        with self._clients_lock:
            old = self._clients.pop(name, None)
            if old is not None:
                self._retired.append(old[1])

    def close(self) -> None:
        """Close every client (on quit, after the workers ended)."""
        with self._clients_lock:
            clients = [client for _, client in self._clients.values()] + self._retired
            self._clients.clear()
            self._retired = []
        for client in clients:
            client.close()

    # -- sending, deleting, the history and recent picks -----------------------------------

    @property
    def sending(self) -> SendService:
        """The core's send service, made on first use (from any thread)."""
        with self._sending_lock:
            if self._sending is None:
                from designer.sending import SendService

                self._sending = SendService(self._history)
            return self._sending

    @property
    def history_store(self) -> HistoryStore:
        return self.sending.history

    @history_store.setter
    def history_store(self, store: HistoryStore) -> None:
        self.sending.history = store

    def send(
        self,
        profile: Profile,
        card: dict[str, Any],
        deliveries: list[Delivery],
        *,
        progress: Callable[[BulkProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> SendOutcome:
        """Send ``card`` with ``profile``'s app and record each outcome. Blocks (the keyring,
        the network, the disk): worker ops only. ``progress`` runs in the sending thread."""
        from designer.sending import Sender

        client = self.open_client(profile)
        sender = Sender(profile.name, profile.api_base_url)
        # Announced as a history change even when some writes failed: the others were recorded.
        return self._calling(
            lambda: self.sending.send(client, sender, card, deliveries, progress=progress, cancel=cancel),
            recorded=lambda outcome: True,
        )

    def delete(self, profile: Profile, message_id: str) -> DeleteOutcome:
        """Delete the card ``message_id`` with ``profile``'s app and record the outcome (see
        ``SendService.delete``). Blocks: worker ops only."""
        client = self.open_client(profile)
        return self._calling(
            lambda: self.sending.delete(client, message_id),
            recorded=lambda outcome: outcome.not_recorded is None,
        )

    def post(
        self, profile: Profile, chat_id: str, chat_name: str | None, card: dict[str, Any]
    ) -> PostOutcome:
        """Post ``card`` to the whole chat with ``profile``'s app and record it. Blocks: worker ops only."""
        from designer.sending import Sender

        client = self.open_client(profile)
        sender = Sender(profile.name, profile.api_base_url)
        return self._calling(
            lambda: self.sending.post(client, sender, chat_id, chat_name, card),
            recorded=lambda outcome: outcome.not_recorded is None,
        )

    def update_card(self, profile: Profile, message_id: str, card: dict[str, Any]) -> OSError | None:
        """Update the group post ``message_id`` in place and record it. Blocks: worker ops only."""
        client = self.open_client(profile)
        return self._calling(
            lambda: self.sending.update(client, message_id, card),
            recorded=lambda not_recorded: not_recorded is None,
        )

    def recall(self, profile: Profile, message_id: str) -> OSError | None:
        """Recall the group post ``message_id`` and record it. Blocks: worker ops only."""
        client = self.open_client(profile)
        return self._calling(
            lambda: self.sending.recall(client, message_id),
            recorded=lambda not_recorded: not_recorded is None,
        )

    def _calling(self, call: Callable[[], _T], recorded: Callable[[_T], bool]) -> _T:
        """Make a call that records its outcome, and announce what changed: the messages always
        (the sandbox inbox shows them), the history when ``recorded`` says it was written, or
        when the call raised (a failure is recorded before it is raised). A call whose history
        write failed is not a history change: the history pane would re-read the unwritable
        file and put "could not be read" over the call's own outcome ("Deleted (not recorded…)")."""
        try:
            result = call()
        except BaseException:
            self._history_written.emit()
            raise
        finally:
            self._messages_touched.emit()
        if recorded(result):
            self._history_written.emit()
        return result

    def recent_chats(self, profile: str) -> list[RecentChat]:
        # Read again: the command line remembers its sends in the same file.
        return list(self.settings.reload().recent_chats.get(profile, []))

    def recent_recipients(self, profile: str) -> list[RecentRecipient]:
        return list(self.settings.reload().recent_recipients.get(profile, []))

    def remember(self, profile: str, chat: RecentChat, recipients: list[Recipient]) -> None:
        """Put this chat and these recipients first in the profile's recent lists."""

        # Read, change and write at once (``AppSettings.update``): the window saves the same
        # file for its own fields.
        def change(settings: Settings) -> None:
            settings.remember_sends(profile, [chat], recipients)

        try:
            self.settings.update(change)
        except OSError as exc:
            _log.warning("recent chats could not be saved: %s", exc)
