"""The item-data roles of every model in the window, one number for one meaning.

Qt leaves the roles from ``UserRole`` on to the application; spelled as ``UserRole + 1`` in
each model, the same number meant a JSON pointer in the outline, a tag in the palette and a
diagnostic in the problems list, and nothing stopped one module reading another's with the
wrong meaning. Every model and view names its roles here.
"""

from __future__ import annotations

from enum import IntEnum, unique

from PySide6.QtCore import Qt

_USER = int(Qt.ItemDataRole.UserRole.value)


@unique
class ItemRole(IntEnum):
    """What an item holds besides its text and icon."""

    POINTER = _USER + 1  # str: the JSON pointer of the element a row shows (outline)
    TAG = _USER + 2  # str: the component tag of a row (outline, palette)
    SEARCH = _USER + 3  # str: the text a search box matches, name and id (palette, chats, members)
    OBJECT = _USER + 4  # the value a row shows: Diagnostic, Chat, Member, HistoryEntry, inbox entry
    TITLE = _USER + 5  # str: a template's title (template gallery)
    SUBTITLE = _USER + 6  # str: a template's one-line description (template gallery)
    TEXT = _USER + 7  # str: a template's card JSON (template gallery)
    NAME = _USER + 8  # str: the profile name of a row (accounts)
    BADGE = _USER + 9  # bool: the card is ephemeral, drawn with its "Only visible to you" badge (template gallery)
