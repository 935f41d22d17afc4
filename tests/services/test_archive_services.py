"""Archive: file lists, hand-over, counts, inventory, transfer and destruction acts."""

from __future__ import annotations

from datetime import date

import pytest

from soum_desk.domain import clock
from soum_desk.errors import PermissionDenied, ValidationError
from soum_desk.services.archive import ops as archive_ops
from soum_desk.services.archive import records as archive
from soum_desk.services.archive import units as archive_units
from soum_desk.services.core import attachments

D = date


@pytest.fixture
def approved_list(clerk_ctx, head_ctx):
    flist = archive.create_file_list(clerk_ctx, 2015, "Тамгын газар")
    archive.save_case_file(clerk_ctx, flist["id"], index_code="01-01", title="Засаг даргын захирамж",
                           retention="байнга")
    archive.save_case_file(clerk_ctx, flist["id"], index_code="01-02", title="Албан бичгийн бүртгэл",
                           retention="түр", retention_years=5)
    archive.save_case_file(clerk_ctx, flist["id"], index_code="02-01", title="Хувийн хэрэг", retention="70 жил")
    archive.approve_file_list(head_ctx, flist["id"], D(2015, 1, 20))
    return flist


def test_file_list_and_approval(clerk_ctx, head_ctx, approved_list, tmp_path):
    from pypdf import PdfReader

    from soum_desk.services.archive import report as archive_reports

    got = archive.get_file_list(clerk_ctx, approved_list["id"])
    assert got["approved_by"] == "Б.Дарга" and [c["index_code"] for c in got["case_files"]] == \
        ["01-01", "01-02", "02-01"]
    with pytest.raises(PermissionDenied):
        archive.approve_file_list(clerk_ctx, approved_list["id"])
    with pytest.raises(ValidationError):
        archive.save_case_file(clerk_ctx, approved_list["id"], index_code="01-01", title="x", retention="байнга")
    pdf = archive_reports.file_list_report(clerk_ctx, approved_list["id"], tmp_path / "l.pdf")
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Хөтлөх хэргийн нэрийн жагсаалт".upper() in text and "БАТЛАВ" in text
    archive_reports.file_list_report(clerk_ctx, approved_list["id"], tmp_path / "l.xlsx")
    # an edit needs approval again
    archive.save_case_file(clerk_ctx, approved_list["id"], index_code="03-01", title="Тайлан", retention="түр 3")
    assert archive.get_file_list(clerk_ctx, approved_list["id"])["approved_on"] is None


def test_hand_over_counts_inventory(clerk_ctx, head_ctx, approved_list, tmp_path):
    from soum_desk.services.archive import report as archive_reports

    units = archive_units.hand_over(clerk_ctx, approved_list["id"], D(2016, 6, 3))
    assert len(units) == 3 and all(u["status"] == "scheduled" for u in units)
    assert archive_units.hand_over(clerk_ctx, approved_list["id"], D(2016, 6, 3)) == []
    archive_units.receive_units(clerk_ctx, [u["id"] for u in units], D(2016, 6, 5))
    extra = archive_units.add_unit(clerk_ctx, title="Тушаал", year=2016, retention="байнга", received_on=D(2016, 6, 6))
    counts = archive_units.counts_by_retention(clerk_ctx, received_from=D(2016, 1, 1), received_to=D(2016, 12, 31))
    assert counts == {"permanent": 2, "years70": 1, "temporary": 1, "total": 4}
    inv = archive_ops.start_inventory(clerk_ctx, D(2024, 6, 5))
    assert inv["units"] == 4
    archive_ops.mark_items(clerk_ctx, inv["id"], {u["id"]: "found" for u in units})
    with pytest.raises(ValidationError):
        archive_ops.finish_inventory(clerk_ctx, inv["id"], D(2024, 6, 7))
    archive_ops.mark_items(clerk_ctx, inv["id"], {extra["id"]: "damaged"}, note="усанд норсон")
    result = archive_ops.finish_inventory(clerk_ctx, inv["id"], D(2024, 6, 7))
    assert result["counts"]["permanent"]["damaged"] == 1 and result["counts"]["temporary"]["found"] == 1
    archive_reports.inventory_report(clerk_ctx, inv["id"], tmp_path / "i.pdf")
    archive_reports.inventory_report(clerk_ctx, inv["id"], tmp_path / "i.xlsx")
    archive_reports.counts_report(clerk_ctx, D(2016, 1, 1), D(2016, 12, 31), tmp_path / "c.pdf")
    archive_reports.counts_report(clerk_ctx, D(2016, 1, 1), D(2016, 12, 31), tmp_path / "c.xlsx")


def test_units_and_inventory_are_read_a_page_at_a_time(clerk_ctx):
    """The units list and the inventory's checklist come in pages, in the same order and with the same
    counts as the whole list (the views open on one page of a 100,000-unit archive)."""
    for n in range(7):
        archive_units.add_unit(clerk_ctx, title=f"Нэгж {n}", year=2010 + n % 3, retention="түр" if n % 2 else "байнга",
                               retention_years=5 if n % 2 else None, received_on=D(2020, 6, 1))
    every = archive_units.list_units(clerk_ctx, limit=100)
    pages = [archive_units.list_units(clerk_ctx, offset=o, limit=3) for o in (0, 3, 6)]
    assert [len(p) for p in pages] == [3, 3, 1] and sum(pages, []) == every
    inv = archive_ops.start_inventory(clerk_ctx, D(2024, 6, 5))
    archive_ops.mark_items(clerk_ctx, inv["id"], {every[0]["id"]: "missing", every[1]["id"]: "found"})
    whole = archive_ops.inventory_result(clerk_ctx, inv["id"])
    paged = [archive_ops.inventory_page(clerk_ctx, inv["id"], offset=o, limit=4) for o in (0, 4)]
    assert [len(p) for p in paged] == [4, 3] and paged[0] + paged[1] == whole["items"]
    assert archive_ops.inventory_counts(clerk_ctx, inv["id"]) == whole["counts"]
    assert sum(c["unchecked"] for c in whole["counts"].values()) == 5


def test_destruction_and_transfer_acts(clerk_ctx, head_ctx, approved_list, tmp_path, monkeypatch):
    from pypdf import PdfReader

    units = archive_units.hand_over(clerk_ctx, approved_list["id"], D(2016, 6, 3))
    archive_units.receive_units(clerk_ctx, [u["id"] for u in units], D(2016, 6, 5))
    by_index = {u["title"][:5]: u for u in units}
    temp, perm, seventy = by_index["01-02"], by_index["01-01"], by_index["02-01"]
    # retention of a 2015 temporary-5 file ends on 2021-01-01
    with pytest.raises(ValidationError, match="дуусаагүй"):
        archive_ops.propose_act(clerk_ctx, "destruction", [temp["id"]], act_no="1", act_date=D(2020, 12, 31))
    with pytest.raises(ValidationError):
        archive_ops.propose_act(clerk_ctx, "destruction", [perm["id"]], act_no="1", act_date=D(2026, 1, 1))
    with pytest.raises(ValidationError):
        archive_ops.propose_act(clerk_ctx, "destruction", [seventy["id"]], act_no="1", act_date=D(2026, 1, 1))
    act = archive_ops.propose_act(clerk_ctx, "destruction", [temp["id"]], act_no="1", act_date=D(2021, 3, 1),
                                  reason="Хадгалах хугацаа дууссан")
    assert act["status"] == "draft"
    with pytest.raises(PermissionDenied):
        archive_ops.approve_act(clerk_ctx, act["id"])
    done = archive_ops.approve_act(head_ctx, act["id"], D(2021, 3, 2))
    assert done["status"] == "approved" and done["approved_by"] == "Б.Дарга"
    pdf = attachments.open_attachment(clerk_ctx, done["attachment_id"])
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "УСТГАХ АКТ" in text and "Албан бичгийн бүртгэл" in text
    kept = archive_units.list_units(clerk_ctx, archive_units.UnitFilter(status="destroyed"))
    assert [u["id"] for u in kept] == [temp["id"]] and kept[0]["act_id"] == act["id"]
    with pytest.raises(ValidationError):
        archive_ops.approve_act(head_ctx, act["id"])
    # transfer: permanent only, after the office keeps it 15 years (2015 → 2031-01-01)
    monkeypatch.setattr(clock, "today", lambda: D(2031, 6, 1))  # an act date is never in the future
    with pytest.raises(ValidationError):
        archive_ops.propose_act(clerk_ctx, "transfer", [perm["id"]], act_no="1", act_date=D(2030, 12, 31),
                                recipient="Сэлэнгэ аймгийн Архивын тасаг")
    tr = archive_ops.propose_act(clerk_ctx, "transfer", [perm["id"]], act_no="1", act_date=D(2031, 2, 1),
                                 recipient="Сэлэнгэ аймгийн Архивын тасаг")
    archive_ops.approve_act(head_ctx, tr["id"], D(2031, 2, 2))
    assert archive_units.count_units(clerk_ctx, archive_units.UnitFilter(status="transferred")) == 1
    from soum_desk.services.archive import report as archive_reports

    archive_reports.act_report(clerk_ctx, tr["id"], tmp_path / "t.xlsx")
    act = archive_reports.report_data(clerk_ctx, "act", act_id=tr["id"])
    assert [(s.label, s.position) for s in act.signatures] == [("БАТЛАВ", "ЗДТГ-ын дарга"),
                                                               ("ҮЙЛДСЭН", "Архивын ажилтан")]
    assert act.header.extra_lines[0].startswith("БАТЛАВ: ") and "Сэлэнгэ аймгийн Архивын тасаг" in act.intro[0]
    assert len(archive_ops.list_acts(clerk_ctx)) == 2
