"""The province's consolidated report: ranking (with the late penalty), plan execution,
petition and letter figures, archive counts, and who has not submitted. PDF or XLSX."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from soum_desk.domain.formatting import format_number, format_percent
from soum_desk.domain.periods import Period
from soum_desk.errors import ValidationError
from soum_desk.reports.common import Column, ReportHeader, Signature, TableRow
from soum_desk.services.core import office
from soum_desk.services.core.context import AppContext
from soum_desk.services.province import views as province_views


def _pct(value: float | None) -> str:
    return format_percent(round(value, 1) if value is not None else None)


def _num(value: float | int | None, decimals: int = 2) -> str:
    return format_number(value, decimals) if value is not None else "–"


RANK_COLUMNS = [Column("Байр", 14, "center"), Column("Сум / агентлаг", 70), Column("Үнэлгээ (0–5)", 24, "right"),
                Column("Хоцорсон өдөр", 22, "right"), Column("Хасалт", 20, "right"),
                Column("Эцсийн оноо", 24, "right"), Column("Ирсэн огноо", 26, "center")]
FIGURE_COLUMNS = [Column("Сум / агентлаг", 60), Column("Төлөвлөгөө, дундаж %", 24, "right"),
                  Column("Оноо (0–5)", 18, "right"), Column("Өргөдөл ирсэн", 20, "right"),
                  Column("Хугацаандаа %", 20, "right"), Column("Хугацаа хэтэрсэн", 20, "right"),
                  Column("Албан бичиг ирсэн/явсан", 26, "right"), Column("Хариутай, хугацаандаа %", 24, "right"),
                  Column("Архив байнга/70/түр", 26, "right")]


def build_rows(ctx: AppContext, period: str) -> tuple[list[TableRow], list[TableRow], list[str]]:
    ranked = province_views.ranking_table(ctx, period)
    figures = province_views.consolidated(ctx, period)
    rank_rows = [TableRow([r["rank"] or "–", r["name"], _num(r["score"]), r["late_days"] or "",
                           _num(r["penalty"]) if r["penalty"] else "", _num(r["final"]),
                           r["arrived_on"] or "ИРҮҮЛЭЭГҮЙ"]) for r in ranked]
    figure_rows = []
    missing = []
    for r in figures:
        if not r["submitted"]:
            missing.append(r["name"])
            continue
        archive = "/".join(str(r.get(k) if r.get(k) is not None else "–")
                           for k in ("archive_permanent", "archive_70_years", "archive_temporary"))
        letters = f"{r.get('letters_incoming') or 0}/{r.get('letters_outgoing') or 0}"
        figure_rows.append(TableRow([r["name"], _pct(r.get("plan_average")), _num(r.get("plan_score")),
                                     r.get("petitions_received") if r.get("petitions_received") is not None else "–",
                                     _pct(r["petitions_on_time_percent"]), r.get("petitions_overdue") or 0, letters,
                                     _pct(r["letters_on_time_percent"]), archive]))
    return rank_rows, figure_rows, missing


def write(ctx: AppContext, period: str, target: Path) -> Path:
    code = Period.parse(period).code
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValidationError("Файлын өргөтгөл .pdf эсвэл .xlsx байна.", "The file must end in .pdf or .xlsx.",
                              where=str(target))
    info = office.get_office(ctx)
    header = ReportHeader(office_name=info["name"], title="Сум, агентлагийн үйл ажиллагааны нэгтгэсэн үнэлгээ",
                          subtitle=Period.parse(code).label("mn"), report_date=date.today(),
                          place=info["place"] or "")
    rank_rows, figure_rows, missing = build_rows(ctx, code)
    note = "Хоцролт: хоног тутам нийт үнэлгээний 5 % хасна (журмын 11.1). Үнэлгээ: 7.5-д заасны дагуу 0–5 оноо."
    if suffix == ".xlsx":
        from soum_desk.reports.xlsx import XlsxReport

        report = XlsxReport(header)
        report.sheet("Эрэмбэ", RANK_COLUMNS, rank_rows, title=header.title)
        report.sheet("Үзүүлэлт", FIGURE_COLUMNS, figure_rows, title="Нэгтгэсэн үзүүлэлт")
        report.sheet("Ирүүлээгүй", [Column("Ирүүлээгүй байгууллага", 120)], [[m] for m in missing],
                     title="Тайлан ирүүлээгүй")
        return report.write(target)
    from soum_desk.reports.pdf import PdfReport

    report = PdfReport(header, landscape=True, footer_note=f"SoumDesk — {code}")
    report.heading("1. Эрэмбэ")
    report.table(RANK_COLUMNS, rank_rows)
    report.paragraph(note)
    report.heading("2. Нэгтгэсэн үзүүлэлт")
    report.table(FIGURE_COLUMNS, figure_rows)
    report.heading("3. Тайлан ирүүлээгүй")
    report.paragraph(", ".join(missing) if missing else "Бүгд ирүүлсэн.")
    report.signatures([Signature("НЭГТГЭСЭН", "Хяналт-шинжилгээ, үнэлгээ, дотоод аудитын хэлтэс", ""),
                       Signature("ХЯНАСАН", "Тамгын газрын дарга", "")])
    return report.write(target)
