"""Start-up benchmark: process start → main window painted, empty and large database.

    python -m bench.startup [--runs 7]

Each run is a fresh `python -m bench.startup_app` process (the real GUI start-up path,
signed in without the dialog); the time is wall-clock from spawning the process to the
main window's first paint. Medians of several runs. The large office is the `x10`
scale of bench/generate.py's core generators (200,000 audit entries, 120 users); the
admin's first area is the audit viewer, which counts and pages those entries.
A bare PySide6 window is timed the same way as the floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import generate

BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "from PySide6.QtCore import QObject, QEvent\n"
    "app = QApplication([]); w = QMainWindow()\n"
    "class F(QObject):\n"
    "    def eventFilter(self, o, e):\n"
    "        if e.type() == QEvent.Type.Paint: print('SHOWN', flush=True); app.quit()\n"
    "        return False\n"
    "f = F(); w.installEventFilter(f); w.show(); app.exec()\n"
)


def time_process(args: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("SHOWN"):
            elapsed = time.perf_counter() - began
            break
    else:
        raise RuntimeError(f"{args} ended without showing a window (exit {proc.wait()})")
    proc.wait(timeout=60)
    return elapsed


def median_ms(args: list[str], env: dict[str, str], runs: int) -> tuple[float, list[float]]:
    time_process(args, env)  # warm the OS file cache once, not counted
    samples = [time_process(args, env) * 1000 for _ in range(runs)]
    return statistics.median(samples), samples


def run(runs: int = 7, *, cases: tuple[str, ...] = ("empty", "ten-year")) -> list[tuple[str, float, list[float]]]:
    """`cases`: "empty", "audit" (200k audit rows, 120 users) and "ten-year" (`bench.generate --scale x10`,
    every area: ten years of a large soum's plans, petitions, letters and audit log)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "SOUM_DESK_PASSWORD": generate.PASSWORD}
    results = []
    labels = {"empty": "empty database", "audit": "large database (200k audit rows, 120 users)",
              "ten-year": "ten-year office (x10: all areas)"}
    with tempfile.TemporaryDirectory(prefix="soumdesk-bench-") as tmp:
        folders = {}
        for case in cases:
            folder = folders[case] = Path(tmp) / case
            only = [] if case == "empty" else ["users", "audit"] if case == "audit" else None
            generate.generate(folder, "realistic" if case == "empty" else "x10", only=only,
                              log=lambda m: print(f"  generated {m.strip()}"))
        results.append(("bare PySide6 window (floor)", *median_ms([sys.executable, "-c", BARE_WINDOW], env, runs)))
        for case in cases:
            app = [sys.executable, "-m", "bench.startup_app", str(folders[case]), generate.ADMIN]
            results.append((labels[case], *median_ms(app, env, runs)))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cases", default="empty,ten-year", help="empty, audit, ten-year (comma-separated)")
    args = parser.parse_args()
    results = run(args.runs, cases=tuple(args.cases.split(",")))
    print(f"start-up to main window, median of {args.runs} runs")
    print("| case | median ms | ratio to the floor | runs (ms) |\n|---|---:|---:|---|")
    floor = results[0][1]
    for label, median, samples in results:
        print(f"| {label} | {median:.0f} | {median / floor:.1f}× | {', '.join(f'{s:.0f}' for s in samples)} |")


if __name__ == "__main__":
    main()
