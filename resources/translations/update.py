"""Refresh ``card_designer_zh_CN.ts`` from the code, then compile it to ``.qm``.

    .venv/bin/python resources/translations/update.py

``pyside6-lupdate`` finds every ``self.tr("...")`` in ``designer/ui`` and its sub-packages
(``designer/ui/send`` included: the send panel, picker, accounts, history) and in ``designer/render``
(the preview's own texts, whose bare ``tr("...")`` is filed under ``CardPreview``); the element catalog's titles,
descriptions and groups live in ``designer.cards`` (no Qt), so they are added here to the
``CatalogEntry`` context, which the palette translates them from. The core's messages (every
``designer.messages.Text``: diagnostics, Feishu errors and hints, send results, the commands'
output) are added to the ``CoreMessages`` context, which the window translates them from and the
command line reads directly. argparse's own words (``usage:``, ``the following arguments are
required: %s``: every ``_()`` / ``ngettext()`` of the running Python's ``argparse``) are added to
the ``argparse`` context and compiled to the gettext catalog ``locale/zh/LC_MESSAGES/card_designer.mo``,
which argparse reads through ``gettext`` when a command runs in a Chinese locale
(``designer._cli.speak_the_locale_language_in_argparse``). Existing translations are kept; a core
message no longer in the code is dropped.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "card_designer_zh_CN.ts"
BIN = Path(sys.executable).parent


def _catalog_sources() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from designer.cards.catalog import CATALOG

    sources: list[str] = []
    for entry in CATALOG:
        sources += [entry.title, entry.description]
    return list(dict.fromkeys(sources))


def _core_sources() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from designer.messages import load_all

    return sorted(load_all())


def _argparse_sources() -> list[tuple[str, str | None]]:
    """argparse's translatable words as (msgid, plural msgid or None), read from its source as
    ``xgettext`` would: the literal arguments of its ``_()`` and ``ngettext()`` calls."""
    found: dict[str, str | None] = {}
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        literal = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if node.func.id == "_" and len(literal) == 1:
            found.setdefault(literal[0], None)
        elif node.func.id == "ngettext" and len(literal) == 2:
            found[literal[0]] = literal[1]
    return sorted(found.items())


def _write_mo(ts: Path, mo: Path) -> None:
    """Compile the ``argparse`` context of ``ts`` to the GNU gettext catalog ``mo`` (what
    ``msgfmt`` makes; Chinese has one plural form, so an ``ngettext`` entry has one translation)."""
    root = ET.parse(ts).getroot()
    context = next((c for c in root.iter("context") if c.findtext("name") == "argparse"), None)
    done: dict[str, str] = {}
    for message in context.iter("message") if context is not None else ():
        translation = message.find("translation")
        if translation is not None and not translation.get("type") and translation.text:
            done[message.findtext("source") or ""] = translation.text
    entries = {"": "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=1; plural=0;\n"}
    for msgid, plural in _argparse_sources():
        if msgid in done:
            entries[msgid if plural is None else f"{msgid}\0{plural}"] = done[msgid]
    keys = sorted(entries)
    ids = [key.encode() for key in keys]
    strs = [entries[key].encode() for key in keys]
    start = 7 * 4 + 16 * len(keys)  # header, then the two tables of (length, offset)
    ids_table, strs_table, data = [], [], b""
    for blob, table in [(b, ids_table) for b in ids] + [(b, strs_table) for b in strs]:
        table.append((len(blob), start + len(data)))
        data += blob + b"\0"
    header = struct.pack("<7I", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + 8 * len(keys), 0, 0)
    tables = b"".join(struct.pack("<2I", *pair) for pair in ids_table + strs_table)
    mo.parent.mkdir(parents=True, exist_ok=True)
    mo.write_bytes(header + tables + data)


def mo_path(qm: Path) -> Path:
    """Where the gettext catalog of argparse's words lives next to ``qm``."""
    return qm.parent / "locale" / "zh" / "LC_MESSAGES" / "card_designer.mo"


def _add_context(path: Path, name: str, sources: list[str], *, prune: bool = False) -> None:
    """Add ``sources`` to the context ``name`` of the .ts (``prune``: drop the ones not listed)."""
    tree = ET.parse(path)
    root = tree.getroot()
    context = next((c for c in root.iter("context") if c.findtext("name") == name), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
    if prune:
        for message in list(context.iter("message")):
            if message.findtext("source") not in sources:
                context.remove(message)
    present = {m.findtext("source") for m in context.iter("message")}
    for source in sources:
        if source in present:
            continue
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation", {"type": "unfinished"})
    for message in context.iter("message"):  # lupdate marks them vanished: they are not
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "vanished":
            translation.attrib.pop("type")
    tree.write(path, encoding="utf-8", xml_declaration=True)


def _name_bare_context(path: Path, name: str) -> None:
    """lupdate files a bare ``tr("...")`` (``designer.render.context.tr``, which translates in
    the ``CardPreview`` context) under an empty context name: move those messages to ``name``,
    keeping the translations already made there."""
    tree = ET.parse(path)
    root = tree.getroot()
    bare = next((c for c in root.iter("context") if not c.findtext("name")), None)
    if bare is None:
        return
    target = next((c for c in root.iter("context") if c.findtext("name") == name), None)
    if target is None:
        target = ET.SubElement(root, "context")
        ET.SubElement(target, "name").text = name
    kept = {m.findtext("source"): m for m in target.iter("message")}
    for message in list(bare.iter("message")):
        earlier = kept.get(message.findtext("source"))
        if earlier is None:
            bare.remove(message)
            target.append(message)
            continue
        translation = earlier.find("translation")  # still in use: neither vanished nor obsolete
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            translation.attrib.pop("type")
    root.remove(bare)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def refresh(ts: Path, qm: Path) -> None:
    """Update ``ts`` from the code (its translations kept), then compile it to ``qm``.

    Also run by tests/ui/test_translation_and_cli.py on a copy, to check that every string is
    translated and that the committed ``.qm`` is the compiled ``.ts``.
    """
    sources = sorted(
        str(p.relative_to(ROOT))
        for folder in ("ui", "render")
        for p in (ROOT / "designer" / folder).rglob("*.py")
    )
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts)], cwd=ROOT, check=True)
    _add_context(ts, "CatalogEntry", _catalog_sources())
    _add_context(ts, "CoreMessages", _core_sources(), prune=True)
    _add_context(ts, "argparse", [msgid for msgid, _ in _argparse_sources()])
    _name_bare_context(ts, "CardPreview")
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)
    _write_mo(ts, mo_path(qm))


def main() -> int:
    refresh(TS, TS.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
