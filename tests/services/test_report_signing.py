"""Issue 16: every report the office prints carries the three chosen signatories under seed 001's
labels, the chosen date and place; a login name never reaches paper; an unfit signatory is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from soum_desk.errors import UserError
from soum_desk.services.archive import report as archive_report
from soum_desk.services.core import signing, users
from soum_desk.services.core.signing import Signing
from soum_desk.services.letters import report as letters_report
from soum_desk.services.petitions import report as petitions_report
from soum_desk.services.plans import report as plans_report
from soum_desk.services.province import report as province_report
from tests.conftest import as_role
from tests.plans.conftest import build_small_plan

CHOSEN = Signing(checked="head", reported="tsetseg", compiled="munkhjargal", report_date=date(2024, 12, 13),
                 place="Алтай хот")


@pytest.fixture
def office(ctx):
    """The fixture office with a department head and a specialist; acting as the clerk."""
    users.create_user(ctx, "tsetseg", "tsetseg-pass-1", "clerk", "Я.Жаргалцэцэг",
                      "Төрийн захиргааны удирдлагын хэлтсийн дарга")
    users.create_user(ctx, "munkhjargal", "munkh-pass-12", "clerk", "Б.Мөнхжаргал",
                      "Төрийн захиргааны удирдлагын хэлтсийн мэргэжилтэн")
    return as_role(ctx, "clerk")


def text_of(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def assert_signed(pdf: Path) -> None:
    text = last = text_of(pdf)  # the blocks close the tables (a chart page may follow)
    for expected in ("ХЯНАСАН:", "Б.ДАРГА", "ЗДТГ-ЫН ДАРГА", "ТАЙЛАГНАСАН:", "Я.ЖАРГАЛЦЭЦЭГ",
                     "БИЕЛЭЛТИЙГ НЭГТГЭСЭН:", "Б.МӨНХЖАРГАЛ"):
        assert expected in last, expected
    assert last.index("ХЯНАСАН:") < last.index("ТАЙЛАГНАСАН:") < last.index("БИЕЛЭЛТИЙГ НЭГТГЭСЭН:")
    assert "2024.12.13" in text and "Алтай хот" in text
    for login in ("tsetseg", "munkhjargal", "TSETSEG", "MUNKHJARGAL"):
        assert login not in text


def test_plans_report_pdf_and_xlsx(ctx, office, tmp_path):
    build_small_plan(ctx)
    assert_signed(plans_report.make_report(office, "2024Q1", "pdf", tmp_path / "p.pdf", signing=CHOSEN))
    from openpyxl import load_workbook

    xlsx = plans_report.make_report(office, "2024Q1", "xlsx", tmp_path / "p.xlsx", signing=CHOSEN)
    cells = [c for row in load_workbook(xlsx).worksheets[0].iter_rows(values_only=True) for c in row if c]
    assert {"БИЕЛЭЛТИЙГ НЭГТГЭСЭН:", "Б.МӨНХЖАРГАЛ", "2024.12.13", "Алтай хот"} <= set(cells)


def test_petitions_report(office, tmp_path):
    assert_signed(petitions_report.make_report(office, "2024Q4", "pdf", tmp_path / "p.pdf", signing=CHOSEN))


def test_english_petitions_report_is_wholly_english(office, tmp_path):
    english = replace(office, lang="en")
    data = petitions_report.report_data(english, "2024Q4", charts=False, signing=CHOSEN)
    assert [s.label for s in data.signatures] == ["CHECKED BY", "REPORTED BY", "IMPLEMENTATION COMPILED BY"]
    assert "Өргөдөл" not in data.header.title and "улирал" not in data.header.subtitle
    text = text_of(petitions_report.make_report(english, "2024Q4", "pdf", tmp_path / "en.pdf", signing=CHOSEN))
    assert "CHECKED BY:" in text and "IMPLEMENTATION COMPILED BY:" in text and "Page 1 /" in text
    assert "Хуудас" not in text and "ХЯНАСАН" not in text and "Графикууд" not in text


def test_mongolian_reports_carry_no_english_headings(office, tmp_path):
    for pdf in (petitions_report.make_report(office, "2024Q4", "pdf", tmp_path / "p.pdf"),
                letters_report.figures_report(office, "2024Q1", tmp_path / "f.pdf")):
        text = text_of(pdf)
        assert "chart" not in text.lower() and "Хуудас 1 /" in text


def test_letters_reports(office, tmp_path):
    assert_signed(letters_report.figures_report(office, "2024Q1", tmp_path / "f.pdf", signing=CHOSEN))
    assert_signed(letters_report.overdue_report(office, tmp_path / "o.pdf", date(2024, 2, 1), signing=CHOSEN))


def test_archive_reports(office, tmp_path):
    assert_signed(archive_report.counts_report(office, date(2024, 1, 1), date(2024, 12, 31), tmp_path / "c.pdf",
                                               signing=CHOSEN))


def test_province_report(office, tmp_path):
    assert_signed(province_report.make_report(office, "2024", tmp_path / "r.pdf", signing=CHOSEN))


def test_a_signatory_without_a_full_name_or_position_is_refused_before_any_file(ctx, office, tmp_path):
    users.create_user(ctx, "bat", "bat-pass-123", "viewer", "")  # full name left empty: the form kept the login
    out = tmp_path / "p.pdf"
    with pytest.raises(UserError) as refused:
        petitions_report.make_report(office, "2024Q4", "pdf", out, signing=Signing(compiled="bat"))
    assert "«bat»" in refused.value.msg.mn and "«Овог нэр»" in refused.value.msg.mn
    assert "БИЕЛЭЛТИЙГ НЭГТГЭСЭН" in refused.value.msg.mn and "«Full name»" in refused.value.msg.en
    assert not out.exists()
    with pytest.raises(UserError) as no_position:  # the viewer has a full name but no position
        letters_report.overdue_report(office, out, date(2024, 2, 1), signing=Signing(reported="viewer"))
    assert "«Албан тушаал»" in no_position.value.msg.mn and "«Position»" in no_position.value.msg.en
    assert not out.exists()


def test_unchosen_blocks_never_print_a_login(ctx, tmp_path):
    """The admin has no position and the app's own login as a name: nothing of it reaches paper."""
    users.create_user(ctx, "bat", "bat-pass-123", "viewer", "")
    text = text_of(petitions_report.make_report(as_role(ctx, "admin"), "2024Q4", "pdf", tmp_path / "p.pdf"))
    assert "ADMIN" not in text and "admin" not in text and "BAT" not in text


def test_a_block_chosen_by_hand_stays_blank(office):
    with office.reading() as session:
        blocks = signing.blocks(session, Signing(checked="-", reported="tsetseg"), office.actor)
    assert [(b.position, b.name) for b in blocks] == [("", ""), ("ТӨРИЙН ЗАХИРГААНЫ УДИРДЛАГЫН ХЭЛТСИЙН ДАРГА",
                                                                   "Я.ЖАРГАЛЦЭЦЭГ"), ("", "")]


def test_chosen_signatories_are_remembered_per_report_kind(office):
    signing.remember(office, "plans", CHOSEN)
    assert signing.remembered(office, "plans") == Signing("head", "tsetseg", "munkhjargal")
    assert signing.remembered(office, "letters") == Signing()
    given = signing.with_remembered(office, "plans", Signing(compiled="clerk", place="Есөнбулаг"))
    assert given == Signing("head", "tsetseg", "clerk", place="Есөнбулаг")


def test_signers_are_those_with_a_full_name_and_position(office):
    logins = {s["username"] for s in signing.signers(office)}
    assert {"head", "clerk", "tsetseg", "munkhjargal"} <= logins and not {"viewer", "admin"} & logins


def test_letters_and_archive_workbooks_are_signed_too(office, tmp_path):
    from openpyxl import load_workbook

    for path in (letters_report.figures_report(office, "2024Q1", tmp_path / "f.xlsx", signing=CHOSEN),
                 archive_report.counts_report(office, date(2024, 1, 1), date(2024, 12, 31), tmp_path / "c.xlsx",
                                              signing=CHOSEN)):
        book = load_workbook(path)
        cells = [c for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row if c]
        assert {"ХЯНАСАН:", "Б.ДАРГА", "БИЕЛЭЛТИЙГ НЭГТГЭСЭН:", "Б.МӨНХЖАРГАЛ", "2024.12.13", "Алтай хот"} <= set(cells)


def test_the_bundles_reports_are_signed_by_those_last_chosen(office, tmp_path):
    signing.remember(office, "letters", CHOSEN)
    paths = letters_report.bundle_reports(office, "2024Q1", tmp_path)
    letters_pdf = next(p for p in paths if p.name == "letters_2024Q1.pdf")
    archive_pdf = next(p for p in paths if p.name == "archive_2024Q1.pdf")
    assert "Б.МӨНХЖАРГАЛ" in text_of(letters_pdf) and "Б.МӨНХЖАРГАЛ" not in text_of(archive_pdf)


def test_a_seed_001_table_is_signed_as_seed_001_signs_it(ctx, tmp_path):
    """Seed 001's three people, under its labels, in its order, with its date and place."""
    from soum_desk.services.plans import imports as plans_io
    from tests.plans.seed_fixture import make_seed_like_xlsx

    users.create_user(ctx, "erdenebat", "erdenebat-pass-1", "head", "Ш.Эрдэнэбат",
                      "Аймгийн Засаг даргын Тамгын газрын дарга")
    users.create_user(ctx, "jargal", "jargal-pass-12", "clerk", "Я.Жаргалцэцэг",
                      "Төрийн захиргааны удирдлагын хэлтсийн дарга")
    users.create_user(ctx, "munkh", "munkh-pass-123", "clerk", "Б.Мөнхжаргал",
                      "Төрийн захиргааны удирдлагын хэлтсийн мэргэжилтэн")
    plans_io.import_file(ctx, make_seed_like_xlsx(tmp_path / "seed.xlsx"))
    seed = Signing(checked="erdenebat", reported="jargal", compiled="munkh", report_date=date(2024, 12, 13),
                   place="Алтай хот")
    text = text_of(plans_report.make_report(as_role(ctx, "clerk"), "2024", "pdf", tmp_path / "r.pdf", signing=seed))
    order = ["ХЯНАСАН:", "АЙМГИЙН ЗАСАГ ДАРГЫН ТАМГЫН ГАЗРЫН ДАРГА", "Ш.ЭРДЭНЭБАТ",
             "ТАЙЛАГНАСАН:", "ТӨРИЙН ЗАХИРГААНЫ УДИРДЛАГЫН ХЭЛТСИЙН ДАРГА", "Я.ЖАРГАЛЦЭЦЭГ",
             "БИЕЛЭЛТИЙГ НЭГТГЭСЭН:", "ТӨРИЙН ЗАХИРГААНЫ УДИРДЛАГЫН ХЭЛТСИЙН МЭРГЭЖИЛТЭН", "Б.МӨНХЖАРГАЛ"]
    at = [text.find(part) for part in order]
    assert -1 not in at and at == sorted(at), dict(zip(order, at, strict=True))
    assert "2024.12.13" in text and "Алтай хот" in text
    assert "НЭГТГЭСЭН:" not in text.replace("БИЕЛЭЛТИЙГ НЭГТГЭСЭН:", "")  # the seed's label, not a short one
    for login in ("erdenebat", "jargal", "munkh", "ERDENEBAT"):
        assert login not in text


def test_a_remembered_signatory_who_left_is_forgotten_not_refused(office, tmp_path):
    signing.remember(office, "petitions", CHOSEN)
    users.update_user(as_role(office, "admin"), "munkhjargal", active=False)
    assert signing.remembered(office, "petitions") == Signing("head", "tsetseg", None)
    text = text_of(petitions_report.make_report(office, "2024Q4", "pdf", tmp_path / "p.pdf",
                                                signing=signing.with_remembered(office, "petitions", Signing())))
    assert "Я.ЖАРГАЛЦЭЦЭГ" in text and "Б.МӨНХЖАРГАЛ" not in text
