"""Archive reports: file list, counts by retention class, inventory result, transfer/destruction acts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from soum_desk.domain import retention as ret
from soum_desk.domain.formatting import format_date
from soum_desk.reports.common import Column, ReportHeader, RowKind, Signature, TableRow
from soum_desk.reports.letters_reports import header, signatures
from soum_desk.reports.tables import Section, TableReport
from soum_desk.services.archive import ops as archive_ops
from soum_desk.services.archive import records as archive
from soum_desk.services.archive import units as archive_units
from soum_desk.services.archive.records import UNIT_STATUS_LABELS
from soum_desk.services.core.context import AppContext

KINDS = [(k, ret.RETENTION_LABELS[k][0]) for k in ret.RETENTION_KINDS]
UNIT_COLUMNS = [Column("№", 9, "right"), Column("Архивын дугаар", 20), Column("Он", 12, "right"),
                Column("Хадгаламжийн нэгжийн гарчиг", 80), Column("Нэгж", 35), Column("Хадгалах хугацаа", 22),
                Column("Хуудас", 14, "right")]


def _unit_row(i: int, u: dict) -> list:
    return [i, u["archive_no"], u["year"], u["title"], u.get("unit") or "", u["retention_label"], u["sheets"] or ""]


def file_list_report(ctx: AppContext, list_id: int, path: str | Path) -> Path:
    """Хөтлөх хэргийн нэрийн жагсаалт in the standard table, with the head's approval line."""
    flist = archive.get_file_list(ctx, list_id)
    approved = (f"БАТЛАВ: {flist['approved_by']} {format_date(date.fromisoformat(flist['approved_on']))}"
                if flist["approved_on"] else "БАТЛАГДААГҮЙ (ноорог)")
    cols = [Column("Хэргийн индекс", 25), Column("Хэргийн гарчиг", 95), Column("Хадгаламжийн нэгжийн тоо", 22,
                                                                            "right"),
            Column("Хадгалах хугацаа", 25), Column("Тайлбар", 30)]
    rows = [TableRow([c["index_code"], c["title"], c["units"] or "", c["retention_label"], c["note"] or ""])
            for c in flist["case_files"]]
    counts = {k: sum(1 for c in flist["case_files"] if c["retention"] == k) for k, _ in KINDS}
    rows.append(TableRow(["Бүгд", ", ".join(f"{label} {counts[k]}" for k, label in KINDS), sum(c["units"] for c in flist["case_files"]), "", ""],
                         RowKind.TOTAL))
    head = header(ctx, "Хөтлөх хэргийн нэрийн жагсаалт", date.today(), f"{flist['year']} он — {flist['unit']}")
    head.extra_lines.append(approved)
    return TableReport(head, [Section("", cols, rows, sheet="Жагсаалт")], signatures(ctx)).write(path)


def counts_report(ctx: AppContext, start: date, end: date, path: str | Path) -> Path:
    """Хадгаламжийн нэгжийн тоо хадгалах хугацаагаар: received in [start, end] and held now."""
    received = archive_units.counts_by_retention(ctx, received_from=start, received_to=end, status=None)
    by_status = {s: archive_units.counts_by_retention(ctx, status=s) for s in UNIT_STATUS_LABELS}
    cols = [Column("Хадгалах хугацаа", 40), Column(f"Хүлээн авсан ({format_date(start)}–{format_date(end)})", 40,
                                                   "right")] + \
        [Column(UNIT_STATUS_LABELS[s][0], 30, "right") for s in UNIT_STATUS_LABELS]
    rows = [TableRow([label, received[k]] + [by_status[s][k] for s in UNIT_STATUS_LABELS]) for k, label in KINDS]
    rows.append(TableRow(["Бүгд", received["total"]] + [by_status[s]["total"] for s in UNIT_STATUS_LABELS],
                         RowKind.TOTAL))
    note = (f"Хуваарийн дагуу байнга {received['permanent']} ш, түр {received['temporary']} ш, "
            f"70 жилийн {received['years70']} ш, нийт {received['total']} хадгаламжийн нэгжийг хүлээн авсан.")
    head = header(ctx, "Архивын хадгаламжийн нэгжийн тоо", end, "хадгалах хугацааны ангиллаар")
    return TableReport(head, [Section("", cols, rows, sheet="Тоо", note=note)], signatures(ctx),
                       landscape=True).write(path)


def inventory_report(ctx: AppContext, inventory_id: int, path: str | Path) -> Path:
    """Тооллогын дүн: counts by retention × result, then the missing and damaged units, then the checklist."""
    result = archive_ops.inventory_result(ctx, inventory_id)
    labels = [(r, archive_ops.RESULT_LABELS[r][0]) for r in archive_ops.RESULTS] + [("unchecked", "Шалгаагүй")]
    cols = [Column("Хадгалах хугацаа", 40)] + [Column(label, 25, "right") for _, label in labels] + \
        [Column("Бүгд", 25, "right")]
    rows = [TableRow([label] + [result["counts"][k][r] for r, _ in labels] + [sum(result["counts"][k].values())])
            for k, label in KINDS]
    rows.append(TableRow(["Бүгд"] + [sum(result["counts"][k][r] for k, _ in KINDS) for r, _ in labels]
                         + [len(result["items"])], RowKind.TOTAL))
    result_mn = {r: label for r, label in labels}
    problems = [TableRow(_unit_row(i, u)[:6] + [result_mn[u["result"]]])
                for i, u in enumerate((u for u in result["items"] if u["result"] in ("missing", "damaged")), 1)]
    checklist = [TableRow(_unit_row(i, u)[:6] + [result_mn[u["result"] or "unchecked"]])
                 for i, u in enumerate(result["items"], start=1)]
    unit_cols = UNIT_COLUMNS[:6] + [Column("Үр дүн", 18)]
    sub = f"{format_date(date.fromisoformat(result['started_on']))}-нээс" + (
        f" {format_date(date.fromisoformat(result['finished_on']))} хүртэл" if result["finished_on"] else "")
    head = header(ctx, "Архивын баримтын тооллогын дүн", date.today(), sub)
    sections = [Section("Дүн", cols, rows, sheet="Дүн"),
                Section("Дутсан, гэмтсэн нэгж", unit_cols, problems, sheet="Дутсан-гэмтсэн"),
                Section("Тооллогын жагсаалт", unit_cols, checklist, sheet="Жагсаалт")]
    return TableReport(head, sections, signatures(ctx), landscape=True).write(path)


def _act_report(office_info: dict, act: dict, units: list[dict]) -> TableReport:
    kind_mn = "улсын архивт шилжүүлэх" if act["kind"] == ret.TRANSFER else "устгах"
    title = f"Архивын баримтыг {kind_mn} акт №{act['act_no']}"
    head = ReportHeader(office_name=office_info["name"], title=title,
                        report_date=date.fromisoformat(act["act_date"]),
                        place=office_info["place"] or office_info["soum_name"] or office_info["aimag_name"])
    if act["approved_on"]:
        head.extra_lines.append(f"БАТЛАВ: {act['approved_by']} {format_date(date.fromisoformat(act['approved_on']))}")
    else:
        head.extra_lines.append("БАТЛАГДААГҮЙ (ноорог)")
    rows = [TableRow(_unit_row(i, u) + [format_date(date.fromisoformat(u["retention_end"]))])
            for i, u in enumerate(units, start=1)]
    sheets = sum(u["sheets"] or 0 for u in units)
    rows.append(TableRow(["", "Бүгд", "", f"{len(units)} хадгаламжийн нэгж", "", "", sheets, ""], RowKind.TOTAL))
    if act["kind"] == ret.TRANSFER:
        intro = [f"Байнга хадгалах дараах {len(units)} хадгаламжийн нэгжийг {act['recipient']}-т "
                 f"шилжүүлэв. Нэгжүүдийн бүртгэл архивын бүртгэлд «шилжүүлсэн» төлөвтэй хадгалагдана."]
    else:
        intro = [f"Хадгалах хугацаа нь дууссан дараах {len(units)} хадгаламжийн нэгжийг устгахаар шийдвэрлэв. "
                 "Нэгжүүдийн бүртгэл архивын бүртгэлд «устгасан» төлөвтэй хадгалагдана."]
    if act.get("reason"):
        intro.append(f"Үндэслэл: {act['reason']}")
    cols = UNIT_COLUMNS + [Column("Хугацаа дууссан", 22)]
    signs = [Signature("БАТЛАВ", "ЗДТГ-ын дарга", act["approved_by"] or ""),
             Signature("ҮЙЛДСЭН", "Архивын ажилтан", act["prepared_by"] or "")]
    return TableReport(head, [Section("", cols, rows, sheet="Акт")], signs, landscape=True, intro=intro)


def write_act_pdf(path: str | Path, office_info: dict, act: dict, units: list[dict]) -> Path:
    return _act_report(office_info, act, units).write(path)


def act_report(ctx: AppContext, act_id: int, path: str | Path) -> Path:
    """Print an act again (PDF or XLSX); the approved PDF itself is kept as the act's attachment."""
    from soum_desk.services.core import office

    act = archive_ops.get_act(ctx, act_id)
    return _act_report(office.get_office(ctx), act, act["units"]).write(path)
