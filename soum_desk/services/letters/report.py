"""Letters reports: the data of the period figures and of the overdue list, and writing them.

`report_data` gathers everything a report shows (header, tables, signatures, charts) as a
`reports.tables.TableReport`; `reports/letters_reports.py` only lays the tables out.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session

from soum_desk.domain.formatting import format_date
from soum_desk.domain.periods import Period, running_note
from soum_desk.reports.common import ReportHeader, Signature
from soum_desk.reports.letters_reports import figures_section, overdue_section
from soum_desk.reports.pdf import Progress
from soum_desk.reports.tables import Section, TableReport
from soum_desk.services.archive import report as archive_report
from soum_desk.services.core import reporting
from soum_desk.services.core.context import AppContext
from soum_desk.services.core.signing import Signing, with_remembered
from soum_desk.services.letters import queries as letters_query
from soum_desk.services.letters import stats as letters_stats

ReportKind = Literal["figures", "overdue"]


def signatures(session: Session, ctx: AppContext, signing: Signing | None = None) -> list[Signature]:
    """The three chosen signatories (unchosen: the head checks, who makes the report reports)."""
    return reporting.signatures(session, signing, ctx.actor)


def _report(ctx: AppContext, title: str, report_date: date, subtitle: str, sections: list[Section], *,
            landscape: bool = False, signing: Signing | None = None) -> TableReport:
    with ctx.reading() as session:
        head: ReportHeader = reporting.header(session, title, subtitle=subtitle, report_date=report_date,
                                              signing=signing)
        signs = signatures(session, ctx, signing)
    return TableReport(head, sections, signs, landscape=landscape)


def figures_data(ctx: AppContext, period: Period | str, as_of: date | None = None, *,
                 charts: bool = True, signing: Signing | None = None) -> TableReport:
    """Албан бичгийн шийдвэрлэлтийн мэдээ: the figures of the period, by quarter when longer."""
    p = period if isinstance(period, Period) else Period.parse(period)
    total = letters_stats.period_figures(ctx, p, as_of)
    quarters = letters_stats.figures_by_quarter(ctx, p, as_of) if p.kind != "Q" else []
    day = date.fromisoformat(total["as_of"])
    report = _report(ctx, "Албан бичгийн шийдвэрлэлтийн мэдээ", day, p.label("mn"),
                     [figures_section(total, quarters)], signing=signing)
    report.header.extra_lines.append(running_note(p, day, "mn"))
    if charts:
        report.charts = [letters_stats.month_chart(ctx, p.year, day, range(p.start.month, p.end.month + 1))]
    return report


def overdue_data(ctx: AppContext, as_of: date | None = None, signing: Signing | None = None) -> TableReport:
    """Хугацаа хэтэрсэн хариутай бичиг: the weekly list for the head."""
    as_of = as_of or date.today()
    section = overdue_section(letters_query.overdue_letters(ctx, as_of))
    return _report(ctx, "Хугацаа хэтэрсэн хариутай бичгийн жагсаалт", as_of, f"{format_date(as_of)}-ны байдлаар",
                   [section], landscape=True, signing=signing)


def report_data(ctx: AppContext, kind: ReportKind, *, period: Period | str | None = None,
                as_of: date | None = None, charts: bool = True, signing: Signing | None = None) -> TableReport:
    """The report `kind` ("figures" of a period, or the "overdue" list) as plain report data."""
    if kind == "figures":
        if period is None:
            raise ValueError("the figures report needs a period")
        return figures_data(ctx, period, as_of, charts=charts, signing=signing)
    return overdue_data(ctx, as_of, signing)


def _is_pdf(path: str | Path) -> bool:
    return Path(path).suffix.lower() == ".pdf"


def figures_report(ctx: AppContext, period: Period | str, path: str | Path, as_of: date | None = None,
                   progress: Progress | None = None, signing: Signing | None = None) -> Path:
    """Write the figures report (PDF with the chart page, or XLSX) by the file's suffix; a
    `progress` that returns False stops it (InterruptedError) before any file is written."""
    return figures_data(ctx, period, as_of, charts=_is_pdf(path), signing=signing).write(path, progress)


def overdue_report(ctx: AppContext, path: str | Path, as_of: date | None = None,
                   progress: Progress | None = None, signing: Signing | None = None) -> Path:
    """Write the overdue list (PDF or XLSX) by the file's suffix; cancellable as `figures_report`."""
    return overdue_data(ctx, as_of, signing).write(path, progress)


def bundle_reports(ctx: AppContext, period: Period | str, folder: Path) -> list[Path]:
    """The period's files for the province bundle: the letters figures and the archive unit counts
    (PDF and XLSX each; ASCII names that read the same on every computer)."""
    p = period if isinstance(period, Period) else Period.parse(period)
    letters_signing = with_remembered(ctx, "letters", Signing())  # as last chosen for each kind
    archive_signing = with_remembered(ctx, "archive", Signing())
    out = [figures_report(ctx, p, Path(folder) / f"letters_{p.code}.{fmt}", signing=letters_signing)
           for fmt in ("pdf", "xlsx")]
    out += [archive_report.counts_report(ctx, p.start, p.end, Path(folder) / f"archive_{p.code}.{fmt}",
                                         signing=archive_signing)
            for fmt in ("pdf", "xlsx")]
    return out
