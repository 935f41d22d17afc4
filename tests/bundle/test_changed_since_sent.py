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


@pytest.fixture
def sent(tmp_path, data_templates):
    """The demo office with its key, its last quarter approved and sent; (ctx, the stick's folder)."""
    ctx = open_demo_office(resolve_paths(tmp_path / "demo" / "data"), data_templates)
    try:
        bundle_keys.create_key(ctx, KEY_PASS)
        usb = tmp_path / "usb"
        usb.mkdir()
        bundle_export.approve_period(ctx, PERIOD)
        bundle_export.export_bundle(ctx, PERIOD, usb, KEY_PASS)
        yield ctx, usb
    finally:
        ctx.dispose()


def test_a_petition_added_after_sending_marks_the_period_until_it_is_sent_again(sent):
    ctx, usb = sent
    assert changes.changed_since_sent(ctx) == []

    petitions.register(ctx, received_at=datetime(DEMO_YEAR, 11, 5, 9), channel="written", kind="request",
                       summary="Бүртгэхээ мартсан өргөдөл", anonymous=True)
    changed = changes.changed_since_sent(ctx)
    assert [c["period"] for c in changed] == [PERIOD]
    assert changed[0]["sequence"] == 1 and changed[0]["period_label"]

    bundle_export.export_bundle(ctx, PERIOD, usb, KEY_PASS)  # the correction bundle
    assert changes.changed_since_sent(ctx) == []
    assert len(list(usb.glob(f"*_{PERIOD}_*.zip"))) == 2


def _cli(ctx, *args):
    from click.testing import CliRunner

    from soum_desk.cli import cli
    from tests.bundle.conftest import PASS

    result = CliRunner().invoke(cli, ["--data-dir", str(ctx.paths.data_dir), "--user", "head", *args],
                                env={"SOUM_DESK_PASSWORD": PASS}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_dashboard_and_cli_name_the_changed_period(sent):
    import json

    from soum_desk.domain.periods import Period
    from soum_desk.services.dashboard import figures as dashboard

    ctx, usb = sent
    assert dashboard.summary(ctx)["bundle"]["changed"] == []
    assert "өөрчлөгдсөн үе алга" in _cli(ctx, "bundle", "changes")
    petitions.register(ctx, received_at=datetime(DEMO_YEAR, 12, 1, 9), channel="written", kind="request",
                       summary="Хожим бүртгэсэн өргөдөл", anonymous=True)

    changed = dashboard.summary(ctx)["bundle"]["changed"]
    assert [c["period"] for c in changed] == [PERIOD] and changed[0]["sequence"] == 1
    assert dashboard.changed_since(ctx) == changed  # what the window loads beside the other tiles
    assert dashboard.summary(ctx, with_changes=False)["bundle"]["changed"] == []
    assert json.loads(_cli(ctx, "bundle", "changes", "--json"))[0]["period"] == PERIOD
    label_mn, label_en = Period.parse(PERIOD).label("mn"), Period.parse(PERIOD).label("en")
    mn = _cli(ctx, "bundle", "changes")
    assert "Илгээснээс хойш өөрчлөгдсөн" in mn and label_mn in mn and "№1" in mn
    en = _cli(ctx, "--lang", "en", "bundle", "changes")
    assert "Changed since sent" in en and label_en in en and "bundle №1 sent" in en


def test_the_check_is_computed_once_per_change(make_office, monkeypatch):
    """The dashboard and the bundle page both ask after every change: a large soum's period costs
    about half a second, so it is recomputed only after a write (the audit head moved)."""
    env = make_office()
    env.export("2024Q4")
    calls: list[str] = []
    real = changes.period_digest
    monkeypatch.setattr(changes, "period_digest", lambda ctx, period: calls.append(period.code) or real(ctx, period))
    assert changes.changed_since_sent(env.ctx) == [] and calls == ["2024Q4"]
    assert changes.changed_since_sent(env.ctx) == [] and calls == ["2024Q4"]  # nothing written since
    bundle_export.approve_period(env.ctx, "2024Q3")  # any audited write
    assert changes.changed_since_sent(env.ctx) == [] and calls == ["2024Q4", "2024Q4"]


def test_a_corrected_plan_entry_and_letter_mark_the_sent_period_and_go_into_the_next_bundle(sent):
    from datetime import date

    from soum_desk.services.letters import actions as letters
    from soum_desk.services.letters import queries as letters_query
    from soum_desk.services.letters.queries import LetterFilter
    from soum_desk.services.plans import bundle_rows
    from soum_desk.services.plans import scoring as plans_scoring
    from soum_desk.services.plans import tree as plans
    from soum_desk.services.plans.correction import correct_entry

    ctx, usb = sent
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
