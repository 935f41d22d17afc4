"""The province's consolidated report: its data built here, drawn by `reports/province_report`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from soum_desk.domain import clock
from soum_desk.domain.formatting import format_date, format_number, format_percent
from soum_desk.domain.periods import Period, default_as_of, running_note
from soum_desk.reports import province_report
from soum_desk.reports.common import TableRow
from soum_desk.services.core import reporting, settings
from soum_desk.services.core.context import AppContext
from soum_desk.services.core.signing import Signing
from soum_desk.services.province import confirmation
from soum_desk.services.province import views as province_views
from soum_desk.services.province.evaluation_text import (
    confirmation_text,
    monitoring_text,
    prize_text,
    violations_text,
)
from soum_desk.services.province.rows import ConsolidatedRow, RankingRow

TITLE = "Сум, агентлагийн үйл ажиллагааны нэгтгэсэн үнэлгээ"


def _pct(value: float | None) -> str:
    return format_percent(round(value, 1) if value is not None else None)


def _num(value: float | int | None, decimals: int = 2) -> str:
    return format_number(value, decimals) if value is not None else "–"


def accountability_text(r: RankingRow, lang: str = "mn") -> str:
    """The §11.2 column: unsatisfactory, flagged (two in a row), and what the officer recorded."""
    en = lang == "en"
    if r["accountability"]:
        text = ("unsatisfactory twice in a row — propose holding to account" if en
                else "2 дахь удаа хангалтгүй — хариуцлага тооцуулах санал")
        rec = r["accountability_record"]
        if rec is not None and rec["forwarded_on"]:
            day = format_date(date.fromisoformat(rec["forwarded_on"]))
            text += f"; forwarded {day}" if en else f"; уламжилсан {day}"
        elif rec is not None and not rec["indicators_declined"]:
            text += "; indicators did not decline, not forwarded" if en else "; үзүүлэлт буураагүй, уламжлаагүй"
        return text
    if r["unsatisfactory"]:
        return "unsatisfactory" if en else "хангалтгүй"
    return ""


def rank_rows(ranked: list[RankingRow]) -> list[TableRow]:
    return [TableRow([r["rank"] or "–", r["name"], _num(r["score"]), r["late_days"] or "",
                      _num(r["penalty"]) if r["penalty"] else "", _num(r["final"]),
                      r["arrived_on"] or "ИРҮҮЛЭЭГҮЙ", monitoring_text(r), prize_text(r), accountability_text(r),
                      violations_text(r)]) for r in ranked]


def violation_rows(ranked: list[RankingRow]) -> list[TableRow]:
    """§11.3 in full: who, when, which clause, what happened, on what document."""
    return [TableRow([r["name"], format_date(date.fromisoformat(v["found_on"])), f"{v['clause']} {v['clause_mn']}",
                      v["description"] + (f" ({v['official']})" if v["official"] else ""), v["reference"]])
            for r in ranked for v in r["violations"]]


def figure_rows(figures: list[ConsolidatedRow]) -> tuple[list[TableRow], list[str]]:
    """The submitted offices' figures, and the names of those that have not submitted."""
    rows = []
    missing = []
    for r in figures:
        if not r["submitted"]:
            missing.append(r["name"])
            continue
        archive = "/".join(str(r.get(k) if r.get(k) is not None else "–")
                           for k in ("archive_permanent", "archive_70_years", "archive_temporary"))
        letters = f"{r.get('letters_incoming') or 0}/{r.get('letters_outgoing') or 0}"
        received = r.get("petitions_received")
        rows.append(TableRow([r["name"], _pct(r.get("plan_average")), _num(r.get("plan_score")),
                              received if received is not None else "–",
                              _pct(r["petitions_on_time_percent"]), r.get("petitions_overdue") or 0, letters,
                              _pct(r["letters_on_time_percent"]), archive]))
    return rows, missing


def monitoring_rows(ranked: list[RankingRow]) -> list[TableRow]:
    """§10.1 in full: each office's progress monitoring of the year and the recommendations given."""
    return [TableRow([r["name"], monitoring_text(r), m["order_ref"] or "", m["recommendations"]])
            for r in ranked if (m := r["monitoring"]) is not None]


def report_data(ctx: AppContext, period: str, signing: Signing | None = None) -> province_report.ProvinceReport:
    code = Period.parse(period).code
    ranking = province_views.ranking_table(ctx, code)
    confirmed = confirmation_text(code, confirmation.status(ctx, code, ranking))
    with ctx.reading() as session:
        shown = Period.parse(code)  # the bundles received by today; a running period is not final
        header = reporting.header(session, TITLE, subtitle=shown.label("mn"), signing=signing,
                                  extra_lines=[line for line in (running_note(shown, default_as_of(
                                      shown, clock.today()), "mn"), confirmed) if line])
        signatures = reporting.signatures(session, signing, ctx.actor)
        below = float(settings.get_value(session, "province.unsatisfactory_below"))
    figures, missing = figure_rows(province_views.consolidated(ctx, code))
    return province_report.ProvinceReport(header=header, period=code, rank_rows=rank_rows(ranking),
                                          figure_rows=figures, missing=missing, signatures=signatures,
                                          unsatisfactory_below=format_percent(below), confirmation=confirmed,
                                          violation_rows=violation_rows(ranking),
                                          monitoring_rows=monitoring_rows(ranking))


def make_report(ctx: AppContext, period: str, target: Path,
                progress: Callable[[int, int], bool] | None = None, *, signing: Signing | None = None) -> Path:
    """Write the consolidated report of `period` to `target` (.pdf or .xlsx).

    `progress(done, total)` returning False stops it: InterruptedError, and no file is written."""
    province_report.check_target(Path(target))
    if progress is not None and not progress(0, 0):
        raise InterruptedError("report cancelled")
    data = report_data(ctx, period, signing)
    if progress is not None and not progress(0, 0):  # gathering the figures is the one step without checks
        raise InterruptedError("report cancelled")
    return province_report.write(data, Path(target), progress)
