"""`soum-desk province …` for seed 003 §10 and §11.3: September progress monitoring, the council's
confirmation and special places, the prize amounts, and the violations."""

from __future__ import annotations

import click

from soum_desk.cli.common import CliState, echo_json, pass_state

DAY = click.DateTime(["%Y-%m-%d", "%Y.%m.%d"])


def _numbers(text: str | None) -> list[float] | None:
    if text is None:
        return None
    try:
        return [float(part) for part in text.replace(";", ",").split(",") if part.strip()]
    except ValueError:
        raise click.BadParameter("тоонуудыг таслалаар / numbers separated by commas") from None


@click.command("monitoring")
@click.option("--year", type=int, required=True)
@click.option("--json", "as_json", is_flag=True)
@pass_state
def monitoring_cmd(state: CliState, year: int, as_json: bool) -> None:
    """Явцын хяналт-шинжилгээ, 9-р сар (10.1) / September progress monitoring per office."""
    from soum_desk.services.province import monitoring

    rows = monitoring.year_status(state.context(), year)
    if as_json:
        echo_json(rows)
        return
    en = state.lang == "en"
    words = {"done": ("хийсэн", "done"), "late": ("9-р сараас хойш", "after September"),
             "missing": ("ХИЙГДЭЭГҮЙ", "NOT DONE"), "pending": ("хийгээгүй", "not yet")}
    for r in rows:
        done = r["monitoring"]
        day = done["monitored_on"] if done else ""
        click.echo(f"{r['office_code']:12} {r['name'][:40]:40} {day:10} {words[r['state']][1 if en else 0]}")


@click.command("monitoring-record")
@click.argument("office_code")
@click.option("--date", "day", type=DAY, required=True, help="Хяналт хийсэн өдөр / the day it was done")
@click.option("--recommendations", required=True, help="Өгсөн зөвлөмж / the recommendations given")
@click.option("--order", "order_ref", default=None, help="Ажлын хэсгийг томилсон захирамж / the appointing order")
@pass_state
def monitoring_record_cmd(state: CliState, office_code: str, day, recommendations: str,  # noqa: ANN001
                          order_ref: str | None) -> None:
    """Явцын хяналт-шинжилгээ тэмдэглэх (10.1) / record an office's progress monitoring."""
    from soum_desk.services.province import monitoring

    echo_json(monitoring.record(state.context(), office_code, day.date(), recommendations, order_ref=order_ref))


@click.command("confirm")
@click.option("--period", required=True, help="Он / year")
@click.option("--date", "day", type=DAY, required=True, help="Зөвлөлийн хурлын огноо / council meeting date")
@click.option("--number", required=True, help="Шийдвэрийн дугаар / decision number")
@pass_state
def confirm_cmd(state: CliState, period: str, day, number: str) -> None:  # noqa: ANN001
    """Эрэмбийг зөвлөлийн шийдвэрээр баталгаажуулах (10.2) / record the council's confirmation."""
    from soum_desk.services.province import confirmation

    echo_json(confirmation.confirm(state.context(), period, day.date(), number))


@click.command("confirmation")
@click.option("--period", required=True)
@click.option("--json", "as_json", is_flag=True)
@pass_state
def confirmation_cmd(state: CliState, period: str, as_json: bool) -> None:
    """Эрэмбэ баталгаажсан эсэх (10.2) / whether the ranking is confirmed."""
    from soum_desk.services.province import confirmation
    from soum_desk.services.province.evaluation_text import confirmation_text

    found = confirmation.status(state.context(), period)
    if as_json:
        echo_json(found)
        return
    click.echo(confirmation_text(period, found, state.lang))


@click.command("special-places")
@click.option("--period", required=True, help="Он / year")
@click.option("--office", "offices", multiple=True, help="Сумын код (3 хүртэл) / a soum's code (up to 3)")
@click.option("--clear", is_flag=True, help="Тусгай байрыг цуцлах / remove them all")
@pass_state
def special_places_cmd(state: CliState, period: str, offices: tuple[str, ...], clear: bool) -> None:
    """Зөвлөлийн олгосон тусгай байр (10.4) / the council's special places."""
    from soum_desk.services.province import confirmation

    if not offices and not clear:
        raise click.UsageError("--office эсвэл --clear / give --office or --clear")
    echo_json(confirmation.set_special_places(state.context(), period, [] if clear else list(offices)))


@click.command("prizes")
@click.option("--soum", default=None, help="Сумын 1, 2, 3-р байр, сая ₮ / soum places, million ₮: 12,8,4")
@click.option("--agency", default=None, help="Агентлагийн байрууд / agency places: 8,6,4,3,2")
@click.option("--special", type=float, default=None, help="Тусгай байр, сая ₮ / each special place")
@click.option("--special-places", type=int, default=None, help="Тусгай байрны тоо / how many special places")
@click.option("--head", default=None, help="Даргын цалингийн хувь / head's salary percent: 100,80,50")
@pass_state
def prizes_cmd(state: CliState, soum: str | None, agency: str | None, special: float | None,
               special_places: int | None, head: str | None) -> None:
    """Шагналын дүн (10.3–10.6): харах, өөрчлөх / the prize amounts: show, or change what is given."""
    from soum_desk.services.core import settings

    ctx = state.context()
    current = dict(settings.get(ctx, "province.prizes"))
    changes = {"soum": _numbers(soum), "agency": _numbers(agency), "special": special,
               "special_places": special_places, "head_salary_percent": _numbers(head)}
    changed = {k: v for k, v in changes.items() if v is not None}
    if changed:
        settings.update(ctx, "province.prizes", {**current, **changed})
    echo_json(settings.get(ctx, "province.prizes"))


@click.command("violation-record")
@click.argument("office_code")
@click.option("--date", "day", type=DAY, required=True, help="Илрүүлсэн огноо / the day it was found")
@click.option("--clause", required=True, help="11.3.1 … 11.3.4")
@click.option("--what", "description", required=True, help="Зөрчлийн агуулга / what happened")
@click.option("--reference", required=True, help="Акт, албан бичгийн дугаар / the act or letter")
@click.option("--year", type=int, default=None, help="Аль оных (эс бөгөөс огнооны он) / year it counts against")
@click.option("--official", default=None, help="Албан тушаалтан / the official")
@pass_state
def violation_record_cmd(state: CliState, office_code: str, day, clause: str, description: str,  # noqa: ANN001
                         reference: str, year: int | None, official: str | None) -> None:
    """Зөрчил бүртгэх (11.3) / record a violation."""
    from soum_desk.services.province import violations

    echo_json(violations.record(state.context(), office_code, day.date(), clause, description, reference,
                                year=year, official=official))


@click.command("violations")
@click.option("--year", type=int, required=True)
@click.option("--office", "office_code", default=None)
@click.option("--json", "as_json", is_flag=True)
@pass_state
def violations_cmd(state: CliState, year: int, office_code: str | None, as_json: bool) -> None:
    """Бүртгэсэн зөрчил (11.3) / violations counted against a year."""
    from soum_desk.services.province import violations

    rows = violations.list_for(state.context(), year, office_code)
    if as_json:
        echo_json(rows)
        return
    en = state.lang == "en"
    for v in rows:
        click.echo(f"#{v['id']} {v['office_code']} {v['found_on']} {v['clause']} "
                   f"{v['clause_en'] if en else v['clause_mn']}: {v['description']} ({v['reference']})")


@click.command("violation-remove")
@click.argument("violation_id", type=int)
@pass_state
def violation_remove_cmd(state: CliState, violation_id: int) -> None:
    """Андуурч бүртгэсэн зөрчлийг хасах / remove a violation recorded by mistake."""
    from soum_desk.services.province import violations

    echo_json(violations.remove(state.context(), violation_id))


EVALUATION_COMMANDS = [monitoring_cmd, monitoring_record_cmd, confirm_cmd, confirmation_cmd, special_places_cmd,
                       prizes_cmd, violation_record_cmd, violations_cmd, violation_remove_cmd]
