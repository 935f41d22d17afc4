"""The audit log viewer: filters (user, action, dates, text), a paged table, chain verification."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.audit_actions import action_label
from soum_desk.domain.roles import Permission
from soum_desk.services.core import audit
from soum_desk.ui.areas import AreaSpec
from soum_desk.ui.messages import current_lang, show_error
from soum_desk.ui.ops import run_slow_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.paged_model import ColumnSpec, PagedTableModel
from soum_desk.ui.widgets.window_fit import fit_columns_remembered, remember_splitter

COLUMNS = [
    ColumnSpec("id", lambda: QCoreApplication.translate("AuditView", "№"), align_right=True),
    ColumnSpec("local_at", lambda: QCoreApplication.translate("AuditView", "Огноо, цаг")),
    ColumnSpec("person", lambda: QCoreApplication.translate("AuditView", "Хэрэглэгч")),
    ColumnSpec("action", lambda: QCoreApplication.translate("AuditView", "Үйлдэл"),
               format=lambda code: action_label(code, current_lang()),
               tooltip=lambda row: row["action"]),  # the code, for a filter or a question to support
    ColumnSpec("entity", lambda: QCoreApplication.translate("AuditView", "Объект")),
    ColumnSpec("entity_id", lambda: QCoreApplication.translate("AuditView", "Дугаар")),
]


class AuditView(QWidget):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.filter = audit.AuditFilter()
        self.model = PagedTableModel(COLUMNS, self._page, self._count, page_size=200, parent=self)
        self._build()
        self.retranslate()
        self.reload_users()
        self.apply_filter()
        state.bus.records_changed.connect(self._on_changed)

    def _build(self) -> None:
        self.user = QComboBox()
        self.user.setObjectName("audit_user")
        self.action = QLineEdit()
        self.action.setObjectName("audit_action")
        self.use_since = QCheckBox()
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.use_until = QCheckBox()
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy.MM.dd")
        self.text = QLineEdit()
        self.text.setObjectName("audit_text")
        self.text.returnPressed.connect(self.apply_filter)
        self.action.returnPressed.connect(self.apply_filter)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("audit_apply")
        self.apply_button.clicked.connect(self.apply_filter)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("audit_verify")
        self.verify_button.clicked.connect(self.verify)
        self.total_label = QLabel()
        self.total_label.setObjectName("audit_total")
        self.labels = {k: QLabel() for k in ("user", "action", "since", "until", "text")}
        filters = QHBoxLayout()
        for key, widget in (("user", self.user), ("action", self.action), ("since", self.use_since),
                            (None, self.since), ("until", self.use_until), (None, self.until),
                            ("text", self.text)):
            if key:
                filters.addWidget(self.labels[key])
            filters.addWidget(widget)
        filters.addWidget(self.apply_button)
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("audit_detail")
        self.detail.setReadOnly(True)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        remember_splitter(splitter, "audit")
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_label)
        bottom.addStretch(1)
        bottom.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def retranslate(self) -> None:
        texts = {"user": self.tr("Хэрэглэгч:"), "action": self.tr("Үйлдэл:"), "since": self.tr("Эхлэх:"),
                 "until": self.tr("Дуусах:"), "text": self.tr("Хайх:")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.action.setPlaceholderText(self.tr("ж: user. эсвэл backup."))
        self.text.setPlaceholderText(self.tr("өмнөх/дараах утгаас хайх"))
        self.apply_button.setText(self.tr("Шүүх"))
        self.verify_button.setText(self.tr("Гинжин хэшийг шалгах"))
        if self.user.count():
            self.user.setItemText(0, self.tr("(бүгд)"))
        self.model.retranslate()
        self._update_total()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data ---------------------------------------------------------------
    def _page(self, offset: int, limit: int, _sort: str | None = None, _descending: bool = True) -> list[dict]:
        return audit.list_entries(self.state.ctx, self.filter, offset=offset, limit=limit)

    def _count(self) -> int:
        return audit.count_entries(self.state.ctx, self.filter)

    def reload_users(self) -> None:
        current = self.user.currentData()
        self.user.clear()
        self.user.addItem(self.tr("(бүгд)"), None)
        for name, person in audit.people(self.state.ctx).items():
            self.user.addItem(person if person == name else f"{person} ({name})", name)
        index = self.user.findData(current)
        self.user.setCurrentIndex(max(index, 0))

    def current_filter(self) -> audit.AuditFilter:
        def _day(edit: QDateEdit) -> date:
            return edit.date().toPython()

        return audit.AuditFilter(
            username=self.user.currentData(),
            action_prefix=self.action.text().strip() or None,
            since=_day(self.since) if self.use_since.isChecked() else None,
            until=_day(self.until) if self.use_until.isChecked() else None,
            text=self.text.text().strip() or None,
        )

    def apply_filter(self) -> None:
        self.filter = self.current_filter()
        try:
            self.model.reload()
        except Exception as exc:
            show_error(self, exc)
        fit_columns_remembered(self.table, "audit")
        self.detail.clear()
        self._update_total()

    def _update_total(self) -> None:
        self.total_label.setText(self.tr("%1 бичлэг").replace("%1", str(self.model.total)))

    def _on_changed(self, _kind: str) -> None:
        self.reload_users()
        self.apply_filter()

    def _show_detail(self, current, _previous) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        row = self.model.row_at(current.row())
        who = row["person"] or "-"
        parts = [f"#{row['id']}  {row['local_at']}  {who}  {action_label(row['action'], current_lang())}"]
        for key, title in (("before", self.tr("Өмнө:")), ("after", self.tr("Дараа:"))):
            if row[key]:
                pretty = json.dumps(json.loads(row[key]), ensure_ascii=False, indent=2)
                parts.append(f"{title}\n{pretty}")
        self.detail.setPlainText("\n\n".join(parts))

    # --- verification --------------------------------------------------------
    def verify(self) -> None:
        run_slow_op(self, self.state, None, self.tr("Гинжин хэшийг шалгаж байна…"),
                    lambda progress: audit.verify(self.state.ctx, progress), self._verified,
                    busy=[self.verify_button])

    def _verified(self, report: audit.ChainReport) -> None:
        self.last_report = report
        if report.cancelled:
            return
        if report.ok:
            QMessageBox.information(self, self.tr("Аудитын бүртгэл"),
                                    self.tr("Гинж бүтэн байна: %1 бичлэг шалгалаа.").replace("%1", str(report.checked)))
        else:
            reason = report.reason_en if self.state.lang == "en" else report.reason_mn
            QMessageBox.critical(self, self.tr("Аудитын бүртгэл"),
                                 self.tr("Гинж эвдэрсэн байна (#%1): %2")
                                 .replace("%1", str(report.first_bad_id)).replace("%2", reason))


AREA = AreaSpec("audit", title=lambda: QCoreApplication.translate("areas", "Аудитын бүртгэл"),
                factory=AuditView, permission=Permission.AUDIT)
