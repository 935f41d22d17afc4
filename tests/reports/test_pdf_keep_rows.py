"""A printed table never leaves a goal row alone at a page's foot, nor the signatures alone on a page."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from soum_desk.reports.common import Column, ReportHeader, RowKind, Signature, TableRow
from soum_desk.reports.pdf import PdfReport

HEADER = ReportHeader(office_name="", title="Гүйцэтгэлийн тайлан", report_date=date(2024, 12, 13), place="Алтай хот")
COLUMNS = [Column("№", 10, "center"), Column("Арга хэмжээ", 120), Column("Хувь", 20, "center")]


def _pages(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_a_goal_row_stays_on_the_page_of_its_first_measure(tmp_path):
    for goals_every in (3, 4, 5, 7):  # goal rows fall at every place of a page's foot in one of these
        rows = []
        for i in range(1, 121):
            if i % goals_every == 1:
                rows.append(TableRow([f"Зорилт {i}-{i + goals_every - 1}"], RowKind.GOAL))
            rows.append(TableRow([i, f"Ажил №{i}", "100"]))
        report = PdfReport(HEADER)
        report.table(COLUMNS, rows)
        pages = _pages(report.write(tmp_path / f"goals_{goals_every}.pdf"))
        assert len(pages) > 2
        for page in pages:
            for i in range(1, 121, goals_every):
                if f"Зорилт {i}-" in page:
                    assert f"Ажил №{i} " in page, (goals_every, i)


def test_the_signatures_stay_with_the_tables_last_row(tmp_path):
    for count in range(30, 50, 2):  # one of these ends the table at a page's foot
        rows = [TableRow([i, f"Ажил №{i}", "100"]) for i in range(1, count + 1)]
        rows.append(TableRow(["", "Хэрэгжилтийн дундаж хувь", "100 хувь"], RowKind.TOTAL))
        report = PdfReport(HEADER)
        report.table(COLUMNS, rows, keep_last=1)
        report.signatures([Signature("ХЯНАСАН", "Дарга", "Ш.Эрдэнэбат"),
                           Signature("ТАЙЛАГНАСАН", "Хэлтсийн дарга", "Я.Жаргалцэцэг"),
                           Signature("БИЕЛЭЛТИЙГ НЭГТГЭСЭН", "Мэргэжилтэн", "Б.Мөнхжаргал")])
        pages = _pages(report.write(tmp_path / f"sign_{count}.pdf"))
        signed = next(page for page in pages if "ХЯНАСАН:" in page)
        assert "Хэрэгжилтийн дундаж хувь" in signed and "БИЕЛЭЛТИЙГ НЭГТГЭСЭН:" in signed, count
