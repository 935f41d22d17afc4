"""Who is at the computer: sign in, open their main window, and on File → Sign out, hand over.

Signing out closes the window and shows the sign-in dialog again; the next user gets a new
main window (their role's areas, their language) without restarting the program. Cancelling
that dialog ends the program.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from soum_desk.services.core import user_prefs
from soum_desk.services.core.context import Actor, AppContext
from soum_desk.ui.i18n import install_language
from soum_desk.ui.login_dialog import LoginDialog
from soum_desk.ui.main_window import MainWindow, main_window_for
from soum_desk.ui.messages import current_lang

log = logging.getLogger(__name__)


class SignInFlow(QObject):
    """`lang`: a language forced for this run (`soum-desk --lang en`), else each user's own."""

    def __init__(self, ctx: AppContext, *, lang: str | None = None, province: bool = False) -> None:
        super().__init__()  # kept by run_gui (and by its window's sign-out connection)
        self.ctx = ctx
        self.forced_lang = lang
        self.province = province
        self.window: MainWindow | None = None

    def sign_in(self, username: str = "") -> MainWindow | None:
        """The sign-in dialog, then the user's window (shown); None when the dialog is cancelled."""
        login = LoginDialog(self.ctx, username=username)
        try:
            if not login.exec() or login.actor is None:
                return None
            actor = login.actor
        finally:
            login.deleteLater()
        return self.open_window(actor)

    def open_window(self, actor: Actor) -> MainWindow:
        lang = self.forced_lang or user_prefs.language_for(self.ctx, actor.username)
        if lang != self.ctx.lang or current_lang() != lang:
            self.ctx.lang = lang
            install_language(lang)
        log.info("signed in: user id %s (%s), language %s", actor.user_id, actor.role, lang)
        window = main_window_for(self.ctx, actor, province=self.province)
        window.sign_out_requested.connect(lambda: QTimer.singleShot(0, lambda: self.sign_out(window)))
        window.can_switch_user = True
        window.show()
        self.window = window
        return window

    def sign_out(self, window: MainWindow) -> MainWindow | None:
        """Hide `window`, ask who signs in next; their window replaces it. Cancelled: the program ends."""
        if window is not self.window:
            return self.window
        window.hide()
        window.stop_timers()
        log.info("signed out: user id %s", actor.user_id if (actor := window.state.ctx.actor) else None)
        nxt = self.sign_in()
        window.close()
        window.deleteLater()
        if nxt is None:
            self.window = None
            QApplication.quit()
        return nxt
