"""Which of many values (or pairs of values) a table already holds, in one query on SQLite.

An import's preview asks this for every row of the file at once (20,000 import keys, 20,000
year-and-number pairs). Bound `IN (…)` lists needed one statement per few hundred values and
SQLAlchemy built each statement anew (~0.45 s for 20,000 rows); on SQLite the values go in as one
JSON array that `json_each` walks, each looked up through the table's unique index. Elsewhere
(PostgreSQL) the chunked `IN` lists stay.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import Table, select, text, tuple_
from sqlalchemy.orm import Session

CHUNK = 400


def existing(session: Session, model: Any, names: Sequence[str], wanted: Collection[tuple]) -> set[tuple]:
    """The tuples of `wanted` (values of the model's columns `names`) that some row holds.

    The names are the model's own (never text from a file); on SQLite the columns must be covered
    by an index for the lookup to be quick."""
    if not wanted:
        return set()
    table_: Table = model.__table__
    columns = [table_.c[name] for name in names]
    table = table_.name
    if session.get_bind().dialect.name == "sqlite":
        picked = ", ".join(f"t.{c.name}" for c in columns)
        match = " AND ".join(f"t.{c.name} = json_extract(j.value, '$[{i}]')" for i, c in enumerate(columns))
        sql = f"SELECT DISTINCT {picked} FROM json_each(:wanted) AS j CROSS JOIN {table} AS t ON {match}"
        found = session.execute(text(sql), {"wanted": json.dumps([list(w) for w in wanted])})
        return {tuple(row) for row in found}
    values = list(wanted)
    result: set[tuple] = set()
    key = tuple_(*columns) if len(columns) > 1 else columns[0]
    for start in range(0, len(values), CHUNK):
        chunk = values[start:start + CHUNK]
        chosen = chunk if len(columns) > 1 else [v[0] for v in chunk]
        result |= {tuple(row) for row in session.execute(select(*columns).where(key.in_(chosen)))}
    return result
