"""An exception nobody caught in the window: logged with its traceback, a dialog names the log
file, and the program goes on (issue 14)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from soum_desk import applog
from soum_desk.ui.crash_guard import CrashGuard


@pytest.fixture
def guard(qapp, tmp_path):
    log_path = applog.setup_logging(tmp_path / "data", faults=False)
    guarded = CrashGuard(log_path).install()
    yield guarded
    guarded.restore()


def _answer_dialog(seen: list[str]) -> None:
    """Read the crash dialog once it is open, then close it as the clerk would."""
    def check() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "crash_dialog" and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, check)
            return
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()
    QTimer.singleShot(20, check)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown_and_the_app_goes_on(qtbot, guard):
    button = QPushButton("x")
    qtbot.addWidget(button)
    clicks = []

    def broken() -> None:
        clicks.append(1)
        if len(clicks) == 1:
            raise ZeroDivisionError("a bug in a slot")

    button.clicked.connect(broken)
    seen: list[str] = []
    _answer_dialog(seen)
    button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "Програмд алдаа гарлаа" in seen[0] and str(guard.log_path) in seen[0]
    assert "ZeroDivisionError" not in seen[0]  # the traceback is for the log, not for the clerk
    logged = guard.log_path.read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug in a slot" in logged and "Traceback" in logged
    button.click()  # still alive: the next click works
    assert clicks == [1, 1]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_is_logged_and_shown(qtbot, guard):
    seen: list[str] = []
    _answer_dialog(seen)
    worker = threading.Thread(target=lambda: 1 / 0, name="worker-x")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "thread worker-x" in guard.log_path.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_a_burst_of_errors_opens_one_dialog_at_a_time(qtbot, guard, monkeypatch):
    opened = []

    def fake_exec(box: QMessageBox) -> int:
        opened.append(box.text())
        guard._hook(RuntimeError, RuntimeError("again"), None)  # another while the first is open
        QApplication.processEvents()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    guard._hook(RuntimeError, RuntimeError("first"), None)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    qtbot.wait(50)
    assert len(opened) == 1
    assert guard.log_path.read_text(encoding="utf-8").count("RuntimeError") >= 2


def test_a_bug_caught_by_an_action_names_the_log_not_the_exception(qapp, tmp_path, monkeypatch):
    from soum_desk.ui import messages

    log_path = applog.setup_logging(tmp_path / "data", faults=False)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    try:
        raise KeyError("self_percent")
    except KeyError as exc:
        messages.show_error(None, exc)
    assert "self_percent" not in shown[0][1] and str(log_path) in shown[0][1]
    assert "KeyError: 'self_percent'" in log_path.read_text(encoding="utf-8")


def test_a_task_ending_after_qt_deleted_its_signals_is_no_error(qapp):
    """Closing the program while the dashboard still loads used to log «Signal source has been deleted»."""
    import shiboken6

    from soum_desk.ui.worker import Task

    for fn in (lambda _p: 42, lambda _p: 1 / 0):
        task = Task(fn)
        shiboken6.delete(task.signals)
        task.run()  # nothing raised, nothing for the crash guard
