"""`soum-desk plans …`: import, export, export-document, import-document, report, score, list, show,
progress, evaluate, review."""

from __future__ import annotations

from datetime import date

import click

from soum_desk.cli.common import (
    CliState,
    echo_json,
    echo_problems,
    pass_state,
    refuse_dry_run_with_errors,
)
from soum_desk.cli.signing import signed, signing_options
from soum_desk.services.core.signing import Signing

PERIOD_HELP = "Тайлант үе / period: 2024Q4, 2024H1, 2024"


@click.group("plans")
def plans_group() -> None:
    """Төлөвлөгөөний биелэлт / plan execution."""


@plans_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--year", type=int, default=None, help="Он (гарчигт байхгүй бол) / year if not in the title")
@click.option("--period", default=None, help="Хэрэгжилт, хувийг аль үед оруулах / period of the narratives")
@click.option("--dry-run", is_flag=True, help="Зөвхөн урьдчилан харах / preview only, write nothing")
@click.option("--json", "as_json", is_flag=True, help="JSON гаралт / JSON output")
@pass_state
def import_cmd(state: CliState, file: str, year: int | None, period: str | None, dry_run: bool,
               as_json: bool) -> None:
    """XLSX төлөвлөгөөг импортлох / import a plan table from XLSX."""
    from soum_desk.services.plans import imports as plans_io

    ctx = state.context()
    preview = plans_io.import_preview(ctx, file, year=year, period=period)
    summary = preview.summary()
    if not as_json:  # the problems first: they explain a refused import
        click.echo(f"{summary['title']} ({summary['year']}, {summary['kind']}), үе/period: {summary['period'] or '-'}")
        click.echo(f"Бүлэг/sections {summary['sections']}, зорилт/goals {summary['goals']}, "
                   f"арга хэмжээ/measures {summary['measures']}: шинэ/new {summary['new_measures']}, "
                   f"өөрчлөгдсөн/updated {summary['updated_measures']}, ижил/unchanged "
                   f"{summary['unchanged_measures']}; хэрэгжилт/progress entries {summary['progress_entries']}")
        echo_problems(preview)
    result = None if dry_run else plans_io.import_commit(ctx, preview)
    if as_json:
        echo_json({"preview": summary, "result": result})
    elif result is None:
        click.echo("Юу ч бичээгүй (--dry-run) / nothing written (--dry-run)")
    if dry_run:
        refuse_dry_run_with_errors(preview)
    if result is not None and not as_json:
        verb = "Шинээр үүсгэв / created" if result["created"] else "Шинэчлэв / updated"
        click.echo(f"{verb}: #{result['id']} {result['title']}")


@plans_group.command("list")
@click.option("--year", type=int, default=None)
@click.option("--json", "as_json", is_flag=True)
@pass_state
def list_cmd(state: CliState, year: int | None, as_json: bool) -> None:
    """Төлөвлөгөөнүүд / list plan documents."""
    from soum_desk.services.plans import tree as plans

    docs = plans.list_documents(state.context(), year)
    if as_json:
        echo_json(docs)
        return
    for d in docs:
        click.echo(f"#{d['id']}\t{d['year']}\t{d['kind_label']}\t{d['title']}")


@plans_group.command("show")
@click.argument("document_id", type=int)
@click.option("--period", default=None, help=PERIOD_HELP)
@click.option("--filter", "flt", type=click.Choice(["all", "not_reported", "stalled", "broken", "not_due"]),
              default="all")
@pass_state
def show_cmd(state: CliState, document_id: int, period: str | None, flt: str) -> None:
    """Төлөвлөгөөний мод, үеийн төлөв / the plan tree and each measure's state in a period."""
    from soum_desk.domain.formatting import format_percent
    from soum_desk.services.plans import scoring as plans_scoring
    from soum_desk.services.plans import tree as plans

    ctx = state.context()
    if period is None:
        tree = plans.tree(ctx, document_id)
        for s in tree["sections"]:
            click.echo(f"{s['code']} {s['title']}")
            for g in s["goals"]:
                click.echo(f"  Зорилт {g['code']} {g['title']}")
                for m in g["measures"]:
                    flag = "" if m["timing_ok"] else " [хугацаа?]"
                    click.echo(f"    {m['number']}. {m['text']} — {m['timing_text'] or ''}{flag}")
        return
    for m in plans_scoring.entry_rows(ctx, document_id, period, flt):
        percent = format_percent(m["shown_percent"]) if m["shown_percent"] is not None else "–"
        click.echo(f"{m['number']}\t{m['status']}\t{m['flow'] or ''}\t{percent}\t{m['text'][:70]}")


@plans_group.command("progress")
@click.argument("measure_id", type=int)
@click.option("--period", required=True, help=PERIOD_HELP)
@click.option("--text", "narrative", default=None, help="Хэрэгжилт / implementation narrative")
@click.option("--percent", type=float, default=None, help="Хувь / self-assessed percent")
@pass_state
def progress_cmd(state: CliState, measure_id: int, period: str, narrative: str | None,
                 percent: float | None) -> None:
    """Хэрэгжилт, хувь оруулах / record a measure's implementation for a period."""
    from soum_desk.services.plans import progress as plans_progress

    echo_json(plans_progress.record_progress(state.context(), measure_id, period, narrative=narrative,
                                             self_percent=percent))


@plans_group.command("evaluate")
@click.argument("measure_id", type=int)
@click.option("--period", required=True, help=PERIOD_HELP)
@click.option("--level", required=True, help="effective, partial, intensify, ineffective, not_assessable, "
              "implemented, in_progress, insufficient, not_implemented, too_early, none")
@click.option("--percent", type=float, default=None, help="Түвшний завсар дахь хувь / percent inside the band")
@pass_state
def evaluate_cmd(state: CliState, measure_id: int, period: str, level: str, percent: float | None) -> None:
    """Үнэлгээ өгөх (7.1 / 7.2) / evaluate a measure on its scale."""
    from soum_desk.services.plans import progress as plans_progress

    echo_json(plans_progress.evaluate(state.context(), measure_id, period, None if level == "none" else level,
                                      percent))


@plans_group.command("correct")
@click.argument("measure_id", type=int)
@click.option("--period", required=True, help=PERIOD_HELP)
@click.option("--reason", required=True, help="Залруулгын шалтгаан / why it is corrected")
@click.option("--text", "narrative", default=None, help="Хэрэгжилт / implementation narrative")
@click.option("--percent", type=float, default=None, help="Хувь / self-assessed percent")
@click.option("--level", default=None, help="Үнэлгээний түвшин / evaluation level (as for `evaluate`)")
@click.option("--eval-percent", type=float, default=None, help="Түвшний завсар дахь хувь / percent inside the band")
@pass_state
def correct_cmd(state: CliState, measure_id: int, period: str, reason: str, narrative: str | None,
                percent: float | None, level: str | None, eval_percent: float | None) -> None:
    """Батлагдсан үеийн хэрэгжилтийг залруулах (дарга) / correct an approved period's entry (head)."""
    from soum_desk.services.plans import correction

    echo_json(correction.correct_entry(state.context(), measure_id, period, reason=reason, narrative=narrative,
                                       self_percent=percent, level=level, eval_percent=eval_percent))


@plans_group.command("review")
@click.argument("action", type=click.Choice(["reviewed", "approve", "reopen", "status"]))
@click.option("--period", required=True, help=PERIOD_HELP)
@click.option("--document", "document_id", type=int, default=None)
@click.option("--note", default=None)
@click.option("--submitted", default=None, help="Аймагт хүргүүлсэн огноо / date sent to the province")
@pass_state
def review_cmd(state: CliState, action: str, period: str, document_id: int | None, note: str | None,
               submitted: str | None) -> None:
    """Хянах, батлах, дахин нээх (дарга) / review, approve or reopen a period (head)."""
    from soum_desk.domain.formatting import parse_date
    from soum_desk.domain.periods import Period
    from soum_desk.services.plans import progress as plans_progress
    from soum_desk.services.plans.report import resolve_document

    ctx = state.context()
    with ctx.reading() as session:
        doc_id = resolve_document(session, Period.parse(period), document_id)
    day: date | None = parse_date(submitted) if submitted else None
    if action == "status":
        echo_json(plans_progress.get_review(ctx, doc_id, period))
    elif action == "reviewed":
        echo_json(plans_progress.mark_reviewed(ctx, doc_id, period, note))
    elif action == "approve":
        echo_json(plans_progress.approve(ctx, doc_id, period, note, day))
    else:
        echo_json(plans_progress.reopen(ctx, doc_id, period, note))
    if day is not None and action != "approve":
        plans_progress.set_submitted(ctx, doc_id, period, day)


@plans_group.command("report")
@click.option("--period", required=True, help=PERIOD_HELP)
@click.option("--format", "fmt", type=click.Choice(["pdf", "xlsx"]), default="pdf")
@click.option("--out", required=True, type=click.Path(dir_okay=False))
@click.option("--document", "document_id", type=int, default=None)
@signing_options
@pass_state
def report_cmd(state: CliState, period: str, fmt: str, out: str, document_id: int | None, given: Signing) -> None:
    """Биелэлтийн тайлан / the plan-execution report (PDF or XLSX)."""
    from soum_desk.services.plans import report as plans_report

    ctx = state.context()
    path = signed(ctx, "plans", given, lambda chosen: plans_report.make_report(
        ctx, period, fmt, out, document_id=document_id, signing=chosen))
    click.echo(str(path))


@plans_group.command("export")
@click.option("--period", required=True, help=PERIOD_HELP)
@click.option("--out", required=True, type=click.Path(dir_okay=False))
@click.option("--document", "document_id", type=int, default=None)
@signing_options
@pass_state
def export_cmd(state: CliState, period: str, out: str, document_id: int | None, given: Signing) -> None:
    """Төлөвлөгөөг XLSX-ээр гаргах (буцааж импортлогдоно) / export the plan as XLSX (imports back)."""
    from soum_desk.services.plans import report as plans_report

    ctx = state.context()
    click.echo(str(signed(ctx, "plans", given, lambda chosen: plans_report.export_xlsx(
        ctx, period, out, document_id=document_id, signing=chosen))))


@plans_group.command("export-document")
@click.argument("document_id", type=int)
@click.option("--out", required=True, type=click.Path(dir_okay=False))
@click.option("--period", default=None, help="Хүснэгтийн хуудасны үе (анхдагч: он) / the table page's period")
@pass_state
def export_document_cmd(state: CliState, document_id: int, out: str, period: str | None) -> None:
    """Бүтэн төлөвлөгөөг XLSX-ээр (бүх үе, үнэлгээ, хяналт) / the whole plan as XLSX (every period)."""
    from soum_desk.services.plans import document_io

    click.echo(str(document_io.export_document(state.context(), document_id, out, period=period)))


@plans_group.command("import-document")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Зөвхөн урьдчилан харах / preview only, write nothing")
@click.option("--json", "as_json", is_flag=True, help="JSON гаралт / JSON output")
@pass_state
def import_document_cmd(state: CliState, file: str, dry_run: bool, as_json: bool) -> None:
    """Бүтэн төлөвлөгөөний экспортыг оруулах / import a whole-plan export (plans export-document)."""
    from soum_desk.services.plans import document_io

    ctx = state.context()
    preview = document_io.preview_document(ctx, file)
    result = None if dry_run or preview["action"] == "unchanged" else document_io.import_document(ctx, file)
    if as_json:
        echo_json({"preview": preview, "result": result})
        return
    actions = {"create": "шинээр үүснэ / will be created", "unchanged": "өөрчлөлтгүй / unchanged",
               "replace": "бүхэлд нь солигдоно / will be replaced"}
    click.echo(f"{preview['title']} ({preview['year']}): {actions[preview['action']]}")
    click.echo("хэрэгжилт/entries: " + (", ".join(f"{p} {n}" for p, n in preview["entries"].items()) or "-"))
    if result is not None:
        click.echo(f"#{result['id']}: бичив / written")
    elif dry_run:
        click.echo("Юу ч бичээгүй (--dry-run) / nothing written (--dry-run)")


@plans_group.command("score")
@click.option("--period", required=True, help=PERIOD_HELP)
@click.option("--json", "as_json", is_flag=True)
@pass_state
def score_cmd(state: CliState, period: str, as_json: bool) -> None:
    """Дундаж хувь, 0–5 оноо / averages and the 0–5 score."""
    from soum_desk.services.plans import scoring as plans_scoring

    results = plans_scoring.scores(state.context(), period)
    if as_json:
        echo_json({"period": period, "documents": results})
        return
    from soum_desk.domain.formatting import format_percent

    for r in results:
        avg = format_percent(r["average"])
        score = "–" if r["score"] is None else f"{r['score']:.2f}".replace(".", ",")
        click.echo(f"#{r['document_id']} {r['title']}: дундаж/average {avg}%, оноо/score {score} "
                   f"(удааширсан/stalled {len(r['stalled'])}, тасарсан/broken {len(r['broken'])})")
        if r["declared_differs"]:
            click.echo(f"  ! Хүснэгтэд бичсэн дундаж {format_percent(r['declared_average'])}% зөрүүтэй / "
                       f"the table's own average {r['declared_average']:g}% differs")


@plans_group.command("copy")
@click.argument("document_id", type=int)
@click.option("--year", type=int, required=True)
@pass_state
def copy_cmd(state: CliState, document_id: int, year: int) -> None:
    """Өмнөх оны төлөвлөгөөг хуулах / copy a plan into another year."""
    from soum_desk.services.plans import edit as plans_edit

    echo_json(plans_edit.copy_document(state.context(), document_id, year))


def _add_edit_commands() -> None:
    from soum_desk.cli.plans_edit import EDIT_COMMANDS

    for command in EDIT_COMMANDS:
        plans_group.add_command(command)


_add_edit_commands()
COMMANDS = [plans_group]
