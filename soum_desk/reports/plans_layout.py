"""The plan-execution table as seed 001 lays it out, shared by the PDF, the XLSX report and the export.

Columns: № | measure | indicator | baseline | target | timing | implementation | percent,
then (export and XLSX only) responsible, scale and weight so an export imports back whole.
"""

from __future__ import annotations

from soum_desk.domain import plan_scoring as ps
from soum_desk.domain.formatting import format_percent
from soum_desk.reports.common import Column, RowKind, TableRow

COLUMNS = [
    Column("№", 9, "center"),
    Column("Стратеги төлөвлөгөө болон бусад бодлогын баримт бичиг, арга хэмжээ", 62),
    Column("Шалгуур үзүүлэлт", 28),
    Column("Суурь түвшин", 16, "center"),
    Column("Зорилтот түвшин", 20, "center"),
    Column("Хугацаа /I-IV улирал/", 20, "center"),
    Column("Хэрэгжилт", 90),
    Column("Хувь", 13, "center"),
]
EXTRA_COLUMNS = [Column("Хариуцах нэгж", 30), Column("Үнэлгээний аргачлал", 18, "center"),
                 Column("Жин", 9, "center")]
SCALE_TEXT = {"policy": "7.1 бодлого", "law": "7.2 хууль, шийдвэр"}
AVERAGE_LABEL = "Хэрэгжилтийн дундаж хувь"
NOT_DUE_NOTE = "(энэ үед хугацаа болоогүй)"


def section_label(section: dict) -> str:
    return f"{section['code']} {section['title']}".strip()


def goal_label(goal: dict) -> str:
    return f"Зорилт {goal['code']} {goal['title']}".strip() if goal["code"] else goal["title"]


def measure_cells(m: dict, *, numbers: bool, extra: bool) -> list:
    """One measure row; percents as numbers (XLSX) or as «88,2» text (PDF)."""
    percent = m.get("shown_percent")
    narrative = m.get("narrative") or ""
    if not m.get("due", True) and not narrative:
        narrative = NOT_DUE_NOTE
    if m.get("level"):
        level = ps.LEVELS[m["level"]]
        if not level.scored:
            percent = None
            narrative = f"{narrative}\n[{level.mn}]".strip()
    shown = percent if numbers else (format_percent(percent) if percent is not None else "")
    cells = [int(m["number"]) if numbers and str(m["number"]).isdigit() else m["number"], m["text"],
             m.get("indicator") or "", m.get("baseline") or "", m.get("target_text") or "",
             m.get("timing_text") or "", narrative, shown]
    if extra:
        cells += [m.get("responsible") or "", SCALE_TEXT.get(m["scale"], m["scale"]), m.get("weight", 1)]
    return cells


def table_rows(result: dict, *, numbers: bool, extra: bool) -> list[TableRow]:
    rows: list[TableRow] = []
    for section in result["sections"]:
        if section["title"] or section["code"]:
            rows.append(TableRow([section_label(section)], RowKind.SECTION))
        for goal in section["goals"]:
            if goal["title"]:
                rows.append(TableRow([goal_label(goal)], RowKind.GOAL))
            for m in goal["measures"]:
                rows.append(TableRow(measure_cells(m, numbers=numbers, extra=extra)))
    return rows


def average_cells(result: dict, *, numbers: bool, extra: bool) -> list:
    avg = result["average"]
    value = (round(avg, 1) if numbers else f"{format_percent(avg)} хувь") if avg is not None else ""
    return [AVERAGE_LABEL, "", "", "", "", "", "", value] + (["", "", ""] if extra else [])


def summary_pairs(result: dict) -> list[tuple[str, object]]:
    """The summary page: counts per level, not due / not reported, average, 0–5 score, penalty."""
    counts = result["counts"]
    scales = {m["scale"] for s in result["sections"] for g in s["goals"] for m in g["measures"]} or {"policy"}
    pairs: list[tuple[str, object]] = [
        ("Нийт арга хэмжээ / measures", result["measures_total"]),
        ("Энэ үед хэрэгжүүлэх / due in the period", result["due_total"]),
        ("Тайлагнасан / reported", result["reported_total"]),
        ("Тайлагнаагүй / not reported", counts["not_reported"]),
        ("Хугацаа болоогүй / not due", counts["not_due"]),
    ]
    for scale in ("policy", "law"):
        if scale not in scales:
            continue
        for lv in ps.levels(scale):
            band = f" ({lv.band_text()})" if lv.scored else ""
            pairs.append((f"{lv.mn}{band}", counts.get(lv.code, 0)))
    pairs += [
        ("Удааширсан / stalled (7.3)", len(result["stalled"])),
        ("Тасарсан / broken off (7.3)", len(result["broken"])),
        (AVERAGE_LABEL, format_percent(result["average"]) if result["average"] is not None else "–"),
        ("Үнэлгээ, 0–5 оноо / score (7.5)", _score(result["score"])),
    ]
    if result.get("deadline"):
        pairs.append(("Ирүүлэх хугацаа / deadline", result["deadline"].replace("-", ".")))
    if result.get("penalty"):
        pen = result["penalty"]
        pairs.append((f"Хоцорсон {pen['days_late']} хоног, −{format_percent(pen['fraction'] * 100)}% (11.1)",
                      _score(pen["score_after"])))
    return pairs


def _score(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}".replace(".", ",")


def flow_rows(result: dict) -> list[list]:
    rows = []
    for key, label in ((ps.BROKEN, "тасарсан"), (ps.STALLED, "удааширсан")):
        for m in result[key]:
            rows.append([m["number"], m["text"], label, m["streak"], m.get("responsible") or ""])
    return rows


FLOW_COLUMNS = [Column("№", 10, "center"), Column("Арга хэмжээ", 120), Column("Төлөв", 25, "center"),
                Column("Ахицгүй үе", 20, "center"), Column("Хариуцах", 45)]
