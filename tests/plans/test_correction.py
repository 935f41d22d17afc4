"""Issue 15: the head corrects an entry of an approved period with a reason; audited, scores and bundle follow."""

from __future__ import annotations

import json

import pytest

from soum_desk.errors import NotFound, PermissionDenied, ValidationError
from soum_desk.services.core import audit
from soum_desk.services.plans import bundle_rows
from soum_desk.services.plans import progress as plans_progress
from soum_desk.services.plans import scoring as plans_scoring
from soum_desk.services.plans.correction import correct_entry
from tests.conftest import HEAD_PASSWORD
from tests.plans.test_cli import run


def _measure(ctx, doc, measure_id, period="2024Q2"):
    return next(r for r in plans_scoring.flat_measures(plans_scoring.compute(ctx, doc, period))
                if r["id"] == measure_id)


def test_the_head_corrects_an_approved_entry_and_the_figures_follow(approved):
    doc, m, clerk, head = approved["doc"], approved["m"], approved["clerk"], approved["head"]
    assert _measure(clerk, doc, m[0])["percent"] == 100
    with pytest.raises(PermissionDenied):
        correct_entry(clerk, m[0], "2024Q2", reason="Хувь буруу", level="in_progress", eval_percent=60)
    with pytest.raises(ValidationError, match="шалтгаан"):
        correct_entry(head, m[0], "2024Q2", reason="  ", level="in_progress", eval_percent=60)
    with pytest.raises(ValidationError, match="50–89"):
        correct_entry(head, m[0], "2024Q2", reason="Хувь буруу", level="in_progress", eval_percent=95)
    fixed = correct_entry(head, m[0], "2024Q2", reason="Хувийг буруу оруулсан", narrative="Хагас тайлагнасан",
                          level="in_progress", eval_percent=60)
    assert (fixed["level"], fixed["eval_percent"], fixed["narrative"]) == ("in_progress", 60, "Хагас тайлагнасан")
    assert plans_progress.get_review(head, doc, "2024Q2")["status"] == "approved"  # the approval stands
    assert _measure(clerk, doc, m[0])["percent"] == 70  # §7.1 as the seed reads it: the level's value
    payload = bundle_rows.bundle_payload(clerk, "2024Q2")
    row = next(r for r in payload["plan_progress"] if r["measure_id"] == m[0])
    assert (row["percent"], row["level"], row["narrative"]) == (60, "in_progress", "Хагас тайлагнасан")
    entry = audit.list_entries(head, audit.AuditFilter(action_prefix="plans.progress.correct"))[0]
    assert json.loads(entry["after"])["reason"] == "Хувийг буруу оруулсан"
    assert json.loads(entry["before"])["eval_percent"] == 100
    assert audit.verify(head).ok


def test_the_self_percent_alone_is_corrected_and_nothing_changed_is_refused(approved):
    doc, m, head = approved["doc"], approved["m"], approved["head"]
    assert correct_entry(head, m[2], "2024Q2", reason="Хувь буруу", self_percent=75)["self_percent"] == 75
    assert _measure(head, doc, m[2])["percent"] == 70  # 75 lies in the 50–89 band, counted at its value (§7.1)
    with pytest.raises(ValidationError, match="Nothing was changed"):
        correct_entry(head, m[2], "2024Q2", reason="Хувь буруу", self_percent=75)
    with pytest.raises(ValidationError, match="Choose the evaluation level"):
        correct_entry(head, m[2], "2024Q2", reason="Хувь буруу", eval_percent=60)


def test_only_an_approved_period_with_an_entry_is_corrected(approved):
    m, clerk, head = approved["m"], approved["clerk"], approved["head"]
    plans_progress.record_progress(clerk, m[0], "2024Q3", narrative="Q3", self_percent=40)
    with pytest.raises(ValidationError, match="not approved: edit the entry as usual"):
        correct_entry(head, m[0], "2024Q3", reason="x", self_percent=50)
    with pytest.raises(NotFound, match="no entry"):
        correct_entry(head, m[4], "2024Q2", reason="x", self_percent=50)


def test_the_cli_corrects_an_approved_entry_as_the_head(approved, paths):
    m = approved["m"]
    result = run(paths, "plans", "correct", str(m[2]), "--period", "2024Q2", "--reason", "Хувь буруу",
                 "--percent", "80", user="head", password=HEAD_PASSWORD)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["self_percent"] == 80
    refused = run(paths, "plans", "correct", str(m[2]), "--period", "2024Q2", "--reason", "Хувь буруу",
                  "--percent", "80", user="head", password=HEAD_PASSWORD)
    assert refused.exit_code != 0 and "Nothing was changed" in refused.output
