from collections import Counter

from soum_desk.services import demo
from soum_desk.services.petitions import queries as q


def test_demo_is_a_realistic_year_with_seed_004s_mix(system_ctx, ctx):
    assert "petitions" in demo.load_demo(system_ctx)
    total = q.count(ctx)
    assert 1500 <= total <= 1800
    rows = q.list_page(ctx, limit=total)
    kinds = Counter(r["kind"] for r in rows)
    share = {k: n / total for k, n in kinds.items()}
    assert 0.74 < share["request"] < 0.85 and 0.04 < share["complaint"] < 0.10
    assert 0.09 < share["thanks"] < 0.17 and 0 < kinds["suggestion"] < 40
    assert {r["channel"] for r in rows} == {"written", "phone", "c1111", "box", "online", "in_person", "oral"}
    assert all(r["due"] == "" or r["due"] >= r["received"] for r in rows)
    assert len({r["reg_no"] for r in rows}) == total
    demo.load_demo(system_ctx)  # a second run adds nothing
    assert q.count(ctx) == total
