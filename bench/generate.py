"""Synthetic data for benchmarks: an initialised office plus data from registered generators.

    python -m bench.generate --scale realistic --out /tmp/office      # a year of one soum office
    python -m bench.generate --scale x10 --out /tmp/big --only audit  # ten times that

A generator is a function `gen(ctx, scale) -> str` (a one-line summary) registered in
`GENERATORS` under a name. Areas add theirs from their own module and list the module
in `GENERATOR_MODULES`, e.g. in bench/plans_data.py:

    from bench.generate import GENERATORS, Scale

    def plans(ctx, scale: Scale) -> str:
        n = scale.count(800)           # 800 plan actions in a realistic office
        ...                            # bulk-insert with SQLAlchemy Core, not the ORM
        return f"{n} plan actions"

    GENERATORS["plans"] = plans

Generators run in the order registered. Data is deterministic (`scale.rng` is seeded),
so two runs build the same office. Bulk paths use Core inserts: ORM add_all is ~14×
slower (DESIGN.md figures), and a benchmark database should take seconds, not minutes.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from soum_desk.config import AppPaths, resolve_paths
from soum_desk.db.models import AuditEntry, Setting
from soum_desk.services.core import audit, office, users
from soum_desk.services.core.context import AppContext
from soum_desk.services.core.startup import open_context

ADMIN = "admin"
PASSWORD = "bench-pass-1"  # synthetic offices only; never a default of the real app
SCALES = {"realistic": 1, "x10": 10}


@dataclass
class Scale:
    name: str
    factor: int
    rng: random.Random = field(default_factory=lambda: random.Random(20241231))

    def count(self, realistic: int) -> int:
        """How many records of a kind: the realistic number times the factor."""
        return realistic * self.factor


Generator = Callable[[AppContext, Scale], str]
GENERATORS: dict[str, Generator] = {}
GENERATOR_MODULES: list[str] = ["bench.office_data"]  # areas' generators (plans, petitions, letters)


def make_office(data_dir: Path, *, soum: str = "Есөнбулаг", aimag: str = "MN-065") -> AppContext:
    """A fresh, initialised office in `data_dir`, signed in as the admin."""
    paths: AppPaths = resolve_paths(data_dir)
    if paths.sqlite_path and paths.sqlite_path.exists():
        raise SystemExit(f"{data_dir} already holds a database; use an empty folder")
    ctx = open_context(paths)
    office.initialise(ctx, aimag_code=aimag, soum_name=soum, office_name=f"{soum} сумын Засаг даргын Тамгын газар",
                      admin_username=ADMIN, admin_password=PASSWORD, admin_full_name="Д.Админ",
                      bags=[f"{i}-р баг" for i in range(1, 6)],
                      units=["Тамгын газрын дарга", "Хууль зүйн ажилтан", "Нийгмийн хөгжлийн ажилтан",
                             "Газрын даамал", "Архив, бичиг хэргийн эрхлэгч"])
    return ctx.as_actor(users.authenticate(ctx, ADMIN, PASSWORD))


def gen_users(ctx: AppContext, scale: Scale) -> str:
    """Staff accounts (12 in a realistic office); each hashes a password with argon2id."""
    roles = ["clerk"] * 8 + ["head", "viewer", "viewer", "admin"]
    n = scale.count(12)
    for i in range(n):
        users.create_user(ctx, f"user{i:04d}", PASSWORD, roles[i % len(roles)], f"Ажилтан {i}", "Мэргэжилтэн")
    return f"{n} users"


def gen_audit(ctx: AppContext, scale: Scale) -> str:
    """Audit entries for a year of work (20,000 realistic), hash-chained like the real ones.

    Written with Core in batches, continuing the chain from its head, so
    `soum-desk audit verify` accepts the result.
    """
    n = scale.count(20_000)
    actions = ["petition.create", "petition.update", "plan.progress", "letter.create", "auth.login",
               "archive.update", "petition.view_personal"]
    names = [u["username"] for u in users.list_users(ctx)]
    start = datetime.now(UTC) - timedelta(days=365)
    with ctx.transaction() as session:
        head = session.get(Setting, audit.HEAD_KEY)
        state = json.loads(head.value)
        prev, next_id = state["hash"], state["id"] + 1
        batch: list[dict] = []
        for i in range(n):
            at = (start + timedelta(seconds=i * 365 * 86400 // n)).isoformat(timespec="microseconds")
            action = actions[i % len(actions)]
            after = audit.canonical_json({"n": i, "note": f"Бичлэг {i}", "status": scale.rng.choice(["шинэ", "хаасан"])})
            entity_id = str(scale.rng.randint(1, 5000))
            digest = audit.entry_hash(prev, at, names[i % len(names)], action, action.split(".")[0], entity_id,
                                      None, after)
            batch.append({"id": next_id + i, "at": at, "username": names[i % len(names)], "action": action,
                          "entity": action.split(".")[0], "entity_id": entity_id, "before": None, "after": after,
                          "prev_hash": prev, "hash": digest})
            prev = digest
            if len(batch) == 10_000:
                session.execute(insert(AuditEntry), batch)
                batch = []
        if batch:
            session.execute(insert(AuditEntry), batch)
        head.value = json.dumps({"count": state["count"] + n, "hash": prev, "id": next_id + n - 1})
    return f"{n} audit entries"


GENERATORS["users"] = gen_users
GENERATORS["audit"] = gen_audit


def load_generator_modules() -> None:
    for module in GENERATOR_MODULES:
        importlib.import_module(module)


def generate(data_dir: Path, scale_name: str = "realistic", only: list[str] | None = None,
             log: Callable[[str], None] = print) -> AppPaths:
    """Build a synthetic office in `data_dir`; returns its paths."""
    load_generator_modules()
    scale = Scale(scale_name, SCALES[scale_name])
    ctx = make_office(Path(data_dir))
    try:
        for name, gen in GENERATORS.items():
            if only is not None and name not in only:  # None: every generator; []: none
                continue
            began = time.perf_counter()
            summary = gen(ctx, scale)
            log(f"{name:>10}: {summary} in {time.perf_counter() - began:.1f} s")
        return ctx.paths
    finally:
        ctx.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", choices=sorted(SCALES), default="realistic")
    parser.add_argument("--out", type=Path, required=True, help="an empty data folder to create")
    parser.add_argument("--only", default="", help="comma-separated generator names")
    args = parser.parse_args()
    only = [n for n in args.only.split(",") if n] or None
    paths = generate(args.out, args.scale, only)
    print(f"office ready: {paths.data_dir} (user {ADMIN}, password {PASSWORD})")


if __name__ == "__main__":
    # run the imported module's main, so the areas' generators (which import `bench.generate`)
    # register into the same GENERATORS this run reads, not into a second copy of the module
    from bench.generate import main as registered_main

    registered_main()
