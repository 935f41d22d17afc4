"""The quarterly petitions report in the office's form: header, figures table,
breakdowns by kind, channel, topic, bag and official, the most frequent topics,
the overdue list and the signature blocks. PDF and XLSX from the same data.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from soum_desk.domain.formatting import format_number, format_percent
from soum_desk.reports.common import Column, ReportHeader, RowKind, Signature, TableRow

FIGURE_LINES = [
    ("received", "Хүлээн авсан өргөдөл, гомдол", "Received"),
    ("resolved_on_time", "Хуулийн хугацаанд шийдвэрлэсэн", "Resolved within the legal period"),
    ("on_time_percent", "Хуулийн хугацаанд шийдвэрлэсэн хувь", "Resolved on time, %"),
    ("resolved_late", "Хугацаа хэтэрч шийдвэрлэсэн", "Resolved late"),
    ("pending", "Шийдвэрлэх хугацаа болоогүй", "Pending, not yet due"),
    ("overdue", "Хугацаа хэтэрсэн, шийдвэрлэгдээгүй", "Overdue, not resolved"),
    ("average_days", "Шийдвэрлэсэн дундаж хоног", "Average days to resolve"),
]
BREAKDOWN_TITLES = {
    "kind": ("Төрлөөр", "By kind"), "channel": ("Ирсэн хэлбэрээр", "By channel"),
    "topic": ("Агуулгаар", "By topic"), "bag": ("Багаар", "By bag"),
    "official": ("Хариуцсан албан тушаалтнаар", "By official"),
}
Progress = Callable[[int, int], bool]


def _value(key: str, data: dict, lang: str) -> str:
    value = data.get(key)
    if key == "on_time_percent":
        return format_percent(value, lang=lang)
    if key == "average_days":
        return format_number(value, 1, lang=lang)
    return str(value if value is not None else 0)


def figure_rows(data: dict, lang: str = "mn") -> list[TableRow]:
    return [TableRow([str(i), en if lang == "en" else mn, _value(key, data, lang)])
            for i, (key, mn, en) in enumerate(FIGURE_LINES, start=1)]


def breakdown_columns(lang: str) -> list[Column]:
    en = lang == "en"
    return [Column("Name" if en else "Нэр", 62), Column("Received" if en else "Ирсэн", 18, "right"),
            Column("On time" if en else "Хугацаандаа", 25, "right"),
            Column("Late" if en else "Хэтэрч шийд.", 22, "right"),
            Column("Pending" if en else "Хугацаа болоогүй", 24, "right"),
            Column("Overdue" if en else "Хэтэрсэн", 20, "right"), Column("%", 16, "right")]


def breakdown_rows(data: dict, name: str, lang: str) -> list[TableRow]:
    labels = data.get("labels", {}).get(name, {})
    rows = []
    for key, c in data["by"][name].items():
        rows.append(TableRow([labels.get(key, key), c["received"], c["resolved_on_time"], c["resolved_late"],
                              c["pending"], c["overdue"], format_percent(c["on_time_percent"], lang=lang)]))
    rows.append(TableRow(["Нийт" if lang != "en" else "Total", data["received"], data["resolved_on_time"],
                          data["resolved_late"], data["pending"], data["overdue"],
                          format_percent(data["on_time_percent"], lang=lang)], RowKind.TOTAL))
    return rows


def overdue_columns(lang: str) -> list[Column]:
    en = lang == "en"
    return [Column("Reg. no" if en else "Бүртгэлийн №", 24), Column("Received" if en else "Хүлээн авсан", 22),
            Column("Due" if en else "Дуусах хугацаа", 22), Column("Kind" if en else "Төрөл", 24),
            Column("Summary" if en else "Агуулга", 68), Column("Official" if en else "Хариуцсан", 40)]


def overdue_rows(items: Sequence[Mapping[str, Any]]) -> list[TableRow]:
    return [TableRow([r["reg_no"], r["received"].replace("-", "."), r["due"].replace("-", "."), r["kind_label"],
                      r["summary"], r["official"] or ""]) for r in items]


def _titles(lang: str) -> dict[str, str]:
    en = lang == "en"
    return {"figures": "1. Figures" if en else "1. Үндсэн үзүүлэлт",
            "top": "3. Most frequent topics" if en else "3. Хамгийн их давтамжтай асуудал",
            "overdue": "4. Overdue petitions" if en else "4. Хугацаа хэтэрсэн өргөдөл, гомдол",
            "none": "None." if en else "Байхгүй.",
            "no": "№", "indicator": "Indicator" if en else "Үзүүлэлт", "value": "Value" if en else "Тоо"}


def write_pdf(path: str | Path, header: ReportHeader, data: dict, overdue: Sequence[Mapping[str, Any]],
              signatures: list[Signature], lang: str = "mn", progress: Progress | None = None, *,
              charts: list[dict] | None = None) -> Path:
    from soum_desk.reports.charts import add_chart_page
    from soum_desk.reports.pdf import PdfReport

    t = _titles(lang)
    report = PdfReport(header, footer_note="SoumDesk")
    report.heading(t["figures"])
    report.table([Column(t["no"], 10, "center"), Column(t["indicator"], 120), Column(t["value"], 35, "right")],
                 figure_rows(data, lang))
    for index, (name, (mn, en)) in enumerate(BREAKDOWN_TITLES.items(), start=1):
        report.heading(f"2.{index}. {en if lang == 'en' else mn}")
        report.table(breakdown_columns(lang), breakdown_rows(data, name, lang))
    report.heading(t["top"])
    if data["top_topics"]:
        report.table([Column(t["no"], 10, "center"), Column(t["indicator"], 120), Column(t["value"], 35, "right")],
                     [TableRow([str(i), x["topic"], x["count"]]) for i, x in enumerate(data["top_topics"], 1)])
    else:
        report.paragraph(t["none"])
    report.heading(t["overdue"])
    if overdue:
        report.table(overdue_columns(lang), overdue_rows(overdue), progress=progress)
    else:
        report.paragraph(t["none"])
    report.signatures(signatures)
    add_chart_page(report, "Charts" if lang == "en" else "Графикууд", charts or [], lang)
    return report.write(path)


def write_xlsx(path: str | Path, header: ReportHeader, data: dict, overdue: Sequence[Mapping[str, Any]],
               signatures: list[Signature], lang: str = "mn") -> Path:
    from soum_desk.reports.xlsx import XlsxReport

    t = _titles(lang)
    report = XlsxReport(header)
    ws = report.sheet("Үзүүлэлт" if lang != "en" else "Figures",
                      [Column(t["no"], 10, "center"), Column(t["indicator"], 120), Column(t["value"], 35, "right")],
                      figure_rows(data, lang), landscape=False)
    ws.append([])
    for block in signatures:
        ws.append([f"{block.label}:", f"{block.position}  ................  {block.name}"])
    for name, (mn, en) in BREAKDOWN_TITLES.items():
        report.sheet(en if lang == "en" else mn, breakdown_columns(lang), breakdown_rows(data, name, lang),
                     title=f"{header.title} — {en if lang == 'en' else mn}")
    report.sheet("Давтамж" if lang != "en" else "Top topics",
                 [Column(t["no"], 10, "center"), Column(t["indicator"], 120), Column(t["value"], 35, "right")],
                 [TableRow([str(i), x["topic"], x["count"]]) for i, x in enumerate(data["top_topics"], 1)],
                 title=t["top"])
    report.sheet("Хэтэрсэн" if lang != "en" else "Overdue", overdue_columns(lang), overdue_rows(overdue),
                 title=t["overdue"])
    return report.write(path)
