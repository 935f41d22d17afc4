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
