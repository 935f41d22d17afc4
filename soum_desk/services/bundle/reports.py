"""The period's PDF and XLSX reports of each area, written into a bundle (report providers).

Each function is `fn(ctx, period, folder) -> list[Path]`, registered in
`bundle/payload.REPORT_PROVIDERS`. File names are ASCII so that they read the same on every
province computer.
"""

from __future__ import annotations

from pathlib import Path

from soum_desk.domain.periods import Period
from soum_desk.services.core.context import AppContext

FORMATS = ("pdf", "xlsx")


def _p(period: Period | str) -> Period:
    return period if isinstance(period, Period) else Period.parse(period)


def plans_reports(ctx: AppContext, period: Period | str, folder: Path) -> list[Path]:
    """Every plan of the period's year: its implementation report for the period."""
    from soum_desk.services.plans import report as plans_report
    from soum_desk.services.plans.scoring import _documents

    p = _p(period)
    with ctx.reading() as session:
        documents = _documents(session, p)
    return [plans_report.make_report(ctx, p.code, fmt, Path(folder) / f"plan_{doc_id}_{p.code}.{fmt}",
                                     document_id=doc_id)
            for doc_id in documents for fmt in FORMATS]


def petitions_reports(ctx: AppContext, period: Period | str, folder: Path) -> list[Path]:
    from soum_desk.services.petitions import report as reports

    p = _p(period)
    return [reports.make_report(ctx, p, fmt, Path(folder) / f"petitions_{p.code}.{fmt}") for fmt in FORMATS]

