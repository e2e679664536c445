"""The suite's own guards: every Qt test is guarded, the test keyring starts only when asked for."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers.qt import guard_qt_test

ROOT = Path(__file__).resolve().parents[1]


def test_a_qt_test_anywhere_is_guarded(request: pytest.FixtureRequest, qapp: QApplication) -> None:
    # Not only the window tests: this one is outside tests/ui and tests/send_ui.
    assert "_qt_guards" in request.fixturenames


def test_a_leaked_window_fails_the_test_and_is_closed(qapp: QApplication) -> None:
    guard = guard_qt_test(qapp)
    next(guard)
    leaked = QWidget()
    leaked.setObjectName("forgottenWindow")
    leaked.show()
    with pytest.raises(AssertionError, match=r"test left top-level windows open: \['forgottenWindow'\]"):
        next(guard)
    assert not leaked.isVisible()
    leaked.deleteLater()


_SESSION = """
import json, sys
import pytest
status = pytest.main(["-q", "-p", "no:randomly", "-p", "no:cacheprovider", *sys.argv[1:]])
import tests.conftest as conftest
print(json.dumps({"status": int(status), "daemons": len(conftest._keyring_processes)}))
"""


def _session(*args: str) -> dict[str, int]:
    """Run a pytest session on ``args`` in a new process: its exit status and keyring daemons."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEYRING"))}
    done = subprocess.run(
        [sys.executable, "-c", _SESSION, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.stdout.strip(), done.stderr
    result: dict[str, int] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_keyring_starts_only_for_a_test_that_needs_it() -> None:
    # (The keyring tests themselves show that the first of them starts it.)
    assert _session("tests/cards/test_outline.py") == {"status": 0, "daemons": 0}
