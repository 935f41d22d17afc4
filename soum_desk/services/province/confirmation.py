"""§10.2 and §10.4: the aimag governor's council confirms a year's ranking (its decision's date and
number) and gives the special places. Until a decision is recorded the ranking is not confirmed,
and the report says so. The places at the time of recording are kept: when a bundle arriving later
moves an office, the ranking shows whose place differs from the confirmed one."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import delete

from soum_desk.db.models import RankingConfirmation, SpecialPlace
from soum_desk.domain.event_dates import check_event_date
from soum_desk.domain.periods import Period
from soum_desk.domain.prizes import prize_for
from soum_desk.domain.roles import Permission
from soum_desk.errors import ValidationError
from soum_desk.services.core import audit, settings
from soum_desk.services.core.context import AppContext
from soum_desk.services.province.evaluation_common import required_text
from soum_desk.services.province.evaluation_rows import (
    confirmation_dict,
    confirmation_of,
    special_places_of,
)
from soum_desk.services.province.recorded import replace_record
from soum_desk.services.province.registry import require_province
from soum_desk.services.province.rows import ConfirmationRow, RankingRow
from soum_desk.services.province.views import ranking_table


def _year(period: str) -> str:
    target = Period.parse(period)
    if target.kind != "Y":
        raise ValidationError(f"{target.code}: зөвлөл жилийн эрэмбийг баталгаажуулна (10.2), улирлынхыг биш.",
                              f"{target.code}: the council confirms a year's ranking (10.2), not a quarter's.",
                              where="Үе / Period")
    return target.code


def status(ctx: AppContext, period: str, ranked: list[RankingRow] | None = None) -> ConfirmationRow | None:
    """The council's decision on `period`'s ranking, with the offices whose place has changed since."""
    ctx.require(Permission.READ)
    code = Period.parse(period).code
    with ctx.reading() as session:
        found = confirmation_of(session, code)
    if found is None:
        return None
    rows = ranked if ranked is not None else ranking_table(ctx, code)
    places = found["places"]
    found["changed"] = [f"{r['name']} ({places.get(r['office_code']) or '–'} → {r['rank'] or '–'})" for r in rows
                        if (r["office_code"] in places or r["submitted"]) and places.get(r["office_code"]) != r["rank"]]
    return found


def confirm(ctx: AppContext, period: str, decided_on: date, decision_number: str) -> ConfirmationRow:
    """Record the council's decision on a year's ranking (again: replaces it), audited."""
    actor = ctx.require(Permission.PROVINCE)
    require_province(ctx)
    code = _year(period)
    check_event_date(decided_on, "Зөвлөлийн хурлын огноо", "Council meeting date")
    if decided_on.year < int(code):
        raise ValidationError(f"{code} оны эрэмбийг {decided_on:%Y.%m.%d}-нд баталгаажуулах боломжгүй: он дуусаагүй "
                              "байхад тайлан ирээгүй.",
                              f"The {code} ranking cannot be confirmed on {decided_on:%Y.%m.%d}: its reports were not "
                              "in yet.", where="Зөвлөлийн хурлын огноо / Council meeting date")
    number = required_text(decision_number, "Шийдвэрийн дугаар", "Decision number")
    ranked = ranking_table(ctx, code)
    if not any(r["submitted"] for r in ranked):
        raise ValidationError(f"{code}: тайлан ирүүлсэн байгууллага алга — баталгаажуулах эрэмбэ байхгүй.",
                              f"{code}: no office has reported — there is no ranking to confirm.",
                              where="Үе / Period")
    places = {r["office_code"]: r["rank"] for r in ranked if r["submitted"]}
    def fill(stored: RankingConfirmation) -> None:
        stored.decided_on, stored.decision_number = decided_on, number
        stored.places = json.dumps(places, ensure_ascii=False, sort_keys=True)

    with ctx.transaction() as session:
        return replace_record(session, actor, RankingConfirmation, {"period": code}, fill, confirmation_dict,
                              action="province.confirmation", entity="ranking_confirmation", entity_id=code)


def set_special_places(ctx: AppContext, period: str, office_codes: list[str]) -> list[str]:
    """§10.4: the soums the council gave a special place for a year (replaces the list), audited.
    Only ranked soums without a prized place; no more than the setting allows (3)."""
    actor = ctx.require(Permission.PROVINCE)
    require_province(ctx)
    code = _year(period)
    wanted = list(dict.fromkeys(c.strip() for c in office_codes if c.strip()))
    with ctx.reading() as session:
        prizes = settings.get_value(session, "province.prizes")
    if len(wanted) > prizes["special_places"]:
        raise ValidationError(f"Тусгай байр {prizes['special_places']}-аас олон байхгүй (10.4).",
                              f"No more than {prizes['special_places']} special places (10.4).",
                              where="Тусгай байр / Special places")
    rows = {r["office_code"]: r for r in ranking_table(ctx, code)}
    for office_code in wanted:
        row = rows.get(office_code)
        if row is None or row["kind"] != "soum":
            raise ValidationError(f"«{office_code}»: тусгай байрыг бүртгэлтэй суманд олгоно (10.4).",
                                  f"«{office_code}»: a special place goes to a registered soum (10.4).",
                                  where="Тусгай байр / Special places")
        if not row["submitted"]:
            raise ValidationError(f"{row['name']}: {code} оны тайлан ирүүлээгүй, тусгай байр олгохгүй.",
                                  f"{row['name']}: sent no {code} report, so no special place.",
                                  where="Тусгай байр / Special places")
        if prize_for(row["kind"], row["rank"], prizes) is not None:
            raise ValidationError(f"{row['name']}: {row['rank']}-р байрны шагналтай тул тусгай байр давхар олгохгүй.",
                                  f"{row['name']}: already awarded for place {row['rank']}, so no special place too.",
                                  where="Тусгай байр / Special places")
    with ctx.transaction() as session:
        before = special_places_of(session, code)
        session.execute(delete(SpecialPlace).where(SpecialPlace.period == code))
        now = datetime.now().replace(microsecond=0)
        for office_code in wanted:
            session.add(SpecialPlace(period=code, office_code=office_code, recorded_by=actor.username,
                                     recorded_at=now))
        if before != wanted:
            audit.record(session, actor, "province.special_place", "special_place", code,
                         before={"offices": before}, after={"offices": wanted})
    return wanted
