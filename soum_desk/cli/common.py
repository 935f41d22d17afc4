"""Shared CLI plumbing: paths, opening the database, signing in, printing errors."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import click

from soum_desk.config import AppPaths, resolve_paths
from soum_desk.errors import EnvironmentProblem, SoumDeskError

EXIT_USER_ERROR = 2
EXIT_ENVIRONMENT = 3


class DateType(click.ParamType):
    """«2024.03.05», «2024-03-05» or «05.03.2024»."""

    name = "date"

    def convert(self, value, param, ctx):
        from soum_desk.domain.formatting import parse_date

        if isinstance(value, date):
            return value
        try:
            return parse_date(value)
        except ValueError:
            self.fail(f"огноо буруу / invalid date: {value!r}", param, ctx)


DATE = DateType()


@dataclass
class CliState:
    data_dir: str | None
    db_url: str | None
    username: str | None
    lang: str = "mn"
    province: bool = False
    _ctx: Any = field(default=None, repr=False)

    def paths(self) -> AppPaths:
        return resolve_paths(self.data_dir, self.db_url)

    def context(self, *, login: bool = True, migrate_now: bool = True):
        """The service context, signed in as --user (password from SOUM_DESK_PASSWORD or a prompt)."""
        from soum_desk.services.core import users
        from soum_desk.services.core.startup import open_context

        if self._ctx is None:
            self._ctx = open_context(self.paths(), migrate_now=migrate_now)
            self._ctx.lang = self.lang
        if login and self._ctx.actor is None:
            username = self.username or click.prompt("Нэвтрэх нэр / user", err=True)
            password = os.environ.get("SOUM_DESK_PASSWORD")
            if password is None:
                password = click.prompt("Нууц үг / password", hide_input=True, err=True)
            self._ctx = self._ctx.as_actor(users.authenticate(self._ctx, username, password))
        return self._ctx

    def close(self) -> None:
        if self._ctx is not None:
            self._ctx.dispose()
            self._ctx = None


def printable(text: str) -> str:
    """`text` a terminal can print: a file name that is not UTF-8 (a stick written under another
    code page) arrives with lone surrogates, and printing those would crash the command."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def echo_json(value: Any) -> None:
    click.echo(printable(json.dumps(value, ensure_ascii=False, indent=2, default=str)))


@contextlib.contextmanager
def handle_errors() -> Iterator[None]:
    """Print a clear bilingual message for errors the user can act on; exit non-zero."""
    try:
        yield
    except EnvironmentProblem as exc:
        click.echo(f"Алдаа (орчин) / Error (environment): {exc}", err=True)
        sys.exit(EXIT_ENVIRONMENT)
    except SoumDeskError as exc:
        click.echo(f"Алдаа / Error: {exc}", err=True)
        sys.exit(EXIT_USER_ERROR)


def echo_problems(preview: Any, limit: int = 200) -> None:
    """An import preview's problems, repeats told once with their rows (`ImportPreview.grouped`)."""
    groups = preview.grouped()
    for g in groups[:limit]:
        label = "алдаа/error" if g.severity == "error" else "анхааруулга/warning"
        click.echo(f"  [{label}] {g.text('mn')} / {g.text('en')}", err=True)
    if len(groups) > limit:
        click.echo(f"  … {len(groups) - limit}", err=True)


def refuse_dry_run_with_errors(preview: Any) -> None:
    """A dry run whose file has rows with errors exits 1, so a script notices before the real import."""
    errors = len(preview.errors)
    if errors:
        raise click.ClickException(f"{errors} мөр алдаатай; жинхэнэ импорт тэдгээрийг алгасна (--dry-run, юу ч "
                                   f"бичээгүй). / {errors} rows have errors; a real import would skip them "
                                   "(--dry-run, nothing written).")


def refuse_skipped_rows(preview: Any, imported: int, *, also_imported: Any = ()) -> None:
    """A real import whose file had rows with errors imported the good rows and exits 1, so a
    script (or the clerk reading the last line) knows part of the file is still not in.
    `also_imported`: rows with a problem the import resolved (a bag it registered), not skipped."""
    resolved = {(getattr(r, "sheet", None), getattr(r, "row", None)) for r in also_imported}
    errors = len({(getattr(e, "sheet", None), getattr(e, "row", None)) for e in preview.errors} - resolved)
    if errors:
        raise click.ClickException(f"{imported} мөр оруулсан; {errors} мөр алдаатай тул оруулаагүй — засаад дахин "
                                   f"импортлоно уу. / {imported} rows imported; {errors} rows have errors and were "
                                   "not imported — fix them and import the file again.")


pass_state = click.make_pass_decorator(CliState)
