"""The head's review: the period's figures, stalled and broken measures, review / approve / reopen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.roles import Permission, allows
from soum_desk.reports.plans_layout import summary_pairs
from soum_desk.services.core import users
from soum_desk.services.core.context import AppContext
from soum_desk.services.plans import progress as plans_progress
from soum_desk.services.plans import scoring as plans_scoring
from soum_desk.ui.ops import run_op
from soum_desk.ui.plans.models import tr_plans
from soum_desk.ui.role_notes import explain_disabled
from soum_desk.ui.state import AppState

STATUS = {"open": QT_TRANSLATE_NOOP("plans", "Нээлттэй"), "reviewed": QT_TRANSLATE_NOOP("plans", "Хянасан"),
          "approved": QT_TRANSLATE_NOOP("plans", "Баталсан")}


class ReviewPanel(QWidget):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.document_id: int | None = None
        self.period: str | None = None
        self.can_approve = allows(state.ctx.actor.role, Permission.APPROVE)
        self.status = QLabel()
        self.status.setObjectName("plans_review_status")
        self.figures = QFormLayout()
        self.flows = QListWidget()
        self.flows.setObjectName("plans_review_flows")
        self.btn_review = QPushButton()
        self.btn_review.setObjectName("plans_review_reviewed")
        self.btn_approve = QPushButton()
        self.btn_approve.setObjectName("plans_review_approve")
        self.btn_reopen = QPushButton()
        self.btn_reopen.setObjectName("plans_review_reopen")
        self.btn_review.clicked.connect(lambda: self._act(plans_progress.mark_reviewed))
        self.btn_approve.clicked.connect(lambda: self._act(plans_progress.approve))
        self.btn_reopen.clicked.connect(self._reopen)
        self.btn_correct = QPushButton()
        self.btn_correct.setObjectName("plans_review_correct")
        self.btn_correct.clicked.connect(self.correct_entry)
        self.locked = False
        buttons = QHBoxLayout()
        for button in (self.btn_review, self.btn_approve, self.btn_reopen, self.btn_correct):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.figures_box = QGroupBox()
        QVBoxLayout(self.figures_box)
        self._figures_page: QWidget | None = None
        self._new_figures_page()
        self.flows_box = QGroupBox()
        QVBoxLayout(self.flows_box).addWidget(self.flows)
        body = QHBoxLayout()
        body.addWidget(self.figures_box, 1)
        body.addWidget(self.flows_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addLayout(body)
        self.retranslate()

    def retranslate(self) -> None:
        self.btn_review.setText(self.tr("Хянасан гэж тэмдэглэх"))
        self.btn_approve.setText(self.tr("Батлах"))
        self.btn_reopen.setText(self.tr("Дахин нээх"))
        self.btn_correct.setText(self.tr("Хэрэгжилт залруулах…"))
        self._correct_tooltip()
        self.figures_box.setTitle(self.tr("Үзүүлэлт"))
        self.flows_box.setTitle(self.tr("Удааширсан, тасарсан арга хэмжээ"))
        for button in (self.btn_review, self.btn_approve, self.btn_reopen):
            explain_disabled(button, self.state.ctx.actor.role, Permission.APPROVE)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.load(self.document_id, self.period)
        super().changeEvent(event)

    def _who_when(self, username: str, at: str | None) -> str:
        """«Г.Ажилтан, 2026.12.03 07:25»: the person's name and the office's date format."""
        when = (at or "")[:16].replace("T", " ").replace("-", ".")
        return f"{users.display_name(self.state.ctx, username)}, {when}".rstrip(", ")

    def _new_figures_page(self) -> None:
        """A fresh page for the figures; the old one is deleted later, by the event loop.

        Removing the rows one by one deleted their labels at once, which crashed the interpreter
        when a reload ran inside an event still delivering to one of them (seen in the full suite)."""
        page = QWidget()
        self.figures = QFormLayout(page)
        box = self.figures_box.layout()
        old, self._figures_page = self._figures_page, page
        if old is not None:
            box.removeWidget(old)
            old.hide()
            old.deleteLater()
        box.addWidget(page)

    def load(self, document_id: int | None, period: str | None) -> None:
        self.document_id, self.period = document_id, period
        self._new_figures_page()
        self.flows.clear()
        if not document_id or not period:
            self.status.setText("")
            for button in (self.btn_review, self.btn_approve, self.btn_reopen, self.btn_correct):
                button.setEnabled(False)
            return
        review = plans_progress.get_review(self.state.ctx, document_id, period)
        result = plans_scoring.compute(self.state.ctx, document_id, period)
        text = tr_plans(STATUS[review["status"]])
        if review["approved_by"] and review["status"] == "approved":
            text += f" — {self._who_when(review['approved_by'], review['approved_at'])}"
        elif review["reviewed_by"]:
            text += f" — {self._who_when(review['reviewed_by'], review['reviewed_at'])}"
        english = self.state.lang == "en"
        self.status.setText(f"<b>{result['period_label_en' if english else 'period_label']}</b>: {text}")
        for label, value in summary_pairs(result, self.state.lang):
            self.figures.addRow(QLabel(label), QLabel(str(value)))
        for key, label in (("broken", self.tr("тасарсан")), ("stalled", self.tr("удааширсан"))):
            for m in result[key]:
                self.flows.addItem(f"№{m['number']} [{label}] {m['text']}")
        status = review["status"]
        self.btn_review.setEnabled(self.can_approve and status == "open")
        self.btn_approve.setEnabled(self.can_approve and status != "approved")
        self.btn_reopen.setEnabled(self.can_approve and status == "approved")
        self.locked = bool(review["locked"])
        self.btn_correct.setEnabled(self.can_approve and self.locked)
        self._correct_tooltip()

    def _correct_tooltip(self) -> None:
        """Why the correction is (not) at hand: only the head, only in an approved period."""
        if not self.can_approve:
            tip = self.tr("Батлагдсан хэрэгжилтийг зөвхөн Тамгын газрын дарга залруулна")
        elif not self.locked:
            tip = self.tr("Тайлан батлагдаагүй: биелэлтийг «Биелэлт оруулах» хуудсанд засна")
        else:
            tip = self.tr("Батлагдсан үеийн хэрэгжилт, үнэлгээг шалтгаантай нь залруулна (аудитад бичигдэнэ)")
        self.btn_correct.setToolTip(tip)

    def correct_entry(self) -> None:
        from soum_desk.ui.plans.correct_dialog import CorrectEntryDialog

        document_id, period = self.document_id, self.period
        if document_id is None or period is None:
            return
        if CorrectEntryDialog(self.state, document_id, period, self).exec():
            self.load(document_id, period)

    def _act(self, fn: Callable[[AppContext, int, str], object]) -> None:
        document_id, period = self.document_id, self.period
        if document_id is None or period is None:
            return
        run_op(self, self.state, "plans", lambda: fn(self.state.ctx, document_id, period),
               lambda _review: self.load(document_id, period))

    def _reopen(self) -> None:
        note, ok = QInputDialog.getText(self, self.tr("Дахин нээх"), self.tr("Шалтгаан:"))
        if ok:
            self._act(lambda ctx, doc, period: plans_progress.reopen(ctx, doc, period, note or None))
