"""The preview's checked rows as the petition and petitioner tables' tuples, built once each.

`import_commit` writes them with `bulk.write_tuples`. What a row becomes is what one registration
gives it: the deadline from the office's rules (worked out once per channel and kind), the
official by user name or full name (looked up once per name), the bag's id, and the status from
the resolution date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models import Bag
from soum_desk.domain.petition_deadlines import due_date, seq_from_reg_no
from soum_desk.importers.petition_xlsx import ParsedRow
from soum_desk.services.petitions import bulk
from soum_desk.services.petitions.common import official_for, rules

COLUMNS = ("id", "year", "seq", "reg_no", "received_at", "received", "channel", "kind", "source", "topic",
           "bag_id", "summary", "official_user_id", "official_name", "status", "period_days", "extension_days",
           "due", "resolved_on", "resolution", "anonymous", "import_key", "created_at", "updated_at")
FROM_OLD_REGISTER = "Шийдвэрлэсэн (хуучин бүртгэлээс)"  # the resolution of a closed row that gives none


def build(session: Session, chosen: Sequence[ParsedRow], first_id: int,
          key: Callable[[ParsedRow], str]) -> tuple[list[tuple], list[tuple]]:
    """Petition tuples in `COLUMNS` order with ids from `first_id`, and petitioner tuples for named rows."""
    deadline = rules(session)
    bag_ids = {name: i for i, name in session.execute(select(Bag.id, Bag.name))}
    day, moment = bulk.stored_forms(session)
    now = moment(datetime.now())
    periods: dict[tuple[str, str], int] = {}
    officials: dict[str, tuple[int | None, str | None]] = {}
    petitions: list[tuple] = []
    people: list[tuple] = []
    for number, row in enumerate(chosen, start=first_id):
        v = row.values  # every field is there (None when blank): both row readers give all of them
        received, channel, kind = v["received"], v["channel"], v["kind"]
        source = "c1111" if channel == "c1111" else "direct"
        if (period := periods.get((channel, kind))) is None:
            period = periods[channel, kind] = deadline.period_days(source=source, channel=channel, kind=kind)
        official_id = official_name = None
        if official := v["official"]:
            if official not in officials:
                officials[official] = official_for(session, official)
            official_id, official_name = officials[official]
        resolved_on: date | None = v["resolved_on"]
        bag_id = bag_ids.get(v["bag"] or "")
        name = v["name"]
        if name:
            people.append((number, name, v["register_no"], v["phone"], v["address"], bag_id))
        closed = resolved_on is not None
        petitions.append((
            number, received.year, seq_from_reg_no(v["reg_no"]), v["reg_no"],
            moment(datetime.combine(received, v["received_time"])), day(received), channel, kind, source,
            v["topic"], bag_id, v["summary"], official_id, official_name,
            "resolved" if closed else ("assigned" if official_name else "registered"), period, 0,
            day(due_date(received, period)), None if resolved_on is None else day(resolved_on),
            v["resolution"] or (FROM_OLD_REGISTER if closed else None), not name, key(row), now, now))
    return petitions, people
