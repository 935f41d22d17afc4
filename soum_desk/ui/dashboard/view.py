"""The office dashboard: tiles that open filtered lists, what became overdue, and the charts.

All data is read on the thread pool (`run_in_background`, no dialog); the GUI
thread only lays out the results, so opening the dashboard never blocks.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from soum_desk.domain.formatting import format_date
from soum_desk.services.dashboard import charts as chart_series
from soum_desk.services.dashboard import figures as dashboard
from soum_desk.ui.dashboard.charts import chart_view
from soum_desk.ui.dashboard.tiles import TILES, Tile
from soum_desk.ui.state import AppState
from soum_desk.ui.worker import run_in_background

COLUMNS = 4
WATCHED = ("*", "plans", "petitions", "letters", "archive", "bundle", "backup", "settings")  # archive: «changed since sent»


class DashboardView(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.summary: dict | None = None
        self.charts: list[dict] = []
        self.changed: list[dict] = []  # the bundle tile's «changed since sent», loaded on its own
        self.since_rows: list[dict] = []
        self._loading = {"summary": False, "charts": False, "changed": False}
        self._pending = False
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.since_panel = self._build_since_panel()
        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        for index, spec in enumerate(TILES):
            tile = Tile(spec.key)
            tile.clicked.connect(self.open_tile)
            tile.setEnabled(False)
            self.tiles[spec.key] = tile
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
        self.charts_title = QLabel()
        self.charts_title.setStyleSheet("font-size: 12pt; font-weight: bold")
        self.charts_grid = QGridLayout()
        self.charts_grid.setColumnStretch(0, 1)
        self.charts_grid.setColumnStretch(1, 1)
        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.heading)
        body.addWidget(self.error)
        body.addWidget(self.since_panel)
        body.addLayout(grid)
        body.addWidget(self.charts_title)
        body.addLayout(self.charts_grid)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.refresh)
        state.bus.records_changed.connect(self._on_changed)
        self.retranslate()
        self._load_since()
        self.refresh()

    def _build_since_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("since_panel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setStyleSheet("#since_panel { background: #fff4e5; }")
        self.since_title = QLabel()
        self.since_title.setStyleSheet("font-weight: bold")
        self.since_list = QListWidget()
        self.since_list.setObjectName("since_list")
        self.since_list.setMaximumHeight(130)
        self.since_close = QPushButton()
        self.since_close.clicked.connect(panel.hide)
        top = QHBoxLayout()
        top.addWidget(self.since_title, 1)
        top.addWidget(self.since_close)
        layout = QVBoxLayout(panel)
        layout.addLayout(top)
        layout.addWidget(self.since_list)
        panel.hide()
        return panel

    # --- loading (off the GUI thread) ---------------------------------------------
    def refresh(self) -> None:
        if any(self._loading.values()):
            self._pending = True
            return
        self._loading = {"summary": True, "charts": True, "changed": True}
        ctx = self.state.ctx
        run_in_background(self, "", lambda _p: dashboard.summary(ctx, with_changes=False), self._show_summary,
                          lambda e: self._failed("summary", e), show_dialog=False)
        run_in_background(self, "", lambda _p: dashboard.changed_since(ctx), self._show_changed,
                          lambda e: self._failed("changed", e), show_dialog=False)
        run_in_background(self, "", lambda _p: chart_series.office_charts(ctx), self._show_charts,
                          lambda e: self._failed("charts", e), show_dialog=False)

    def _loaded(self, part: str) -> None:
        self._loading[part] = False
        if self._pending and not any(self._loading.values()):
            self._pending = False
            self.refresh()

    def _failed(self, part: str, exc: Exception) -> None:
        from soum_desk.ui.messages import error_text

        self.error.setText(error_text(exc))
        self._loaded(part)

    def _load_since(self) -> None:
        ctx = self.state.ctx

        def work(_p: object) -> tuple[object, list[dict]]:
            previous = dashboard.mark_opened(ctx)
            return previous, dashboard.overdue_since(ctx, previous)

        run_in_background(self, "", work, self._show_since, lambda e: self.error.setText(str(e)),
                          show_dialog=False)

    def _on_changed(self, kind: str) -> None:
        if kind in WATCHED:
            self._debounce.start()

    # --- showing --------------------------------------------------------------------
    def _show_summary(self, summary: dict) -> None:
        self.summary = summary
        self.error.clear()
        self._fill_tiles()
        self._loaded("summary")

    def _show_changed(self, changed: list[dict]) -> None:
        self.changed = changed
        self._fill_tiles()
        self._loaded("changed")

    def _fill_tiles(self) -> None:
        if self.summary is None:
            return
        window = self.window()
        areas = {a.key for a in getattr(window, "areas", [])}
        shown = {**self.summary, "bundle": {**self.summary["bundle"], "changed": self.changed}}
        for spec in TILES:
            tile = self.tiles[spec.key]
            tile.set_content(*spec.show(shown))
            tile.setEnabled(spec.area in areas)
        today = format_date(date.fromisoformat(self.summary["today"]))
        self.heading.setText(f"{self.tr('Хяналтын самбар')} · {self.summary['period_label']} · {today}")

    def _show_charts(self, charts: list[dict]) -> None:
        self.charts = charts
        self._draw_charts()
        self._loaded("charts")

    def _draw_charts(self) -> None:
        while self.charts_grid.count():
            item = self.charts_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for index, data in enumerate(self.charts):
            view = chart_view(data, self.state.lang)
            view.setObjectName(f"chart_{index}")
            self.charts_grid.addWidget(view, index // 2, index % 2)

    def _show_since(self, result: tuple[object, list[dict]]) -> None:
        previous, rows = result
        self.since_rows = rows
        if not rows:
            self.since_list.clear()
            self.since_panel.hide()
            return
        self._since_previous = previous
        self._fill_since()
        self.since_panel.show()

    def _fill_since(self) -> None:
        self.since_list.clear()
        for row in self.since_rows:
            kind = self.tr("Өргөдөл") if row["kind"] == "petition" else self.tr("Албан бичиг")
            due = format_date(date.fromisoformat(row["due"]))
            self.since_list.addItem(self.tr("%1 №%2 — %3 (хугацаа %4)").replace("%1", kind)
                                    .replace("%2", str(row["reg_no"])).replace("%3", row["title"][:90])
                                    .replace("%4", due))
        self.since_list.setMaximumHeight(min(len(self.since_rows), 6) * 22 + 8)
        self._retitle_since()

    def _retitle_since(self) -> None:
        previous = getattr(self, "_since_previous", None)
        when = format_date(previous) if previous is not None else ""
        self.since_title.setText(self.tr("%1-нд сүүлд нээснээс хойш хугацаа хэтэрсэн: %2")
                                 .replace("%1", when).replace("%2", str(len(self.since_rows))))

    # --- actions --------------------------------------------------------------------
    def open_tile(self, key: str) -> QWidget | None:
        """Open the list the tile counts, filtered to exactly those records."""
        spec = next(s for s in TILES if s.key == key)
        window = self.window()
        if self.summary is None or not hasattr(window, "open_area"):
            return None
        if spec.area not in {a.key for a in window.areas}:
            return None
        view = window.open_area(spec.area)
        values = spec.filter(self.summary)
        if values and hasattr(view, "apply_filter"):
            view.apply_filter(values)
        return view

    def retranslate(self) -> None:
        self.charts_title.setText(self.tr("Тоон үзүүлэлт, графикаар"))
        self.since_close.setText(self.tr("Хаах"))
        if self.summary is None:
            self.heading.setText(self.tr("Хяналтын самбар"))
        self._fill_tiles()
        self._retitle_since()
        if self.charts:
            self._draw_charts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.since_rows:
                self._fill_since()
            self._debounce.start()  # the tiles' period labels come from the services, in the new language
        super().changeEvent(event)

