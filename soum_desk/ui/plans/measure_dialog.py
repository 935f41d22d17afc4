"""Adding or editing one measure."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from soum_desk.domain.plan_timing import parse_timing
from soum_desk.ui.widgets.window_fit import remember_geometry


class MeasureDialog(QDialog):
    def __init__(self, parent: QWidget | None, measure: dict | None) -> None:
        super().__init__(parent)
        m = measure or {}
        self.setWindowTitle(self.tr("Арга хэмжээ"))
        self.number = QLineEdit(m.get("number") or "")
        self.text = QPlainTextEdit(m.get("text") or "")
        self.text.setTabChangesFocus(True)
        self.text.setObjectName("measure_text")
        self.indicator = QLineEdit(m.get("indicator") or "")
        self.baseline = QLineEdit(m.get("baseline") or "")
        self.target = QLineEdit(m.get("target_text") or "")
        self.timing = QLineEdit(m.get("timing_text") or "")
        self.timing.setObjectName("measure_timing")
        self.timing.setPlaceholderText(self.tr("I-IV улиралд"))
        self.timing_check = QLabel()
        self.responsible = QLineEdit(m.get("responsible") or "")
        self.scale = QComboBox()
        self.scale.addItem(self.tr("7.1 Бодлогын зорилт, арга хэмжээ"), "policy")
        self.scale.addItem(self.tr("7.2 Хууль тогтоомж, шийдвэр"), "law")
        if m.get("scale"):
            self.scale.setCurrentIndex(self.scale.findData(m["scale"]))
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0, 100)
        self.weight.setValue(float(m.get("weight") or 1.0))
        form = QFormLayout(self)
        for label, widget in ((self.tr("№ (хоосон бол автоматаар)"), self.number),
                              (self.tr("Арга хэмжээ"), self.text), (self.tr("Шалгуур үзүүлэлт"), self.indicator),
                              (self.tr("Суурь түвшин"), self.baseline), (self.tr("Зорилтот түвшин"), self.target),
                              (self.tr("Хугацаа"), self.timing), ("", self.timing_check),
                              (self.tr("Хариуцах"), self.responsible),
                              (self.tr("Үнэлгээний аргачлал"), self.scale), (self.tr("Жин"), self.weight)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Хадгалах"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Цуцлах"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.timing.textChanged.connect(self._check_timing)
        self._check_timing()
        remember_geometry(self, "plans_measure_dialog", 640, 460)

    def _check_timing(self) -> None:
        timing = parse_timing(self.timing.text())
        if not self.timing.text().strip():
            self.timing_check.setText("")
        elif timing.ok:
            self.timing_check.setText(self.tr("Улирал: %1").replace("%1", timing.label()))
        else:
            self.timing_check.setText(self.tr("Улирлаар уншиж чадсангүй — бүх улиралд хамаарна гэж тооцно."))

    def values(self) -> dict:
        return {"number": self.number.text().strip(), "text": self.text.toPlainText().strip(),
                "indicator": self.indicator.text().strip() or None, "baseline": self.baseline.text().strip() or None,
                "target_text": self.target.text().strip() or None, "timing_text": self.timing.text().strip() or None,
                "responsible": self.responsible.text().strip() or None, "scale": self.scale.currentData(),
                "weight": self.weight.value()}
