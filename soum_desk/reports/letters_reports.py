"""Letters reports: the period figures and the weekly list of overdue reply-letters (PDF or XLSX)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from soum_desk.domain.formatting import format_date, format_percent
from soum_desk.domain.periods import Period
from soum_desk.reports.common import Column, ReportHeader, RowKind, Signature, TableRow
from soum_desk.reports.tables import Section, TableReport
from soum_desk.services.core import office, users
from soum_desk.services.core.context import AppContext
from soum_desk.services.letters import queries as letters_query
from soum_desk.services.letters import stats as letters_stats

FIGURE_ROWS = [
    ("received", "Хүлээн авсан албан бичиг"),
    ("reply_required", "Үүнээс хариутай бичиг"),
    ("answered_on_time", "Хугацаандаа шийдвэрлэсэн"),
    ("answered_late", "Хугацаа хэтрүүлж шийдвэрлэсэн"),
    ("open", "Шийдвэрлэх хугацаа болоогүй"),
    ("overdue", "Хугацаа хэтэрсэн, шийдвэрлээгүй"),
    ("sent", "Явуулсан албан бичиг"),
]


def signatures(ctx: AppContext) -> list[Signature]:
    """ТАЙЛАГНАСАН: the signed-in clerk; ХЯНАСАН: the head of the office (first active head user)."""
    actor = ctx.actor
    blocks = [Signature("ТАЙЛАГНАСАН", "", actor.full_name or actor.username)] if actor else []
    heads = [u for u in users.list_users(ctx) if u["role"] == "head" and u["active"]]
    if heads:
        blocks.insert(0, Signature("ХЯНАСАН", heads[0]["position"] or "ЗДТГ-ын дарга", heads[0]["full_name"]))
    return blocks


def header(ctx: AppContext, title: str, report_date: date, subtitle: str = "") -> ReportHeader:
    info = office.get_office(ctx)
    return ReportHeader(office_name=info["name"], title=title, report_date=report_date,
                        place=info["place"] or info["soum_name"] or info["aimag_name"], subtitle=subtitle)


def figures_report(ctx: AppContext, period: Period | str, path: str | Path, as_of: date | None = None) -> Path:
    """Албан бичгийн шийдвэрлэлтийн мэдээ: the figures of the period, by quarter when longer."""
    p = period if isinstance(period, Period) else Period.parse(period)
    total = letters_stats.period_figures(ctx, p, as_of)
    quarters = letters_stats.figures_by_quarter(ctx, p, as_of) if p.kind != "Q" else []
    cols = [Column("Үзүүлэлт", 90)] + [Column(f"{q['period'][-1]}-р улирал", 22, "right") for q in quarters] + \
        [Column("Бүгд", 24, "right")]
    rows = [TableRow([label] + [q[key] for q in quarters] + [total[key]]) for key, label in FIGURE_ROWS]
    rows.append(TableRow(["Шийдвэрлэлтийн хувь (хугацаандаа ÷ хариутай)"]
                         + [format_percent(q["resolution_percent"]) for q in quarters]
                         + [format_percent(total["resolution_percent"])], RowKind.TOTAL))
    summary = (f"{format_date(date.fromisoformat(total['as_of']))}-ны байдлаар {total['received']} албан бичиг "
               f"хүлээн авч {total['answered_on_time']} бичгийг хугацаанд нь шийдвэрлэж, {total['sent']} албан "
               f"бичиг явуулсан; шийдвэрлэлтийн хувь {format_percent(total['resolution_percent'])}.")
    report = TableReport(header(ctx, "Албан бичгийн шийдвэрлэлтийн мэдээ",
                                date.fromisoformat(total["as_of"]), p.label("mn")),
                         [Section("", cols, rows, sheet="Мэдээ", note=summary)], signatures(ctx))
    if Path(path).suffix.lower() == ".pdf":
        from soum_desk.services.dashboard.charts import letters_report_charts

        report.charts = letters_report_charts(ctx, p, date.fromisoformat(total["as_of"]))
    return report.write(path)


def overdue_report(ctx: AppContext, path: str | Path, as_of: date | None = None) -> Path:
    """Хугацаа хэтэрсэн хариутай бичиг: the weekly list for the head."""
    as_of = as_of or date.today()
    rows = [TableRow([i, r["reg_no"], format_date(date.fromisoformat(r["reg_date"])), r["counterpart"],
                      r["their_ref"] or "", r["subject"], r["assignee"] or "",
                      format_date(date.fromisoformat(r["due_date"])), r["days_overdue"]])
            for i, r in enumerate(letters_query.overdue_letters(ctx, as_of), start=1)]
    cols = [Column("№", 9, "right"), Column("Бүртгэлийн дугаар", 22), Column("Огноо", 20),
            Column("Ирүүлсэн байгууллага", 50), Column("Тэдний дугаар", 22), Column("Товч агуулга", 75),
            Column("Хариуцагч", 35), Column("Хариу өгөх хугацаа", 22), Column("Хэтэрсэн хоног", 16, "right")]
    rows.append(TableRow(["", "Бүгд", "", "", "", len(rows), "", "", ""], RowKind.TOTAL))
    report = TableReport(header(ctx, "Хугацаа хэтэрсэн хариутай бичгийн жагсаалт", as_of,
                                f"{format_date(as_of)}-ны байдлаар"),
                         [Section("", cols, rows, sheet="Хугацаа хэтэрсэн")], signatures(ctx), landscape=True)
    return report.write(path)
