"""Mongolian alphabetical order inside SQL, for the paged lists sorted by a name (issue 14).

The database sorts text by code point: Ё, Ө and Ү come after Я, so «Хууль…» sorts before
«Хөдөлмөр…» and «Өлзийт» after «Яргайт». A custom collation would stop SQLite and PostgreSQL from
walking an index, and a million-row register would sort the whole table for every page (issue 18).

Instead the list sorts by an expression that both databases can index: Ё, Ө, Ү (and ё, ө, ү) written
as Е, О, У followed by a character above every Cyrillic letter (U+04FF), so «Ё…» sorts after every
«Е…» and before «Ж». Only built-in `replace()` is used, with the letters as literals in the SQL text
(not parameters), so the index expression and the ORDER BY expression are the same and the planner
uses the index. On PostgreSQL the key is compared byte by byte (`COLLATE "C"`), whatever the
database's locale.

Limits, measured against Python's `domain/collation.mongolian_key` (which the short lists use):
capitals still sort before small letters (SQLite's `lower()` folds only ASCII, and folding the 35
Cyrillic capitals with `replace()` nests deeper than SQLite's parser allows — «parser stack
overflow»), and numbers compare as text. Names of people and organisations start with a capital,
so for them the two orders agree.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

AFTER_EVERY_LETTER = "\u04ff"
OUT_OF_PLACE = {"ё": "е", "ө": "о", "ү": "у"}  # the Mongolian letters: each right after its neighbour


def replacements() -> list[tuple[str, str]]:
    """The (from, to) pairs, applied in this order."""
    pairs = [(letter.upper(), base.upper() + AFTER_EVERY_LETTER) for letter, base in OUT_OF_PLACE.items()]
    return pairs + [(letter, base + AFTER_EVERY_LETTER) for letter, base in OUT_OF_PLACE.items()]


def order_key_sql(column_sql: str) -> str:
    """The key expression around a column's SQL text (also used by the migration's indexes)."""
    sql = column_sql
    for old, new in replacements():
        sql = f"replace({sql}, '{old}', '{new}')"
    return sql


class mongolian_order(FunctionElement):  # noqa: N801 - used like a SQL function
    """`ORDER BY mongolian_order(Petition.official_name)`: the column in the Mongolian alphabet."""

    type = String()
    name = "mongolian_order"
    inherit_cache = True


@compiles(mongolian_order)
def _compile(element: mongolian_order, compiler: SQLCompiler, **kw: Any) -> str:
    return order_key_sql(compiler.process(element.clauses, **kw))


@compiles(mongolian_order, "postgresql")
def _compile_postgresql(element: mongolian_order, compiler: SQLCompiler, **kw: Any) -> str:
    return f'({order_key_sql(compiler.process(element.clauses, **kw))}) COLLATE "C"'
