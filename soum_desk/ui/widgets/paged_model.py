"""A table model over a service that returns pages of dict rows: no SQL here.

Rows are fetched a page at a time as the view scrolls (`canFetchMore`/`fetchMore`);
sorting asks the service again with the new sort key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Fetch = Callable[[int, int, str | None, bool], list[dict]]  # (offset, limit, sort key, descending)


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    title: Callable[[], str]
    sort_key: str | None = None  # the service's sort name; None = not sortable
    align_right: bool = False
    format: Callable[[Any], str] | None = None
    tooltip: Callable[[dict], Any] | None = None  # the cell's tooltip from its row; default: the cell's text


class PagedTableModel(QAbstractTableModel):
    def __init__(self, columns: list[ColumnSpec], fetch: Fetch, count: Callable[[], int], *, page_size: int = 100,
                 default_sort: str | None = None, descending: bool = True,
                 row_color: Callable[[dict], QColor | QBrush | None] | None = None, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.columns = columns
        self._fetch, self._count = fetch, count
        self.page_size = page_size
        self.sort_key, self.descending = default_sort, descending
        self.row_color = row_color
        self.rows: list[dict] = []
        self.total = 0
        self.loaded = False  # set by the first reload()

    # --- loading --------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self.loaded = True
        self.total = self._count()
        self.rows = self._fetch(0, self.page_size, self.sort_key, self.descending)
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        more = self._fetch(len(self.rows), self.page_size, self.sort_key, self.descending)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()
        if len(self.rows) >= self.total and len(more) == self.page_size:
            self.total = len(self.rows) + 1  # the count was capped: keep fetching until a short page

    def row_at(self, row: int) -> dict | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # --- Qt model -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, spec = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.get(spec.key)
            if spec.format is not None:
                return spec.format(value) if value is not None or spec.key.startswith("_") else ""
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and self.row_color is not None:
            return self.row_color(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return spec.tooltip(row) if spec.tooltip is not None else str(row.get(spec.key) or "")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if not self.loaded and (key, descending) == (self.sort_key, self.descending):
            return  # the view's setSortingEnabled/setSortIndicator before its first load: nothing to redo
        self.sort_key, self.descending = key, descending
        self.reload()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
