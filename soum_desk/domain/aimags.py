"""The 21 aimags and the capital (ISO 3166-2:MN), read from resources/data/aimags.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from soum_desk.config import resources_dir


@dataclass(frozen=True)
class Aimag:
    code: str
    mn: str
    en: str
    centre_mn: str
    capital: bool = False


@cache
def all_aimags() -> tuple[Aimag, ...]:
    data = json.loads((resources_dir() / "data" / "aimags.json").read_text(encoding="utf-8"))
    return tuple(Aimag(**row) for row in data["aimags"])


def by_code(code: str) -> Aimag | None:
    return next((a for a in all_aimags() if a.code == code), None)
