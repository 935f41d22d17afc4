"""Dashboard benchmark: ten years of a large soum (petitions + letters + this year's plan).

    .venv/bin/python -m bench.dashboard_bench [--petitions 100000] [--letters 100000] [--repeat 15]

The tiles' data (`services.dashboard.summary`) should come in under 200 ms; the
charts load separately in the background. Prints medians as a Markdown table.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from bench.letters_bench import generate as generate_letters
from bench.petitions_bench import build as build_petitions
from bench.petitions_bench import measure


def main() -> None:
    from soum_desk.services.core.context import Actor
    from soum_desk.services.dashboard import charts as chart_series
    from soum_desk.services.dashboard import figures as dashboard
    from soum_desk.services.plans import demo as plans_demo

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--petitions", type=int, default=100_000)
    parser.add_argument("--letters", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        ctx, _ = build_petitions(args.petitions, Path(tmp))
        generate_letters(ctx, args.letters, years=10)
        plans_demo.load_plans_demo(ctx.as_actor(Actor.system()), date.today().year)
        print(f"built {args.petitions:,} petitions, {args.letters:,} letters (ten years) and this year's plan "
              f"in {time.perf_counter() - started:.1f} s")
        week_ago = datetime.now() - timedelta(days=7)
        rows = [("dashboard tiles (summary)", lambda: dashboard.summary(ctx)),
                ("overdue since last opened (7 days)", lambda: dashboard.overdue_since(ctx, week_ago)),
                ("charts (background, 5 charts)", lambda: chart_series.office_charts(ctx))]
        print("\n| action | median ms |\n|---|---:|")
        for name, fn in rows:
            repeat = args.repeat if "charts" not in name else max(3, args.repeat // 5)
            print(f"| {name} | {measure(fn, repeat):.1f} |")
        ctx.dispose()


if __name__ == "__main__":
    main()
