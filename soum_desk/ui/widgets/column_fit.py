"""Column widths from the header and a sample of rows, without asking the model for every cell.

`QTableView.resizeColumnsToContents` asks the delegate for the size of every loaded cell (with every
role: font, decoration, alignment, check state…); on a paged list of 100k rows that was 88,000
`data()` calls before the view could show (issue 18). Here each visible column is as wide as its
title or the widest text of the first `sample` rows, up to `max_width`. `resizeRowsToContents` is
as costly (every cell's size hint); `fit_wrapped_rows` measures only the rows whose text is wider
than its column.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QTableView

SORT_INDICATOR = 20  # room for the header's sort arrow
PADDING = 16
ROW_MARGIN = 8  # above and below a wrapped text


def _texts_of(model: QAbstractItemModel) -> Callable[[int, int], str]:
    """(row, column) → display text: the model's own `display_text` when it keeps one (RowsModel),
    else `data()` through an index."""
    own = getattr(model, "display_text", None)
    if callable(own):
        return own
    display = Qt.ItemDataRole.DisplayRole
    return lambda row, column: str(model.data(model.index(row, column), display) or "")


def fit_columns(table: QTableView, *, sample: int = 30, max_width: int = 360) -> None:
    """Size every visible column of `table` from its header text and the first `sample` rows."""
    model = table.model()
    if model is None:
        return
    header = table.horizontalHeader()
    cell_metrics, header_metrics = table.fontMetrics(), header.fontMetrics()
    rows = min(model.rowCount(), sample)
    display = Qt.ItemDataRole.DisplayRole
    cell_text = _texts_of(model)
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal, display)
        width = header_metrics.horizontalAdvance(str(title or "")) + PADDING + SORT_INDICATOR
        texts = {cell_text(row, column) for row in range(rows)}
        for text in texts - {""}:  # each distinct text measured once (a ranking repeats «–», scores, notes)
            width = max(width, cell_metrics.horizontalAdvance(text) + PADDING)
        table.setColumnWidth(column, min(width, max_width))


def set_widths_at_least_titles(table: QTableView, widths: dict[int, int]) -> None:
    """Give the columns their chosen widths, each widened to show its whole title (a fixed 70 px cut
    «Архивын №» and «Хадгалах хугацаа» on the archive's tabs)."""
    model = table.model()
    if model is None:
        return
    metrics = table.horizontalHeader().fontMetrics()
    display = Qt.ItemDataRole.DisplayRole
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal, display) or "")
        needed = metrics.horizontalAdvance(title) + PADDING
        table.setColumnWidth(column, max(widths.get(column, 0), needed))


def fit_wrapped_rows(table: QTableView) -> None:
    """Make tall enough to read the rows holding a text wider than its column (it wraps at words);
    the other rows keep the default height. The height is the wrapped text's own (`boundingRect`),
    measured once per distinct text and width, not by the delegate for every cell."""
    model = table.model()
    if model is None:
        return
    metrics, cell_text = table.fontMetrics(), _texts_of(model)
    default = table.verticalHeader().defaultSectionSize()
    columns = [(c, table.columnWidth(c)) for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    heights: dict[tuple[str, int], int] = {}
    for row in range(model.rowCount()):
        tallest = 0
        for column, width in columns:
            text = cell_text(row, column)
            if not text:
                continue
            key = (text, width)
            if key not in heights:
                fits = metrics.horizontalAdvance(key[0]) + PADDING <= width and "\n" not in key[0]
                heights[key] = 0 if fits else metrics.boundingRect(
                    0, 0, max(width - PADDING, 1), 1_000_000, int(Qt.TextFlag.TextWordWrap), key[0]).height() + ROW_MARGIN
            tallest = max(tallest, heights[key])
        if tallest > default:
            table.setRowHeight(row, tallest)
