"""Issue 15: a period that changes after its bundle was sent is noticed, and a new bundle of the
same period (the correction the province uses) clears the notice."""

from __future__ import annotations

from datetime import datetime

import pytest

from soum_desk.config import resolve_paths
from soum_desk.services.bundle import changes
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.petitions import actions as petitions
from tests.bundle.conftest import KEY_PASS, open_demo_office
from tests.bundle.real_offices import DEMO_YEAR, PERIOD, REAL_PAYLOAD, REAL_REPORTS


@pytest.fixture(autouse=True)
def _real_providers(monkeypatch):
    monkeypatch.setattr(bundle_export, "PAYLOAD_PROVIDERS", REAL_PAYLOAD)
    monkeypatch.setattr(bundle_export, "REPORT_PROVIDERS", REAL_REPORTS)


def test_a_petition_added_after_sending_marks_the_period_until_it_is_sent_again(tmp_path, data_templates):
    ctx = open_demo_office(resolve_paths(tmp_path / "demo" / "data"), data_templates)
    try:
        bundle_keys.create_key(ctx, KEY_PASS)
        usb = tmp_path / "usb"
        usb.mkdir()
        bundle_export.approve_period(ctx, PERIOD)
        bundle_export.export_bundle(ctx, PERIOD, usb, KEY_PASS)
        assert changes.changed_since_sent(ctx) == []

        petitions.register(ctx, received_at=datetime(DEMO_YEAR, 11, 5, 9), channel="written", kind="request",
                           summary="Бүртгэхээ мартсан өргөдөл", anonymous=True)
        changed = changes.changed_since_sent(ctx)
        assert [c["period"] for c in changed] == [PERIOD]
        assert changed[0]["sequence"] == 1 and changed[0]["period_label"]

        bundle_export.export_bundle(ctx, PERIOD, usb, KEY_PASS)  # the correction bundle
        assert changes.changed_since_sent(ctx) == []
        assert len(list(usb.glob(f"*_{PERIOD}_*.zip"))) == 2
    finally:
        ctx.dispose()


def test_a_corrected_plan_entry_and_letter_mark_the_sent_period_and_go_into_the_next_bundle(tmp_path, data_templates):
    from datetime import date

    from soum_desk.services.letters import actions as letters
    from soum_desk.services.letters import queries as letters_query
    from soum_desk.services.letters.queries import LetterFilter
    from soum_desk.services.plans import bundle_rows
    from soum_desk.services.plans import scoring as plans_scoring
    from soum_desk.services.plans import tree as plans
    from soum_desk.services.plans.correction import correct_entry

    ctx = open_demo_office(resolve_paths(tmp_path / "demo" / "data"), data_templates)
    try:
        bundle_keys.create_key(ctx, KEY_PASS)
        usb = tmp_path / "usb"
        usb.mkdir()
        bundle_export.approve_period(ctx, PERIOD)
        bundle_export.export_bundle(ctx, PERIOD, usb, KEY_PASS)
        doc = plans.list_documents(ctx, DEMO_YEAR)[0]
        reported = next(m for m in plans_scoring.flat_measures(plans_scoring.compute(ctx, doc["id"], PERIOD))
                        if m["progress_period"] == PERIOD)
        correct_entry(ctx, reported["id"], PERIOD, reason="Тайлбарыг буруу хуулсан", narrative="Залруулсан тайлбар")
        assert [c["period"] for c in changes.changed_since_sent(ctx)] == [PERIOD]
        rows = bundle_rows.bundle_payload(ctx, PERIOD)["plan_progress"]
        assert next(r for r in rows if r["measure_id"] == reported["id"])["narrative"] == "Залруулсан тайлбар"
        bundle_export.export_bundle(ctx, PERIOD, usb, KEY_PASS)
        assert changes.changed_since_sent(ctx) == []

        # a letter of the quarter registered with the wrong date: the bundle counts letters, so it changes
        letter = letters_query.list_letters(ctx, LetterFilter(year=DEMO_YEAR, direction="out"), limit=1)[0]
        assert date.fromisoformat(letter["reg_date"]) >= date(DEMO_YEAR, 10, 1)
        letters.correct(ctx, letter["id"], reason="Огноог буруу оруулсан", reg_date=date(DEMO_YEAR, 9, 30))
        assert [c["period"] for c in changes.changed_since_sent(ctx)] == [PERIOD]
    finally:
        ctx.dispose()
