"""Demo data: last year's plan of a soum office with four quarters of progress, and this year's
plan in progress, so the dashboard's "this quarter" tiles show a working office.

Last year: quarters I–III are approved by the head, IV is reviewed; two measures stall
(no progress after the first quarter: one broken off, one stalled) and one is
evaluated as not yet assessable. This year: the quarters already over are reported and
approved; in the current quarter about half of the due measures are reported so far.
"""

from __future__ import annotations

import random
from datetime import date

from soum_desk.domain.plan_timing import parse_timing
from soum_desk.services.core import office
from soum_desk.services.core.cancel import checkpoint
from soum_desk.services.core.context import AppContext
from soum_desk.services.plans import progress as plans_progress
from soum_desk.services.plans import tree as plans
from soum_desk.services.plans.demo_data import PLAN, QUARTER_NOTES, STALLED_NOTE, TITLE
from soum_desk.services.plans.rows import DocumentRow

BROKEN_MEASURE = 12  # the kiosk measure: 40 % in Q1, then no progress in Q2–Q4 → broken off
STALLED_MEASURE = 40  # job placement: 20, 40, then 40, 40 → stalled
TOO_EARLY = 50  # pre-school enrolment: evaluated «хугацаа болоогүй» in Q4


def _percent_for(rng: random.Random, quarter: int, quarters: list[int]) -> float:
    """Cumulative execution: rising through the due quarters, mostly 100 at the last one."""
    step = quarters.index(quarter) + 1
    if step == len(quarters):
        return float(rng.choice([100, 100, 100, 95, 90, 85, 70]))
    share = step / len(quarters)
    return float(round(share * 100 - rng.randint(0, 10)))


def _genitive(office_name: str) -> str:
    """«… Тамгын газар» → «… Тамгын газрын», as plan titles write it."""
    return office_name[:-len("газар")] + "газрын" if office_name.endswith("газар") else office_name


def _responsible(name: str, units: list[str]) -> str:
    """The demo's responsible unit as the office names it: the same name, or the office's unit that
    shares its first word («Хөдөө аж ахуйн тасаг» → «Хөдөө аж ахуйн хэлтэс»), or the demo's name
    when the office has no such unit (a plan may name a unit the office has not listed)."""
    if not units or name in units:
        return name
    first = name.split()[0].casefold()
    return next((u for u in units if u.split() and u.split()[0].casefold() == first), name)


def _existing(ctx: AppContext, year: int) -> tuple[str, DocumentRow | None]:
    title = TITLE.format(office=_genitive(office.get_office(ctx)["name"]).upper(), year=year)
    found = [d for d in plans.list_documents(ctx, year) if d["title"] == title]
    return title, (found[0] if found else None)


def _create_plan(ctx: AppContext, year: int, title: str,
                 today: date | None = None) -> tuple[DocumentRow, list[tuple[int, frozenset[int]]]]:
    """The plan document with every measure; returns it and (measure id, due quarters) per measure.

    Its act is dated 15 January, or `today` in the first days of January (no date from the future)."""
    doc = plans.create_document(ctx, kind="annual_plan", year=year, title=title,
                                act_number="А/12", act_date=min(date(year, 1, 15), today or date.max))
    measure_ids: list[tuple[int, frozenset[int]]] = []
    units = office.get_office(ctx)["units"]
    for section_title, goals in PLAN:
        section = plans.add_section(ctx, doc["id"], section_title)
        for goal_title, measures in goals:
            checkpoint()  # a set-up being cancelled stops here (its staging database is thrown away)
            goal = plans.add_goal(ctx, section["id"], goal_title)
            for text, indicator, baseline, target, timing, responsible in measures:
                m = plans.add_measure(ctx, goal["id"], {
                    "text": text, "indicator": indicator, "baseline": baseline, "target_text": target,
                    "timing_text": timing, "responsible": _responsible(responsible, units)})
                measure_ids.append((m["id"], parse_timing(timing).quarters))
    return doc, measure_ids


def load_plans_demo(ctx: AppContext, year: int | None = None) -> DocumentRow:
    year = year or date.today().year - 1
    title, existing = _existing(ctx, year)
    if existing:  # loading the demo twice adds nothing
        return existing
    rng = random.Random(year)
    doc, measure_ids = _create_plan(ctx, year, title)
    for number, (measure_id, quarters) in enumerate(measure_ids, start=1):
        checkpoint()
        due = sorted(quarters)
        for quarter in due:
            period = f"{year}Q{quarter}"
            if number in (BROKEN_MEASURE, STALLED_MEASURE):
                stuck = number == BROKEN_MEASURE or quarter >= 3
                value = 40.0 if stuck else 20.0 * quarter
                note = STALLED_NOTE if stuck and quarter > due[0] else QUARTER_NOTES[quarter]
                plans_progress.record_progress(ctx, measure_id, period, narrative=note, self_percent=value)
                continue
            if number == TOO_EARLY and quarter == 4:
                plans_progress.record_progress(ctx, measure_id, period, narrative=QUARTER_NOTES[4])
                plans_progress.evaluate(ctx, measure_id, period, "too_early", evaluator="Аймгийн ХШҮ хэлтэс")
                continue
            plans_progress.record_progress(ctx, measure_id, period, narrative=QUARTER_NOTES[quarter],
                                           self_percent=_percent_for(rng, quarter, due))
    for quarter in (1, 2, 3):
        plans_progress.approve(ctx, doc["id"], f"{year}Q{quarter}", submitted_on=date(year, quarter * 3 + 1, 8))
    plans_progress.mark_reviewed(ctx, doc["id"], f"{year}Q4")
    return doc


def load_current_plan_demo(ctx: AppContext, today: date | None = None) -> DocumentRow:
    """This year's plan: ended quarters reported and approved, the current one half reported."""
    today = today or date.today()
    year, current = today.year, (today.month - 1) // 3 + 1
    title, existing = _existing(ctx, year)
    if existing:
        return existing
    rng = random.Random(year)
    doc, measure_ids = _create_plan(ctx, year, title, today)
    for number, (measure_id, quarters) in enumerate(measure_ids, start=1):
        checkpoint()
        due = sorted(quarters)
        for quarter in (q for q in due if q <= current):
            if quarter == current and number % 2:  # not yet reported this quarter
                continue
            plans_progress.record_progress(ctx, measure_id, f"{year}Q{quarter}", narrative=QUARTER_NOTES[quarter],
                                           self_percent=_percent_for(rng, quarter, due))
    for quarter in range(1, current):
        submitted = min(date(year, quarter * 3 + 1, 8), today)  # the 8th after the quarter, if it has come
        plans_progress.approve(ctx, doc["id"], f"{year}Q{quarter}", submitted_on=submitted)
    return doc


def load_all_plan_demos(ctx: AppContext) -> None:
    """Both demo plans; `services/demo.load_demo` calls this (it is not registered anywhere)."""
    load_plans_demo(ctx)
    load_current_plan_demo(ctx)
