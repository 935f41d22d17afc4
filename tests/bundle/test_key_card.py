"""Issue 14: the public key's card is a printable page (PDF in the preview, and from the CLI), not a
message box: the office, the fingerprint to compare and two signature blocks."""

from __future__ import annotations

from pypdf import PdfReader

from soum_desk.services.bundle import key_card
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState
from tests.bundle.test_cli import run


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_card_carries_the_office_the_fingerprint_and_two_signatures(make_office, tmp_path):
    env = make_office("Ерөө")
    doc = bundle_keys.public_key_document(env.ctx)
    made = key_card.write_key_card(env.ctx, tmp_path / "card.pdf")
    assert len(PdfReader(str(made)).pages) == 1  # one page to hand over
    text = _text(made)
    for expected in (doc["fingerprint"], doc["office_code"], "Хурууны хээ", "ХҮЛЭЭЛГЭН ӨГСӨН", "ХҮЛЭЭН АВСАН",
                     "гарын үсгийн түлхүүр (Ed25519)"):
        assert expected in text.replace("\n", " ") or expected in text, expected
    english = _text(key_card.write_key_card(env.ctx, tmp_path / "card-en.pdf", lang="en"))
    assert "HANDED OVER BY" in english and "Fingerprint" in english and "Хурууны" not in english


def test_the_card_is_printed_from_the_cli(make_office, tmp_path):
    env = make_office("Ерөө")
    target = tmp_path / "card.pdf"
    run("--data-dir", str(env.ctx.paths.data_dir), "--user", "head", "bundle", "keys", "card", str(target))
    assert bundle_keys.public_key_document(env.ctx)["fingerprint"] in _text(target)


def test_the_bundle_page_opens_the_card_in_the_preview(qtbot, make_office):
    from soum_desk.ui.bundle.view import BundleView

    env = make_office("Ерөө")
    view = BundleView(AppState(env.ctx, DataBus()))
    qtbot.addWidget(view)
    assert view.key_card.isEnabled()
    view.key_card.click()
    preview = view.card_preview
    assert preview is not None and preview.objectName() == "report_preview"
    assert preview.page_count == 1 and preview.print_button.isEnabled()
    preview.close()


def test_the_bundle_page_reads_as_a_person_reads(qtbot, make_office):
    """Dates in the office's format, the period in words, the exporter by name, the key kind in words —
    not «2026-12-04T08:56:17», «2024Q4», «head», «ed25519»."""
    from soum_desk.ui.bundle.view import BundleView

    env = make_office("Ерөө")
    env.export("2024Q4")
    view = BundleView(AppState(env.ctx, DataBus()))
    qtbot.addWidget(view)
    key_row = [str(view.keys_model.value(0, c)) for c in range(4)]
    export_row = [str(view.exports_model.value(0, c)) for c in range(6)]
    shown = " | ".join(key_row + export_row)
    assert "T" not in key_row[3] and key_row[3].count(".") == 2, shown
    assert key_row[1] == "Гарын үсэг", shown
    assert export_row[1] == "2024 оны IV улирал", shown
    assert export_row[3] != "head" and export_row[3], shown
