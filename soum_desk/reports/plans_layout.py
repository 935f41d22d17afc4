"""The plan-execution table as seed 001 lays it out, shared by the PDF, the XLSX report and the export.

Columns: № | measure | indicator | baseline | target | timing | implementation | percent,
then (export and XLSX only) responsible, scale and weight so an export imports back whole.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from soum_desk.domain import plan_scoring as ps
from soum_desk.domain.formatting import format_percent
from soum_desk.reports.common import Column, ReportHeader, RowKind, Signature, TableRow


@dataclass
class PlanReport:
    """What a plan report draws, gathered by `services/plans/report.report_data`: the document's
    results for the period (sections → goals → measures with figures), the header, the
    signature blocks, the chart series (only those with data) and the report's language."""

    result: Mapping[str, Any]
    header: ReportHeader
    signatures: list[Signature]
    charts: list[dict[str, Any]] = field(default_factory=list)
    lang: str = "mn"


# Seed 001's column titles, word for word (the export keeps the Mongolian ones: they import back)
_TITLES = [
    ("№", "No."),
    ("Стратеги төлөвлөгөө болон үндэслэж байгаа бусад бодлогын баримт бичиг, хууль тогтоомж",
     "Strategic plan and the other policy documents and laws it rests on"),
    ("Шалгуур үзүүлэлт", "Indicator"),
    ("Суурь түвшин", "Baseline"),
    ("Зорилтот түвшин", "Target"),
    ("Хугацаа /I-IV улирал/", "Timing /quarters I-IV/"),
    ("Хэрэгжилт", "Implementation"),
    ("Хувь", "Percent"),
]
_WIDTHS = [(9, "center"), (62, "left"), (28, "left"), (16, "center"), (20, "center"), (20, "center"),
           (84, "left"), (19, "center")]


def columns(lang: str = "mn") -> list[Column]:
    """The table's columns as seed 001 titles them (or their English)."""
    en = lang == "en"
    return [Column(t[1] if en else t[0], w, a) for t, (w, a) in zip(_TITLES, _WIDTHS, strict=True)]


COLUMNS = columns("mn")
EXTRA_COLUMNS = [Column("Хариуцах нэгж", 30), Column("Үнэлгээний аргачлал", 18, "center"),
                 Column("Жин", 9, "center")]
SCALE_TEXT = {"policy": "7.1 бодлого", "law": "7.2 хууль, шийдвэр"}
AVERAGE_LABEL = "Хэрэгжилтийн дундаж хувь"
AVERAGE_LABEL_EN = "Average implementation, %"
NOT_DUE_NOTE = ps.NOT_DUE_NOTE
NOT_DUE_NOTE_EN = "(not due in this period)"


def section_label(section: dict) -> str:
    return f"{section['code']} {section['title']}".strip()


def goal_label(goal: dict, lang: str = "mn") -> str:
    # «Зорилт.» also without a number: the importer knows a goal row by that word
    word = "Goal" if lang == "en" else "Зорилт"
    return f"{word} {goal['code']} {goal['title']}".strip() if goal["code"] else f"{word}. {goal['title']}"


def measure_cells(m: dict, *, numbers: bool, extra: bool, lang: str = "mn") -> list:
    """One measure row; percents as numbers (XLSX) or as «88,2» text (PDF)."""
    percent = m.get("shown_percent")
    narrative = m.get("narrative") or ""
    if not m.get("due", True) and not narrative:
        narrative = NOT_DUE_NOTE_EN if lang == "en" else NOT_DUE_NOTE
    if m.get("level"):
        level = ps.LEVELS[m["level"]]
        if not level.scored:
            percent = None
            narrative = f"{narrative}\n[{level.label(lang)}]".strip()
    shown = percent if numbers else (format_percent(percent, lang=lang) if percent is not None else "")
    cells = [int(m["number"]) if numbers and str(m["number"]).isdigit() else m["number"], m["text"],
             m.get("indicator") or "", m.get("baseline") or "", m.get("target_text") or "",
             m.get("timing_text") or "", narrative, shown]
    if extra:
        cells += [m.get("responsible") or "", SCALE_TEXT.get(m["scale"], m["scale"]), m.get("weight", 1)]
    return cells


MAX_LINES = 34  # a PDF table row cannot be taller than a page: longer cells continue on the next row
MM_PER_CHAR = 1.75  # average width of an 8-pt DejaVu Sans character, with the cell padding


def chunk_text(text: str, chars_per_line: int, max_lines: int = MAX_LINES) -> list[str]:
    """Split `text` into pieces that each wrap to at most `max_lines` lines of `chars_per_line`."""
    lines: list[tuple[int, str]] = []  # (paragraph number, wrapped line)
    for number, paragraph in enumerate(text.split("\n")):
        current = ""
        for word in paragraph.split() or [""]:
            while len(word) > chars_per_line:
                if current:
                    lines.append((number, current))
                    current = ""
                lines.append((number, word[:chars_per_line]))
                word = word[chars_per_line:]
            if current and len(current) + 1 + len(word) > chars_per_line:
                lines.append((number, current))
                current = word
            else:
                current = f"{current} {word}".strip() if current else word
        lines.append((number, current))
    pieces = []
    for start in range(0, len(lines), max_lines):
        block = lines[start:start + max_lines]
        text_out = ""
        for i, (number, line) in enumerate(block):
            if i:
                text_out += "\n" if number != block[i - 1][0] else " "
            text_out += line
        pieces.append(text_out.strip())
    return pieces or [""]


def split_long(cells: list, columns: list[Column] = COLUMNS) -> list[TableRow]:
    """One measure row, or several when a cell would be taller than a page."""
    chunks = {}
    for i, column in enumerate(columns):
        if isinstance(cells[i], str) and cells[i]:
            chunks[i] = chunk_text(cells[i], max(4, int(column.width_mm / MM_PER_CHAR)))
    count = max((len(c) for c in chunks.values()), default=1)
    if count == 1:
        return [TableRow(list(cells))]
    rows = []
    for n in range(count):
        row = list(cells) if n == 0 else [""] * len(cells)
        for i, parts in chunks.items():
            row[i] = parts[n] if n < len(parts) else ""
        rows.append(TableRow(row))
    return rows


def table_rows(result: Mapping[str, Any], *, numbers: bool, extra: bool, lang: str = "mn") -> list[TableRow]:
    rows: list[TableRow] = []
    for section in result["sections"]:
        if section["title"] or section["code"]:
            rows.append(TableRow([section_label(section)], RowKind.SECTION))
        for goal in section["goals"]:
            if goal["title"]:
                rows.append(TableRow([goal_label(goal, lang)], RowKind.GOAL))
            for m in goal["measures"]:
                cells = measure_cells(m, numbers=numbers, extra=extra, lang=lang)
                rows.extend([TableRow(cells)] if numbers else split_long(cells, columns(lang)))
    return rows


def average_cells(result: Mapping[str, Any], *, numbers: bool, extra: bool, lang: str = "mn") -> list:
    """The table's last row as seed 001 prints it: «Хэрэгжилтийн дундаж хувь» … «97,5 хувь»."""
    avg = result["average"]
    en = lang == "en"
    unit = "%" if en else " хувь"
    value = (round(avg, 1) if numbers else f"{format_percent(avg, lang=lang)}{unit}") if avg is not None else ""
    return ["", AVERAGE_LABEL_EN if en else AVERAGE_LABEL, "", "", "", "", "", value] + (["", "", ""] if extra else [])


def summary_pairs(result: Mapping[str, Any], lang: str | None = None, *,
                  numbers: str = "mn") -> list[tuple[str, object]]:
    """The summary page: counts per level, not due / not reported, average, 0–5 score, penalty.

    Labels are in both languages without `lang`; `lang` ("mn" or "en") gives one language. `numbers`
    ("mn": «88,2», "en": «88.2») is how figures are written (an English report writes them the English way)."""

    def two(mn: str, en: str) -> str:
        return {"mn": mn, "en": en}.get(lang or "", f"{mn} / {en}")

    num = "en" if numbers == "en" else "mn"
    counts = result["counts"]
    scales = {m["scale"] for s in result["sections"] for g in s["goals"] for m in g["measures"]} or {"policy"}
    pairs: list[tuple[str, object]] = [
        (two("Нийт арга хэмжээ", "measures"), result["measures_total"]),
        (two("Энэ үед хэрэгжүүлэх", "due in the period"), result["due_total"]),
        (two("Тайлагнасан", "reported"), result["reported_total"]),
        (two("Тайлагнаагүй", "not reported"), counts["not_reported"]),
        (two("Хугацаа болоогүй", "not due"), counts["not_due"]),
    ]
    for scale in ("policy", "law"):
        if scale not in scales:
            continue
        for lv in ps.levels(scale):
            band = f" ({lv.band_text()})" if lv.scored else ""
            pairs.append((f"{lv.label(lang or 'mn')}{band}", counts.get(lv.code, 0)))
    average = "Average implementation, %" if lang == "en" else AVERAGE_LABEL
    pairs += [
        (two("Удааширсан", "stalled") + " (7.3)", len(result["stalled"])),
        (two("Тасарсан", "broken off") + " (7.3)", len(result["broken"])),
        (average, format_percent(result["average"], lang=num) if result["average"] is not None else "–"),
    ]
    if result.get("declared_differs"):
        pairs.append((two("Хүснэгтэд бичсэн дундаж (зөрүүтэй)", "the table's own average (differs)"),
                      format_percent(result["declared_average"], lang=num)))
    if result.get("level_reading") == ps.READING_PERCENT:
        pairs.append((two("7.1: арга хэмжээг", "7.1: each measure counted at"), two("өөрийн хувиар", "its own percent")))
    else:
        pairs.append((two("7.1: арга хэмжээг", "7.1: each measure counted at"),
                      two("түвшний утгаар (100/70/40/0)", "its level's value (100/70/40/0)")))
    by_sections = two(" бүлгийн жингээр", " by section weights") if result.get("score_groups") == ps.GROUP_SECTIONS else ""
    pairs.append((two("Үнэлгээ, 0–5 оноо = дундаж × 0,05", "score = average × 0.05") + f" (7.5){by_sections}",
                  _score(result["score"], num)))
    if result.get("deadline"):
        pairs.append((two("Ирүүлэх хугацаа", "deadline"), result["deadline"].replace("-", ".")))
    if result.get("penalty"):
        pen = result["penalty"]
        cut = format_percent(pen["fraction"] * 100, lang=num)
        late = (f"{pen['days_late']} days late, −{cut}% (11.1)" if lang == "en"
                else f"Хоцорсон {pen['days_late']} хоног, −{cut}% (11.1)")
        pairs.append((late, _score(pen["score_after"], num)))
    return pairs


def _score(value: float | None, lang: str = "mn") -> str:
    if value is None:
        return "–"
    return f"{value:.2f}" if lang == "en" else f"{value:.2f}".replace(".", ",")


def flow_rows(result: Mapping[str, Any], lang: str = "mn") -> list[list]:
    rows = []
    words = {ps.BROKEN: ("тасарсан", "broken off"), ps.STALLED: ("удааширсан", "stalled")}
    for key in (ps.BROKEN, ps.STALLED):
        label = words[key][1 if lang == "en" else 0]
        for m in result[key]:
            rows.append([m["number"], m["text"], label, m["streak"], m.get("responsible") or ""])
    return rows


def average_rows(result: Mapping[str, Any], lang: str = "mn") -> list[TableRow]:
    """Section and goal averages (the document's is the table's last row)."""
    rows = []
    for section in result["sections"]:
        rows.append(TableRow([section["code"], section["title"] or "—", _pct(section["average"], lang)],
                             RowKind.TOTAL))
        for goal in section["goals"]:
            if goal["title"]:
                rows.append(TableRow([goal["code"], goal["title"], _pct(goal["average"], lang)]))
    label = AVERAGE_LABEL_EN if lang == "en" else AVERAGE_LABEL
    rows.append(TableRow(["", label, _pct(result["average"], lang)], RowKind.TOTAL))
    return rows


def _pct(value: float | None, lang: str = "mn") -> str:
    return "–" if value is None else format_percent(value, lang=lang)


def average_columns(lang: str = "mn") -> list[Column]:
    en = lang == "en"
    return [Column("Code" if en else "Код", 16, "center"), Column("Section, goal" if en else "Бүлэг, зорилт", 170),
            Column("Average, %" if en else "Дундаж хувь", 25, "center")]


def flow_columns(lang: str = "mn") -> list[Column]:
    en = lang == "en"
    return [Column("No." if en else "№", 10, "center"), Column("Measure" if en else "Арга хэмжээ", 120),
            Column("State" if en else "Төлөв", 25, "center"),
            Column("Periods without progress" if en else "Ахицгүй үе", 20, "center"),
            Column("Responsible" if en else "Хариуцах", 45)]


AVERAGE_COLUMNS = average_columns("mn")
FLOW_COLUMNS = flow_columns("mn")
