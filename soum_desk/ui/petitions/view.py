"""The petitions register: filters, full-text search, the paged list, and the actions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission, allows
from soum_desk.services.petitions import queries as q
from soum_desk.ui.petitions.widgets import code_combo, text_combo
from soum_desk.ui.role_notes import explain_disabled
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets.column_fit import fit_columns
from soum_desk.ui.widgets.paged_model import ColumnSpec, PagedTableModel
from soum_desk.ui.widgets.saved_record import saved_note, select_record
from soum_desk.ui.widgets.window_fit import remember_columns

PAGE = 200
HIGHLIGHT = {"overdue": QColor("#f8d0d0"), "due_soon": QColor("#fff1b8")}


def _dotted(value: str) -> str:
    return value.replace("-", ".") if value else ""


def _short(value: str) -> str:
    return value if len(value) <= 90 else value[:88] + "…"


def _no_tooltip(_row: dict) -> None:
    return None


# key in the row dict, title, the service's sort key (None = not sortable); the summary's tooltip is its full text.
# The deadline and status come before the long texts, so a 1366 px laptop shows them without scrolling.
COLUMNS = [
    ColumnSpec("reg_no", lambda: QCoreApplication.translate("PetitionsView", "Дугаар"), "reg_no", tooltip=_no_tooltip),
    ColumnSpec("received", lambda: QCoreApplication.translate("PetitionsView", "Хүлээн авсан"), "received", format=_dotted, tooltip=_no_tooltip),
    ColumnSpec("due", lambda: QCoreApplication.translate("PetitionsView", "Дуусах хугацаа"), "due", format=_dotted, tooltip=_no_tooltip),
    ColumnSpec("status_label", lambda: QCoreApplication.translate("PetitionsView", "Төлөв"), "status", tooltip=_no_tooltip),
    ColumnSpec("summary", lambda: QCoreApplication.translate("PetitionsView", "Товч агуулга"), None, format=_short, tooltip=lambda row: row.get("summary")),
    ColumnSpec("kind_label", lambda: QCoreApplication.translate("PetitionsView", "Төрөл"), "kind", tooltip=_no_tooltip),
    ColumnSpec("channel_label", lambda: QCoreApplication.translate("PetitionsView", "Суваг"), "channel", tooltip=_no_tooltip),
    ColumnSpec("topic", lambda: QCoreApplication.translate("PetitionsView", "Агуулгын ангилал"), "topic", tooltip=_no_tooltip),
    ColumnSpec("bag", lambda: QCoreApplication.translate("PetitionsView", "Баг"), "bag", tooltip=_no_tooltip),
    ColumnSpec("official", lambda: QCoreApplication.translate("PetitionsView", "Хариуцсан"), "official", tooltip=_no_tooltip),
    ColumnSpec("resolved_on", lambda: QCoreApplication.translate("PetitionsView", "Шийдвэрлэсэн"), "resolved_on", format=_dotted, tooltip=_no_tooltip),
]


SUMMARY_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.key == "summary")


def row_color(row: dict) -> QBrush | None:
    """Overdue petitions red, those due soon yellow."""
    colour = HIGHLIGHT.get(row["deadline_state"])
    return QBrush(colour) if colour is not None else None


STATUS_FILTERS = ["", "open", "closed", "registered", "assigned", "in_progress", "resolved", "forwarded", "returned"]


class PetitionsView(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        lang = state.lang
        self.filter = q.PetitionFilter()
        self.today = date.today()
        self.model = PagedTableModel(COLUMNS, self._fetch, self._count, page_size=PAGE, default_sort="received",
                                     descending=True, row_color=row_color, parent=self)
        self.table = QTableView()
        self.table.setObjectName("petitions_table")
        self.table.setModel(self.model)
        # indicator first: enabling sorting then asks for the model's own default order (no reload)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda _i: self.open_detail())
        self.search = QLineEdit()
        self.search.setObjectName("petitions_search")
        self.search.setClearButtonEnabled(True)
        # the citizen's name or register number: only for roles that may see personal data (audited)
        self.person = QLineEdit()
        self.person.setObjectName("petitions_person_search")
        self.person.setClearButtonEnabled(True)
        self.person_allowed = allows(state.ctx.actor.role, Permission.PERSONAL_DATA)
        self.person.setVisible(self.person_allowed)
        self.period = QComboBox()
        self.status = QComboBox()
        self.kind = code_combo("kind", lang, any_text="")
        self.channel = code_combo("channel", lang, any_text="")
        self.topic = QComboBox()
        self.bag = QComboBox()
        self.official = QComboBox()
        self.overdue = QCheckBox()
        self.due_soon = QCheckBox()
        self._fill_static()  # the vocabularies' options are filled by retranslate() below
        self.count_label = QLabel()
        self.saved_note = saved_note()
        self.btn_new = QPushButton()
        self.btn_new.setToolTip("Ctrl+N")
        self.btn_open = QPushButton()
        self.btn_report = QPushButton()
        self.btn_import = QPushButton()
        self.btn_new.clicked.connect(self.new_petition)
        self.btn_open.clicked.connect(self.open_detail)
        self.btn_report.clicked.connect(self.open_report)
        self.btn_import.clicked.connect(self.open_import)
        can_write = allows(state.ctx.actor.role, Permission.WRITE)
        self.btn_new.setEnabled(can_write)
        self.btn_import.setEnabled(can_write)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_petition)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_detail)
        filters1 = QHBoxLayout()
        filters1.addWidget(self.search, 3)  # the search boxes take the room, so their hints are read whole
        filters1.addWidget(self.person, 2)
        for widget in (self.period, self.status, self.kind, self.channel):
            filters1.addWidget(widget, 1)
        filters2 = QHBoxLayout()
        for widget in (self.topic, self.bag, self.official, self.overdue, self.due_soon):
            filters2.addWidget(widget)
        filters2.addStretch(1)
        actions = QHBoxLayout()
        for widget in (self.btn_new, self.btn_open, self.btn_report, self.btn_import):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.saved_note)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filters1)
        layout.addLayout(filters2)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.person.textChanged.connect(lambda _t: self._debounce.start())
        for box in (self.period, self.status, self.kind, self.channel, self.topic, self.bag, self.official):
            box.currentIndexChanged.connect(self.apply_filters)
        self.overdue.toggled.connect(self.apply_filters)
        self.due_soon.toggled.connect(self.apply_filters)
        state.bus.records_changed.connect(self._on_changed)
        self.retranslate()
        self.apply_filters()
        fit_columns(self.table)  # header + a sample of rows, not every loaded cell (issue 18)
        self.table.setColumnWidth(SUMMARY_COLUMN, 320)
        remember_columns(self.table, "petitions")  # the widths the clerk dragged, after the first fit

    def retranslate(self) -> None:
        """Set every visible text (called again when the language changes)."""
        from soum_desk.domain.petition_codes import label

        lang = self.state.lang
        self.search.setPlaceholderText(self.tr("Дугаар, агуулга, шийдвэрлэлтээс хайх…"))
        self.person.setPlaceholderText(self.tr("Иргэний нэр, регистрээр хайх…"))
        self.person.setToolTip(self.tr("Иргэний хувийн мэдээллээр хайсныг аудитын бүртгэлд тэмдэглэнэ."))
        self.overdue.setText(self.tr("Хугацаа хэтэрсэн"))
        self.due_soon.setText(self.tr("Хугацаа дөхсөн"))
        self.btn_new.setText(self.tr("Шинэ өргөдөл"))
        self.btn_open.setText(self.tr("Дэлгэрэнгүй"))
        self.btn_report.setText(self.tr("Үзүүлэлт, тайлан…"))
        self.btn_import.setText(self.tr("Excel-ээс оруулах…"))
        for button in (self.btn_new, self.btn_import):
            explain_disabled(button, self.state.ctx.actor.role, Permission.WRITE)
        self.kind.setItemText(0, self.tr("Бүх төрөл"))
        self.channel.setItemText(0, self.tr("Бүх суваг"))
        for box, vocabulary in ((self.kind, "kind"), (self.channel, "channel")):
            for i in range(1, box.count()):
                box.setItemText(i, label(vocabulary, box.itemData(i), lang))
        self.period.setItemText(0, self.tr("Бүх хугацаа"))
        for i in range(1, self.period.count()):
            self.period.setItemText(i, Period.parse(self.period.itemData(i)).label(lang))
        names = {"": self.tr("Бүх төлөв"), "open": self.tr("Шийдвэрлэгдээгүй"), "closed": self.tr("Хаагдсан")}
        for i in range(self.status.count()):
            code = self.status.itemData(i)
            self.status.setItemText(i, names.get(code) or label("status", code, lang))
        self.fill_options()
        self.model.retranslate()
        self.count_label.setText(self.tr("%1 өргөдөл").replace("%1", f"{self.model.total:,}".replace(",", " ")))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.reload()  # kind, channel and status are worded by the service in the language
        super().changeEvent(event)

    def _fill_static(self) -> None:
        self.period.addItem("", "")
        today = date.today()
        period = Period.containing(today, "Q")
        for _ in range(8):
            self.period.addItem(period.label(self.state.lang), period.code)
            period = period.previous()
        for year in range(today.year, today.year - 5, -1):
            self.period.addItem(Period(year, "Y", 1).label(self.state.lang), str(year))
        for code in STATUS_FILTERS:
            self.status.addItem("", code)

    def fill_options(self) -> None:
        options = q.filter_options(self.state.ctx)
        for box, values, any_text in ((self.topic, options["topics"], self.tr("Бүх ангилал")),
                                      (self.bag, options["bags"], self.tr("Бүх баг")),
                                      (self.official, options["officials"], self.tr("Бүх хариуцагч"))):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            fresh = text_combo(values, any_text=any_text)
            for i in range(fresh.count()):
                box.addItem(fresh.itemText(i), fresh.itemData(i))
            index = box.findData(current) if current else 0
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)

    def current_filter(self) -> q.PetitionFilter:
        return q.PetitionFilter(
            period=self.period.currentData() or None, status=self.status.currentData() or None,
            kind=self.kind.currentData() or None, channel=self.channel.currentData() or None,
            topic=self.topic.currentData() or None, bag=self.bag.currentData() or None,
            official=self.official.currentData() or None, overdue=self.overdue.isChecked(),
            due_soon=self.due_soon.isChecked(),
            text=self.search.text().strip() or None,
            person=(self.person.text().strip() or None) if self.person_allowed else None)

    def apply_filter(self, values: dict) -> None:
        """Show exactly the petitions `values` selects (status, overdue, due_soon); the dashboard's tiles."""
        widgets = [self.search, self.person, self.period, self.status, self.kind, self.channel, self.topic, self.bag,
                   self.official, self.overdue, self.due_soon]
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        self.person.clear()
        for box in (self.period, self.kind, self.channel, self.topic, self.bag, self.official):
            box.setCurrentIndex(0)
        self.status.setCurrentIndex(max(0, self.status.findData(values.get("status") or "")))
        self.overdue.setChecked(bool(values.get("overdue")))
        self.due_soon.setChecked(bool(values.get("due_soon")))
        for w in widgets:
            w.blockSignals(False)
        self.apply_filters()

    def _count(self) -> int:
        self.today = date.today()
        return q.count(self.state.ctx, self.filter, today=self.today)

    def _fetch(self, offset: int, limit: int, sort: str | None, descending: bool) -> list[dict]:
        return q.list_page(self.state.ctx, self.filter, sort=sort or "received", descending=descending,
                           offset=offset, limit=limit, today=self.today)

    def apply_filters(self) -> None:
        self.filter = self.current_filter()
        self.model.reload()
        self.count_label.setText(self.tr("%1 өргөдөл").replace("%1", f"{self.model.total:,}".replace(",", " ")))

    def _on_changed(self, kind: str) -> None:
        if kind in ("petitions", "*", "settings"):
            self.fill_options()
            self.apply_filters()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row["id"] if row is not None else None

    def new_petition(self) -> None:
        if not self.btn_new.isEnabled():
            return
        from soum_desk.ui.petitions.register_dialog import RegisterDialog

        dialog = RegisterDialog(self.state, self)
        dialog.exec()
        if dialog.saved:
            self.show_saved(dialog.saved)

    def show_saved(self, saved: list[dict]) -> None:
        """The numbers to give the citizens, and the last one selected (filters that hide it cleared)."""
        numbers = ", ".join(f"№{p['reg_no']}" for p in saved)
        self.saved_note.setText(self.tr("Бүртгэсэн: %1").replace("%1", numbers))
        self.apply_filter({})
        select_record(self.table, self.model, saved[-1]["id"])

    def open_detail(self) -> None:
        petition_id = self.selected_id()
        if petition_id is None:
            return
        from soum_desk.ui.petitions.detail_dialog import DetailDialog

        DetailDialog(self.state, petition_id, self).exec()

    def open_report(self) -> None:
        from soum_desk.ui.petitions.report_dialog import ReportDialog

        ReportDialog(self.state, self).exec()

    def open_import(self) -> None:
        from soum_desk.ui.petitions.import_dialog import ImportDialog

        ImportDialog(self.state, self).exec()
