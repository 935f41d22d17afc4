"""The plan-execution report as PDF, laid out as seed 001, with a summary page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from soum_desk.reports.common import RowKind, TableRow
from soum_desk.reports.pdf import PdfReport
from soum_desk.reports.plans_layout import (
    PlanReport,
    average_cells,
    average_columns,
    average_rows,
    columns,
    flow_columns,
    flow_rows,
    summary_pairs,
    table_rows,
)


def _capital(text: str) -> str:
    """A label as the first word of a printed line: «бүрэн хэрэгжсэн» → «Бүрэн хэрэгжсэн»."""
    return text[:1].upper() + text[1:]


def _words(lang: str) -> dict[str, str]:
    if lang == "en":
        return {"summary": "Summary", "averages": "Averages per section and goal",
                "flows": "Stalled and broken-off measures (7.3)", "none": "None.",
                "note": "Scoring: the levels of §7.1 and §7.2 with the weights of §7.5, converted to a 0–5 score; "
                        "measures «cannot be evaluated» and «not due» are left out of the average.",
                "chart": "Chart"}
    return {"summary": "Дүгнэлт", "averages": "Бүлэг, зорилтын дундаж хувь",
            "flows": "Удааширсан, тасарсан арга хэмжээ (7.3)", "none": "Байхгүй.",
            "note": "Үнэлгээ: журмын 7.1, 7.2-т заасан түвшин, 7.5-д заасан жингээр 0–5 оноонд шилжүүлэв; "
                    "«үнэлэх боломжгүй», «хугацаа болоогүй» арга хэмжээ дундажид орохгүй.",
            "chart": "График"}


def write_plan_pdf(data: PlanReport, path: str | Path, *,
                   progress: Callable[[int, int], bool] | None = None) -> Path:
    """Seed 001's table page for page (title, date and place, the table, the average line, the
    signatures under it), then the summary and a chart only where there is data."""
    result, lang = data.result, data.lang
    words = _words(lang)
    period_label = result["period_label_en"] if lang == "en" else result["period_label"]
    report = PdfReport(data.header, landscape=True, footer_note=f"SoumDesk · {period_label}", lang=lang)
    rows = table_rows(result, numbers=False, extra=False, lang=lang)
    rows.append(TableRow(average_cells(result, numbers=False, extra=False, lang=lang), RowKind.TOTAL))
    report.table(columns(lang), rows, progress=progress, keep_last=1)  # the average line stays with the signatures
    report.signatures(data.signatures)
    # then the summary, the averages and the chart, each kept whole and each on the page that
    # still has room for it: no forced page break leaves a page near-empty
    start = len(report.story)
    report.spacer(6)
    report.heading(words["summary"])
    report.paragraph(data.header.title)  # the title names the period
    report.spacer(2)
    report.key_values([(_capital(label), value) for label, value in summary_pairs(result, lang, numbers=lang)],
                      label_width_mm=120)
    report.spacer(2)
    report.paragraph(words["note"])  # how the score above is counted, right under it
    report.keep_together(start)
    start = len(report.story)
    report.heading(words["flows"])
    flows = flow_rows(result, lang)
    if flows:
        report.table(flow_columns(lang), flows)
    else:
        report.paragraph(words["none"])
    report.keep_together(start)
    start = len(report.story)
    report.heading(words["averages"])
    report.table(average_columns(lang), average_rows(result, lang))
    report.keep_together(start)  # a heading never ends a page without its table
    from soum_desk.reports.charts import add_chart_page

    add_chart_page(report, words["chart"], data.charts, lang, new_page=False)
    return report.write(path)
