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

# A template with CJK text and emoji: what a broken font setup draws wrong.
SAMPLE_CARD = ("templates", "welcome.json")


class CheckFailed(Exception):
    """A check found something broken; the message says what and how to fix it."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No options: the check looks at the installation as it is."""


def _python() -> str:
    frozen = " (PyInstaller bundle)" if getattr(sys, "frozen", False) else ""
    return f"card-designer {__version__}, Python {platform.python_version()}{frozen}, {sys.platform}"


def _resources() -> str:
    from designer.ui.resources import resource_path, resources_dir
    from designer.ui.template_gallery import load_templates

    sample = resource_path(*SAMPLE_CARD)
    if not sample.is_file():
        raise CheckFailed(f"the app's resources are incomplete: no {sample}")
    templates = load_templates()
    problems = [template.problem for template in templates if template.problem]
    if problems or not templates:
        raise CheckFailed(f"the template gallery is broken: {problems[0] if problems else 'no templates'}")
    return f"{len(templates)} templates in {resources_dir()}"


def _platform() -> str:
    from designer._cli.qt_preflight import check_platform, platform_candidates

    problem = check_platform()
    if problem is not None:
        raise CheckFailed(problem.message())
    return "system libraries for Qt platform " + " / ".join(platform_candidates(os.environ)) + " found"


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
            raise CheckFailed("the designer window did not open")
        return (
            f"{shot.width()}x{shot.height()} px on Qt platform {QApplication.platformName()!r} "
            f"(PySide6 {pyside_version})"
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
        raise CheckFailed(f"the sample card {path} does not parse")
    image = render_image(doc, RenderOptions())
    if image.isNull() or image.width() < 100 or image.height() < 100:
        raise CheckFailed(f"the preview of {path.name} came out empty")
    # A card drawn at all has many colours (text, header, button); a broken paint one or two.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    if len(colours) < 8:
        raise CheckFailed(f"the preview of {path.name} is blank ({len(colours)} colours)")
    return f"{path.name} drawn at {image.width()}x{image.height()} px"


def _keyring() -> str:
    import keyring

    from designer.store.credentials import keyring_problem

    problem = keyring_problem()
    if problem is not None:
        raise CheckFailed(f"app secrets cannot be stored: {problem}")
    backend = keyring.get_keyring()
    return f"backend {type(backend).__module__}.{type(backend).__qualname__}"


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
            print(f"skip  {name}: Qt cannot start (see 'platform')", file=out)
            continue
        try:
            detail = check()
        except CheckFailed as exc:
            failed.append(name)
            print(f"FAIL  {name}: {exc}", file=out)
        except Exception as exc:  # a broken install fails in ways nobody foresaw: name it, go on
            failed.append(name)
            print(f"FAIL  {name}: {type(exc).__name__}: {exc}", file=out)
        else:
            print(f"ok    {name}: {detail}", file=out)
    if failed:
        print(f"self-check: {len(failed)} problem(s): {', '.join(failed)}", file=out)
        return 1
    print("self-check: everything works", file=out)
    return 0
