"""File lists tab: lists per year and unit, their case files, approval by the head, hand-over schedule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

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
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soum_desk.services.archive import records as archive
from soum_desk.services.archive import units as archive_units
from soum_desk.services.core import office
from soum_desk.ui.archive.common import report_to_file, retention_text
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.window_fit import fit_columns_remembered, remember_splitter


class CaseFileDialog(QDialog):
    def __init__(self, parent: QWidget, case: dict | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Хэрэг"))
        self.index_code = QLineEdit(case["index_code"] if case else "")
        self.title = QLineEdit(case["title"] if case else "")
        self.retention = QComboBox()
        for value, text in (("байнга", self.tr("Байнга")), ("70 жил", self.tr("70 жил")), ("түр", self.tr("Түр"))):
            self.retention.addItem(text, value)
        self.years = QSpinBox()
        self.years.setRange(1, 69)
        self.years.setValue(5)
        if case:
            self.retention.setCurrentIndex({"permanent": 0, "years70": 1, "temporary": 2}[case["retention"]])
            self.years.setValue(case["retention_years"] or 5)
        self.note = QLineEdit((case or {}).get("note") or "")
        form = QFormLayout(self)
        form.addRow(self.tr("Хэргийн индекс"), self.index_code)
        form.addRow(self.tr("Хэргийн гарчиг"), self.title)
        form.addRow(self.tr("Хадгалах хугацаа"), self.retention)
        form.addRow(self.tr("Түр: жил"), self.years)
        form.addRow(self.tr("Тайлбар"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        temporary = self.retention.currentData() == "түр"
        return {"index_code": self.index_code.text(), "title": self.title.text(),
                "retention": self.retention.currentData(),
                "retention_years": self.years.value() if temporary else None, "note": self.note.text()}


class FileListsTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.lists = QListWidget()
        self.lists.currentRowChanged.connect(lambda _r: self.show_cases())
        self.cases = QTableWidget(0, 5)
        self.cases.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cases.horizontalHeader().setStretchLastSection(True)
        self.cases.doubleClicked.connect(lambda _i: self.edit_case())
        self.status = QLabel()
        self.buttons = {}
        for key, text, slot in (
            ("new", self.tr("Шинэ жагсаалт…"), self.new_list), ("add", self.tr("Хэрэг нэмэх…"), self.add_case),
            ("edit", self.tr("Засах…"), self.edit_case), ("remove", self.tr("Хасах"), self.remove_case),
            ("approve", self.tr("Батлах (дарга)"), self.approve), ("schedule", self.tr("Хүлээлгэн өгөх хуваарь…"),
                                                                   self.schedule),
            ("print", self.tr("Хэвлэх…"), self.print_list)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
        top = QHBoxLayout()
        for button in self.buttons.values():
            top.addWidget(button)
        top.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.cases)
        splitter = QSplitter()
        splitter.addWidget(self.lists)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        remember_splitter(splitter, "archive_files")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.cases.setHorizontalHeaderLabels([self.tr("Индекс"), self.tr("Гарчиг"), self.tr("Хадгалах хугацаа"),
                                              self.tr("Нэгжийн тоо"), self.tr("Тайлбар")])
        self.refresh()

    def current_list(self) -> dict | None:
        item = self.lists.currentItem()
        return item.data(0x0100) if item else None

    def refresh(self) -> None:
        keep = (self.current_list() or {}).get("id")
        self.lists.clear()
        for flist in archive.list_file_lists(self.state.ctx):
            mark = "✓" if flist["approved_on"] else "…"
            item = QListWidgetItem(f"{mark} {flist['year']} — {flist['unit']} ({flist['cases']})")
            item.setData(0x0100, flist)
            self.lists.addItem(item)
            if flist["id"] == keep:
                self.lists.setCurrentItem(item)
        if self.lists.currentRow() < 0 and self.lists.count():
            self.lists.setCurrentRow(0)
        self.show_cases()

    def show_cases(self) -> None:
        flist = self.current_list()
        self.cases.setRowCount(0)
        if flist is None:
            self.status.setText(self.tr("Жагсаалт алга. «Шинэ жагсаалт» дарна уу."))
            return
        full = archive.get_file_list(self.state.ctx, flist["id"])
        approved = (self.tr("Баталсан: %1, %2").replace("%1", full["approved_by"]).replace("%2", full["approved_on"])
                    if full["approved_on"] else self.tr("Батлаагүй"))
        self.status.setText(f"{full['year']} — {full['unit']} · {approved}")
        for case in full["case_files"]:
            row = self.cases.rowCount()
            self.cases.insertRow(row)
            for col, value in enumerate((case["index_code"], case["title"], retention_text(case),
                                         str(case["units"]), case["note"] or "")):
                item = QTableWidgetItem(value)
                item.setData(0x0100, case)
                self.cases.setItem(row, col, item)
        fit_columns_remembered(self.cases, "archive_cases")

    def _run(self, fn: Callable[[], object]) -> None:
        """Run one write; on success refresh and tell the other views (nothing after an error)."""
        run_op(self, self.state, "archive", fn, lambda _result: self.refresh())

    def new_list(self) -> None:
        units = [u["name"] for u in office.list_units(self.state.ctx)]
        unit, ok = QInputDialog.getItem(self, self.tr("Шинэ жагсаалт"), self.tr("Нэгж"), units, 0, False)
        if not ok:
            return
        year, ok = QInputDialog.getInt(self, self.tr("Шинэ жагсаалт"), self.tr("Он"), date.today().year, 1990, 2100)
        if ok:
            self._run(lambda: archive.create_file_list(self.state.ctx, year, unit))

    def add_case(self, values: dict | None = None) -> None:
        flist = self.current_list()
        if flist is None:
            return
        if values is None:
            dialog = CaseFileDialog(self)
            if not dialog.exec():
                return
            values = dialog.values()
        self._run(lambda: archive.save_case_file(self.state.ctx, flist["id"], **values))

    def selected_case(self) -> dict | None:
        item = self.cases.item(self.cases.currentRow(), 0)
        return item.data(0x0100) if item else None

    def edit_case(self) -> None:
        case, flist = self.selected_case(), self.current_list()
        if case is None or flist is None:
            return
        dialog = CaseFileDialog(self, case)
        if dialog.exec():
            self._run(lambda: archive.save_case_file(self.state.ctx, flist["id"], case_id=case["id"],
                                                     **dialog.values()))

    def remove_case(self) -> None:
        case = self.selected_case()
        if case is not None:
            self._run(lambda: archive.remove_case_file(self.state.ctx, case["id"]))

    def approve(self) -> None:
        flist = self.current_list()
        if flist is not None:
            self._run(lambda: archive.approve_file_list(self.state.ctx, flist["id"]))

    def schedule(self) -> None:
        flist = self.current_list()
        if flist is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Хүлээлгэн өгөх хуваарь"),
                                        self.tr("Хүлээлгэн өгөх өдөр (2024.06.03)"),
                                        text=f"{date.today():%Y.%m.%d}")
        if ok:
            from soum_desk.domain.formatting import parse_date

            self._run(lambda: archive_units.hand_over(self.state.ctx, flist["id"], parse_date(text)))

    def print_list(self) -> None:
        from soum_desk.services.archive.report import file_list_report

        flist = self.current_list()
        if flist is not None:
            report_to_file(self, f"filelist-{flist['year']}-{flist['id']}.pdf",
                           lambda ctx, path, progress, chosen: file_list_report(ctx, flist["id"], path, progress,
                                                                                    chosen))
