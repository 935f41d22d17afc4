"""Import a plan from Excel: choose the file, see what will be created and every problem, then import.

The preview writes nothing; Cancel leaves the database as it was. Reading and
writing run off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from soum_desk.importers.grouping import row_ranges
from soum_desk.services.plans import imports as plans_io
from soum_desk.ui.messages import current_lang, error_text
from soum_desk.ui.ops import run_slow_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.period_picker import PeriodPicker
from soum_desk.ui.widgets.report_output import ask_open_path
from soum_desk.ui.widgets.window_fit import remember_geometry
from soum_desk.ui.worker import run_in_background


def fill(template: str, *values: object) -> str:
    """Qt-style %1…%n placeholders, highest first so %12 is not read as %1."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template


class ImportDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.preview: plans_io.PlanImportPreview | None = None
        self.result: dict | None = None
        self.setWindowTitle(self.tr("Төлөвлөгөө импортлох"))
        self.path = QLineEdit(path or "")
        self.path.setObjectName("import_path")
        browse = QPushButton(self.tr("Сонгох…"))
        browse.clicked.connect(self.browse)
        self.year = QSpinBox()
        self.year.setRange(0, 2100)
        self.year.setSpecialValueText(self.tr("гарчгаас"))
        self.period = PeriodPicker(state.lang, none_label=self.tr("гарчгаас"))
        self.btn_preview = QPushButton(self.tr("Урьдчилан харах"))
        self.btn_preview.setObjectName("import_preview")
        self.btn_preview.clicked.connect(self.run_preview)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 3)  # the problem in the language of the screen, not both
        self.problems.setObjectName("import_problems")
        self.problems.setHorizontalHeaderLabels([self.tr("Төрөл"), self.tr("Хуудас, мөр, багана"),
                                                 self.tr("Асуудал")])
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.resizeColumnsToContents()  # the headers read whole before a file is chosen
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Цуцлах"))
        self.btn_import = self.buttons.addButton(self.tr("Импортлох"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.btn_import.setObjectName("import_apply")
        self.btn_import.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Файл"), file_row)
        form.addRow(self.tr("Он"), self.year)
        form.addRow(self.tr("Тайлант үе"), self.period)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.btn_preview)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        remember_geometry(self, "plans_import_wizard", 900, 600)

    def browse(self) -> None:
        path = ask_open_path(self, self.tr("Excel файл сонгох"), "Excel (*.xlsx)", "imports")
        if path:
            self.path.setText(path)
            self.run_preview()

    def run_preview(self) -> None:
        path = self.path.text().strip()
        if not path:
            return
        self.btn_import.setEnabled(False)
        year = self.year.value() or None
        period = self.period.text().strip() or None
        run_in_background(self, self.tr("Файлыг уншиж байна…"),
                          lambda progress: plans_io.import_preview(self.state.ctx, path, year=year, period=period,
                                                                   progress=progress),
                          self.show_preview, self.show_failure)

    def show_failure(self, exc: Exception) -> None:
        text = self.tr("Цуцаллаа; юу ч бичээгүй.") if isinstance(exc, InterruptedError) else error_text(exc)
        self.summary.setText(f"<span style='color:#b00020'>{text}</span>")

    def show_preview(self, preview: plans_io.PlanImportPreview) -> None:
        self.preview = preview
        s = preview.summary()
        action = self.tr("шинэ төлөвлөгөө үүснэ") if s["existing_document"] is None else \
            self.tr("байгаа төлөвлөгөөг (#%1) шинэчилнэ").replace("%1", str(s["existing_document"]))
        text = self.tr("<b>%1</b> (%2 он, үе: %3) — %4.<br>Бүлэг %5, зорилт %6, арга хэмжээ %7: шинэ %8, "
                       "өөрчлөгдөх %9, ижил %10. Хэрэгжилт %11 мөр. Асуудал %12.")
        text = fill(text, s["title"], s["year"], s["period"] or "–", action, s["sections"], s["goals"],
                    s["measures"], s["new_measures"], s["updated_measures"], s["unchanged_measures"],
                    s["progress_entries"], len(s["problems"]))
        if s["locked"]:
            text += "<br><span style='color:#b00020'>" + self.tr("Энэ үеийн тайлан батлагдсан тул импортлох боломжгүй.") \
                + "</span>"
        self.summary.setText(text)
        groups = preview.grouped()  # a message repeated on many rows is one line with its rows
        self.problems.setRowCount(len(groups))
        for row, g in enumerate(groups):
            kind = self.tr("алдаа") if g.severity == "error" else self.tr("анхааруулга")
            where = f"{g.sheet}, мөр/row {row_ranges(g.rows)}" + (f" ({len(g.rows)})" if len(g.rows) > 1 else "") \
                + (f", багана/column {g.column}" if g.column else "")
            message = g.en if current_lang() == "en" else g.mn
            for col, value in enumerate((kind, where, message)):
                self.problems.setItem(row, col, QTableWidgetItem(value))
        self.problems.resizeColumnsToContents()
        self.btn_import.setEnabled(not s["locked"] and s["measures"] > 0)

    def apply(self) -> None:
        if self.preview is None:
            return
        self.btn_import.setEnabled(False)
        preview = self.preview
        run_slow_op(self, self.state, "plans", self.tr("Импортолж байна…"),
                    lambda _progress: plans_io.import_commit(self.state.ctx, preview), self._done)

    def _done(self, result: dict) -> None:
        self.result = result
        self.accept()
