"""Thin Qt models over the plain rows the plan services return (no SQL here)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from soum_desk.domain import plan_scoring as ps
from soum_desk.domain.formatting import format_percent
from soum_desk.domain.periods import Period

STATUS_TEXT = {"reported": QT_TRANSLATE_NOOP("plans", "Тайлагнасан"),
               "not_reported": QT_TRANSLATE_NOOP("plans", "Тайлагнаагүй"),
               "not_due": QT_TRANSLATE_NOOP("plans", "Хугацаа болоогүй"),
               "not_scored": QT_TRANSLATE_NOOP("plans", "Үнэлэхгүй")}
FLOW_TEXT = {ps.STALLED: QT_TRANSLATE_NOOP("plans", "удааширсан"), ps.BROKEN: QT_TRANSLATE_NOOP("plans", "тасарсан")}
FLOW_COLOUR = {ps.STALLED: "#fff3cd", ps.BROKEN: "#f8d7da"}
Index = QModelIndex | QPersistentModelIndex


def period_choices(year: int) -> list[Period]:
    """The periods a plan of `year` reports on: the quarters, the halves and the year."""
    return [Period(year, "Q", q) for q in (1, 2, 3, 4)] + [Period(year, "H", 1), Period(year, "H", 2),
                                                          Period(year, "Y", 1)]


def tr_plans(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("plans", …)."""
    return QCoreApplication.translate("plans", text)


class EntryModel(QAbstractTableModel):
    """Measures of a period: №, measure, timing, state, percent."""

    HEADERS = ["№", QT_TRANSLATE_NOOP("plans", "Арга хэмжээ"), QT_TRANSLATE_NOOP("plans", "Хугацаа"),
               QT_TRANSLATE_NOOP("plans", "Төлөв"), QT_TRANSLATE_NOOP("plans", "Хувь")]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict] = []
        self.headers = list(self.HEADERS)
        self._tr: Callable[[str], str] = tr_plans

    def retranslate(self) -> None:
        self.headers = [tr_plans(h) for h in self.HEADERS]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row(self, index: int) -> dict | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def update_entry(self, index: int, entry: dict) -> None:
        """After a save: show the new figures without reloading the whole plan."""
        row = self.rows[index]
        row["entry"] = entry
        percent = entry["eval_percent"] if entry["level"] else entry["self_percent"]
        row["shown_percent"] = percent
        if row["due"]:
            row["status"] = "reported" if percent is not None else \
                ("not_scored" if entry["level"] else "not_reported")
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.headers) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row["number"]
            if col == 1:
                return row["text"]
            if col == 2:
                return row["timing_text"] or ""
            if col == 3:
                text = self._tr(STATUS_TEXT[row["status"]])
                return f"{text}, {self._tr(FLOW_TEXT[row['flow']])}" if row["flow"] else text
            if col == 4:
                return format_percent(row["shown_percent"]) if row["shown_percent"] is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return row["text"]
        if role == Qt.ItemDataRole.BackgroundRole and row["flow"]:
            return QBrush(QColor(FLOW_COLOUR[row["flow"]]))
        if role == Qt.ItemDataRole.ForegroundRole and not row["due"]:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
