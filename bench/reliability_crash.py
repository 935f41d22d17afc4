"""Long forms of issue 9, item 1 (kill -9 during writes) and item 11 (audit tampering).

    .venv/bin/python -m bench.reliability_crash --trials 200 --audit-trials 1000
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from soum_desk.config import resolve_paths
from soum_desk.services.core import users
from soum_desk.services.core.startup import open_context
from tests.reliability.crash_harness import make_template, run
from tests.reliability.test_audit_tamper import build_template, sweep


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--audit-trials", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.trials:
            started = time.perf_counter()
            stats = run(args.trials, work / "crash", seed=200)
            print(f"kill -9: {stats.trials} trials, {stats.writes_reported} writes reported saved, "
                  f"{stats.integrity_failures} integrity failures, {stats.lost} lost, "
                  f"{stats.half_applied} half-applied ({time.perf_counter() - started:.0f} s)")
            for problem in stats.problems:
                print("  ", problem)
        if args.audit_trials:
            folder, _ = make_template(work / "audit_template")
            ctx = open_context(resolve_paths(folder))
            ctx = ctx.as_actor(users.authenticate(ctx, "admin", "admin-pass-1"))
            made, caught = sweep(build_template(ctx), work / "audit", args.audit_trials, seed=1000)
            print(f"audit tampering: {sum(made.values())} changes, {sum(caught.values())} detected")
            for kind in sorted(made):
                print(f"   {kind}: {caught[kind]}/{made[kind]}")


if __name__ == "__main__":
    main()
