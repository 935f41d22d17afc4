"""Opening every list view of the app on a large office (and a large province), beside a bare Qt table.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.views_open_bench [--runs 7] [--data-dir DIR]
        [--petitions 100000] [--letters 500000] [--archive 100000] [--audit 200000] [--measures 2000]
        [--soums 330] [--only petitions,letters,...]

Times what a click on an area costs: the area's factory (as `MainWindow.area_view` calls it) until
the view is shown and painted with its first page of data. The floor, measured in the same run and
interleaved with ours (floor, ours, floor, ours…), is a bare `QTableView` over a `QStandardItemModel`
holding the same first page (the display text of the view's largest list), shown and painted the
same way. The dashboard is timed to its first paint and until its tiles are filled (their data is
read on the thread pool). The province views run on a province that imported `--soums` offices ×
4 quarters of 2024 (`bench.bundle_bench.make_bundles`). With `--data-dir` the databases built by an
earlier run are reused (building 500k letters and 1,320 bundles takes minutes).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

PAGE_CAP = 200  # rows of the floor's page (the largest page a view loads first)


def build_office(folder: Path, args: argparse.Namespace) -> None:
    """An office with `args.petitions` petitions, letters, archive units, audit entries and a plan."""
    from bench.generate import GENERATORS, Scale, load_generator_modules, make_office
    from bench.letters_bench import generate as generate_letters
    from bench.office_data import archive_holdings
    from bench.plans_bench import generate as generate_plan

    load_generator_modules()
    ctx = make_office(folder)
    steps: list[tuple[str, Callable[[], object]]] = [
        ("audit", lambda: GENERATORS["audit"](ctx, Scale("views", args.audit // 20_000))),
        ("petitions", lambda: GENERATORS["petitions"](ctx, Scale("views", args.petitions // 1_000))),
        ("letters", lambda: generate_letters(ctx, args.letters, years=10)),
        ("archive", lambda: archive_holdings(ctx, args.archive, random.Random(5))),
        ("plan", lambda: generate_plan(ctx, measures=args.measures)),
    ]
    for name, step in steps:
        started = time.perf_counter()
        step()
        print(f"  {name}: {time.perf_counter() - started:.1f} s", flush=True)
    with ctx.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    ctx.dispose()


def build_province(folder: Path, soums: int) -> None:
    """A province that imported `soums` offices × 4 quarters of 2024 (SQLite)."""
    from bench.bundle_bench import _province, make_bundles
    from soum_desk.services.province import imports as province_import
    from soum_desk.services.province import registry as province

    files = folder / "bundles"
    files.mkdir(parents=True)
    started = time.perf_counter()
    key_files, bundles = make_bundles(files, soums, "medium")
    print(f"  {len(bundles)} bundles packed in {time.perf_counter() - started:.1f} s", flush=True)
    ctx = _province(None, folder / "data")
    for key_file in key_files:
        province.register_key_file(ctx, key_file)
    started = time.perf_counter()
    results = province_import.import_files(ctx, bundles, arrived_on=date(2025, 1, 12))
    assert all(r["verdict"] == "valid" for r in results), results[:3]
    print(f"  imported in {time.perf_counter() - started:.1f} s", flush=True)
    ctx.dispose()


def first_page(view) -> list[list[str]]:  # noqa: ANN001
    """The display text of the largest list in `view` (what the floor shows)."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QAbstractItemView

    best: list[list[str]] = []
    for widget in view.findChildren(QAbstractItemView):
        model = widget.model()
        if model is None:
            continue
        try:
            columns = max(model.columnCount(QModelIndex()), 1)
        except TypeError:  # a QListWidget's model keeps columnCount private: one column
            columns = 1
        rows = min(model.rowCount(QModelIndex()), PAGE_CAP)
        if rows * columns > len(best) * (len(best[0]) if best else 0):
            best = [[str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) or "") for c in range(columns)]
                    for r in range(rows)]
    return best


def extra_cases(province_mode: bool) -> list[tuple[str, Callable]]:
    """Views opened from inside an area: the archive's other tabs (built on their first showing),
    an office's bundle history at the province."""
    if province_mode:
        from soum_desk.ui.province.history_dialog import HistoryDialog

        return [("province_history: one office's 2024Q4 bundles",
                 lambda state: HistoryDialog(state, "MN-049/Сум-001", "Сум 1 ЗДТГ", "2024Q4"))]
    from soum_desk.ui.archive.view import ArchiveView

    def archive_tab(index: int) -> Callable:
        def build(state: object) -> QWidget:
            view = ArchiveView(state)  # type: ignore[arg-type]
            view.tabs.setCurrentIndex(index)
            return view
        return build
    return [("archive: open, then the units tab", archive_tab(1)),
            ("archive: open, then the inventory tab", archive_tab(2)),
            ("archive: open, then the acts tab", archive_tab(3))]


class Timer:
    """Interleaved medians: each case's floor and ours alternate run by run."""

    def __init__(self, runs: int) -> None:
        self.runs = runs

    def pair(self, ours: Callable[[], object], floor: Callable[[], object]) -> tuple[float, float]:
        ours()
        floor()  # one warm-up each: the page cache and Qt's first-use costs, as a second click finds them
        times: dict[str, list[float]] = {"ours": [], "floor": []}
        for _ in range(self.runs):
            for key, fn in (("floor", floor), ("ours", ours)):
                started = time.perf_counter()
                fn()
                times[key].append((time.perf_counter() - started) * 1000)
        return statistics.median(times["ours"]), statistics.median(times["floor"])


def main() -> None:  # noqa: C901, PLR0915
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--petitions", type=int, default=100_000)
    parser.add_argument("--letters", type=int, default=500_000)
    parser.add_argument("--archive", type=int, default=100_000)
    parser.add_argument("--audit", type=int, default=200_000)
    parser.add_argument("--measures", type=int, default=2_000)
    parser.add_argument("--soums", type=int, default=330)
    parser.add_argument("--only", default="", help="comma-separated area keys (default: every area)")
    args = parser.parse_args()
    folder = Path(args.data_dir or tempfile.mkdtemp(prefix="soumdesk-views-"))
    if not (folder / "office").exists():
        print(f"building the office in {folder / 'office'}", flush=True)
        build_office(folder / "office", args)
    if args.soums and not (folder / "province").exists():
        print(f"building the province in {folder / 'province'}", flush=True)
        build_province(folder / "province", args.soums)

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QTableView, QWidget

    from bench.generate import ADMIN, PASSWORD
    from soum_desk.config import resolve_paths
    from soum_desk.services.core import users
    from soum_desk.services.core.startup import open_context
    from soum_desk.ui.area_list import AREAS
    from soum_desk.ui.areas import AreaSpec
    from soum_desk.ui.bus import DataBus
    from soum_desk.ui.state import AppState

    app = QApplication.instance() or QApplication([])
    only = {k for k in args.only.split(",") if k}

    def settle(widget: QWidget) -> None:
        widget.close()
        widget.deleteLater()
        app.processEvents()

    def bare_table(page: list[list[str]]) -> Callable[[], None]:
        def run() -> None:
            model = QStandardItemModel(len(page), len(page[0]) if page else 0)
            for r, row in enumerate(page):
                for c, text in enumerate(row):
                    model.setItem(r, c, QStandardItem(text))
            table = QTableView()
            table.setModel(model)
            table.resize(1280, 800)
            table.show()
            app.processEvents()
            table.repaint()
            settle(table)
        return run

    def bare_tiles(texts: list[str]) -> Callable[[], None]:
        def run() -> None:
            window = QWidget()
            grid = QGridLayout(window)
            for i, text in enumerate(texts):
                grid.addWidget(QLabel(text), i // 3, i % 3)
            window.resize(1280, 800)
            window.show()
            app.processEvents()
            window.repaint()
            settle(window)
        return run

    timer = Timer(args.runs)
    table: list[tuple[str, str, float, float]] = []
    cases = [("office", folder / "office", False), ("province", folder / "province", True)]
    for label, data, province_mode in cases:
        if not data.exists():
            continue
        base = open_context(resolve_paths(data / "data" if (data / "data").exists() else data))
        user, password = (ADMIN, PASSWORD) if not province_mode else ("head", "head-pass-1")
        ctx = base.as_actor(users.authenticate(base, user, password))
        state = AppState(ctx, DataBus(), province_mode=province_mode)
        for area in AREAS:
            if (area.province_only and not province_mode) or (area.office_only and province_mode):
                continue
            if only and area.key not in only:
                continue
            if area.key in ("backup",):
                continue  # no list of records
            if area.key == "dashboard":
                marks: dict[str, list[float]] = {"paint": [], "tiles": []}

                def open_dashboard(area: AreaSpec = area, state: AppState = state,
                                   marks: dict[str, list[float]] = marks) -> None:
                    """Times to the first paint and to the tiles filled; then waits (untimed) for the
                    charts' background work to end, so it does not weigh on the next run."""
                    started = time.perf_counter()
                    view: Any = area.factory(state)  # the dashboard: summary, tiles, _loading
                    view.resize(1280, 800)
                    view.show()
                    app.processEvents()
                    view.repaint()
                    marks["paint"].append((time.perf_counter() - started) * 1000)
                    while view.summary is None:
                        app.processEvents()
                        time.sleep(0.0005)
                    marks["tiles"].append((time.perf_counter() - started) * 1000)
                    while any(view._loading.values()):
                        app.processEvents()
                        time.sleep(0.001)
                    settle(view)

                probe: Any = area.factory(state)
                while any(probe._loading.values()):
                    app.processEvents()
                    time.sleep(0.001)
                texts = [f"{t.caption.text()} {t.value.text()} {t.note.text()}" for t in probe.tiles.values()]
                settle(probe)
                _whole, floor = timer.pair(open_dashboard, bare_tiles(texts))
                paint, tiles = (statistics.median(marks[k][1:]) for k in ("paint", "tiles"))  # [0]: the warm-up
                table.append((f"{label}: dashboard, first paint", f"{len(texts)} tiles", paint, floor))
                table.append((f"{label}: dashboard, tiles filled", f"{len(texts)} tiles", tiles, floor))
                print(f"  {label}: dashboard: {paint:.1f} / {tiles:.1f} ms (floor {floor:.1f})", flush=True)
                continue

            def open_view(factory: Callable[..., QWidget] = area.factory, state: AppState = state) -> None:
                view = factory(state)
                view.resize(1280, 800)
                view.show()
                app.processEvents()
                view.repaint()
                settle(view)

            probe = area.factory(state)
            probe.resize(1280, 800)
            probe.show()  # a view may build its lists when shown (the archive's tabs)
            app.processEvents()
            page = first_page(probe)
            settle(probe)
            ours, floor = timer.pair(open_view, bare_table(page))
            table.append((f"{label}: {area.key}", f"{len(page)} rows shown", ours, floor))
            print(f"  {table[-1][0]}: {ours:.1f} ms (floor {floor:.1f})", flush=True)
        for name, factory in extra_cases(province_mode):
            if only and name.split(":")[0] not in only:
                continue
            probe = factory(state)
            probe.resize(1280, 800)
            probe.show()
            app.processEvents()
            page = first_page(probe)
            settle(probe)

            def open_extra(factory: Callable[[AppState], QWidget] = factory, state: AppState = state) -> None:
                view = factory(state)
                view.resize(1280, 800)
                view.show()
                app.processEvents()
                view.repaint()
                settle(view)

            ours, floor = timer.pair(open_extra, bare_table(page))
            table.append((f"{label}: {name}", f"{len(page)} rows shown", ours, floor))
            print(f"  {table[-1][0]}: {ours:.1f} ms (floor {floor:.1f})", flush=True)
        ctx.dispose()

    print("\n| view | first page | ours ms | floor ms | ratio |\n|---|---|---:|---:|---:|")
    for name, rows, ours, floor in table:
        print(f"| {name} | {rows} | {ours:.1f} | {floor:.1f} | {ours / floor:.2f} |")


if __name__ == "__main__":
    main()
