"""Who signs a report, and its date and place: the box every report dialog shows.

Three people picked from the users who can sign (full name and position), under seed 001's
labels; the report's date (today) and place (the office's «Тайлан гаргасан газар»). The choice of
signatories is remembered per report kind (`services/core/signing`).
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.roles import Role
from soum_desk.services.core import office, signing
from soum_desk.services.core.signing import BY_HAND, ROLES, Signing
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.window_fit import remember_geometry


class SigningBox(QGroupBox):
    """ХЯНАСАН, ТАЙЛАГНАСАН, БИЕЛЭЛТИЙГ НЭГТГЭСЭН, the date and the place of one report kind."""

    def __init__(self, state: AppState, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.kind = kind
        self.setTitle(self.tr("Гарын үсэг, огноо, газар"))
        labels = {"checked": self.tr("Хянасан"), "reported": self.tr("Тайлагнасан"),
                  "compiled": self.tr("Биелэлтийг нэгтгэсэн")}
        remembered = signing.remembered(state.ctx, kind)
        people = signing.signers(state.ctx)
        logins = [p["username"] for p in people]
        me = state.ctx.actor.username if state.ctx.actor else None
        # nothing remembered: the head checks and the person making the report reports, as on the CLI
        first = {"checked": next((p["username"] for p in people if p["role"] == Role.HEAD.value), None),
                 "reported": me if me in logins else None}
        self.people: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        for role in ROLES:
            combo = QComboBox()
            combo.setObjectName(f"sign_{role}")
            combo.addItem(self.tr("— гараар бичнэ —"), BY_HAND)
            for person in people:
                combo.addItem(f"{person['full_name']} — {person['position']}", person["username"])
            combo.setCurrentIndex(max(0, combo.findData(remembered.login(role) or first.get(role))))
            combo.setMinimumContentsLength(44)  # a full name and a long position, uncut
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.people[role] = combo
            form.addRow(labels[role], combo)
        self.report_date = QDateEdit(QDate.currentDate())
        self.report_date.setObjectName("sign_date")
        self.report_date.setDisplayFormat("yyyy.MM.dd")
        self.report_date.setCalendarPopup(True)
        self.place = QLineEdit(office.get_office(state.ctx)["place"] or "")
        self.place.setObjectName("sign_place")
        form.addRow(self.tr("Тайлангийн огноо"), self.report_date)
        form.addRow(self.tr("Тайлан гаргасан газар"), self.place)

    def signing(self) -> Signing:
        chosen = {role: combo.currentData() for role, combo in self.people.items()}
        return Signing(chosen["checked"], chosen["reported"], chosen["compiled"],
                       self.report_date.date().toPython(), self.place.text().strip() or None)

    def remember(self) -> None:
        """Keep this choice of signatories for the next report of the same kind."""
        signing.remember(self.state.ctx, self.kind, self.signing())


class SigningDialog(QDialog):
    """The box on its own, for the reports made from a button without a dialog of their own."""

    def __init__(self, state: AppState, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Тайлангийн гарын үсэг"))
        self.box = SigningBox(state, kind, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Үргэлжлүүлэх"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Болих"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(buttons)
        remember_geometry(self, f"signing_dialog_{kind}", 660, 260)


def ask_signing(parent: QWidget, state: AppState, kind: str, *, ask: bool = True) -> Signing | None:
    """The signing of a report of `kind`: asked (None when cancelled), or, with `ask` False (a path
    given by the caller), the signatories last chosen for the kind."""
    if not ask:
        return signing.with_remembered(state.ctx, kind, Signing())
    dialog = SigningDialog(state, kind, parent)
    if not dialog.exec():
        return None
    dialog.box.remember()
    return dialog.box.signing()
