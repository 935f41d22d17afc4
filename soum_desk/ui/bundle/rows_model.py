"""A thin table model over rows a service returned (short lists: keys, exports, offices,
verdicts, one row per soum); it holds no SQL and no rules."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Columns are (title, key or function of the row)."""

    def __init__(self, columns: Sequence[tuple[str, str | Callable[[dict], Any]]], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[dict] = []
        self._texts: dict[tuple[int, int], str] = {}  # display text, made once per cell (issue 18)

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._texts = {}
        self.endResetModel()

    def set_titles(self, titles: Sequence[str]) -> None:
        self.columns = [(title, getter) for title, (_old, getter) in zip(titles, self.columns, strict=True)]
        self._texts = {}  # a new language: the cells' texts (prizes, notes) are made again
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def display_text(self, row: int, column: int) -> str:
        """The cell's text as shown; a ranking's notes are formatted once, not for every paint and
        every width measured."""
        key = (row, column)
        text = self._texts.get(key)
        if text is None:
            value = self.value(row, column)
            text = self._texts[key] = "" if value is None else str(value)
        return text

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def value(self, row: int, column: int) -> Any:
        getter = self.columns[column][1]
        data = self.rows[row]
        return getter(data) if callable(getter) else data.get(getter)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = self.value(index.row(), index.column())
            if isinstance(value, int | float) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None

    def row(self, index: int) -> dict:
        return self.rows[index]
