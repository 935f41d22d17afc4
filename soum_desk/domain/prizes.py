"""Seed 003 §10.3–10.6: the prizes of the annual ranking, on plain values.

§10.3: the 1st, 2nd and 3rd placed soums — «Хүндэт өргөмжлөл» and 12.0, 8.0, 4.0 million ₮.
§10.4: up to 3 soums the governor's council gives a special place — «Өргөмжлөл» and 2.0 million ₮ each.
§10.5: the 1st–5th placed agencies — «Хүндэт өргөмжлөл» with 8.0, 6.0, 4.0 million ₮ for places
1–3, «Өргөмжлөл» with 3.0 and 2.0 million ₮ for places 4–5.
§10.6: the head of a 1st, 2nd, 3rd placed soum or agency — 100 %, 80 %, 50 % of one month's base
salary, from the organisation's own budget.
The amounts are the province's settings (`province.prizes`); the certificates are the regulation's.
Equal scores share a place (1, 2, 2, 4), and each office on a shared place gets that place's prize.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from soum_desk.errors import ValidationError

HONOUR = ("Хүндэт өргөмжлөл", "Certificate of honour")
CERTIFICATE = ("Өргөмжлөл", "Certificate")
HONOUR_PLACES = 3  # §10.3, §10.5: places 1–3 get the certificate of honour, later places the certificate

DEFAULT_PRIZES: dict[str, Any] = {
    "soum": [12.0, 8.0, 4.0],  # §10.3, million ₮ per place
    "agency": [8.0, 6.0, 4.0, 3.0, 2.0],  # §10.5
    "special": 2.0,  # §10.4, each special place
    "special_places": 3,  # §10.4
    "head_salary_percent": [100, 80, 50],  # §10.6, of one month's base salary, places 1–3
}


@dataclass(frozen=True)
class Prize:
    """What one office is awarded: a certificate, an amount in million ₮, the head's salary share."""

    place: int | None  # the place in the ranking; None for a special place
    certificate: tuple[str, str]  # (mn, en)
    amount: float  # million ₮; 0 = the certificate alone
    head_percent: int | None  # §10.6; None when the head gets nothing

    @property
    def special(self) -> bool:
        return self.place is None


def _amounts(value: Any, label_mn: str, label_en: str) -> list[float]:
    if not isinstance(value, list) or any(isinstance(v, bool) or not isinstance(v, int | float) for v in value):
        raise ValidationError(f"{label_mn}: байр тус бүрийн мөнгөн дүнг (сая ₮) жагсааж бичнэ.",
                              f"{label_en}: list the amount (million ₮) for each place.", where=label_mn)
    if any(v < 0 or v > 1000 for v in value):
        raise ValidationError(f"{label_mn}: дүн 0–1000 сая ₮ хооронд байна.",
                              f"{label_en}: an amount is between 0 and 1000 million ₮.", where=label_mn)
    return [round(float(v), 3) for v in value]


def check_prizes(value: Any) -> dict[str, Any]:
    """The setting `province.prizes` normalised, or a bilingual refusal naming the wrong part."""
    if not isinstance(value, dict):
        raise ValidationError("Шагналын тохиргоо буруу.", "The prize settings are not valid.", where="province.prizes")
    merged = {**DEFAULT_PRIZES, **value}
    clean: dict[str, Any] = {
        "soum": _amounts(merged["soum"], "Сумын шагнал (10.3)", "Soum prizes (10.3)"),
        "agency": _amounts(merged["agency"], "Агентлагийн шагнал (10.5)", "Agency prizes (10.5)"),
        "special": _amounts([merged["special"]], "Тусгай байрны шагнал (10.4)", "Special place prize (10.4)")[0],
    }
    count = merged["special_places"]
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= 20:
        raise ValidationError("Тусгай байрны тоо 0–20 хооронд бүхэл тоо байна.",
                              "The number of special places is a whole number from 0 to 20.",
                              where="Тусгай байрны тоо")
    clean["special_places"] = count
    percents = merged["head_salary_percent"]
    if (not isinstance(percents, list) or
            any(isinstance(p, bool) or not isinstance(p, int | float) or not 0 <= p <= 100 for p in percents)):
        raise ValidationError("Даргын шагнал (10.6): байр тус бүрийн цалингийн хувийг 0–100 хооронд бичнэ.",
                              "Head's award (10.6): a percent of the salary from 0 to 100 for each place.",
                              where="Даргын шагнал (10.6)")
    clean["head_salary_percent"] = [int(p) if float(p).is_integer() else float(p) for p in percents]
    return clean


def prize_for(kind: str, place: int | None, prizes: dict[str, Any]) -> Prize | None:
    """The prize of a ranked place (soum or agency), or None: unranked, or beyond the prized places."""
    if place is None or place < 1:
        return None
    amounts = prizes["agency"] if kind == "agency" else prizes["soum"]
    if place > len(amounts):
        return None
    percents = prizes["head_salary_percent"]
    head = percents[place - 1] if place <= len(percents) and percents[place - 1] else None
    certificate = HONOUR if place <= HONOUR_PLACES else CERTIFICATE
    return Prize(place=place, certificate=certificate, amount=amounts[place - 1], head_percent=head)


def special_prize(prizes: dict[str, Any]) -> Prize:
    """§10.4: a special place the council gave — the certificate and its amount, nothing for the head."""
    return Prize(place=None, certificate=CERTIFICATE, amount=prizes["special"], head_percent=None)
