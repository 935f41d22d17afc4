from soum_desk.reports.plans_layout import chunk_text, split_long
from soum_desk.services.plans import progress as plans_progress
from soum_desk.services.plans import report as plans_report
from soum_desk.services.plans import tree as plans


def test_chunks_fit_the_line_budget():
    text = "\n".join(["үг " * 200] * 5)
    pieces = chunk_text(text, chars_per_line=50, max_lines=10)
    assert len(pieces) > 1
    assert " ".join(p.replace("\n", " ") for p in pieces).split() == text.split()
    assert chunk_text("богино", 50) == ["богино"]
    rows = split_long(["1", "a", "", "", "", "x" * 3000, "b", ""])
    assert len(rows) > 1 and rows[1].cells[0] == ""


def test_pdf_with_cells_taller_than_a_page(ctx, small_plan, tmp_path):
    from pypdf import PdfReader

    m = small_plan["measures"][0]
    plans.update_measure(ctx, m, {"timing_text": "I-IV улиралд " + "тайлбар " * 300})
    plans_progress.record_progress(ctx, m, "2024Q4", narrative="Хийсэн ажил. " * 900, self_percent=100)
    pdf = plans_report.make_report(ctx, "2024Q4", "pdf", tmp_path / "long.pdf")
    assert len(PdfReader(pdf).pages) >= 4


def test_report_data_header_and_signatures_come_from_core_reporting(ctx, small_plan):
    from datetime import date

    from soum_desk.reports.plans_layout import PlanReport
    from soum_desk.services.core import office
    from tests.conftest import as_role

    clerk = as_role(ctx, "clerk")
    data = plans_report.report_data(clerk, "2024Q1", on=date(2024, 4, 5), charts=False)
    assert isinstance(data, PlanReport) and data.charts == []
    assert data.header.report_date == date(2024, 4, 5)
    # seed 001's title: who reports (as the plan's title names it), the year and period; no line above it
    assert data.header.title == "ЕСӨНБУЛАГ СУМЫН ЗДТГ-ЫН 2024 ОНЫ I УЛИРЛЫН ГҮЙЦЭТГЭЛИЙН ТАЙЛАН"
    assert data.header.office_name == "" and data.header.subtitle == ""
    assert office.get_office(ctx)["name"]
    reviewed, reported, compiled = data.signatures
    assert (reviewed.label, reviewed.name, reviewed.position) == ("ХЯНАСАН", "Б.ДАРГА", "ЗДТГ-ЫН ДАРГА")  # the head
    assert reported.label == "ТАЙЛАГНАСАН" and compiled.label == "БИЕЛЭЛТИЙГ НЭГТГЭСЭН"
    assert reported.name == clerk.actor.full_name.upper() and compiled.name == ""  # nobody chosen: left to hand
    assert plans_report.report_data(clerk, "2024Q1").charts == []  # nothing recorded yet: no empty chart
