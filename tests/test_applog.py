"""The log file in the data folder: created at start, rotated, faults captured, no secrets (issue 14)."""

from __future__ import annotations

import faulthandler
import logging
import subprocess
import sys

from click.testing import CliRunner

from soum_desk import applog
from soum_desk.cli import cli
from tests.conftest import ADMIN_PASSWORD


def test_the_log_is_written_in_the_data_folder_and_rotated(tmp_path):
    path = applog.setup_logging(tmp_path, max_bytes=2000, backup_count=2, faults=False)
    assert path == tmp_path / "logs" / "soumdesk.log"
    assert applog.current_log_path() == path
    for n in range(100):
        logging.getLogger("soum_desk.services.x").info("event number %d of a busy day", n)
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["soumdesk.log", "soumdesk.log.1", "soumdesk.log.2"]  # five in the app; two here
    assert all(p.stat().st_size <= 2100 for p in path.parent.iterdir())
    assert "event number 99" in path.read_text(encoding="utf-8")


def test_a_second_set_up_moves_the_log_rather_than_doubling_it(tmp_path):
    first = applog.setup_logging(tmp_path / "a", faults=False)
    second = applog.setup_logging(tmp_path / "b", faults=False)
    logging.getLogger("soum_desk").info("only once")
    assert "only once" not in first.read_text(encoding="utf-8")
    assert second.read_text(encoding="utf-8").count("only once") == 1


def test_a_hard_crash_leaves_its_stack_in_the_crash_file(tmp_path):
    code = ("import faulthandler, pathlib, sys; from soum_desk import applog;"
            f"applog.setup_logging(pathlib.Path({str(tmp_path)!r}));"
            "faulthandler._sigsegv()")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    crash = (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in crash and "Segmentation fault" in crash


def test_pytests_own_faulthandler_is_left_alone(tmp_path):
    assert faulthandler.is_enabled()  # pytest's, to stderr
    applog.setup_logging(tmp_path)
    assert not (tmp_path / "logs" / "crash.log").exists()


def test_a_cli_command_logs_its_events_but_not_the_password(ctx, monkeypatch):
    monkeypatch.setenv("SOUM_DESK_PASSWORD", ADMIN_PASSWORD)
    result = CliRunner().invoke(cli, ["--data-dir", str(ctx.paths.data_dir), "--user", "admin", "backup"])
    assert result.exit_code == 0, result.output
    logged = (ctx.paths.data_dir / "logs" / "soumdesk.log").read_text(encoding="utf-8")
    assert "started" in logged and "backup written (manual)" in logged
    assert ADMIN_PASSWORD not in logged


def test_the_command_lines_uncaught_exception_is_logged_and_still_printed(tmp_path, monkeypatch, capsys):
    import threading

    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    path = applog.setup_logging(tmp_path, faults=False)
    applog.install_cli_hooks()
    try:
        raise LookupError("a bug in a command")
    except LookupError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "LookupError: a bug in a command" in path.read_text(encoding="utf-8")
    assert "LookupError: a bug in a command" in capsys.readouterr().err


def test_a_log_that_cannot_be_written_stays_quiet(tmp_path, capsys):
    path = applog.setup_logging(tmp_path, faults=False)
    logging.getLogger("soum_desk").handlers[-1].close()
    path.unlink()
    path.mkdir()  # the file cannot be opened now (as on a full disk or a refused rotation)
    logging.getLogger("soum_desk.x").warning("nowhere to go")
    assert "Logging error" not in capsys.readouterr().err
