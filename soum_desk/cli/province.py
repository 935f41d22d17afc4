"""`soum-desk province …`: the province hub — offices and keys, import, consolidation, ranking."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from soum_desk.cli.common import CliState, echo_json, pass_state, printable
from soum_desk.cli.province_evaluation import EVALUATION_COMMANDS
from soum_desk.cli.signing import signed, signing_options
from soum_desk.services.core.signing import Signing


@click.group("province")
def province_group() -> None:
    """Аймгийн төв: багц хүлээн авах, нэгтгэх, эрэмбэлэх / province hub."""


@province_group.group("offices")
def offices_group() -> None:
    """Сум, агентлагийн бүртгэл ба түлхүүр / registered offices and their keys."""


@offices_group.command("add")
@click.argument("key_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--kind", type=click.Choice(["soum", "agency"]), default="soum")
@click.option("--fingerprint", default=None, help="Хэвлэсэн хуудсан дээрх хурууны хээ / fingerprint on the card")
@pass_state
def offices_add(state: CliState, key_file: str, kind: str, fingerprint: str | None) -> None:
    """Нийтийн түлхүүр бүртгэх / register an office's public key."""
    from soum_desk.services.province import registry as province

    info = province.register_key_file(state.context(), Path(key_file), kind=kind, fingerprint=fingerprint)
    click.echo(f"{info['name']} ({info['code']}): {', '.join(k['fingerprint'] for k in info['keys'])}")


@offices_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@pass_state
def offices_list(state: CliState, as_json: bool) -> None:
    """Бүртгэлтэй байгууллагууд / registered offices."""
    from soum_desk.services.province import registry as province

    rows = province.list_offices(state.context())
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        for key in row["keys"]:
            status = f"revoked {key['revoked_from']}" if key["revoked_from"] else \
                (f"until {key['valid_until']}" if key["valid_until"] else "active")
            click.echo(f"{row['kind']:6} {row['name']}  {key['fingerprint']}  {status}")


@offices_group.command("revoke")
@click.argument("key_id")
@click.option("--from", "from_date", type=click.DateTime(["%Y-%m-%d"]), default=None)
@click.option("--reason", required=True)
@pass_state
def offices_revoke(state: CliState, key_id: str, from_date, reason: str) -> None:  # noqa: ANN001
    """Түлхүүрийг тухайн өдрөөс хүчингүй болгох / revoke a key from a date."""
    from soum_desk.services.province import registry as province

    day = from_date.date() if from_date else date.today()
    info = province.revoke_key(state.context(), key_id, day, reason)
    click.echo(f"{info['fingerprint']} revoked from {info['revoked_from']}")


@province_group.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--arrived", type=click.DateTime(["%Y.%m.%d", "%Y-%m-%d"]), default=None,
              help="Ирсэн огноо (өнөөдөр биш бол) / arrival date if not today")
@click.option("--json", "as_json", is_flag=True)
@pass_state
def import_cmd(state: CliState, files: tuple[str, ...], arrived, as_json: bool) -> None:  # noqa: ANN001
    """Багц шалгаж импортлох / verify and import bundles."""
    import os

    from soum_desk.cli.bundle import PASSPHRASE_ENV
    from soum_desk.services.province import imports as province_import

    results = province_import.import_files(state.context(), [Path(f) for f in files],
                                           passphrase=os.environ.get(PASSPHRASE_ENV),
                                           arrived_on=arrived.date() if arrived else None)
    if as_json:
        echo_json(results)
    else:
        lang = state.lang
        for r in results:
            label = r["label_en"] if lang == "en" else r["label_mn"]
            reason = r["reason_en"] if lang == "en" else r["reason_mn"]
            click.echo(printable(f"{Path(r['path']).name}: {label} — {reason}"))
    sys.exit(0 if all(r["ok"] for r in results) else 1)


@province_group.command("held")
@click.option("--accept", type=int, default=None, help="Хүлээлгэсэн багцыг зөвшөөрөх / accept held id")
@click.option("--reject", type=int, default=None)
@pass_state
def held_cmd(state: CliState, accept: int | None, reject: int | None) -> None:
    """Дарааллын завсартай хүлээлгэсэн багцууд / bundles held for review.

    `--accept` uses the province key's passphrase from SOUM_DESK_KEY_PASSPHRASE when the bundle
    carries sealed personal data; it exits 1 when the bundle was not imported.
    """
    import os

    from soum_desk.cli.bundle import PASSPHRASE_ENV
    from soum_desk.services.province import imports as province_import

    ctx = state.context()
    imported = True
    if accept is not None:
        result = province_import.accept_held(ctx, accept, passphrase=os.environ.get(PASSPHRASE_ENV))
        imported = bool(result["ok"])
        reason = result["reason_en"] if state.lang == "en" else result["reason_mn"]
        click.echo(f"{result['verdict']}: {reason}")
    elif reject is not None:
        province_import.reject_held(ctx, reject)
    for row in province_import.list_held(ctx):
        click.echo(f"#{row['id']} {row['office_code']} №{row['sequence']} {row['period']}: {row['reason']}")
    sys.exit(0 if imported else 1)


@province_group.command("chain")
@click.argument("office_code")
@pass_state
def chain_cmd(state: CliState, office_code: str) -> None:
    """Сумын сүүлийн багц (дугаар, хэш) / an office's last imported bundle, for `bundle resync`."""
    from soum_desk.services.province import registry as province

    head = province.chain_head(state.context(), office_code)
    if not head["sequence"]:
        click.echo(f"{office_code}: багц ирээгүй / no bundle imported yet (--sequence 0)")
        return
    click.echo(f"{office_code}: №{head['sequence']}  {head['digest']}")
    click.echo(f"soum-desk bundle resync --sequence {head['sequence']} --digest {head['digest']}")


@province_group.command("refusals")
@click.option("--json", "as_json", is_flag=True)
@pass_state
def refusals(state: CliState, as_json: bool) -> None:
    """Татгалзсан багцууд / refused bundles with reasons."""
    from soum_desk.services.province import imports as province_import

    rows = province_import.list_refusals(state.context())
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        click.echo(f"{row['at']} {row['file']}: {row['verdict']} — {row['reason_mn']} / {row['reason_en']}")


@province_group.command("deadline")
@click.argument("period")
@click.argument("day", type=click.DateTime(["%Y-%m-%d"]))
@pass_state
def deadline_cmd(state: CliState, period: str, day) -> None:  # noqa: ANN001
    """Тайлан ирүүлэх эцсийн хугацаа / set a period's deadline."""
    from soum_desk.services.province import registry as province

    province.set_deadline(state.context(), period, day.date())
    click.echo(f"{period}: {day.date().isoformat()}")


@province_group.command("consolidated")
@click.option("--period", required=True)
@click.option("--json", "as_json", is_flag=True)
@pass_state
def consolidated(state: CliState, period: str, as_json: bool) -> None:
    """Нэгтгэсэн үзүүлэлт / consolidated figures per office."""
    from soum_desk.services.province import views as province_views

    rows = province_views.consolidated(state.context(), period)
    if as_json:
        echo_json(rows)
        return
    for r in rows:
        status = f"{r['arrived_on']} (+{r['late_days']})" if r["submitted"] else "—  ИРҮҮЛЭЭГҮЙ / NOT SUBMITTED"
        click.echo(f"{r['name'][:40]:40} {r['plan_average'] if r.get('plan_average') is not None else '-':>6} {status}")


@province_group.command("ranking")
@click.option("--period", required=True)
@click.option("--json", "as_json", is_flag=True)
@pass_state
def ranking_cmd(state: CliState, period: str, as_json: bool) -> None:
    """Эрэмбэ (§7.5, хоцролтын хасалт §11.1) / ranking with the late penalty."""
    from soum_desk.services.province import confirmation
    from soum_desk.services.province import views as province_views
    from soum_desk.services.province.evaluation_text import confirmation_text, prize_text

    rows = province_views.ranking_table(state.context(), period)
    if as_json:
        echo_json(rows)
        return
    click.echo(confirmation_text(period, confirmation.status(state.context(), period, rows), state.lang))
    for r in rows:
        place = r["rank"] or "-"
        flag = "  [11.2]" if r["accountability"] else "  [хангалтгүй]" if r["unsatisfactory"] else ""
        flag += "".join(f"  [{v['clause']}]" for v in r["violations"])
        prize = prize_text(r, state.lang)
        flag += f"  {prize}" if prize else ""
        click.echo(f"{place!s:>3}. {r['name'][:40]:40} {r['score']:.2f} → {r['final']:.2f}  (+{r['late_days']} өдөр)"
                   f"{flag}")


@province_group.command("accountability")
@click.option("--period", required=True)
@click.option("--json", "as_json", is_flag=True)
@pass_state
def accountability_cmd(state: CliState, period: str, as_json: bool) -> None:
    """Дараалан 2 удаа хангалтгүй үнэлгээ авсан (11.2) / offices flagged under §11.2."""
    from soum_desk.services.province import accountability

    rows = accountability.flagged(state.context(), period)
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo("11.2: тэмдэглэгдсэн байгууллага алга / no office flagged")
    for r in rows:
        rec = r["accountability_record"]
        done = ("" if rec is None else f"  уламжилсан/forwarded {rec['forwarded_on']}" if rec["forwarded_on"]
                else "  үзүүлэлт буураагүй / indicators did not decline" if not rec["indicators_declined"]
                else "  үзүүлэлт буурсан / indicators declined")
        click.echo(f"{r['office_code']}  {r['name'][:40]:40} {r['final']:.2f}{done}")


@province_group.command("accountability-record")
@click.argument("office_code")
@click.option("--period", required=True)
@click.option("--declined/--not-declined", "declined", required=True,
              help="Нийгэм, эдийн засгийн үзүүлэлт буурсан эсэх / whether the indicators declined")
@click.option("--forwarded", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Санал уламжилсан огноо / the day the proposal was forwarded")
@click.option("--note", default=None)
@pass_state
def accountability_record_cmd(state: CliState, office_code: str, period: str, declined: bool, forwarded,  # noqa: ANN001
                              note: str | None) -> None:
    """11.2-ын шийдвэр тэмдэглэх / record the §11.2 finding for a flagged office."""
    from soum_desk.services.province import accountability

    echo_json(accountability.record(state.context(), office_code, period, indicators_declined=declined,
                                    forwarded_on=forwarded.date() if forwarded else None, note=note))


@province_group.command("history")
@click.option("--office", "office_code", required=True, help="Байгууллагын код / office code")
@click.option("--period", required=True)
@click.option("--json", "as_json", is_flag=True)
@pass_state
def history_cmd(state: CliState, office_code: str, period: str, as_json: bool) -> None:
    """Тухайн үеийн ирсэн бүх багц / every bundle received from an office for a period.

    Marks the one used (the latest valid) and the one lateness counts from (the first valid).
    """
    from soum_desk.services.province import history as province_history

    rows = province_history.history(state.context(), office_code, period)
    if as_json:
        echo_json(rows)
        return
    en = state.lang == "en"
    if not rows:
        click.echo(f"No bundle received from {office_code} for {period}." if en else
                   f"{office_code}-аас {period} үеийн багц ирээгүй.")
        return
    for r in rows:
        number = f"№{r['sequence']}" if r["sequence"] is not None else "№?"
        label, reason = (r["label_en"], r["reason_en"]) if en else (r["label_mn"], r["reason_mn"])
        marks = [m for m, on in ((("used" if en else "ашиглаж буй"), r["used"]),
                                 (("lateness counted from" if en else "хоцролтыг тооцох"), r["lateness_from"])) if on]
        made = f"  {'made' if en else 'үүсгэсэн'} {r['created_at']}" if r["created_at"] else ""
        click.echo(f"{number:6} {'arrived' if en else 'ирсэн'} {r['arrived_on']}{made}  {label}"
                   + (f" — {reason}" if reason else "") + (f"  [{', '.join(marks)}]" if marks else ""))


@province_group.command("report")
@click.option("--period", required=True)
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False),
              help=".pdf эсвэл .xlsx / .pdf or .xlsx")
@signing_options
@pass_state
def report_cmd(state: CliState, period: str, out_file: str, given: Signing) -> None:
    """Аймгийн нэгтгэсэн тайлан / consolidated province report (PDF or XLSX)."""
    from soum_desk.services.province import report as province_report

    ctx = state.context()
    path = signed(ctx, "province", given, lambda chosen: province_report.make_report(
        ctx, period, Path(out_file), signing=chosen))
    click.echo(str(path))


for _command in EVALUATION_COMMANDS:
    province_group.add_command(_command)

COMMANDS = [province_group]
