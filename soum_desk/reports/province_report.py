"""The province's consolidated report: ranking (with the late penalty), plan execution,
petition and letter figures, archive counts, and who has not submitted. PDF or XLSX.

It only draws: `services/province/report.report_data` gathers the rows and the header."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from soum_desk.errors import ValidationError
from soum_desk.reports.common import Column, ReportHeader, Signature, TableRow

RANK_COLUMNS = [Column("Байр", 11, "center"), Column("Сум / агентлаг", 40), Column("Үнэлгээ (0–5)", 17, "right"),
                Column("Хоцорсон өдөр", 20, "right"), Column("Хасалт", 15, "right"),
                Column("Эцсийн оноо", 17, "right"), Column("Ирсэн огноо", 25, "center"),
                Column("Явцын хяналт (10.1)", 22, "center"), Column("Шагнал (10.3–10.6)", 56),
                Column("Хариуцлага (11.2)", 32), Column("Зөрчил (11.3)", 32)]
MONITORING_COLUMNS = [Column("Сум / агентлаг", 50), Column("Огноо", 30, "center"), Column("Захирамж", 40),
                      Column("Өгсөн зөвлөмж", 150)]
VIOLATION_COLUMNS = [Column("Сум / агентлаг", 50), Column("Огноо", 22, "center"), Column("Заалт", 70),
                     Column("Зөрчлийн агуулга", 80), Column("Үндэслэл", 50)]
FIGURE_COLUMNS = [Column("Сум / агентлаг", 60), Column("Төлөвлөгөө, дундаж %", 24, "right"),
                  Column("Оноо (0–5)", 18, "right"), Column("Өргөдөл ирсэн", 20, "right"),
                  Column("Хугацаандаа %", 20, "right"), Column("Хугацаа хэтэрсэн", 20, "right"),
                  Column("Албан бичиг ирсэн/явсан", 26, "right"), Column("Хариутай, хугацаандаа %", 24, "right"),
                  Column("Архив байнга/70/түр", 26, "right")]
NOTE = ("Хоцролт: хоног тутам нийт үнэлгээний 5 % хасна (журмын 11.1). Үнэлгээ: 7.5-д заасны дагуу 0–5 оноо. "
        "11.2: өмнөх үеийн хамт дараалан хоёр удаа хангалтгүй (эцсийн оноо {below}-аас доош) үнэлгээ авсан. "
        "10.1: явцын хяналт-шинжилгээ 9 дүгээр сард багтаан. Шагнал жилийн дүнгээр (10.3–10.6). "
        "11.3-ын зөрчил оноо хасахгүй; албан тушаалтанд холбогдох хуулийн дагуу хариуцлага хүлээлгэнэ.")


@dataclass(frozen=True)
class ProvinceReport:
    """What the consolidated report shows, already formatted (rows of `RANK_COLUMNS` and
    `FIGURE_COLUMNS`), and the offices that have not submitted."""

    header: ReportHeader
    period: str
    rank_rows: list[TableRow]
    figure_rows: list[TableRow]
    missing: list[str]
    signatures: list[Signature] = field(default_factory=list)
    unsatisfactory_below: str = "2,5"
    confirmation: str = ""  # §10.2: the council's decision, or that the ranking is not confirmed
    violation_rows: list[TableRow] = field(default_factory=list)  # §11.3, rows of `VIOLATION_COLUMNS`
    monitoring_rows: list[TableRow] = field(default_factory=list)  # §10.1, rows of `MONITORING_COLUMNS`


def check_target(target: Path) -> str:
    suffix = Path(target).suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValidationError("Файлын өргөтгөл .pdf эсвэл .xlsx байна.", "The file must end in .pdf or .xlsx.",
                              where=str(target))
    return suffix


def write(data: ProvinceReport, target: Path, progress: Callable[[int, int], bool] | None = None) -> Path:
    """The report as .pdf or .xlsx; `progress` returning False stops it (InterruptedError, no file)."""
    suffix = check_target(target)
    header = data.header

    def step(done: int, total: int) -> None:
        if progress is not None and not progress(done, total):
            raise InterruptedError("report cancelled")

    if suffix == ".xlsx":
        from soum_desk.reports.xlsx import XlsxReport

        xlsx = XlsxReport(header)
        xlsx.sheet("Эрэмбэ", RANK_COLUMNS, data.rank_rows, title=header.title)
        xlsx.sheet("Зөрчил", VIOLATION_COLUMNS, data.violation_rows, title="Зөрчил (11.3)")
        xlsx.sheet("Явцын хяналт", MONITORING_COLUMNS, data.monitoring_rows, title="Явцын хяналт-шинжилгээ (10.1)")
        step(1, 4)
        xlsx.sheet("Үзүүлэлт", FIGURE_COLUMNS, data.figure_rows, title="Нэгтгэсэн үзүүлэлт")
        step(2, 4)
        xlsx.sheet("Ирүүлээгүй", [Column("Ирүүлээгүй байгууллага", 120)], [[m] for m in data.missing],
                   title="Тайлан ирүүлээгүй")
        step(3, 4)  # the last moment a Cancel leaves no file
        return xlsx.write(target)
    from soum_desk.reports.pdf import PdfReport

    pdf = PdfReport(header, landscape=True, footer_note=f"SoumDesk — {data.period}")
    pdf.heading("1. Эрэмбэ")
    pdf.table(RANK_COLUMNS, data.rank_rows, progress=progress)
    pdf.paragraph(NOTE.format(below=data.unsatisfactory_below))
    if data.violation_rows:
        pdf.heading("1.1. Зөрчил (11.3)")
        pdf.table(VIOLATION_COLUMNS, data.violation_rows)
    if data.monitoring_rows:
        pdf.heading("1.2. Явцын хяналт-шинжилгээ, өгсөн зөвлөмж (10.1)")
        pdf.table(MONITORING_COLUMNS, data.monitoring_rows)
    pdf.heading("2. Нэгтгэсэн үзүүлэлт")
    pdf.table(FIGURE_COLUMNS, data.figure_rows, progress=progress)
    pdf.heading("3. Тайлан ирүүлээгүй")
    pdf.paragraph(", ".join(data.missing) if data.missing else "Бүгд ирүүлсэн.")
    pdf.signatures(data.signatures)
    return pdf.write(target, progress)
