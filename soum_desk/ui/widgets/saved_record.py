"""After a save: the new record's number where the clerk sees it, the record selected; before a
discard: a question, so Esc or the window's ✕ never drops what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from soum_desk.ui.messages import confirm
from soum_desk.ui.widgets.paged_model import PagedTableModel

MAX_PAGES_SEARCHED = 50  # a new record sorts near the top; past this many pages it is not looked for


def saved_note() -> QLabel:
    """The label a list shows «Бүртгэсэн: №2026/0012 …» in, selectable so it can be copied."""
    label = QLabel()
    label.setObjectName("saved_note")
    label.setStyleSheet("color: #1b5e20; font-weight: bold; padding: 0 8px")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def select_record(table: QAbstractItemView, model: PagedTableModel, record_id: int) -> bool:
    """Select the row of `record_id`, loading further pages until it is found; False if not shown."""
    pages = 0
    while True:
        for row in range(model.rowCount()):
            record = model.row_at(row)
            if record is not None and record.get("id") == record_id:
                index = model.index(row, 0)
                table.setCurrentIndex(index)
                table.scrollTo(index)
                return True
        if pages >= MAX_PAGES_SEARCHED or not model.canFetchMore():
            return False
        model.fetchMore()
        pages += 1


def may_discard(dialog: QWidget, has_typed: Callable[[], bool]) -> bool:
    """True when nothing was typed, or the clerk confirms that it may be dropped."""
    if not has_typed():
        return True
    return confirm(dialog, QCoreApplication.translate("saved_record", "Хадгалаагүй мэдээлэл"),
                   QCoreApplication.translate("saved_record",
                                              "Бичсэн мэдээлэл хадгалагдаагүй байна. Хадгалахгүйгээр хаах уу?"))
