"""The demo loader: a year of letters and an archive in seed-001 proportions."""

from __future__ import annotations

from datetime import date

from soum_desk.services import demo
from soum_desk.services.archive import units as archive_units
from soum_desk.services.core import audit
from soum_desk.services.letters import actions as letters
from soum_desk.services.letters import stats as letters_stats


def test_demo_loads(system_ctx, ctx):
    assert "letters" in demo.load_demo(system_ctx)
    year = letters_stats.period_figures(ctx, str(date.today().year - 1) + "Q4")
    assert year["received"] > 100 and year["sent"] > 50
    assert 60 < (year["resolution_percent"] or 0) <= 100
    received = archive_units.counts_by_retention(ctx, received_from=date(date.today().year, 1, 1),
                                                 received_to=date(date.today().year, 12, 31), status=None)
    assert (received["permanent"], received["temporary"], received["years70"]) == (80, 180, 14)
    assert "Говь-Алтай аймгийн Засаг даргын Тамгын газар" in letters.list_counterparts(ctx)[:3]  # the office's aimag
    assert audit.verify(ctx).ok
