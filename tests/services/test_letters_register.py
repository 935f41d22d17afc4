"""Letters: registering, numbering, answering, lists, figures, reports."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from soum_desk.errors import PermissionDenied, ValidationError
from soum_desk.services.core import audit, settings
from soum_desk.services.letters import actions as letters
from soum_desk.services.letters import queries as letters_query
from soum_desk.services.letters import stats as letters_stats
from soum_desk.services.letters.queries import LetterFilter

D = date


def _in(ctx, day, **kw):
    data = {"direction": "in", "reg_date": day, "counterpart": "Аймгийн ЗДТГ", "subject": "Мэдээ ирүүлэх тухай",
            "reply_required": True, **kw}
    return letters.register_letter(ctx, **data)


def test_register_numbers_and_due(ctx, clerk_ctx):
    a = _in(clerk_ctx, D(2024, 1, 10))
    b = _in(clerk_ctx, "2024.01.11", due_date="2024.01.20", their_ref="1/234")
    c = _in(clerk_ctx, D(2025, 1, 2))
    assert (a["reg_no"], b["reg_no"], c["reg_no"]) == ("1", "2", "1")
    assert a["due_date"] == "2024-02-09" and b["due_date"] == "2024-01-20"
    out = letters.register_letter(clerk_ctx, direction="out", reg_date=D(2024, 1, 15), counterpart="Сангийн яам",
                                  subject="Хариу", reply_required=True)
    assert out["reg_no"] == "1" and out["due_date"] is None and not out["reply_required"]
    assert letters.list_counterparts(clerk_ctx)[0] == "Аймгийн ЗДТГ"
    assert letters.list_counterparts(clerk_ctx, "санг") == ["Сангийн яам"]
    assert audit.verify(ctx).ok


def test_number_format_setting(ctx):
    settings.update(ctx, "letters.number_format_in", "{yy}-{seq:04d}")
    assert _in(ctx, D(2024, 3, 1))["reg_no"] == "24-0001"


def test_validation_and_permissions(clerk_ctx, viewer_ctx):
    with pytest.raises(ValidationError) as err:
        _in(clerk_ctx, D(2024, 1, 1), counterpart="  ")
    assert err.value.where == "counterpart"
    with pytest.raises(ValidationError):
        _in(clerk_ctx, "2024.13.45")
    with pytest.raises(ValidationError):
        _in(clerk_ctx, D(2024, 2, 1), due_date=D(2024, 1, 1))
    with pytest.raises(PermissionDenied):
        _in(viewer_ctx, D(2024, 1, 1))


def test_note_is_bounded_like_every_other_text(clerk_ctx):
    """Issue 19: the letter form (and the CLI) took a note of any length; a register line is bounded."""
    from soum_desk.domain.text_limits import MAX_TEXT

    with pytest.raises(ValidationError, match="«Note» is too long"):
        _in(clerk_ctx, D(2024, 1, 1), note="ж" * (MAX_TEXT + 1))
    assert letters_query.list_letters(clerk_ctx, LetterFilter()) == []
    assert _in(clerk_ctx, D(2024, 1, 1), note="ж" * MAX_TEXT)["note"] == "ж" * MAX_TEXT


def test_answer_closes_and_figures(clerk_ctx):
    a = _in(clerk_ctx, D(2024, 1, 10), due_date=D(2024, 1, 20))
    b = _in(clerk_ctx, D(2024, 1, 12), due_date=D(2024, 1, 15))
    c = _in(clerk_ctx, D(2024, 2, 1), due_date=D(2024, 3, 1))
    _in(clerk_ctx, D(2024, 3, 5), reply_required=False)
    late = _in(clerk_ctx, D(2024, 3, 10), due_date=D(2024, 4, 30))
    out = letters.register_letter(clerk_ctx, direction="out", reg_date=D(2024, 1, 18), counterpart="Аймгийн ЗДТГ",
                                  subject="Хариу", answers=[a["id"], b["id"]])
    assert letters.get_letter(clerk_ctx, a["id"])["answered_on"] == "2024-01-18"
    assert [x["id"] for x in letters.get_letter(clerk_ctx, out["id"])["linked"]] == [a["id"], b["id"]]
    with pytest.raises(ValidationError):
        letters.answer(clerk_ctx, a["id"], [c["id"]])  # an incoming letter cannot answer
    f = letters_stats.period_figures(clerk_ctx, "2024Q1")
    assert (f["received"], f["reply_required"], f["answered_on_time"], f["answered_late"], f["open"],
            f["overdue"], f["sent"]) == (5, 4, 1, 1, 1, 1, 1)
    assert f["resolution_percent"] == 25.0
    assert letters_query.overdue_letters(clerk_ctx, D(2024, 3, 31))[0]["id"] == c["id"]
    assert late["status"] in ("open", "overdue")
    # the same rules in SQL and in the pure reference implementation
    from soum_desk.domain.letters import figures as reference

    rows = [(r["direction"], D.fromisoformat(r["reg_date"]), r["reply_required"],
             r["due_date"] and D.fromisoformat(r["due_date"]), r["answered_on"] and D.fromisoformat(r["answered_on"]))
            for r in letters_query.list_letters(clerk_ctx, limit=100)]
    assert reference(rows, D(2024, 1, 1), D(2024, 3, 31)).as_dict() == {k: f[k] for k in reference(
        rows, D(2024, 1, 1), D(2024, 3, 31)).as_dict()}


def test_list_filters_search_sort(clerk_ctx):
    today = date.today()
    _in(clerk_ctx, today - timedelta(days=40), subject="Төсвийн гүйцэтгэл", counterpart="Сангийн яам")
    _in(clerk_ctx, today - timedelta(days=5), subject="Малын тооллого", assignee="Б.Бат")
    _in(clerk_ctx, today - timedelta(days=3), subject="Сургалтын урилга", reply_required=False)
    assert letters_query.count_letters(clerk_ctx, LetterFilter(text="ТӨСВИЙН")) == 1
    assert letters_query.count_letters(clerk_ctx, LetterFilter(text="сангийн гүйцэтгэл")) == 1
    assert letters_query.count_letters(clerk_ctx, LetterFilter(status="overdue")) == 1
    assert letters_query.count_letters(clerk_ctx, LetterFilter(status="open")) == 1
    assert letters_query.count_letters(clerk_ctx, LetterFilter(status="noreply")) == 1
    assert letters_query.count_letters(clerk_ctx, LetterFilter(assignee="Б.Бат")) == 1
    rows = letters_query.list_letters(clerk_ctx, sort="subject", descending=False)
    assert [r["subject"] for r in rows] == sorted(r["subject"] for r in rows)
    page = letters_query.list_letters(clerk_ctx, offset=1, limit=1)
    assert len(page) == 1
    assert letters_query.assignees(clerk_ctx) == ["Б.Бат"]


def test_update_letter(clerk_ctx):
    a = _in(clerk_ctx, D(2024, 1, 10))
    changed = letters.update_letter(clerk_ctx, a["id"], subject="Шинэ агуулга", counterpart="Боловсролын яам")
    assert changed["subject"] == "Шинэ агуулга"
    assert letters_query.count_letters(clerk_ctx, LetterFilter(text="шинэ")) == 1
    with pytest.raises(ValidationError):
        letters.update_letter(clerk_ctx, a["id"], reg_no="9")


def test_reports_and_summary(clerk_ctx, tmp_path):
    from pypdf import PdfReader

    from soum_desk.services.letters import report as letters_reports

    _in(clerk_ctx, D(2024, 1, 10), due_date=D(2024, 1, 20))
    pdf = letters_reports.figures_report(clerk_ctx, "2024", tmp_path / "f.pdf")
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Хүлээн авсан албан бичиг" in text and "ХЯНАСАН" in text
    letters_reports.figures_report(clerk_ctx, "2024Q1", tmp_path / "f.xlsx")
    over = letters_reports.overdue_report(clerk_ctx, tmp_path / "o.pdf", as_of=D(2024, 2, 1))
    assert "Мэдээ ирүүлэх" in "".join(p.extract_text() for p in PdfReader(over).pages)
    letters_reports.overdue_report(clerk_ctx, tmp_path / "o.xlsx", as_of=D(2024, 2, 1))
    data = letters_reports.report_data(clerk_ctx, "overdue", as_of=D(2024, 2, 1))  # plain data, no file
    assert data.header.title == "Хугацаа хэтэрсэн хариутай бичгийн жагсаалт" and data.landscape
    assert [(s.label, s.name) for s in data.signatures] == [("ХЯНАСАН", "Б.ДАРГА"), ("ТАЙЛАГНАСАН", "Г.АЖИЛТАН"),
                                                                  ("БИЕЛЭЛТИЙГ НЭГТГЭСЭН", "")]
    assert data.sections[0].rows[-1].cells[5] == 1  # the count row
    figures = letters_reports.report_data(clerk_ctx, "figures", period="2024Q1", charts=False)
    assert figures.charts == [] and figures.sections[0].rows[0].cells == ["Хүлээн авсан албан бичиг", 1]
    summary = letters_stats.period_summary(clerk_ctx, "2024Q1")
    assert summary["received"] == 1 and "archive_held" in summary
    payload = letters_stats.bundle_payload(clerk_ctx, "2024")
    assert payload["letter_period_figures"][0]["received"] == 1 and len(payload["letter_period_figures"]) == 5
    total = payload["letter_period_figures"][0]
    assert payload["letter_figures"] == [{"period": "2024", "incoming": 1, "outgoing": 0,
                                          "reply_required": total["reply_required"],
                                          "replied_on_time": total["answered_on_time"],
                                          "replied_late": total["answered_late"], "overdue": total["overdue"]}]
    assert {r["retention"] for r in payload["archive_counts"]} == {"permanent", "years70", "temporary"}
    assert "counterpart" not in str(payload) and "subject" not in str(payload)


def test_search_index_follows_edits(clerk_ctx):
    a = _in(clerk_ctx, D(2024, 1, 10), subject="Өвөлжилтийн бэлтгэл")
    assert letters_query.has_fts(clerk_ctx)
    assert letters_query.count_letters(clerk_ctx, LetterFilter(text="өвөлжилт")) == 1
    letters.update_letter(clerk_ctx, a["id"], subject="Хаваржилтын мэдээ")
    assert letters_query.count_letters(clerk_ctx, LetterFilter(text="өвөлжилт")) == 0
    assert letters_query.count_letters(clerk_ctx, LetterFilter(text="хаваржилт")) == 1
    assert letters_query.count_letters(clerk_ctx, LetterFilter(text="ха мэдээ")) == 1  # short word: LIKE


def test_search_finds_inflected_words(clerk_ctx):
    _in(clerk_ctx, D(2024, 1, 10), subject="Малын тооллогын урьдчилсан дүн")
    assert letters_query.count_letters(clerk_ctx, LetterFilter(text="малын тооллого")) == 1
    assert letters_query.stem("тооллого") == "тооллог" and letters_query.stem("яам") == "яам"


def test_short_words_match_substrings_literally_within_a_year(clerk_ctx):
    """Words under 3 letters (no trigram) are a plain substring test: case-folded, «%» and «_» literal."""
    _in(clerk_ctx, D(2024, 3, 1), subject="Ав_лга 5% хөнгөлөлт")
    _in(clerk_ctx, D(2024, 3, 2), subject="Авлага 50 хувь")
    _in(clerk_ctx, D(2023, 3, 2), subject="Авлага өмнөх он")
    count = letters_query.count_letters
    assert count(clerk_ctx, LetterFilter(text="АВ", year=2024), cap=1000) == 2
    assert count(clerk_ctx, LetterFilter(text="ав")) == 3
    assert count(clerk_ctx, LetterFilter(text="5%", year=2024), cap=1000) == 1
    assert count(clerk_ctx, LetterFilter(text="в_", year=2024)) == 1
    rows = letters_query.list_letters(clerk_ctx, LetterFilter(text="ав", year=2024))
    assert [r["subject"] for r in rows] == ["Авлага 50 хувь", "Ав_лга 5% хөнгөлөлт"]


def test_sort_by_number_orders_by_year_then_sequence(clerk_ctx):
    for day in (D(2023, 12, 30), D(2024, 1, 5), D(2024, 1, 6), D(2023, 12, 31)):
        _in(clerk_ctx, day)
    rows = letters_query.list_letters(clerk_ctx, sort="reg_no", descending=True)
    assert [(r["year"], r["reg_no"]) for r in rows] == [(2024, "2"), (2024, "1"), (2023, "2"), (2023, "1")]
