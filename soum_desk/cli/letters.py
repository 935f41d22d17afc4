"""`soum-desk letters …`: register, list, answer, stats, overdue, import, report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from soum_desk.cli.common import DATE, CliState, echo_json, echo_problems, pass_state
from soum_desk.cli.signing import signed, signing_options
from soum_desk.services.core.signing import Signing


def _ids(text: str) -> list[int]:
    try:
        return [int(x) for x in text.replace(",", " ").split()]
    except ValueError:
        raise click.BadParameter(f"дугааруудыг таслалаар / comma-separated ids: {text}") from None


def _print_rows(rows: list[dict], as_json: bool) -> None:
    if as_json:
        echo_json(rows)
        return
    from soum_desk.domain.letters import STATUS_LABELS

    for r in rows:
        arrow = "←" if r["direction"] == "in" else "→"
        due = f" хугацаа/due {r['due_date']}" if r["due_date"] else ""
        click.echo(f"#{r['id']:<7} {arrow} {r['reg_no']:<10} {r['reg_date']}  {r['counterpart'][:40]:<40} "
                   f"{r['subject'][:60]}  [{STATUS_LABELS[r['status']][0]}{due}]")


@click.group("letters")
def letters_group() -> None:
    """Албан бичиг: ирсэн, явсан / correspondence register."""


@letters_group.command("register")
@click.option("--direction", type=click.Choice(["in", "out"]), required=True, help="in = ирсэн, out = явсан")
@click.option("--date", "reg_date", type=DATE, default=date.today, show_default="өнөөдөр / today")
@click.option("--counterpart", required=True, help="Байгууллага / organisation")
@click.option("--subject", required=True, help="Товч агуулга / subject")
@click.option("--their-ref", default=None, help="Тэдний дугаар / their reference")
@click.option("--their-date", type=DATE, default=None)
@click.option("--pages", type=int, default=None)
@click.option("--case-file", "case_file_id", type=int, default=None, help="Хэргийн id / case file id")
@click.option("--assignee", default=None, help="Хариуцагч / assigned official")
@click.option("--reply/--no-reply", "reply_required", default=False, help="Хариутай бичиг / reply required")
@click.option("--due", "due_date", type=DATE, default=None, help="Хариу өгөх хугацаа / reply due date")
@click.option("--answers", default="", help="Хариулж буй ирсэн бичгийн id / incoming ids this answers")
@click.option("--attach", "attach", type=click.Path(exists=True, dir_okay=False), multiple=True)
@click.option("--note", default=None)
@click.option("--json", "as_json", is_flag=True)
@pass_state
def register_cmd(state: CliState, attach: tuple[str, ...], answers: str, as_json: bool, **data: object) -> None:
    """Бичиг бүртгэх / register a letter."""
    from soum_desk.services.core import attachments
    from soum_desk.services.letters import actions as letters

    ctx = state.context()
    result = letters.register_letter(ctx, answers=_ids(answers) if answers else [], **data)
    result["attachments"] = [attachments.store_file(ctx, p, entity="letter", entity_id=result["id"])
                             for p in attach]
    if as_json:
        echo_json(result)
    else:
        click.echo(f"Бүртгэлээ / registered: #{result['id']} № {result['reg_no']} ({result['reg_date']})")


@letters_group.command("list")
@click.option("--direction", type=click.Choice(["in", "out"]), default=None)
@click.option("--year", type=int, default=None)
@click.option("--from", "date_from", type=DATE, default=None)
@click.option("--to", "date_to", type=DATE, default=None)
@click.option("--status", type=click.Choice(["reply", "waiting", "open", "overdue", "answered", "noreply"]), default=None)
@click.option("--counterpart", default=None)
@click.option("--assignee", default=None)
@click.option("--search", "text", default=None, help="Хайх үг / search words")
@click.option("--sort", default="reg_date",
              type=click.Choice(["reg_date", "reg_no", "counterpart", "subject", "due_date", "assignee"]))
@click.option("--asc", is_flag=True)
@click.option("--offset", type=int, default=0)
@click.option("--limit", type=int, default=50)
@click.option("--json", "as_json", is_flag=True)
@pass_state
def list_cmd(state: CliState, sort: str, asc: bool, offset: int, limit: int, as_json: bool, **flt: object) -> None:
    """Бичгийн жагсаалт / list letters."""
    from soum_desk.services.letters.queries import LetterFilter, count_letters, list_letters

    ctx = state.context()
    flt_obj = LetterFilter(**flt)
    rows = list_letters(ctx, flt_obj, sort=sort, descending=not asc, offset=offset, limit=limit)
    _print_rows(rows, as_json)
    if not as_json:
        click.echo(f"— {offset + len(rows)} / {count_letters(ctx, flt_obj)}", err=True)


@letters_group.command("show")
@click.argument("letter_id", type=int)
@pass_state
def show_cmd(state: CliState, letter_id: int) -> None:
    """Нэг бичиг / one letter with links and attachments (JSON)."""
    from soum_desk.services.core import attachments
    from soum_desk.services.letters import actions as letters

    ctx = state.context()
    result = letters.get_letter(ctx, letter_id)
    result["attachments"] = attachments.list_attachments(ctx, "letter", letter_id)
    echo_json(result)


@letters_group.command("correct")
@click.argument("letter_id", type=int)
@click.option("--reason", required=True, help="Залруулгын шалтгаан / why it is corrected")
@click.option("--date", "reg_date", type=DATE, default=None, help="Огноо / the letter's date")
@click.option("--their-date", type=DATE, default=None, help="Тэдний огноо / their date")
@click.option("--counterpart", default=None, help="Байгууллага / counterpart")
@click.option("--their-ref", default=None, help="Тэдний дугаар / their reference")
@click.option("--subject", default=None, help="Товч агуулга / subject")
@pass_state
def correct_cmd(state: CliState, letter_id: int, reason: str, **fields: object) -> None:
    """Бүртгэсэн бичгийг залруулах (дарга) / correct a registered letter (head)."""
    from soum_desk.services.letters import actions as letters

    changes = {k: v for k, v in fields.items() if v is not None}
    row = letters.correct(state.context(), letter_id, reason=reason, **changes)
    click.echo(f"{row['reg_no']}: {row['reg_date']} {row['counterpart']}")


@letters_group.command("answer")
@click.argument("outgoing_id", type=int)
@click.argument("incoming_ids", nargs=-1, type=int, required=True)
@pass_state
def answer_cmd(state: CliState, outgoing_id: int, incoming_ids: tuple[int, ...]) -> None:
    """Явсан бичгээр ирсэн бичгүүдэд хариулж хаах / link a reply, closing the incoming letters."""
    from soum_desk.services.letters import actions as letters

    closed = letters.answer(state.context(), outgoing_id, incoming_ids)
    click.echo(f"Хаасан / closed: {', '.join(f'#{i}' for i in closed) or '-'}")


@letters_group.command("stats")
@click.option("--period", required=True, help="2024Q4, 2024H1, 2024")
@click.option("--as-of", type=DATE, default=None, help="Тухайн өдрийн байдлаар / as of")
@click.option("--json", "as_json", is_flag=True)
@pass_state
def stats_cmd(state: CliState, period: str, as_of: date | None, as_json: bool) -> None:
    """Үзүүлэлт / figures per period."""
    from soum_desk.domain.formatting import format_percent
    from soum_desk.services.letters import stats as letters_stats

    result = letters_stats.period_figures(state.context(), period, as_of)
    if as_json:
        echo_json(result)
        return
    click.echo(f"{result['period']} ({result['as_of']}-ны байдлаар / as of): хүлээн авсан {result['received']}, "
               f"хариутай {result['reply_required']}, хугацаандаа {result['answered_on_time']}, "
               f"хоцорсон {result['answered_late']}, хугацаа болоогүй {result['open']}, "
               f"хэтэрсэн {result['overdue']}, явсан {result['sent']}, "
               f"шийдвэрлэлт {format_percent(result['resolution_percent'])} %")


@letters_group.command("overdue")
@click.option("--as-of", type=DATE, default=None)
@click.option("--pdf", "out", type=click.Path(dir_okay=False), default=None, help="PDF эсвэл XLSX файл")
@click.option("--json", "as_json", is_flag=True)
@signing_options
@pass_state
def overdue_cmd(state: CliState, as_of: date | None, out: str | None, as_json: bool, given: Signing) -> None:
    """Хугацаа хэтэрсэн хариутай бичиг / overdue reply-letters (weekly list for the head)."""
    from soum_desk.services.letters import queries as letters_query

    ctx = state.context()
    if out:
        from soum_desk.services.letters.report import overdue_report

        click.echo(signed(ctx, "letters", given, lambda chosen: overdue_report(ctx, out, as_of, signing=chosen)))
        return
    _print_rows(letters_query.overdue_letters(ctx, as_of), as_json)


@letters_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--direction", type=click.Choice(["in", "out"]), default=None,
              help="Чиглэлийн багана, хуудасны нэр байхгүй бол / when no column or sheet name says it")
@click.option("--yes", is_flag=True, help="Асуухгүй / do not ask")
@click.option("--skip-bad-rows", is_flag=True, help="Алдаатай мөрийг алгасах / import the good rows only")
@pass_state
def import_cmd(state: CliState, file: str, direction: str | None, yes: bool, skip_bad_rows: bool) -> None:
    """Хуучин бүртгэлийг XLSX-ээс оруулах / import a legacy register."""
    from soum_desk.services.letters import imports as letters_import

    ctx = state.context()
    result = letters_import.import_preview(ctx, Path(file), direction=direction)
    info = result.summary()
    click.echo(f"Бэлэн / ready: {info['new']} (ирсэн {info['incoming']}, явсан {info['outgoing']}); "
               f"давхардсан / duplicates: {info['duplicates']}; алдаа / errors: {info['errors']}")
    echo_problems(result)
    if result.errors and not skip_bad_rows:
        raise click.ClickException("Алдаатай мөр байна; юу ч бичээгүй (--skip-bad-rows). / "
                                   "Some rows have errors; nothing was written (--skip-bad-rows).")
    if not result.new:
        click.echo("Оруулах шинэ мөр алга / nothing new to import.")
        return
    if not yes and not click.confirm("Оруулах уу? / import?", default=False):
        click.echo("Цуцаллаа; юу ч бичээгүй / cancelled; nothing was written.")
        return
    done = letters_import.import_commit(ctx, result)
    click.echo(f"Оруулсан / imported: {done['imported']}")


@letters_group.command("report")
@click.argument("kind", type=click.Choice(["figures", "overdue"]))
@click.argument("out", type=click.Path(dir_okay=False))
@click.option("--period", default=None, help="figures: 2024Q4, 2024H1, 2024")
@click.option("--as-of", type=DATE, default=None)
@signing_options
@pass_state
def report_cmd(state: CliState, kind: str, out: str, period: str | None, as_of: date | None, given: Signing) -> None:
    """PDF/XLSX тайлан (файлын өргөтгөлөөр) / print a report (format by the file suffix)."""
    from soum_desk.services.letters import report as letters_reports

    ctx = state.context()
    if kind == "figures":
        if not period:
            raise click.UsageError("--period шаардлагатай / --period is required")
        click.echo(signed(ctx, "letters", given,
                          lambda chosen: letters_reports.figures_report(ctx, period, out, as_of, signing=chosen)))
    else:
        click.echo(signed(ctx, "letters", given,
                          lambda chosen: letters_reports.overdue_report(ctx, out, as_of, signing=chosen)))


COMMANDS = [letters_group]
