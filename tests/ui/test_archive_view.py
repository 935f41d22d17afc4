"""The archive area through its widgets (offscreen)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from soum_desk.services.archive import ops as archive_ops
from soum_desk.services.archive import records as archive
from soum_desk.services.archive import units as archive_units
from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState


@pytest.fixture
def states(clerk_ctx, head_ctx):
    bus = DataBus()
    return AppState(clerk_ctx, bus), AppState(head_ctx, bus)


def test_file_list_to_destruction_act(qtbot, states, monkeypatch):
    from soum_desk.ui import ops
    from soum_desk.ui.archive import acts
    from soum_desk.ui.archive.view import ArchiveView

    clerk, head = states
    errors = []
    monkeypatch.setattr(ops, "show_error", lambda p, e: errors.append(e))
    view = ArchiveView(clerk)
    qtbot.addWidget(view)
    archive.create_file_list(clerk.ctx, 2015, "Тамгын газар")
    clerk.bus.changed("archive")
    tab = view.file_lists
    assert tab.lists.count() == 1
    tab.add_case({"index_code": "01-02", "title": "Бүртгэл", "retention": "түр", "retention_years": 5, "note": ""})
    assert tab.cases.rowCount() == 1 and tab.cases.item(0, 2).text() == "Түр 5 жил"
    tab.approve()  # a clerk may not approve: the error is shown, nothing changes
    assert errors and "approve" in str(errors[0])
    archive.approve_file_list(head.ctx, tab.current_list()["id"])
    units = archive_units.hand_over(clerk.ctx, tab.current_list()["id"], date(2016, 6, 3))
    clerk.bus.changed("archive")
    assert view.units.model.total == 1
    view.units.table.selectRow(0)
    view.units.receive_selected()
    assert "түр 1 ш" in view.units.counts.text()
    # inventory
    view.inventory.start()
    assert view.inventory.model.rowCount() == 1
    view.inventory.table.selectRow(0)
    view.inventory.mark("damaged")
    assert "гэмтсэн 1" in view.inventory.summary.text()
    assert view.inventory.model.row_at(0)["result_label"] == "Гэмтсэн"
    # destruction act: the dialog offers only units whose retention ended
    dialog = acts.ProposeActDialog(clerk, "destruction")
    qtbot.addWidget(dialog)
    assert dialog.units.count() == 1
    dialog.units.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.act_no.setText("1")
    dialog.save()
    assert dialog.saved["status"] == "draft"
    head_view = ArchiveView(head)
    qtbot.addWidget(head_view)
    head_view.acts.table.selectRow(0)
    head_view.acts.approve()
    assert archive_ops.list_acts(clerk.ctx)[0]["status"] == "approved"
    head_view.acts.table.selectRow(0)
    assert head_view.acts.pdf.list.count() == 1
    assert archive_units.list_units(clerk.ctx)[0]["status"] == "destroyed"
    assert units[0]["id"] == archive_units.list_units(clerk.ctx)[0]["id"]


def test_reports_from_tabs(qtbot, states, tmp_path, monkeypatch):
    from soum_desk.ui.archive.view import ArchiveView
    from soum_desk.ui.widgets import report_output

    told = []  # a workbook opens in the computer's spreadsheet program
    monkeypatch.setattr(report_output, "open_with_system", lambda path: told.append(str(path)) or True)

    clerk, _head = states
    archive_units.add_unit(clerk.ctx, title="Тушаал", year=2020, retention="байнга", received_on=date(2021, 6, 1))
    view = ArchiveView(clerk)
    qtbot.addWidget(view)
    target = tmp_path / "counts.xlsx"
    view.units.counts_report(str(target))
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert target.exists() and str(target) in told[0]


def test_add_unit_dialog(qtbot, states):
    from soum_desk.ui.archive.units import AddUnitDialog

    clerk, _head = states
    dialog = AddUnitDialog(clerk)
    qtbot.addWidget(dialog)
    dialog.title.setText("Засаг даргын захирамж, 2012")
    dialog.year.setValue(2012)
    dialog.save()
    assert dialog.saved["status"] == "received" and dialog.saved["retention"] == "permanent"


def test_archive_dates_are_typed_in_the_office_format_and_a_future_one_is_named(qtbot, states, monkeypatch):
    """Issue 15: the unit's received date (optional: unticked = scheduled) and the act's date."""
    from soum_desk.domain import clock
    from soum_desk.ui import ops
    from soum_desk.ui.archive import acts
    from soum_desk.ui.archive.units import AddUnitDialog

    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))
    shown = []
    monkeypatch.setattr(ops, "show_error", lambda p, e: shown.append(e))
    clerk, _head = states
    dialog = AddUnitDialog(clerk)
    qtbot.addWidget(dialog)
    dialog.title.setText("Засаг даргын захирамж, 2012")
    dialog.year.setValue(2012)
    assert dialog.received.value() == date(2026, 12, 3)
    dialog.received.edit.selectAll()
    qtbot.keyClicks(dialog.received.edit, "2027.01.15")
    dialog.save()
    assert "Хүлээн авсан огноо 2027.01.15 ирээдүйд байна" in shown[-1].msg.mn and dialog.saved is None
    dialog.received.edit.selectAll()
    qtbot.keyClicks(dialog.received.edit, "2013.02.01")
    dialog.save()
    assert dialog.saved["received_on"] == "2013-02-01"
    scheduled = AddUnitDialog(clerk)
    qtbot.addWidget(scheduled)
    scheduled.title.setText("Тушаал, 2024")
    scheduled.received.given.setChecked(False)
    scheduled.save()
    assert scheduled.saved["status"] == "scheduled" and scheduled.saved["received_on"] is None

    act = acts.ProposeActDialog(clerk, "destruction")
    qtbot.addWidget(act)
    act.act_no.setText("1")
    act.act_date.selectAll()
    qtbot.keyClicks(act.act_date, "2026.12.04")
    act.save()
    assert "Act date 2026.12.04 is in the future" in shown[-1].msg.en and act.saved is None


def test_opening_reads_only_the_tab_in_front(qtbot, states, monkeypatch):
    """Opening the archive reads the file lists only; the units, the inventory and the acts are read
    when their tab is first shown (issue 18: a 100,000-unit archive was read whole on opening)."""
    from soum_desk.ui.archive.view import ArchiveView

    clerk, _head = states
    archive_units.add_unit(clerk.ctx, title="Тушаал", year=2020, retention="байнга", received_on=date(2021, 6, 1))
    archive_ops.start_inventory(clerk.ctx, date(2024, 6, 5))
    reads: list[str] = []
    for module, name in ((archive_units, "list_units"), (archive_units, "counts_by_retention"),
                         (archive_ops, "inventory_page"), (archive_ops, "inventory_counts"),
                         (archive_ops, "list_acts"), (archive, "list_file_lists")):
        original = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _f=original, _n=name, **k: reads.append(_n) or _f(*a, **k))
    view = ArchiveView(clerk)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert reads == ["list_file_lists"]
    view.tabs.setCurrentIndex(2)
    assert "inventory_page" in reads and "list_units" not in reads
    assert view.inventory.model.rowCount() == 1 and view.inventory.summary.text().endswith("шалгаагүй 1")
    clerk.bus.changed("archive")  # only the tabs built are read again
    assert "list_units" not in reads


def test_the_units_and_inventory_columns_show_their_whole_titles(qtbot, states):
    """A fixed 70 px cut «Архивын №» and «Хадгалах хугацаа» (seen on screen at 1366×768)."""
    from soum_desk.ui.archive.view import ArchiveView

    clerk, _head = states
    view = ArchiveView(clerk)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
    for tab in (view.units, view.inventory):
        header = tab.table.horizontalHeader()
        model = tab.table.model()
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title
