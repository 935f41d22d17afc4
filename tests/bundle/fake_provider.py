"""A payload provider standing in for the plans, petitions and letters areas in tests and the
benchmark: realistic tables whose figures depend on the office and the period."""

from __future__ import annotations

import hashlib

from soum_desk.domain.periods import Period
from soum_desk.services.core import office

MEASURES = 40  # detail rows per plan; the benchmark raises it


def _seed(code: str, period: Period) -> int:
    return int(hashlib.sha256(f"{code}|{period.code}".encode()).hexdigest()[:8], 16)


def bundle_payload(ctx, period: Period, include_personal: bool = False) -> dict[str, list[dict]]:  # noqa: ANN001
    code = office.get_office(ctx)["code"]
    seed = _seed(code, period)
    measures = [{"plan": f"Plan {p}", "no": n, "text": f"Арга хэмжээ {p}.{n} — барилга, засвар, сургалт",
                 "indicator": "Тайлагналтын тоо", "target": "90%-иас доошгүй",
                 "percent": (seed >> (n % 16)) % 101}
                for p in range(1, 4) for n in range(1, MEASURES + 1)]
    summary = []
    for p in range(1, 4):
        rows = [m for m in measures if m["plan"] == f"Plan {p}"]
        summary.append({"plan": f"Plan {p}", "measures": len(rows), "scored": len(rows),
                        "average_percent": round(sum(m["percent"] for m in rows) / len(rows), 2)})
    received = 40 + seed % 60
    on_time = received - seed % 12
    tables = {
        "plan_summary": summary,
        "plan_measures": measures,
        "petition_figures": [{"received": received, "resolved_on_time": on_time, "resolved_late": seed % 5,
                              "pending": max(0, received - on_time - seed % 5), "overdue": 0,
                              "average_days": 8.5 + seed % 7}],
        "letter_figures": [{"incoming": 120 + seed % 50, "outgoing": 60 + seed % 30, "reply_required": 30,
                            "replied_on_time": 20 + seed % 11, "overdue": 10 - seed % 11 if seed % 11 < 10 else 0}],
        "archive_counts": [{"retention": "permanent", "units": 80}, {"retention": "70y", "units": 14},
                           {"retention": "temporary", "units": 180}],
    }
    if include_personal:
        tables["personal_petitioners"] = [{"petition_no": i, "name": f"Иргэн {i}", "register": f"УБ9{i:07d}",
                                           "phone": f"9911{i:04d}"} for i in range(1, 6)]
    return tables


def bundle_reports(ctx, period: Period, folder) -> list:  # noqa: ANN001
    path = folder / f"fake_{period.code}.pdf"
    path.write_bytes(b"%PDF-1.4\n% fake report for tests\n")
    return [path]


SPEC = bundle_payload  # what `services/bundle/export.PAYLOAD_PROVIDERS` holds for the fake area
REPORT_SPEC = bundle_reports
