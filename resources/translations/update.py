"""Refresh ``card_designer_zh_CN.ts`` from the code, then compile it to ``.qm``.

    .venv/bin/python resources/translations/update.py

``pyside6-lupdate`` finds every ``self.tr("...")`` in ``designer/ui`` and its sub-packages
(``designer/ui/send`` included: the send panel, picker, accounts, history) and in ``designer/render``
(the preview's own texts, whose bare ``tr("...")`` is filed under ``CardPreview``); the element catalog's titles,
descriptions and groups live in ``designer.cards`` (no Qt), so they are added here to the
``CatalogEntry`` context, which the palette translates them from. The core's messages (every
``designer.messages.Text``: diagnostics, Feishu errors and hints, send results, the commands'
output) are added to the ``CoreMessages`` context, which the window translates them from and the
command line reads directly. Existing translations are kept; a core message no longer in the code
is dropped.
"""

from __future__ import annotations

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
    _name_bare_context(ts, "CardPreview")
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    refresh(TS, TS.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
