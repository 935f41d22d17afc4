"""Numbers typed on the command line, bounded before they reach the database.

Click's own INT and FLOAT accept any Python int or float: «99999999999999999999» as a record number
ended in a raw OverflowError from SQLite, «nan» or «inf» as a percent passed every range check
(issue 19). Every integer and float option of `soum-desk` uses these types instead
(`bound_numbers`, applied once to the whole command tree).
"""

from __future__ import annotations

import math
from typing import Any

import click

LARGEST = 2**31 - 1  # PostgreSQL's INTEGER; SQLite's limit is larger


class BoundedInt(click.ParamType):
    name = "integer"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            number = value
        else:
            try:
                number = int(str(value).strip())
            except ValueError:
                self.fail(f"«{value}» бүхэл тоо биш. / «{value}» is not a whole number.", param, ctx)
        if not -LARGEST <= number <= LARGEST:
            self.fail(f"«{value}» хэт их тоо. / «{value}» is too large a number.", param, ctx)
        return number


class FiniteFloat(click.ParamType):
    name = "float"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        try:
            number = float(str(value).strip().replace(",", "."))  # 97,5 as the office writes it
        except ValueError:
            self.fail(f"«{value}» тоо биш. / «{value}» is not a number.", param, ctx)
        if not math.isfinite(number) or abs(number) > 1e9:
            self.fail(f"«{value}» тоо биш эсвэл хэт их. / «{value}» is not a usable number.", param, ctx)
        return number


BOUNDED_INT, FINITE_FLOAT = BoundedInt(), FiniteFloat()


def bound_numbers(command: click.Command) -> None:
    """Give every plain integer and float parameter under `command` the bounded types."""
    for param in command.params:
        if param.type is click.INT:
            param.type = BOUNDED_INT
        elif param.type is click.FLOAT:
            param.type = FINITE_FLOAT
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            bound_numbers(sub)
