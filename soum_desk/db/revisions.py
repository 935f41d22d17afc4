"""The migration files' revision chain, read from their `revision`/`down_revision` assignments
without importing Alembic or SQLAlchemy (start-up compares it with `alembic_version` before the
sign-in dialog with plain sqlite3, issue 18; `db/migrate` runs the migrations)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"


# `revision = "…"` / `down_revision: str | None = None` at the start of a line: what Alembic's
# template writes. A regular expression, not `ast.parse`: parsing every file cost ~10 ms before the
# sign-in dialog. tests/db/test_migrations.py checks the chain against Alembic's own reading.
_ASSIGNED = re.compile(r"""^(revision|down_revision)[ \t]*(?::[^=\n]*)?=[ \t]*(None|"[^"\n]*"|'[^'\n]*')[ \t]*(?:#.*)?$""",
                       re.MULTILINE)


def _declared(path: Path) -> tuple[str | None, str | None]:
    """(revision, down_revision) assigned at the top of a migration file."""
    found: dict[str, str | None] = {}
    for name, value in _ASSIGNED.findall(path.read_text(encoding="utf-8")):
        found.setdefault(name, None if value == "None" else value[1:-1])
    return found.get("revision"), found.get("down_revision")


@cache
def all_revisions() -> tuple[str, ...]:
    """Revisions from the first to the head (one straight line, as this project keeps them)."""
    children: dict[str | None, str] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        revision, down = _declared(path)
        if revision is None:
            continue
        if down in children:
            raise RuntimeError(f"two migrations follow {down!r}: {children[down]} and {revision}; merge them")
        children[down] = revision
    chain, current = [], None
    while current in children:
        current = children[current]
        chain.append(current)
    if len(chain) != len(children):
        raise RuntimeError("the migration files do not form one chain from the base")
    return tuple(chain)


def head_revision() -> str:
    return all_revisions()[-1]
