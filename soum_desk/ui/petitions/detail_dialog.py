"""One petition: its fields, the petitioner (for roles allowed to see personal data,
each view audited), its history from the audit log, and the next steps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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

from soum_desk.domain.formatting import format_moment
from soum_desk.domain.petition_codes import OPEN_STATUSES
from soum_desk.domain.roles import Permission, allows
from soum_desk.services.core import users
from soum_desk.services.petitions import actions as petitions
from soum_desk.services.petitions import queries as petitions_query
from soum_desk.ui.ops import run_op
from soum_desk.ui.petitions.resolve_dialog import ResolveDialog
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.attachments_panel import AttachmentsPanel
from soum_desk.ui.widgets.window_fit import remember_geometry

ACTION_LABELS = {
    "petition.register": QT_TRANSLATE_NOOP("DetailDialog", "Бүртгэсэн"),
    "petition.assign": QT_TRANSLATE_NOOP("DetailDialog", "Хуваарилсан"),
    "petition.status": QT_TRANSLATE_NOOP("DetailDialog", "Төлөв өөрчилсөн"),
    "petition.resolve": QT_TRANSLATE_NOOP("DetailDialog", "Шийдвэрлэсэн"),
    "petition.forward": QT_TRANSLATE_NOOP("DetailDialog", "Шилжүүлсэн"),
    "petition.return": QT_TRANSLATE_NOOP("DetailDialog", "Буцаасан"),
    "petition.extend": QT_TRANSLATE_NOOP("DetailDialog", "Хугацаа сунгасан"),
    "petition.correct": QT_TRANSLATE_NOOP("DetailDialog", "Залруулсан (дарга)"),
    "petition.personal_view": QT_TRANSLATE_NOOP("DetailDialog", "Хувийн мэдээлэл харсан"),
    "petition.bulk": QT_TRANSLATE_NOOP("DetailDialog", "Бөөнөөр оруулсан (Excel эсвэл жишээ өгөгдөл)"),
}


def _d(iso: str | None) -> str:
    return iso.replace("-", ".") if iso else ""


class DetailDialog(QDialog):
    def __init__(self, state: AppState, petition_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.petition_id = petition_id
        self.fields = QFormLayout()
        self.person_box = QGroupBox(self.tr("Өргөдөл гаргагч"))
        self.person = QFormLayout(self.person_box)
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.btn_assign = QPushButton(self.tr("Хуваарилах…"))
        self.btn_start = QPushButton(self.tr("Шийдвэрлэж эхлэх"))
        self.btn_resolve = QPushButton(self.tr("Шийдвэрлэх…"))
        self.btn_extend = QPushButton(self.tr("Хугацаа сунгах…"))
        self.btn_correct = QPushButton(self.tr("Залруулах…"))
        self.btn_correct.setObjectName("correct_button")
        self.btn_correct.clicked.connect(self.correct)
        self.btn_assign.clicked.connect(self.assign)
        self.btn_start.clicked.connect(self.start)
        self.btn_resolve.clicked.connect(self.resolve)
        self.btn_extend.clicked.connect(self.extend)
        actions = QHBoxLayout()
        for button in (self.btn_assign, self.btn_start, self.btn_resolve, self.btn_extend, self.btn_correct):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addLayout(self.fields, 3)
        side = QVBoxLayout()
        side.addWidget(self.person_box)
        side.addWidget(QLabel(self.tr("Түүх")))
        side.addWidget(self.history, 1)
        self.attachments = AttachmentsPanel(state, "petition", self)
        self.attachments.setObjectName("petition_attachments")
        self.attachments.add_button.setVisible(allows(state.ctx.actor.role, Permission.WRITE))
        # A petition's scan carries the petitioner's name and address: personal data.
        may_see_scans = allows(state.ctx.actor.role, Permission.PERSONAL_DATA)
        self.attachments.setVisible(may_see_scans)
        if may_see_scans:
            self.attachments.set_record(petition_id)
        side.addWidget(self.attachments, 1)
        top.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(close)
        remember_geometry(self, "petitions_detail_dialog", 900, 560)
        self.load()

    def load(self) -> None:
        ctx = self.state.ctx
        row = self.row = petitions.show(ctx, self.petition_id)
        self.setWindowTitle(self.tr("Өргөдөл %1").replace("%1", row["reg_no"]))
        for layout in (self.fields, self.person):
            while layout.rowCount():
                layout.removeRow(0)
        due = _d(row["due"])
        if row["extension_days"]:
            due += " " + self.tr("(%1 хоногоор сунгасан: %2)").replace("%1", str(row["extension_days"])) \
                .replace("%2", row["extension_reason"] or "")
        pairs = [
            (self.tr("Дугаар"), row["reg_no"]), (self.tr("Хүлээн авсан"), _d(row["received_at"]).replace("T", " ")),
            (self.tr("Төрөл"), row["kind_label"]), (self.tr("Суваг"), row["channel_label"]),
            (self.tr("Эх сурвалж"), " — ".join(x for x in (row["source_label"], row["source_ref"]) if x)),
            (self.tr("Агуулгын ангилал"), row["topic"]), (self.tr("Баг"), row["bag"]),
            (self.tr("Товч агуулга"), row["summary"]), (self.tr("Хариуцсан"), row["official"]),
            (self.tr("Төлөв"), row["status_label"]), (self.tr("Дуусах хугацаа"), due),
            (self.tr("Шийдвэрлэсэн"), _d(row["resolved_on"])), (self.tr("Шийдвэрлэлт"), row["resolution"]),
            (self.tr("Хариу өгсөн хэлбэр"), row["answer_label"]), (self.tr("Шилжүүлсэн"), row["forwarded_to"]),
        ]
        for title, value in pairs:
            label = QLabel(value or "")
            label.setWordWrap(True)
            self.fields.addRow(title, label)
        person = row["petitioner"]
        if person is None:
            self.person.addRow(QLabel(self.tr("Хувийн мэдээлэл харах эрхгүй.")))
        elif row["anonymous"] and not person.get("name"):
            self.person.addRow(QLabel(self.tr("Нэргүй өргөдөл.")))
        else:
            for title, key in ((self.tr("Овог нэр"), "name"), (self.tr("Регистрийн дугаар"), "register_no"),
                               (self.tr("Утас"), "phone"), (self.tr("Хаяг"), "address"), (self.tr("Баг"), "bag")):
                self.person.addRow(title, QLabel(person.get(key) or ""))
        self.history.clear()
        for entry in petitions.history(ctx, self.petition_id):
            what = self.tr(ACTION_LABELS.get(entry["action"], entry["action"]))
            after = entry["after"] or {}
            detail = after.get("status_label") or ""
            self.history.addItem(f"{format_moment(entry['at'])}  {users.display_name(ctx, entry['username'])}  {what}  {detail}")
        is_open = row["status"] in OPEN_STATUSES
        can_write = allows(ctx.actor.role, Permission.WRITE)
        for button in (self.btn_assign, self.btn_start, self.btn_resolve):
            button.setEnabled(is_open and can_write)
        self.btn_start.setEnabled(is_open and can_write and row["status"] != "in_progress")
        self.btn_extend.setEnabled(is_open and not row["extension_days"]
                                   and allows(ctx.actor.role, Permission.APPROVE))
        is_head = allows(ctx.actor.role, Permission.APPROVE)
        self.btn_correct.setEnabled(is_head and not is_open)
        self.btn_correct.setToolTip(  # why it is (not) at hand
            self.tr("Шийдвэрлэсэн өргөдлийг зөвхөн Тамгын газрын дарга залруулна") if not is_head
            else self.tr("Шийдвэрлээгүй өргөдлийн огноо, шийдвэрлэлтийг шийдвэрлэхдээ оруулна") if is_open
            else self.tr("Шийдвэрлэсэн өргөдлийн огноо, шийдвэрлэлтийг дарга залруулна"))

    def _run(self, fn: Callable[[], object]) -> None:
        run_op(self, self.state, "petitions", fn, lambda _result: self.load())

    def assign(self) -> None:
        officials = petitions_query.filter_options(self.state.ctx)["officials"]
        name, ok = QInputDialog.getItem(self, self.tr("Хуваарилах"), self.tr("Хариуцах албан тушаалтан"),
                                        officials, 0, True)
        if ok and name.strip():
            self._run(lambda: petitions.assign(self.state.ctx, self.petition_id, name))

    def start(self) -> None:
        self._run(lambda: petitions.start(self.state.ctx, self.petition_id))

    def resolve(self) -> None:
        if ResolveDialog(self.state, self.row, self).exec():
            self.load()

    def correct(self) -> None:
        from soum_desk.ui.petitions.correct_dialog import CorrectDialog

        if CorrectDialog(self.state, self.row, self).exec():
            self.load()

    def extend(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Хугацаа сунгах"), self.tr("Сунгах шалтгаан"))
        if ok:
            self._run(lambda: petitions.extend(self.state.ctx, self.petition_id, reason))
