"""A writer process for the kill -9 tests: random service writes, each id printed once saved.

Run as `python -m tests.reliability.crash_writer DATA_DIR SEED MEASURE_IDS`; prints READY,
then one line per write that returned ("P id", "L id", "G progress_id"), flushed at once.
"""

from __future__ import annotations

import random
import sys
from datetime import date, datetime, timedelta

from soum_desk.config import resolve_paths
from soum_desk.services.core import users
from soum_desk.services.core.startup import open_context
from soum_desk.services.letters import actions as letters
from soum_desk.services.petitions import actions as petitions
from soum_desk.services.plans import progress as plans_progress

PERSON = {"name": "Б.Болд", "register_no": "УБ85010112", "phone": "99112233", "bag": "1-р баг"}


def _print_line(line: str) -> None:
    print(line, flush=True)


def main(data_dir: str, seed: int, measures: list[int], emit=_print_line) -> None:  # noqa: ANN001
    """Write until killed; `emit` gets one line per saved record, after the service returned."""
    rnd = random.Random(seed)
    ctx = open_context(resolve_paths(data_dir))
    ctx = ctx.as_actor(users.authenticate(ctx, "clerk", "clerk-pass-1"))
    emit("READY")
    while True:
        kind, ident = one_write(ctx, rnd, measures)
        emit(f"{kind} {ident}")


def one_write(ctx, rnd: random.Random, measures: list[int]) -> tuple[str, int]:  # noqa: ANN001
    """One random service write as the clerk: ("P", petition id), ("L", letter id) or ("G", progress id)."""
    op = rnd.choice("PLG")
    if op == "P":
        p = petitions.register(ctx, received_at=datetime(2024, 3, 5, 10) + timedelta(hours=rnd.randint(0, 5000)),
                               channel="written", kind="request", summary=f"Газар олгох хүсэлт {rnd.random()}",
                               topic="Газар олголт, газрын маргаан", bag="1-р баг", petitioner=PERSON)
        return "P", p["id"]
    if op == "L":
        row = letters.register_letter(ctx, direction=rnd.choice(["in", "out"]),
                                      reg_date=date(2024, 1, 1) + timedelta(days=rnd.randint(0, 300)),
                                      counterpart="Аймгийн ЗДТГ", subject=f"Мэдээ {rnd.random()}")
        return "L", row["id"]
    row = plans_progress.record_progress(ctx, rnd.choice(measures), rnd.choice(["2024Q1", "2024Q2", "2024Q3"]),
                                         narrative=f"Хийсэн {rnd.random()}",
                                         self_percent=rnd.choice([None, 0, 50, 100]))
    return "G", row["id"]


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), [int(x) for x in sys.argv[3].split(",")])
