"""Background work: results and errors come back on the GUI thread; Cancel stops the task."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from soum_desk.errors import UserError
from soum_desk.ui.worker import run_in_background


def test_result_and_error_are_delivered(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    results, errors = [], []
    run_in_background(parent, "…", lambda progress: 41 + 1, results.append, errors.append, show_dialog=False)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)

    def fail(_progress):
        raise UserError("муу", "bad")

    run_in_background(parent, "…", fail, results.append, errors.append, show_dialog=False)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], UserError)


def test_cancel_stops_the_task(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    outcome = []

    def long_work(progress):
        for step in range(500):
            if not progress(step, 500):
                raise UserError("цуцаллаа", "cancelled")
            time.sleep(0.01)
        return "finished"

    run_in_background(parent, "Ажиллаж байна…", long_work, outcome.append, outcome.append)
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is not None, timeout=5000)
    dialog = parent.findChild(QProgressDialog)
    dialog.findChild(QPushButton).click()  # the Cancel button
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome[0], UserError)


def test_closing_the_parent_stops_the_task_and_skips_callbacks(qtbot):
    parent = QWidget()
    called, stopped = [], []

    def long_work(progress):
        for step in range(500):
            if not progress(step, 500):
                stopped.append(step)
                return "stopped"
            time.sleep(0.01)
        return "finished"

    run_in_background(parent, "…", long_work, called.append, called.append)
    time.sleep(0.05)
    parent.deleteLater()
    qtbot.waitUntil(lambda: bool(stopped), timeout=5000)
    qtbot.wait(100)
    assert called == []


def test_work_that_cannot_stop_has_no_cancel_button(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    done = []
    run_in_background(parent, "…", lambda progress: time.sleep(0.2) or "ok", done.append, cancellable=False)
    dialog = parent.findChild(QProgressDialog)
    assert dialog.findChild(QPushButton) is None
    qtbot.waitUntil(lambda: done == ["ok"], timeout=5000)


def test_a_preview_that_cannot_stop_is_dropped_after_cancel(qtbot):
    """Reading a register ignores the Cancel button; its preview used to pop up anyway afterwards,
    as though Cancel had not been pressed."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    shown, failed = [], []
    run_in_background(parent, "…", lambda progress: time.sleep(0.8) or "preview", shown.append, failed.append,
                      discard_if_cancelled=True)
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is not None, timeout=5000)
    parent.findChild(QProgressDialog).findChild(QPushButton).click()
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert shown == [] and isinstance(failed[0], InterruptedError)
