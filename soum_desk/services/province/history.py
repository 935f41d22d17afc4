"""Every bundle the province received for one office and period, and which one counts.

Valid bundles are all kept (`imported_bundle`); the consolidation and the ranking use the one with
the highest sequence (the latest correction), and lateness counts from the earliest arrival among
them (the first valid bundle: a correction never makes an office late). Held and refused bundles
are listed too, so the head sees why a file that came in is not the one used.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from soum_desk.bundle.verdict import LABELS, Code
from soum_desk.db.models import HeldBundle, ImportedBundle, ImportRefusal
from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission
from soum_desk.services.core.context import AppContext
from soum_desk.services.province.rows import HistoryRow

REJECTED_ON_REVIEW = ("Хянаад татгалзсан", "Rejected on review")


def _row(*, sequence: int | None, created_at: str | None, arrived_on: date, code: str,
         label: tuple[str, str], reason: tuple[str, str], file_name: str) -> HistoryRow:
    return HistoryRow(sequence=sequence, created_at=created_at, arrived_on=arrived_on.isoformat(), verdict=code,
                      label_mn=label[0], label_en=label[1], reason_mn=reason[0], reason_en=reason[1],
                      file_name=file_name, used=False, lateness_from=False)


def _label(verdict: str) -> tuple[str, str]:
    try:
        return LABELS[Code(verdict)]
    except (ValueError, KeyError):
        return verdict, verdict


def history(ctx: AppContext, office_code: str, period: str) -> list[HistoryRow]:
    """The office's bundles for `period`, in the order they arrived.

    A refused bundle's period is taken from its file name (`<office>_<period>_<no>.zip`): the
    refusal log does not trust what an invalid bundle says inside it.
    """
    ctx.require(Permission.READ)
    code = Period.parse(period).code
    rows: list[HistoryRow] = []
    with ctx.reading() as session:
        imported = list(session.scalars(select(ImportedBundle).where(ImportedBundle.office_code == office_code,
                                                                    ImportedBundle.period == code)))
        for b in imported:
            rows.append(_row(sequence=b.sequence, created_at=b.created_at.isoformat(timespec="seconds"),
                             arrived_on=b.arrived_on, code=Code.VALID.value, label=LABELS[Code.VALID],
                             reason=("", ""), file_name=b.file_name))
        for h in session.scalars(select(HeldBundle).where(HeldBundle.office_code == office_code,
                                                          HeldBundle.period == code)):
            if h.resolution == "imported":  # listed above with the valid ones
                continue
            rejected = h.resolution == "rejected"
            rows.append(_row(sequence=h.sequence, created_at=None, arrived_on=h.arrived_on,
                             code="rejected" if rejected else Code.HELD.value,
                             label=REJECTED_ON_REVIEW if rejected else LABELS[Code.HELD],
                             reason=(h.reason, h.reason), file_name=h.stored_file))
        for r in session.scalars(select(ImportRefusal).where(ImportRefusal.office_code == office_code)):
            if f"_{code}_" not in r.file_name:
                continue
            rows.append(_row(sequence=r.sequence, created_at=None, arrived_on=r.at.date(), code=r.verdict,
                             label=_label(r.verdict), reason=(r.reason_mn, r.reason_en), file_name=r.file_name))
    valid = [r for r in rows if r["verdict"] == Code.VALID.value]
    if valid:
        max(valid, key=lambda r: r["sequence"] or 0)["used"] = True
        min(valid, key=lambda r: (r["arrived_on"], r["sequence"] or 0))["lateness_from"] = True
    rows.sort(key=lambda r: (r["arrived_on"], r["sequence"] or 0))
    return rows
