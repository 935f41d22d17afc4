"""A 5,000-row register PDF beside a plain reportlab table in 200-row chunks (issue 18).

    .venv/bin/python -m bench.register_pdf_bench [--rows 5000] [--runs 3]

SoumDesk's `reports.pdf.PdfReport` (header block, repeated table header, section rows, signatures)
writes a letters-register-like table; the floor is bare reportlab: `SimpleDocTemplate` with `Table`s of
plain strings in 200-row chunks, the same columns, font and grid. Pages per second for both.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

from soum_desk.reports.common import Column, ReportHeader, Signature, TableRow
from soum_desk.reports.pdf import FONT, PdfReport, styles

COLUMNS = [Column("№", 14, "right"), Column("Огноо", 22, "center"), Column("Байгууллага", 60),
           Column("Товч агуулга", 90), Column("Хариуцагч", 35), Column("Хугацаа", 22, "center")]
SUBJECTS = ["Мэдээ ирүүлэх тухай", "Малын тооллогын урьдчилсан дүн", "Сургалтын урилга",
            "Төсвийн гүйцэтгэлийн тайлан хүргүүлэх тухай", "Газар эзэмших эрхийн гэрээг сунгах тухай"]
ORGS = ["Аймгийн ЗДТГ", "Сангийн яам", "Аймгийн санхүү, төрийн сангийн хэлтэс", "Боловсролын газар"]


def rows(count: int) -> list[list[str]]:
    rng = random.Random(3)
    start = date(2024, 1, 1)
    out = []
    for i in range(1, count + 1):
        day = start + timedelta(days=i * 365 // count)
        out.append([str(i), day.isoformat(), rng.choice(ORGS), rng.choice(SUBJECTS), f"Ажилтан {rng.randrange(9)}",
                    (day + timedelta(days=30)).isoformat()])
    return out


def soumdesk(path: Path, data: list[list[str]]) -> int:
    report = PdfReport(ReportHeader("Бенч сумын ЗДТГ", "Ирсэн бичгийн бүртгэл", date(2024, 12, 31), "Бенч"),
                       landscape=True)
    report.table(COLUMNS, [TableRow(list(r)) for r in data])
    report.signatures([Signature("ХЯНАСАН", "Тамгын газрын дарга", "Б.Болд")])
    report.write(path)
    return len(PdfReader(path).pages)


def floor(path: Path, data: list[list[str]]) -> int:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    styles()  # the same fonts
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm)
    widths = [c.width_mm * mm for c in COLUMNS]
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONTNAME", (0, 0), (-1, -1), FONT),
                        ("FONTSIZE", (0, 0), (-1, -1), 8), ("LEADING", (0, 0), (-1, -1), 9.6)])
    head = [c.title for c in COLUMNS]
    story = []
    for i in range(0, len(data), 200):
        table = Table([head, *data[i:i + 200]], colWidths=widths, repeatRows=1)
        table.setStyle(style)
        story.append(table)
    doc.build(story)
    return len(PdfReader(path).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    data = rows(args.rows)
    folder = Path(tempfile.mkdtemp(prefix="soumdesk-pdf-"))
    results: dict[str, tuple[float, int]] = {}
    names = ("SoumDesk PdfReport", "floor: plain reportlab table, 200-row chunks")
    makers = dict(zip(names, (soumdesk, floor), strict=True))
    for fn in makers.values():
        fn(folder / "warm.pdf", data[:200])
    times: dict[str, list[float]] = {name: [] for name in names}
    pages: dict[str, int] = {}
    for run in range(args.runs):  # interleaved: a neighbour's load falls on both alike
        for name, fn in makers.items():
            started = time.perf_counter()
            pages[name] = fn(folder / f"{run}.pdf", data)
            times[name].append(time.perf_counter() - started)
    results = {name: (statistics.median(times[name]), pages[name]) for name in names}
    per_run = [(pages[names[0]] / a) / (pages[names[1]] / b) for a, b in zip(*times.values(), strict=True)]
    ours, base = results["SoumDesk PdfReport"], results["floor: plain reportlab table, 200-row chunks"]
    print(f"\n| {args.rows:,}-row register PDF (median of {args.runs}) | s | pages | pages/s |\n|---|---:|---:|---:|")
    for name, (seconds, pages) in results.items():
        print(f"| {name} | {seconds:.2f} | {pages} | {pages / seconds:.1f} |")
    print(f"| ratio (pages/s) | | | {(ours[1] / ours[0]) / (base[1] / base[0]):.2f}× "
          f"(runs: {', '.join(f'{r:.2f}' for r in per_run)}) |")


if __name__ == "__main__":
    main()
