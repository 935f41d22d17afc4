"""Making the plan-execution report from the GUI: period, format, file.

A PDF opens in the shared report preview (print, save as); an XLSX opens in the
system's spreadsheet program.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from soum_desk.domain.periods import Period
from soum_desk.services.plans import report as plans_report
from soum_desk.ui.messages import confirm, error_text
from soum_desk.ui.plans.models import period_choices
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.report_output import last_folder, open_report, remember_folder
from soum_desk.ui.widgets.signing_box import SigningBox
from soum_desk.ui.widgets.window_fit import remember_geometry
from soum_desk.ui.worker import run_in_background


class ReportDialog(QDialog):
    def __init__(self, state: AppState, document: dict, period: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.document = document
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Биелэлтийн тайлан"))
        self.period = QComboBox()
        self.period.setObjectName("report_period")
        for p in period_choices(document["year"]):
            self.period.addItem(p.label(state.lang), p.code)
        self.period.setCurrentIndex(max(0, self.period.findData(period)))
        self.format = QComboBox()
        self.format.setObjectName("report_format")
        self.format.addItem("PDF", "pdf")
        self.format.addItem("Excel (XLSX)", "xlsx")
        self.format.addItem(self.tr("Excel, буцааж импортлох загвар"), "export")
        self.out = QLineEdit()
        self.out.setObjectName("report_out")
        browse = QPushButton(self.tr("Сонгох…"))
        browse.clicked.connect(self.browse)
        self.open_after = QCheckBox(self.tr("Хадгалсны дараа нээх"))
        self.preview = None
        self.open_after.setChecked(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Тайлант үе"), self.period)
        form.addRow(self.tr("Хэлбэр"), self.format)
        form.addRow(self.tr("Файл"), out_row)
        self.signing = SigningBox(state, "plans")
        form.addRow(self.signing)
        form.addRow("", self.open_after)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Хаах"))
        self.btn_make = self.buttons.addButton(self.tr("Тайлан гаргах"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.btn_make.setObjectName("report_make")
        self.buttons.accepted.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.period.currentIndexChanged.connect(self._suggest)
        self.format.currentIndexChanged.connect(self._suggest)
        self._suggest()
        remember_geometry(self, "plans_report_dialog", 620, 440)

    def _suggest(self) -> None:
        fmt = self.format.currentData()
        ext = "pdf" if fmt == "pdf" else "xlsx"
        code = self.period.currentData()
        name = f"toluvlugoo_{code}" + ("_export" if fmt == "export" else "") + f".{ext}"
        folder = Path(self.out.text()).parent if self.out.text() else last_folder("reports")
        self.out.setText(str(folder / name))

    def browse(self) -> None:
        fmt = self.format.currentData()
        pattern = "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Хадгалах"), self.out.text(), pattern)
        if path:
            self.out.setText(path)

    def make(self) -> None:
        fmt, period, out = self.format.currentData(), self.period.currentData(), self.out.text().strip()
        Period.parse(period)
        if Path(out).exists() and not confirm(self, self.tr("Файл байна"),
                                              self.tr("«%1» файл байна. Шинэ тайлангаар солих уу?")
                                              .replace("%1", Path(out).name)):
            return
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        remember_folder("reports", out)
        ctx, doc_id = self.state.ctx, self.document["id"]
        chosen = self.signing.signing()
        self.signing.remember()
        self.btn_make.setEnabled(False)
        self.message.setText(self.tr("Тайлан бэлтгэж байна…"))

        def work(progress):
            if fmt == "export":
                return plans_report.export_xlsx(ctx, period, out, document_id=doc_id, signing=chosen)
            return plans_report.make_report(ctx, period, fmt, out, document_id=doc_id, progress=progress,
                                            signing=chosen)

        run_in_background(self, self.tr("Тайлан бэлтгэж байна…"), work, self._done, self._failed)

    def _done(self, path: Path) -> None:
        self.written = Path(path)
        self.btn_make.setEnabled(True)
        self.message.setText(self.tr("Хадгаллаа: %1").replace("%1", str(path)))
        if not self.open_after.isChecked():
            return
        self.preview = open_report(self, self.written)

    def _failed(self, exc: Exception) -> None:
        self.btn_make.setEnabled(True)
        text = self.tr("Цуцаллаа; файл үүсээгүй.") if isinstance(exc, InterruptedError) else error_text(exc)
        self.message.setText(f"<span style='color:#b00020'>{text}</span>")
