"""The plans area: choose a plan and a period; tabs for the editor, the period entry and the review."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission, allows
from soum_desk.services.plans import edit as plans_edit
from soum_desk.services.plans import tree as plans
from soum_desk.ui.messages import confirm
from soum_desk.ui.ops import run_op
from soum_desk.ui.plans.document_menu import WholePlanButton
from soum_desk.ui.plans.editor import PlanEditor
from soum_desk.ui.plans.entry import PeriodEntry
from soum_desk.ui.plans.models import period_choices
from soum_desk.ui.plans.review import ReviewPanel
from soum_desk.ui.role_notes import explain_disabled
from soum_desk.ui.state import AppState


class PlansView(QWidget):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        role = state.ctx.actor.role
        self.can_write = allows(role, Permission.WRITE)
        self.document = QComboBox()
        self.document.setObjectName("plans_document")
        self.document.setMinimumWidth(240)
        self.period = QComboBox()
        self.period.setObjectName("plans_period")
        self.doc_label, self.period_label = QLabel(), QLabel()
        self.btn_import = QPushButton()
        self.btn_import.setObjectName("plans_import")
        self.btn_report = QPushButton()
        self.btn_report.setObjectName("plans_report")
        self.btn_new = QPushButton()
        self.btn_copy = QPushButton()
        self.btn_props = QPushButton()
        self.btn_props.setObjectName("plans_properties")
        self.btn_delete = QPushButton()
        self.btn_delete.setObjectName("plans_delete")
        self.btn_whole = WholePlanButton(state, self.current_document, lambda doc_id: self.reload_documents(doc_id))
        for button in (self.btn_import, self.btn_new, self.btn_copy, self.btn_props, self.btn_delete):
            button.setEnabled(self.can_write)
        top = QHBoxLayout()
        top.addWidget(self.doc_label)
        top.addWidget(self.document, 1)
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        actions = QHBoxLayout()
        for widget in (self.btn_new, self.btn_copy, self.btn_props, self.btn_delete):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.btn_import)
        actions.addWidget(self.btn_whole)
        actions.addWidget(self.btn_report)
        self.editor = PlanEditor(state)
        self.entry = PeriodEntry(state)
        self.review = ReviewPanel(state)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("plans_tabs")
        for widget in (self.entry, self.editor, self.review):
            self.tabs.addTab(widget, "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.tabs)
        self.document.currentIndexChanged.connect(self._document_changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.tabs.currentChanged.connect(lambda _i: self._push())
        self.btn_import.clicked.connect(self.open_import)
        self.btn_report.clicked.connect(self.open_report)
        self.btn_new.clicked.connect(self.new_document)
        self.btn_copy.clicked.connect(self.copy_document)
        self.btn_props.clicked.connect(self.edit_document)
        self.btn_delete.clicked.connect(self.delete_document)
        state.bus.records_changed.connect(self._records_changed)
        self.retranslate()
        self.reload_documents()

    def retranslate(self) -> None:
        self.doc_label.setText(self.tr("Төлөвлөгөө:"))
        self.period_label.setText(self.tr("Тайлант үе:"))
        self.btn_import.setText(self.tr("Excel-ээс импортлох…"))
        self.btn_report.setText(self.tr("Тайлан…"))
        self.btn_new.setText(self.tr("Шинэ төлөвлөгөө…"))
        self.btn_copy.setText(self.tr("Өмнөх оноос хуулах…"))
        self.btn_props.setText(self.tr("Мэдээлэл…"))
        self.btn_delete.setText(self.tr("Устгах…"))
        self.tabs.setTabText(0, self.tr("Биелэлт оруулах"))
        self.tabs.setTabText(1, self.tr("Төлөвлөгөөний бүтэц"))
        self.tabs.setTabText(2, self.tr("Хяналт, батлах"))
        for index in range(self.period.count()):  # «2026 оны III улирал» ↔ «Q3 2026»
            self.period.setItemText(index, Period.parse(self.period.itemData(index)).label(self.state.lang))
        for button in (self.btn_import, self.btn_new, self.btn_copy, self.btn_props, self.btn_delete):
            explain_disabled(button, self.state.ctx.actor.role, Permission.WRITE)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- selection -----------------------------------------------------------
    def current_document(self) -> dict | None:
        return self.document.currentData()

    def current_period(self) -> str | None:
        return self.period.currentData()

    def reload_documents(self, select_id: int | None = None) -> None:
        keep = select_id or (self.current_document() or {}).get("id")
        self.document.blockSignals(True)
        self.document.clear()
        for doc in plans.list_documents(self.state.ctx):
            self.document.addItem(f"{doc['year']} · {doc['title']}", doc)
        index = next((i for i in range(self.document.count()) if self.document.itemData(i)["id"] == keep), 0)
        self.document.setCurrentIndex(index)
        self.document.blockSignals(False)
        self._document_changed()

    def _document_changed(self) -> None:
        doc = self.current_document()
        keep = self.current_period()
        self.period.blockSignals(True)
        self.period.clear()
        if doc:
            for p in period_choices(doc["year"]):
                self.period.addItem(p.label(self.state.lang), p.code)
            today = Period.containing(date.today())
            wanted = keep if keep and keep.startswith(str(doc["year"])) else \
                (today.code if today.year == doc["year"] else f"{doc['year']}Q4")
            self.period.setCurrentIndex(max(0, self.period.findData(wanted)))
        self.period.blockSignals(False)
        self._push()

    def _period_changed(self) -> None:
        self._push()

    def _push(self) -> None:
        doc, period = self.current_document(), self.current_period()
        doc_id = doc["id"] if doc else None
        widget = self.tabs.currentWidget()
        if widget is self.editor:
            self.editor.load(doc_id)
        elif widget is self.entry:
            self.entry.load(doc_id, period)
        else:
            self.review.load(doc_id, period)

    def apply_filter(self, values: dict) -> None:
        """Open the period entry of `values["period"]` with the entry filter `values["entry_filter"]`.

        Tab, period and filter are set quietly and the screen loads once (one computation of the plan)."""
        with QSignalBlocker(self.tabs), QSignalBlocker(self.period), QSignalBlocker(self.entry.filter):
            self.tabs.setCurrentWidget(self.review if values.get("tab") == "review" else self.entry)
            index = self.period.findData(values.get("period"))
            if index >= 0:
                self.period.setCurrentIndex(index)
            flt = self.entry.filter.findData(values.get("entry_filter", "all"))
            self.entry.filter.setCurrentIndex(max(0, flt))
        self._push()

    def _records_changed(self, kind: str) -> None:
        """Reload the plan list when plans came or went; otherwise leave the entry being typed alone."""
        if kind not in ("plans", "*"):
            return
        ids = [d["id"] for d in plans.list_documents(self.state.ctx)]
        shown = [self.document.itemData(i)["id"] for i in range(self.document.count())]
        if ids != shown:
            self.reload_documents()
        elif self.tabs.currentWidget() is self.review:
            self._push()  # the editor and the entry view refresh themselves after their own saves

    # --- actions ---------------------------------------------------------------
    def open_import(self) -> None:
        from soum_desk.ui.plans.import_wizard import ImportDialog

        dialog = ImportDialog(self.state, self)
        dialog.exec()

    def open_report(self) -> None:
        from soum_desk.ui.plans.report_dialog import ReportDialog

        doc = self.current_document()
        if doc is None:
            return
        ReportDialog(self.state, doc, self.current_period(), self).exec()

    def new_document(self) -> None:
        from soum_desk.ui.plans.document_dialog import DocumentDialog

        dialog = DocumentDialog(self)
        if dialog.exec():
            values = dialog.values()

            def created(doc: dict) -> None:
                self.reload_documents(doc["id"])
                self.tabs.setCurrentWidget(self.editor)

            run_op(self, self.state, "plans", lambda: plans.create_document(self.state.ctx, **values), created)

    def edit_document(self) -> None:
        from soum_desk.ui.plans.document_dialog import DocumentDialog

        doc = self.current_document()
        if doc is None:
            return
        dialog = DocumentDialog(self, doc)
        if dialog.exec():
            values = dialog.values()
            run_op(self, self.state, "plans", lambda: plans.update_document(self.state.ctx, doc["id"], **values),
                   lambda _doc: self.reload_documents(doc["id"]))

    def delete_document(self) -> None:
        doc = self.current_document()
        if doc is None or not confirm(self, self.tr("Төлөвлөгөө устгах"),
                                      self.tr("«%1» төлөвлөгөөг бүх биелэлтийн хамт устгах уу?")
                                      .replace("%1", doc["title"])):
            return
        run_op(self, self.state, "plans", lambda: plans.delete_document(self.state.ctx, doc["id"]),
               lambda _none: self.reload_documents())

    def copy_document(self) -> None:
        doc = self.current_document()
        if doc is None:
            return
        year, ok = QInputDialog.getInt(self, self.tr("Төлөвлөгөө хуулах"),
                                       self.tr("Аль оны төлөвлөгөө болгох вэ?"), doc["year"] + 1, 2000, 2100)
        if not ok:
            return
        run_op(self, self.state, "plans", lambda: plans_edit.copy_document(self.state.ctx, doc["id"], year),
               lambda copy: self.reload_documents(copy["id"]))
