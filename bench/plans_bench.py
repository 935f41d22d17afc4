"""Plans benchmark: a document of 2,000 measures with four quarters of progress.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.plans_bench [--measures 2000] [--runs 3]

Times (median of --runs): building the editor's tree model, each period-entry filter,
computing all averages and the score, the PDF and XLSX reports, the XLSX export, and
reading that export back (import preview) and applying it into an empty database.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

YEAR = 2024


def generate(ctx, measures: int = 2000, seed: int = 7) -> int:  # noqa: ANN001
    """Insert one plan (10 sections × 10 goals × measures/100) and Q1–Q4 progress with SQLAlchemy Core."""
    from sqlalchemy import insert

    from soum_desk.db.models.plans import (
        PlanDocument,
        PlanGoal,
        PlanMeasure,
        PlanProgress,
        PlanSection,
    )
    from soum_desk.domain.plan_timing import parse_timing
    from soum_desk.services.plans.tree import section_code

    rng = random.Random(seed)
    timings = ["I-IV улиралд"] * 6 + ["I улиралд", "II, IV улиралд", "I,III улирал", "IV улирал", "I-II улиралд"]
    per_goal = max(1, measures // 100)
    now = datetime.now()
    with ctx.transaction() as session:
        doc = PlanDocument(kind="annual_plan", year=YEAR, title=f"ЖИШЭЭ {YEAR} ОНЫ ТӨЛӨВЛӨГӨӨ ({measures})",
                           created_at=now)
        session.add(doc)
        session.flush()
        number = 0
        measure_rows, progress_rows = [], []
        for s in range(10):
            section = PlanSection(document_id=doc.id, position=s, code=section_code(s),
                                  title=f"БҮЛЭГ {s + 1}: ТӨРИЙН ҮЙЛЧИЛГЭЭНИЙ ЧАНАР", weight=1.0)
            session.add(section)
            session.flush()
            for g in range(10):
                goal = PlanGoal(section_id=section.id, position=g, code=f"{s + 1}.{g + 1}",
                                title=f"Зорилт {s + 1}.{g + 1}: үйлчилгээг сайжруулна")
                session.add(goal)
                session.flush()
                for m in range(per_goal):
                    number += 1
                    timing = rng.choice(timings)
                    parsed = parse_timing(timing)
                    measure_rows.append({
                        "document_id": doc.id, "goal_id": goal.id, "position": m, "number": str(number),
                        "text": f"Арга хэмжээ {number}: иргэдэд үзүүлэх үйлчилгээг шуурхай болгох ажил зохион байгуулах",
                        "indicator": "Арга хэмжээний тоо", "baseline": "1", "target_text": "2-оос доошгүй",
                        "target_value": 2.0, "target_cmp": ">=", "timing_text": timing,
                        "timing_quarters": parsed.code(), "timing_ok": True, "responsible": "Тамгын газар",
                        "scale": "law", "weight": 1.0})
        session.execute(insert(PlanMeasure), measure_rows)
        ids = session.execute(PlanMeasure.__table__.select().with_only_columns(
            PlanMeasure.id, PlanMeasure.timing_quarters).where(PlanMeasure.document_id == doc.id)).all()
        for measure_id, quarters in ids:
            due = [int(q) for q in quarters.split(",")]
            stuck = rng.random() < 0.03
            for step, q in enumerate(due, start=1):
                value = 40.0 if stuck else min(100.0, round(step / len(due) * 100 - rng.randint(0, 10)))
                progress_rows.append({"measure_id": measure_id, "period": f"{YEAR}Q{q}",
                                      "narrative": f"{q}-р улиралд төлөвлөсөн ажлыг хийж, тайланг хүргүүлсэн.",
                                      "self_percent": value, "updated_at": now, "updated_by": "bench"})
        session.execute(insert(PlanProgress), progress_rows)
        return doc.id


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def open_ctx(folder: Path):  # noqa: ANN201
    from soum_desk.config import resolve_paths
    from soum_desk.services.core import office, users
    from soum_desk.services.core.startup import open_context

    ctx = open_context(resolve_paths(folder))
    office.initialise(ctx, aimag_code="MN-065", soum_name="Есөнбулаг", office_name="Есөнбулаг сумын ЗДТГ",
                      admin_username="admin", admin_password="bench-pass-1")
    return ctx.as_actor(users.authenticate(ctx, "admin", "bench-pass-1"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--measures", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from soum_desk.services.plans import imports as plans_io
    from soum_desk.services.plans import report as plans_report
    from soum_desk.services.plans import scoring as plans_scoring
    from soum_desk.services.plans import tree as plans
    from soum_desk.ui.plans.editor import build_tree_model

    app = QApplication.instance() or QApplication([])  # noqa: F841
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        ctx = open_ctx(tmp_path / "a")
        start = time.perf_counter()
        doc_id = generate(ctx, args.measures)
        results = {"generate (Core inserts, once)": time.perf_counter() - start}
        q4 = f"{YEAR}Q4"
        results["editor: plans.tree + tree model"] = median_time(
            lambda: build_tree_model(plans.tree(ctx, doc_id)), args.runs)
        for flt in plans_scoring.FILTERS:
            results[f"entry filter «{flt}» (Q4)"] = median_time(
                lambda flt=flt: plans_scoring.entry_rows(ctx, doc_id, q4, flt), args.runs)
        results["all averages + score (year)"] = median_time(
            lambda: plans_scoring.compute(ctx, doc_id, str(YEAR)), args.runs)
        results["PDF report (year)"] = median_time(
            lambda: plans_report.make_report(ctx, str(YEAR), "pdf", tmp_path / "r.pdf"), args.runs)
        results["XLSX report (year)"] = median_time(
            lambda: plans_report.make_report(ctx, str(YEAR), "xlsx", tmp_path / "r.xlsx"), args.runs)
        export = tmp_path / "export.xlsx"
        results["XLSX export (Q4)"] = median_time(lambda: plans_report.export_xlsx(ctx, q4, export), args.runs)
        results["import preview of the export"] = median_time(lambda: plans_io.import_preview(ctx, export),
                                                              args.runs)
        other = open_ctx(tmp_path / "b")
        start = time.perf_counter()
        plans_io.import_file(other, export)
        results["import into an empty database (once)"] = time.perf_counter() - start
        pages = _pages(tmp_path / "r.pdf")
        ctx.dispose()
        other.dispose()
    del app
    print(f"## plans bench: {args.measures} measures × 4 quarters, median of {args.runs} runs; PDF {pages} pages")
    for name, seconds in results.items():
        print(f"| {name} | {seconds * 1000:.0f} ms |")


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


if __name__ == "__main__":
    import os
    import sys

    main()
    sys.stdout.flush()
    os._exit(0)  # skip PySide6's teardown at interpreter exit (it can crash after Qt objects are gone)
