"""One report, two formats: sections of tables written as PDF or XLSX by the file's suffix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from soum_desk.errors import ValidationError
from soum_desk.reports.common import Column, ReportHeader, Signature, TableRow
from soum_desk.reports.pdf import Progress


@dataclass
class Section:
    heading: str
    columns: Sequence[Column]
    rows: Sequence[TableRow | list]
    sheet: str = ""
    note: str = ""


@dataclass
class TableReport:
    header: ReportHeader
    sections: list[Section] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    landscape: bool = False
    intro: list[str] = field(default_factory=list)
    charts: list[dict] = field(default_factory=list)  # chart_series data: a chart page in the PDF

    def write(self, path: str | Path, progress: Progress | None = None) -> Path:
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            return self._pdf(path, progress)
        if suffix == ".xlsx":
            return self._xlsx(path)
        raise ValidationError(f"Файлын төрөл .pdf эсвэл .xlsx байна: {path.name}",
                              f"The file type must be .pdf or .xlsx: {path.name}", where=str(path))

    def _pdf(self, path: Path, progress: Progress | None) -> Path:
        from soum_desk.reports.pdf import PdfReport

        pdf = PdfReport(self.header, landscape=self.landscape)
        for line in self.intro:
            pdf.paragraph(line)
        for section in self.sections:
            if section.heading:
                pdf.heading(section.heading)
            pdf.table(section.columns, section.rows, progress=progress)
            if section.note:
                pdf.paragraph(section.note)
        if self.signatures:
            pdf.signatures(self.signatures)
        if self.charts:
            from soum_desk.reports.charts import add_chart_page

            add_chart_page(pdf, "График", self.charts)
        return pdf.write(path)

    def _xlsx(self, path: Path) -> Path:
        from soum_desk.reports.xlsx import XlsxReport

        book = XlsxReport(self.header)
        last = None
        for index, section in enumerate(self.sections, start=1):
            title = f"{self.header.title} — {section.heading}" if section.heading else None
            last = book.sheet(section.sheet or f"{index}", section.columns, section.rows,
                              landscape=self.landscape, title=title)
        if last is not None:
            book.signatures(last, self.signatures)
        return book.write(path)
