"""From a bundle's summary tables to the figures row the province consolidates."""

from __future__ import annotations

ARCHIVE_CLASSES = {
    "permanent": "archive_permanent", "байнга": "archive_permanent",
    "70y": "archive_70_years", "years70": "archive_70_years", "70": "archive_70_years", "70 жил": "archive_70_years",
    "temporary": "archive_temporary", "түр": "archive_temporary",
}


def _sum(rows: list[dict], key: str) -> int | None:
    values: list[int | float] = [v for r in rows if isinstance(v := r.get(key), int | float)]
    return int(sum(values)) if values else None


def figures_from_tables(tables: dict[str, list[dict]]) -> dict:
    """Plain figures; a table the bundle does not carry leaves its figures empty (None)."""
    out: dict = {}
    plans = tables.get("plan_summary")
    if plans is not None:
        out["plan_count"] = len(plans)
        out["plan_measures"] = _sum(plans, "measures") or 0
        # As the office's own `plans_scoring.period_summary`: the mean of the plans' averages and scores.
        averages = [r["average_percent"] for r in plans if r.get("average_percent") is not None]
        out["plan_average"] = round(sum(averages) / len(averages), 2) if averages else None
        scores = [r["score"] for r in plans if isinstance(r.get("score"), int | float)]
        out["plan_score"] = round(sum(scores) / len(scores), 4) if scores else None
    petitions = tables.get("petition_figures")
    if petitions is not None:
        out["petitions_received"] = _sum(petitions, "received") or 0
        out["petitions_on_time"] = _sum(petitions, "resolved_on_time") or 0
        out["petitions_late"] = _sum(petitions, "resolved_late") or 0
        out["petitions_pending"] = _sum(petitions, "pending") or 0
        out["petitions_overdue"] = _sum(petitions, "overdue") or 0
        days = [(r["average_days"], r.get("resolved_on_time", 0) + r.get("resolved_late", 0))
                for r in petitions if r.get("average_days") is not None]
        count = sum(n for _, n in days)
        out["petitions_average_days"] = round(sum(d * n for d, n in days) / count, 2) if count else None
    letters = tables.get("letter_figures")
    if letters is not None:
        out["letters_incoming"] = _sum(letters, "incoming") or 0
        out["letters_outgoing"] = _sum(letters, "outgoing") or 0
        out["letters_reply_required"] = _sum(letters, "reply_required") or 0
        out["letters_replied_on_time"] = _sum(letters, "replied_on_time") or 0
        out["letters_overdue"] = _sum(letters, "overdue") or 0
    archive = tables.get("archive_counts")
    if archive is not None:
        for column in set(ARCHIVE_CLASSES.values()):
            out[column] = 0
        for row in archive:
            target = ARCHIVE_CLASSES.get(str(row.get("retention", "")).strip().lower())
            if target:
                out[target] += int(row.get("units") or 0)
    return out
