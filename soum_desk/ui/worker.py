"""Run long work off the GUI thread with a progress dialog that can cancel it.

A task is a plain function `fn(progress) -> result` where `progress(done, total)`
returns False once the user pressed Cancel; the function then stops and raises
or returns early, leaving nothing half-written (services use one transaction or
an atomic file write).
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

ProgressFn = Callable[[int, int], bool]


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object, str)


class Task(QRunnable):
    def __init__(self, fn: Callable[[ProgressFn], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.cancelled = threading.Event()
        self.setAutoDelete(False)

    def report(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self.report)
        except Exception as exc:  # delivered to the GUI thread, shown there
            self._emit(self.signals.failed, exc, traceback.format_exc())
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        """Tell the GUI thread, unless the program is closing and Qt has deleted the signals'
        object: nobody is left to tell, and it is not an error for the log."""
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


_running: set[Task] = set()


def run_in_background(parent: QWidget | None, label: str, fn: Callable[[ProgressFn], Any],
                      on_done: Callable[[Any], None], on_error: Callable[[Exception], None] | None = None,
                      *, show_dialog: bool = True, cancellable: bool = True,
                      discard_if_cancelled: bool = False) -> Task:
    """Start `fn` on the thread pool; call `on_done(result)` or `on_error(exc)` on the GUI thread.

    `cancellable=False` hides the Cancel button, for work that must not stop half way
    (a restore runs as one SQLite transaction and cannot be interrupted).
    `discard_if_cancelled=True`, for work that writes nothing (reading a file for a preview): a
    result that arrives after the clerk pressed Cancel is dropped, as if the work had stopped, instead
    of appearing later as though Cancel had not been pressed.
    """
    task = Task(fn)
    # Widgets may be closed while the task runs: then the task is asked to stop and the
    # callbacks, which touch those widgets, are skipped.
    alive = {"parent": parent is not None, "dialog": False}
    if parent is not None:
        parent.destroyed.connect(lambda *_: (alive.update(parent=False), task.cancelled.set()))
    dialog: QProgressDialog | None = None
    if show_dialog:
        dialog = QProgressDialog(label, QProgressDialog.tr("Цуцлах"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancelled.set)
        alive["dialog"] = True
        dialog.destroyed.connect(lambda *_: alive.update(dialog=False))
        if not cancellable:
            dialog.setCancelButton(None)

        def _progress(done: int, total: int) -> None:
            if alive["dialog"]:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)

        task.signals.progress.connect(_progress)

    def _finish() -> bool:
        _running.discard(task)
        if dialog is not None and alive["dialog"]:
            alive["dialog"] = False
            dialog.reset()
            dialog.deleteLater()
        return parent is None or alive["parent"]

    def _done(result: Any) -> None:
        if discard_if_cancelled and task.cancelled.is_set():
            _failed(InterruptedError("cancelled"), "")
        elif _finish():
            on_done(result)

    def _failed(exc: Exception, _tb: str) -> None:
        if not _finish():
            return
        if on_error is not None:
            on_error(exc)
        elif isinstance(exc, InterruptedError) and task.cancelled.is_set():
            return  # the clerk pressed Cancel and the work stopped: nothing to report
        else:
            from soum_desk.ui.messages import show_error

            show_error(parent, exc)

    task.signals.finished.connect(_done)
    task.signals.failed.connect(_failed)
    _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task
