"""Start-up benchmark: process start → main window painted, empty and large database.

    python -m bench.startup [--runs 7] [--cases ten-year] [--typing 2] [--before TREE]

Each run is a fresh `bench/startup_app.py` process, timed two ways:
- signed in without the dialog (the steps of the GUI start-up as they were before issue 18's
  sign-in-first start-up): wall-clock from spawning the process to the main window's first paint;
- through the sign-in dialog, as a clerk meets it: the real `soum-desk --data-dir D`, (a) from
  spawning to the sign-in dialog's first paint, then the user name and password typed and
  «Нэвтрэх» pressed `--typing` seconds later, (b) from that press to the main window's first
  paint. The figure to compare with the floor is (a) + (b): the typing itself is not counted.
A bare PySide6 window, timed as the first, is the floor; the floor, the cases and (with
`--before`) an older tree are interleaved run by run. Medians of several runs. The large
offices are the `x10` scale of bench/generate.py (the admin's first area is the dashboard).
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


def time_sign_in(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(spawn → sign-in dialog painted, password submitted → main window painted), in seconds:
    the first timed here, the second by the child (`bench/startup_app.py --dialog`)."""
    began = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    dialog = None
    for line in proc.stdout:
        if line.startswith("DIALOG"):
            dialog = time.perf_counter() - began
        elif line.startswith("SHOWN") and dialog is not None:
            proc.wait(timeout=60)
            return dialog, float(line.split()[1]) / 1000
    raise RuntimeError(f"{args} ended without the dialog and the window (exit {proc.wait()})")


LABELS = {"empty": "empty database", "audit": "large database (200k audit rows, 120 users)",
          "ten-year": "ten-year office (x10: all areas)"}


def run(runs: int = 7, *, cases: tuple[str, ...] = ("empty", "ten-year"), typing: float = 2.0,
        before: Path | None = None) -> list[tuple[str, float, list[float]]]:
    """`cases`: "empty", "audit" (200k audit rows, 120 users) and "ten-year" (`bench.generate --scale x10`,
    every area: ten years of a large soum's plans, petitions, letters and audit log).

    Each round runs the floor, then for each case (and each tree: `before`, then this one) the start-up
    signed in without the dialog and the start-up through the sign-in dialog, the password submitted
    `typing` seconds after the dialog painted. One warm-up round, not counted."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "SOUM_DESK_PASSWORD": generate.PASSWORD}
    here = Path(__file__).resolve().parent
    trees = [("before: ", before), ("", here.parent)] if before else [("", here.parent)]
    samples: dict[str, list[float]] = {"bare PySide6 window (floor)": []}
    with tempfile.TemporaryDirectory(prefix="soumdesk-bench-") as tmp:
        folders = {}
        for case in cases:
            folder = folders[case] = Path(tmp) / case
            only = [] if case == "empty" else ["users", "audit"] if case == "audit" else None
            generate.generate(folder, "realistic" if case == "empty" else "x10", only=only,
                              log=lambda m: print(f"  generated {m.strip()}"))
        for round_ in range(runs + 1):
            measured = {"bare PySide6 window (floor)": time_process([sys.executable, "-c", BARE_WINDOW], env)}
            for case in cases:
                for prefix, tree in trees:
                    tree_env = {**env, "PYTHONPATH": str(tree)}
                    child = [sys.executable, str(here / "startup_app.py"), str(folders[case]), generate.ADMIN]
                    label = f"{prefix}{LABELS[case]}"
                    measured[f"{label}: signed in without the dialog"] = time_process(child, tree_env)
                    dialog, window = time_sign_in([*child, "--dialog", str(typing)], tree_env)
                    measured[f"{label}: (a) spawn → sign-in dialog painted"] = dialog
                    measured[f"{label}: (b) password submitted → main window painted"] = window
                    measured[f"{label}: (a) + (b)"] = dialog + window
            if round_:  # the first round warms the OS file cache
                for label, seconds in measured.items():
                    samples.setdefault(label, []).append(seconds * 1000)
    return [(label, statistics.median(values), values) for label, values in samples.items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cases", default="empty,ten-year", help="empty, audit, ten-year (comma-separated)")
    parser.add_argument("--typing", type=float, default=2.0,
                        help="seconds from the dialog's first paint to the password's submission")
    parser.add_argument("--before", type=Path, help="another source tree (holding soum_desk/) to time as well")
    args = parser.parse_args()
    results = run(args.runs, cases=tuple(args.cases.split(",")), typing=args.typing, before=args.before)
    print(f"start-up, median of {args.runs} interleaved runs; password submitted {args.typing:g} s after the "
          "sign-in dialog painted")
    print("| case | median ms | median / floor median | median of run / floor of its round | runs (ms) |\n"
          "|---|---:|---:|---:|---|")
    floor, floors = results[0][1], results[0][2]
    for label, median, samples in results:
        per_round = statistics.median(s / f for s, f in zip(samples, floors, strict=True))
        print(f"| {label} | {median:.0f} | {median / floor:.1f}× | {per_round:.1f}× | "
              f"{', '.join(f'{s:.0f}' for s in samples)} |")


if __name__ == "__main__":
    main()
