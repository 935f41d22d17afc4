"""PDF reports with reportlab and the bundled DejaVu Sans font (Cyrillic).

A4 portrait or landscape; official header; long tables that break across pages
with repeated header rows (split into chunks of ~200 rows, which reportlab lays
out faster); page numbers; the ХЯНАСАН / ТАЙЛАГНАСАН / БИЕЛЭЛТИЙГ НЭГТГЭСЭН signature blocks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from soum_desk.config import resources_dir
from soum_desk.domain.formatting import format_date
from soum_desk.fileio import atomic_path
from soum_desk.reports.common import Column, ReportHeader, RowKind, Signature, TableRow

if TYPE_CHECKING:  # reportlab itself is imported when a report is made (start-up time)
    from reportlab.pdfgen.canvas import Canvas

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
CHUNK_ROWS = 200
Progress = Callable[[int, int], bool]


@cache
def register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)


@cache
def styles() -> dict:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11)
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15,
                                alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10, leading=13, alignment=TA_CENTER),
        "heading": ParagraphStyle("heading", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                                  spaceBefore=8, spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.6),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=8, leading=9.6, alignment=TA_RIGHT),
        "cell_center": ParagraphStyle("cell_center", parent=base, fontSize=8, leading=9.6, alignment=TA_CENTER),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8, leading=9.6),
        "head_cell": ParagraphStyle("head_cell", parent=base, fontName=FONT_BOLD, fontSize=8, leading=9.6,
                                    alignment=TA_CENTER),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
    }


# A table cell longer than this is cut with a note: a cell taller than a page makes reportlab split
# and re-measure it over and over (one 2,000,000-character summary ran for over 13 minutes).
MAX_CELL_CHARS = 50_000  # about twelve pages in one column: a whole letter still prints


def clipped(value: str, limit: int = MAX_CELL_CHARS) -> str:
    if len(value) <= limit:
        return value
    return f"{value[:limit]}… (+{len(value) - limit} тэмдэгт / characters)"


def para(text: object, style: str = "base"):
    from reportlab.platypus import Paragraph

    value = "" if text is None else str(text)
    if style.startswith("cell"):
        value = clipped(value)
    return Paragraph(escape(value).replace("\n", "<br/>"), styles()[style])


CELL_SIZE, CELL_LEADING = 8, 9.6  # as the "cell" paragraph styles
CELL_PADDING = 6  # LEFTPADDING + RIGHTPADDING of report tables
PLAIN_MAX = 200  # longer texts are Paragraphs anyway (they wrap)


PLAIN_LINES = 4  # a text wrapped to more lines stays a Paragraph (it may need to continue on the next page)


def plain_cell(value: object, font: str, width: float) -> str | None:
    """`value` as a plain table cell (issue 18: a Paragraph per cell, laid out several times, was most
    of a register PDF's cost), wrapped at spaces into at most PLAIN_LINES lines that fit `width`;
    else None. Text a Paragraph would show differently (extra spaces, line breaks, a word wider
    than the column, which a Paragraph splits) stays a Paragraph."""
    text = "" if value is None else str(value)
    if len(text) > PLAIN_MAX or text != " ".join(text.split()):
        return None
    return _fitted(text, font, width - CELL_PADDING - 1)


@lru_cache(maxsize=8192)  # a register repeats its organisations, officials and dates
def _fitted(text: str, font: str, room: float) -> str | None:
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if not text or stringWidth(text, font, CELL_SIZE) <= room:
        return text
    lines = simpleSplit(text, font, CELL_SIZE, room)
    if len(lines) > PLAIN_LINES or any(stringWidth(line, font, CELL_SIZE) > room for line in lines):
        return None
    return "\n".join(lines)


class PdfReport:
    """Collects flowables, then writes the PDF atomically."""

    def __init__(self, header: ReportHeader, *, landscape: bool = False, footer_note: str = "",
                 lang: str = "mn") -> None:
        register_fonts()
        self.header = header
        self.landscape = landscape
        self.footer_note = footer_note
        self.lang = lang if lang != "mn" else header.lang  # the page numbers' word: «Хуудас» or «Page»
        self.story: list = []
        self._tail: Any = None  # the table's last rows, kept on one page with the signatures
        self._header_block()

    @property
    def page_size(self) -> tuple[float, float]:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.pagesizes import landscape as to_landscape

        return to_landscape(A4) if self.landscape else A4

    @property
    def frame_width(self) -> float:
        from reportlab.lib.units import mm

        return self.page_size[0] - 30 * mm

    def _header_block(self) -> None:
        from reportlab.platypus import Spacer, Table, TableStyle

        h = self.header
        if h.office_name:  # a title that names who reports (seed 001) needs no line above it
            self.story.append(para(h.office_name.upper(), "subtitle"))
        self.story.append(para(h.title.upper(), "title"))
        if h.subtitle:
            self.story.append(para(h.subtitle, "subtitle"))
        for line in h.extra_lines:
            self.story.append(para(line, "subtitle"))
        place_row = Table([[para(format_date(h.report_date)), para(h.place, "right")]],
                          colWidths=[self.frame_width / 2] * 2)
        place_row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        self.story.append(Spacer(1, 4))
        self.story.append(place_row)
        self.story.append(Spacer(1, 6))

    def heading(self, text: str) -> None:
        self.story.append(para(text, "heading"))

    def paragraph(self, text: str) -> None:
        self.story.append(para(text))

    def spacer(self, height_mm: float = 4) -> None:
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer

        self.story.append(Spacer(1, height_mm * mm))

    def key_values(self, pairs: Sequence[tuple[str, object]], *, label_width_mm: float = 90) -> None:
        """A two-column table of label → value (figures tables)."""
        self.table([Column("", label_width_mm), Column("", 40, "right")],
                   [TableRow([k, v]) for k, v in pairs], show_header=False)

    def table(self, columns: Sequence[Column], rows: Sequence[TableRow | list], *, show_header: bool = True,
              progress: Progress | None = None, keep_last: int = 0) -> None:
        """A long table; header rows repeat on every page; section/goal rows span the width.

        `keep_last` rows are drawn as a table of their own that `signatures` keeps on one page with
        the signature blocks, so the blocks never stand alone on a page (seed 001 signs under its table)."""
        from reportlab.lib.units import mm

        styles()  # registers the fonts plain cells are measured in
        widths = [c.width_mm * mm for c in columns]
        scale = min(1.0, self.frame_width / sum(widths)) if widths else 1.0
        widths = [w * scale for w in widths]
        header = [para(c.title, "head_cell") for c in columns] if show_header else None
        norm = [r if isinstance(r, TableRow) else TableRow(list(r)) for r in rows]
        tail = norm[len(norm) - keep_last:] if 0 < keep_last < len(norm) else []
        norm = norm[:len(norm) - len(tail)]
        chunks = [norm[i:i + CHUNK_ROWS] for i in range(0, len(norm), CHUNK_ROWS)] or [[]]
        for index, chunk in enumerate(chunks):
            table = _table(chunk, columns, widths, header)
            if table is not None:
                self.story.append(table)
            if progress is not None and not progress(index + 1, len(chunks)):
                raise InterruptedError("report cancelled")
        if tail:
            self._tail = _table(tail, columns, widths, None)
            self.story.append(self._tail)

    def signatures(self, blocks: Sequence[Signature]) -> None:
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

        # as seed 001: the label on its own line, then the position, the line to sign on and the name
        rows: list[list[Any]] = []
        # compact, so a seed-sized table still ends on the page that carries its average line and the blocks
        commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
        for block in blocks:
            commands += [("SPAN", (0, len(rows)), (-1, len(rows))), ("TOPPADDING", (0, len(rows)), (-1, len(rows)), 5)]
            rows.append([para(f"{block.label}:", "cell_bold"), "", ""])
            rows.append([para(block.position, "cell"), para("........................", "cell_center"),
                         para(block.name, "cell")])
        share = (0.5, 0.2, 0.3)  # position, signature line, name: fits portrait and landscape
        table = Table(rows, colWidths=[self.frame_width * part for part in share])
        table.setStyle(TableStyle(commands))
        kept = [Spacer(1, 3 * mm), table]
        if self._tail is not None and self.story and self.story[-1] is self._tail:
            kept.insert(0, self.story.pop())  # the table's last rows stay with the signatures
        self._tail = None
        self.story.append(KeepTogether(kept))

    def keep_together(self, start: int) -> None:
        """Keep what was added since `start` (a `len(report.story)`) on one page when it fits one."""
        from reportlab.platypus import KeepTogether

        self.story[start:] = [KeepTogether(self.story[start:])]

    def page_break(self) -> None:
        from reportlab.platypus import PageBreak

        self.story.append(PageBreak())

    def _decorate_page(self, canvas, doc) -> None:
        from reportlab.lib.units import mm

        if self.footer_note:
            canvas.saveState()
            canvas.setFont(FONT, 7.5)
            canvas.drawString(15 * mm, 8 * mm, self.footer_note)
            canvas.restoreState()

    def write(self, path: str | Path, progress: Progress | None = None) -> Path:
        """Lay out and write the PDF under `path` (atomically); pages are numbered «Хуудас N / M».

        `progress(done, total)` is asked as the layout goes (per block and page); False stops it
        with InterruptedError and no file (the temporary one is removed)."""
        from reportlab.lib.units import mm
        from reportlab.platypus import SimpleDocTemplate

        path = Path(path)
        try:
            with atomic_path(path) as tmp:
                doc = SimpleDocTemplate(str(tmp), pagesize=self.page_size, leftMargin=15 * mm,
                                        rightMargin=15 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                                        title=self.header.title, author=self.header.office_name,
                                        creator="SoumDesk")
                if progress is not None:
                    doc.setProgressCallBack(_layout_progress(progress))
                doc.build(list(self.story), onFirstPage=self._decorate_page, onLaterPages=self._decorate_page,
                          canvasmaker=_numbered_canvas_class(self.lang))
        except _LayoutStopped:
            raise InterruptedError("report cancelled") from None
        return path


class _LayoutStopped(Exception):
    """Raised from reportlab's progress callback (not an OSError, so no disk message is made of it)."""


def _layout_progress(progress: Progress) -> Callable[[str, int], None]:
    """reportlab's build callback («SIZE_EST» once, then «PROGRESS» and «PAGE») as `progress` calls."""
    state = {"total": 0, "done": 0}

    def callback(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            state["total"] = value
            return
        if kind == "PROGRESS":
            state["done"] = value
        elif kind != "PAGE":
            return
        if not progress(state["done"], max(state["total"], state["done"])):
            raise _LayoutStopped
    return callback


def _table(chunk: Sequence[TableRow], columns: Sequence[Column], widths: list[float], header: list | None):
    """One reportlab Table of `chunk` (None when there is nothing to draw)."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    cell_style = {"left": "cell", "right": "cell_right", "center": "cell_center"}
    data = [header] if header else []
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")))
    first = 1 if header else 0
    commands += [("FONTNAME", (0, first), (-1, -1), FONT), ("FONTSIZE", (0, first), (-1, -1), CELL_SIZE),
                 ("LEADING", (0, first), (-1, -1), CELL_LEADING)]
    commands += [("ALIGN", (i, first), (i, -1), c.align.upper()) for i, c in enumerate(columns)
                 if c.align != "left"]  # left is the table's default
    for row in chunk:
        y = len(data)
        if row.kind in (RowKind.SECTION, RowKind.GOAL):
            data.append([para(row.cells[0], "cell_bold")] + [""] * (len(columns) - 1))
            commands.append(("SPAN", (0, y), (-1, y)))
            shade = "#d9e2f3" if row.kind == RowKind.SECTION else "#f2f2f2"
            commands.append(("BACKGROUND", (0, y), (-1, y), colors.HexColor(shade)))
            if row is not chunk[-1]:  # a section or goal row never ends a page: it stays with the row under it
                commands.append(("NOSPLIT", (0, y), (-1, y + 1)))
        else:
            total = row.kind == RowKind.TOTAL
            style_for = (lambda c: "cell_bold") if total else (lambda c: cell_style[c.align])
            font = FONT_BOLD if total else FONT
            if total:
                commands.append(("FONTNAME", (0, y), (-1, y), FONT_BOLD))
            # a short one-line text is a plain cell (drawn as is, no Paragraph to lay out);
            # the body's font, size, leading and column alignment come from the table style
            data.append([plain if (plain := plain_cell(v, font, w)) is not None else para(v, style_for(c))
                         for v, c, w in zip(row.cells, columns, widths, strict=False)])
    if not data:
        return None
    # splitInRow: a row taller than a page (a long petition text) continues on the next page
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table


@cache
def _numbered_canvas_class(lang: str = "mn") -> type[Canvas]:
    """A canvas that holds every page until the end, so each can say «Хуудас N / M» («Page N / M»)."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    word = "Page" if lang == "en" else "Хуудас"

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset; its stub omits it

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 7.5)
                width = state["_pagesize"][0]  # the page's size as it was drawn
                self.drawRightString(width - 15 * mm, 8 * mm, f"{word} {self.getPageNumber()} / {total}")
                super().showPage()
            super().save()

    return NumberedCanvas
