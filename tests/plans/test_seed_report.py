"""Issue 16, done when: a plan report made from an imported seed-001 table reads like seed 001's table.

Seed 001 (a real aimag's year-end report) prints its title (who reports, the year, «ЖИЛИЙН ЭЦСИЙН
ГҮЙЦЭТГЭЛИЙН ТАЙЛАН»), the date and the place, the table under its own column titles, the sections
in order, the average line «Хэрэгжилтийн дундаж хувь … хувь» and, under it, three signature blocks.
The checks read the PDF's text as a reader would (pypdf) and name signature labels only, not who signs.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from soum_desk.domain.periods import Period
from soum_desk.services.plans import imports as plans_io
from soum_desk.services.plans import progress as plans_progress
from soum_desk.services.plans import report as plans_report
from soum_desk.services.plans.report_title import report_title
from tests.plans.seed_fixture import HEADER, ROWS, THIRD_SECTION, make_seed_like_xlsx

SEED_TITLE = ("АЙМГИЙН ЗАСАГ ДАРГЫН ТАМГЫН ГАЗРЫН ТӨРИЙН ЗАХИРГААНЫ УДИРДЛАГЫН ХЭЛТСИЙН 2024 ОНЫ ЖИЛИЙН ЭЦСИЙН "
              "ГҮЙЦЭТГЭЛИЙН ТАЙЛАН")
# seed 001's column titles; its text layer splits «Зорилтот» into «Зорилт от», the printed word is one
SEED_COLUMNS = [title.replace("Зорилт от", "Зорилтот") for title in HEADER]
SIGNATURE_LABELS = ["ХЯНАСАН:", "ТАЙЛАГНАСАН:", "БИЕЛЭЛТИЙГ НЭГТГЭСЭН:"]


def _pages(path) -> list[str]:
    """Each page's text with the lines joined by single spaces (a wrapped cell reads as one phrase)."""
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _in_order(text: str, parts: list[str]) -> bool:
    at = -1
    for part in parts:
        at = text.find(part, at + 1)
        if at < 0:
            return False
    return True


@pytest.fixture
def seed_plan(ctx, tmp_path):
    """The seed-001-shaped table with the seed's three sections."""
    return plans_io.import_file(ctx, make_seed_like_xlsx(tmp_path / "seed.xlsx", ROWS + THIRD_SECTION))["result"]


def test_plan_report_from_the_seed_table_reads_like_seed_001_page_for_page(ctx, seed_plan, tmp_path):
    pages = _pages(plans_report.make_report(ctx, "2024", "pdf", tmp_path / "r.pdf"))
    first, text = pages[0], " ".join(pages)
    # the title as the office wrote it, first on the first page, then the date and the place under it
    assert first[:first.index(SEED_TITLE)].strip() in ("", "SoumDesk · 2024 он"), first[:200]  # only the footer
    assert "СУМЫН ЗАСАГ ДАРГЫН ТАМГЫН ГАЗАР" not in first  # no office line above the office's own title
    assert re.search(r"ГҮЙЦЭТГЭЛИЙН ТАЙЛАН .*\d{4}\.\d{2}\.\d{2} .*Есөнбулаг", first)
    assert " / " not in first[:first.find("№")]  # no bilingual subtitle
    # seed 001's column titles, word for word and in its order
    assert _in_order(first, SEED_COLUMNS), first[:600]
    # sections and goals in the seed's order, the average line last, the three signatures under it
    assert _in_order(text, ["НЭГ БОДЛОГЫН БАРИМТ БИЧИГ ТУСГАГДСАН ЗОРИЛТ", "Зорилт 1.1 Монгол Улсын",
                            "Зорилт 1.2. Аймгийн бодлогын", "ХОЁР ХУУЛИАР ОЛГОСОН НИЙТЛЭГ ЧИГ ҮҮРГИЙГ",
                            "Зорилт 2.1. Төрийн албан хаагчдын", "Хүлээлгэн өгсөн.",
                            "ГУРАВ ТӨРИЙН ҮЙЛЧИЛГЭЭНИЙ ЧАНАР, ХҮРТЭЭМЖИЙГ САЙЖРУУЛАХ ЗОРИЛТ", "Зорилт 3.1 Төрийн",
                            "899 нэр төрлийн", "Хэрэгжилтийн дундаж хувь 90 хувь", *SIGNATURE_LABELS])
    signed = next(i for i, page in enumerate(pages) if "ХЯНАСАН:" in page)
    assert "Хэрэгжилтийн дундаж хувь 90 хувь" in pages[signed]  # the blocks never stand alone on a page
    assert all(label in pages[signed] for label in SIGNATURE_LABELS)
    assert all("Дүгнэлт" not in page for page in pages[:signed])  # the seed's table comes first, whole
    # a Mongolian report is wholly Mongolian: no English label (the data's web address is the office's)
    latin = {word for word in re.findall(r"[A-Za-z]{2,}", text) if not re.fullmatch(r"[IVX]+", word)}  # «IV улирал»
    latin -= {"SoumDesk", "www", "shilen", "gov", "mn"}
    assert not latin, latin
    # no page left near-empty: five pages before (a page for the signatures alone, one for a closing
    # note, one for an empty quarterly chart), now the table with its signatures, the summary, the chart
    assert len(pages) <= 3, [page[:80] for page in pages]


def test_annual_report_draws_its_chart_by_year_and_only_with_data(ctx, seed_plan, tmp_path):
    charts = plans_report.report_data(ctx, "2024").charts
    assert [c["categories"] for c in charts] == [["2024 он"]]  # the year's own axis, no empty quarters
    assert charts[0]["series"][0]["values"] == [pytest.approx(90.0)]
    text = " ".join(_pages(plans_report.make_report(ctx, "2024", "pdf", tmp_path / "r.pdf")))
    assert "жилээр" in text and "улирлаар" not in text and "2024Q" not in text
    # the seed table reports the year only: its quarters have nothing to draw, so no chart at all
    assert plans_report.report_data(ctx, "2024Q4").charts == []
    assert "График" not in " ".join(_pages(plans_report.make_report(ctx, "2024Q4", "pdf", tmp_path / "q.pdf")))


def test_quarterly_report_draws_the_quarters_that_have_figures(ctx, small_plan):
    measure = small_plan["measures"][0]
    plans_progress.record_progress(ctx, measure, "2024Q1", narrative="Хийсэн", self_percent=60)
    plans_progress.record_progress(ctx, measure, "2024Q3", narrative="Хийсэн", self_percent=90)
    charts = plans_report.report_data(ctx, "2024Q3").charts
    assert [c["categories_en"] for c in charts] == [["Q1 2024", "Q3 2024"]]  # Q2 had nothing; Q4 is later
    assert charts[0]["title"][0] == "Төлөвлөгөөний биелэлт, улирлаар (%)"


def test_english_report_is_wholly_english(ctx, seed_plan, tmp_path):
    en = dataclasses.replace(ctx, lang="en")
    pages = _pages(plans_report.make_report(en, "2024", "pdf", tmp_path / "en.pdf"))
    text = " ".join(pages)
    assert "YEAR-END PERFORMANCE REPORT FOR 2024" in pages[0]
    assert _in_order(pages[0], ["No.", "Strategic plan and the other policy documents and laws it rests on",
                                "Indicator", "Baseline", "Target", "Timing /quarters I-IV/", "Implementation",
                                "Percent"])
    assert _in_order(text, ["Goal 1.1", "Goal 3.1", "Average implementation, % 90%", "CHECKED BY:",
                            "REPORTED BY:", "IMPLEMENTATION COMPILED BY:", "Summary"])
    assert "Page 1 / " in pages[0]
    assert "Score = average × 0.05 (7.5) 4.50" in text  # figures written the English way
    for word in ("Хэрэгжилтийн дундаж", "ХЯНАСАН", "ТАЙЛАГНАСАН", "НЭГТГЭСЭН", "Хуудас", "Дүгнэлт", "Зорилт ",
                 "График", "байдлаар", "Стратеги", "Хувь"):
        assert word not in text, word


def test_xlsx_report_has_the_same_title_and_column_titles(ctx, seed_plan, tmp_path):
    from openpyxl import load_workbook

    ws = load_workbook(plans_report.make_report(ctx, "2024", "xlsx", tmp_path / "r.xlsx"))["Төлөвлөгөө"]
    rows = [[c for c in row if c is not None] for row in ws.iter_rows(values_only=True)]
    assert rows[0] == [SEED_TITLE]
    header = next(row for row in rows if row and row[0] == "№")
    assert header[:8] == SEED_COLUMNS
    cells = [c for row in rows for c in row]
    assert "Хэрэгжилтийн дундаж хувь" in cells
    assert _in_order(" ".join(str(c) for c in cells), SIGNATURE_LABELS)
    # the export keeps the office's column titles in any language: it imports back
    export = plans_report.export_xlsx(dataclasses.replace(ctx, lang="en"), "2024", tmp_path / "e.xlsx")
    exported = list(load_workbook(export)["Төлөвлөгөө"].iter_rows(values_only=True))
    assert any(row[:8] == tuple(SEED_COLUMNS) for row in exported)
    assert exported[0][0] == seed_plan["title"]  # the plan under its own title


@pytest.mark.parametrize(("plan_title", "period", "expected"), [
    (SEED_TITLE, "2024", SEED_TITLE),
    (SEED_TITLE, "2024Q2", SEED_TITLE.replace("ЖИЛИЙН ЭЦСИЙН", "II УЛИРЛЫН")),
    ("Есөнбулаг сумын ЗДТГ-ын 2024 оны үйл ажиллагааны төлөвлөгөө", "2024H1",
     "ЕСӨНБУЛАГ СУМЫН ЗДТГ-ЫН 2024 ОНЫ ХАГАС ЖИЛИЙН ГҮЙЦЭТГЭЛИЙН ТАЙЛАН"),
    ("ҮЙЛ АЖИЛЛАГААНЫ ТӨЛӨВЛӨГӨӨ", "2024",  # the title does not say who: the office does
     "ТАЙШИР СУМЫН ЗАСАГ ДАРГЫН ТАМГЫН ГАЗРЫН 2024 ОНЫ ЖИЛИЙН ЭЦСИЙН ГҮЙЦЭТГЭЛИЙН ТАЙЛАН"),
])
def test_title_follows_seed_001s_pattern_with_the_offices_own_names(plan_title, period, expected):
    assert report_title(plan_title, "Тайшир сумын Засаг даргын Тамгын газар", Period.parse(period)) == expected


def test_a_title_says_which_document_when_it_is_not_the_annual_plan():
    office, year = "Тайшир сумын Засаг даргын Тамгын газар", Period.parse("2024")
    contract = "Тайшир сумын Засаг даргын 2024 оны үр дүнгийн гэрээ"
    assert (report_title(contract, office, year, kind="result_contract")
            == "ТАЙШИР СУМЫН ЗАСАГ ДАРГЫН 2024 ОНЫ ҮР ДҮНГИЙН ГЭРЭЭНИЙ ЖИЛИЙН ЭЦСИЙН ГҮЙЦЭТГЭЛИЙН ТАЙЛАН")
    assert (report_title(contract, office, year, "en", "result_contract")
            == "RESULT CONTRACT: YEAR-END PERFORMANCE REPORT FOR 2024")
