"""Before Qt starts, the app names the system packages its platform plugin lacks.

Qt's own message for a missing ``libxcb-*`` library ("Could not load the Qt platform plugin
"xcb" even though it was found") names neither the library nor the package; these tests give
the preflight a fake loader, so they do not depend on what this machine has installed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from designer._cli import qt_preflight
from designer._cli.qt_preflight import (
    QT_GUI_LIBRARIES,
    XCB_LIBRARIES,
    can_load,
    check_platform,
    platform_candidates,
)

ROOT = Path(__file__).resolve().parent.parent.parent


def _without(*sonames: str) -> qt_preflight.CanLoad:
    return lambda soname: soname not in sonames


def test_missing_xcb_libraries_name_the_apt_and_dnf_packages() -> None:
    problem = check_platform(
        {"DISPLAY": ":0"}, _without("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"), "linux"
    )
    assert problem is not None
    message = problem.message()
    assert "'xcb'" in message
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in message
    assert "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms" in message


def test_libraries_that_share_a_package_name_it_once() -> None:
    problem = check_platform({"DISPLAY": ":0"}, _without("libxcb-shm.so.0", "libxcb-sync.so.1"), "linux")
    assert problem is not None
    assert "sudo dnf install libxcb\n" in problem.message()
    assert "sudo apt-get install libxcb-shm0 libxcb-sync1\n" in problem.message()


def test_everything_there_is_no_problem() -> None:
    assert check_platform({"DISPLAY": ":0"}, lambda soname: True, "linux") is None


@pytest.mark.parametrize("platform", ["offscreen", "wayland", "minimal", "offscreen:fontengine=freetype"])
def test_platforms_without_x11_do_not_need_the_xcb_libraries(platform: str) -> None:
    no_xcb = _without(*(library.soname for library in XCB_LIBRARIES))
    assert check_platform({"QT_QPA_PLATFORM": platform}, no_xcb, "linux") is None


def test_offscreen_still_needs_what_qtgui_needs() -> None:
    problem = check_platform({"QT_QPA_PLATFORM": "offscreen"}, _without("libEGL.so.1"), "linux")
    assert problem is not None
    assert "'offscreen'" in problem.message()
    assert "apt-get install libegl1" in problem.message()


def test_one_candidate_that_starts_is_enough() -> None:
    no_xcb = _without("libxcb-icccm.so.4")
    assert check_platform({"QT_QPA_PLATFORM": "wayland;xcb"}, no_xcb, "linux") is None
    # ... and when none starts, the first one's problem is told.
    problem = check_platform({"QT_QPA_PLATFORM": "xcb;wayland"}, _without("libGL.so.1"), "linux")
    assert problem is not None and problem.platform == "xcb"


def test_qt_chooses_wayland_first_in_a_wayland_session() -> None:
    assert platform_candidates({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}) == [
        "wayland",
        "xcb",
    ]
    assert platform_candidates({"DISPLAY": ":0"}) == ["xcb"]


def test_xcb_without_a_display_says_so() -> None:
    problem = check_platform({}, lambda soname: True, "linux")
    assert problem is not None and problem.no_display
    assert "DISPLAY is not set" in problem.message()
    assert "QT_QPA_PLATFORM=offscreen" in problem.message()


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_other_systems_are_not_checked(system: str) -> None:
    assert check_platform({}, lambda soname: False, system) is None


def test_the_real_loader() -> None:
    assert can_load("libc.so.6")
    assert not can_load("libcard-designer-no-such-library.so.7")


def _needed(path: Path) -> set[str]:
    """The DT_NEEDED entries of an ELF file (its direct dependencies)."""
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin exists on Linux only")
def test_the_tables_are_exactly_the_system_libraries_the_installed_qt_links() -> None:
    """No library missing from a table (Qt would abort), none too many (we would refuse to start)."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    shipped = {path.name for path in (qt / "lib").iterdir()}
    # glibc and the C++ runtime are on every Linux system the wheel installs on.
    base = re.compile(r"^(libc|libm|libdl|librt|libpthread|libstdc\+\+|libgcc_s|ld-linux.*)\.so")

    def system_needed(*elves: Path) -> set[str]:
        needed = set().union(*(_needed(elf) for elf in elves))
        return {name for name in needed if name not in shipped and not base.match(name)}

    gui = system_needed(
        qt / "lib" / "libQt6Core.so.6",
        qt / "lib" / "libQt6Gui.so.6",
        qt / "lib" / "libQt6Widgets.so.6",
        qt / "plugins" / "platforms" / "libqoffscreen.so",
    )
    xcb = system_needed(qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6")
    assert gui and xcb, "readelf found no system library: the test reads nothing"
    assert {library.soname for library in QT_GUI_LIBRARIES} == gui
    assert {library.soname for library in XCB_LIBRARIES} == xcb - gui


def test_the_window_command_names_the_packages_instead_of_starting_qt() -> None:
    """``card-designer`` on X11 without libxcb-icccm4: the packages to install, exit 1, no abort."""
    code = (
        "import sys\n"
        "from designer._cli import qt_preflight\n"
        "qt_preflight.can_load = lambda soname: soname != 'libxcb-icccm.so.4'\n"
        "from designer.cli import main\n"
        "status = main([])\n"
        "print('PySide6.QtGui' in sys.modules)\n"
        "sys.exit(status)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=":card-designer-test-no-display")
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    assert result.returncode == 1, result.stderr
    assert "libxcb-icccm.so.4" in result.stderr
    assert "sudo apt-get install libxcb-icccm4" in result.stderr
    assert "sudo dnf install xcb-util-wm" in result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr
    assert result.stdout.strip() == "False"  # Qt was never imported
