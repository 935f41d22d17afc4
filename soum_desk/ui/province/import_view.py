"""Importing bundles: choose files, verify and import off the GUI thread, a verdict per file;
bundles held for review; the log of refusals."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soum_desk.bundle.verdict import LABELS, Code
from soum_desk.domain.formatting import format_date, format_moment
from soum_desk.domain.periods import Period
from soum_desk.errors import SoumDeskError
from soum_desk.services.province import imports as province_import
from soum_desk.ui.bundle.rows_model import RowsModel
from soum_desk.ui.messages import current_lang
from soum_desk.ui.ops import run_op, run_slow_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.language_refresh import LanguageRefreshedView
from soum_desk.ui.widgets.report_output import ask_open_paths
from soum_desk.ui.widgets.window_fit import fit_columns_remembered


def _label(row: dict) -> str:
    return row["label_en"] if current_lang() == "en" else row["label_mn"]


def _reason(row: dict) -> str:
    return row["reason_en"] if current_lang() == "en" else row["reason_mn"]


def period_text(code: str | None) -> str:
    """«2024 оны IV улирал», not «2024Q4»."""
    try:
        return Period.parse(code or "").label(current_lang())
    except SoumDeskError:
        return code or ""


def verdict_text(row: dict) -> str:
    """A refusal's verdict in words, not its code («altered»)."""
    try:
        words = LABELS[Code(row["verdict"])]
    except (ValueError, KeyError):
        return str(row["verdict"])
    return words[1] if current_lang() == "en" else words[0]


_MISSING = re.compile(r"Bundles (\d+)…(\d+) are missing; held for review\.")


def held_reason(row: dict) -> str:
    """The reason a bundle is held, in the screen's language (bundles held before the reason was kept
    in both languages have it in English; the usual one is told in Mongolian)."""
    reason = str(row.get("reason") or "")
    if " / " in reason:  # kept in both languages («mn / en»)
        mn, en = reason.split(" / ", 1)
        return en if current_lang() == "en" else mn
    found = _MISSING.fullmatch(reason)
    if found and current_lang() != "en":
        return f"№{found.group(1)}…№{found.group(2)} багц ирээгүй байна; хянуулахаар хадгаллаа."
    return reason


class ImportView(LanguageRefreshedView):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.results = RowsModel([("", lambda r: Path(r["path"]).name), ("", "office_name"), ("", "period"),
                                  ("", "sequence"), ("", lambda r: ("✓ " if r["ok"] else "✗ ") + _label(r)),
                                  ("", _reason)])
        self.held = RowsModel([("", "office_code"), ("", "sequence"), ("", lambda r: period_text(r["period"])),
                               ("", lambda r: format_date(date.fromisoformat(r["arrived_on"]))), ("", held_reason)])
        self.refusals = RowsModel([("", lambda r: format_moment(r["at"])), ("", "file"), ("", "office_code"),
                                   ("", verdict_text),
                                   ("", lambda r: r["reason_en"] if current_lang() == "en" else r["reason_mn"])])
        self.tabs = QTabWidget()
        self.tables = []
        for model, name in ((self.results, "results"), (self.held, "held"), (self.refusals, "refusals")):
            table = QTableView()
            table.setObjectName(f"import_{name}")
            table.setModel(model)
            table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setStretchLastSection(True)
            table.doubleClicked.connect(lambda index, model=model: self.open_history(model.row(index.row())))
            self.tables.append(table)
            self.tabs.addTab(table, "")
        self.choose = QPushButton()
        self.choose.setObjectName("import_choose")
        self.choose.clicked.connect(self.choose_files)
        self.accept = QPushButton()
        self.accept.clicked.connect(lambda: self._resolve(True))
        self.reject = QPushButton()
        self.reject.clicked.connect(lambda: self._resolve(False))
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        buttons = QHBoxLayout()
        for widget in (self.choose, self.accept, self.reject):
            buttons.addWidget(widget)
        buttons.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.results.set_titles([self.tr("Файл"), self.tr("Байгууллага"), self.tr("Үе"), self.tr("№"),
                                 self.tr("Дүгнэлт"), self.tr("Шалтгаан")])
        self.held.set_titles([self.tr("Байгууллага"), self.tr("№"), self.tr("Үе"), self.tr("Ирсэн"),
                              self.tr("Шалтгаан")])
        self.refusals.set_titles([self.tr("Хэзээ"), self.tr("Файл"), self.tr("Байгууллага"), self.tr("Дүгнэлт"),
                                  self.tr("Шалтгаан")])
        for index, title in enumerate((self.tr("Импортын дүн"), self.tr("Хянуулахаар хүлээлгэсэн"),
                                       self.tr("Татгалзсан"))):
            self.tabs.setTabText(index, title)
        self.choose.setText(self.tr("Багц сонгож импортлох…"))
        self.accept.setText(self.tr("Хүлээлгэснийг зөвшөөрөх"))
        self.reject.setText(self.tr("Хүлээлгэснийг татгалзах"))
        self._describe()

    def _describe(self) -> None:
        """The last import's summary line."""
        results = self.results.rows
        if not results:
            return
        good = sum(1 for r in results if r["ok"])
        self.summary.setText(self.tr("%1 хүчинтэй, %2 татгалзсан/хүлээлгэсэн")
                             .replace("%1", str(good)).replace("%2", str(len(results) - good)))

    def open_history(self, row: dict) -> QWidget | None:
        """The bundle history of the row's office and period (a row that names both)."""
        from soum_desk.ui.province.history_dialog import show_history

        if not row.get("office_code") or not row.get("period"):
            return None  # a file that was no bundle, or a refusal: its office or period is unknown
        return show_history(self.state, row, row["period"], self)

    def refresh(self) -> None:
        self.held.set_rows(province_import.list_held(self.state.ctx))
        self.refusals.set_rows(province_import.list_refusals(self.state.ctx))

    def choose_files(self) -> None:
        files = ask_open_paths(self, self.tr("Багц сонгох"), "SoumDesk (*.zip)", "bundles", many=True)
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path], passphrase: str | None = None) -> None:
        ctx = self.state.ctx
        run_slow_op(self, self.state, "province", self.tr("Шалгаж, импортолж байна…"),
                    lambda progress: province_import.import_files(ctx, files, passphrase=passphrase,
                                                                  progress=progress),
                    self._done)

    def _done(self, results: list[dict]) -> None:
        self.results.set_rows(results)
        fit_columns_remembered(self.tables[0], "province_import_results")
        self.tabs.setCurrentIndex(0)
        self._describe()
        self.refresh()
        sealed = [Path(r["path"]) for r in results if r["verdict"] == "decrypt_failed"]
        if sealed and self.passphrase_for_personal_data():
            self.import_files(sealed, self._passphrase)

    def passphrase_for_personal_data(self) -> bool:
        from soum_desk.ui.bundle.passphrase import ask_passphrase

        self._passphrase = ask_passphrase(self, note=self.tr(
            "Зарим багц хувийн мэдээлэлтэй байна. Аймгийн шифрлэлтийн түлхүүрийн нууц үгийг оруулбал дахин импортолно."))
        return bool(self._passphrase)

    def _resolve(self, accept: bool) -> None:
        rows = self.tables[1].selectionModel().selectedRows()
        if not rows:
            self.tabs.setCurrentIndex(1)
            return
        held_id = self.held.row(rows[0].row())["id"]
        ctx = self.state.ctx
        if accept:
            run_op(self, self.state, "province", lambda: province_import.accept_held(ctx, held_id),
                   lambda result: (self.results.set_rows([result]), self.refresh()))
        else:
            run_op(self, self.state, "province", lambda: province_import.reject_held(ctx, held_id),
                   lambda _none: self.refresh())
