"""``card-designer self-check`` / ``--self-check``: what works, what is broken, exit code to match."""

from __future__ import annotations

import argparse
import io

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication

from designer._cli import qt_preflight, self_check
from designer.cli import main


def _run() -> tuple[int, str]:
    out = io.StringIO()
    status = self_check.run(argparse.Namespace(), out)
    return status, out.getvalue()


def test_a_whole_installation_passes(qapp: QApplication, secret_service: None) -> None:
    status, out = _run()
    assert status == 0, out
    for name in ("version", "platform", "resources", "window", "preview", "keyring"):
        assert f"ok    {name}: " in out
    assert "'offscreen'" in out  # the tests run offscreen: the window opened there
    assert "welcome.json drawn at" in out
    assert "SecretService" in out
    assert out.rstrip().endswith("self-check: everything works")
    assert not [w for w in qapp.topLevelWidgets() if w.isVisible()], "the checked window stays open"


def test_no_keyring_fails_naming_it(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    status, out = _run()
    assert status == 1
    assert "FAIL  keyring: app secrets cannot be stored: no keyring backend was found" in out
    assert "gnome-keyring" in out
    assert "ok    window: " in out  # the rest is still checked
    assert "self-check: 1 problem(s): keyring" in out


def test_missing_platform_libraries_skip_the_qt_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(qt_preflight, "can_load", lambda soname: soname != "libxcb-keysyms.so.1")
    status, out = _run()
    assert status == 1
    assert "FAIL  platform: " in out and "sudo apt-get install libxcb-keysyms1" in out
    for name in ("resources", "window", "preview"):
        assert f"skip  {name}: Qt cannot start" in out


def test_an_unexpected_error_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> str:
        raise OSError("disk on fire")

    monkeypatch.setattr(self_check, "CHECKS", (("version", broken),))
    status, out = _run()
    assert status == 1
    assert "FAIL  version: OSError: disk on fire" in out


@pytest.mark.parametrize("argv", [["--self-check"], ["self-check"]])
def test_both_spellings_run_it(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(self_check, "CHECKS", (("version", self_check._python),))
    assert main(argv) == 0
    assert "ok    version: card-designer " in capsys.readouterr().out
