"""The §10.1, §10.2, §10.3–10.6 and §11.3 cells of a ranking row and the report's confirmation
line, in Mongolian or English, as the regulation words them."""

from __future__ import annotations

from datetime import date

from soum_desk.domain.formatting import format_date, format_number
from soum_desk.domain.periods import Period
from soum_desk.services.province.rows import ConfirmationRow, RankingRow


def _day(iso: str) -> str:
    return format_date(date.fromisoformat(iso))


def prize_text(r: RankingRow, lang: str = "mn", *, short: bool = False) -> str:
    """«Хүндэт өргөмжлөл, 12,0 сая ₮; даргад сарын үндсэн цалингийн 100 %» (`short`, for the
    screen's column: «…; даргад цалингийн 100 %»)."""
    prize = r["prize"]
    if prize is None:
        return ""
    en = lang == "en"
    text = prize["certificate_en"] if en else prize["certificate_mn"]
    if prize["place"] is None:
        text = ("Special place (10.4): " if en else "Тусгай байр (10.4): ") + text
    if prize["amount"]:
        amount = format_number(prize["amount"], 1, lang=lang)
        text += f", {amount} million ₮" if en else f", {amount} сая ₮"
    if prize["head_percent"]:
        share = format_number(prize["head_percent"], 0, lang=lang)
        if short:
            text += f"; head: {share} % of salary" if en else f"; даргад цалингийн {share} %"
        else:
            text += (f"; head: {share} % of a month's base salary" if en
                     else f"; даргад сарын үндсэн цалингийн {share} %")
    return text


def violations_text(r: RankingRow, lang: str = "mn") -> str:
    """«11.3.1 (2025.01.20, акт №12)» for each violation counted against the year."""
    return "; ".join(f"{v['clause']} ({_day(v['found_on'])}, {v['reference']})" for v in r["violations"])


def monitoring_text(r: RankingRow, lang: str = "mn") -> str:
    """The §10.1 cell: the day of the progress monitoring, late after 30 September, or missing."""
    en = lang == "en"
    state, done = r["monitoring_state"], r["monitoring"]
    if done is not None:
        day = _day(done["monitored_on"])
        if state == "late":
            return f"{day} (after 30 Sept.)" if en else f"{day} (9-р сараас хойш)"
        return day
    if state == "missing":
        return "not done" if en else "хийгдээгүй"
    return ""


def confirmation_text(period: str, found: ConfirmationRow | None, lang: str = "mn") -> str:
    """§10.2: the council's decision on a year's ranking, or that there is none yet."""
    en = lang == "en"
    if Period.parse(period).kind != "Y":  # the council confirms a year's ranking; a quarter's says nothing
        return ""
    if found is None:
        return ("NOT CONFIRMED: the aimag governor's council has not confirmed this ranking yet (10.2); "
                "places and prizes are provisional." if en else
                "БАТАЛГААЖААГҮЙ: аймгийн Засаг даргын зөвлөлийн хурлаар баталгаажаагүй (10.2); байр, шагнал "
                "урьдчилсан.")
    day = _day(found["decided_on"])
    text = (f"Confirmed by the aimag governor's council, decision №{found['decision_number']} of {day} (10.2)."
            if en else
            f"Аймгийн Засаг даргын зөвлөлийн {day}-ны өдрийн №{found['decision_number']} шийдвэрээр "
            "баталгаажсан (10.2).")
    if found["changed"]:
        names = ", ".join(found["changed"])
        text += (f" Places changed since then: {names}." if en else f" Түүнээс хойш байр өөрчлөгдсөн: {names}.")
    return text
