"""Opening the petitions view at 100,000 petitions, beside a bare Qt table (issue 18).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.petitions_view_bench [--count 100000] [--runs 7]
        [--data-dir DIR]

Times what a click on «Өргөдөл» costs: building `PetitionsView` (filters' options, the count and the
first page from the service, column widths) until it is shown and painted. The floor is a bare
`QTableView` over a `QStandardItemModel` holding the same first page, shown and painted the same way.
With `--data-dir` an existing database (from an earlier run) is reused.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.petitions_bench import build


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from soum_desk.config import resolve_paths
    from soum_desk.services.core import users
    from soum_desk.services.core.startup import open_context
    from soum_desk.ui.bus import DataBus
    from soum_desk.ui.petitions.view import PetitionsView
    from soum_desk.ui.state import AppState

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", default=None)
    args = parser.parse_args()
    folder = Path(args.data_dir or tempfile.mkdtemp(prefix="soumdesk-view-"))
    if not (folder / "data").exists():
        ctx, elapsed = build(args.count, folder)
        print(f"generated {args.count:,} petitions in {elapsed:.1f} s ({folder})")
        ctx.dispose()
    base = open_context(resolve_paths(folder / "data"))
    ctx = base.as_actor(users.authenticate(base, "admin", "bench-pass-1"))
    app = QApplication.instance() or QApplication([])
    state = AppState(ctx, DataBus())

    def open_view() -> None:
        view = PetitionsView(state)
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        view.repaint()
        view.close()
        view.deleteLater()
        app.processEvents()

    probe = PetitionsView(state)
    page = [[probe.model.data(probe.model.index(r, c)) for c in range(probe.model.columnCount())]
            for r in range(probe.model.rowCount())]
    probe.deleteLater()

    def bare_table() -> None:
        model = QStandardItemModel(len(page), len(page[0]) if page else 0)
        for r, row in enumerate(page):
            for c, text in enumerate(row):
                model.setItem(r, c, QStandardItem(str(text)))
        table = QTableView()
        table.setModel(model)
        table.resize(1280, 800)
        table.show()
        app.processEvents()
        table.repaint()
        table.close()
        table.deleteLater()
        app.processEvents()

    ours = median_ms(open_view, args.runs)
    floor = median_ms(bare_table, args.runs)
    print(f"\n| action ({args.count:,} petitions) | median ms |\n|---|---:|")
    print(f"| open the petitions view (built, shown, painted) | {ours:.1f} |")
    print(f"| floor: bare QTableView with the same first page ({len(page)} rows) | {floor:.1f} |")
    print(f"| ratio | {ours / floor:.2f}× |")
    ctx.dispose()


if __name__ == "__main__":
    main()
