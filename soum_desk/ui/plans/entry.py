"""Period entry: one measure after another, narrative and percent, keyboard only, saved as you go.

Keys: Tab moves from the narrative to the percent; Enter in the percent saves and
opens the next measure; Ctrl+Down / Ctrl+Up save and move; leaving a measure in
any way saves it. An approved period is shown read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain import plan_scoring as ps
from soum_desk.domain.formatting import format_percent, parse_number
from soum_desk.domain.roles import Permission, allows
from soum_desk.errors import SoumDeskError, ValidationError
from soum_desk.services.plans import progress as plans_progress
from soum_desk.services.plans import scoring as plans_scoring
from soum_desk.ui.messages import error_text
from soum_desk.ui.ops import run_op
from soum_desk.ui.plans.evidence import EvidencePanel
from soum_desk.ui.plans.models import EntryModel, tr_plans
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.window_fit import remember_columns, remember_splitter

FILTERS = [("all", QT_TRANSLATE_NOOP("plans", "Бүгд")), ("not_reported", QT_TRANSLATE_NOOP("plans", "Тайлагнаагүй")),
           ("stalled", QT_TRANSLATE_NOOP("plans", "Удааширсан")), ("broken", QT_TRANSLATE_NOOP("plans", "Тасарсан")),
           ("not_due", QT_TRANSLATE_NOOP("plans", "Хугацаа болоогүй"))]


class PeriodEntry(QWidget):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.document_id: int | None = None
        self.period: str | None = None
        self.locked = False
        self.can_write = allows(state.ctx.actor.role, Permission.WRITE)
        self._dirty = False
        self._loading = False
        self.measures: list[dict] = []  # the period's measures as last computed, before the filter
        self.model = EntryModel()
        self.table = QTableView()
        self.table.setObjectName("plans_entry_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 40)
        self.table.setColumnWidth(1, 320)
        self.table.setColumnWidth(3, 190)
        self.table.setColumnWidth(4, 60)
        remember_columns(self.table, "plan_entry")
        self.filter = QComboBox()
        self.filter.setObjectName("plans_entry_filter")
        self.count_label = QLabel()
        self.measure_text = QLabel()
        self.measure_text.setWordWrap(True)
        self.measure_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.narrative = QPlainTextEdit()
        self.narrative.setObjectName("plans_entry_narrative")
        self.narrative.setTabChangesFocus(True)
        self.percent = QLineEdit()
        self.percent.setObjectName("plans_entry_percent")
        self.percent.setMaximumWidth(90)
        self.level = QComboBox()
        self.level.setObjectName("plans_entry_level")
        self.eval_percent = QLineEdit()
        self.eval_percent.setObjectName("plans_entry_eval_percent")
        self.eval_percent.setMaximumWidth(90)
        self.message = QLabel()
        self.message.setObjectName("plans_entry_message")
        self.message.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        self.form.addRow(self.labels[0], self.measure_text)
        self.form.addRow(self.labels[1], self.details)
        self.form.addRow(self.labels[2], self.narrative)
        self.form.addRow(self.labels[3], self.percent)
        level_row = QHBoxLayout()
        level_row.addWidget(self.level, 1)
        level_row.addWidget(self.eval_percent)
        self.form.addRow(self.labels[4], level_row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(self.form)
        right_layout.addWidget(self.message)
        self.evidence = EvidencePanel(self.state)
        right_layout.addWidget(self.evidence)
        right_layout.addStretch(1)
        right_layout.addWidget(self.hint)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        bar = QHBoxLayout()
        bar.addWidget(self.filter)
        bar.addWidget(self.count_label, 1)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        remember_splitter(splitter, "plan_entry")
        QVBoxLayout(self).addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload(recompute=False))
        for widget in (self.narrative,):
            widget.textChanged.connect(self._mark_dirty)
        for widget in (self.percent, self.eval_percent):
            widget.textEdited.connect(self._mark_dirty)
        self.level.currentIndexChanged.connect(self._mark_dirty)
        self.percent.returnPressed.connect(self.save_and_next)
        self.eval_percent.returnPressed.connect(self.save_and_next)
        QWidget.setTabOrder(self.narrative, self.percent)
        QWidget.setTabOrder(self.percent, self.level)
        QWidget.setTabOrder(self.level, self.eval_percent)
        QShortcut(QKeySequence("Ctrl+Down"), self, activated=self.save_and_next)
        QShortcut(QKeySequence("Ctrl+Up"), self, activated=lambda: self.save_and_move(-1))
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        self.retranslate()

    def retranslate(self) -> None:
        current = self.filter.currentIndex()
        self.filter.blockSignals(True)
        self.filter.clear()
        for key, label in FILTERS:
            self.filter.addItem(tr_plans(label), key)
        self.filter.setCurrentIndex(max(0, current))
        self.filter.blockSignals(False)
        for label, text in zip(self.labels, (self.tr("Арга хэмжээ"), self.tr("Үзүүлэлт"), self.tr("Хэрэгжилт"),
                                             self.tr("Хувь"), self.tr("Үнэлгээ")), strict=True):
            label.setText(text)
        self.hint.setText(self.tr("Tab — хувь руу, Enter — хадгалаад дараагийнх, Ctrl+↓/↑ — дараагийн/өмнөх. "
                                  "Өөр арга хэмжээ рүү шилжихэд автоматаар хадгална."))
        self.model.retranslate()
        self._describe(self.current_row())

    def _describe(self, row: dict | None) -> None:
        """The measure's words that depend on the language; what was typed stays as it is."""
        self.count_label.setText(self.tr("Арга хэмжээ: %1").replace("%1", str(self.model.rowCount())))
        self.details.setText(
            self.tr("Шалгуур: %1 · Суурь: %2 · Зорилт: %3 · Хугацаа: %4")
            .replace("%1", row["indicator"] or "–").replace("%2", row["baseline"] or "–")
            .replace("%3", row["target_text"] or "–").replace("%4", row["timing_text"] or "–") if row else "")
        self.level.setItemText(0, self.tr("— үнэлээгүй —"))
        for index in range(1, self.level.count()):
            lv = ps.level(self.level.itemData(index))
            self.level.setItemText(index, f"{lv.label(self.state.lang)} ({lv.band_text()})")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event) -> None:
        """Leaving the view (another tab, area or closing) saves what was typed."""
        self.save()
        super().hideEvent(event)

    # --- loading ---------------------------------------------------------------
    def load(self, document_id: int | None, period: str | None) -> None:
        saved = self.save()
        if not saved and (document_id, period) == (self.document_id, self.period):
            return  # keep what was typed and the message until it can be saved
        self.document_id, self.period = document_id, period
        keep = (self.current_row() or {}).get("id")
        self.reload(keep_id=keep)

    def reload(self, keep_id: int | None = None, *, recompute: bool = True) -> None:
        """Show the period's measures through the filter; the plan's figures are computed once per
        document and period (`recompute=False`: a new filter on the measures already computed)."""
        self._loading = True
        if recompute:
            self.measures = []
            if self.document_id and self.period:
                result = plans_scoring.compute(self.state.ctx, self.document_id, self.period)
                self.measures = plans_scoring.flat_measures(result)
                self.locked = plans_progress.get_review(self.state.ctx, self.document_id, self.period)["locked"]
        flt = self.filter.currentData() or "all"
        rows = [m for m in self.measures if plans_scoring.matches(m, flt)]
        self.model.set_rows(rows)
        self._describe(None)
        self._loading = False
        index = next((i for i, r in enumerate(rows) if r["id"] == keep_id), 0)
        if rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(index, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self._show(None)

    def current_row(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _row_changed(self, current, previous) -> None:
        if previous.isValid() and not self._loading \
                and not self._save_row(self.model.row(previous.row()), previous.row()):
            # keep what was typed: go back to the measure that could not be saved
            QTimer.singleShot(0, lambda: self._return_to(previous.row()))
            return
        self._show(self.model.row(current.row()) if current.isValid() else None)

    def _return_to(self, row: int) -> None:
        self._loading = True
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._loading = False
        self._dirty = True

    def _show(self, row: dict | None) -> None:
        self._loading = True
        entry = (row or {}).get("entry") or {}
        self.measure_text.setText(f"{row['number']}. {row['text']}" if row else "")
        self.narrative.setPlainText(entry.get("narrative") or "")
        self.percent.setText(format_percent(entry["self_percent"]) if entry.get("self_percent") is not None else "")
        self.level.clear()
        self.level.addItem("", None)
        for lv in ps.levels(row["scale"]) if row else ():
            self.level.addItem("", lv.code)
        self._describe(row)
        self.level.setCurrentIndex(max(0, self.level.findData(entry.get("level"))))
        self.eval_percent.setText(format_percent(entry["eval_percent"])
                                  if entry.get("eval_percent") is not None else "")
        editable = bool(row) and not self.locked and self.can_write
        for widget in (self.narrative, self.percent, self.level, self.eval_percent):
            widget.setEnabled(editable)
        locked_note = self.tr("Энэ үеийн тайлан батлагдсан: засах боломжгүй.")
        if self.locked and allows(self.state.ctx.actor.role, Permission.APPROVE):
            locked_note += " " + self.tr("Алдааг «Хяналт, батлах» → «Хэрэгжилт залруулах…»-аар залруулна.")
        self.message.setText(locked_note if self.locked else "")
        self.evidence.set_target(row["id"] if row else None, self.period, editable)
        self._dirty = False
        self._loading = False
        if editable:
            self.narrative.setFocus()

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True

    # --- saving ----------------------------------------------------------------
    def save(self) -> bool:
        index = self.table.currentIndex()
        if not index.isValid():
            return True
        return self._save_row(self.model.row(index.row()), index.row())

    def _save_row(self, row: dict | None, row_index: int) -> bool:
        if not self._dirty or row is None or self.locked or self.period is None:
            return True
        level = self.level.currentData()
        evaluation = bool(level or (row.get("entry") or {}).get("level"))
        try:  # what the clerk typed is checked here, so its message shows beside the fields
            percent = self._number(self.percent.text(), self.tr("Хувь"))
            if percent is not None:
                ps.check_percent(percent, "self_percent")
            eval_percent = self._number(self.eval_percent.text(), self.tr("Үнэлгээ")) if evaluation else None
            if level:
                ps.evaluate(level, eval_percent)
        except SoumDeskError as exc:
            self.message.setText(f"<span style='color:#b00020'>{error_text(exc)}</span>")
            return False
        ctx, measure_id, period = self.state.ctx, row["id"], self.period

        def saved(entry: dict) -> None:
            self._dirty = False
            self.model.update_entry(row_index, entry)
            self.message.setText(self.tr("Хадгаллаа: №%1").replace("%1", str(row["number"])))

        result = run_op(self, self.state, "plans", lambda: plans_progress.save_entry(
            ctx, measure_id, period, narrative=self.narrative.toPlainText(), self_percent=percent,
            evaluation=evaluation, level=level, eval_percent=eval_percent), saved)
        return result is not None

    def _number(self, text: str, field: str) -> float | None:
        if not text.strip():
            return None
        value = parse_number(text)
        if value is None:
            raise ValidationError(f"{field}: «{text}» тоо биш.", f"{field}: «{text}» is not a number.")
        return float(value)

    def save_and_move(self, step: int) -> None:
        if not self.save():
            return
        row = self.table.currentIndex().row() + step
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def save_and_next(self) -> None:
        self.save_and_move(1)
