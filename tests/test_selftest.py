"""The self-test, run from source (the built program runs it in tests/installer)."""

from __future__ import annotations

import pytest

from soum_desk import selftest
from soum_desk.cli import cli


def test_every_check_passes_from_source(qapp, tmp_path):
    lines: list[str] = []
    results = selftest.run(lines.append, workdir=tmp_path / "work")
    assert [r.key for r in results] == [key for key, _label, _step in selftest.STEPS]
    failed = [r.line() for r in results if not r.ok]
    assert not failed
    assert len(lines) == len(results)
    assert all(line.startswith("[ OK ]") for line in lines)


def test_a_failing_check_is_reported_and_later_checks_still_run(monkeypatch, tmp_path):
    def broken(_run):  # noqa: ANN001, ANN202
        raise selftest.CheckFailed("бичих боломжгүй / cannot write")

    steps = [(k, label, broken if k == "pdf" else step) for k, label, step in selftest.STEPS if k != "ui"]
    monkeypatch.setattr(selftest, "STEPS", steps)
    results = {r.key: r for r in selftest.run(None, workdir=tmp_path)}
    assert not results["pdf"].ok and "cannot write" in results["pdf"].detail
    assert results["xlsx"].ok and results["backup"].ok


def test_dependent_checks_do_not_run_without_a_database(monkeypatch, tmp_path):
    def no_database(_run):  # noqa: ANN001, ANN202
        raise OSError("disk full")

    steps = [(k, label, no_database if k == "database" else step) for k, label, step in selftest.STEPS
             if k != "ui"]
    monkeypatch.setattr(selftest, "STEPS", steps)
    results = {r.key: r for r in selftest.run(None, workdir=tmp_path)}
    assert "OSError: disk full" in results["database"].detail
    assert not results["office"].ok and "earlier check" in results["office"].detail
    assert results["pdf"].ok


def test_cli_flag_exits_with_the_result(monkeypatch):
    from click.testing import CliRunner

    monkeypatch.setattr(selftest, "main", lambda: 1)
    result = CliRunner().invoke(cli, ["--self-test"])
    assert result.exit_code == 1
    monkeypatch.setattr(selftest, "main", lambda: 0)
    assert CliRunner().invoke(cli, ["--self-test", "backup"]).exit_code == 0


@pytest.mark.parametrize("stream_missing", [True, False])
def test_main_prints_a_summary(monkeypatch, capsys, stream_missing, tmp_path):
    monkeypatch.setattr(selftest, "STEPS", [s for s in selftest.STEPS if s[0] in ("pdf", "xlsx")])
    if stream_missing:
        monkeypatch.setattr("sys.stdout", None)
    assert selftest.main() == 0
    if not stream_missing:
        assert capsys.readouterr().out.splitlines()[-1].endswith("all 2 checks passed")


def test_licence_check_fails_when_a_component_has_no_text(monkeypatch, tmp_path):
    from soum_desk import licences

    kept = [n for n in licences.collect() if n.name != "Qt"]
    monkeypatch.setattr(licences, "notices", lambda extras=(): kept)
    steps = [step for step in selftest.STEPS if step[0] in ("licences",)]
    monkeypatch.setattr(selftest, "STEPS", steps)
    result = selftest.run(None, workdir=tmp_path)[0]
    assert not result.ok and "no licence text for Qt" in result.detail
