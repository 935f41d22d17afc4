"""Issue 19: whatever the import preview (the dry run) says is exactly what the commit writes.

Hostile petitions registers — registration numbers repeated inside the file and across files,
rows already imported, bags not registered, blank keys, texts over the limit, unknown kinds,
future dates — are previewed and committed into one database that grows from example to
example. The rows the commit adds are exactly the preview's new rows (by their import key), the
count it reports is the preview's, and previewing the same file again finds every one of them
imported and the same errors as before. The letters register gets the same property, with
numbered and unnumbered rows mixed and numbers next to the register's own (an unnumbered row was
once given a number the file or the register held: the preview said «errors 0», the commit
refused). 10,000 examples each with SOUM_DESK_PROPERTY_PROFILE=long.
"""

from __future__ import annotations

import itertools

from hypothesis import event, given
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from soum_desk.db.models import Petition
from soum_desk.services.petitions import imports as petitions_import
from tests.reliability.property_kit import examples

HEADER = ["Бүртгэлийн дугаар", "Хүлээн авсан огноо", "Агуулга", "Төрөл", "Суваг", "Баг", "Шийдвэрлэлт"]
_files = itertools.count(1)


@st.composite
def cells(draw: st.DrawFn, prefix: str) -> list:
    """One row, from a small pool of numbers and dates so that keys repeat inside and across files."""
    number = draw(st.sampled_from([f"{prefix}/{n:04d}" for n in (1, 2, 3)] * 3 + ["", None]))
    # good values more often than bad ones, so that most files mix good and refused rows
    received = draw(st.sampled_from(["2024.03.05", "2024.03.06", "2023.12.31"] * 4 + ["2099.01.01", "", "2024.02.30"]))
    summary = draw(st.sampled_from(["Газар олгох хүсэлт", "Ус", "=1+1"] * 4 + ["", "ё" * 4001]))
    kind = draw(st.sampled_from(["Өргөдөл", "Гомдол"] * 6 + ["Тэмээ"]))
    channel = draw(st.sampled_from(["Бичгээр", "1111", "Утсаар"]))
    bag = draw(st.sampled_from([None, "1-р баг"] * 5 + ["9-р баг", "Шинэ баг"]))
    resolution = draw(st.sampled_from([None, "Шийдвэрлэсэн"] * 6 + ["р" * 4001]))
    return [number, received, summary, kind, channel, bag, resolution]


def write(path, rows: list[list]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Бүртгэл"
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)


def _keys(ctx) -> set[str]:  # noqa: ANN001
    with ctx.reading() as session:
        return set(session.scalars(select(Petition.import_key)))


def _count(ctx) -> int:  # noqa: ANN001
    with ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(Petition)) or 0


@examples(40)
@given(data=st.data())
def test_the_commit_writes_exactly_what_the_preview_says(clerk_ctx, tmp_path_factory, data):
    # two number series: «A» numbers repeat across examples (already imported or taken), «B» are new
    prefix = data.draw(st.sampled_from(["A", "B"]))
    if prefix == "B":
        prefix = f"B{next(_files)}"
    rows = data.draw(st.lists(cells(prefix), min_size=2, max_size=12))
    path = tmp_path_factory.mktemp("agree") / "register.xlsx"
    write(path, rows)
    keys_before, count_before = _keys(clerk_ctx), _count(clerk_ctx)
    try:
        preview = petitions_import.import_preview(clerk_ctx, path)
    except Exception as exc:  # only a file-level refusal, with the app's message, may stop a preview
        from soum_desk.errors import UserError

        assert isinstance(exc, UserError), exc
        event("file refused")
        return
    summary = preview.summary()
    new_keys = {petitions_import.import_key(r) for r in preview.new}
    assert len(new_keys) == len(preview.new) == summary["new"]  # one file row per new petition
    assert not new_keys & keys_before  # nothing new is already there
    event(f"errors: {'some' if preview.errors else 'none'}; duplicates: {'some' if preview.duplicates else 'none'}")
    if any("twice in this file" in p.en for p in preview.errors):
        event("one number twice in the file")
    if preview.new:
        result = petitions_import.import_commit(clerk_ctx, preview)
        assert result["imported"] == summary["new"]
    assert _keys(clerk_ctx) - keys_before == new_keys  # exactly the previewed rows were written …
    assert _count(clerk_ctx) - count_before == summary["new"]  # … and nothing else
    again = petitions_import.import_preview(clerk_ctx, path)
    assert again.new == []  # every previewed row is in; the refused rows still are, for the same reasons
    assert len(again.duplicates) == len(preview.new) + len(preview.duplicates)
    assert [(p.row, p.column) for p in again.errors] == [(p.row, p.column) for p in preview.errors]


LETTER_HEADER = ["Дугаар", "Огноо", "Байгууллага", "Товч агуулга", "Хариу өгөх хугацаа", "Тэмдэглэл"]


@st.composite
def letter_cells(draw: st.DrawFn, prefix: str, near: list[str]) -> list:
    """Numbered and unnumbered rows mixed; some numbers are the ones the register would give next (`near`)."""
    number = draw(st.sampled_from([f"{prefix}{n}" for n in (1, 2, 3)] * 2 + near * 2 + ["", None, None]))
    day = draw(st.sampled_from(["2024.03.05", "2024.03.06", "2023.12.31"] * 4 + ["2099.01.01", "", "2024.02.30"]))
    counterpart = draw(st.sampled_from(["Сангийн яам", "Аймгийн ЗДТГ"] * 4 + [""]))
    subject = draw(st.sampled_from(["Тайлан", "Урилга", "=1+1"] * 4 + ["", "х" * 501]))
    due = draw(st.sampled_from([None] * 4 + ["2024.04.30", "2023.01.01"]))
    note = draw(st.sampled_from([None, "Тэмдэглэл"] * 3 + ["н" * 4001]))
    return [number, day, counterpart, subject, due, note]


def _letter_keys(ctx) -> set[tuple]:  # noqa: ANN001
    from soum_desk.db.models import Letter

    with ctx.reading() as session:
        return set(session.execute(select(Letter.direction, Letter.year, Letter.reg_no, Letter.subject)).all())


@examples(100)
@given(data=st.data())
def test_a_letters_commit_writes_exactly_what_the_preview_says(clerk_ctx, tmp_path_factory, data):
    from soum_desk.db.models import Letter
    from soum_desk.errors import UserError
    from soum_desk.services.letters import imports as letters_import

    prefix = data.draw(st.sampled_from(["A-", f"B{next(_files)}-"]))
    with clerk_ctx.reading() as session:
        top = session.scalar(select(func.max(Letter.seq)).where(Letter.direction == "in")) or 0
    rows = data.draw(st.lists(letter_cells(prefix, [str(top + n) for n in (1, 2, 3)]), min_size=2, max_size=12))
    path = tmp_path_factory.mktemp("agree") / "letters.xlsx"
    wb = Workbook()
    wb.active.title = "Ирсэн"
    wb.active.append(LETTER_HEADER)
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    before = _letter_keys(clerk_ctx)
    preview = letters_import.import_preview(clerk_ctx, path)
    event(f"new {min(len(preview.new), 3)}+; errors: {'some' if preview.errors else 'none'}")
    if preview.new:
        try:
            result = letters_import.import_commit(clerk_ctx, preview)
        except UserError as exc:  # the preview promised these rows: a refusal here is a disagreement
            raise AssertionError(f"the preview said {preview.summary()}, the commit refused: {exc}") from None
        assert result["imported"] == len(preview.new)
    added = _letter_keys(clerk_ctx) - before
    assert len(added) == len(preview.new)  # exactly the previewed rows …
    assert {(d, y, n) for d, y, n, _s in added if any(r["reg_no"] == n for r in preview.new)} == {
        (r["direction"], r["reg_date"].year, r["reg_no"]) for r in preview.new if r["reg_no"]}  # … as numbered
    assert sorted(s for *_k, s in added) == sorted(r["subject"] for r in preview.new)
    again = letters_import.import_preview(clerk_ctx, path)
    assert [r for r in again.new if r["reg_no"]] == []  # every numbered row is in
    assert [(p.row, p.column) for p in again.errors] == [(p.row, p.column) for p in preview.errors]
