"""The plan-execution report as PDF, laid out as seed 001, with a summary page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from soum_desk.reports.common import RowKind, TableRow
from soum_desk.reports.pdf import PdfReport
from soum_desk.reports.plans_layout import (
    AVERAGE_COLUMNS,
    COLUMNS,
    FLOW_COLUMNS,
    PlanReport,
    average_cells,
    average_rows,
    flow_rows,
    summary_pairs,
    table_rows,
)


def write_plan_pdf(data: PlanReport, path: str | Path, *,
                   progress: Callable[[int, int], bool] | None = None) -> Path:
    result = data.result
    report = PdfReport(data.header, landscape=True, footer_note=f"SoumDesk · {result['period_label']}")
    rows = table_rows(result, numbers=False, extra=False)
    total = average_cells(result, numbers=False, extra=False)
    rows.append(TableRow(total, RowKind.TOTAL))
    report.table(COLUMNS, rows, progress=progress)
    report.signatures(data.signatures)
    report.page_break()
    report.heading("Дүгнэлт / summary")
    report.paragraph(f"{result['title']} — {result['period_label']}")
    report.spacer(2)
    report.key_values(summary_pairs(result), label_width_mm=120)
    report.heading("Бүлэг, зорилтын дундаж хувь / averages per section and goal")
    report.table(AVERAGE_COLUMNS, average_rows(result))
    report.heading("Удааширсан, тасарсан арга хэмжээ / stalled and broken-off measures (7.3)")
    flows = flow_rows(result)
    if flows:
        report.table(FLOW_COLUMNS, flows)
    else:
        report.paragraph("Байхгүй / none.")
    report.spacer(3)
    report.paragraph("Үнэлгээ: журмын 7.1, 7.2-т заасан түвшин, 7.5-д заасан жингээр 0–5 оноонд шилжүүлэв; "
                     "«үнэлэх боломжгүй», «хугацаа болоогүй» арга хэмжээ дундажид орохгүй.")
    from soum_desk.reports.charts import add_chart_page

    add_chart_page(report, "График", data.charts)
    return report.write(path)

