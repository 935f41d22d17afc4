"""While the sign-in dialog is open, load what the main window needs on a thread (issue 18).

The clerk takes seconds to type a password; importing SQLAlchemy's ORM, the models, the services
and the main window with its first area (0.5–1.5 s on an old laptop) and opening the engines
happen meanwhile. Only Python imports and database work run on the thread: every widget is still
made on the GUI thread. Whatever is not ready when the password is submitted is waited for.

The password itself is checked with plain sqlite3 at once (`quick_sign_in`, the same rules as
`users.authenticate`), while the ORM may still be loading; the try is then written through the
ORM (`users.record_sign_in`): the failure count, lock-out and audit entry as before.
"""

from __future__ import annotations

import importlib
import logging
import sqlite3
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from soum_desk.errors import UserError

if TYPE_CHECKING:
    from soum_desk.services.core.context import Actor, AppContext
    from soum_desk.services.core.quick_open import QuickOffice

# The main window's code and the first area of a soum office for every role (the dashboard).
MODULES = ("soum_desk.services.core.startup", "soum_desk.services.core.users", "soum_desk.ui.session",
           "soum_desk.ui.main_window", "soum_desk.ui.dashboard.view")

log = logging.getLogger(__name__)


class Preload:
    """`start()` begins the loading (once; `start_after_first_paint` calls it when the dialog is on
    screen); `context()` waits for the opened database, or raises what went wrong."""

    def __init__(self, office: QuickOffice) -> None:
        self.office = office
        self._ctx: AppContext | None = None
        self._error: BaseException | None = None
        self.audit_warning: UserError | None = None  # shown after the sign-in (`ui/app`)
        self._thread = threading.Thread(target=self._load, name="soumdesk-preload", daemon=True)

    def start(self) -> None:
        if self._thread.ident is None:  # not started yet (only the GUI thread calls this)
            self._thread.start()

    def _load(self) -> None:
        try:
            for name in MODULES:
                importlib.import_module(name)
            from soum_desk.services.core.startup import audit_warning, open_context

            ctx = open_context(self.office.paths, check=False)  # checked by `quick_open` if it had to be
            self._ctx = ctx
            self.audit_warning = audit_warning(ctx)
        except BaseException as exc:  # raised again on the GUI thread by `context()`
            self._error = exc

    def context(self) -> AppContext:
        self.start()
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._ctx is not None
        return self._ctx

    def sign_in(self, username: str, password: str) -> Actor:
        """The LoginDialog's check: decided on sqlite3 now, written through the ORM when it is loaded."""
        from soum_desk.services.core import quick_sign_in

        try:
            verdict = quick_sign_in.check(self.office.db_path, username, password)
        except sqlite3.Error:  # e.g. the file changed under us: the ORM's sign-in decides
            log.warning("quick sign-in unavailable", exc_info=True)
            verdict = None
        ctx = self.context()
        from soum_desk.services.core import users

        if verdict is None:
            return users.authenticate(ctx, username, password)
        return users.record_sign_in(ctx, verdict, username, password)

    def close(self) -> None:
        """The dialog was cancelled: let the thread finish, close what it opened."""
        if self._thread.ident is not None:
            self._thread.join()
        if self._ctx is not None:
            self._ctx.dispose()


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, preload: Preload) -> None:
        super().__init__(widget)
        self.preload = preload

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.preload.start)  # once this paint is done
        return False


def start_after_first_paint(widget: QWidget, preload: Preload, *, at_latest_ms: int = 500) -> None:
    """Start loading once `widget` has painted: the thread's imports hold Python's lock most of the
    time, and the dialog must not wait for them (measured: a later paint). If no paint comes (a
    window hidden on another screen), start anyway after `at_latest_ms`."""
    widget.installEventFilter(_FirstPaint(widget, preload))
    QTimer.singleShot(at_latest_ms, preload.start)
