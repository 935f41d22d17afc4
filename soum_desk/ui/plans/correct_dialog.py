"""The head corrects an entry of an approved period: choose the measure, change what is wrong, give the reason.

Only the values that differ from the entry are sent, so the audit shows what the head changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from soum_desk.domain import plan_scoring as ps
from soum_desk.domain.formatting import format_percent, parse_number
from soum_desk.domain.periods import Period
from soum_desk.errors import ValidationError
from soum_desk.services.plans import correction
from soum_desk.services.plans import progress as plans_progress
from soum_desk.services.plans import scoring as plans_scoring
from soum_desk.ui.messages import current_lang, show_error
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState


class CorrectEntryDialog(QDialog):
    """The measures reported in an approved period; the chosen one's entry as it stands, editable."""

    def __init__(self, state: AppState, document_id: int, period: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.entry: dict | None = None
        self.setWindowTitle(self.tr("Батлагдсан хэрэгжилтийг залруулах: %1")
                            .replace("%1", Period.parse(period).label(current_lang())))
        self.setMinimumWidth(640)
        result = plans_scoring.compute(state.ctx, document_id, period)
        self.measures = [m for m in plans_scoring.flat_measures(result) if m["progress_id"]]
        self.measure = QComboBox()
        self.measure.setObjectName("plans_correct_measure")
        self.measure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.measure.setMinimumContentsLength(50)
        for m in self.measures:
            self.measure.addItem(f"№{m['number']}. {m['text']}", m["id"])
            self.measure.setItemData(self.measure.count() - 1, m["text"], Qt.ItemDataRole.ToolTipRole)
        self.source = QLabel()
        self.narrative = QPlainTextEdit()
        self.narrative.setTabChangesFocus(True)
        self.narrative.setMaximumHeight(110)
        self.percent = QLineEdit()
        self.percent.setMaximumWidth(90)
        self.level = QComboBox()
        self.eval_percent = QLineEdit()
        self.eval_percent.setMaximumWidth(90)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Жишээ нь: хувийг буруу оруулсан"))
        self.reason.setAccessibleName(self.tr("Залруулгын шалтгаан"))
        form = QFormLayout(self)
        form.addRow(self.tr("Арга хэмжээ"), self.measure)
        form.addRow(self.tr("Аль үеийн бичлэг"), self.source)
        form.addRow(self.tr("Хэрэгжилт"), self.narrative)
        form.addRow(self.tr("Хувь"), self.percent)
        level_row = QHBoxLayout()
        level_row.addWidget(self.level, 1)
        level_row.addWidget(self.eval_percent)
        form.addRow(self.tr("Үнэлгээ"), level_row)
        form.addRow(self.tr("Залруулгын шалтгаан"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.measure.currentIndexChanged.connect(lambda _i: self._show())
        self._show()
        if not self.measures:
            self.source.setText(self.tr("Энэ үед оруулсан хэрэгжилт алга."))
            buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def select_measure(self, measure_id: int) -> None:
        self.measure.setCurrentIndex(max(0, self.measure.findData(measure_id)))

    def _current(self) -> dict | None:
        index = self.measure.currentIndex()
        return self.measures[index] if 0 <= index < len(self.measures) else None

    def _show(self) -> None:
        m = self._current()
        self.entry = dict(plans_progress.get_progress(self.state.ctx, m["id"], m["progress_period"]) or {}) \
            if m else None
        entry = self.entry or {}
        lang = current_lang()
        self.source.setText(Period.parse(m["progress_period"]).label(lang) if m else "")
        self.narrative.setPlainText(entry.get("narrative") or "")
        self.percent.setText(format_percent(entry["self_percent"]) if entry.get("self_percent") is not None else "")
        self.level.clear()
        if not entry.get("level"):  # an evaluation is corrected, not removed
            self.level.addItem(self.tr("— үнэлээгүй —"), None)
        if m:
            for lv in ps.levels(m["scale"]):
                self.level.addItem(f"{lv.label(lang)} ({lv.band_text()})", lv.code)
        self.level.setCurrentIndex(max(0, self.level.findData(entry.get("level"))))
        self.eval_percent.setText(format_percent(entry["eval_percent"])
                                  if entry.get("eval_percent") is not None else "")

    @staticmethod
    def _number(edit: QLineEdit, label_mn: str, label_en: str) -> float | None:
        text = edit.text().strip()
        if not text:
            return None
        value = parse_number(text)
        if value is None:
            raise ValidationError(f"{label_mn}: «{text}» тоо биш.", f"{label_en}: «{text}» is not a number.",
                                  where=f"{label_mn} / {label_en}")
        return float(value)

    def changes(self) -> dict:
        """The values that differ from the entry as it stands (None: unchanged)."""
        entry = self.entry or {}
        narrative = self.narrative.toPlainText().strip()
        percent = self._number(self.percent, "Хувь", "Percent")
        level = self.level.currentData()
        eval_percent = self._number(self.eval_percent, "Үнэлгээний хувь", "Evaluated percent")
        if level and not ps.level(level).scored:
            eval_percent = None  # a level left out of averages takes no percent
        return {"narrative": narrative if narrative != (entry.get("narrative") or "") else None,
                "self_percent": percent if percent != entry.get("self_percent") else None,
                "level": level if level != entry.get("level") else None,
                "eval_percent": eval_percent if level and (level != entry.get("level")
                                                           or eval_percent != entry.get("eval_percent")) else None}

    def save(self) -> None:
        m = self._current()
        if m is None:
            return
        try:
            changes = self.changes()
        except ValidationError as exc:
            show_error(self, exc)
            return
        ctx, measure_id, period, reason = self.state.ctx, m["id"], m["progress_period"], self.reason.text()
        run_op(self, self.state, "plans",
               lambda: correction.correct_entry(ctx, measure_id, period, reason=reason, **changes),
               lambda _row: self.accept())
