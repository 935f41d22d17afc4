"""§11.2 at the province: offices with two unsatisfactory results in a row, and what the officer
recorded on each — whether the socio-economic indicators declined (the regulation's second
condition, a judgement the figures cannot make) and when the proposal was forwarded."""

from __future__ import annotations

from datetime import date

from soum_desk.db.models import AccountabilityRecord
from soum_desk.domain.event_dates import check_event_date
from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission
from soum_desk.errors import ValidationError
from soum_desk.services.core.context import AppContext
from soum_desk.services.province.accountability_rows import record_dict
from soum_desk.services.province.recorded import replace_record
from soum_desk.services.province.registry import require_province
from soum_desk.services.province.rows import AccountabilityRow, RankingRow
from soum_desk.services.province.views import ranking_table


def flagged(ctx: AppContext, period: str) -> list[RankingRow]:
    """The offices §11.2 flags for `period` (unsatisfactory in it and in the period before)."""
    return [r for r in ranking_table(ctx, period) if r["accountability"]]


def record(ctx: AppContext, office_code: str, period: str, *, indicators_declined: bool,
           forwarded_on: date | None = None, note: str | None = None) -> AccountabilityRow:
    """Record the officer's finding on a flagged office (again: replaces it), audited."""
    actor = ctx.require(Permission.PROVINCE)
    require_province(ctx)
    code = Period.parse(period).code
    row = next((r for r in flagged(ctx, code) if r["office_code"] == office_code), None)
    if row is None:
        raise ValidationError(f"{office_code}: {code}-д 11.2-ын дагуу дараалан хоёр удаа хангалтгүй үнэлгээ аваагүй.",
                              f"{office_code}: not flagged under §11.2 for {code} (two unsatisfactory results "
                              "in a row).", where=office_code)
    if forwarded_on is not None and not indicators_declined:
        raise ValidationError("Үзүүлэлт буураагүй бол 11.2-ын санал уламжлахгүй.",
                              "Without falling socio-economic indicators no §11.2 proposal is forwarded.",
                              where="forwarded_on")
    check_event_date(forwarded_on, "Уламжилсан огноо", "Forwarded on")
    def fill(stored: AccountabilityRecord) -> None:
        stored.indicators_declined, stored.forwarded_on = indicators_declined, forwarded_on
        stored.note = (note or "").strip() or None

    with ctx.transaction() as session:
        return replace_record(session, actor, AccountabilityRecord, {"office_code": office_code, "period": code},
                              fill, record_dict, action="province.accountability", entity="registered_office",
                              entity_id=office_code)
