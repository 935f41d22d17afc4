"""The office dashboard's figures, from the same service functions the reports use.

Every number here comes from a function a report or a filtered list also calls
(plans_scoring, petitions_stats / petitions_query, letters_query, bundle_export,
backup), so a tile and the list it opens always agree.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from soum_desk.db.models import Letter, Petition
from soum_desk.domain.periods import Period
from soum_desk.domain.petition_codes import OPEN_STATUSES
from soum_desk.domain.roles import Permission
from soum_desk.services.core import backup, settings
from soum_desk.services.core.context import AppContext
from soum_desk.services.dashboard.rows import (
    BackupTile,
    BundleTile,
    DeadlineTile,
    OverdueRow,
    PetitionsTile,
    PlansTile,
    Summary,
)

if TYPE_CHECKING:  # the bundle's services (export, reports) load with the tile's data, not at start-up
    from soum_desk.services.bundle.changes import ChangedPeriod

settings.register_defaults({
    "dashboard.last_opened": {},  # username → ISO time the dashboard was last opened
})

SINCE_LIMIT = 50  # the «overdue since you were last here» panel is a short list


def report_period(today: date) -> Period:
    """The quarter whose bundle is owed: the last one that has ended."""
    return Period.containing(today, "Q").previous()


def next_deadline(ctx: AppContext, today: date) -> DeadlineTile | None:
    """The nearest report deadline on or after `today` (setting `plans.deadlines`)."""
    # the areas' services are imported with the data (on the worker), not at start-up (issue 18)
    from soum_desk.services.plans import scoring as plans_scoring

    current = Period.containing(today, "Q")
    with ctx.reading() as session:
        for p in (current.previous(), current, current.next()):
            due = plans_scoring.deadline_for(session, p)
            if due is not None and due >= today:
                return DeadlineTile(period=p.code, period_label=p.label(ctx.lang), date=due.isoformat(),
                                    days=(due - today).days)
    return None


def _plans(ctx: AppContext, period: Period) -> PlansTile:
    from soum_desk.services.plans import scoring as plans_scoring

    s = plans_scoring.period_summary(ctx, period.code)
    return PlansTile(period=s["period"], period_label=period.label(ctx.lang), documents=s["documents"],
                     due=s["due"], reported=s["reported"], approved=s["approved"], average=s["average"])


def _petitions(ctx: AppContext, today: date) -> PetitionsTile:
    from soum_desk.services.petitions import queries as petitions_query
    from soum_desk.services.petitions.common import rules

    pf = petitions_query.PetitionFilter
    with ctx.reading() as session:
        soon_days = rules(session).due_soon_days  # the window the due-soon filter uses
    return PetitionsTile(due_soon_days=soon_days,
                         open=petitions_query.count(ctx, pf(status="open"), today=today),
                         due_soon=petitions_query.count(ctx, pf(due_soon=True), today=today),
                         overdue=petitions_query.overdue_count(ctx, today))


def _bundle(ctx: AppContext, owed_period: Period, with_changes: bool) -> BundleTile:
    """The last export, whether the last ended quarter is still owed, and which sent periods changed
    since (`bundle/changes`: up to four payloads recomputed, the slowest figure here)."""
    from soum_desk.services.bundle import changes as bundle_changes
    from soum_desk.services.bundle import export as bundle_export

    exports = [e for e in bundle_export.list_exports(ctx) if e["state"] == bundle_export.DONE]
    last = exports[0] if exports else None
    sent = {e["period"] for e in exports}
    return BundleTile(last=None if last is None else {"period": last["period"], "sequence": last["sequence"],
                                                      "created_at": last["created_at"]},
                      owed_period=owed_period.code, owed_period_label=owed_period.label(ctx.lang),
                      owed=owed_period.code not in sent and str(owed_period.year) not in sent,
                      changed=bundle_changes.changed_since_sent(ctx) if with_changes else [])


def _backup(ctx: AppContext, now: datetime) -> BackupTile:
    warn_hours = int(settings.get(ctx, "backup.warn_age_hours"))
    if ctx.paths.sqlite_path is None:
        return BackupTile(available=False, last=None, age_hours=None, warn_hours=warn_hours, warn=False, failed=None)
    failure = backup.last_auto_failure(ctx)
    failed = None if failure is None else failure["en" if ctx.lang == "en" else "mn"]
    newest = next(iter(backup.list_backups(ctx)), None)
    if newest is None:
        return BackupTile(available=True, last=None, age_hours=None, warn_hours=warn_hours, warn=True, failed=failed)
    age = (now - newest.created_at).total_seconds() / 3600
    return BackupTile(available=True, last=newest.created_at.isoformat(timespec="minutes"),
                      age_hours=round(age, 1), warn_hours=warn_hours, warn=age > warn_hours or failed is not None,
                      failed=failed)


def summary(ctx: AppContext, today: date | None = None, now: datetime | None = None, *,
            with_changes: bool = True) -> Summary:
    """Everything the dashboard tiles show, as plain data.

    `with_changes=False` leaves `bundle.changed` empty: the window asks `changed_since` separately
    so the other tiles need not wait for the periods' payloads to be recomputed.
    """
    ctx.require(Permission.READ)
    now = now or datetime.now()
    today = today or now.date()
    current = Period.containing(today, "Q")
    deadline = next_deadline(ctx, today)
    owed = report_period(today)  # the last quarter that has ended
    from soum_desk.services.letters.queries import LetterFilter, count_letters

    return Summary(today=today.isoformat(), period=current.code, period_label=current.label(ctx.lang),
                   plans=_plans(ctx, current), petitions=_petitions(ctx, today),
                   letters={"overdue": count_letters(ctx, LetterFilter(status="overdue", as_of=today))},
                   deadline=deadline, bundle=_bundle(ctx, owed, with_changes), backup=_backup(ctx, now))


def changed_since(ctx: AppContext) -> list[ChangedPeriod]:
    """The bundle tile's «changed since sent» periods (`bundle/changes.changed_since_sent`)."""
    from soum_desk.services.bundle import changes as bundle_changes

    return bundle_changes.changed_since_sent(ctx)


def last_opened(ctx: AppContext) -> datetime | None:
    stamps = settings.get(ctx, "dashboard.last_opened") or {}
    text = stamps.get(ctx.require(Permission.READ).username)
    return datetime.fromisoformat(text) if text else None


def mark_opened(ctx: AppContext, when: datetime | None = None) -> datetime | None:
    """Remember that this user opened the dashboard now; returns the previous time.

    Not audited: it is a bookmark of the user's, not an office record (and an audit
    entry at every start would make the automatic backup run every time).
    """
    when = when or datetime.now()
    username = ctx.require(Permission.READ).username
    with ctx.transaction() as session:
        stamps = dict(settings.get_value(session, "dashboard.last_opened") or {})
        before = stamps.get(username)
        stamps[username] = when.isoformat(timespec="seconds")
        settings.set_value(session, "dashboard.last_opened", stamps)
    return datetime.fromisoformat(before) if before else None


def overdue_since(ctx: AppContext, since: datetime | None, today: date | None = None) -> list[OverdueRow]:
    """Open petitions and unanswered letters whose due date passed since `since` (a short list)."""
    ctx.require(Permission.READ)
    today = today or date.today()
    if since is None or since.date() >= today:
        return []
    first = since.date()  # due on that day: it was still on time then, overdue from the next day
    with ctx.reading() as session:
        petitions = session.execute(
            select(Petition.id, Petition.reg_no, Petition.summary, Petition.due)
            .where(Petition.status.in_(OPEN_STATUSES), Petition.due >= first, Petition.due < today)
            .order_by(Petition.due, Petition.id).limit(SINCE_LIMIT)).all()
        letters = session.execute(
            select(Letter.id, Letter.reg_no, Letter.subject, Letter.due_date)
            .where(Letter.direction == "in", Letter.answered_on.is_(None),
                   Letter.due_date >= first, Letter.due_date < today)
            .order_by(Letter.due_date, Letter.id).limit(SINCE_LIMIT)).all()
    rows = [OverdueRow(kind="petition", id=r[0], reg_no=r[1], title=r[2], due=r[3].isoformat())
            for r in petitions if r[3] is not None]
    rows += [OverdueRow(kind="letter", id=r[0], reg_no=r[1], title=r[2], due=r[3].isoformat())
             for r in letters if r[3] is not None]
    rows.sort(key=lambda r: (r["due"], r["kind"], r["id"]))
    return rows[:SINCE_LIMIT]


def days_ago(since: datetime, now: datetime) -> int:
    return max((now - since) // timedelta(days=1), 0)
