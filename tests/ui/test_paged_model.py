"""The paged model asks for pages as the view scrolls and re-asks sorted when a header is clicked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from soum_desk.ui.widgets.paged_model import ColumnSpec, PagedTableModel

ROWS = [{"n": i, "name": f"Мөр {i:04d}"} for i in range(1000)]


def _service(calls):
    def fetch(offset, limit, sort, descending):
        calls.append((offset, limit, (sort, descending) if sort else None))
        rows = sorted(ROWS, key=lambda r: r[sort], reverse=descending) if sort else ROWS
        return rows[offset:offset + limit]
    return fetch


def test_pages_are_fetched_on_demand_and_sorting_reloads(qtbot):
    calls = []
    model = PagedTableModel([ColumnSpec("n", lambda: "№", sort_key="n", align_right=True),
                             ColumnSpec("name", lambda: "Нэр")], _service(calls), lambda: len(ROWS),
                            page_size=200, default_sort=None)
    model.reload()
    assert model.rowCount() == 200 and calls == [(0, 200, None)]
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400 and calls[-1] == (200, 200, None)
    assert model.data(model.index(0, 1)) == "Мөр 0000"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "№"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert calls[-1] == (0, 200, ("n", True)) and model.rowCount() == 200
    assert model.data(model.index(0, 0)) == "999"
    model.sort(1, Qt.SortOrder.AscendingOrder)  # not sortable: nothing happens
    assert calls[-1] == (0, 200, ("n", True))
