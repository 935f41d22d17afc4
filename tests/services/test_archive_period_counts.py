"""Issue 16: the archive counts report — «Хуваарийн дагуу» only for units that came by a schedule,
nothing received after the end date counted, statuses as they stood on the end date."""

from __future__ import annotations

from datetime import date

import pytest

from soum_desk.services.archive import ops as archive_ops
from soum_desk.services.archive import records as archive
from soum_desk.services.archive import units as archive_units
from soum_desk.services.archive.period_counts import UnitFacts, period_counts, status_on
from soum_desk.services.archive.report import report_data

D = date


@pytest.fixture
def approved_list(clerk_ctx, head_ctx):
    flist = archive.create_file_list(clerk_ctx, 2015, "Тамгын газар")
    archive.save_case_file(clerk_ctx, flist["id"], index_code="01-01", title="Захирамж", retention="байнга")
    archive.save_case_file(clerk_ctx, flist["id"], index_code="01-02", title="Бүртгэл", retention="түр",
                           retention_years=5)
    archive.save_case_file(clerk_ctx, flist["id"], index_code="02-01", title="Хувийн хэрэг", retention="70 жил")
    archive.approve_file_list(head_ctx, flist["id"], D(2015, 1, 20))
    return flist


def _note(ctx, start, end) -> str:
    return report_data(ctx, "counts", start=start, end=end).sections[0].note


def test_received_by_schedule_and_after_the_end_date(clerk_ctx, approved_list):
    units = archive_units.hand_over(clerk_ctx, approved_list["id"], D(2016, 6, 3))
    archive_units.receive_units(clerk_ctx, [u["id"] for u in units[:2]], D(2016, 6, 5))
    archive_units.receive_units(clerk_ctx, [units[2]["id"]], D(2017, 1, 5))  # after the report's end
    year = (D(2016, 1, 1), D(2016, 12, 31))
    figures = period_counts(clerk_ctx, *year)
    assert figures.received["total"] == 2 and figures.by_schedule["total"] == 2
    assert figures.held["received"]["total"] == 2  # the unit received on 5 January is not held on 31 December
    assert figures.held["scheduled"]["total"] == 1  # … it was still waiting by the schedule then
    assert _note(clerk_ctx, *year).startswith("Хуваарийн дагуу байнга 1 ш, түр 1 ш, 70 жилийн 0 ш, нийт 2")
    # a unit received without a schedule: the sentence no longer says «Хуваарийн дагуу» for all
    archive_units.add_unit(clerk_ctx, title="Тушаал", year=2016, retention="байнга", received_on=D(2016, 7, 1))
    note = _note(clerk_ctx, *year)
    assert note.startswith("Байнга 2 ш, түр 1 ш, 70 жилийн 0 ш, нийт 3 хадгаламжийн нэгжийг хүлээн авсан")
    assert note.endswith("үүнээс хуваарийн дагуу байнга 1 ш, түр 1 ш, 70 жилийн 0 ш, нийт 2.")


def test_nothing_scheduled_never_says_by_schedule(clerk_ctx):
    archive_units.add_unit(clerk_ctx, title="Тушаал", year=2016, retention="байнга", received_on=D(2016, 7, 1))
    archive_units.add_unit(clerk_ctx, title="Тайлан", year=2016, retention="байнга", received_on=D(2017, 1, 1))
    note = _note(clerk_ctx, D(2016, 1, 1), D(2016, 12, 31))
    assert "хуваари" not in note.lower() and note.startswith("Байнга 1 ш") and "нийт 1 " in note
    figures = period_counts(clerk_ctx, D(2016, 1, 1), D(2016, 12, 31))
    assert figures.held["received"]["total"] == 1 and figures.held["scheduled"]["total"] == 0
    assert _note(clerk_ctx, D(2015, 1, 1), D(2015, 12, 31)) == "2015.01.01–2015.12.31 хооронд хадгаламжийн нэгж хүлээн аваагүй."


def test_received_on_the_end_date_counts(clerk_ctx):
    archive_units.add_unit(clerk_ctx, title="Тушаал", year=2016, retention="түр 5", received_on=D(2016, 12, 31))
    assert period_counts(clerk_ctx, D(2016, 1, 1), D(2016, 12, 31)).received["total"] == 1
    assert period_counts(clerk_ctx, D(2016, 1, 1), D(2016, 12, 30)).received["total"] == 0


def test_status_on_the_end_date():
    gone = UnitFacts("temporary", "destroyed", None, D(2016, 6, 5), D(2016, 6, 5), D(2021, 3, 1))
    assert status_on(gone, D(2021, 2, 28)) == "received"  # the act came later: still held
    assert status_on(gone, D(2021, 3, 1)) == "destroyed"
    assert status_on(gone, D(2016, 6, 4)) is None
    waiting = UnitFacts("permanent", "scheduled", D(2016, 6, 3), None, D(2016, 6, 1), None)
    assert status_on(waiting, D(2016, 5, 31)) is None and status_on(waiting, D(2016, 6, 1)) == "scheduled"


def test_act_after_the_end_date_leaves_the_unit_held(clerk_ctx, head_ctx, approved_list):
    units = archive_units.hand_over(clerk_ctx, approved_list["id"], D(2016, 6, 3))
    archive_units.receive_units(clerk_ctx, [u["id"] for u in units], D(2016, 6, 5))
    temp = next(u for u in units if u["retention"] == "temporary")
    act = archive_ops.propose_act(clerk_ctx, "destruction", [temp["id"]], act_no="1", act_date=D(2021, 3, 1))
    archive_ops.approve_act(head_ctx, act["id"], D(2021, 3, 2))
    before = period_counts(clerk_ctx, D(2020, 1, 1), D(2020, 12, 31))
    assert before.held["received"]["total"] == 3 and before.held["destroyed"]["total"] == 0
    after = period_counts(clerk_ctx, D(2021, 1, 1), D(2021, 12, 31))
    assert after.held["received"]["total"] == 2 and after.held["destroyed"]["temporary"] == 1
