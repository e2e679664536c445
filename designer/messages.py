"""What the Qt-free core says to a person: message ids with parameters, translated where shown.

Every sentence the core (card diagnostics, Feishu errors and hints, send results, the script
commands) shows a person is a module-level ``Text`` constant: its English template is also its
id, as gettext does. Calling it with the parameters gives a ``Message``: a ``str`` holding the
English text (so logs, ``validate --format json`` and every ``str`` use stay English and stable)
that also keeps its ``Text`` and parameters, so a window or a terminal in another language can
say the same thing in that language::

    UNKNOWN_FIELD = Text("unknown field '{name}'")
    message = UNKNOWN_FIELD(name="contnet")      # == "unknown field 'contnet'"
    message.translated(translate)                # e.g. "未知字段 'contnet'"

A parameter may itself be a ``Message`` (a phrase such as "the card"): it is translated too.
Creating a ``Text`` registers it (``registered``), which is how ``resources/translations/update.py``
adds every core message to the ``CoreMessages`` context of the ``.ts`` and how a test finds a
message without a translation. The window translates through Qt (``QCoreApplication.translate``
with ``CONTEXT``); the command line reads the same ``.ts`` (``translator_for_environment``),
without Qt, so each translation has one home.
"""

from __future__ import annotations

import functools
import importlib
import os
import pkgutil
import string
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from designer._resources import resource_path

# The Qt translation context of the core's messages (in ``card_designer_<lang>.ts``).
CONTEXT = "CoreMessages"
# The packages (and modules) whose ``Text`` constants are the core's messages (``load_all``
# imports them): ``designer.cli`` holds the one-line help of every command.
CORE_PACKAGES = ("designer.cards", "designer.feishu", "designer.store", "designer._cli", "designer.cli")

# An id (the English template) -> the template in the reader's language ("" or the id itself:
# no translation, the English is shown).
Translate = Callable[[str], str]

_REGISTRY: dict[str, Text] = {}


def english(text: str) -> str:
    """The identity translation: English."""
    return text


class Text:
    """One sentence template the core shows a person (English, ``str.format`` fields).

    Made once, as a module-level constant: creating it registers it for translation.
    """

    __slots__ = ("english",)

    def __init__(self, english: str) -> None:
        self.english = english
        _REGISTRY[english] = self

    @property
    def fields(self) -> frozenset[str]:
        """The names of the template's parameters."""
        return template_fields(self.english)

    def __call__(self, **params: Any) -> Message:
        return Message(self, params)

    def __repr__(self) -> str:
        return f"Text({self.english!r})"


class Message(str):
    """A ``Text`` with its parameters; the ``str`` itself is the English sentence."""

    template: Text
    params: Mapping[str, Any]

    def __new__(cls, template: Text, params: Mapping[str, Any]) -> Message:
        # A nested Message formats as its English str; every other value as given.
        message = super().__new__(cls, template.english.format_map(params))
        message.template = template
        message.params = dict(params)
        return message

    @property
    def id(self) -> str:
        """The stable id of what is said: the English template."""
        return self.template.english

    def translated(self, translate: Translate) -> str:
        """The sentence in the language of ``translate``; English where it has no translation
        (or a translation that does not fit the parameters: a typo there never hides a message)."""
        params = {
            name: value.translated(translate) if isinstance(value, Message) else value
            for name, value in self.params.items()
        }
        template = translate(self.id) or self.id
        if template == self.id and params == self.params:
            return str(self)
        try:
            return template.format_map(params)
        except (KeyError, IndexError, ValueError):
            return self.template.english.format_map(params)

    def __reduce__(self) -> tuple[Any, ...]:
        # pickle / copy: rebuild from the template and parameters, not from the English str.
        return (Message, (self.template, self.params))


def shown(text: str, translate: Translate) -> str:
    """``text`` in the language of ``translate`` when it is a ``Message``, else as it is (a text
    from outside, such as Feishu's own ``msg``, or a file name)."""
    return text.translated(translate) if isinstance(text, Message) else text


def message_of(error: BaseException) -> str:
    """What ``error`` says, as the ``Message`` it was raised with when it was (``str()`` of a
    ``ValueError(message)`` is a plain copy of the English, which no reader's language reaches)."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Message) else str(error)


# --- messages kept in files (the history) ------------------------------------------------------

# A parameter kept as it is in JSON; any other value is kept as its text.
_JSON_SCALARS = (str, int, float, bool, type(None))


def message_data(text: str) -> str | dict[str, Any]:
    """``text`` as JSON data that still says it in any language: a ``Message`` as its id and
    parameters (a nested ``Message`` likewise), any other text as it is. ``message_from_data``
    reads it back; a file that keeps this is worded by whoever reads it, in their language."""
    if not isinstance(text, Message):
        return str(text)
    params: dict[str, Any] = {}
    for name, value in text.params.items():
        if isinstance(value, Message):
            params[name] = message_data(value)
        else:
            params[name] = value if isinstance(value, _JSON_SCALARS) else str(value)
    return {"id": text.id, "params": params}


def message_from_data(data: object) -> str:
    """The text ``message_data`` made: a ``Message`` again (also for an id this version no longer
    has: it still reads in English, from its template), or the plain text as it is.

    Raises ``ValueError`` for data that is neither (a damaged file)."""
    if isinstance(data, str):
        return data
    if not (isinstance(data, dict) and isinstance(data.get("id"), str) and isinstance(data.get("params"), dict)):
        raise ValueError(f"not a message: {data!r}")
    params = {
        name: message_from_data(value) if isinstance(value, dict) else value
        for name, value in data["params"].items()
    }
    template = _REGISTRY.get(data["id"]) or _unregistered(data["id"])
    try:
        return Message(template, params)
    except (KeyError, IndexError, ValueError) as error:  # the template and its parameters disagree
        raise ValueError(f"message {data['id']!r} does not fit its parameters") from error


def _unregistered(english: str) -> Text:
    """A ``Text`` for an id read from a file that no code makes (any more): not added to the
    table of the core's messages, which lists only what the code says."""
    text = Text.__new__(Text)
    text.english = english
    return text


EITHER = Text("{items} or {last}")


def either(names: Iterable[str]) -> str:
    """``'a', 'b' or 'c'`` (each name quoted), "or" in the reader's language."""
    quoted = [f"'{name}'" for name in names]
    if len(quoted) < 2:
        return quoted[0] if quoted else ""
    return EITHER(items=", ".join(quoted[:-1]), last=quoted[-1])


def template_fields(template: str) -> frozenset[str]:
    """The parameter names of a ``str.format`` template (``{name}``, ``{size:.1f}``)."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


def registered() -> dict[str, Text]:
    """Every ``Text`` created so far, by id (``load_all`` first, to have all of the core's)."""
    return dict(_REGISTRY)


def load_all() -> dict[str, Text]:
    """Import every module of ``CORE_PACKAGES`` (which creates their ``Text`` constants) and
    return every registered ``Text``: the whole table of the core's messages."""
    for package_name in CORE_PACKAGES:
        package = importlib.import_module(package_name)
        for module in pkgutil.walk_packages(getattr(package, "__path__", []), f"{package_name}."):
            importlib.import_module(module.name)
    return registered()


# --- translations without Qt (the command line) ----------------------------------------------


@functools.cache
def catalog(language: str) -> Mapping[str, str]:
    """The finished translations of the ``CoreMessages`` context in ``card_designer_<language>.ts``
    (empty when there is no such file): the same file the window's ``.qm`` is compiled from."""
    path = resource_path("translations", f"card_designer_{language}.ts")
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            if translation.text:
                found[source] = translation.text
    return found


def locale_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The translation the POSIX locale asks for (``zh_CN`` for any Chinese locale), or None
    for English. As gettext reads them: the locale is the first set of ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG`` (``LANG=C`` is English); unless that is ``C``, ``LANGUAGE`` (a
    priority list, ``zh_CN:en``) names the language first. The same decision as gettext's, so
    argparse's words (read through gettext, ``designer._cli``) agree with ours."""
    environ = os.environ if environ is None else environ
    locale = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), "")
    if not locale or locale == "POSIX" or locale.split(".")[0] == "C":
        return None
    wanted = environ.get("LANGUAGE", "").split(":")[0] or locale
    return "zh_CN" if wanted.lower().startswith("zh") else None


def translator_for_environment(environ: Mapping[str, str] | None = None) -> Translate:
    """How the command line translates: by the locale, from the ``.ts`` (read only when the
    locale is not English)."""
    language = locale_language(environ)
    if language is None:
        return english
    table = catalog(language)
    return lambda text: table.get(text, text)
