"""Every report's header and signature blocks, built in one place.

Areas build their report data (`report_data(...)`) with `header(...)` and `signatures(...)`;
`reports/` only draws what it is given. Who signs, and the report's date and place, are chosen
per report (`services/core/signing`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from soum_desk.reports.common import SIGNATURE_LABELS, ReportHeader, Signature
from soum_desk.services.core.context import Actor
from soum_desk.services.core.office import own_office
from soum_desk.services.core.signing import Signing, blocks


@dataclass(frozen=True)
class Person:
    """Who signs: a full name and a position as printed on paper."""

    full_name: str
    position: str = ""


def header(session: Session, title: str, *, subtitle: str = "", report_date: date | None = None,
           extra_lines: Sequence[str] = (), signing: Signing | None = None, lang: str = "mn") -> ReportHeader:
    """The official header: this office's name, the title, and the report's date and place — the
    chosen ones (`signing`), else `report_date` (default today) and the office's place."""
    office = own_office(session)
    chosen_date = signing.report_date if signing else None
    chosen_place = (signing.place or "").strip() if signing else ""
    return ReportHeader(office_name=office.name, title=title,
                        report_date=chosen_date or report_date or date.today(),
                        place=chosen_place or office.place or office.soum_name or "", subtitle=subtitle,
                        extra_lines=list(extra_lines), lang=lang)


def signatures(session: Session, signing: Signing | None, actor: Actor | None, lang: str = "mn", *,
               defaults: Mapping[str, str | None] | None = None) -> list[Signature]:
    """ХЯНАСАН, ТАЙЛАГНАСАН, БИЕЛЭЛТИЙГ НЭГТГЭСЭН: the chosen people (see `signing.blocks`)."""
    return blocks(session, signing, actor, lang, defaults=defaults)


def signature(kind: str, person: Person | None, lang: str = "mn", *, default_position: str = "",
              upper: bool = False) -> Signature:
    """One block of another form (an act's БАТЛАВ / ҮЙЛДСЭН): the label of `kind` and who signs."""
    label = SIGNATURE_LABELS[kind][1 if lang == "en" else 0]
    name = person.full_name if person else ""
    position = (person.position if person else "") or default_position
    if upper:
        name, position = name.upper(), position.upper()
    return Signature(label, position, name)
