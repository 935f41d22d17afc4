"""Consolidated figures and the ranking for a period, and the province report (PDF/XLSX)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.formatting import format_number, format_percent
from soum_desk.domain.periods import Period
from soum_desk.errors import SoumDeskError
from soum_desk.services.province import confirmation
from soum_desk.services.province import views as province_views
from soum_desk.services.province.evaluation_text import (
    confirmation_text,
    monitoring_text,
    prize_text,
    violations_text,
)
from soum_desk.services.province.report import accountability_text
from soum_desk.ui.bundle.rows_model import RowsModel
from soum_desk.ui.messages import current_lang, show_error
from soum_desk.ui.ops import run_slow_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.column_fit import fit_columns, fit_wrapped_rows
from soum_desk.ui.widgets.language_refresh import LanguageRefreshedView
from soum_desk.ui.widgets.period_picker import PeriodPicker
from soum_desk.ui.widgets.report_output import ask_save_path, open_report
from soum_desk.ui.widgets.signing_box import ask_signing
from soum_desk.ui.widgets.window_fit import fit_columns_remembered

WIDEST_COLUMN = 230  # px


def _pct(value: float | None) -> str:
    return format_percent(round(value, 1)) if value is not None else "–"


def _score(value: float | None) -> str:
    return format_number(value, 2) if value is not None else "–"


class RankingView(LanguageRefreshedView):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.period = PeriodPicker(state.lang)  # the newest imported period, else the last closed quarter
        newest = province_views.latest_imported_period(state.ctx)
        if newest:
            self.period.setText(newest)
        self.period.setObjectName("ranking_period")
        self.show_button = QPushButton()
        self.show_button.setObjectName("ranking_show")
        self.show_button.clicked.connect(self.refresh)
        self.pdf = QPushButton("PDF…")
        self.pdf.clicked.connect(lambda: self.report(".pdf"))
        self.xlsx = QPushButton("XLSX…")
        self.xlsx.clicked.connect(lambda: self.report(".xlsx"))
        self.missing = QLabel()
        self.missing.setObjectName("ranking_missing")
        self.missing.setWordWrap(True)
        self.ranking = RowsModel([("", lambda r: r["rank"] or "–"), ("", "name"), ("", lambda r: _score(r["score"])),
                                  ("", "late_days"), ("", lambda r: _score(r["final"])), ("", "arrived_on"),
                                  ("", lambda r: monitoring_text(r, current_lang())),
                                  ("", lambda r: prize_text(r, current_lang(), short=True)), ("", lambda r: accountability_text(r, current_lang())),
                                  ("", violations_text)])
        self.confirmation = QLabel()
        self.confirmation.setObjectName("ranking_confirmation")
        self.confirmation.setWordWrap(True)
        self.record_button = QPushButton()
        self.record_button.setObjectName("ranking_record")
        self.record_menu = QMenu(self.record_button)
        self.record_actions = [self.record_menu.addAction("", self.record_monitoring),
                               self.record_menu.addAction("", self.record_confirmation),
                               self.record_menu.addAction("", self.record_special_places),
                               self.record_menu.addAction("", self.record_violation)]
        self.record_button.setMenu(self.record_menu)
        self.ranked: list = []
        self.figures = RowsModel([("", "name"), ("", lambda r: _pct(r.get("plan_average"))),
                                  ("", lambda r: _score(r.get("plan_score"))), ("", "petitions_received"),
                                  ("", lambda r: _pct(r["petitions_on_time_percent"])), ("", "petitions_overdue"),
                                  ("", "letters_incoming"), ("", "letters_outgoing"),
                                  ("", lambda r: _pct(r["letters_on_time_percent"])),
                                  ("", lambda r: "/".join(str(r.get(k) if r.get(k) is not None else "–") for k in
                                                          ("archive_permanent", "archive_70_years",
                                                           "archive_temporary")))])
        self.tabs = QTabWidget()
        self.tables: list[QTableView] = []
        for model, name in ((self.ranking, "ranking"), (self.figures, "figures")):
            table = QTableView()
            self.tables.append(table)
            table.setObjectName(f"province_{name}")
            table.setModel(model)
            table.horizontalHeader().setStretchLastSection(True)
            table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            table.doubleClicked.connect(lambda index, model=model: self.open_history(model.row(index.row())))
            self.tabs.addTab(table, "")
        top = QHBoxLayout()
        self.period_label = QLabel()
        for widget in (self.period_label, self.period, self.show_button, self.pdf, self.xlsx, self.record_button):
            top.addWidget(widget)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.missing)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.refresh()
        state.bus.records_changed.connect(lambda kind: kind in ("province", "*") and self.refresh())

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Үе:"))
        self.show_button.setText(self.tr("Харах"))
        self.ranking.set_titles([self.tr("Байр"), self.tr("Сум / агентлаг"), self.tr("Үнэлгээ (0–5)"),
                                 self.tr("Хоцорсон өдөр"), self.tr("Эцсийн оноо"), self.tr("Ирсэн"),
                                 self.tr("Явцын хяналт (10.1)"), self.tr("Шагнал (10.3–10.6)"),
                                 self.tr("Хариуцлага (11.2)"), self.tr("Зөрчил (11.3)")])
        self.record_button.setText(self.tr("Тэмдэглэх"))
        for action, text in zip(self.record_actions, (self.tr("Явцын хяналт-шинжилгээ (10.1)…"),
                                                      self.tr("Зөвлөлийн шийдвэр (10.2)…"),
                                                      self.tr("Тусгай байр (10.4)…"), self.tr("Зөрчил (11.3)…")),
                                strict=True):
            action.setText(text)
        self.figures.set_titles([self.tr("Сум / агентлаг"), self.tr("Төлөвлөгөө %"), self.tr("Оноо"),
                                 self.tr("Өргөдөл"), self.tr("Хугацаандаа %"), self.tr("Хэтэрсэн"),
                                 self.tr("Ирсэн бичиг"), self.tr("Явсан бичиг"), self.tr("Хариу хугацаандаа %"),
                                 self.tr("Архив байнга/70/түр")])
        self.tabs.setTabText(0, self.tr("Эрэмбэ"))
        self.tabs.setTabText(1, self.tr("Нэгтгэсэн үзүүлэлт"))
        for table in self.tables:
            table.setToolTip(self.tr("Давхар товшвол тухайн байгууллагын энэ үеийн багцын түүх нээгдэнэ."))

    def refresh(self) -> None:
        try:
            figures = province_views.consolidated(self.state.ctx, self.period.text())
            ranked = province_views.ranking_table(self.state.ctx, self.period.text(), figures=figures)
        except SoumDeskError as exc:
            show_error(self, exc)
            return
        self.ranked = ranked
        self.ranking.set_rows(ranked)
        code = self.period.text().strip()
        text = confirmation_text(code, confirmation.status(self.state.ctx, code, ranked), current_lang())
        self.confirmation.setText(text)
        self.confirmation.setVisible(bool(text))
        is_year = Period.parse(code).kind == "Y"
        self.record_actions[1].setEnabled(is_year)
        self.record_actions[2].setEnabled(is_year)
        self.figures.set_rows([r for r in figures if r["submitted"]])
        ranking = self.tables[0]

        def fit_ranking() -> None:  # a long prize or violation wraps instead of pushing the last columns out of sight
            fit_columns(ranking, sample=len(ranked), max_width=WIDEST_COLUMN)

        fit_columns_remembered(ranking, "province_ranking_0", fit_ranking)
        fit_wrapped_rows(ranking)
        for number, table in enumerate(self.tables[1:], start=1):
            fit_columns_remembered(table, f"province_ranking_{number}")
        missing = [r["name"] for r in figures if not r["submitted"]]
        self.missing.setText(self.tr("Ирүүлээгүй: %1").replace("%1", ", ".join(missing)) if missing
                             else self.tr("Бүх байгууллага ирүүлсэн."))

    def open_history(self, row: dict) -> QWidget:
        """Every bundle the office sent for the period, with the one used (double-click on its row)."""
        from soum_desk.ui.province.history_dialog import show_history

        return show_history(self.state, row, self.period.text().strip(), self)

    def _selected_code(self) -> str | None:
        index = self.tables[0].currentIndex()
        return self.ranking.row(index.row())["office_code"] if index.isValid() else None

    def record_monitoring(self) -> QDialog:
        from soum_desk.ui.province.evaluation_dialogs import MonitoringDialog

        return self._open(MonitoringDialog(self.state, self.ranked, self._selected_code(), self))

    def record_confirmation(self) -> QDialog:
        from soum_desk.ui.province.evaluation_dialogs import ConfirmDialog

        return self._open(ConfirmDialog(self.state, self.period.text().strip(), self))

    def record_special_places(self) -> QDialog:
        from soum_desk.ui.province.evaluation_dialogs import SpecialPlacesDialog

        return self._open(SpecialPlacesDialog(self.state, self.period.text().strip(), self.ranked, self))

    def record_violation(self) -> QDialog:
        from soum_desk.ui.province.evaluation_dialogs import ViolationDialog

        return self._open(ViolationDialog(self.state, self.period.text().strip(), self.ranked,
                                          self._selected_code(), self))

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.open()
        return dialog

    def report(self, suffix: str) -> None:
        from soum_desk.services.province import report as province_report

        code = self.period.text().strip()
        chosen = ask_signing(self, self.state, "province")
        if chosen is None:
            return
        target = ask_save_path(self, f"province-{code}{suffix}", (suffix,))
        if not target:
            return
        ctx = self.state.ctx
        # as the letters and archive reports: progress with a Cancel that stops the work (no file,
        # no message) and gives the buttons back
        run_slow_op(self, self.state, None, self.tr("Тайлан бэлтгэж байна…"),
                    lambda progress: province_report.make_report(ctx, code, Path(target), progress,
                                                                        signing=chosen),
                    self._show_report, busy=(self.pdf, self.xlsx))

    def _show_report(self, path: Path) -> None:
        open_report(self, path)
