"""``card-designer self-check`` (also ``card-designer --self-check``): is this installation whole?

Checks, in order, what a person needs and a broken install or bundle typically lacks: the
bundled resources, the system libraries of Qt's platform plugin, the designer window, the
preview of a sample card (CJK text and emoji), and a safe keyring for app secrets. Each line
says ``ok`` or ``FAIL`` and what was found; the exit code is 0 when everything works and 1
otherwise, so a packager or CI can run it against a fresh bundle.

Qt is imported only after the platform check passed. Without a display, the window opens on
Qt's offscreen platform, so the check runs on a headless build machine too.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from collections.abc import Callable
from typing import TextIO

from designer import __version__
from designer._cli import say
from designer.messages import Text, message_of

# A template with CJK text and emoji: what a broken font setup draws wrong.
SAMPLE_CARD = ("templates", "welcome.json")

# What the check says (designer.messages: in the locale's language; a script reads the exit
# code, and the check names, which stay as they are).
VERSION = Text("card-designer {version}, Python {python}{frozen}, {system}")
FROZEN = Text(" (PyInstaller bundle)")
NO_RESOURCES = Text("the app's resources are incomplete: no {path}")
GALLERY_BROKEN = Text("the template gallery is broken: {problem}")
NO_TEMPLATES = Text("no templates")
TEMPLATES = Text("{count} templates in {folder}")
LIBRARIES_FOUND = Text("system libraries for Qt platform {platforms} found")
WINDOW_NOT_OPENED = Text("the designer window did not open")
WINDOW = Text("{width}x{height} px on Qt platform {platform} (PySide6 {pyside})")
SAMPLE_NOT_PARSED = Text("the sample card {path} does not parse")
PREVIEW_EMPTY = Text("the preview of {name} came out empty")
PREVIEW_BLANK = Text("the preview of {name} is blank ({count} colours)")
DRAWN = Text("{name} drawn at {width}x{height} px")
NO_SAFE_KEYRING = Text("app secrets cannot be stored: {problem}")
BACKEND = Text("backend {name}")
SKIPPED = Text("skip  {check}: Qt cannot start (see 'platform')")
FAILED = Text("FAIL  {check}: {problem}")
OK = Text("ok    {check}: {detail}")
PROBLEMS = Text("self-check: {count} problem(s): {checks}")
ALL_WORKS = Text("self-check: everything works")


class CheckFailed(Exception):
    """A check found something broken; the message says what and how to fix it."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No options: the check looks at the installation as it is."""


def _python() -> str:
    frozen = FROZEN() if getattr(sys, "frozen", False) else ""
    return VERSION(version=__version__, python=platform.python_version(), frozen=frozen, system=sys.platform)


def _resources() -> str:
    from designer.ui.resources import resource_path, resources_dir
    from designer.ui.template_gallery import load_templates

    sample = resource_path(*SAMPLE_CARD)
    if not sample.is_file():
        raise CheckFailed(NO_RESOURCES(path=sample))
    templates = load_templates()
    problems = [template.problem for template in templates if template.problem]
    if problems or not templates:
        raise CheckFailed(GALLERY_BROKEN(problem=problems[0] if problems else NO_TEMPLATES()))
    return TEMPLATES(count=len(templates), folder=resources_dir())


def _platform() -> str:
    from designer._cli.qt_preflight import check_platform, platform_candidates

    problem = check_platform()
    if problem is not None:
        raise CheckFailed(problem.message())
    return LIBRARIES_FOUND(platforms=" / ".join(platform_candidates(os.environ)))


def _window() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    from designer._cli.gui import open_window

    # offer_restore=False: a crash-recovery question is a modal dialog nobody would answer here.
    window = open_window(argparse.Namespace(file=None, sandbox=False), offer_restore=False)
    try:
        window.show()
        QApplication.processEvents()
        shot = window.grab()
        if not window.isVisible() or shot.isNull():
            raise CheckFailed(WINDOW_NOT_OPENED())
        return WINDOW(
            width=shot.width(),
            height=shot.height(),
            platform=repr(QApplication.platformName()),
            pyside=pyside_version,
        )
    finally:
        window.close()
        window.deleteLater()


def _preview() -> str:
    from designer.cards import parse
    from designer.render import RenderOptions, render_image
    from designer.ui.resources import resource_path

    path = resource_path(*SAMPLE_CARD)
    doc = parse(path.read_text(encoding="utf-8"))
    if not doc.ok or doc.card is None:
        raise CheckFailed(SAMPLE_NOT_PARSED(path=path))
    image = render_image(doc, RenderOptions())
    if image.isNull() or image.width() < 100 or image.height() < 100:
        raise CheckFailed(PREVIEW_EMPTY(name=path.name))
    # A card drawn at all has many colours (text, header, button); a broken paint one or two.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    if len(colours) < 8:
        raise CheckFailed(PREVIEW_BLANK(name=path.name, count=len(colours)))
    return DRAWN(name=path.name, width=image.width(), height=image.height())


def _keyring() -> str:
    import keyring

    from designer.store.credentials import keyring_problem

    problem = keyring_problem()
    if problem is not None:
        raise CheckFailed(NO_SAFE_KEYRING(problem=problem))
    backend = keyring.get_keyring()
    return BACKEND(name=f"{type(backend).__module__}.{type(backend).__qualname__}")


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("version", _python),
    ("platform", _platform),
    ("resources", _resources),
    ("window", _window),
    ("preview", _preview),
    ("keyring", _keyring),
)
# These need a Qt that can start: skipped (and reported) when the platform check failed.
NEEDS_QT = {"resources", "window", "preview"}


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = sys.stdout if out is None else out
    if not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        # No display: check the window on Qt's offscreen platform rather than fail for want of one.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    failed: list[str] = []
    for name, check in CHECKS:
        if name in NEEDS_QT and "platform" in failed:
            say(SKIPPED(check=name), file=out)
            continue
        try:
            detail = check()
        except CheckFailed as exc:
            failed.append(name)
            say(FAILED(check=name, problem=message_of(exc)), file=out)
        except Exception as exc:  # a broken install fails in ways nobody foresaw: name it, go on
            failed.append(name)
            say(FAILED(check=name, problem=f"{type(exc).__name__}: {exc}"), file=out)
        else:
            say(OK(check=name, detail=detail), file=out)
    if failed:
        say(PROBLEMS(count=len(failed), checks=", ".join(failed)), file=out)
        return 1
    say(ALL_WORKS(), file=out)
    return 0
