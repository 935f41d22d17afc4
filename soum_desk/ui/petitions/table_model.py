"""A paged table model over the petitions service: sort and filter happen in SQL.

Rows are fetched a page at a time when a view asks for them and cached; a new
filter or sort drops the cache. No SQL here: only `petitions_query` calls.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from soum_desk.services.core.context import AppContext
from soum_desk.services.petitions import queries as q

PAGE = 200
# (key in the row dict, sort key in the service or None)
COLUMNS = [
    ("reg_no", "reg_no"), ("received", "received"), ("kind_label", "kind"), ("channel_label", "channel"),
    ("topic", "topic"), ("bag", "bag"), ("summary", None), ("official", "official"),
    ("status_label", "status"), ("due", "due"), ("resolved_on", "resolved_on"),
]
HIGHLIGHT = {"overdue": QColor("#f8d0d0"), "due_soon": QColor("#fff1b8")}


class PetitionTableModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.filter = q.PetitionFilter()
        self.sort_key = "received"
        self.descending = True
        self._count = 0
        self._pages: dict[int, list[dict]] = {}
        self.today = date.today()

    def headers(self) -> list[str]:
        return [self.tr("Дугаар"), self.tr("Хүлээн авсан"), self.tr("Төрөл"), self.tr("Суваг"),
                self.tr("Агуулгын ангилал"), self.tr("Баг"), self.tr("Товч агуулга"), self.tr("Хариуцсан"),
                self.tr("Төлөв"), self.tr("Дуусах хугацаа"), self.tr("Шийдвэрлэсэн")]

    # --- loading -----------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self.today = date.today()
        self._pages.clear()
        self._count = q.count(self.ctx, self.filter, today=self.today)
        self.endResetModel()

    def set_filter(self, flt: q.PetitionFilter) -> None:
        self.filter = flt
        self.reload()

    def total(self) -> int:
        return self._count

    def row_dict(self, row: int) -> dict | None:
        if not 0 <= row < self._count:
            return None
        page = row // PAGE
        if page not in self._pages:
            self._pages[page] = q.list_page(self.ctx, self.filter, sort=self.sort_key, descending=self.descending,
                                            offset=page * PAGE, limit=PAGE, today=self.today)
        rows = self._pages[page]
        index = row - page * PAGE
        return rows[index] if index < len(rows) else None

    # --- Qt model API --------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        row = self.row_dict(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.get(key)
            if key in ("received", "due", "resolved_on") and value:
                return value.replace("-", ".")
            if key == "summary" and value:
                return value if len(value) <= 90 else value[:88] + "…"
            return value or ""
        if role == Qt.ItemDataRole.ToolTipRole and key == "summary":
            return row.get("summary")
        if role == Qt.ItemDataRole.BackgroundRole and row["deadline_state"] in HIGHLIGHT:
            return QBrush(HIGHLIGHT[row["deadline_state"]])
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
