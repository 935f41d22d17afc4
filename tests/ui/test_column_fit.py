"""Column widths from the header and a sample (issue 18: the petitions view opens without asking
the model for every loaded cell)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from soum_desk.ui.petitions.view import PetitionsView
from soum_desk.ui.widgets.column_fit import fit_columns
from soum_desk.ui.widgets.paged_model import ColumnSpec, PagedTableModel
from tests.ui.test_petitions_ui import state_for


class CountingModel(PagedTableModel):
    calls = 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        type(self).calls += 1
        return super().data(index, role)


def model_of(rows: int) -> CountingModel:
    columns = [ColumnSpec("no", lambda: "Дугаар"), ColumnSpec("text", lambda: "Агуулга")]
    data = [{"no": str(i), "text": "ус" * (1 + i % 50)} for i in range(rows)]
    model = CountingModel(columns, lambda o, n, _s, _d: data[o:o + n], lambda: rows, page_size=rows)
    model.reload()
    return model


def test_fit_columns_reads_only_a_sample_and_fits_header_and_text(qtbot):
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model_of(1000))
    CountingModel.calls = 0
    fit_columns(table, sample=30, max_width=5000)
    assert CountingModel.calls <= 2 * 30  # display text of the sample only, not 1000 rows × every role
    metrics = table.fontMetrics()
    assert table.columnWidth(1) >= metrics.horizontalAdvance("ус" * 30)  # the widest sampled text fits
    assert table.columnWidth(0) >= table.horizontalHeader().fontMetrics().horizontalAdvance("Дугаар")
    fit_columns(table, sample=30, max_width=80)
    assert table.columnWidth(1) == 80


def test_petitions_view_does_not_resize_over_the_whole_model(qtbot, clerk_ctx, monkeypatch):
    def refuse(_self) -> None:
        raise AssertionError("resizeColumnsToContents over the whole model")

    monkeypatch.setattr(QTableView, "resizeColumnsToContents", refuse)
    view = PetitionsView(state_for(clerk_ctx))
    qtbot.addWidget(view)
    from soum_desk.ui.petitions.view import SUMMARY_COLUMN

    assert view.table.columnWidth(SUMMARY_COLUMN) == 320


def test_petitions_view_loads_its_first_page_and_options_once(qtbot, clerk_ctx, monkeypatch):
    """Issue 18: the sort indicator and enabling sorting no longer reload the list twice before the
    view's own first load, and the filter options are read once."""
    from soum_desk.services.petitions import queries as q

    pages, options = [], []
    real_page, real_options = q.list_page, q.filter_options
    monkeypatch.setattr(q, "list_page", lambda *a, **k: pages.append(1) or real_page(*a, **k))
    monkeypatch.setattr(q, "filter_options", lambda *a, **k: options.append(1) or real_options(*a, **k))
    view = PetitionsView(state_for(clerk_ctx))
    qtbot.addWidget(view)
    assert (len(pages), len(options)) == (1, 1)
    assert (view.model.sort_key, view.model.descending) == ("received", True)
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # a user's click still sorts
    assert view.model.sort_key == "reg_no" and len(pages) > 1, pages


def test_remembered_fit_and_wrapped_rows_measure_without_every_cells_size_hint(qtbot, monkeypatch, tmp_path):
    """The province's lists (330 offices) and the audit log are sized from their text, not by Qt asking
    every cell for its size hint; only a row whose text is wider than its column is made taller."""
    from soum_desk.ui.widgets import window_fit
    from soum_desk.ui.widgets.column_fit import fit_wrapped_rows

    monkeypatch.setenv(window_fit.SETTINGS_FILE_ENV, str(tmp_path / "ui.ini"))

    def refuse(_self) -> None:
        raise AssertionError("sized over every cell")

    monkeypatch.setattr(QTableView, "resizeColumnsToContents", refuse)
    monkeypatch.setattr(QTableView, "resizeRowsToContents", refuse)
    table = QTableView()
    qtbot.addWidget(table)
    columns = [ColumnSpec("no", lambda: "Дугаар"), ColumnSpec("text", lambda: "Шагнал")]
    data = [{"no": str(i), "text": "ус"} for i in range(330)]
    data[200]["text"] = " ".join(["Засаг даргын шагнал"] * 30)  # past the 200-row sample: wraps
    model = PagedTableModel(columns, lambda o, n, _s, _d: data[o:o + n], lambda: len(data), page_size=330)
    model.reload()
    table.setModel(model)
    window_fit.fit_columns_remembered(table, "probe")
    assert 0 < table.columnWidth(1) <= 360
    fit_wrapped_rows(table)
    assert table.rowHeight(200) > table.rowHeight(0) == table.rowHeight(329)
