"""The settings dialog's «Шагнал» tab at a province: the §10.3–10.6 amounts (`province.prizes`).

Amounts per place are typed as a list, «12; 8; 4» (million ₮; a decimal comma or point). The
service checks them (`domain/prizes.check_prizes`) and names the wrong field by its label."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from soum_desk.errors import ValidationError

LIST_KEYS = ("soum", "agency", "head_salary_percent")


def _shown(values: list[float], lang: str) -> str:
    return "; ".join(f"{v:g}".replace(".", "," if lang == "mn" else ".") for v in values)


class PrizesTab(QWidget):
    def __init__(self, prizes: dict[str, Any], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_prizes")
        self.lists = {key: QLineEdit(_shown(prizes[key], lang)) for key in LIST_KEYS}
        for key, edit in self.lists.items():
            edit.setObjectName(f"prizes_{key}")
        self.special = QDoubleSpinBox()
        self.special.setRange(0, 1000)
        self.special.setDecimals(1)
        self.special.setValue(float(prizes["special"]))
        self.special_places = QSpinBox()
        self.special_places.setRange(0, 20)
        self.special_places.setValue(int(prizes["special_places"]))
        self.labels = {key: QLabel() for key in (*LIST_KEYS, "special", "special_places")}
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.note)
        for key in ("soum", "agency"):
            form.addRow(self.labels[key], self.lists[key])
        form.addRow(self.labels["special"], self.special)
        form.addRow(self.labels["special_places"], self.special_places)
        form.addRow(self.labels["head_salary_percent"], self.lists["head_salary_percent"])
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(self.tr("Журмын 10.3–10.6: байр тус бүрийн мөнгөн шагнал, сая төгрөгөөр, «;»-ээр "
                                  "тусгаарлана. 1–3-р байр Хүндэт өргөмжлөл, бусад нь Өргөмжлөл."))
        texts = {"soum": self.tr("Сумын шагнал, байраар (10.3):"),
                 "agency": self.tr("Агентлагийн шагнал, байраар (10.5):"),
                 "special": self.tr("Тусгай байрны шагнал (10.4):"),
                 "special_places": self.tr("Тусгай байрны тоо (10.4):"),
                 "head_salary_percent": self.tr("Даргад сарын цалингийн %, байраар (10.6):")}
        for key, label in self.labels.items():
            label.setText(texts[key])

    def value(self) -> dict[str, Any]:
        """The setting as typed; a part that is not a number is refused naming its label."""
        out: dict[str, Any] = {"special": self.special.value(), "special_places": self.special_places.value()}
        for key, edit in self.lists.items():
            try:
                out[key] = [float(part.strip().replace(",", ".")) for part in edit.text().split(";") if part.strip()]
            except ValueError:
                label = self.labels[key].text().rstrip(":")
                raise ValidationError(f"{label}: тоонуудыг «;»-ээр тусгаарлаж бичнэ үү.",
                                      f"{label}: type numbers separated by «;».", where=label) from None
        return out
