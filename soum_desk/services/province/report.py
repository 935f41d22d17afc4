"""The province's consolidated report: its data built here, drawn by `reports/province_report`."""

from __future__ import annotations

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
from soum_desk.services.province import views as province_views
from soum_desk.services.province.rows import ConsolidatedRow, RankingRow

TITLE = "Сум, агентлагийн үйл ажиллагааны нэгтгэсэн үнэлгээ"


def _pct(value: float | None) -> str:
    return format_percent(round(value, 1) if value is not None else None)


def _num(value: float | int | None, decimals: int = 2) -> str:
    return format_number(value, decimals) if value is not None else "–"


def accountability_text(r: RankingRow) -> str:
    """The §11.2 column: unsatisfactory, flagged (two in a row), and what the officer recorded."""
    if r["accountability"]:
        text = "2 дахь удаа хангалтгүй — хариуцлага тооцуулах санал"
        rec = r["accountability_record"]
        if rec is not None and rec["forwarded_on"]:
            text += f"; уламжилсан {format_date(date.fromisoformat(rec['forwarded_on']))}"
        elif rec is not None and not rec["indicators_declined"]:
            text += "; үзүүлэлт буураагүй, уламжлаагүй"
        return text
    return "хангалтгүй" if r["unsatisfactory"] else ""


def rank_rows(ranked: list[RankingRow]) -> list[TableRow]:
    return [TableRow([r["rank"] or "–", r["name"], _num(r["score"]), r["late_days"] or "",
                      _num(r["penalty"]) if r["penalty"] else "", _num(r["final"]),
                      r["arrived_on"] or "ИРҮҮЛЭЭГҮЙ", accountability_text(r)]) for r in ranked]


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


def build_rows(ctx: AppContext, period: str) -> tuple[list[TableRow], list[TableRow], list[str]]:
    figures, missing = figure_rows(province_views.consolidated(ctx, period))
    return rank_rows(province_views.ranking_table(ctx, period)), figures, missing


def report_data(ctx: AppContext, period: str, signing: Signing | None = None) -> province_report.ProvinceReport:
    code = Period.parse(period).code
    with ctx.reading() as session:
        shown = Period.parse(code)  # the bundles received by today; a running period is not final
        header = reporting.header(session, TITLE, subtitle=shown.label("mn"), signing=signing,
                                  extra_lines=[running_note(shown, default_as_of(shown, clock.today()), "mn")])
        signatures = reporting.signatures(session, signing, ctx.actor)
        below = float(settings.get_value(session, "province.unsatisfactory_below"))
    ranked, figures, missing = build_rows(ctx, code)
    return province_report.ProvinceReport(header=header, period=code, rank_rows=ranked, figure_rows=figures,
                                          missing=missing, signatures=signatures,
                                          unsatisfactory_below=format_percent(below))


def make_report(ctx: AppContext, period: str, target: Path, signing: Signing | None = None) -> Path:
    """Write the consolidated report of `period` to `target` (.pdf or .xlsx)."""
    province_report.check_target(Path(target))
    return province_report.write(report_data(ctx, period, signing), Path(target))
