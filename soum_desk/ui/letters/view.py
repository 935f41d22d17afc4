"""The letters area: filters and search over a paged list, overdue highlighted, details and scans."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.formatting import format_date
from soum_desk.domain.letters import DIRECTION_LABELS, STATUS_LABELS
from soum_desk.domain.roles import Permission, allows
from soum_desk.errors import ValidationError
from soum_desk.services.letters import actions as letters
from soum_desk.services.letters import queries as letters_query
from soum_desk.services.letters.queries import LetterFilter
from soum_desk.ui.letters import tools
from soum_desk.ui.letters.answer_picker import AnswerPicker
from soum_desk.ui.letters.form import LetterDialog
from soum_desk.ui.messages import current_lang, show_error
from soum_desk.ui.ops import run_op
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.attachments_panel import AttachmentsPanel
from soum_desk.ui.widgets.column_fit import fit_columns
from soum_desk.ui.widgets.paged_model import ColumnSpec, PagedTableModel
from soum_desk.ui.widgets.saved_record import saved_note, select_record
from soum_desk.ui.widgets.window_fit import remember_columns, remember_splitter

OVERDUE, LATE = QColor("#f8d0d0"), QColor("#fff0c0")
COUNT_CAP = 10_000  # counting stops here; the list shows «10000+» and still pages on


def _date(value: str | None) -> str:
    return format_date(date.fromisoformat(value)) if value else ""


def _label(pair: tuple[str, str]) -> str:
    return pair[1] if current_lang() == "en" else pair[0]


COLUMNS = [
    ColumnSpec("direction", lambda: QCoreApplication.translate("LettersView", "Төрөл"), None, format=lambda v: _label(DIRECTION_LABELS[v])),
    ColumnSpec("reg_no", lambda: QCoreApplication.translate("LettersView", "Дугаар"), "reg_no"),
    ColumnSpec("reg_date", lambda: QCoreApplication.translate("LettersView", "Огноо"), "reg_date", format=_date),
    ColumnSpec("counterpart", lambda: QCoreApplication.translate("LettersView", "Байгууллага"), "counterpart"),
    ColumnSpec("subject", lambda: QCoreApplication.translate("LettersView", "Товч агуулга"), "subject"),
    ColumnSpec("due_date", lambda: QCoreApplication.translate("LettersView", "Хугацаа"), "due_date", format=_date),
    ColumnSpec("status", lambda: QCoreApplication.translate("LettersView", "Төлөв"), None, format=lambda v: _label(STATUS_LABELS[v])),
    ColumnSpec("assignee", lambda: QCoreApplication.translate("LettersView", "Хариуцагч"), "assignee"),
]


def row_color(row: dict) -> QColor | None:
    return OVERDUE if row["status"] == "overdue" else LATE if row["status"] == "late" else None


SUBJECT_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.key == "subject")


class LettersView(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = PagedTableModel(COLUMNS, self._fetch, self._count, default_sort="reg_date",
                                     row_color=row_color, parent=self)
        self.direction = QComboBox()
        self.status = QComboBox()
        self.year = QSpinBox()
        self.year.setRange(0, 2100)
        self.year.setSpecialValueText("—")
        self.year.setValue(0)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(250)
        self.debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        for box in (self.direction, self.status):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.buttons = {name: QPushButton() for name in ("new_in", "new_out", "edit", "correct", "answer",
                                                          "overdue", "figures", "import")}
        actions = {"new_in": lambda: self.new_letter("in"), "new_out": lambda: self.new_letter("out"),
                   "edit": self.edit_selected, "correct": self.correct_selected, "answer": self.link_answer,
                   "overdue": lambda: tools.overdue_report(self), "figures": lambda: tools.figures_dialog(self),
                   "import": lambda: tools.import_register(self)}
        for name, button in self.buttons.items():
            button.clicked.connect(actions[name])
        self.can_correct = allows(state.ctx.actor.role, Permission.APPROVE)
        self.buttons["correct"].setObjectName("letters_correct")
        self.buttons["correct"].setEnabled(self.can_correct)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        self._fit_columns_later = True  # sized from the headers and the first rows once they are loaded
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.count_label = QLabel()
        self.saved_note = saved_note()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.attachments = AttachmentsPanel(state, "letter", self)
        self._build_layout()
        self.retranslate()
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_detail(cur.row()))
        state.bus.records_changed.connect(self._on_changed)
        self.refresh()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.direction, self.status, self.year):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.detail, 1)
        side_layout.addWidget(self.attachments, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 1)
        remember_splitter(splitter, "letters")
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.saved_note)
        layout.addLayout(bottom)

    def retranslate(self) -> None:
        texts = {"new_in": self.tr("+ Ирсэн бичиг"), "new_out": self.tr("+ Явсан бичиг"), "edit": self.tr("Засах"),
                 "correct": self.tr("Залруулах…"),
                 "answer": self.tr("Хариу холбох…"), "overdue": self.tr("Хугацаа хэтэрсэн (PDF)…"),
                 "figures": self.tr("Үзүүлэлт…"), "import": self.tr("Хуучин бүртгэл оруулах…")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.buttons["correct"].setToolTip(
            self.tr("Бүртгэсэн бичгийн алдааг шалтгаантай нь залруулна (аудитад бичигдэнэ)") if self.can_correct
            else self.tr("Бүртгэсэн бичгийг зөвхөн Тамгын газрын дарга залруулна"))
        self._fill_combo(self.direction, [(None, self.tr("Бүх бичиг")), ("in", self.tr("Ирсэн")),
                                          ("out", self.tr("Явсан"))])
        self._fill_combo(self.status, [(None, self.tr("Бүх төлөв")), ("waiting", self.tr("Хариу хүлээж буй")),
                                       ("overdue", self.tr("Хугацаа хэтэрсэн")), ("open", self.tr("Хугацаа болоогүй")),
                                       ("answered", self.tr("Хариулсан")), ("noreply", self.tr("Хариу шаардлагагүй"))])
        self.year.setPrefix(self.tr("Он: "))
        self.search.setPlaceholderText(self.tr("Хайх: дугаар, байгууллага, агуулга…"))
        self.model.retranslate()

    @staticmethod
    def _fill_combo(box: QComboBox, items: list[tuple[str | None, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for value, text in items:
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()  # the count line and the chosen letter's details, in the language
        super().changeEvent(event)

    # --- data ---------------------------------------------------------------------
    def current_filter(self) -> LetterFilter:
        return LetterFilter(direction=self.direction.currentData(), status=self.status.currentData(),
                            year=self.year.value() or None, text=self.search.text().strip() or None)

    def apply_filter(self, values: dict) -> None:
        """Show the letters `values` selects (direction, status); used by the dashboard's tiles."""
        for w in (self.direction, self.status, self.year, self.search):
            w.blockSignals(True)
        self.direction.setCurrentIndex(max(0, self.direction.findData(values.get("direction"))))
        self.status.setCurrentIndex(max(0, self.status.findData(values.get("status"))))
        self.year.setValue(0)
        self.search.clear()
        for w in (self.direction, self.status, self.year, self.search):
            w.blockSignals(False)
        self.refresh()

    def _fetch(self, offset: int, limit: int, sort: str | None, descending: bool) -> list[dict]:
        return letters_query.list_letters(self.state.ctx, self.current_filter(), sort=sort or "reg_date",
                                          descending=descending, offset=offset, limit=limit)

    def _count(self) -> int:
        return letters_query.count_letters(self.state.ctx, self.current_filter(), cap=COUNT_CAP)

    def refresh(self) -> None:
        try:
            self.model.reload()
        except Exception as exc:
            show_error(self, exc)
        if self._fit_columns_later and self.model.rowCount():
            self._fit_columns_later = False
            self._fit_columns()
        overdue = letters_query.count_letters(self.state.ctx, LetterFilter(status="overdue"))
        shown = f"{COUNT_CAP}+" if self.model.total > COUNT_CAP else str(self.model.total)
        self.count_label.setText(self.tr("%1 бичиг · хугацаа хэтэрсэн хариутай бичиг: %2")
                                 .replace("%1", shown).replace("%2", str(overdue)))
        self.show_detail(self.table.currentIndex().row())

    def _fit_columns(self) -> None:
        """Every header read whole (the due-date one was cut to «ариу өгөх хугаца»), the subject
        wide enough to read; the reply deadline and status before the assignee, so a 1366 px laptop
        shows them without scrolling."""
        fit_columns(self.table, max_width=200)
        self.table.setColumnWidth(SUBJECT_COLUMN, 240)
        remember_columns(self.table, "letters")  # the widths the clerk dragged, after the first fit

    def _on_changed(self, kind: str) -> None:
        if kind in ("letters", "*"):
            self.refresh()

    def selected(self) -> dict | None:
        return self.model.row_at(self.table.currentIndex().row())

    def show_detail(self, row: int) -> None:
        letter = self.model.row_at(row)
        if letter is None:
            self.detail.setText(self.tr("Бичиг сонгоно уу."))
            self.attachments.set_record(None)
            return
        full = letters.get_letter(self.state.ctx, letter["id"])
        linked = "\n".join(f"  №{x['reg_no']} {_date(x['reg_date'])} {x['counterpart']}" for x in full["linked"])
        lines = [f"№{full['reg_no']} · {_date(full['reg_date'])} · {_label(DIRECTION_LABELS[full['direction']])}",
                 full["counterpart"], full["subject"]]
        if full["their_ref"]:
            lines.append(self.tr("Тэдний дугаар: %1").replace("%1", f"{full['their_ref']} {_date(full['their_date'])}"))
        if full["due_date"]:
            lines.append(self.tr("Хариу өгөх хугацаа: %1").replace("%1", _date(full["due_date"])))
        if full["answered_on"]:
            lines.append(self.tr("Хариулсан: %1").replace("%1", _date(full["answered_on"])))
        if full["case_index"]:
            lines.append(self.tr("Хэрэг: %1").replace("%1", full["case_index"]))
        if linked:
            lines.append((self.tr("Хариу:") if full["direction"] == "in" else self.tr("Хариулсан бичиг:")) + "\n" + linked)
        self.detail.setText("\n".join(lines))
        self.attachments.set_record(full["id"])

    # --- actions ----------------------------------------------------------------------
    def new_letter(self, direction: str) -> dict | None:
        dialog = LetterDialog(self.state, direction, parent=self)
        dialog.exec()
        if dialog.saved:
            self.show_saved(dialog.saved)
        return dialog.saved

    def show_saved(self, letter: dict) -> None:
        """The new letter's number where the clerk sees it, and the letter selected."""
        self.saved_note.setText(self.tr("Бүртгэсэн: %1").replace("%1", f"№{letter['reg_no']}"))
        self.apply_filter({})
        select_record(self.table, self.model, letter["id"])

    def edit_selected(self) -> None:
        letter = self.selected()
        if letter is not None:
            LetterDialog(self.state, letter["direction"], letter, self).exec()

    def correct_selected(self) -> None:
        """The head's correction of the selected letter, with a reason (see `CorrectLetterDialog`)."""
        from soum_desk.ui.letters.correct_dialog import CorrectLetterDialog

        letter = self.selected()
        if letter is None:
            show_error(self, ValidationError("Эхлээд бичгээ сонгоно уу.", "Select a letter first."))
            return
        if CorrectLetterDialog(self.state, letter, self).exec():
            self.select_letter(letter["id"])

    def select_letter(self, letter_id: int) -> None:
        """Select the letter in the list as loaded (after a change reloads it), showing its details."""
        row = next((i for i in range(self.model.rowCount()) if (self.model.row_at(i) or {}).get("id") == letter_id),
                   None)
        if row is not None:
            self.table.selectRow(row)

    def link_answer(self) -> None:
        letter = self.selected()
        if letter is None or letter["direction"] != "out":
            show_error(self, ValidationError("Эхлээд явсан бичгийг сонгоно уу.",
                                                     "Select an outgoing letter first."))
            return
        picker = AnswerPicker(self.state, letter["counterpart"], self)
        if picker.exec() and picker.chosen():
            chosen = [row["id"] for row in picker.chosen()]
            run_op(self, self.state, "letters", lambda: letters.answer(self.state.ctx, letter["id"], chosen))
