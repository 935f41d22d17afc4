"""`soum-desk petitions …`: register, list, show, assign, start, resolve, extend, import, stats, report."""

from __future__ import annotations

from datetime import date, datetime

import click

from soum_desk.cli.common import (
    CliState,
    echo_json,
    echo_problems,
    pass_state,
    refuse_dry_run_with_errors,
    refuse_skipped_rows,
)
from soum_desk.cli.signing import signed, signing_options
from soum_desk.services.core.signing import Signing


def _when(text: str | None) -> datetime:
    from soum_desk.domain.formatting import parse_date
    from soum_desk.errors import ValidationError

    if not text:
        return datetime.now().replace(second=0, microsecond=0)
    parts = text.strip().split()
    try:
        day = parse_date(parts[0])
        hour, minute = (map(int, parts[1].split(":")[:2]) if len(parts) > 1 else (9, 0))
        return datetime(day.year, day.month, day.day, hour, minute)
    except (ValueError, TypeError) as exc:
        raise ValidationError(f"Огноо буруу: «{text}» (жишээ: 2024.03.05 10:30)",
                              f"Invalid date «{text}» (e.g. 2024.03.05 10:30)", where="--received") from exc


def _day(text: str | None) -> date | None:
    from soum_desk.domain.formatting import parse_date
    from soum_desk.errors import ValidationError

    try:
        return parse_date(text)
    except ValueError as exc:
        raise ValidationError(f"Огноо буруу: «{text}»", f"Invalid date «{text}»", where="date") from exc


def _line(r: dict) -> str:
    mark = {"overdue": "!", "due_soon": "~"}.get(r["deadline_state"], " ")
    return (f"{mark} {r['reg_no']:<12} {r['received']}  {r['kind_label']:<16} {r['status_label']:<18} "
            f"{r['due']}  {r['summary'][:60]}")


@click.group("petitions")
def petitions_group() -> None:
    """Өргөдөл, гомдол / petitions and complaints."""


@petitions_group.command("register")
@click.option("--received", default=None, help="Хүлээн авсан огноо цаг / received, e.g. «2024.03.05 10:30»")
@click.option("--channel", required=True, help="Суваг / channel: written, phone, c1111, box, online, in_person, oral")
@click.option("--kind", required=True, help="Төрөл / kind: request, complaint, suggestion, thanks")
@click.option("--summary", required=True, help="Агуулга / summary")
@click.option("--source", default="direct", help="direct, c1111, org")
@click.option("--source-ref", default=None, help="Шилжүүлсэн байгууллага, дугаар / forwarding body and reference")
@click.option("--topic", default=None)
@click.option("--bag", default=None)
@click.option("--official", default=None, help="Хариуцах албан тушаалтан / official (user or free text)")
@click.option("--name", default=None, help="Өргөдөл гаргагч / petitioner's name")
@click.option("--register-no", default=None, help="Регистрийн дугаар / civil register number")
@click.option("--phone", default=None)
@click.option("--address", default=None)
@click.option("--petitioner-bag", default=None)
@click.option("--anonymous", is_flag=True, help="Нэргүй / anonymous")
@click.option("--json", "as_json", is_flag=True)
@pass_state
def register_cmd(state: CliState, received: str | None, name: str | None, register_no: str | None,
                 phone: str | None, address: str | None, petitioner_bag: str | None, as_json: bool,
                 **fields: str | None) -> None:
    """Шинэ өргөдөл бүртгэх / register a new petition."""
    from soum_desk.services.petitions import actions as petitions

    anonymous = bool(fields.pop("anonymous"))
    person = {"name": name, "register_no": register_no, "phone": phone, "address": address, "bag": petitioner_bag}
    result = petitions.register(state.context(), received_at=_when(received), anonymous=anonymous,
                                petitioner=None if anonymous else person, **fields)
    if as_json:
        echo_json(result)
    else:
        click.echo(f"{result['reg_no']}: бүртгэлээ / registered, хугацаа / due {result['due']}")


@petitions_group.command("list")
@click.option("--period", default=None, help="2024Q4, 2024H1, 2024")
@click.option("--status", default=None, help="registered, assigned, in_progress, resolved, forwarded, returned, open, closed")
@click.option("--kind", default=None)
@click.option("--channel", default=None)
@click.option("--topic", default=None)
@click.option("--bag", default=None)
@click.option("--official", default=None)
@click.option("--overdue", is_flag=True, help="Хугацаа хэтэрсэн / overdue only")
@click.option("--search", "text", default=None, help="Агуулга, шийдвэрлэлтээс хайх / full-text search")
@click.option("--sort", default="received", show_default=True)
@click.option("--asc", is_flag=True, help="Өсөхөөр / ascending")
@click.option("--limit", default=50, show_default=True)
@click.option("--offset", default=0)
@click.option("--json", "as_json", is_flag=True)
@pass_state
def list_cmd(state: CliState, sort: str, asc: bool, limit: int, offset: int, as_json: bool, **flt) -> None:
    """Өргөдлийн жагсаалт / list petitions (no personal data)."""
    from soum_desk.domain.petition_codes import code_for
    from soum_desk.services.petitions import queries as q

    for name in ("kind", "channel"):
        if flt[name]:
            flt[name] = code_for(name, flt[name]) or flt[name]
    ctx = state.context()
    petition_filter = q.PetitionFilter(**flt)
    rows = q.list_page(ctx, petition_filter, sort=sort, descending=not asc, offset=offset, limit=limit)
    if as_json:
        echo_json({"total": q.count(ctx, petition_filter), "rows": rows})
        return
    for row in rows:
        click.echo(_line(row))
    click.echo(f"— {q.count(ctx, petition_filter)} нийт / total")


@petitions_group.command("show")
@click.argument("ref")
@click.option("--json", "as_json", is_flag=True)
@pass_state
def show_cmd(state: CliState, ref: str, as_json: bool) -> None:
    """Өргөдлийн дэлгэрэнгүй / show one petition (by number or id)."""
    from soum_desk.services.petitions import actions as petitions

    row = petitions.show(state.context(), ref)
    if as_json:
        echo_json(row)
        return
    for key in ("reg_no", "received_at", "kind_label", "channel_label", "source_label", "source_ref", "topic",
                "bag", "summary", "official", "status_label", "due", "extension_days", "extension_reason",
                "resolved_on", "resolution", "answer_label", "forwarded_to"):
        if row.get(key) not in (None, "", 0):
            click.echo(f"{key:<18} {row[key]}")
    if row["petitioner"]:
        for key, value in row["petitioner"].items():
            if value:
                click.echo(f"{'petitioner.' + key:<18} {value}")


@petitions_group.command("assign")
@click.argument("ref")
@click.argument("official")
@pass_state
def assign_cmd(state: CliState, ref: str, official: str) -> None:
    """Хариуцах албан тушаалтанд хуваарилах / assign to an official."""
    from soum_desk.services.petitions import actions as petitions

    row = petitions.assign(state.context(), ref, official)
    click.echo(f"{row['reg_no']}: {row['status_label']} — {row['official']}")


@petitions_group.command("start")
@click.argument("ref")
@pass_state
def start_cmd(state: CliState, ref: str) -> None:
    """Шийдвэрлэж эхлэх / mark in progress."""
    from soum_desk.services.petitions import actions as petitions

    row = petitions.start(state.context(), ref)
    click.echo(f"{row['reg_no']}: {row['status_label']}")


@petitions_group.command("resolve")
@click.argument("ref")
@click.option("--resolution", required=True, help="Шийдвэрлэлт / resolution text")
@click.option("--date", "on", default=None, help="Шийдвэрлэсэн огноо / date (default today)")
@click.option("--how", "answer_method", default=None, help="Хариу өгсөн хэлбэр / written, phone, in_person, online, sms")
@click.option("--status", type=click.Choice(["resolved", "forwarded", "returned"]), default="resolved")
@click.option("--to", "forwarded_to", default=None, help="Шилжүүлсэн байгууллага / forwarded to")
@pass_state
def resolve_cmd(state: CliState, ref: str, resolution: str, on: str | None, answer_method: str | None,
                status: str, forwarded_to: str | None) -> None:
    """Шийдвэрлэх, шилжүүлэх, буцаах / resolve, forward or return."""
    from soum_desk.services.petitions import actions as petitions

    row = petitions.close(state.context(), ref, status=status, resolution=resolution, on=_day(on),
                          answer_method=answer_method, forwarded_to=forwarded_to)
    click.echo(f"{row['reg_no']}: {row['status_label']} {row['resolved_on']}")


@petitions_group.command("correct")
@click.argument("ref")
@click.option("--reason", required=True, help="Залруулгын шалтгаан / why it is corrected")
@click.option("--date", "on", default=None, help="Зөв шийдвэрлэсэн огноо / the right resolution date")
@click.option("--resolution", default=None, help="Зөв шийдвэрлэлт / the right resolution text")
@pass_state
def correct_cmd(state: CliState, ref: str, reason: str, on: str | None, resolution: str | None) -> None:
    """Шийдвэрлэсэн өргөдлийг залруулах (дарга) / correct a closed petition (head)."""
    from soum_desk.services.petitions import actions as petitions

    row = petitions.correct(state.context(), ref, reason=reason, resolved_on=_day(on), resolution=resolution)
    click.echo(f"{row['reg_no']}: {row['status_label']} {row['resolved_on']}")


@petitions_group.command("extend")
@click.argument("ref")
@click.option("--reason", required=True, help="Сунгах шалтгаан / reason")
@click.option("--days", type=int, default=None, help="Хоног (анхдагч: тохиргоо) / days (default: setting)")
@pass_state
def extend_cmd(state: CliState, ref: str, reason: str, days: int | None) -> None:
    """Хугацаа сунгах (дарга) / extend the deadline once (head of office)."""
    from soum_desk.services.petitions import actions as petitions

    row = petitions.extend(state.context(), ref, reason, days)
    click.echo(f"{row['reg_no']}: хугацаа / due {row['due']}")


@petitions_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Зөвхөн урьдчилан харах / preview only")
@click.option("--yes", is_flag=True, help="Асуухгүй / do not ask")
@click.option("--add-missing", is_flag=True,
              help="Бүртгэлгүй багуудыг бүртгээд тэдгээрийн мөрийг оруулах / register the bags the file names "
                   "that the office lacks, and import their rows")
@pass_state
def import_cmd(state: CliState, file: str, dry_run: bool, yes: bool, add_missing: bool) -> None:
    """Хуучин Excel бүртгэл оруулах / import a legacy Excel register."""
    from soum_desk.services.petitions import imports as petitions_import

    ctx = state.context()
    prepared = petitions_import.import_preview(ctx, file)
    s = prepared.summary()
    click.echo(f"Шинэ / new: {s['new']}, давхардсан / already imported: {s['duplicates']}, "
               f"алдаатай / errors: {s['errors']}")
    echo_problems(prepared)
    adding = add_missing and bool(prepared.missing)
    if prepared.missing:
        click.echo(f"Бүртгэлгүй баг / bags not registered: {prepared.missing_text('mn')}")
        click.echo("  → бүртгэх / to register them: --add-missing" if not add_missing else
                   f"  → бүртгэнэ / will be registered ({len(prepared.waiting)} мөр / rows)")
    if dry_run and (not adding or len(prepared.errors) > len(prepared.waiting)):
        refuse_dry_run_with_errors(prepared)
    if dry_run:
        return
    rows = len(prepared.new) + (len(prepared.waiting) if adding else 0)
    if not rows:
        refuse_skipped_rows(prepared, 0)
        return
    question = "Оруулах уу? / Import?" if not adding else \
        (f"{len(prepared.missing)} баг бүртгээд {rows} мөр оруулах уу? / Register {len(prepared.missing)} bags and "
         f"import {rows} rows?")
    if not yes and not click.confirm(question, err=True):
        click.echo("Цуцаллаа, юу ч бичээгүй / cancelled, nothing written")
        return
    with click.progressbar(length=rows, label="Оруулж байна / importing", file=None) as bar:
        def progress(done: int, total: int) -> bool:
            bar.update(done - bar.pos)
            return True
        result = petitions_import.import_commit(ctx, prepared, progress, add_missing=adding)
    if result["bags_added"]:
        click.echo(f"Бүртгэсэн баг / bags registered: {', '.join(result['bags_added'])}")
    click.echo(f"Оруулсан / imported: {result['imported']}")
    refuse_skipped_rows(prepared, result["imported"], also_imported=prepared.waiting if adding else ())


@petitions_group.command("stats")
@click.option("--period", required=True, help="2024Q4, 2024H1, 2024")
@click.option("--as-of", default=None,
              help="Байдлаарх огноо / as of date (default: the period's last day, or today while it runs)")
@click.option("--json", "as_json", is_flag=True)
@pass_state
def stats_cmd(state: CliState, period: str, as_of: str | None, as_json: bool) -> None:
    """Тайлант үеийн үзүүлэлт / the period's figures."""
    from soum_desk.domain.periods import Period, running_note
    from soum_desk.reports.petitions_report import figure_rows
    from soum_desk.services.petitions import stats as petitions_stats

    ctx = state.context()
    data = petitions_stats.figures_dict(ctx, period, _day(as_of))
    if as_json:
        echo_json(data)
        return
    click.echo(f"{data['period_label']}: "
               f"{running_note(Period.parse(data['period']), date.fromisoformat(data['as_of']), ctx.lang)}")
    for row in figure_rows(data, ctx.lang):
        click.echo(f"  {row.cells[1]:<42} {row.cells[2]:>8}")
    for item in data["top_topics"]:
        click.echo(f"  • {item['topic']}: {item['count']}")


@petitions_group.command("report")
@click.option("--period", required=True)
@click.option("--format", "fmt", type=click.Choice(["pdf", "xlsx"]), default="pdf", show_default=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False))
@click.option("--as-of", default=None)
@signing_options
@pass_state
def report_cmd(state: CliState, period: str, fmt: str, out: str, as_of: str | None, given: Signing) -> None:
    """Улирлын өргөдлийн тайлан / the quarterly petitions report (PDF or XLSX)."""
    from soum_desk.services.petitions import report as petitions_reports

    ctx = state.context()
    path = signed(ctx, "petitions", given, lambda chosen: petitions_reports.make_report(
        ctx, period, fmt, out, as_of=_day(as_of), signing=chosen))
    click.echo(str(path))


COMMANDS = [petitions_group]
