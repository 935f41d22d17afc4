"""The ranking screen's «Тэмдэглэх» dialogs for seed 003 §10 and §11.3: the September progress
monitoring of an office (10.1), the council's decision confirming the year's ranking (10.2), the
special places (10.4) and a violation (11.3). Each saves through its service and refreshes the ranking."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from soum_desk.domain import clock
from soum_desk.domain.evaluation import CLAUSES
from soum_desk.domain.periods import Period
from soum_desk.services.province import confirmation, monitoring, violations
from soum_desk.services.province.rows import RankingRow
from soum_desk.ui.messages import confirm, current_lang
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.event_date_edit import EventDateEdit


def _buttons(dialog: QDialog, form: QFormLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("EvaluationDialogs",
                                                                                          "Хадгалах"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("EvaluationDialogs",
                                                                                              "Болих"))
    buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


def _office_combo(rows: list[RankingRow], selected: str | None, kind: str | None = None) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("evaluation_office")
    for r in rows:
        if kind is None or r["kind"] == kind:
            combo.addItem(r["name"], r["office_code"])
    if selected is not None and (index := combo.findData(selected)) >= 0:
        combo.setCurrentIndex(index)
    return combo


class MonitoringDialog(QDialog):
    """§10.1: the day the working group monitored an office, and the recommendations it gave."""

    def __init__(self, state: AppState, rows: list[RankingRow], selected: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monitoring_dialog")
        self.state = state
        self.setWindowTitle(self.tr("Явцын хяналт-шинжилгээ (10.1)"))
        self.setMinimumWidth(600)
        self.office = _office_combo(rows, selected)
        self.on = EventDateEdit()
        self.order = QLineEdit()
        self.order.setPlaceholderText(self.tr("Жишээ нь: А/215 захирамж"))
        self.recommendations = QPlainTextEdit()
        self.recommendations.setTabChangesFocus(True)
        note = QLabel(self.tr("Ажлын хэсэг жил бүрийн 9 дүгээр сард багтаан явцын хяналт-шинжилгээ хийж зөвлөмж "
                              "өгнө. 9-р сарын 30-аас хойш хийсэн бол хугацаа хэтэрсэн гэж харагдана."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Сум / агентлаг"), self.office)
        form.addRow(self.tr("Хяналт хийсэн огноо"), self.on)
        form.addRow(self.tr("Ажлын хэсгийг томилсон захирамж"), self.order)
        form.addRow(self.tr("Өгсөн зөвлөмж"), self.recommendations)
        _buttons(self, form)
        self.rows = {r["office_code"]: r for r in rows}
        self.office.currentIndexChanged.connect(self.fill)
        self.fill()

    def fill(self) -> None:
        """An office already monitored this year shows what was recorded, to correct it."""
        row = self.rows.get(self.office.currentData())
        done = row["monitoring"] if row else None
        self.on.setDate(date.fromisoformat(done["monitored_on"]) if done else clock.today())
        self.order.setText(done["order_ref"] or "" if done else "")
        self.recommendations.setPlainText(done["recommendations"] if done else "")

    def save(self) -> None:
        run_op(self, self.state, "province",
               lambda: monitoring.record(self.state.ctx, self.office.currentData(), self.on.value(),
                                         self.recommendations.toPlainText(), order_ref=self.order.text()),
               lambda _row: self.accept())


class ConfirmDialog(QDialog):
    """§10.2: the date and number of the council's decision confirming the year's ranking."""

    def __init__(self, state: AppState, period: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirm_dialog")
        self.state = state
        self.period = period
        self.setWindowTitle(self.tr("Зөвлөлийн шийдвэр (10.2)"))
        self.setMinimumWidth(520)
        found = confirmation.status(state.ctx, period)
        self.on = EventDateEdit()
        self.number = QLineEdit(found["decision_number"] if found else "")
        self.number.setObjectName("confirm_number")
        note = QLabel(self.tr("%1 оны эрэмбийг аймгийн Засаг даргын зөвлөлийн хурлаар баталгаажуулсан шийдвэр. "
                              "Одоогийн байрыг хадгална; дараа нь ирсэн багц байрыг өөрчилбөл эрэмбэд харагдана.")
                      .replace("%1", period))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Хурлын огноо"), self.on)
        form.addRow(self.tr("Шийдвэрийн дугаар"), self.number)
        _buttons(self, form)

    def save(self) -> None:
        run_op(self, self.state, "province",
               lambda: confirmation.confirm(self.state.ctx, self.period, self.on.value(), self.number.text()),
               lambda _row: self.accept())


class SpecialPlacesDialog(QDialog):
    """§10.4: the soums the council gave a special place (ticked)."""

    def __init__(self, state: AppState, period: str, rows: list[RankingRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("special_places_dialog")
        self.state = state
        self.period = period
        self.setWindowTitle(self.tr("Тусгай байр (10.4)"))
        self.setMinimumWidth(480)
        self.list = QListWidget()
        self.list.setObjectName("special_places_list")
        for r in rows:
            if r["kind"] != "soum" or not r["submitted"]:
                continue
            item = QListWidgetItem(f"{r['rank']}. {r['name']}")
            item.setData(Qt.ItemDataRole.UserRole, r["office_code"])
            special = r["prize"] is not None and r["prize"]["place"] is None
            item.setCheckState(Qt.CheckState.Checked if special else Qt.CheckState.Unchecked)
            if r["prize"] is not None and not special:  # already awarded for its place: no double prize
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Байрны шагналтай тул тусгай байр олгохгүй."))
            self.list.addItem(item)
        note = QLabel(self.tr("Аймгийн Засаг даргын зөвлөлийн хурлаар тусгай байранд шалгарсан сумдыг сонгоно "
                              "(шагналт байргүй, тайлангаа ирүүлсэн сум)."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.list)
        _buttons(self, form)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        run_op(self, self.state, "province",
               lambda: confirmation.set_special_places(self.state.ctx, self.period, self.chosen()),
               lambda _row: self.accept())


class ViolationDialog(QDialog):
    """§11.3: a violation found — the office, the day, the clause, what happened, the document."""

    def __init__(self, state: AppState, period: str, rows: list[RankingRow], selected: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("violation_dialog")
        self.state = state
        self.setWindowTitle(self.tr("Зөрчил бүртгэх (11.3)"))
        self.setMinimumWidth(600)
        en = current_lang() == "en"
        self.office = _office_combo(rows, selected)
        self.on = EventDateEdit()
        self.clause = QComboBox()
        self.clause.setObjectName("violation_clause")
        for code, (mn, eng) in CLAUSES.items():
            self.clause.addItem(f"{code} {eng if en else mn}", code)
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(Period.parse(period).year)
        self.what = QPlainTextEdit()
        self.what.setTabChangesFocus(True)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Жишээ нь: Хяналт шалгалтын акт №12"))
        self.official = QLineEdit()
        note = QLabel(self.tr("Зөрчил оноо, байрыг өөрчлөхгүй; эрэмбэ, тайланд харагдана. Албан тушаалтанд "
                              "холбогдох хуулийн дагуу хариуцлага хүлээлгэнэ."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Сум / агентлаг"), self.office)
        form.addRow(self.tr("Илрүүлсэн огноо"), self.on)
        form.addRow(self.tr("Заалт"), self.clause)
        form.addRow(self.tr("Аль оных"), self.year)
        form.addRow(self.tr("Зөрчлийн агуулга"), self.what)
        form.addRow(self.tr("Үндэслэл (акт, албан бичиг)"), self.reference)
        form.addRow(self.tr("Албан тушаалтан"), self.official)
        self.recorded = QListWidget()
        self.recorded.setObjectName("violation_recorded")
        self.recorded.setMaximumHeight(90)
        self.remove_button = QPushButton(self.tr("Сонгосныг хасах"))
        self.remove_button.setObjectName("violation_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        form.addRow(self.tr("Бүртгэсэн зөрчил"), self.recorded)
        form.addRow("", self.remove_button)
        _buttons(self, form)
        self.office.currentIndexChanged.connect(self.list_recorded)
        self.year.valueChanged.connect(self.list_recorded)
        self.list_recorded()

    def list_recorded(self) -> None:
        """The violations already counted against the office for the year (to spot one typed twice)."""
        self.recorded.clear()
        for v in violations.list_for(self.state.ctx, self.year.value(), self.office.currentData()):
            item = QListWidgetItem(f"{v['clause']} · {v['found_on']} · {v['reference']} · {v['description']}")
            item.setData(Qt.ItemDataRole.UserRole, v["id"])
            self.recorded.addItem(item)
        self.remove_button.setEnabled(self.recorded.count() > 0)

    def remove_selected(self) -> None:
        item = self.recorded.currentItem()
        if item is None:
            return
        if not confirm(self, self.tr("Зөрчил хасах"),
                       self.tr("«%1»-ийг бүртгэлээс хасах уу? Аудитын бүртгэлд үлдэнэ.").replace("%1", item.text())):
            return
        run_op(self, self.state, "province", lambda: violations.remove(self.state.ctx, item.data(Qt.ItemDataRole.UserRole)),
               lambda _row: self.list_recorded())

    def save(self) -> None:
        run_op(self, self.state, "province",
               lambda: violations.record(self.state.ctx, self.office.currentData(), self.on.value(),
                                         self.clause.currentData(), self.what.toPlainText(), self.reference.text(),
                                         year=self.year.value(), official=self.official.text()),
               lambda _row: self.accept())
