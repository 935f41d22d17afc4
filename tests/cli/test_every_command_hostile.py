"""Issue 19: no raw exception reaches a clerk from any command. Every command of `soum-desk` is run
with hostile values in every argument and required option — empty, very long, SQL-looking and
formula-looking text; negative and huge numbers; NaN; dates of year 1 and 9999; a missing file, a
folder, a file of garbage — and must end with a message and an exit code, never a traceback. A
message for an error the clerk can act on is bilingual."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from soum_desk.cli import cli
from soum_desk.config import resolve_paths
from tests.bundle.conftest import KEY_PASS, PASS, _open, open_demo_office

TEXTS = ["", "ж" * 5000, "2024Q9'; DROP TABLE petition;--", "\t=1+1", "../../../etc/passwd"]
INTEGERS = ["-1", "99999999999999999999999", "0", "-1", "7"]
FLOATS = ["nan", "1e309", "-5", "inf", "101"]
DATES = ["0001-01-01", "9999-12-31", "2026-02-30", "1899-12-31", "0001-01-01"]
CYRILLIC = re.compile("[А-Яа-яЁёӨөҮү]")
LATIN = re.compile("[A-Za-z]{3}")
SKIPPED = {("restore",)}  # covered by tests/reliability/test_restore_*: it replaces the database


def commands(group: click.Group = cli, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from commands(command, (*path, name))
        else:
            yield (*path, name), command


def _files(tmp_path: Path) -> list[str]:
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"PK\x03\x04 not really a workbook" * 10)
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    folder = tmp_path / "a-folder"
    folder.mkdir(exist_ok=True)
    return [str(garbage), str(tmp_path / "missing.xlsx"), str(folder), str(empty), str(garbage)]


def hostile_args(command: click.Command, round_: int, files: list[str]) -> list[str]:
    """Every argument and required option of `command` given a hostile value of its type."""
    args: list[str] = []
    for param in command.params:
        if not (param.required or isinstance(param, click.Argument)):
            continue
        kind = param.type
        if isinstance(param, click.Option) and param.is_flag:
            args.append(param.opts[0])
            continue
        if isinstance(kind, click.Choice):
            value = str(kind.choices[round_ % len(kind.choices)])
        elif isinstance(kind, click.types.IntParamType):
            value = INTEGERS[round_]
        elif isinstance(kind, click.types.FloatParamType):
            value = FLOATS[round_]
        elif isinstance(kind, (click.Path, click.File)):
            value = files[round_]
        elif isinstance(kind, click.DateTime) or kind.name in ("date", "datetime"):
            value = DATES[round_]
        else:
            value = TEXTS[round_]
        if isinstance(param, click.Option):
            args += [param.opts[0], value]
        else:
            args += [value] * (1 if param.nargs == 1 else 2)
    return args


def _crashes(data_dir: str, tmp_path: Path, round_: int, only: str | None = None) -> list[str]:
    files = _files(tmp_path)
    runner = CliRunner()
    crashes: list[str] = []
    for path, command in commands():
        if path in SKIPPED or (only and path[0] != only):
            continue
        args = ["--data-dir", data_dir, "--user", "head", *path, *hostile_args(command, round_, files)]
        result = runner.invoke(cli, args, env={"SOUM_DESK_PASSWORD": PASS, "SOUM_DESK_KEY_PASSPHRASE": KEY_PASS,
                                               "SOUM_DESK_NEW_PASSWORD": "x"}, input="")
        shown = (result.output or "") + (getattr(result, "stderr", "") or "")
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            crashes.append(f"{' '.join(path)}: {type(result.exception).__name__}: {result.exception!s:.200}")
        elif "Traceback" in shown:
            crashes.append(f"{' '.join(path)}: a traceback printed")
        elif result.exit_code and "Usage:" not in shown and not (CYRILLIC.search(shown) and LATIN.search(shown)):
            crashes.append(f"{' '.join(path)}: exit {result.exit_code} without a bilingual message: {shown[:200]!r}")
    return crashes


@pytest.mark.parametrize("round_", range(len(TEXTS)))
def test_every_command_answers_hostile_input_with_a_message(paths, data_templates, tmp_path, round_):
    ctx = open_demo_office(paths, data_templates)  # the demo office: every area has records
    office_dir = str(ctx.paths.data_dir)
    ctx.dispose()
    crashes = _crashes(office_dir, tmp_path, round_)
    assert crashes == [], "\n".join(crashes)


@pytest.mark.parametrize("round_", range(len(TEXTS)))
def test_every_province_command_answers_hostile_input_with_a_message(tmp_path, data_templates, round_):
    ctx = _open(resolve_paths(tmp_path / "province"), soum="", name="Сэлэнгэ аймгийн ЗДТГ", is_province=True,
                templates=data_templates)
    province_dir = str(ctx.paths.data_dir)
    ctx.dispose()
    crashes = _crashes(province_dir, tmp_path, round_, only="province")
    assert crashes == [], "\n".join(crashes)
