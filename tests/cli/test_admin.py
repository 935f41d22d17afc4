"""The foundation's commands, run the way a script runs them (no prompts)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from soum_desk.cli import cli
from tests.conftest import copy_data

ENV = {"SOUM_DESK_PASSWORD": "admin-pass-1", "SOUM_DESK_USER": "admin", "SOUM_DESK_NEW_PASSWORD": "clerk-pass-1"}


@pytest.fixture
def home(tmp_path):
    return tmp_path / "office"


def run(home, *args, code=0, env=None):
    result = CliRunner().invoke(cli, ["--data-dir", str(home), *args], env={**ENV, **(env or {})},
                                catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


@pytest.fixture(scope="session")
def office_template(tmp_path_factory):
    """`init --demo` once per session (seconds); each test gets a copy of the folder."""
    home = tmp_path_factory.mktemp("cli-office") / "office"
    run(home, "init", "--aimag", "MN-065", "--soum", "Есөнбулаг", "--office", "Есөнбулаг сумын ЗДТГ",
        "--admin", "admin", "--bags", "1-р баг,2-р баг", "--demo")
    return home


@pytest.fixture
def office_home(home, office_template):
    return copy_data(office_template, home)


def test_init_creates_the_database_and_refuses_a_second_time(office_home):
    assert (office_home / "soumdesk.sqlite3").is_file()
    result = run(office_home, "init", "--aimag", "MN-065", "--soum", "X", "--office", "X", "--admin", "a", code=2)
    assert "already set up" in result.output


def test_init_with_a_wrong_aimag_names_the_option(home):
    result = run(home, "init", "--aimag", "MN-999", "--soum", "X", "--office", "X", "--admin", "a", code=2)
    assert "--aimag" in result.output and "MN-999" in result.output


def test_users_add_and_list(office_home):
    run(office_home, "users", "add", "clerk", "--role", "clerk", "--name", "Г.Ажилтан", "--position", "Мэргэжилтэн")
    listing = run(office_home, "users", "list").output
    assert "clerk" in listing and "Г.Ажилтан" in listing
    # the new clerk can sign in, and may not add users
    result = run(office_home, "--user", "clerk", "users", "add", "x", "--role", "viewer", code=2,
                 env={"SOUM_DESK_PASSWORD": "clerk-pass-1"})
    assert "may not" in result.output


def test_users_add_refuses_the_persons_own_name_as_password(office_home):
    """Issue 19: the CLI gets the same policy and a bilingual message naming the field."""
    result = run(office_home, "users", "add", "bold", "--role", "clerk", "--name", "Б.Болд", "--position", "Мэргэжилтэн", code=2,
                 env={"SOUM_DESK_NEW_PASSWORD": "Болд2024!"})
    assert "хүний эсвэл байгууллагын нэр" in result.output and "the person's or the office's name" in result.output
    assert "Traceback" not in result.output


def test_audit_verify_names_a_dropped_trigger(office_home):
    conn = sqlite3.connect(office_home / "soumdesk.sqlite3")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.commit()
    conn.close()
    result = run(office_home, "audit", "verify", code=1)
    assert "forbids deleting audit entries" in result.output and "устгахыг хориглох" in result.output
    assert "#None" not in result.output


def test_wrong_password_exits_with_a_message(office_home):
    result = run(office_home, "users", "list", code=2, env={"SOUM_DESK_PASSWORD": "wrong-pass"})
    assert "Wrong user name or password" in result.output


def test_audit_verify_ok_then_broken(office_home):
    assert "OK" in run(office_home, "audit", "verify").output
    conn = sqlite3.connect(office_home / "soumdesk.sqlite3")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = 2")
    conn.commit()
    conn.close()
    result = run(office_home, "audit", "verify", code=1)
    assert "#2" in result.output and "BROKEN" in result.output


def test_backup_and_restore(office_home, tmp_path):
    target = tmp_path / "copy.sqlite3"
    run(office_home, "backup", "--to", str(target))
    assert target.is_file()
    run(office_home, "users", "add", "late", "--role", "viewer")
    result = run(office_home, "restore", str(target), "--yes")
    assert "pre-restore" in result.output
    assert "late" not in run(office_home, "users", "list").output
    assert "OK" in run(office_home, "audit", "verify").output


def test_db_current_and_upgrade(office_home):
    from soum_desk.db import migrate

    head = migrate.head_revision()
    assert run(office_home, "db", "current").output.startswith(f"{head} (head {head})")
    assert head in run(office_home, "db", "upgrade").output


def test_settings_set_is_validated(office_home):
    run(office_home, "settings", "set", "backup.keep_recent", "5")
    assert '"backup.keep_recent": 5' in run(office_home, "settings", "list").output
    run(office_home, "settings", "set", "no.such.key", "1", code=2)


def test_the_console_command_runs_as_a_process(office_home):
    done = subprocess.run([sys.executable, "-m", "soum_desk", "--data-dir", str(office_home), "audit", "list",
                           "--limit", "3"], capture_output=True, text=True, env={**ENV, "PATH": ""}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "auth.login" in done.stdout


def test_audit_list_filters(office_home):
    from datetime import date, timedelta

    today = date.today().isoformat()
    out = run(office_home, "audit", "list", "--action", "office.", "--since", today, "--until", today).output
    assert "office.create" in out and "auth.login" not in out
    assert "«Байгууллагыг бүртгэсэн»" in out  # the action in words beside its code
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert run(office_home, "audit", "list", "--since", tomorrow).output == ""
    assert "user.create" in run(office_home, "audit", "list", "--text", "admin").output
    run(office_home, "audit", "list", "--since", "23.11.2026", code=2)


def test_user_role_and_activation_commands(office_home):
    run(office_home, "users", "add", "clerk", "--role", "clerk", "--name", "Г.Ажилтан", "--position", "Мэргэжилтэн")
    assert "clerk (head)" in run(office_home, "users", "set-role", "clerk", "head").output
    run(office_home, "users", "deactivate", "clerk")
    result = run(office_home, "--user", "clerk", "users", "list", code=2, env={"SOUM_DESK_PASSWORD": "clerk-pass-1"})
    assert "Wrong user name or password" in result.output
    run(office_home, "users", "activate", "clerk")
    run(office_home, "--user", "clerk", "audit", "verify", env={"SOUM_DESK_PASSWORD": "clerk-pass-1"})
    result = run(office_home, "users", "deactivate", "admin", code=2)
    assert "administrator" in result.output


def test_office_commands(office_home):
    import json

    run(office_home, "office", "set", "--name", "Есөнбулаг сумын ЗДТГ (шинэ)", "--place", "Есөнбулаг")
    run(office_home, "office", "bags", "1-р баг", "Хужирт")
    run(office_home, "office", "units", "Тамгын газар")
    info = json.loads(run(office_home, "office", "show").output)
    assert info["name"] == "Есөнбулаг сумын ЗДТГ (шинэ)"
    assert info["bags"] == ["1-р баг", "Хужирт"] and info["units"] == ["Тамгын газар"]
    run(office_home, "office", "set", code=2)


def test_backup_list(office_home):
    run(office_home, "backup")
    listing = run(office_home, "backup", "--list").output
    assert "manual" in listing and "soumdesk-" in listing
