"""Letters report tables: the period figures and the weekly list of overdue reply-letters.

Pure layout from plain data: the letters service (`services/letters/report.py`) gathers the
figures and rows, the header and the signatures, and writes the `TableReport`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from soum_desk.domain.formatting import format_date, format_percent
from soum_desk.reports.common import Column, RowKind, TableRow
from soum_desk.reports.tables import Section

FIGURE_ROWS = [
    ("received", "Хүлээн авсан албан бичиг"),
    ("reply_required", "Үүнээс хариутай бичиг"),
    ("answered_on_time", "Хугацаандаа шийдвэрлэсэн"),
    ("answered_late", "Хугацаа хэтрүүлж шийдвэрлэсэн"),
    ("open", "Шийдвэрлэх хугацаа болоогүй"),
    ("overdue", "Хугацаа хэтэрсэн, шийдвэрлээгүй"),
    ("sent", "Явуулсан албан бичиг"),
]
OVERDUE_COLUMNS = [Column("№", 9, "right"), Column("Бүртгэлийн дугаар", 22), Column("Огноо", 20),
                   Column("Ирүүлсэн байгууллага", 50), Column("Тэдний дугаар", 22), Column("Товч агуулга", 75),
                   Column("Хариуцагч", 35), Column("Хариу өгөх хугацаа", 22), Column("Хэтэрсэн хоног", 16, "right")]


def figures_section(total: Mapping[str, Any], quarters: Sequence[Mapping[str, Any]]) -> Section:
    """The figures, one column per quarter (when the period is longer) and the total; the summary line."""
    cols = [Column("Үзүүлэлт", 90)] + [Column(f"{q['period'][-1]}-р улирал", 22, "right") for q in quarters] + \
        [Column("Бүгд", 24, "right")]
    rows = [TableRow([label] + [q[key] for q in quarters] + [total[key]]) for key, label in FIGURE_ROWS]
    rows.append(TableRow(["Шийдвэрлэлтийн хувь (хугацаандаа ÷ хариутай)"]
                         + [format_percent(q["resolution_percent"]) for q in quarters]
                         + [format_percent(total["resolution_percent"])], RowKind.TOTAL))
    summary = (f"{format_date(date.fromisoformat(total['as_of']))}-ны байдлаар {total['received']} албан бичиг "
               f"хүлээн авч {total['answered_on_time']} бичгийг хугацаанд нь шийдвэрлэж, {total['sent']} албан "
               f"бичиг явуулсан; шийдвэрлэлтийн хувь {format_percent(total['resolution_percent'])}.")
    return Section("", cols, rows, sheet="Мэдээ", note=summary)


def overdue_section(letters: Sequence[Mapping[str, Any]]) -> Section:
    """One row per overdue letter (oldest due first, as given) and the count."""
    rows = [TableRow([i, r["reg_no"], format_date(date.fromisoformat(r["reg_date"])), r["counterpart"],
                      r["their_ref"] or "", r["subject"], r["assignee"] or "",
                      format_date(date.fromisoformat(r["due_date"])), r["days_overdue"]])
            for i, r in enumerate(letters, start=1)]
    rows.append(TableRow(["", "Бүгд", "", "", "", len(rows), "", "", ""], RowKind.TOTAL))
    return Section("", OVERDUE_COLUMNS, rows, sheet="Хугацаа хэтэрсэн")
