"""`soum-desk users …`: add, list, change role, (de)activate, unlock, set a password."""

from __future__ import annotations

import os

import click

from soum_desk.cli.common import CliState, echo_json, pass_state


@click.group("users")
def users_group() -> None:
    """Хэрэглэгчид / users."""


@users_group.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice(["admin", "clerk", "head", "viewer"]), required=True)
@click.option("--name", "full_name", default="", help="Овог нэр / full name")
@click.option("--position", default=None, help="Албан тушаал / position")
@click.option("--new-password-env", default="SOUM_DESK_NEW_PASSWORD", show_default=True,
              help="Шинэ хэрэглэгчийн нууц үгийг авах орчны хувьсагч / env var with the new password")
@pass_state
def users_add(state: CliState, username: str, role: str, full_name: str, position: str | None,
              new_password_env: str) -> None:
    """Хэрэглэгч нэмэх / add a user."""
    from soum_desk.services.core import users

    ctx = state.context()
    password = os.environ.get(new_password_env) or click.prompt(
        f"{username}: шинэ нууц үг / new password", hide_input=True, confirmation_prompt=True, err=True)
    result = users.create_user(ctx, username, password, role, full_name, position)
    click.echo(f"{result['username']} ({result['role']})")


@users_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@pass_state
def users_list(state: CliState, as_json: bool) -> None:
    """Хэрэглэгчдийн жагсаалт / list users."""
    from soum_desk.services.core import users

    rows = users.list_users(state.context())
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        lock = f" түгжээтэй/locked until {row['locked_until']}" if row["locked_until"] else ""
        click.echo(f"{row['username']:<16} {row['role']:<8} {row['full_name']}{lock}")


@users_group.command("unlock")
@click.argument("username")
@pass_state
def users_unlock(state: CliState, username: str) -> None:
    """Түгжээ тайлах / unlock an account."""
    from soum_desk.services.core import users

    users.unlock(state.context(), username)
    click.echo(f"{username}: тайллаа / unlocked")


@users_group.command("passwd")
@click.argument("username")
@click.option("--new-password-env", default="SOUM_DESK_NEW_PASSWORD", show_default=True)
@pass_state
def users_passwd(state: CliState, username: str, new_password_env: str) -> None:
    """Нууц үг солих / set a password."""
    from soum_desk.services.core import users

    ctx = state.context()
    password = os.environ.get(new_password_env) or click.prompt(
        "Шинэ нууц үг / new password", hide_input=True, confirmation_prompt=True, err=True)
    users.set_password(ctx, username, password)
    click.echo("OK")


@users_group.command("set-role")
@click.argument("username")
@click.argument("role", type=click.Choice(["admin", "clerk", "head", "viewer"]))
@click.option("--name", "full_name", default=None, help="Овог нэр / full name")
@click.option("--position", default=None, help="Албан тушаал / position")
@pass_state
def users_set_role(state: CliState, username: str, role: str, full_name: str | None, position: str | None) -> None:
    """Эрх солих / change a user's role (a role that signs reports needs a full name and position)."""
    from soum_desk.services.core import users

    row = users.update_user(state.context(), username, role=role, full_name=full_name, position=position)
    click.echo(f"{row['username']} ({row['role']})")


@users_group.command("set-details")
@click.argument("username")
@click.option("--name", "full_name", default=None, help="Овог нэр / full name")
@click.option("--position", default=None, help="Албан тушаал / position")
@pass_state
def users_set_details(state: CliState, username: str, full_name: str | None, position: str | None) -> None:
    """Овог нэр, албан тушаал засах / change a user's full name and position (printed on reports)."""
    from soum_desk.services.core import users

    row = users.update_user(state.context(), username, full_name=full_name, position=position)
    click.echo(f"{row['username']}: {row['full_name']}, {row['position'] or ''}")


@users_group.command("deactivate")
@click.argument("username")
@pass_state
def users_deactivate(state: CliState, username: str) -> None:
    """Идэвхгүй болгох (устгахгүй) / deactivate an account (never deleted)."""
    from soum_desk.services.core import users

    users.update_user(state.context(), username, active=False)
    click.echo(f"{username}: идэвхгүй / inactive")


@users_group.command("activate")
@click.argument("username")
@pass_state
def users_activate(state: CliState, username: str) -> None:
    """Дахин идэвхжүүлэх / activate an account again."""
    from soum_desk.services.core import users

    users.update_user(state.context(), username, active=True)
    click.echo(f"{username}: идэвхтэй / active")
