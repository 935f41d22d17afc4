"""Retention of case files and storage units (хадгалах хугацаа).

Rules, as archives count them:
- A retention period runs from 1 January of the year after the file was closed
  (its year): a temporary file of 2020 kept 5 years may go on 1 January 2026.
- Permanent (байнга) files are never destroyed; the office keeps them for a set
  number of years (a setting, 15 by default) and then transfers them to the
  state archive.
- 70-year (70 жил) files may be destroyed, after an act, once 70 years have run.
- Temporary (түр) files carry their own number of years.
- Nothing leaves the archive unless its retention has ended and the head
  approved the act; the unit's record stays, with its new status and the act.
"""

from __future__ import annotations

from datetime import date

from soum_desk.errors import ValidationError

PERMANENT, YEARS70, TEMPORARY = "permanent", "years70", "temporary"
RETENTION_KINDS = (PERMANENT, YEARS70, TEMPORARY)
RETENTION_LABELS = {
    PERMANENT: ("Байнга", "Permanent"),
    YEARS70: ("70 жил", "70 years"),
    TEMPORARY: ("Түр", "Temporary"),
}
TRANSFER, DESTRUCTION = "transfer", "destruction"
ACT_LABELS = {TRANSFER: ("Шилжүүлэх акт", "Transfer act"), DESTRUCTION: ("Устгах акт", "Destruction act")}

_ALIASES = {
    "байнга": PERMANENT, "permanent": PERMANENT, "б": PERMANENT,
    "70": YEARS70, "70 жил": YEARS70, "70жил": YEARS70, "years70": YEARS70,
    "түр": TEMPORARY, "temporary": TEMPORARY, "т": TEMPORARY,
}


def parse_retention(text: str, years: int | None = None) -> tuple[str, int | None]:
    """Read «байнга», «70 жил», «түр», «түр 5», «5 жил» → (kind, years for temporary)."""
    raw = (text or "").strip().casefold()
    if raw in _ALIASES:
        kind = _ALIASES[raw]
    else:
        parts = raw.replace("жил", " ").split()
        numbers = [p for p in parts if p.isdigit()]
        if parts and parts[0] in ("түр", "temporary") and numbers:
            kind, years = TEMPORARY, int(numbers[0])
        elif len(parts) == 1 and numbers:
            kind, years = (YEARS70, None) if numbers[0] == "70" else (TEMPORARY, int(numbers[0]))
        else:
            raise ValidationError(f"Хадгалах хугацаа буруу: «{text}» (байнга, 70 жил, түр 5 гэх мэт).",
                                  f"Invalid retention «{text}» (permanent, 70 years, temporary 5, …).",
                                  where="retention")
    if kind == TEMPORARY:
        if not years or years < 1 or years > 69:
            raise ValidationError("Түр хадгалах хугацааг 1–69 жилээр заана уу.",
                                  "Give the temporary retention in years (1–69).", where="retention")
        return kind, int(years)
    return kind, None


def retention_label(kind: str, years: int | None, lang: str = "mn") -> str:
    mn, en = RETENTION_LABELS[kind]
    if kind == TEMPORARY and years:
        return f"{mn} {years} жил" if lang != "en" else f"{en}, {years} years"
    return mn if lang != "en" else en


def retention_end(kind: str, years: int | None, closed_year: int, *, permanent_keep_years: int = 15) -> date:
    """The first day the unit may leave the office archive (destroyed, or transferred if permanent)."""
    span = {PERMANENT: permanent_keep_years, YEARS70: 70}.get(kind, years or 0)
    return date(closed_year + 1 + span, 1, 1)


def retention_ended(kind: str, years: int | None, closed_year: int, on: date, *,
                    permanent_keep_years: int = 15) -> bool:
    return on >= retention_end(kind, years, closed_year, permanent_keep_years=permanent_keep_years)


def check_act_allowed(act_kind: str, kind: str, years: int | None, closed_year: int, on: date, *,
                      permanent_keep_years: int = 15, label: str = "") -> None:
    """Raise ValidationError unless a unit may go by an act of `act_kind` on `on`."""
    if act_kind == TRANSFER and kind != PERMANENT:
        raise ValidationError(f"{label}: зөвхөн байнга хадгалах нэгжийг улсын архивт шилжүүлнэ.",
                              f"{label}: only permanent units are transferred to the state archive.")
    if act_kind == DESTRUCTION and kind == PERMANENT:
        raise ValidationError(f"{label}: байнга хадгалах нэгжийг устгахгүй.",
                              f"{label}: permanent units are never destroyed.")
    end = retention_end(kind, years, closed_year, permanent_keep_years=permanent_keep_years)
    if on < end:
        raise ValidationError(
            f"{label}: хадгалах хугацаа дуусаагүй ({end:%Y.%m.%d}-нд дуусна).",
            f"{label}: its retention has not ended (it ends on {end:%Y-%m-%d}).")
