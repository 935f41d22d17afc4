"""Unhandled exceptions in the GUI: logged with their traceback, told to the clerk, app kept alive.

PySide6 hands an exception raised in a slot (a button, a timer) to `sys.excepthook` and goes on;
a worker thread's goes to `threading.excepthook`. Both land here: the traceback goes into the
log file, and a dialog names that file. The dialog is shown from the event loop (queued), never
inside the paint or event handler that failed, and only one at a time.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from soum_desk import APP_NAME
from soum_desk.applog import log_exception
from soum_desk.ui.messages import crash_text

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashGuard(QObject):
    """Installs the hooks; `restore()` puts the previous ones back (tests)."""

    _report = Signal()

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.showing = False
        self.dialog: QMessageBox | None = None
        self.shown = 0
        self._previous: tuple[ExceptHook, Callable[[threading.ExceptHookArgs], object]] | None = None
        # queued even from the GUI thread: the dialog opens after the failing handler has returned
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashGuard:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook
        return self

    def restore(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def _hook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        log_exception(f"thread {threading.current_thread().name}", exc_type, exc, tb)
        self._report.emit()

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        log_exception(f"thread {args.thread.name if args.thread else '?'}", args.exc_type, args.exc_value,
                      args.exc_traceback)
        self._report.emit()

    def _show(self) -> None:
        if self.showing:  # one dialog at a time; the rest are in the log
            return
        self.showing = True
        self.shown += 1
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, crash_text(self.log_path),
                              QMessageBox.StandardButton.Ok, _parent())
            box.setObjectName("crash_dialog")
            box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("crash", "Хаах"))
            if self.log_path is not None:
                folder = box.addButton(QCoreApplication.translate("crash", "Хавтсыг нээх"),
                                       QMessageBox.ButtonRole.ActionRole)
                folder.clicked.connect(self._open_folder)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.dialog = box
            box.exec()
        finally:
            self.dialog = None
            self.showing = False

    def _open_folder(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))


def _parent() -> QWidget | None:
    return QApplication.activeWindow()


def install_crash_guard(log_path: Path | None) -> CrashGuard:
    """Called once at GUI start-up, after the log is set up."""
    return CrashGuard(log_path, QApplication.instance()).install()
