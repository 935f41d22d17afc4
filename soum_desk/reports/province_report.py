"""The province's consolidated report: ranking (with the late penalty), plan execution,
petition and letter figures, archive counts, and who has not submitted. PDF or XLSX.

It only draws: `services/province/report.report_data` gathers the rows and the header."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from soum_desk.errors import ValidationError
from soum_desk.reports.common import Column, ReportHeader, Signature, TableRow

RANK_COLUMNS = [Column("Байр", 14, "center"), Column("Сум / агентлаг", 70), Column("Үнэлгээ (0–5)", 24, "right"),
                Column("Хоцорсон өдөр", 22, "right"), Column("Хасалт", 20, "right"),
                Column("Эцсийн оноо", 24, "right"), Column("Ирсэн огноо", 26, "center"),
                Column("Хариуцлага (11.2)", 46)]
FIGURE_COLUMNS = [Column("Сум / агентлаг", 60), Column("Төлөвлөгөө, дундаж %", 24, "right"),
                  Column("Оноо (0–5)", 18, "right"), Column("Өргөдөл ирсэн", 20, "right"),
                  Column("Хугацаандаа %", 20, "right"), Column("Хугацаа хэтэрсэн", 20, "right"),
                  Column("Албан бичиг ирсэн/явсан", 26, "right"), Column("Хариутай, хугацаандаа %", 24, "right"),
                  Column("Архив байнга/70/түр", 26, "right")]
NOTE = ("Хоцролт: хоног тутам нийт үнэлгээний 5 % хасна (журмын 11.1). Үнэлгээ: 7.5-д заасны дагуу 0–5 оноо. "
        "11.2: өмнөх үеийн хамт дараалан хоёр удаа хангалтгүй (эцсийн оноо {below}-аас доош) үнэлгээ авсан.")


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
    pdf.heading("2. Нэгтгэсэн үзүүлэлт")
    pdf.table(FIGURE_COLUMNS, data.figure_rows, progress=progress)
    pdf.heading("3. Тайлан ирүүлээгүй")
    pdf.paragraph(", ".join(data.missing) if data.missing else "Бүгд ирүүлсэн.")
    pdf.signatures(data.signatures)
    return pdf.write(target, progress)
