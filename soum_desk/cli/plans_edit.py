"""`soum-desk plans …` commands that build and change a plan: new, add-section, add-goal,
add-measure, move, delete, renumber, attach."""

from __future__ import annotations

import click

from soum_desk.cli.common import CliState, echo_json, pass_state

PLAN_KINDS = ("annual_plan", "governor_programme", "guidelines", "result_contract", "council_resolution", "ordinance",
              "other")


@click.command("new")
@click.option("--kind", type=click.Choice(PLAN_KINDS), default="annual_plan")
@click.option("--year", type=int, required=True)
@click.option("--title", required=True)
@click.option("--act-number", default=None, help="Баталсан шийдвэрийн дугаар / approving act number")
@pass_state
def new_cmd(state: CliState, kind: str, year: int, title: str, act_number: str | None) -> None:
    """Шинэ төлөвлөгөө / create a plan document."""
    from soum_desk.services.plans import tree as plans

    echo_json(plans.create_document(state.context(), kind=kind, year=year, title=title, act_number=act_number))


@click.command("add-section")
@click.argument("document_id", type=int)
@click.argument("title")
@pass_state
def add_section_cmd(state: CliState, document_id: int, title: str) -> None:
    """Бүлэг нэмэх / add a section (НЭГ, ХОЁР… numbered automatically)."""
    from soum_desk.services.plans import tree as plans

    echo_json(plans.add_section(state.context(), document_id, title))


@click.command("add-goal")
@click.argument("section_id", type=int)
@click.argument("title")
@pass_state
def add_goal_cmd(state: CliState, section_id: int, title: str) -> None:
    """Зорилт нэмэх / add a goal to a section."""
    from soum_desk.services.plans import tree as plans

    echo_json(plans.add_goal(state.context(), section_id, title))


@click.command("add-measure")
@click.argument("goal_id", type=int)
@click.option("--text", required=True, help="Арга хэмжээ / measure")
@click.option("--indicator", default=None, help="Шалгуур үзүүлэлт")
@click.option("--baseline", default=None, help="Суурь түвшин")
@click.option("--target", "target_text", default=None, help="Зорилтот түвшин, ж: «90%-иас доошгүй»")
@click.option("--timing", "timing_text", default=None, help="Хугацаа, ж: «I-IV улиралд»")
@click.option("--responsible", default=None, help="Хариуцах нэгж")
@click.option("--scale", type=click.Choice(["policy", "law"]), default=None, help="7.1 policy / 7.2 law")
@click.option("--weight", type=float, default=1.0)
@pass_state
def add_measure_cmd(state: CliState, goal_id: int, **values: object) -> None:
    """Арга хэмжээ нэмэх / add a measure to a goal."""
    from soum_desk.services.plans import tree as plans

    echo_json(plans.add_measure(state.context(), goal_id, {k: v for k, v in values.items() if v is not None}))


@click.command("move")
@click.argument("kind", type=click.Choice(["section", "goal", "measure"]))
@click.argument("item_id", type=int)
@click.option("--up", "delta", flag_value=-1, help="Дээш / up")
@click.option("--down", "delta", flag_value=1, help="Доош / down")
@click.option("--to-goal", type=int, default=None, help="Арга хэмжээг өөр зорилт руу / measure to another goal")
@pass_state
def move_cmd(state: CliState, kind: str, item_id: int, delta: int | None, to_goal: int | None) -> None:
    """Зөөх, дахин дугаарлана / move an item; the plan is renumbered."""
    from soum_desk.services.plans import edit as plans_edit

    plans_edit.move(state.context(), kind, item_id, delta or 0, to_goal=to_goal)
    click.echo("OK")


@click.command("delete")
@click.argument("kind", type=click.Choice(["document", "section", "goal", "measure"]))
@click.argument("item_id", type=int)
@click.option("--yes", is_flag=True, help="Асуухгүй / do not ask")
@pass_state
def delete_cmd(state: CliState, kind: str, item_id: int, yes: bool) -> None:
    """Устгах (доторх бүх зүйл, биелэлтийн хамт) / delete with everything under it."""
    from soum_desk.services.plans import edit as plans_edit
    from soum_desk.services.plans import tree as plans

    if not yes:
        click.confirm(f"{kind} #{item_id} устгах уу? / delete?", abort=True)
    ctx = state.context()
    if kind == "document":
        plans.delete_document(ctx, item_id)
    else:
        plans_edit.delete_item(ctx, kind, item_id)
    click.echo("OK")


@click.command("renumber")
@click.argument("document_id", type=int)
@pass_state
def renumber_cmd(state: CliState, document_id: int) -> None:
    """Дахин дугаарлах / renumber sections, goals and measures."""
    from soum_desk.services.plans import edit as plans_edit

    plans_edit.renumber(state.context(), document_id)
    click.echo("OK")


@click.command("attach")
@click.argument("measure_id", type=int)
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--period", required=True, help="Тайлант үе / period: 2024Q4, 2024H1, 2024")
@pass_state
def attach_cmd(state: CliState, measure_id: int, file: str, period: str) -> None:
    """Нотлох баримт хавсаргах (PDF, JPG, PNG) / attach an evidence file."""
    from soum_desk.services.plans import evidence as plans_evidence

    echo_json(plans_evidence.attach_evidence(state.context(), measure_id, period, file))


@click.command("deadlines")
@click.option("--set", "changes", multiple=True, metavar="PERIOD=MM-DD",
              help="ж: Y=11-25, Q4=+01-10 (+ дараа оны / next year)")
@click.option("--kind", default=None, type=click.Choice(list(PLAN_KINDS)),
              help="Зөвхөн энэ төрлийн төлөвлөгөөнд (ж: result_contract Y=+01-10, 4.3) / for this plan kind only")
@pass_state
def deadlines_cmd(state: CliState, changes: tuple[str, ...], kind: str | None) -> None:
    """Тайлан ирүүлэх хугацаа (11.1-ийн хоцролт) / report deadlines for the §11.1 penalty."""
    from soum_desk.domain.report_deadlines import RULE_KEYS, valid_rule
    from soum_desk.errors import ValidationError
    from soum_desk.services.core import settings

    ctx = state.context()
    common = dict(settings.get(ctx, "plans.deadlines"))
    by_kind = {k: dict(v) for k, v in settings.get(ctx, "plans.deadlines_by_kind").items()}
    current = by_kind.setdefault(kind, {}) if kind else common
    for change in changes:
        key, _, value = change.partition("=")
        if key not in RULE_KEYS or not valid_rule(value):
            raise ValidationError(f"Буруу: «{change}» (ж: Y=11-25, Q4=+01-10).",
                                  f"Invalid: «{change}» (e.g. Y=11-25, Q4=+01-10).", where="--set")
        current[key] = value
    if changes:
        settings.update(ctx, "plans.deadlines_by_kind" if kind else "plans.deadlines", by_kind if kind else common)
    # without --kind: the common rules; with it: what applies to that kind (its own rules over the common)
    echo_json({**common, **current} if kind else common)


@click.command("section-weight")
@click.argument("section_id", type=int)
@click.argument("weight", type=float)
@pass_state
def section_weight_cmd(state: CliState, section_id: int, weight: float) -> None:
    """Бүлгийн жин (7.5; `plans.score_groups` = sections үед) / a section's §7.5 weight."""
    from soum_desk.services.plans import tree as plans

    echo_json(plans.set_section_weight(state.context(), section_id, weight))


@click.command("summary")
@click.option("--period", required=True, help="Тайлант үе / period: 2024Q4, 2024H1, 2024")
@pass_state
def summary_cmd(state: CliState, period: str) -> None:
    """Үеийн товч үзүүлэлт (бүх төлөвлөгөө) / the period's figures across all plans, as JSON."""
    from soum_desk.services.plans import scoring as plans_scoring

    echo_json(plans_scoring.period_summary(state.context(), period))


EDIT_COMMANDS = [summary_cmd, deadlines_cmd, section_weight_cmd, new_cmd, add_section_cmd, add_goal_cmd, add_measure_cmd, move_cmd, delete_cmd, renumber_cmd,
                 attach_cmd]
