"""Issue 19: no structurally damaged plan, petition or letter table is read silently (structural_sweep.py)."""

from __future__ import annotations

from collections import Counter

from tests.reliability.structural_sweep import sweep


def test_no_damage_is_read_silently(clerk_ctx, tmp_path):
    outcomes = sweep(clerk_ctx, tmp_path)
    counts = Counter((o.kind, o.verdict) for o in outcomes)
    wrong = [o for o in outcomes if o.verdict == "silent"
             or (o.verdict == "elsewhere" and not o.damage.startswith("blank «Хувь»"))]  # told at the average row
    assert len(outcomes) > 150 and not wrong, "\n".join(f"{o.kind}: {o.damage}: {o.verdict}" for o in wrong)
    assert counts[("petitions", "told")] > 40 and counts[("letters", "told")] > 40 and counts[("plans", "told")] > 25
