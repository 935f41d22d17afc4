"""Long form of issue 9, item 7: the province import of 18 real offices' bundles killed at
many points, on SQLite and on PostgreSQL.

    .venv/bin/python -m bench.reliability_province_kill [--points 50] [--backend sqlite|postgresql|both]
    (PostgreSQL reads SOUM_DESK_TEST_PG_URL; its schema is dropped and rebuilt for every point)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.reliability import province_offices  # noqa: E402
from tests.reliability.province_kill import Sweep, reset_pg  # noqa: E402


def sweep(backend: str, offices: province_offices.Offices, points: int, work: Path) -> bool:
    url = os.environ.get("SOUM_DESK_TEST_PG_URL") if backend == "postgresql" else None
    started = time.perf_counter()
    run = Sweep(work, offices, url)
    try:
        for point, (after, seconds) in enumerate(run.kill_plan(points, seed=70)):
            run.kill_at(point, after, seconds)
    finally:
        if url:
            reset_pg(url)
    print(f"{backend}: {run.summary()}; {time.perf_counter() - started:.0f} s", flush=True)
    for problem in run.stats.partial + run.stats.integrity + run.stats.rerun_different:
        print("  ", problem)
    return not (run.stats.partial or run.stats.integrity or run.stats.rerun_different)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--points", type=int, default=50)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    if "postgresql" in backends and not os.environ.get("SOUM_DESK_TEST_PG_URL"):
        parser.error("PostgreSQL needs SOUM_DESK_TEST_PG_URL")
    with tempfile.TemporaryDirectory(prefix="soumdesk-province-kill-") as tmp:
        started = time.perf_counter()
        offices = province_offices.build(Path(tmp) / "offices")
        print(f"18 offices built and exported with the real area providers in {time.perf_counter() - started:.0f} s",
              flush=True)
        ok = all([sweep(b, offices, args.points, Path(tmp) / b) for b in backends])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
