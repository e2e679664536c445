"""``SendService``: send a card to its deliveries and delete one, post a card to a whole chat,
update and recall it, recording every outcome.

See the package docstring. The history line of a delivery is built here and nowhere else
(``_entry``); its error is ``designer.errors.describe``'s Message (what happened — what to do),
which the history keeps as id and parameters: whoever shows it words it in their language.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from designer.errors import describe
from designer.feishu._models import BulkItem, BulkProgress, BulkReport, DeliveryStatus, Recipient
from designer.recipients import first_recipient
from designer.store.history import HistoryEntry, HistoryStore, SendStatus

if TYPE_CHECKING:
    from designer.feishu import AlreadyDeleted, FeishuClient

log = logging.getLogger("designer.sending")


@dataclass(frozen=True, slots=True)
class Sender:
    """Who sends, as the history names it: the profile ("" for credentials from the
    environment) and the API's base URL."""

    profile: str
    base_url: str


@dataclass(frozen=True, slots=True)
class Delivery:
    """One recipient in one chat (``chat_name`` when known, for the history)."""

    chat_id: str
    recipient: Recipient
    chat_name: str | None = None


@dataclass(frozen=True, slots=True)
class SendOutcome:
    """The client's report, and the history writes that failed (the sends happened anyway)."""

    report: BulkReport
    not_recorded: tuple[OSError, ...] = ()


@dataclass(frozen=True, slots=True)
class DeleteOutcome:
    """A delete that left the card gone: ``already_deleted`` when the service said it was gone
    before (the history records it deleted either way), and a history write that failed."""

    already_deleted: AlreadyDeleted | None = None
    not_recorded: OSError | None = None


def resolve_target(
    chat_id: str | None, recipients: Sequence[Recipient], body: Mapping[str, Any] | None
) -> tuple[str | None, list[Recipient]]:
    """The chat and recipients the caller chose; a request body's own ``chat_id`` and person
    (open_id > user_id > email, the service's precedence) fill what the caller left out."""
    chosen = list(recipients)
    if body is not None:
        if not chat_id and isinstance(body.get("chat_id"), str) and body["chat_id"]:
            chat_id = body["chat_id"]
        if not chosen:
            found = first_recipient(body)
            if found is not None:
                chosen = [Recipient(*found)]
    return chat_id, chosen


@dataclass(frozen=True, slots=True)
class PostOutcome:
    """A card posted to a whole chat: its message id, and a history write that failed."""

    message_id: str
    not_recorded: OSError | None = None


class SendService:
    """Send and delete ephemeral cards, and record each outcome in ``history``.

    Thread-safe (the history store is); every method blocks on the network and the disk.
    """

    def __init__(self, history: HistoryStore | None = None) -> None:
        self.history = history if history is not None else HistoryStore()

    def send(
        self,
        client: FeishuClient,
        sender: Sender,
        card: dict[str, Any],
        deliveries: Sequence[Delivery],
        *,
        progress: Callable[[BulkProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> SendOutcome:
        """Send ``card`` to every delivery at the service's rate limits (one or many, in any
        chats); each outcome is in the history before ``progress`` hears of it.

        A failed send is an item of the report, not an exception; a history write that fails
        is logged and returned, never raised: the card went (or not) either way.
        """
        names = {delivery.chat_id: delivery.chat_name for delivery in deliveries}
        not_recorded: list[OSError] = []

        def delivered(step: BulkProgress) -> None:
            # Appended (and fsync'ed) here, in the sending thread, the moment it is known: a
            # crash or kill mid-run loses at most the sends in flight, never the cards already
            # delivered (they could not be deleted, and might be sent again).
            entry = _entry(sender, names.get(step.item.chat_id), card, step.item)
            if entry is not None:
                try:
                    self.history.append(entry)
                except OSError as error:
                    log.warning("could not record the send to %s in the history: %s", entry.recipient, error)
                    not_recorded.append(error)
            if progress is not None:
                progress(step)

        report = client.bulk_send_across(
            card,
            [(delivery.chat_id, delivery.recipient) for delivery in deliveries],
            progress=delivered,
            cancel=cancel,
        )
        return SendOutcome(report, tuple(not_recorded))

    def delete(self, client: FeishuClient, message_id: str) -> DeleteOutcome:
        """Delete the card ``message_id`` and record it: deleted, or ``delete_failed`` with the
        error, which is then raised (a ``FeishuError`` for a person to read)."""
        from designer.feishu import AlreadyDeleted

        try:
            client.ephemeral.delete(message_id)
        except AlreadyDeleted as gone:
            # The recipient no longer sees it either way: the history says deleted.
            return DeleteOutcome(already_deleted=gone, not_recorded=self._mark(message_id, None))
        except Exception as error:
            self._mark(message_id, describe(error))
            raise
        return DeleteOutcome(not_recorded=self._mark(message_id, None))

    def post(
        self,
        client: FeishuClient,
        sender: Sender,
        chat_id: str,
        chat_name: str | None,
        card: dict[str, Any],
        *,
        uuid: str | None = None,
    ) -> PostOutcome:
        """Post ``card`` to the whole chat ``chat_id`` and record it as a group post (a failure is
        recorded with its words, then raised). With ``uuid`` Feishu posts one card per uuid
        within an hour: a repeat answers the first post, which is recorded once."""
        from designer.store.history import group_post_entry

        where = (sender.profile, sender.base_url, chat_id, chat_name, card)
        try:
            posted = client.messages.send_card(chat_id, card, uuid=uuid)
        except Exception as error:
            words = describe(error)
            self._record(lambda: self.history.append(group_post_entry(*where, error=words)))
            raise
        entry = group_post_entry(*where, message_id=posted.message_id, sent_at=posted.created_at)

        def append_once() -> None:
            if uuid is None or self.history.find_message(posted.message_id) is None:
                self.history.append(entry)

        return PostOutcome(posted.message_id, self._record(append_once))

    def update(self, client: FeishuClient, message_id: str, card: dict[str, Any]) -> OSError | None:
        """Replace the group post ``message_id`` by ``card`` in place and record it (a failure is
        recorded on the entry, then raised). Returns a history write that failed."""
        try:
            client.messages.update_card(message_id, card)
        except Exception as error:
            words = describe(error)
            self._record(lambda: self.history.record_update(message_id, card, words))
            raise
        return self._record(lambda: self.history.record_update(message_id, card))

    def recall(self, client: FeishuClient, message_id: str) -> OSError | None:
        """Recall the group post ``message_id`` and record it (``recall_failed`` with the error,
        then raised; recalled already: recorded recalled, then raised). Returns a history write
        that failed."""
        from designer.feishu import MessageRecalled

        try:
            client.messages.recall(message_id)
        except MessageRecalled:
            self._record(lambda: self.history.mark_recalled(message_id))  # gone either way
            raise
        except Exception as error:
            words = describe(error)
            self._record(lambda: self.history.mark_recalled(message_id, words))
            raise
        return self._record(lambda: self.history.mark_recalled(message_id))

    def _record(self, write: Callable[[], object]) -> OSError | None:
        # The call happened either way: a history write that fails is logged and returned.
        try:
            write()
        except OSError as write_error:
            log.warning("could not record a group post's change in the history: %s", write_error)
            return write_error
        return None

    def _mark(self, message_id: str, error: str | None) -> OSError | None:
        try:
            self.history.mark_deleted(message_id, error)
        except OSError as write_error:
            log.warning("could not record the delete of %s in the history: %s", message_id, write_error)
            return write_error
        return None


def _entry(
    sender: Sender,
    chat_name: str | None,
    card: dict[str, Any],
    item: BulkItem,
) -> HistoryEntry | None:
    """The history line of one delivery's outcome; None for a send the run never tried."""
    if item.status is DeliveryStatus.CANCELLED and item.error is None:
        return None
    return HistoryEntry(
        profile=sender.profile,
        base_url=sender.base_url,
        chat_id=item.chat_id,
        chat_name=chat_name,
        recipient_kind=item.recipient.kind,
        recipient=item.recipient.value,
        recipient_name=item.recipient.name,
        message_id=item.message_id,
        card=card,
        status=SendStatus.SENT if item.status is DeliveryStatus.SENT else SendStatus.FAILED,
        # describe's Message: the history keeps it as id and parameters, worded when shown.
        error=describe(item.error) if item.error is not None else None,
    )
