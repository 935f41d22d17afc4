"""PDF reports: Cyrillic text survives, long tables repeat their header, the signature block is there."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from soum_desk.reports.common import Column, ReportHeader, RowKind, Signature, TableRow
from soum_desk.reports.pdf import PdfReport

HEADER = ReportHeader(office_name="Есөнбулаг сумын Засаг даргын Тамгын газар",
                      title="Төлөвлөгөөний биелэлтийн тайлан", report_date=date(2024, 12, 13),
                      place="Есөнбулаг сум", subtitle="2024 оны IV улирал")
COLUMNS = [Column("№", 10, "right"), Column("Арга хэмжээ", 90), Column("Хариуцах нэгж", 45),
           Column("Биелэлт, хувь", 25, "right")]


def _text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.fixture
def long_report(tmp_path):
    report = PdfReport(HEADER)
    report.heading("Нэг. Хүний хөгжил")
    rows = [TableRow(["Зорилт 1. Эрүүл мэнд"], RowKind.GOAL)]
    rows += [TableRow([i, f"Өрх бүрийг хамруулах ажил №{i}", "Нийгмийн хөгжлийн ажилтан", "88,2"])
             for i in range(1, 131)]
    rows.append(TableRow(["", "Дүн", "", "91,5"], RowKind.TOTAL))
    report.table(COLUMNS, rows)
    report.signatures([Signature("ХЯНАСАН", "Тамгын газрын дарга", "Б.Болд"),
                       Signature("ТАЙЛАГНАСАН", "Хяналт-шинжилгээний мэргэжилтэн", "Г.Сараа"),
                       Signature("БИЕЛЭЛТИЙГ НЭГТГЭСЭН", "Мэргэжилтэн", "Д.Дорж")])
    return report.write(tmp_path / "report.pdf")


def test_cyrillic_strings_are_extractable(long_report):
    first = _text(long_report)[0]
    for expected in ("ЕСӨНБУЛАГ СУМЫН ЗАСАГ ДАРГЫН ТАМГЫН ГАЗАР", "ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТИЙН ТАЙЛАН",
                     "2024 оны IV улирал", "2024.12.13", "Есөнбулаг сум", "Зорилт 1. Эрүүл мэнд",
                     "Өрх бүрийг хамруулах ажил №1", "88,2"):
        assert expected in first, expected


def test_header_row_repeats_on_page_two(long_report):
    pages = _text(long_report)
    assert len(pages) >= 3
    for text in pages[1:3]:
        assert "Арга хэмжээ" in text and "Хариуцах нэгж" in text
    assert f"Хуудас 2 / {len(pages)}" in pages[1]


def test_signature_block_is_on_the_last_page(long_report):
    last = _text(long_report)[-1]
    for expected in ("ХЯНАСАН:", "ТАЙЛАГНАСАН:", "БИЕЛЭЛТИЙГ НЭГТГЭСЭН:", "Тамгын газрын дарга", "Б.Болд", "Г.Сараа"):
        assert expected in last, expected


def test_landscape_is_a4_landscape(tmp_path):
    report = PdfReport(HEADER, landscape=True)
    report.paragraph("Өргөдөл, гомдлын шийдвэрлэлт")
    path = report.write(tmp_path / "wide.pdf")
    box = PdfReader(path).pages[0].mediabox
    assert round(float(box.width)) == 842 and round(float(box.height)) == 595


def test_cancelled_report_writes_nothing(tmp_path):
    report = PdfReport(HEADER)
    with pytest.raises(InterruptedError):
        report.table(COLUMNS, [[i, "x", "y", "z"] for i in range(500)], progress=lambda d, t: False)
    assert not (tmp_path / "report.pdf").exists()


def test_short_cells_are_plain_text_long_ones_paragraphs(tmp_path):
    """Issue 18: a short one-line cell is drawn as plain text (no Paragraph to lay out); text that
    wraps or that a Paragraph would show differently stays a Paragraph; totals stay bold."""
    from reportlab.platypus import Paragraph, Table

    from soum_desk.reports.pdf import FONT_BOLD

    report = PdfReport(HEADER)
    long_text = "Өрх бүрийг хамруулах ажил, " * 8
    report.table(COLUMNS, [TableRow([1, "Богино", "Ажилтан", "88,2"]),
                           TableRow([2, long_text, "Нэг  хоёр", "7"]),
                           TableRow(["", "Дүн", "", "95,2"], RowKind.TOTAL)])
    table = [f for f in report.story if isinstance(f, Table)][-1]
    body = table._cellvalues[1:]
    assert body[0] == ["1", "Богино", "Ажилтан", "88,2"]
    assert isinstance(body[1][1], Paragraph) and isinstance(body[1][2], Paragraph) and body[1][3] == "7"
    assert body[2][1] == "Дүн"
    assert table._cellStyles[3][1].fontname == FONT_BOLD and table._cellStyles[1][3].alignment == "RIGHT"
    text = "".join(_text(report.write(tmp_path / "mixed.pdf")))
    assert "Богино" in text and "Дүн" in text and "Өрх бүрийг хамруулах" in text


def test_a_text_wider_than_its_column_wraps_into_lines_that_fit():
    """Issue 18: short texts are plain cells wrapped at spaces (no Paragraph); every word is kept,
    each line fits the column; what a plain cell cannot show the same way stays a Paragraph."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from soum_desk.reports.pdf import CELL_PADDING, CELL_SIZE, FONT, plain_cell, styles

    styles()
    width = 60 * 2.834645669  # 60 mm
    text = "Аймгийн санхүү, төрийн сангийн хэлтэс ба бусад байгууллагууд"
    cell = plain_cell(text, FONT, width)
    assert cell is not None and cell.count("\n") >= 1 and cell.replace("\n", " ") == text
    assert all(stringWidth(line, FONT, CELL_SIZE) <= width - CELL_PADDING for line in cell.split("\n"))
    assert plain_cell("Богино", FONT, width) == "Богино"
    assert plain_cell("Ү" * 60, FONT, width) is None  # one word wider than the column: a Paragraph splits it
    assert plain_cell("хоёр  зай", FONT, width) is None and plain_cell(" ".join(["үг"] * 90), FONT, width) is None


def test_wrapped_register_cells_keep_every_word(tmp_path):
    report = PdfReport(HEADER, landscape=True)
    org = "Аймгийн санхүү, төрийн сангийн хэлтэс"
    report.table([Column("№", 12, "right"), Column("Байгууллага", 40)], [TableRow([1, org])])
    text = " ".join(_text(report.write(tmp_path / "wrap.pdf"))[0].split())
    assert org in text
