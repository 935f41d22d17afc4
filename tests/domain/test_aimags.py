"""The shipped list: 21 aimags and the capital with their ISO 3166-2:MN codes."""

from __future__ import annotations

from soum_desk.domain.aimags import all_aimags, by_code


def test_twenty_one_aimags_and_the_capital():
    aimags = all_aimags()
    assert len(aimags) == 22
    assert len({a.code for a in aimags}) == 22
    assert [a.code for a in aimags if a.capital] == ["MN-1"]
    assert all(a.code.startswith("MN-") and a.mn and a.en and a.centre_mn for a in aimags)
    assert by_code("MN-065").mn == "Говь-Алтай" and by_code("MN-049").mn == "Сэлэнгэ"
    assert by_code("MN-999") is None
