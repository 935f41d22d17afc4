"""Issue 14: a message names what is wrong as a person reads it — a file, row or record number —
never a program's name for a field («summary:», «passphrase:», «--period:»)."""

from __future__ import annotations

import pytest

from soum_desk.domain.periods import Period
from soum_desk.errors import UserError, ValidationError


@pytest.mark.parametrize("where", ["summary", "due_date", "self_percent", "passphrase", "--period", "counterpart"])
def test_internal_field_names_are_not_shown(where):
    exc = ValidationError("Агуулгыг бичнэ үү.", "Enter the summary.", where=where)
    assert exc.text("mn") == "Агуулгыг бичнэ үү." and exc.text("en") == "Enter the summary."
    assert exc.where == where  # still there for the form to find its field


@pytest.mark.parametrize("where", ["plan.xlsx, мөр 7", "2026/0012", "/media/usb/bundle.zip", "Sheet1!C5"])
def test_places_a_person_can_find_are_shown(where):
    assert UserError("Буруу.", "Wrong.", where=where).text("en") == f"{where}: Wrong."


def test_an_empty_period_reads_as_a_sentence():
    with pytest.raises(UserError) as refused:
        Period.parse("")
    assert not refused.value.text("mn").startswith("--period")


def test_a_refusal_names_the_right_in_words_not_its_code():
    from soum_desk.domain.roles import PERMISSION_LABELS, Permission

    assert set(PERMISSION_LABELS) == set(Permission)  # every right has its words
    assert all("." not in mn and "." not in en for mn, en in PERMISSION_LABELS.values())
