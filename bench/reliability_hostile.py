"""Long form of issue 9, item 10: every hostile spreadsheet × every importer × service and CLI.

    .venv/bin/python -m bench.reliability_hostile [--out results.json] [--kinds a,b] [--areas plans,...]

Each run is a forked child with RLIMIT_AS = 512 MiB and a 10 s limit (tests/reliability/
hostile_runner.py); prints a markdown table (time, peak RSS, the message) and exits non-zero
if any run crashed, ran out of time or memory, gave no clear message, or wrote anything.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.reliability.hostile_runner import judge, message
from tests.reliability.hostile_xlsx import AREAS, KINDS, build, expected


def table(results: list[dict]) -> str:
    areas = sorted({r["area"] for r in results})
    lines = ["| kind | " + " | ".join(f"{a}: s / MiB (service; CLI)" for a in areas) + " | message (service, "
             + areas[0] + ") |", "|---" * (len(areas) + 2) + "|"]
    for kind in KINDS:
        mine = {(r["area"], r["via"]): r for r in results if r["kind"] == kind}
        if not mine:
            continue
        cells = []
        for area in areas:
            s, c = mine.get((area, "service")), mine.get((area, "cli"))
            cells.append("; ".join(f"{r['wall']:.2f} / {r['peak_rss_mib']:.0f}" for r in (s, c) if r))
        first = mine.get((areas[0], "service")) or next(iter(mine.values()))
        text = message(first).replace("|", "\\|").replace("\n", " ")
        cells.append(text[:160] + ("…" if len(text) > 160 else ""))
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=None)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--areas", default=",".join(sorted(AREAS)))
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = [{"area": area, "kind": kind, "via": via, "path": str(build(kind, area, folder / "files"))}
                 for area in args.areas.split(",") for kind in args.kinds.split(",") for via in ("service", "cli")]
        spec, out = folder / "cases.json", Path(args.out) if args.out else folder / "results.json"
        spec.write_text(json.dumps(cases))
        subprocess.run([sys.executable, "-m", "tests.reliability.hostile_runner", str(spec), str(out)], check=True)
        data = json.loads(out.read_text())
    results = data["results"]
    print(table(results))
    failed = {f"{r['area']}/{r['kind']}/{r['via']}": p for r in results if (p := judge(r, expected(r["kind"], r["area"])))}
    worst_s = max(r["wall"] for r in results)
    worst_m = max(r["peak_rss_mib"] for r in results)
    print(f"\n{len(results)} runs, {len(failed)} failed; slowest {worst_s:.2f} s, largest peak RSS {worst_m:.0f} MiB "
          f"(each child starts from the runner's {data['runner_vm_mib']:.0f} MiB of address space under the "
          f"512 MiB RLIMIT_AS); {time.monotonic() - started:.0f} s in all")
    for name, problems in failed.items():
        print(f"FAILED {name}: {problems}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
