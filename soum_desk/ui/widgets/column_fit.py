"""Column widths from the header and a sample of rows, without asking the model for every cell.

`QTableView.resizeColumnsToContents` asks the delegate for the size of every loaded cell (with every
role: font, decoration, alignment, check state…); on a paged list of 100k rows that was 88,000
`data()` calls before the view could show (issue 18). Here each visible column is as wide as its
title or the widest text of the first `sample` rows, up to `max_width`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

SORT_INDICATOR = 20  # room for the header's sort arrow
PADDING = 16


def fit_columns(table: QTableView, *, sample: int = 30, max_width: int = 360) -> None:
    """Size every visible column of `table` from its header text and the first `sample` rows."""
    model = table.model()
    if model is None:
        return
    header = table.horizontalHeader()
    cell_metrics, header_metrics = table.fontMetrics(), header.fontMetrics()
    rows = min(model.rowCount(), sample)
    display = Qt.ItemDataRole.DisplayRole
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal, display)
        width = header_metrics.horizontalAdvance(str(title or "")) + PADDING + SORT_INDICATOR
        for row in range(rows):
            text = model.data(model.index(row, column), display)
            if text:
                width = max(width, cell_metrics.horizontalAdvance(str(text)) + PADDING)
        table.setColumnWidth(column, min(width, max_width))
