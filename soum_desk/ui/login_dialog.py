"""Sign-in dialog (also used to unlock after the idle time)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from soum_desk.errors import AuthenticationFailed, SoumDeskError
from soum_desk.services.core.sign_in_rules import locked_message
from soum_desk.ui.messages import current_lang, error_text

if TYPE_CHECKING:  # the dialog is shown before the ORM is loaded (issue 18, `ui/app`)
    from soum_desk.services.core.context import Actor, AppContext


class LoginDialog(QDialog):
    clock: Callable[[], float] = staticmethod(time.monotonic)  # a test replaces it

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None, *, username: str = "",
                 locked_screen: bool = False, switch_user: bool = False,
                 check: Callable[[str, str], Actor] | None = None, note: str = "") -> None:
        """`switch_user`: the locked screen offers «Өөр хэрэглэгчээр нэвтрэх» (the window is signed out).
        `check`: who the name and password are, instead of the database's users (a damaged
        database is recovered by an administrator of the backup); `note` says whose account it asks."""
        super().__init__(parent)
        self.ctx = ctx
        self.check = check
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("SoumDesk — нэвтрэх"))
        self.username = QLineEdit(username)
        self.username.setObjectName("login_username")
        self.username.setReadOnly(locked_screen)
        self.password = QLineEdit()
        self.password.setObjectName("login_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("login_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Нэвтрэх нэр:"), self.username)
        form.addRow(self.tr("Нууц үг:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Нэвтрэх"))
        # on the locked screen Cancel ends the program (unsaved forms are behind the lock): say so
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Програмыг хаах") if locked_screen else self.tr("Болих"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        self.switch_user = False  # the clerk chose to let someone else sign in
        if locked_screen and switch_user:
            other = buttons.addButton(self.tr("Өөр хэрэглэгчээр нэвтрэх"), QDialogButtonBox.ButtonRole.ActionRole)
            other.setObjectName("login_switch_user")
            other.clicked.connect(self._switch_user)
        layout = QVBoxLayout(self)
        if locked_screen:
            layout.addWidget(QLabel(self.tr("Удаан хөдөлгөөнгүй байсан тул түгжлээ. Нууц үгээ оруулна уу.")))
        if note:
            explained = QLabel(note)
            explained.setObjectName("login_note")
            explained.setWordWrap(True)
            layout.addWidget(explained)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self.locked_until: float | None = None  # on `clock`: when the lock-out shown ends
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        (self.password if username else self.username).setFocus()

    def try_login(self) -> None:
        try:
            if self.check is not None:
                self.actor = self.check(self.username.text(), self.password.text())
            else:
                from soum_desk.services.core import users

                assert self.ctx is not None, "a sign-in needs the database or a check"
                self.actor = users.authenticate(self.ctx, self.username.text(), self.password.text())
        except SoumDeskError as exc:
            self.countdown.stop()
            self.error.setText(error_text(exc))
            if isinstance(exc, AuthenticationFailed) and exc.wait_seconds:
                self.locked_until = self.clock() + exc.wait_seconds
                self.countdown.start()
            self.password.clear()
            self.password.setFocus()
            return
        self.countdown.stop()
        self.accept()

    def _switch_user(self) -> None:
        self.switch_user = True
        self.reject()

    def _tick(self) -> None:
        """The lock-out message counts down each second, and says when the wait is over."""
        if self.locked_until is None:
            self.countdown.stop()
            return
        left = max(0, int(self.locked_until - self.clock() + 0.999))
        mn, en = locked_message(left)
        self.error.setText(en if current_lang() == "en" else mn)
        if left == 0:
            self.locked_until = None
            self.countdown.stop()
