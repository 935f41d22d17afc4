"""`soum-desk letters|archive|attachments` end to end through click."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from soum_desk.cli import cli
from soum_desk.errors import SoumDeskError
from tests.conftest import CLERK_PASSWORD, HEAD_PASSWORD


@pytest.fixture
def run(ctx, paths):
    runner = CliRunner()

    def _run(*args, user="clerk", password=CLERK_PASSWORD):
        result = runner.invoke(cli, ["--data-dir", str(paths.data_dir), "--user", user, *args],
                               env={"SOUM_DESK_PASSWORD": password})
        if isinstance(result.exception, SoumDeskError):  # what `main()` prints, exit code 2
            return SimpleNamespace(exit_code=2, output=result.output + str(result.exception))
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result

    return _run


def test_letters_flow(run, tmp_path):
    r = run("letters", "register", "--direction", "in", "--date", "2024.01.05", "--counterpart", "Аймгийн ЗДТГ",
            "--subject", "Мэдээ ирүүлэх", "--reply", "--due", "2024.01.20")
    assert r.exit_code == 0, r.output
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 20)
    r = run("letters", "register", "--direction", "out", "--date", "2024.01.25", "--counterpart", "Аймгийн ЗДТГ",
            "--subject", "Хариу", "--answers", "1", "--attach", str(scan), "--json")
    assert json.loads(r.output)["attachments"][0]["mime"] == "image/png"
    stats = json.loads(run("letters", "stats", "--period", "2024Q1", "--json").output)
    assert stats["received"] == 1 and stats["answered_late"] == 1 and stats["sent"] == 1
    assert "Хоцорч" in run("letters", "list", "--direction", "in").output
    out = tmp_path / "o.pdf"
    assert run("letters", "report", "overdue", str(out)).exit_code == 0 and out.exists()
    assert run("letters", "report", "figures", str(tmp_path / "f.xlsx"), "--period", "2024").exit_code == 0
    assert run("attachments", "check").exit_code == 0
    bad = run("letters", "stats", "--period", "2024Q7")
    assert bad.exit_code == 2 and "2024Q4" in bad.output


def test_register_refuses_an_overlong_note(run):
    """Issue 19: `letters register --note` took any length; it is bounded like the form's text."""
    r = run("letters", "register", "--direction", "in", "--date", "2024.01.05", "--counterpart", "Аймгийн ЗДТГ",
            "--subject", "Мэдээ", "--note", "ж" * 4001)
    assert r.exit_code == 2 and "Тэмдэглэл" in r.output and "too long" in r.output
    assert "Мэдээ" not in run("letters", "list", "--direction", "in").output


def test_archive_flow(run, tmp_path):
    assert run("archive", "filelist", "create", "--year", "2015", "--unit", "Тамгын газар").exit_code == 0
    run("archive", "filelist", "add", "1", "--index", "01-02", "--title", "Бүртгэл", "--retention", "түр",
        "--years", "5")
    assert run("archive", "filelist", "approve", "1").exit_code == 2  # a clerk cannot approve
    assert run("archive", "filelist", "approve", "1", user="head", password=HEAD_PASSWORD).exit_code == 0
    run("archive", "units", "schedule", "1", "--on", "2016.06.03")
    run("archive", "units", "receive", "1", "--on", "2016.06.05")
    assert json.loads(run("archive", "units", "counts").output)["temporary"] == 1
    early = run("archive", "destroy", "1", "--act-no", "1", "--date", "2020.12.31")
    assert early.exit_code == 2 and "retention has not ended" in early.output
    assert run("archive", "destroy", "1", "--act-no", "1", "--date", "2021.02.01").exit_code == 0
    assert run("archive", "act", "approve", "1", user="head", password=HEAD_PASSWORD).exit_code == 0
    units = json.loads(run("archive", "units", "list", "--status", "destroyed").output)
    assert units[0]["act_id"] == 1
    for kind, extra in (("act", ["--id", "1"]), ("filelist", ["--id", "1"]), ("counts", [])):
        assert run("archive", "report", kind, str(tmp_path / f"{kind}.pdf"), *extra).exit_code == 0
