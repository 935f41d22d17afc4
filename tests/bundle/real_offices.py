"""Two real offices for the end-to-end bundle tests: a demo office (every area's demo data)
and a second soum with only the plans demo, each with its key, the demo year's Q4 approved
and exported once with the real area providers (no fake provider)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from soum_desk.bundle import keys
from soum_desk.config import resolve_paths
from soum_desk.db.models import Petition, Petitioner
from soum_desk.domain.periods import Period
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.core.context import Actor, AppContext
from soum_desk.services.letters import stats as letters_stats
from soum_desk.services.petitions import stats as petitions_stats
from soum_desk.services.plans import scoring as plans_scoring
from soum_desk.services.plans.demo import load_plans_demo
from tests.bundle.conftest import KEY_PASS, _open, open_demo_office
from tests.conftest import DataTemplates

REAL_PAYLOAD = dict(bundle_export.PAYLOAD_PROVIDERS)  # read at import, before the fake provider is patched in
REAL_REPORTS = dict(bundle_export.REPORT_PROVIDERS)
DEMO_YEAR = date.today().year - 1  # plans_demo: last year's plan with four quarters of progress
PERIOD = f"{DEMO_YEAR}Q4"


def office_figures(ctx: AppContext, period: str) -> dict:
    """What the office itself shows for the period (its own `period_summary` functions)."""
    plans = plans_scoring.period_summary(ctx, period)
    petitions = petitions_stats.period_summary(ctx, period)
    letters = letters_stats.period_summary(ctx, period)
    held = letters["archive_held"]
    return {"plan_average": plans["average"], "plan_score": plans["score"],
            "petitions_received": petitions["received"], "petitions_on_time": petitions["resolved_on_time"],
            "letters_incoming": letters["received"], "letters_outgoing": letters["sent"],
            "archive_permanent": held["permanent"], "archive_70_years": held["years70"],
            "archive_temporary": held["temporary"]}


@dataclass
class RealOffices:
    demo: AppContext
    second: AppContext
    bundles: list[Path]
    key_dir: Path
    approval: dict
    expected: dict
    expected_second: dict
    person: dict = field(default_factory=dict)


def petitioner_in(ctx: AppContext, period: Period) -> dict:
    with ctx.reading() as session:
        person = session.scalars(
            select(Petitioner).join(Petition, Petition.id == Petitioner.petition_id)
            .where(Petition.received.between(period.start, period.end), Petitioner.name.is_not(None),
                   Petitioner.register_no.is_not(None), Petitioner.phone.is_not(None)).limit(1)).one()
        return {"name": person.name, "register_no": person.register_no, "phone": person.phone}


def build(tmp_path_factory: pytest.TempPathFactory, templates: DataTemplates | None = None):  # noqa: ANN201
    """Yields the offices (used by a module-scoped fixture; the demo load takes ~20 s, once per
    session with the session's `data_templates`)."""
    root = tmp_path_factory.mktemp("real")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keys, "KDF_MEMORY_KIB", 8 * 1024)
        mp.setattr(keys, "KDF_TIME_COST", 1)
        mp.setattr(bundle_export, "PAYLOAD_PROVIDERS", REAL_PAYLOAD)
        mp.setattr(bundle_export, "REPORT_PROVIDERS", REAL_REPORTS)
        first = open_demo_office(resolve_paths(root / "demo" / "data"), templates)  # as `soum-desk demo` does
        second = _open(resolve_paths(root / "second" / "data"), soum="Ерөө", name="Ерөө сумын ЗДТГ",
                       is_province=False)
        load_plans_demo(second.as_actor(Actor.system()), DEMO_YEAR)
        key_dir, usb = root / "keys", root / "usb"
        key_dir.mkdir()
        usb.mkdir()
        bundles = []
        approval = {}
        for number, ctx in enumerate((first, second)):
            bundle_keys.create_key(ctx, KEY_PASS)
            bundle_keys.export_public_key(ctx, key_dir / f"office{number}.pub.json")
            result = bundle_export.approve_period(ctx, PERIOD)
            approval = approval or result
            bundles.append(Path(bundle_export.export_bundle(ctx, PERIOD, usb, KEY_PASS)["path"]))
        data = RealOffices(first, second, bundles, key_dir, approval, office_figures(first, PERIOD),
                           office_figures(second, PERIOD), petitioner_in(first, Period.parse(PERIOD)))
        yield data
    first.dispose()
    second.dispose()
