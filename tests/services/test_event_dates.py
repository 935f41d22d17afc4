"""Issue 15: no event date from the future or before 1990, in petitions and letters; due dates may lie ahead."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from soum_desk.domain import clock
from soum_desk.domain.event_dates import check_event_date
from soum_desk.errors import ValidationError
from soum_desk.services.letters import actions as letters
from soum_desk.services.petitions import actions as petitions

TODAY = date(2026, 12, 3)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def test_the_rule_names_the_field_and_the_date():
    check_event_date(TODAY, "Шийдвэрлэсэн огноо", "Resolution date")
    check_event_date(date(1990, 1, 1), "Шийдвэрлэсэн огноо", "Resolution date")
    check_event_date(None, "Шийдвэрлэсэн огноо", "Resolution date")
    with pytest.raises(ValidationError) as err:
        check_event_date(date(2027, 11, 1), "Шийдвэрлэсэн огноо", "Resolution date")
    assert err.value.msg.mn == "Шийдвэрлэсэн огноо 2027.11.01 ирээдүйд байна."
    assert err.value.msg.en == "Resolution date 2027.11.01 is in the future."
    with pytest.raises(ValidationError, match="1989.12.31"):
        check_event_date(datetime(1989, 12, 31, 10), "Хүлээн авсан огноо", "Received date")


def _petition(clerk_ctx, received: datetime):
    return petitions.register(clerk_ctx, received_at=received, channel="written", kind="request",
                              summary="Газар олгох хүсэлт", anonymous=True)


def test_a_petition_from_the_future_is_refused(clerk_ctx):
    with pytest.raises(ValidationError, match="Хүлээн авсан огноо 2026.12.04 ирээдүйд"):
        _petition(clerk_ctx, datetime(2026, 12, 4, 9))
    with pytest.raises(ValidationError, match="Received date 1985.01.02"):
        _petition(clerk_ctx, datetime(1985, 1, 2, 9))
    p = _petition(clerk_ctx, datetime(2026, 10, 5, 9))
    with pytest.raises(ValidationError, match="Resolution date 2027.11.01 is in the future"):
        petitions.close(clerk_ctx, p["id"], resolution="Шийдвэрлэв", on=date(2027, 11, 1))
    assert petitions.close(clerk_ctx, p["id"], resolution="Шийдвэрлэв")["resolved_on"] == TODAY.isoformat()


def test_a_letter_from_the_future_is_refused_but_its_due_date_may_lie_ahead(clerk_ctx):
    data = {"direction": "in", "counterpart": "Аймгийн ЗДТГ", "subject": "Мэдээ ирүүлэх тухай"}
    with pytest.raises(ValidationError, match="Огноо 2027.01.05 ирээдүйд"):
        letters.register_letter(clerk_ctx, reg_date=date(2027, 1, 5), **data)
    with pytest.raises(ValidationError, match="Their date 2026.12.10 is in the future"):
        letters.register_letter(clerk_ctx, reg_date=TODAY, their_date=date(2026, 12, 10), **data)
    ok = letters.register_letter(clerk_ctx, reg_date=TODAY, due_date=date(2027, 1, 15), reply_required=True, **data)
    assert ok["due_date"] == "2027-01-15"


def test_imports_refuse_future_and_ancient_event_dates_as_located_row_errors(clerk_ctx, tmp_path):
    from openpyxl import Workbook

    from soum_desk.services.petitions import imports as petitions_import

    wb = Workbook()
    ws = wb.active
    ws.title = "2026"
    ws.append(["Хүлээн авсан огноо", "Агуулга", "Бүртгэлийн дугаар", "Суваг", "Төрөл", "Шийдвэрлэсэн огноо",
               "Шийдвэрлэлт"])
    ws.append([datetime(2026, 10, 5, 9), "Газар олгох хүсэлт", "15", "Бичгээр", "Өргөдөл", "2027.11.01", "Олгосон"])
    ws.append(["1985.03.06", "Гомдол", "16", "Бичгээр", "Гомдол", None, None])
    ws.append(["2026.11.02", "Хүсэлт", "17", "Бичгээр", "Өргөдөл", "2026.11.20", "Олгосон"])
    path = tmp_path / "register.xlsx"
    wb.save(path)
    prepared = petitions_import.import_preview(clerk_ctx, path)
    assert prepared.summary()["new"] == 1
    found = {(e.sheet, e.row, e.column, e.en) for e in prepared.errors}
    assert ("2026", 2, "Шийдвэрлэсэн огноо", "the date 2027.11.01 is in the future") in found
    assert ("2026", 3, "Хүлээн авсан огноо", "the date 1985.03.06 is implausibly old (before 1990.01.01)") in found


def test_the_letter_import_refuses_a_future_letter_date(clerk_ctx, tmp_path):
    from openpyxl import Workbook

    from soum_desk.importers.letter_xlsx import read_register

    wb = Workbook()
    ws = wb.active
    ws.title = "Ирсэн"
    ws.append(["Огноо", "Байгууллага", "Агуулга", "Тэдний огноо"])
    ws.append(["2026.11.02", "Аймгийн ЗДТГ", "Мэдээ", "2026.12.20"])
    path = tmp_path / "letters.xlsx"
    wb.save(path)
    parsed = read_register(path)
    assert not parsed.rows
    assert any(e.row == 2 and "2026.12.20" in e.en and "future" in e.en for e in parsed.errors)


def test_archive_and_plan_event_dates_are_refused_from_the_future(clerk_ctx, head_ctx):
    from soum_desk.services.archive import ops as archive_ops

    with pytest.raises(ValidationError, match="Act date 2026.12.04 is in the future"):
        archive_ops.propose_act(clerk_ctx, "destruction", [], act_no="1", act_date=date(2026, 12, 4))
    with pytest.raises(ValidationError, match="Эхэлсэн огноо 1989.01.01 хэт эрт"):
        archive_ops.start_inventory(clerk_ctx, date(1989, 1, 1))


def test_the_cli_refuses_a_future_resolution_date_without_a_traceback(clerk_ctx, monkeypatch):
    from click.testing import CliRunner

    from soum_desk.cli import cli

    p = _petition(clerk_ctx, datetime(2026, 10, 5, 9))
    monkeypatch.setenv("SOUM_DESK_PASSWORD", "clerk-pass-1")
    result = CliRunner().invoke(cli, ["--data-dir", str(clerk_ctx.paths.data_dir), "--user", "clerk", "petitions",
                                      "resolve", p["reg_no"], "--resolution", "Олгосон", "--date", "2027.11.01"])
    assert result.exit_code != 0
    assert "Шийдвэрлэсэн огноо 2027.11.01 ирээдүйд байна" in result.output
    assert "Resolution date 2027.11.01 is in the future" in result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, ValidationError)


def test_the_head_corrects_a_registered_letter_with_a_reason(clerk_ctx, head_ctx):
    import json

    from soum_desk.errors import PermissionDenied
    from soum_desk.services.core import audit

    row = letters.register_letter(clerk_ctx, direction="in", reg_date=date(2026, 11, 20), counterpart="Аймгийн ЗДТГ",
                                  subject="Мэдээ ирүүлэх тухай")
    with pytest.raises(PermissionDenied):
        letters.correct(clerk_ctx, row["id"], reason="Огноо буруу", reg_date=date(2026, 11, 2))
    with pytest.raises(ValidationError, match="шалтгаан"):
        letters.correct(head_ctx, row["id"], reason=" ", reg_date=date(2026, 11, 2))
    with pytest.raises(ValidationError, match="ирээдүйд"):
        letters.correct(head_ctx, row["id"], reason="Огноо буруу", reg_date=date(2026, 12, 20))
    fixed = letters.correct(head_ctx, row["id"], reason="Огноо буруу оруулсан", reg_date=date(2026, 11, 2),
                            counterpart="Аймгийн Засаг даргын Тамгын газар")
    assert fixed["reg_date"] == "2026-11-02" and fixed["counterpart"] == "Аймгийн Засаг даргын Тамгын газар"
    entry = audit.list_entries(head_ctx, audit.AuditFilter(action_prefix="letters.correct"))[0]
    assert json.loads(entry["after"])["reason"] == "Огноо буруу оруулсан"
    assert json.loads(entry["before"])["reg_date"] == "2026-11-20"


def test_the_cli_corrects_a_letter_as_the_head(clerk_ctx, head_ctx, monkeypatch):
    from click.testing import CliRunner

    from soum_desk.cli import cli

    row = letters.register_letter(clerk_ctx, direction="in", reg_date=date(2026, 11, 20), counterpart="Аймгийн ЗДТГ",
                                  subject="Мэдээ ирүүлэх тухай")
    monkeypatch.setenv("SOUM_DESK_PASSWORD", "head-pass-1")
    result = CliRunner().invoke(cli, ["--data-dir", str(head_ctx.paths.data_dir), "--user", "head", "letters",
                                      "correct", str(row["id"]), "--reason", "Огноо буруу", "--date", "2026.11.02"])
    assert result.exit_code == 0, result.output
    assert "2026-11-02" in result.output
    future = CliRunner().invoke(cli, ["--data-dir", str(head_ctx.paths.data_dir), "--user", "head", "letters",
                                      "correct", str(row["id"]), "--reason", "x", "--date", "2027.11.02"])
    assert future.exit_code != 0 and "Огноо 2027.11.02 ирээдүйд байна" in future.output


def test_the_remaining_event_dates_are_refused_from_the_future(clerk_ctx, head_ctx):
    """Receiving archive units, approving a file list, a plan's act and submission, a letter's answer date."""
    from soum_desk.services.archive import records as archive
    from soum_desk.services.archive import units as archive_units
    from soum_desk.services.plans import progress as plans_progress
    from soum_desk.services.plans import tree as plans
    from tests.plans.conftest import build_small_plan

    flist = archive.create_file_list(clerk_ctx, 2025, "Тамгын газар")
    archive.save_case_file(clerk_ctx, flist["id"], index_code="01-01", title="Захирамж", retention="байнга")
    with pytest.raises(ValidationError, match="Approval date 2026.12.04 is in the future"):
        archive.approve_file_list(head_ctx, flist["id"], date(2026, 12, 4))
    archive.approve_file_list(head_ctx, flist["id"], TODAY)
    units = archive_units.hand_over(clerk_ctx, flist["id"], date(2027, 2, 1))  # a schedule may lie ahead
    with pytest.raises(ValidationError, match="Хүлээн авсан огноо 2027.02.01 ирээдүйд"):
        archive_units.receive_units(clerk_ctx, [units[0]["id"]], date(2027, 2, 1))
    assert archive_units.receive_units(clerk_ctx, [units[0]["id"]], TODAY) == 1

    doc = build_small_plan(clerk_ctx)["document"]
    with pytest.raises(ValidationError, match="Act date 2027.01.15 is in the future"):
        plans.create_document(clerk_ctx, kind="annual_plan", year=2027, title="2027 оны төлөвлөгөө",
                              act_date=date(2027, 1, 15))
    with pytest.raises(ValidationError, match="Баталсан огноо 1989.01.15 хэт эрт"):
        plans.update_document(clerk_ctx, doc["id"], act_date=date(1989, 1, 15))
    with pytest.raises(ValidationError, match="Submitted date 2026.12.10 is in the future"):
        plans_progress.approve(head_ctx, doc["id"], "2024Q1", submitted_on=date(2026, 12, 10))
    assert plans_progress.get_review(head_ctx, doc["id"], "2024Q1")["status"] == "open"  # nothing written

    with pytest.raises(ValidationError, match="Answered date 2026.12.05 is in the future"):
        letters.register_letter(clerk_ctx, direction="in", reg_date=TODAY, counterpart="Аймгийн ЗДТГ",
                                subject="Мэдээ", answered_on=date(2026, 12, 5))
