"""The test guard closes a modal dialog nobody answers (instead of hanging until the timeout)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.helpers.qt import ModalGuard


def test_an_unanswered_modal_dialog_is_closed_and_reported() -> None:
    guard = ModalGuard(limit_ms=300)
    box = QMessageBox(QMessageBox.Icon.Question, "Forgotten", "Anyone there?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    try:
        box.exec()  # would block forever offscreen without the guard
    finally:
        guard.stop()
    assert len(guard.closed) == 1 and "Forgotten" in guard.closed[0] and "Anyone there?" in guard.closed[0]
    assert not box.isVisible()
    box.deleteLater()
