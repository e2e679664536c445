"""The one way a card goes out and comes back: resolve the target, send, delete, record;
and the cards posted to a whole chat: post, update in place, recall.

``SendService`` is used by the command line (``designer/_cli/send.py``, ``delete.py``) and by
the window (``designer/ui/send/session.py``) alike, so both send the same way and write the
history in one format: every recipient's outcome is appended (and fsync'ed) the moment it is
known, a delete's outcome likewise. No Qt here; the calls block (network, disk), so the window
makes them from its worker.
"""

from designer.sending.service import (
    DeleteOutcome,
    Delivery,
    PostOutcome,
    Sender,
    SendOutcome,
    SendService,
    resolve_target,
)

__all__ = [
    "DeleteOutcome",
    "Delivery",
    "PostOutcome",
    "SendOutcome",
    "SendService",
    "Sender",
    "resolve_target",
]
