"""Before Qt starts: are the system libraries its platform plugin needs there?

Qt loads its platform plugin (``libqxcb.so`` for X11) only when the first ``QApplication`` is
made. When a system library the plugin links against is missing (on a fresh Debian/Ubuntu or
Fedora machine typically ``libxcb-cursor0``, ``libxcb-icccm4`` or ``libxcb-keysyms1``), Qt aborts
with "Could not load the Qt platform plugin "xcb" in "" even though it was found", which names
neither the library nor the package. This module asks the dynamic loader for each library first
and, when some are missing, says which packages to install (apt and dnf names).

Qt-free on purpose: it runs before PySide6 is imported, and its tests pass a fake loader.
The library lists are the direct dependencies (ELF ``NEEDED``) that a PySide6 wheel does not ship:
of ``QtCore``/``QtGui``/``QtWidgets`` and the offscreen plugin for every platform, of
``plugins/platforms/libqxcb.so`` and ``lib/libQt6XcbQpa.so.6`` for X11 (tests/cli checks both
against the installed PySide6).
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from designer.messages import Message, Text

# What is said (designer.messages: in the locale's language where said).
LIBRARIES_MISSING = Text(
    "card-designer: Qt's {platform} platform plugin cannot start: these system libraries are "
    "missing: {names}.\n"
    "Install them, then start Card Designer again:\n"
    "  Debian / Ubuntu:        sudo apt-get install {apt}\n"
    "  Fedora / RHEL / CentOS: sudo dnf install {dnf}\n"
    "The command-line tools (card-designer validate, render, send, ...) work without them."
)
NO_DISPLAY = Text(
    "card-designer: no display to open the window on: DISPLAY is not set (Qt's 'xcb' "
    "platform plugin needs an X11 or XWayland display).\n"
    "Start Card Designer from a desktop session, or set DISPLAY; on a machine without a "
    "display the command-line tools (card-designer validate, render, send, ...) work, "
    "and QT_QPA_PLATFORM=offscreen runs the window invisibly (card-designer --self-check does)."
)


@dataclass(frozen=True)
class SystemLibrary:
    """A shared library Qt loads from the system, and the package that brings it per distribution."""

    soname: str
    apt: str  # Debian, Ubuntu
    dnf: str  # Fedora, RHEL, CentOS Stream


# What QtCore / QtGui / QtWidgets and the offscreen plugin need: every platform needs these.
QT_GUI_LIBRARIES: tuple[SystemLibrary, ...] = (
    SystemLibrary("libGL.so.1", "libgl1", "libglvnd-glx"),
    SystemLibrary("libEGL.so.1", "libegl1", "libglvnd-egl"),
    SystemLibrary("libX11.so.6", "libx11-6", "libX11"),
    SystemLibrary("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    SystemLibrary("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    SystemLibrary("libfreetype.so.6", "libfreetype6", "freetype"),
    SystemLibrary("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
    SystemLibrary("libgthread-2.0.so.0", "libglib2.0-0", "glib2"),
    SystemLibrary("libz.so.1", "zlib1g", "zlib"),
    SystemLibrary("libzstd.so.1", "libzstd1", "libzstd"),
)

# What the X11 ("xcb") platform plugin needs on top (libqxcb.so and libQt6XcbQpa.so.6).
XCB_LIBRARIES: tuple[SystemLibrary, ...] = (
    SystemLibrary("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    SystemLibrary("libxcb.so.1", "libxcb1", "libxcb"),
    SystemLibrary("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    SystemLibrary("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    SystemLibrary("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    SystemLibrary("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    SystemLibrary("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    SystemLibrary("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    SystemLibrary("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    SystemLibrary("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    SystemLibrary("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    SystemLibrary("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    SystemLibrary("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    SystemLibrary("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    SystemLibrary("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    SystemLibrary("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
)

# Libraries each platform plugin needs beyond QT_GUI_LIBRARIES. A platform not listed here
# (offscreen, minimal, vnc, wayland, ...) is checked for QT_GUI_LIBRARIES only: wayland's client
# libraries come with every Wayland desktop, and the others draw into memory.
PLATFORM_LIBRARIES: Mapping[str, tuple[SystemLibrary, ...]] = {"xcb": XCB_LIBRARIES}

CanLoad = Callable[[str], bool]


def _bundled_library_dirs() -> list[Path]:
    """Folders where a PyInstaller bundle or the PySide6 wheel keeps libraries of its own.

    The loader's default search does not look there, but Qt's plugins find them through their
    RPATH, so a library shipped there is not missing.
    """
    dirs: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs += [Path(bundle), Path(bundle) / "PySide6" / "Qt" / "lib"]
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing Qt
    if spec is not None and spec.submodule_search_locations:
        dirs += [Path(location) / "Qt" / "lib" for location in spec.submodule_search_locations]
    return dirs


def can_load(soname: str) -> bool:
    """Whether the dynamic loader finds and loads ``soname`` (the system's or a bundled copy)."""
    for candidate in [soname, *(str(folder / soname) for folder in _bundled_library_dirs())]:
        if candidate != soname and not os.path.exists(candidate):
            continue
        try:
            ctypes.CDLL(candidate)
        except OSError:
            continue
        return True
    return False


def platform_candidates(env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order, as Qt 6 chooses them on Linux."""
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        # "wayland;xcb" is a list to try in order; "offscreen:fontengine=freetype" carries options.
        names = [part.split(":", 1)[0].strip().lower() for part in requested.split(";")]
        return [name for name in names if name]
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return ["wayland", "xcb"]
    return ["xcb"]


@dataclass(frozen=True)
class PlatformProblem:
    """Why Qt's platform plugin would not start, and what to do about it."""

    platform: str
    missing: tuple[SystemLibrary, ...] = ()
    no_display: bool = False

    def message(self) -> Message:
        if self.missing:
            return LIBRARIES_MISSING(
                platform=repr(self.platform),
                names=", ".join(library.soname for library in self.missing),
                apt=" ".join(required_packages(self.missing, "apt")),
                dnf=" ".join(required_packages(self.missing, "dnf")),
            )
        return NO_DISPLAY()


def check_platform(
    env: Mapping[str, str] | None = None,
    loader: CanLoad | None = None,
    system: str = sys.platform,
) -> PlatformProblem | None:
    """None when Qt's platform plugin can start; else the first candidate's problem.

    Qt tries the candidates in order and uses the first that starts, so one good candidate is
    enough. Only Linux is checked: Windows and macOS ship everything Qt needs.
    """
    if not system.startswith("linux"):
        return None
    env = os.environ if env is None else env
    loader = can_load if loader is None else loader
    memo: dict[str, bool] = {}

    def missing_of(libraries: Iterable[SystemLibrary]) -> tuple[SystemLibrary, ...]:
        found = []
        for library in libraries:
            if library.soname not in memo:
                memo[library.soname] = loader(library.soname)
            if not memo[library.soname]:
                found.append(library)
        return tuple(found)

    problems: list[PlatformProblem] = []
    for platform in platform_candidates(env):
        missing = missing_of((*QT_GUI_LIBRARIES, *PLATFORM_LIBRARIES.get(platform, ())))
        if missing:
            problems.append(PlatformProblem(platform, missing))
        elif platform == "xcb" and not env.get("DISPLAY"):
            problems.append(PlatformProblem(platform, no_display=True))
        else:
            return None
    return problems[0] if problems else None


def required_packages(libraries: Sequence[SystemLibrary], manager: str = "apt") -> list[str]:
    """The distinct package names (``apt`` or ``dnf``) that bring ``libraries``, in order."""
    return list(dict.fromkeys(getattr(library, manager) for library in libraries))
