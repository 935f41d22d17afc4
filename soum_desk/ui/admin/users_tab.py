"""Settings → Users (admin only): add, change role, (de)activate, unlock, set a password.

Each button calls one service at once; the services enforce the role again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.roles import Role
from soum_desk.services.core import users
from soum_desk.services.core.rows import UserRow
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.window_fit import fit_columns_remembered


class NewUserDialog(QDialog):
    """Name, role and a password (typed twice) for a new user."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Шинэ хэрэглэгч"))
        self.username = QLineEdit()
        self.username.setObjectName("new_user_username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("new_user_full_name")
        self.position = QLineEdit()
        self.position.setObjectName("new_user_position")
        self.role = role_combo(state.lang)
        self.role.setObjectName("new_user_role")
        # Most new users are clerks; the administrator's rights are given on purpose, not by default.
        self.role.setCurrentIndex(self.role.findData(Role.CLERK.value))
        self.password = QLineEdit()
        self.password.setObjectName("new_user_password")
        self.password2 = QLineEdit()
        self.password2.setObjectName("new_user_password2")
        for edit in (self.password, self.password2):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("new_user_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Нэвтрэх нэр:"), self.username)
        form.addRow(self.tr("Овог нэр:"), self.full_name)
        form.addRow(self.tr("Албан тушаал:"), self.position)
        form.addRow(self.tr("Эрх:"), self.role)
        form.addRow(self.tr("Нууц үг:"), self.password)
        form.addRow(self.tr("Нууц үг давтах:"), self.password2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Хадгалах"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Болих"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def create(self) -> None:
        if self.password.text() != self.password2.text():
            self.error.setText(self.tr("Нууц үгнүүд таарахгүй байна."))
            return
        self.error.clear()
        run_op(self, self.state, "users",
               lambda: users.create_user(self.state.ctx, self.username.text(), self.password.text(),
                                         self.role.currentData(),
                                         self.full_name.text().strip(),
                                         self.position.text().strip() or None),
               on_done=lambda _user: self.accept())


def role_combo(lang: str) -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(users.role_label(role.value, lang), role.value)
    return combo


class UsersTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.rows: list[UserRow] = []
        # what the users were when the dialog opened: Cancel puts roles and active flags back and
        # takes the users added since out of use (they stay in the audit log, so are not deleted)
        self.opened_with = {u["username"]: (u["role"], u["active"]) for u in users.list_users(state.ctx)}
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("users_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, handler in (("add", self.add_user), ("details", self.change_details), ("role", self.change_role),
                             ("active", self.toggle_active),
                             ("unlock", self.unlock), ("password", self.set_password)):
            button = QPushButton()
            button.setObjectName(f"users_{key}")
            button.clicked.connect(handler)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Нэвтрэх нэр"), self.tr("Овог нэр"), self.tr("Эрх"),
                                              self.tr("Төлөв"), self.tr("Албан тушаал")])
        texts = {"add": self.tr("Нэмэх…"), "details": self.tr("Овог нэр, албан тушаал…"), "role": self.tr("Эрх солих…"), "active": self.tr("Идэвхгүй/идэвхтэй болгох"),
                 "unlock": self.tr("Түгжээ тайлах"), "password": self.tr("Нууц үг оноох…")}
        for key, button in self.buttons.items():
            button.setText(texts[key])
        self.reload()

    def reload(self) -> None:
        self.rows = users.list_users(self.state.ctx)
        self.table.setRowCount(len(self.rows))
        for row, user in enumerate(self.rows):
            if not user["active"]:
                status = self.tr("идэвхгүй")
            elif user["locked_until"]:
                status = self.tr("түгжээтэй")
            else:
                status = self.tr("идэвхтэй")
            cells = [user["username"], user["full_name"], users.role_label(user["role"], self.state.lang),
                     status, user["position"] or ""]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        fit_columns_remembered(self.table, "users")

    def undo_changes(self) -> list[str]:
        """Put back what this tab changed (roles, active flags; new users made inactive); the
        user names it had to change. Passwords set here stay set: the old ones are not kept."""
        undone: list[str] = []
        for user in users.list_users(self.state.ctx):
            was = self.opened_with.get(user["username"])
            if was is None:
                if user["active"]:
                    users.update_user(self.state.ctx, user["username"], active=False)
                    undone.append(user["username"])
            elif (user["role"], user["active"]) != was:
                users.update_user(self.state.ctx, user["username"], role=was[0], active=was[1])
                undone.append(user["username"])
        if undone:
            self.state.bus.changed("users")
        return undone

    def selected(self) -> UserRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _run(self, action: Callable[[], object]) -> None:
        run_op(self, self.state, "users", action, on_done=lambda _result: self.reload())

    def add_user(self) -> None:
        if NewUserDialog(self.state, self).exec():  # the dialog saved the user and emitted "users"
            self.reload()

    def change_details(self) -> None:
        """The full name and position printed on reports (required for a role that signs them)."""
        user = self.selected()
        if user is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Овог нэр"), user["username"], QLineEdit.EchoMode.Normal,
                                        user["full_name"] if user["full_name"] != user["username"] else "")
        if not ok:
            return
        position, ok = QInputDialog.getText(self, self.tr("Албан тушаал"), user["username"],
                                            QLineEdit.EchoMode.Normal, user["position"] or "")
        if ok:
            self._run(lambda: users.update_user(self.state.ctx, user["username"], full_name=name.strip(),
                                                position=position.strip()))

    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        labels = [users.role_label(r.value, self.state.lang) for r in Role]
        current = [r.value for r in Role].index(user["role"])
        label, ok = QInputDialog.getItem(self, self.tr("Эрх солих"), user["username"], labels, current, False)
        if ok:
            role = list(Role)[labels.index(label)].value
            self._run(lambda: users.update_user(self.state.ctx, user["username"], role=role))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(lambda: users.update_user(self.state.ctx, user["username"], active=not user["active"]))

    def unlock(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(lambda: users.unlock(self.state.ctx, user["username"]))

    def set_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("Нууц үг оноох"),
                                            self.tr("%1: шинэ нууц үг").replace("%1", user["username"]),
                                            QLineEdit.EchoMode.Password)
        if ok:
            self._run(lambda: users.set_password(self.state.ctx, user["username"], password))
