"""Issue 19's audit attack as a sweep (docs/reliability.md row 15): the office sends a bundle,
its audit log is cut or rewritten behind the program's back (head rewritten, triggers put back),
the office works on past the count it declared and sends the next bundle. A change that reaches
what the first bundle vouched for is refused by the province («audit_log_cut», refusal recorded);
every change is named by `audit verify` at the office (the head kept beside the database)."""

from __future__ import annotations

import pytest

from soum_desk.bundle import format as fmt
from soum_desk.services.core import audit
from soum_desk.services.province import imports as province_import
from tests.bundle import tamper
from tests.bundle.conftest import (  # noqa: F401 - fixtures
    _fast_kdf_and_fake_provider,
    count,
    make_office,
    province_ctx,
    register,
)
from tests.reliability.audit_cut import LONG, SHORT, Cut, apply
from tests.reliability.forms import LONG as LONG_MARK

CASES = [pytest.param(c, id=c.name) for c in SHORT] + [pytest.param(c, id=c.name, marks=LONG_MARK) for c in LONG]


def _declared(path) -> int:
    entries = tamper.read(path)
    info = fmt.parse_bag_info(entries[f"{tamper.bag_root(entries)}/{fmt.BAG_INFO}"].decode())
    return int(info[fmt.F_AUDIT_COUNT])


@pytest.mark.parametrize("cut", CASES)
def test_a_cut_or_rewritten_audit_log_is_caught(province_ctx, make_office, cut: Cut):  # noqa: F811
    env = make_office()
    register(province_ctx, env)
    first = env.export("2024Q3")
    assert province_import.import_files(province_ctx, [first])[0]["verdict"] == "valid"
    declared = _declared(first)
    env.ctx.dispose()
    apply(env.ctx.paths.sqlite_path, cut, declared)
    for i in range(declared):  # the office works on, well past the count it declared
        with env.ctx.transaction() as session:
            audit.record(session, None, "test.work", "test", i)
    report = audit.verify(env.ctx)
    assert not report.ok, cut.name
    refusals, held = count(province_ctx, "import_refusal"), count(province_ctx, "held_bundle")
    result = province_import.import_files(province_ctx, [env.export("2024Q4")])[0]
    if cut.touches_what_was_sent(declared) or (cut.kind == "drop" and cut.at(declared) == declared + 1):
        # (the entry right after is the first export's own start record: without it the office
        # cannot say where that bundle's log ended, and the province refuses that too)
        assert result["verdict"] == "audit_log_cut", (cut.name, result)
        assert count(province_ctx, "import_refusal") == refusals  # held for the head's review, not imported
        assert count(province_ctx, "held_bundle") == held + 1
        assert result["reason_mn"] and result["reason_en"]
    else:  # only entries after the first bundle: the province holds nothing to compare them with
        assert result["verdict"] == "valid", (cut.name, result)
