from __future__ import annotations

from datetime import date, datetime, timedelta

from soum_desk.domain.periods import Period
from soum_desk.services.core import backup
from soum_desk.services.dashboard import figures as dashboard
from soum_desk.services.letters.queries import LetterFilter, count_letters
from soum_desk.services.petitions import queries as petitions_query
from soum_desk.services.plans import scoring as plans_scoring


def test_summary_matches_the_lists_and_reports(demo_ctx):
    today = date.today()
    data = dashboard.summary(demo_ctx)
    pf = petitions_query.PetitionFilter
    assert data["petitions"]["overdue"] == petitions_query.count(demo_ctx, pf(overdue=True))
    assert data["petitions"]["open"] == petitions_query.count(demo_ctx, pf(status="open"))
    assert data["petitions"]["due_soon"] == petitions_query.count(demo_ctx, pf(due_soon=True))
    assert data["letters"]["overdue"] == count_letters(demo_ctx, LetterFilter(status="overdue"))
    plans = plans_scoring.period_summary(demo_ctx, Period.containing(today, "Q").code)
    assert data["plans"]["due"] == plans["due"] and data["plans"]["average"] == plans["average"]
    assert data["deadline"] is None or data["deadline"]["days"] >= 0
    assert data["backup"]["last"] is None and data["backup"]["warn"]


def test_backup_age_and_warning(demo_ctx):
    backup.make_backup(demo_ctx)
    fresh = dashboard.summary(demo_ctx)["backup"]
    assert fresh["last"] and not fresh["warn"]
    later = datetime.now() + timedelta(hours=fresh["warn_hours"] + 1)
    assert dashboard.summary(demo_ctx, now=later)["backup"]["warn"]


def test_next_deadline_uses_the_plans_calendar(ctx):
    got = dashboard.next_deadline(ctx, date(2025, 1, 3))
    assert got["period"] == "2024Q4" and got["date"] == "2025-01-10" and got["days"] == 7
    got = dashboard.next_deadline(ctx, date(2025, 1, 11))
    assert got["period"] == "2025Q1" and got["date"] == "2025-04-10"


def test_bundle_is_owed_until_exported(ctx):
    data = dashboard.summary(ctx, today=date(2025, 1, 3))
    assert data["bundle"]["last"] is None
    assert data["bundle"]["owed"] and data["bundle"]["owed_period"] == "2024Q4"


def test_overdue_since_last_opened(demo_ctx):
    assert dashboard.mark_opened(demo_ctx) is None
    opened = dashboard.last_opened(demo_ctx)
    assert opened is not None
    assert dashboard.overdue_since(demo_ctx, opened) == []
    week_ago = datetime.now() - timedelta(days=7)
    rows = dashboard.overdue_since(demo_ctx, week_ago)
    today = date.today()
    for row in rows:
        assert week_ago.date() <= date.fromisoformat(row["due"]) < today
    expected = petitions_query.list_page(demo_ctx, petitions_query.PetitionFilter(overdue=True), limit=5000)
    recent = [p for p in expected if week_ago.date() <= date.fromisoformat(str(p["due"])[:10]) < today]
    assert len([r for r in rows if r["kind"] == "petition"]) == min(len(recent), dashboard.SINCE_LIMIT)
    assert dashboard.mark_opened(demo_ctx) is not None


def test_a_viewer_sees_the_dashboard_too(viewer_ctx):
    data = dashboard.summary(viewer_ctx, today=date(2025, 1, 3))
    assert data["petitions"] == {"open": 0, "due_soon": 0, "overdue": 0, "due_soon_days": 3}
    assert dashboard.mark_opened(viewer_ctx) is None
