"""The digest of what a bundle says about its period, kept at export and recomputed to see
whether the period has changed since (`services/bundle/changes`).

Only what describes the period goes in. The archive's «held now» counts describe the day of the
export, not the period, so they are left out: otherwise every unit received into the archive would
mark every period sent before as changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any


def _stable_rows(table: str, rows: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    if table == "archive_counts":  # units held on the day of the export
        return []
    if table == "archive_detail":
        return [r for r in rows if r.get("measure") != "held_now"]
    return list(rows)


def content_digest(tables: Mapping[str, Sequence[Mapping[str, Any]]]) -> str:
    """SHA-256 over the period's public tables.

    Sealed personal tables and the office's own details (a renamed office is not a changed period)
    are left out.
    """
    stable = {name: _stable_rows(name, rows) for name, rows in sorted(tables.items())
              if not name.startswith("personal_") and name != "office"}
    text = json.dumps(stable, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
