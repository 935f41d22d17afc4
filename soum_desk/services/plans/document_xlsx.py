"""Whole-plan xlsx sheet (issue 16): every period's entries, evaluator levels and reviews.

The office's table page stays the first sheet; this module adds a machine-complete
sheet named ``SHEET`` whose A1 holds ``MARKER`` so the importer recognises a SoumDesk
whole-plan export. Each following row is one record: a kind in column A and its
fields as JSON in column B. ``dump_document`` gives a canonical, id-free dump used
both to write the sheet and to compare plans (export→import must give the same dump).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models.plans import (
    PlanDocument,
    PlanGoal,
    PlanMeasure,
    PlanPeriodReview,
    PlanProgress,
    PlanSection,
)
from soum_desk.errors import UserError
from soum_desk.importers.safe_workbook import open_workbook
from soum_desk.importers.safe_workbook import rows as safe_rows

SHEET = "SoumDesk"
MARKER = "soumdesk-plan-document/1"

_DOC = ("kind", "year", "title", "act_number", "act_date")
_SECTION = ("code", "title", "weight")
_GOAL = ("code", "title")
_MEASURE = ("number", "text", "indicator", "baseline", "target_text", "target_value", "target_cmp",
            "timing_text", "timing_quarters", "timing_ok", "responsible", "scale", "weight")
_PROGRESS = ("period", "narrative", "self_percent", "level", "eval_percent", "evaluator", "evaluated_on")
_REVIEW = ("period", "status", "reviewed_by", "reviewed_at", "approved_by", "approved_at",
           "submitted_on", "note", "declared_average")


def _val(v: Any) -> Any:
    if isinstance(v, datetime):
        return v.isoformat()
    if isinstance(v, date):
        return v.isoformat()
    return v


def _pick(obj: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    return {f: _val(getattr(obj, f)) for f in fields}


def dump_document(session: Session, document_id: int) -> dict[str, Any]:
    """Canonical id-free dump of one plan document with all periods."""
    doc = session.get(PlanDocument, document_id)
    if doc is None:
        raise LookupError(document_id)
    sections = []
    for s in sorted(doc.sections, key=lambda s: s.position):
        goals = []
        for g in sorted(s.goals, key=lambda g: g.position):
            measures = []
            for m in sorted(g.measures, key=lambda m: m.position):
                rows = session.scalars(select(PlanProgress).where(PlanProgress.measure_id == m.id)
                                       .order_by(PlanProgress.period)).all()
                measures.append({**_pick(m, _MEASURE), "progress": [_pick(p, _PROGRESS) for p in rows]})
            goals.append({**_pick(g, _GOAL), "measures": measures})
        sections.append({**_pick(s, _SECTION), "goals": goals})
    reviews = session.scalars(select(PlanPeriodReview).where(PlanPeriodReview.document_id == doc.id)
                              .order_by(PlanPeriodReview.period)).all()
    return {**_pick(doc, _DOC), "sections": sections, "reviews": [_pick(r, _REVIEW) for r in reviews]}


def add_document_sheet(wb: Workbook, dump: dict[str, Any]) -> None:
    """Append the machine-complete sheet (one JSON record per row) to ``wb``."""
    ws = wb.create_sheet(SHEET)
    ws.append([MARKER])
    ws.append(["document", json.dumps({k: dump[k] for k in _DOC}, ensure_ascii=False)])
    for s in dump["sections"]:
        ws.append(["section", json.dumps({k: s[k] for k in _SECTION}, ensure_ascii=False)])
        for g in s["goals"]:
            ws.append(["goal", json.dumps({k: g[k] for k in _GOAL}, ensure_ascii=False)])
            for m in g["measures"]:
                ws.append(["measure", json.dumps({k: m[k] for k in _MEASURE}, ensure_ascii=False)])
                for p in m["progress"]:
                    ws.append(["progress", json.dumps(p, ensure_ascii=False)])
    for r in dump["reviews"]:
        ws.append(["review", json.dumps(r, ensure_ascii=False)])
    ws.sheet_state = "hidden"


def write_document_xlsx(session: Session, document_id: int, path: str | Path) -> Path:
    """Add the whole-plan sheet to an existing office-layout workbook at ``path``."""
    path = Path(path)
    wb = load_workbook(path)
    if SHEET in wb.sheetnames:
        del wb[SHEET]
    add_document_sheet(wb, dump_document(session, document_id))
    wb.save(path)
    return path


def _add_row(dump: dict[str, Any], row: tuple) -> None:
    kind, data = row[0], json.loads(str(row[1]))
    if kind == "document":
        dump.update(data)
    elif kind == "section":
        dump["sections"].append({**data, "goals": []})
    elif kind == "goal":
        dump["sections"][-1]["goals"].append({**data, "measures": []})
    elif kind == "measure":
        dump["sections"][-1]["goals"][-1]["measures"].append({**data, "progress": []})
    elif kind == "progress":
        dump["sections"][-1]["goals"][-1]["measures"][-1]["progress"].append(data)
    elif kind == "review":
        dump["reviews"].append(data)


def read_document_sheet(path: str | Path) -> dict[str, Any] | None:
    """The dump stored in a whole-plan export, or None for a legacy table.

    Opened with the importers' safety checks (size, zip bomb, XML); a damaged file or a hand-edited
    document sheet is a located message, not a traceback (issue 19)."""
    wb = open_workbook(path)
    try:
        if SHEET not in wb.sheetnames:
            return None
        rows = iter(safe_rows(wb[SHEET], SHEET))
        first = next(rows, None)
        if not first or first[0] != MARKER:
            return None
        dump: dict[str, Any] = {"sections": [], "reviews": []}
        for number, row in enumerate(rows, start=2):
            try:
                _add_row(dump, row)
            except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
                raise UserError(f"Бүтэн төлөвлөгөөний хуудасны {number}-р мөр эвдэрсэн (гараар засварласан байж "
                                "магадгүй). Төлөвлөгөөг дахин экспортлоно уу.",
                                f"Row {number} of the whole-plan sheet is damaged (perhaps edited by hand). "
                                "Export the plan again.", where=f"{Path(path).name}, {SHEET}, {number}") from None
        return dump
    finally:
        wb.close()


def _parse(fields: tuple[str, ...], data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields:
        v = data.get(f)
        if isinstance(v, str) and f.endswith(("_on", "_date")):
            v = date.fromisoformat(v)
        elif isinstance(v, str) and f.endswith("_at"):
            v = datetime.fromisoformat(v)
        out[f] = v
    return out


def find_document(session: Session, dump: dict[str, Any], office_id: int | None) -> PlanDocument | None:
    return session.scalars(select(PlanDocument).where(
        PlanDocument.office_id == office_id, PlanDocument.year == dump["year"],
        PlanDocument.kind == dump["kind"], PlanDocument.title == dump["title"])).first()


def apply_document(session: Session, dump: dict[str, Any], office_id: int | None, *,
                   actor: str | None = None) -> tuple[int, bool]:
    """Write ``dump`` as the office's plan; returns (document id, changed).

    If the same plan already exists with an identical dump nothing is written.
    Otherwise the existing document's structure and entries are replaced.
    """
    doc = find_document(session, dump, office_id)
    if doc is not None:
        if dump_document(session, doc.id) == dump:
            return doc.id, False
        session.delete(doc)
        session.flush()
    now = datetime.now()
    doc = PlanDocument(office_id=office_id, created_at=now, **_parse(_DOC, dump))
    session.add(doc)
    session.flush()
    for si, s in enumerate(dump["sections"]):
        sec = PlanSection(document_id=doc.id, position=si, **_parse(_SECTION, s))
        session.add(sec)
        session.flush()
        for gi, g in enumerate(s["goals"]):
            goal = PlanGoal(section_id=sec.id, position=gi, **_parse(_GOAL, g))
            session.add(goal)
            session.flush()
            for mi, m in enumerate(g["measures"]):
                mea = PlanMeasure(document_id=doc.id, goal_id=goal.id, position=mi, **_parse(_MEASURE, m))
                session.add(mea)
                session.flush()
                for p in m["progress"]:
                    session.add(PlanProgress(measure_id=mea.id, updated_at=now, updated_by=actor,
                                             **_parse(_PROGRESS, p)))
    for r in dump["reviews"]:
        session.add(PlanPeriodReview(document_id=doc.id, **_parse(_REVIEW, r)))
    session.flush()
    session.expire_all()
    return doc.id, True


def count_entries(dump: dict[str, Any]) -> dict[str, int]:
    """Entries per period, for the import preview."""
    counts: dict[str, int] = {}
    for s in dump["sections"]:
        for g in s["goals"]:
            for m in g["measures"]:
                for p in m["progress"]:
                    counts[p["period"]] = counts.get(p["period"], 0) + 1
    return dict(sorted(counts.items()))
