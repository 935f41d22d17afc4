"""The plans part of the quarterly bundle: tables as JSON-ready rows (no personal data)."""

from __future__ import annotations

from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission
from soum_desk.services.core.context import AppContext
from soum_desk.services.plans.evidence_links import evidence_of
from soum_desk.services.plans.rows import ScoreSummary
from soum_desk.services.plans.scoring import _documents, compute_in, flat_measures, score_summary

MEASURE_KEYS = ("id", "number", "text", "indicator", "baseline", "target_text", "target_value", "target_cmp",
                "timing_text", "timing_quarters", "timing_ok", "responsible", "scale", "weight")


def bundle_payload(ctx: AppContext, period: Period | str, include_personal: bool = False) -> dict[str, list[dict]]:
    """Plans of the period's year, their measures, each measure's figures for the period, scores,
    and the evidence files (hash and name; the bundle carries the files themselves) of the entries used.

    `plan_summary` (one row per plan, the fields of `bundle/schema.SUMMARY_SCHEMAS`) is what the
    province consolidates: the average rounded as `period_summary` rounds it, the §7.5 score.
    Plans hold no personal data, so `include_personal` changes nothing."""
    ctx.require(Permission.READ)
    p = period if isinstance(period, Period) else Period.parse(period)
    out: dict[str, list[dict]] = {"plan_summary": [], "plan_documents": [], "plan_sections": [], "plan_goals": [],
                                  "plan_measures": [], "plan_progress": [], "plan_scores": [],
                                  "plan_evidence": []}
    with ctx.reading() as session:
        for doc_id in _documents(session, p):
            result = compute_in(session, doc_id, p)
            out["plan_documents"].append({k: result[k] for k in ("id", "kind", "year", "title", "act_number",
                                                                 "act_date")})
            for s_pos, s in enumerate(result["sections"]):
                out["plan_sections"].append({"id": s["id"], "document_id": doc_id, "position": s_pos,
                                             "code": s["code"], "title": s["title"], "weight": s["weight"],
                                             "average": s["average"]})
                for g_pos, g in enumerate(s["goals"]):
                    out["plan_goals"].append({"id": g["id"], "section_id": s["id"], "position": g_pos,
                                              "code": g["code"], "title": g["title"], "average": g["average"]})
            for m in flat_measures(result):
                fields: dict[str, object] = dict(m)
                out["plan_measures"].append({**{k: fields[k] for k in MEASURE_KEYS}, "document_id": doc_id,
                                             "goal_id": m["goal_id"]})
                out["plan_progress"].append({
                    "measure_id": m["id"], "period": p.code, "source_period": m["progress_period"],
                    "due": m["due"], "status": m["status"], "narrative": m["narrative"],
                    "percent": m["shown_percent"], "level": m["level"], "flow": m["flow"]})
            by_entry = {pid: m["id"] for m in flat_measures(result) if (pid := m["progress_id"])}
            entries = list(by_entry)
            for link in evidence_of(session, entries):
                out["plan_evidence"].append({"measure_id": by_entry[link["progress_id"]], "period": p.code,
                                             "sha256": link["sha256"], "filename": link["filename"],
                                             "mime": link["mime"], "size": link["size"]})
            summary = score_summary(result)
            out["plan_summary"].append({
                "plan": result["title"], "document_id": doc_id, "measures": result["measures_total"],
                "scored": sum(1 for m in flat_measures(result) if m["percent"] is not None),
                "average_percent": summary["average"], "score": result["score"]})
            out["plan_scores"].append(_flat_score(summary, result["submitted_on"]))
    return out


def _flat_score(summary: ScoreSummary, submitted_on: str | None) -> dict[str, object]:
    """`score_summary` as one flat row of scalars (bundle tables hold no nested values)."""
    row = {k: v for k, v in summary.items() if k not in ("sections", "counts", "penalty", "stalled", "broken")}
    row.update({f"count_{k}": v for k, v in summary["counts"].items()})
    penalty = summary["penalty"]
    row.update(penalty_days_late=penalty["days_late"] if penalty else None,
               penalty_fraction=penalty["fraction"] if penalty else None,
               score_after_penalty=penalty["score_after"] if penalty else None, submitted_on=submitted_on,
               stalled=", ".join(str(n) for n in summary["stalled"]),
               broken=", ".join(str(n) for n in summary["broken"]))
    return row
