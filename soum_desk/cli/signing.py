"""The options every report command shares: who signs it, and its date and place.

`--checked-by`, `--reported-by` and `--compiled-by` take a login name (the report prints the
user's full name and position), or «-» for a block filled in by hand; a block left out takes the
one last chosen for the same report kind. `--report-date` (default today, or the day a report counts to) and `--place` (default the
office's place) are printed under the title.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

from soum_desk.cli.common import DATE
from soum_desk.services.core import signing as report_signing
from soum_desk.services.core.context import AppContext
from soum_desk.services.core.signing import Signing

T = TypeVar("T")

_OPTIONS = (
    click.option("--checked-by", default=None, metavar="LOGIN",
                 help="ХЯНАСАН: нэвтрэх нэр, «-» гараар / login name of who checked, «-» by hand"),
    click.option("--reported-by", default=None, metavar="LOGIN",
                 help="ТАЙЛАГНАСАН: нэвтрэх нэр / login name of who reported"),
    click.option("--compiled-by", default=None, metavar="LOGIN",
                 help="БИЕЛЭЛТИЙГ НЭГТГЭСЭН: нэвтрэх нэр / login name of who compiled"),
    click.option("--report-date", type=DATE, default=None,
                 help="Тайлангийн огноо (өнөөдөр; тоо гаргасан өдрийн тайланд тэр өдөр) / the report's date "
                      "(today; a report counted to a day: that day)"),
    click.option("--place", default=None,
                 help="Тайлан гаргасан газар (байгууллагын тохиргооноос) / place (the office's setting)"),
)


def signing_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add the five options; the command receives them as one `given: Signing`."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        given = Signing(kwargs.pop("checked_by"), kwargs.pop("reported_by"), kwargs.pop("compiled_by"),
                        kwargs.pop("report_date"), kwargs.pop("place"))
        return func(*args, given=given, **kwargs)

    for option in reversed(_OPTIONS):
        wrapper = option(wrapper)
    return wrapper


def signed(ctx: AppContext, kind: str, given: Signing, make: Callable[[Signing], T]) -> T:
    """Make the report with `given` (unchosen blocks: the remembered ones); remember the choice."""
    chosen = report_signing.with_remembered(ctx, kind, given)
    result = make(chosen)
    report_signing.remember(ctx, kind, chosen)
    return result
