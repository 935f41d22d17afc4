"""Archive report tables: file list, counts by retention class, inventory result, transfer/destruction acts.

Pure layout from plain data: the archive service (`services/archive/report.py`) gathers the
rows, the header and the signatures, and writes the `TableReport`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from soum_desk.domain import retention as ret
from soum_desk.domain.formatting import format_date
from soum_desk.reports.common import Column, RowKind, TableRow
from soum_desk.reports.tables import Section

Row = Mapping[str, Any]
KINDS = [(k, ret.RETENTION_LABELS[k][0]) for k in ret.RETENTION_KINDS]
UNIT_COLUMNS = [Column("№", 9, "right"), Column("Архивын дугаар", 20), Column("Он", 12, "right"),
                Column("Хадгаламжийн нэгжийн гарчиг", 80), Column("Нэгж", 35), Column("Хадгалах хугацаа", 22),
                Column("Хуудас", 14, "right")]


def approval_line(approved_by: str | None, approved_on: str | None) -> str:
    """«БАТЛАВ: <who> <date>», or that the paper is still a draft."""
    if approved_on:
        return f"БАТЛАВ: {approved_by} {format_date(date.fromisoformat(approved_on))}"
    return "БАТЛАГДААГҮЙ (ноорог)"


def unit_row(i: int, u: Row) -> list[Any]:
    return [i, u["archive_no"], u["year"], u["title"], u.get("unit") or "", u["retention_label"], u["sheets"] or ""]


def file_list_section(case_files: Sequence[Row]) -> Section:
    """Хөтлөх хэргийн нэрийн жагсаалт in the standard table, with the count per retention class."""
    cols = [Column("Хэргийн индекс", 25), Column("Хэргийн гарчиг", 95), Column("Хадгаламжийн нэгжийн тоо", 22,
                                                                            "right"),
            Column("Хадгалах хугацаа", 25), Column("Тайлбар", 30)]
    rows = [TableRow([c["index_code"], c["title"], c["units"] or "", c["retention_label"], c["note"] or ""])
            for c in case_files]
    counts = {k: sum(1 for c in case_files if c["retention"] == k) for k, _ in KINDS}
    rows.append(TableRow(["Бүгд", ", ".join(f"{label} {counts[k]}" for k, label in KINDS),
                          sum(c["units"] for c in case_files), "", ""], RowKind.TOTAL))
    return Section("", cols, rows, sheet="Жагсаалт")


def counts_section(start: date, end: date, received: Mapping[str, int],
                   by_status: Mapping[str, Mapping[str, int]], status_labels: Mapping[str, str],
                   by_schedule: Mapping[str, int] | None = None) -> Section:
    """Units received in [start, end] and held in each status on `end`, per retention class.

    `by_schedule`: how many of those received came by a hand-over schedule; the note says
    «Хуваарийн дагуу» only for those."""
    cols = [Column("Хадгалах хугацаа", 40), Column(f"Хүлээн авсан ({format_date(start)}–{format_date(end)})", 40,
                                                   "right")] + \
        [Column(f"{status_labels[s]} ({format_date(end)})", 30, "right") for s in by_status]
    rows = [TableRow([label, received[k]] + [by_status[s][k] for s in by_status]) for k, label in KINDS]
    rows.append(TableRow(["Бүгд", received["total"]] + [by_status[s]["total"] for s in by_status], RowKind.TOTAL))
    return Section("", cols, rows, sheet="Тоо", note=received_note(start, end, received, by_schedule))


def _by_class(counts: Mapping[str, int]) -> str:
    return (f"байнга {counts['permanent']} ш, түр {counts['temporary']} ш, 70 жилийн {counts['years70']} ш, "
            f"нийт {counts['total']}")


def received_note(start: date, end: date, received: Mapping[str, int],
                  by_schedule: Mapping[str, int] | None) -> str:
    """Seed 001's sentence, «Хуваарийн дагуу …» only when the units came by a schedule."""
    if not received["total"]:
        return f"{format_date(start)}–{format_date(end)} хооронд хадгаламжийн нэгж хүлээн аваагүй."
    scheduled = by_schedule["total"] if by_schedule is not None else 0
    if scheduled == received["total"]:
        return f"Хуваарийн дагуу {_by_class(received)} хадгаламжийн нэгжийг хүлээн авсан."
    text = f"{_by_class(received).capitalize()} хадгаламжийн нэгжийг хүлээн авсан"
    if scheduled and by_schedule is not None:
        return f"{text}; үүнээс хуваарийн дагуу {_by_class(by_schedule)}."
    return f"{text}."


def inventory_sections(counts: Mapping[str, Mapping[str, int]], items: Sequence[Row],
                       result_labels: Sequence[tuple[str, str]]) -> list[Section]:
    """Counts by retention × result, then the missing and damaged units, then the checklist.

    `result_labels` are (result, label) pairs, "unchecked" included."""
    cols = [Column("Хадгалах хугацаа", 40)] + [Column(label, 25, "right") for _, label in result_labels] + \
        [Column("Бүгд", 25, "right")]
    rows = [TableRow([label] + [counts[k][r] for r, _ in result_labels] + [sum(counts[k].values())])
            for k, label in KINDS]
    rows.append(TableRow(["Бүгд"] + [sum(counts[k][r] for k, _ in KINDS) for r, _ in result_labels]
                         + [len(items)], RowKind.TOTAL))
    label_of = dict(result_labels)
    problems = [TableRow(unit_row(i, u)[:6] + [label_of[u["result"]]])
                for i, u in enumerate((u for u in items if u["result"] in ("missing", "damaged")), 1)]
    checklist = [TableRow(unit_row(i, u)[:6] + [label_of[u["result"] or "unchecked"]])
                 for i, u in enumerate(items, start=1)]
    unit_cols = UNIT_COLUMNS[:6] + [Column("Үр дүн", 18)]
    return [Section("Дүн", cols, rows, sheet="Дүн"),
            Section("Дутсан, гэмтсэн нэгж", unit_cols, problems, sheet="Дутсан-гэмтсэн"),
            Section("Тооллогын жагсаалт", unit_cols, checklist, sheet="Жагсаалт")]


def act_title(act: Row) -> str:
    kind_mn = "улсын архивт шилжүүлэх" if act["kind"] == ret.TRANSFER else "устгах"
    return f"Архивын баримтыг {kind_mn} акт №{act['act_no']}"


def act_intro(act: Row, units: Sequence[Row]) -> list[str]:
    if act["kind"] == ret.TRANSFER:
        intro = [f"Байнга хадгалах дараах {len(units)} хадгаламжийн нэгжийг {act['recipient']}-т "
                 f"шилжүүлэв. Нэгжүүдийн бүртгэл архивын бүртгэлд «шилжүүлсэн» төлөвтэй хадгалагдана."]
    else:
        intro = [f"Хадгалах хугацаа нь дууссан дараах {len(units)} хадгаламжийн нэгжийг устгахаар шийдвэрлэв. "
                 "Нэгжүүдийн бүртгэл архивын бүртгэлд «устгасан» төлөвтэй хадгалагдана."]
    if act.get("reason"):
        intro.append(f"Үндэслэл: {act['reason']}")
    return intro


def act_section(units: Sequence[Row]) -> Section:
    """The act's units with the day their retention ended, and the total of sheets."""
    rows = [TableRow(unit_row(i, u) + [format_date(date.fromisoformat(u["retention_end"]))])
            for i, u in enumerate(units, start=1)]
    sheets = sum(u["sheets"] or 0 for u in units)
    rows.append(TableRow(["", "Бүгд", "", f"{len(units)} хадгаламжийн нэгж", "", "", sheets, ""], RowKind.TOTAL))
    return Section("", UNIT_COLUMNS + [Column("Хугацаа дууссан", 22)], rows, sheet="Акт")
